/**
 * PDF: laid out in points, as matplotlib's PDF backend, with its text as embedded font glyphs; the
 * compensations below are for poppler (pdftoppm, most Linux viewers), measured against matplotlib's PNG.
 */
import type { Canvas } from 'canvas';
import type { TargetProfile } from '../../layout/target';

export const pdf: TargetProfile = {
  wholeUnits: false,
  unitsPerInch: () => 72,
  // Selectable text, as matplotlib embeds its fonts.
  textAsGlyphs: true,
  // Rasterisers such as poppler widen a stroke thinner than a device pixel to a whole dark pixel, where Agg
  // draws a grey one: axis-aligned lines that thin at the figure's dpi become a pixel wide and as transparent
  // as they are thin.
  widenHairlines: true,
  // Poppler's anti-aliasing counts each of its 4x4 samples that an edge falls in, so its shapes come out up to
  // a quarter pixel wider than Agg's (measured), which darkens thin curves: an eighth of a pixel off a curve's
  // width, and off each of its dashes, keeps its weight as Agg draws it. Axis-aligned lines are left alone:
  // poppler snaps those to whole pixels itself.
  curveThinningPx: 1 / 8,
  snapGlyphs: true,
  // Glyphs sit a quarter pixel below the grid: poppler floors a glyph's device y (so a glyph's hint is carried
  // by its scale about a whole-pixel origin, see verticalMap), and a baseline exactly on a pixel edge lands a
  // row too high after rounding error. Invisible at any zoom.
  glyphNudgePx: 0.25,
  // Poppler (as Acrobat) adjusts each axis-aligned piece of a stroke to whole pixels, each dash of a dashed line
  // included: a dotted axhline's dots come out a pixel longer or shorter than Agg draws them, crisp where Agg's
  // ends are anti-aliased (measured up to 1.5x their ink). Such a line's far end moved across it by 1/32 of a
  // pixel (0.02 pt at 100 dpi, nothing a viewer shows) is no longer axis-aligned, and poppler draws its dashes
  // as they are, as Agg does.
  dashTiltPx: 1 / 32,
};

/** No timestamp and a fixed creator: the same figure is the same bytes. */
export function encodePdf(canvas: Canvas, width: number, height: number): Buffer {
  const bytes = canvas.toBuffer('application/pdf', { creator: 'actplot', creationDate: new Date(0) });
  return width === canvas.width && height === canvas.height ? bytes : pageBox(bytes, width, height, canvas.height);
}

/**
 * A page of a size in fractions of a point (savefig(bbox_inches='tight')), cut from the whole-point canvas
 * Cairo draws on: PDF measures from the bottom left, so the media box is the canvas's top `height` points
 * and left `width`. The cross-reference table's byte offsets move by what the longer box adds.
 */
function pageBox(bytes: Buffer, width: number, height: number, canvasHeight: number): Buffer {
  const text = bytes.toString('latin1');
  const box = `/MediaBox [ 0 ${shortest(canvasHeight - height)} ${shortest(width)} ${canvasHeight} ]`;
  const edits: { at: number; delta: number }[] = [];
  let out = text.replace(/\/MediaBox \[[^\]]*\]/g, (m, at: number) => {
    edits.push({ at, delta: box.length - m.length });
    return box;
  });
  const moved = (offset: number) => offset + edits.filter((e) => e.at < offset).reduce((sum, e) => sum + e.delta, 0);
  out = out.replace(
    /^(\d{10}) (\d{5}) n/gm,
    (_, offset: string, gen: string) => `${String(moved(Number(offset))).padStart(10, '0')} ${gen} n`,
  );
  out = out.replace(/startxref\s+(\d+)/, (_, offset: string) => `startxref\n${moved(Number(offset))}`);
  return Buffer.from(out, 'latin1');
}

/** A page dimension without float noise (281.96, not 281.9599999999999): a ten-thousandth of a point is plenty. */
function shortest(v: number): string {
  return String(Number(v.toFixed(4)));
}

/**
 * Whether Cairo's PDF writes the text in its simple TrueType font: Windows-1252's characters. For any other
 * (the tick labels' minus, U+2212) it embeds the font a second time, as a CID font, for that glyph alone, so
 * the drawing takes such a glyph from its outline instead (about 2 KB less a figure).
 */
export function inSimpleFont(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (!((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(ch))) return false;
  }
  return true;
}

/** Windows-1252's characters in 0x80-0x9f. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
