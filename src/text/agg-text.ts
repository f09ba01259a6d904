/**
 * Strings laid out as matplotlib's Agg backend lays them out, from the bundled fonts' own tables: each face
 * (style/font-faces.ts) read on first use, the regular DejaVu Sans unless another is asked for.
 */
import { aggText, verticalMap, type AggText, type InkExtent, type VerticalMap } from './glyph-runs';
import { readGlyphMetrics, type GlyphMetrics } from './font-metrics';
import { isGreek, isLatin, isNonBase, scriptMetrics } from './blue-zones';
import { storedAcross, storedExtent, storedScriptMetrics, type HintedAcross } from './stored-metrics';
import type { ScriptMetrics } from './autohint';
import type { OutlinePoint } from './font-metrics';
import { faceKey, fontFile, REGULAR, type FontFace } from '../style/font-faces';

/** The autohinter, loaded when a glyph is not in the build's stored measurements (text/stored-metrics.ts). */
const hinter = () => require('./autohint') as typeof import('./autohint');

const metrics = new Map<string, GlyphMetrics>();
/** A face's tables, read once per process (the text layout and the mathtext fonts share them). */
export const fontMetrics = (face: FontFace) => {
  const key = faceKey(face);
  let m = metrics.get(key);
  if (!m) metrics.set(key, (m = readGlyphMetrics(fontFile(face))));
  return m;
};
const cache = new Map<string, AggText | undefined>();

const outlines = new Map<string, OutlinePoint[] | undefined>();

/**
 * A glyph's outline as FreeType's autohinter leaves it for matplotlib's Agg backend, in pixels from its origin
 * (y up): each point at its hinted height, and across as the horizontal pass moves it (upright faces). Undefined
 * without outline. For a format whose glyphs are paths no viewer hints (SVG), so that a bar inside a glyph
 * lands on the row Agg puts it on, and a stem's side where Agg has it.
 */
export function hintedOutline(ch: string, sizePx: number, face: FontFace = REGULAR): OutlinePoint[] | undefined {
  const key = `${faceKey(face)}\u0000${sizePx}\u0000${ch}`;
  if (!outlines.has(key)) {
    const m = fontMetrics(face);
    const style = styleOf(ch, face);
    const hinted = hinter().autohintedPoints(m, ch, style, sizePx);
    // FreeType does not hint an italic face across, nor what its fallback (CJK) style hints.
    const across =
      face.style !== 'italic' && style.hinter !== 'cjk' ? hinter().autohintedXShifts(m, ch, style, sizePx) : undefined;
    const k = sizePx / m.unitsPerEm;
    const at = (p: OutlinePoint, i: number) => ({
      x: p.x * k + (across?.[i] ?? 0),
      y: (hinted as { ys: number[] }).ys[i] / 64,
      on: p.on,
      end: p.end,
    });
    outlines.set(key, hinted?.points.map(at));
  }
  return outlines.get(key);
}

/** The string at a size in pixels, or undefined when the bundled font lacks one of its characters. */
export function aggTextOf(text: string, sizePx: number, face: FontFace = REGULAR): AggText | undefined {
  const key = `${faceKey(face)}\u0000${sizePx}\u0000${text}`;
  if (cache.has(key)) return cache.get(key);
  const m = fontMetrics(face);
  const chars = Array.from(text);
  const laid =
    !chars.length || chars.some((c) => m.leftBearing(c) === undefined)
      ? undefined
      : aggText(
          chars,
          chars.map((c, i) => ({
            ...acrossOf(m, c, sizePx, face),
            kerning: i > 0 ? m.kerning(chars[i - 1], c) * sizePx : 0,
            empty: m.isEmpty(c),
          })),
        );
  cache.set(key, laid);
  return laid;
}

/**
 * A glyph's advance and left bearing across as matplotlib's Agg backend pens it: as the autohinter's horizontal
 * pass leaves them (upright faces, Latin and Greek letters); undefined where it does not hint across (the caller
 * then rounds the font's own, glyph-runs.ts), or the advance alone where FreeType keeps it.
 */
export function hintedAcross(ch: string, sizePx: number, face: FontFace = REGULAR): HintedAcross | undefined {
  if (face.style === 'italic') return undefined;
  return storedAcross(face, sizePx, ch, () => autohintedGlyphAcross(ch, sizePx, face));
}

/** A glyph's advance and bearing as the autohinter leaves them, measured (not stored). */
export function autohintedGlyphAcross(ch: string, sizePx: number, face: FontFace): HintedAcross | undefined {
  const style = styleOf(ch, face);
  if (style.hinter === 'cjk') return undefined;
  // A face's digits of one width keep it (FreeType's digits_have_same_width: tabular figures stay aligned).
  const keep = /^[0-9]$/.test(ch) && sameWidthDigits(face);
  const across = hinter().autohintedAcross(fontMetrics(face), ch, style, sizePx, keep);
  return across && [across.advance ?? null, across.bearing];
}

const digitWidths = new Map<string, boolean>();
function sameWidthDigits(face: FontFace): boolean {
  const key = faceKey(face);
  let same = digitWidths.get(key);
  if (same === undefined) {
    const m = fontMetrics(face);
    same = [...'0123456789'].every((d) => m.advance(d) === m.advance('0'));
    digitWidths.set(key, same);
  }
  return same;
}

/**
 * A glyph's bearing and advance in pixels: as the autohinter leaves them where it hints the glyph across; else the
 * bearing of an upright left edge (a stem, a bowl's side) on a whole unit of matplotlib's eightfold grid
 * (text.hinting_factor), an eighth of a pixel, a lone corner where the outline puts it.
 */
function acrossOf(m: GlyphMetrics, ch: string, sizePx: number, face: FontFace) {
  const advance = m.advance(ch) * sizePx;
  const hinted = hintedAcross(ch, sizePx, face);
  if (hinted) return { bearing: hinted[1], advance, ...(hinted[0] !== null && { hintedAdvance: hinted[0] }) };
  const bearing = (m.leftBearing(ch) as number) * sizePx;
  return { bearing: m.uprightLeft(ch) ? Math.round(bearing * 8) / 8 : bearing, advance };
}

const edges = new Map<string, { lo: number; hi: number; bottom: number; top: number } | undefined>();

/**
 * A glyph's outline bottom and top (`lo`, `hi`) and where the autohinter puts them (`bottom`, `top`), in
 * pixels up from the baseline at a size; undefined for a glyph without outline. Cached: every drawn glyph of
 * a vector figure and every string's ink asks again.
 */
function hintedEdges(ch: string, sizePx: number, face: FontFace) {
  const key = `${faceKey(face)}\u0000${sizePx}\u0000${ch}`;
  if (edges.has(key)) return edges.get(key);
  const m = fontMetrics(face);
  const e = m.verticalExtent(ch);
  let found: { lo: number; hi: number; bottom: number; top: number } | undefined;
  if (e) {
    // Latin and Greek glyphs as FreeType's autohinter fits them, edge by edge; symbols by the blue-zone model,
    // which matches FreeType's fallback style for them more often than the edge model does.
    const hinted = storedExtent(face, sizePx, ch, () => autohintedGlyphExtent(ch, sizePx, face));
    const [bottom, top] = hinted ?? [e[0] * sizePx, e[1] * sizePx];
    found = { lo: e[0] * sizePx, hi: e[1] * sizePx, bottom, top };
  }
  edges.set(key, found);
  return found;
}

/** Where the autohinter puts a glyph's bottom and top, measured (not stored); undefined without outline. */
export function autohintedGlyphExtent(ch: string, sizePx: number, face: FontFace): [number, number] | undefined {
  return hinter().autohintedExtent(fontMetrics(face), ch, styleOf(ch, face), sizePx);
}

const styles = new Map<string, ScriptMetrics>();

/**
 * The autohinter's style for a character of a face: Greek letters with the Greek zones and stems, the Latin
 * blocks with the Latin ones; undefined for other characters (math symbols, arrows).
 */
function styleOf(ch: string, face: FontFace): ScriptMetrics {
  const script = isGreek(ch) ? 'greek' : isLatin(ch) ? 'latin' : 'cjk';
  // FreeType snaps only a script's letters to its blue zones, not its marks (combining accents, '^', '~').
  const mark = script !== 'cjk' && isNonBase(ch);
  const key = `${faceKey(face)}\u0000${script}\u0000${mark}`;
  let style = styles.get(key);
  if (!style) {
    const m = fontMetrics(face);
    // A face without the script's letters (STIX's sized delimiters) is hinted with no zones to snap to; a
    // character no script covers (math symbols, arrows) with FreeType's fallback style, its CJK hinter.
    const plain: ScriptMetrics = { zones: [], xHeightShoot: 0, widths: [], unitsPerEm: m.unitsPerEm };
    style =
      script === 'cjk'
        ? { ...plain, hinter: 'cjk' }
        : (storedScriptMetrics(face, script, () => scriptMetrics(m, script)) ?? plain);
    if (mark) style = { ...style, zones: [] };
    styles.set(key, style);
  }
  return style;
}

/**
 * The vertical map that puts a glyph's bottom and top where the autohinter would (y' = scale * y + shift, in
 * pixels up from the baseline), or undefined for a glyph without outline. `wholeShift`: for a rasteriser that
 * puts glyph origins on whole pixels (see verticalMap).
 */
export function hintedGlyph(
  ch: string,
  sizePx: number,
  wholeShift = false,
  face: FontFace = REGULAR,
): VerticalMap | undefined {
  const e = hintedEdges(ch, sizePx, face);
  return e && verticalMap(e.lo, e.hi, e.bottom, e.top, wholeShift);
}

const inks = new Map<string, InkExtent | undefined>();

/** The string's hinted ink (see hintedGlyph), or undefined when no glyph of it has an outline. */
export function hintedInk(text: string, sizePx: number, face: FontFace = REGULAR): InkExtent | undefined {
  const key = `${faceKey(face)}\u0000${sizePx}\u0000${text}`;
  if (!inks.has(key)) inks.set(key, inkOf(text, sizePx, face));
  return inks.get(key);
}

function inkOf(text: string, sizePx: number, face: FontFace): InkExtent | undefined {
  let ink: InkExtent | undefined;
  for (const ch of new Set(text)) {
    const e = hintedEdges(ch, sizePx, face);
    if (!e) continue;
    ink = ink
      ? { bottom: Math.min(ink.bottom, e.bottom), top: Math.max(ink.top, e.top) }
      : { bottom: e.bottom, top: e.top };
  }
  return ink;
}
