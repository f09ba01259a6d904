/** Plain geometry shared by the layout and the drawing: boxes in canvas coordinates (y grows downwards). */
import type { Box } from '../spec/subplots';

export type { Box };

/** A run of connected points; a polyline is split into runs at gaps (NaN, clipping). */
export interface Run {
  xs: number[];
  ys: number[];
}

/**
 * Splits a polyline into runs that stay inside `box`, cutting segments at its edges (Liang-Barsky) and
 * breaking at non-finite points, so nothing handed to the canvas lies far outside the figure.
 */
export function clipPolyline(xs: ArrayLike<number>, ys: ArrayLike<number>, box: Box): Run[] {
  const runs: Run[] = [];
  const cut = new Float64Array(2);
  let run: Run | undefined;
  const push = (x: number, y: number) => {
    if (!run) {
      run = { xs: [], ys: [] };
      runs.push(run);
    }
    const n = run.xs.length;
    if (n && run.xs[n - 1] === x && run.ys[n - 1] === y) return;
    run.xs.push(x);
    run.ys.push(y);
  };
  const finish = () => {
    run = undefined;
  };
  const n = xs.length;
  if (n === 1 && isInside(xs[0], ys[0], box)) push(xs[0], ys[0]);
  for (let i = 0; i + 1 < n; i++) {
    const x0 = xs[i],
      y0 = ys[i],
      x1 = xs[i + 1],
      y1 = ys[i + 1];
    if (!(Number.isFinite(x0) && Number.isFinite(y0) && Number.isFinite(x1) && Number.isFinite(y1))) {
      finish();
      continue;
    }
    if (!clipInto(x0, y0, x1, y1, box, cut)) {
      finish();
      continue;
    }
    const t0 = cut[0],
      t1 = cut[1];
    if (t0 > 0) finish();
    push(x0 + t0 * (x1 - x0), y0 + t0 * (y1 - y0));
    push(t1 === 1 ? x1 : x0 + t1 * (x1 - x0), t1 === 1 ? y1 : y0 + t1 * (y1 - y0));
    if (t1 < 1) finish();
  }
  return runs.filter((r) => r.xs.length > 0);
}

function isInside(x: number, y: number, b: Box): boolean {
  return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
}

/** The parameter interval [t0, t1] of the segment inside the box, or undefined when it misses. */
export function clipSegment(x0: number, y0: number, x1: number, y1: number, b: Box): [number, number] | undefined {
  const t = new Float64Array(2);
  return clipInto(x0, y0, x1, y1, b, t) ? [t[0], t[1]] : undefined;
}

/**
 * Liang-Barsky against the four edges, writing [t0, t1] into `t`; false when the segment misses. Allocates
 * nothing: it runs for every segment of every curve.
 */
function clipInto(x0: number, y0: number, x1: number, y1: number, b: Box, t: Float64Array): boolean {
  t[0] = 0;
  t[1] = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  return (
    clipEdge(-dx, x0 - b.left, t) &&
    clipEdge(dx, b.right - x0, t) &&
    clipEdge(-dy, y0 - b.top, t) &&
    clipEdge(dy, b.bottom - y0, t)
  );
}

/** One edge: p is the segment's travel towards the outside, q the distance inside. */
function clipEdge(p: number, q: number, t: Float64Array): boolean {
  if (p === 0) return !(q < 0);
  const r = q / p;
  if (p < 0) {
    if (r > t[1]) return false;
    if (r > t[0]) t[0] = r;
  } else {
    if (r < t[0]) return false;
    if (r < t[1]) t[1] = r;
  }
  return true;
}

/** Whether a segment touches the box (for the legend's 'best' placement). */
export function segmentHitsBox(x0: number, y0: number, x1: number, y1: number, b: Box): boolean {
  return clipInto(x0, y0, x1, y1, b, hitScratch);
}
const hitScratch = new Float64Array(2);

/**
 * Agg's curve3_div at approximation scale 1: the quadratic a-c-b halved until flat within half a display unit
 * (collinearity by the control point's distance), each piece's midpoint kept; a, the midpoints in order, b.
 */
export function flattenQuad(a: [number, number], c: [number, number], b: [number, number]): [number, number][] {
  type Pt = [number, number];
  const out: Pt[] = [a];
  const tolerance2 = 0.5 * 0.5;
  const divide = (p1: Pt, p2: Pt, p3: Pt, level: number): void => {
    if (level > 32) return;
    const p12: Pt = [(p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2];
    const p23: Pt = [(p2[0] + p3[0]) / 2, (p2[1] + p3[1]) / 2];
    const p123: Pt = [(p12[0] + p23[0]) / 2, (p12[1] + p23[1]) / 2];
    const dx = p3[0] - p1[0];
    const dy = p3[1] - p1[1];
    const d = Math.abs((p2[0] - p3[0]) * dy - (p2[1] - p3[1]) * dx);
    if (d > 1e-30) {
      if (d * d <= tolerance2 * (dx * dx + dy * dy)) {
        out.push(p123);
        return;
      }
    } else {
      // Collinear: done when the control point lies between the ends (or at one).
      let da = dx * dx + dy * dy;
      if (da === 0) da = (p1[0] - p2[0]) ** 2 + (p1[1] - p2[1]) ** 2;
      else {
        const t = ((p2[0] - p1[0]) * dx + (p2[1] - p1[1]) * dy) / da;
        if (t > 0 && t < 1) return;
        da =
          t <= 0
            ? (p2[0] - p1[0]) ** 2 + (p2[1] - p1[1]) ** 2
            : t >= 1
              ? (p2[0] - p3[0]) ** 2 + (p2[1] - p3[1]) ** 2
              : (p2[0] - p1[0] - t * dx) ** 2 + (p2[1] - p1[1] - t * dy) ** 2;
      }
      if (da < tolerance2) {
        out.push(p2);
        return;
      }
    }
    divide(p1, p12, p123, level + 1);
    divide(p123, p23, p3, level + 1);
  };
  divide(a, c, b, 0);
  out.push(b);
  return out;
}
