/**
 * PDF: laid out in points, as matplotlib's PDF backend, with its text as embedded font glyphs; the
 * compensations below are for poppler (pdftoppm, most Linux viewers), measured against matplotlib's PNG.
 */
import type { Canvas } from 'canvas';
import type { TargetProfile } from '../../layout/target';

export const pdf: TargetProfile = {
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
};

/** No timestamp and a fixed creator: the same figure is the same bytes. */
export function encodePdf(canvas: Canvas): Buffer {
  return canvas.toBuffer('application/pdf', { creator: 'actplot', creationDate: new Date(0) });
}
