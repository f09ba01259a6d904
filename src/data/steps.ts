/**
 * A line that steps between its samples, as matplotlib's cbook.pts_to_prestep, pts_to_poststep and
 * pts_to_midstep make it (fill_between(step=...), drawstyle='steps-...'). Pure. Written here, a few lines
 * each, because the figures must have matplotlib's vertices in matplotlib's order, which no library gives.
 */
import type { StepKind } from '../spec/types';

/**
 * x and each of ys as a step function's vertices: n samples give 2n - 1 vertices for pre and post, 2n for
 * mid, none for none.
 *   pre:  (x0, y0) (x0, y1) (x1, y1) (x1, y2) ... (x[n-1], y[n-1])
 *   post: (x0, y0) (x1, y0) (x1, y1) (x2, y1) ... (x[n-1], y[n-1])
 *   mid:  (x0, y0) (m01, y0) (m01, y1) (m12, y1) ... (x[n-1], y[n-1]), m01 halfway from x0 to x1
 */
export function stepPoints(kind: StepKind, x: ArrayLike<number>, ...ys: ArrayLike<number>[]): Float64Array[] {
  const n = x.length;
  if (kind === 'mid') return [midX(x), ...ys.map((y) => twice(y, 2 * n, 0))];
  const length = Math.max(2 * n - 1, 0);
  // pre keeps x for a sample's two vertices and takes the next y; post takes the next x and keeps y.
  return kind === 'pre'
    ? [twice(x, length, 0), ...ys.map((y) => twice(y, length, 1))]
    : [twice(x, length, 1), ...ys.map((y) => twice(y, length, 0))];
}

/** v[k] at vertex 2k, and v[k + shift] at vertex 2k + 1, for `length` vertices. */
function twice(v: ArrayLike<number>, length: number, shift: 0 | 1): Float64Array {
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = v[(i >> 1) + (i & 1 ? shift : 0)];
  return out;
}

/** mid's x: the first and last samples, and each midpoint twice between them. */
function midX(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const out = new Float64Array(2 * n);
  if (!n) return out;
  out[0] = x[0];
  out[2 * n - 1] = x[n - 1];
  for (let k = 0; k + 1 < n; k++) out[2 * k + 1] = out[2 * k + 2] = (x[k] + x[k + 1]) / 2;
  return out;
}
