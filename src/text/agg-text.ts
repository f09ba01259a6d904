/** Strings laid out as matplotlib's Agg backend lays them out, from the bundled font's own tables. */
import {
  aggText,
  hintedExtent,
  verticalMap,
  type AggText,
  type BlueZone,
  type InkExtent,
  type VerticalMap,
} from './glyph-runs';
import { readGlyphMetrics, type GlyphMetrics } from './font-metrics';
import { fontFile } from './font-file';

let metrics: GlyphMetrics | undefined;
const fontMetrics = () => (metrics ??= readGlyphMetrics(fontFile()));
const cache = new Map<string, AggText | undefined>();

/** The string at a size in pixels, or undefined when the bundled font lacks one of its characters. */
export function aggTextOf(text: string, sizePx: number): AggText | undefined {
  const key = `${sizePx}\u0000${text}`;
  if (cache.has(key)) return cache.get(key);
  const m = fontMetrics();
  const chars = Array.from(text);
  const laid =
    !chars.length || chars.some((c) => m.leftBearing(c) === undefined)
      ? undefined
      : aggText(
          chars,
          chars.map((c, i) => ({
            bearing: (m.leftBearing(c) as number) * sizePx,
            advance: m.advance(c) * sizePx,
            kerning: i > 0 ? m.kerning(chars[i - 1], c) * sizePx : 0,
            empty: m.isEmpty(c),
          })),
        );
  cache.set(key, laid);
  return laid;
}

const hinters = new Map<number, ReturnType<typeof hintedExtent>>();
const edges = new Map<string, { lo: number; hi: number; bottom: number; top: number } | undefined>();

/**
 * A glyph's outline bottom and top (`lo`, `hi`) and where the autohinter puts them (`bottom`, `top`), in
 * pixels up from the baseline at a size; undefined for a glyph without outline. Cached: every drawn glyph of
 * a vector figure and every string's ink asks again.
 */
function hintedEdges(ch: string, sizePx: number) {
  const key = `${sizePx}\u0000${ch}`;
  if (edges.has(key)) return edges.get(key);
  const m = fontMetrics();
  const e = m.verticalExtent(ch);
  let found: { lo: number; hi: number; bottom: number; top: number } | undefined;
  if (e) {
    const units = (v: number) => Math.round(v * m.unitsPerEm);
    const [bottom, top] = hinterAt(sizePx)(units(e[0]), units(e[1]), m.pointHeights(ch)?.map(units));
    found = { lo: e[0] * sizePx, hi: e[1] * sizePx, bottom, top };
  }
  edges.set(key, found);
  return found;
}

/** The autohinter's heights at a size, from the blue zones of the bundled font. */
function hinterAt(sizePx: number): ReturnType<typeof hintedExtent> {
  let hint = hinters.get(sizePx);
  if (!hint) {
    const m = fontMetrics();
    const top = (c: string) => (m.verticalExtent(c) as [number, number])[1];
    const bottom = (c: string) => (m.verticalExtent(c) as [number, number])[0];
    const unit = (v: number) => Math.round(v * m.unitsPerEm);
    const xHeight = { flat: unit(top('x')), overshoot: unit(top('o')) };
    const zones: BlueZone[] = [
      { flat: 0, overshoot: unit(bottom('o')) },
      xHeight,
      { flat: unit(top('H')), overshoot: unit(top('O')) },
      { flat: unit(top('l')), overshoot: unit(top('l')) },
      { flat: unit(bottom('p')), overshoot: unit(bottom('p')) },
    ];
    hint = hintedExtent(zones, xHeight, sizePx / m.unitsPerEm);
    hinters.set(sizePx, hint);
  }
  return hint;
}

/**
 * The vertical map that puts a glyph's bottom and top where the autohinter would (y' = scale * y + shift, in
 * pixels up from the baseline), or undefined for a glyph without outline. `wholeShift`: for a rasteriser that
 * puts glyph origins on whole pixels (see verticalMap).
 */
export function hintedGlyph(ch: string, sizePx: number, wholeShift = false): VerticalMap | undefined {
  const e = hintedEdges(ch, sizePx);
  return e && verticalMap(e.lo, e.hi, e.bottom, e.top, wholeShift);
}

const inks = new Map<string, InkExtent | undefined>();

/** The string's hinted ink (see hintedGlyph), or undefined when no glyph of it has an outline. */
export function hintedInk(text: string, sizePx: number): InkExtent | undefined {
  const key = `${sizePx}\u0000${text}`;
  if (!inks.has(key)) inks.set(key, inkOf(text, sizePx));
  return inks.get(key);
}

function inkOf(text: string, sizePx: number): InkExtent | undefined {
  let ink: InkExtent | undefined;
  for (const ch of new Set(text)) {
    const e = hintedEdges(ch, sizePx);
    if (!e) continue;
    ink = ink
      ? { bottom: Math.min(ink.bottom, e.bottom), top: Math.max(ink.top, e.top) }
      : { bottom: e.bottom, top: e.top };
  }
  return ink;
}
