/**
 * Text with $...$ math, typeset as matplotlib's mathtext typesets it for the Agg backend: the box the figure's
 * layout measures, and the bitmap's glyphs and rules, to the pixel. The drawing stage draws these for every
 * output format, as it draws plain text where Agg would.
 */
import { ship, type ShippedGlyph } from './boxes';
import { Fontset, type GlyphInfo, type MathFontset } from './fontset';
import { parseMathText } from './parse';
import { Typesetter } from './typeset';
import { DEFAULT_MATH, REGULAR, type FontFace } from '../style/font-faces';

export { isMathText, MathSyntaxError } from './parse';
export type { MathFontset, GlyphInfo };

export interface MathOptions {
  /** rc mathtext.fontset. */
  fontset: MathFontset;
  /** rc mathtext.default: the font of math letters ('it'). */
  mathDefault: string;
  /**
   * The figure's pixels a point (dpi / 72). FreeType takes a size in 64ths of a point and drops the rest, which
   * moves the metrics of scripts and scaled delimiters (sizes like 8.4 pt); without it sizes are taken whole.
   */
  pxPerPt?: number;
}

/** A glyph of the bitmap: its pen at column x, its bitmap's top at row `top`, its baseline at row `baseline`. */
export interface MathGlyph {
  x: number;
  top: number;
  baseline: number;
  glyph: GlyphInfo;
}

/** A filled rectangle of whole pixels, columns x0..x1 and rows y0..y1 inclusive. */
export interface MathRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface MathLayout {
  /** What matplotlib's Agg renderer reports: width, height with depth, and depth (pixels). */
  width: number;
  height: number;
  depth: number;
  /** The bitmap's size in whole pixels, and what is drawn in it. */
  columns: number;
  rows: number;
  glyphs: MathGlyph[];
  rects: MathRect[];
}

const fontsets = new Map<string, Fontset>();
function fontsetFor(face: FontFace, options: MathOptions): Fontset {
  const key = `${options.fontset}\u0000${options.mathDefault}\u0000${options.pxPerPt}\u0000${JSON.stringify(face)}`;
  let f = fontsets.get(key);
  if (!f) fontsets.set(key, (f = new Fontset(options.fontset, face, options.mathDefault, options.pxPerPt)));
  return f;
}

const layouts = new Map<string, MathLayout>();

/**
 * The string typeset at a size in pixels with the text's face: Output.to_raster of matplotlib's mathtext, whose
 * box is the ink of the glyphs and rules plus a pixel all round. Throws MathSyntaxError for what matplotlib
 * refuses.
 */
export function layoutMath(text: string, sizePx: number, face: FontFace, options: MathOptions): MathLayout {
  const key = `${sizePx}\u0000${options.fontset}\u0000${options.mathDefault}\u0000${options.pxPerPt}\u0000${JSON.stringify(face)}\u0000${text}`;
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = compute(text, sizePx, face, options)));
  return layout;
}

function compute(text: string, sizePx: number, face: FontFace, options: MathOptions): MathLayout {
  const box = new Typesetter(fontsetFor(face, options)).typeset(parseMathText(text), sizePx);
  const first = ship(box);
  // The ink's box, with the origin (loops rather than spreads: a long text has many glyphs).
  let [xmin, xmax, ymin, ymax] = [0, 0, 0, 0];
  const extend = (x1: number, x2: number, y1: number, y2: number) => {
    [xmin, xmax] = [Math.min(xmin, x1), Math.max(xmax, x2)];
    [ymin, ymax] = [Math.min(ymin, y1), Math.max(ymax, y2)];
  };
  for (const g of first.glyphs) extend(g.x + g.glyph.xmin, g.x + g.glyph.xmax, g.y - g.glyph.ymax, g.y - g.glyph.ymin);
  for (const [x1, y1, x2, y2] of first.rects) extend(x1, x2, y1, y2);
  [xmin, xmax, ymin, ymax] = [xmin - 1, xmax + 1, ymin - 1, ymax + 1];
  const w = xmax - xmin;
  const h = ymax - ymin - box.depth;
  const d = ymax - ymin - box.height;
  // Shipped a second time at the offset, as matplotlib does (the sums differ from shifting in the last bits).
  const shifted = ship(box, -xmin, -ymin);
  return {
    width: w,
    height: h + d,
    depth: d,
    columns: Math.ceil(w),
    rows: Math.ceil(h + Math.max(d, 0)),
    glyphs: shifted.glyphs.map(placeGlyph),
    rects: shifted.rects.map(([x1, y1, x2, y2]) => {
      // FT2Image.draw_rect_filled as mathtext calls it: a rule under a pixel high still fills one row.
      const height = Math.max(Math.trunc(y2 - y1) - 1, 0);
      const y = height === 0 ? Math.trunc((y2 + y1) / 2 - (height + 1) / 2) : Math.trunc(y1);
      return { x0: Math.trunc(x1), y0: y, x1: Math.ceil(x2), y1: y + height };
    }),
  };
}

/** FT2Font.draw_glyph_to_bitmap: the pen and the bitmap's top truncated to whole pixels. */
function placeGlyph({ x, y, glyph }: ShippedGlyph): MathGlyph {
  const top = Math.trunc(y - glyph.iceberg);
  return { x: Math.trunc(x), top, baseline: top + glyph.iceberg - glyph.offset, glyph };
}

/** A text's math typeset in the fonts its face asks for (rc mathtext.fontset and mathtext.default). */
export function mathLayout(text: string, sizePx: number, face: FontFace = REGULAR, pxPerPt?: number): MathLayout {
  const math = face.math ?? DEFAULT_MATH;
  return layoutMath(text, sizePx, face, { fontset: math.fontset, mathDefault: math.default, pxPerPt });
}

/** mathtext's box as text is measured: ink plus a pixel all round, its depth below the baseline (to_raster). */
export function mathExtent(text: string, sizePx: number, face: FontFace = REGULAR, pxPerPt?: number) {
  const laid = mathLayout(text, sizePx, face, pxPerPt);
  return { width: laid.width, ascent: laid.height - laid.depth, descent: laid.depth };
}
