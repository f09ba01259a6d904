/**
 * FancyBboxPatch's 'round' and 'square' boxes (a legend's frame, a text's bbox): straight edges joined by
 * quadratic curves through the corners (BoxStyle.Round), filled then stroked with mitre joins.
 */
import { flattenQuad } from '../layout/geometry';

type Ctx = import('canvas').CanvasRenderingContext2D;

export interface BoxPaint {
  /** CSS colours, alpha included; no face or no edge when absent. */
  face?: string;
  edge?: string;
  width: number;
  dash?: number[];
  dashOffset?: number;
  /** Over the colours' own alpha (a legend's framealpha). */
  alpha?: number;
}

/**
 * The box [left, top, right, bottom] with corners of `radius`, each the polygon Agg flattens its quadratic
 * into at the figure's pixels (`pixel` canvas units each; layout/geometry.ts flattenQuad), so that every
 * format draws the corners matplotlib's PNG has.
 */
export function drawBox(ctx: Ctx, [l, t, r, b]: number[], radius: number, paint: BoxPaint, pixel: number): void {
  ctx.save();
  ctx.beginPath();
  const px = (p: [number, number]): [number, number] => [p[0] / pixel, p[1] / pixel];
  const corner = (a: [number, number], c: [number, number], e: [number, number]) => {
    for (const p of flattenQuad(px(a), px(c), px(e)).slice(1)) ctx.lineTo(p[0] * pixel, p[1] * pixel);
  };
  ctx.moveTo(l + radius, b);
  ctx.lineTo(r - radius, b);
  corner([r - radius, b], [r, b], [r, b - radius]);
  ctx.lineTo(r, t + radius);
  corner([r, t + radius], [r, t], [r - radius, t]);
  ctx.lineTo(l + radius, t);
  corner([l + radius, t], [l, t], [l, t + radius]);
  ctx.lineTo(l, b - radius);
  corner([l, b - radius], [l, b], [l + radius, b]);
  ctx.closePath();
  if (paint.alpha !== undefined) ctx.globalAlpha = paint.alpha;
  if (paint.face) {
    ctx.fillStyle = paint.face;
    ctx.fill();
  }
  if (paint.edge && paint.width > 0) {
    ctx.strokeStyle = paint.edge;
    ctx.lineWidth = paint.width;
    ctx.lineJoin = 'miter';
    ctx.setLineDash(paint.dash ?? []);
    ctx.lineDashOffset = paint.dashOffset ?? 0;
    ctx.stroke();
  }
  ctx.restore();
}
