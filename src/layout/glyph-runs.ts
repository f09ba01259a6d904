/**
 * Where matplotlib's Agg backend puts the glyphs of a string, to the pixel.
 *
 * FreeType lays the string out with exact pen positions; the bounding box starts at xMin, the least left
 * edge of any glyph's box (the first glyph's left bearing, or 0 when the string holds a space: an outline-less
 * glyph's box stays at the origin). Each glyph's bitmap is copied into the string's bitmap at column
 * trunc(floor(pen + bearing) - xMin), so when xMin has a fraction the first glyph lands one pixel farther
 * from the others than its pen says. The string's bitmap then goes to a whole pixel of the figure.
 */

export interface GlyphRun {
  text: string;
  /** Start of the run's pen, in pixels from the string bitmap's first column. */
  offset: number;
}

export interface AggPlacement {
  /** The string box's left edge relative to the pen, in pixels (matplotlib's bitmap offset). */
  xMin: number;
  runs: GlyphRun[];
}

/**
 * @param chars the string's characters
 * @param firstBearing the first glyph's left side bearing in pixels
 * @param hasEmptyGlyph whether any glyph has no outline (a space)
 * @param secondPen pen position of the second glyph in pixels (advance plus kerning of the first)
 */
export function aggPlacement(chars: string[], firstBearing: number, hasEmptyGlyph: boolean, secondPen: number): AggPlacement {
  const xMin = hasEmptyGlyph ? Math.min(firstBearing, 0) : firstBearing;
  const text = chars.join('');
  if (Number.isInteger(xMin)) return { xMin, runs: [{ text, offset: -xMin }] };
  const first = -Math.floor(xMin);
  if (chars.length < 2) return { xMin, runs: [{ text, offset: first }] };
  return { xMin, runs: [{ text: chars[0], offset: first }, { text: chars.slice(1).join(''), offset: first - 1 + secondPen }] };
}
