/**
 * A text with $...$ math drawn where matplotlib's Agg backend puts it: mathtext renders the string into a
 * bitmap (each glyph at a whole pixel, rules as whole-pixel rows), which RendererAgg.draw_mathtext copies to
 * the figure at whole pixels, turned about its corner for vertical text. Every format draws the same places.
 */
import type { FigureLayout } from '../layout/layout';
import type { PlacedText } from '../layout/text';
import { hintedGlyph, hintedOutline } from '../text/agg-text';
import { fontSpec, useFace } from './fonts';
import { traceOutline } from './outline';

type Ctx = import('canvas').CanvasRenderingContext2D;

/** Draws a math text (the caller holds the fonts' lock); `row` rounds a baseline as Agg rounds rows. */
export function drawMathText(
  ctx: Ctx,
  t: PlacedText,
  layout: FigureLayout,
  inPixels: (v: number) => number,
  row: (v: number) => number,
): void {
  const pixel = layout.pixel;
  // The typesetter, loaded with the first math text (the measurer loaded it already).
  const { mathLayout } = require('../mathtext') as typeof import('../mathtext');
  const math = mathLayout(t.text, t.size / pixel, t.face, layout.scale / pixel);
  ctx.save();
  ctx.fillStyle = t.color;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.textDrawingMode = layout.textAsGlyphs ? 'glyph' : 'path';
  // The bitmap's corner: for horizontal text its top-left (draw_mathtext rounds the baseline plus the depth and
  // copies the bitmap's bottom row one below); for vertical text the bitmap turns about its bottom-left corner.
  let place: (col: number, r: number) => [number, number];
  if (t.vertical) {
    const x = Math.round(inPixels(t.x) + math.depth);
    const y = Math.round(inPixels(t.box.bottom)) + 1;
    place = (col, r) => [x + r - math.rows, y - col];
  } else {
    const left = Math.round(inPixels(t.box.left));
    const top = row(inPixels(t.baseline) + math.depth) + 1 - math.rows;
    place = (col, r) => [left + col, top + r];
  }
  for (const g of math.glyphs) {
    const { face, char, sizePx } = g.glyph;
    useFace(face);
    ctx.font = fontSpec(sizePx * pixel, face);
    const [x, y] = place(g.x, g.baseline);
    ctx.save();
    ctx.translate(x * pixel, y * pixel + layout.glyphNudge);
    if (t.vertical) ctx.rotate(-Math.PI / 2);
    // In SVG every glyph is its outline as the autohinter leaves it, as plain text is (decorations.ts); so is a
    // combining accent in every format, since the text shaper would set it on a dotted circle.
    const asOutline = (layout.snapGlyphs && !layout.textAsGlyphs) || /\p{M}/u.test(char);
    const outline = asOutline ? hintedOutline(char, sizePx, face) : undefined;
    if (outline) {
      ctx.beginPath();
      traceOutline(ctx, outline, (p) => [p.x * pixel, -p.y * pixel]);
      ctx.fill();
    } else {
      const hinted = layout.snapGlyphs ? hintedGlyph(char, sizePx, layout.textAsGlyphs, face) : undefined;
      if (hinted) {
        ctx.translate(0, -hinted.shift * pixel);
        ctx.scale(1, hinted.scale);
      }
      ctx.fillText(char, 0, 0);
    }
    ctx.restore();
  }
  for (const r of math.rects) {
    const [x0, y0] = place(r.x0, r.y0);
    const [x1, y1] = place(r.x1 + 1, r.y1 + 1);
    ctx.fillRect(
      Math.min(x0, x1) * pixel,
      Math.min(y0, y1) * pixel,
      Math.abs(x1 - x0) * pixel,
      Math.abs(y1 - y0) * pixel,
    );
  }
  ctx.restore();
}
