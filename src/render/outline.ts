/**
 * A TrueType outline as a canvas path: quadratic contours, with the on-curve point implied between two
 * off-curve ones, each contour closed. `at` maps a point to canvas units.
 */
import type { OutlinePoint } from '../text/font-metrics';

type Ctx = import('canvas').CanvasRenderingContext2D;
type Point = { x: number; y: number };

export function traceOutline(ctx: Ctx, points: readonly OutlinePoint[], at: (p: Point) => [number, number]): void {
  const mid = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  let start = 0;
  points.forEach((p, i) => {
    if (!p.end) return;
    const contour = points.slice(start, i + 1);
    start = i + 1;
    const first = contour.findIndex((q) => q.on);
    const origin = first >= 0 ? contour[first] : mid(contour[0], contour[1] ?? contour[0]);
    const ring =
      first >= 0 ? [...contour.slice(first + 1), ...contour.slice(0, first + 1)] : [...contour.slice(1), contour[0]];
    ctx.moveTo(...at(origin));
    let control: Point | undefined;
    for (const q of ring) {
      if (q.on) {
        if (control) ctx.quadraticCurveTo(...at(control), ...at(q));
        else ctx.lineTo(...at(q));
        control = undefined;
      } else {
        if (control) ctx.quadraticCurveTo(...at(control), ...at(mid(control, q)));
        control = q;
      }
    }
    if (control) ctx.quadraticCurveTo(...at(control), ...at(origin));
    ctx.closePath();
  });
}
