/**
 * Where matplotlib's Agg backend puts the glyphs of a string, to the pixel.
 *
 * FreeType lays the string out with pen positions in 64ths of a pixel: advances and kerning hinted at eight
 * times the horizontal resolution (text.hinting_factor), so on eighths of a pixel; an advance as the
 * autohinter's horizontal pass leaves it where it hints one (agg-text.ts's hintedAdvance). The string's box starts at
 * xMin, the least left edge of any glyph (0 when the string holds a space: a glyph without outline keeps its
 * empty box at the origin). Each glyph's bitmap is copied into the string's bitmap at column
 * trunc(floor(pen + bearing) - xMin), so when xMin has a fraction the first glyph lands a pixel farther from
 * the others than its pen says; the string's bitmap then goes to a whole pixel of the figure.
 *
 * Glyphs are drawn in runs: a run's text is set by the drawing library with the font's own advances, so a run
 * goes on only while those put each glyph within a tenth of a pixel of where FreeType's pen does.
 */

export interface GlyphFacts {
  /** Left side bearing, advance, and kerning after the previous character, in pixels. */
  bearing: number;
  advance: number;
  /** The advance the autohinter leaves (its horizontal pass moves it with the outermost edges), when it hints it. */
  hintedAdvance?: number;
  kerning: number;
  /** A glyph without outline (a space). */
  empty: boolean;
}

export interface GlyphRun {
  text: string;
  /** Pen position of the run's first glyph in pixels from the string bitmap's first column. */
  offset: number;
}

export interface AggText {
  /** The string box's left edge relative to the pen, in pixels (matplotlib's bitmap offset). */
  xMin: number;
  /** The pen's advance over the whole string, in pixels (matplotlib's text width). */
  width: number;
  /** Each glyph with ink, where Agg draws it. */
  glyphs: GlyphRun[];
  /** The same glyphs in runs, for drawing a run at a time. */
  runs: GlyphRun[];
}

const toEighths = (px: number) => Math.round(px * 8) / 8;

export function aggText(chars: string[], facts: GlyphFacts[]): AggText {
  const pens: number[] = [];
  let pen = 0;
  let xMin = Infinity;
  chars.forEach((_, i) => {
    if (i > 0) pen += toEighths(facts[i].kerning);
    pens.push(pen);
    xMin = Math.min(xMin, facts[i].empty ? 0 : pen + facts[i].bearing);
    pen += facts[i].hintedAdvance ?? toEighths(facts[i].advance);
  });
  if (!Number.isFinite(xMin)) xMin = 0;
  const glyphs: GlyphRun[] = [];
  const runs: GlyphRun[] = [];
  let run: GlyphRun | undefined;
  let unhinted = 0; // where the run's own advances put the current glyph, from the run's start
  chars.forEach((text, i) => {
    if (run && i > 0) unhinted += facts[i - 1].advance + facts[i].kerning;
    if (facts[i].empty) {
      if (run) run.text += text;
      return;
    }
    const left = Math.floor(pens[i] + facts[i].bearing);
    const offset = Math.trunc(left - xMin) - left + pens[i];
    glyphs.push({ text, offset });
    if (run && Math.abs(run.offset + unhinted - offset) <= 0.1) {
      run.text += text;
      return;
    }
    run = { text, offset };
    runs.push(run);
    unhinted = 0;
  });
  for (const r of runs) r.text = r.text.trimEnd();
  return { xMin, width: pen, glyphs, runs };
}

/** A vertical map y' = scale * y + shift of a glyph, in pixels up from the baseline. */
export interface VerticalMap {
  scale: number;
  shift: number;
}

/**
 * The map that sends a glyph's bottom and top (`lo`, `hi`) to their hinted places (`toLo`, `toHi`). With
 * `wholeShift` the shift is kept to whole pixels and the scale fitted to both edges by least squares: PDF
 * rasterisers such as poppler put a glyph's origin on a whole pixel, which would drop a fractional shift.
 */
export function verticalMap(lo: number, hi: number, toLo: number, toHi: number, wholeShift = false): VerticalMap {
  const scale = hi > lo ? (toHi - toLo) / (hi - lo) : 1;
  const shift = toLo - scale * lo;
  if (!wholeShift || Number.isInteger(shift)) return { scale, shift };
  const fitAbout = (n: number): VerticalMap & { error: number } => {
    const s = ((toLo - n) * lo + (toHi - n) * hi) / (lo * lo + hi * hi || 1);
    return { scale: s, shift: n, error: (s * lo + n - toLo) ** 2 + (s * hi + n - toHi) ** 2 };
  };
  const [down, up] = [fitAbout(Math.floor(shift)), fitAbout(Math.floor(shift) + 1)];
  const best = down.error <= up.error ? down : up;
  return { scale: best.scale, shift: best.shift };
}

/** A string's hinted ink, in pixels above the baseline: its glyphs' lowest bottom and highest top. */
export interface InkExtent {
  bottom: number;
  top: number;
}

/**
 * The pixel row Agg puts a string's baseline on, for a baseline at `y` pixels down the figure: matplotlib
 * rounds y plus the string's descent to place its bitmap, which reaches whole pixels down from the ink's top,
 * so a descent with a fraction (a parenthesis's foot at 1.5 px) changes the rounding. `round` is the figure's
 * rounding of halves. The same holds across turned text, with x for y.
 */
export function aggBaseline(y: number, ink: InkExtent, round: (v: number) => number): number {
  const whole = (v: number) => Math.floor(v + 1e-6); // ink heights are sums of 64ths of a pixel
  const descent = -ink.bottom;
  return round(y + descent) - whole(ink.top + descent) + whole(ink.top);
}
