/**
 * Lines as Agg draws matplotlib's axis-aligned ones: snapped to the pixel grid of the figure, clipped to an
 * axes box rounded as Agg rounds its clip box.
 */
import type { Box } from '../layout/geometry';
import type { FigureLayout } from '../layout/layout';

type Ctx = import('canvas').CanvasRenderingContext2D;
export type LineCap = 'butt' | 'round' | 'square';

/**
 * A length in canvas units as pixels of the figure, to a millionth: vector figures are laid out in points, and
 * a position on a pixel's half (where rounding goes one way or the other) must round as the PNG's does.
 */
export const inPixels = (v: number, p: number) => Math.round((v / p) * 1e6) / 1e6;

/** Agg's snapping of axis-aligned lines: to pixel centres for odd widths, to pixel edges for even ones. */
export function snapper(layout: FigureLayout) {
  const p = layout.pixel;
  return (v: number, lineWidth: number) => {
    const odd = Math.round(lineWidth / p) % 2 === 1;
    return (Math.floor(inPixels(v, p) + 0.5) + (odd ? 0.5 : 0)) * p;
  };
}

/**
 * A curve's stroke width less the format's thinning (FigureLayout.curveThinning: poppler widens what it does not
 * snap), never below half the width.
 */
export const thinnedWidth = (width: number, layout: Pick<FigureLayout, 'curveThinning'>) =>
  Math.max(width - layout.curveThinning, width / 2);

/** Clips to an axes box; on raster output the box is rounded to whole pixels as Agg's clip box is. */
export function clipTo(ctx: Ctx, layout: FigureLayout, box: Box): void {
  const r = (v: number) => Math.floor(inPixels(v, layout.pixel) + 0.5) * layout.pixel;
  ctx.beginPath();
  ctx.rect(r(box.left), r(box.top), r(box.right) - r(box.left), r(box.bottom) - r(box.top));
  ctx.clip();
}

/** Strokes each line [x0, y0, x1, y1] as a path of its own, in one colour, width, cap and dash pattern. */
export function strokeLines(
  ctx: Ctx,
  color: string,
  width: number,
  cap: LineCap,
  dash: number[],
  layout: FigureLayout,
  lines: number[][],
  dashOffset = 0,
): void {
  if (!lines.length) return;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  if (layout.widenHairlines && width < layout.pixel) {
    // A whole pixel at the line's coverage: what Agg's antialiasing makes of it, and what a rasteriser that
    // widens thin strokes to a pixel (poppler) then shows, instead of a black line.
    ctx.globalAlpha *= width / layout.pixel;
    ctx.lineWidth = layout.pixel;
  }
  ctx.lineCap = cap;
  ctx.setLineDash(dash);
  ctx.lineDashOffset = dashOffset;
  for (const [x0, y0, x1, y1] of lines) {
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  }
  ctx.restore();
}
