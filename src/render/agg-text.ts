/** Strings laid out as matplotlib's Agg backend lays them out, from the bundled font's own tables. */
import { aggText, type AggText } from '../layout/glyph-runs';
import { readGlyphMetrics, type GlyphMetrics } from './font-metrics';
import { fontFile } from './fonts';

let metrics: GlyphMetrics | undefined;
const cache = new Map<string, AggText | undefined>();

/** The string at a size in pixels, or undefined when the bundled font lacks one of its characters. */
export function aggTextOf(text: string, sizePx: number): AggText | undefined {
  const key = `${sizePx}\u0000${text}`;
  if (cache.has(key)) return cache.get(key);
  metrics ??= readGlyphMetrics(fontFile());
  const m = metrics;
  const chars = Array.from(text);
  const laid = !chars.length || chars.some((c) => m.leftBearing(c) === undefined) ? undefined
    : aggText(chars, chars.map((c, i) => ({
      bearing: (m.leftBearing(c) as number) * sizePx,
      advance: m.advance(c) * sizePx,
      kerning: i > 0 ? m.kerning(chars[i - 1], c) * sizePx : 0,
      empty: m.isEmpty(c),
    })));
  cache.set(key, laid);
  return laid;
}
