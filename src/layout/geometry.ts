/** Plain geometry shared by the layout and the drawing: boxes in canvas coordinates (y grows downwards). */
export interface Box { left: number; top: number; right: number; bottom: number }

export const boxWidth = (b: Box) => b.right - b.left;
export const boxHeight = (b: Box) => b.bottom - b.top;

/** A run of connected points; a polyline is split into runs at gaps (NaN, clipping). */
export interface Run { xs: number[]; ys: number[] }

/**
 * Splits a polyline into runs that stay inside `box`, cutting segments at its edges (Liang-Barsky) and
 * breaking at non-finite points, so nothing handed to the canvas lies far outside the figure.
 */
export function clipPolyline(xs: ArrayLike<number>, ys: ArrayLike<number>, box: Box): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  const push = (x: number, y: number) => {
    if (!run) { run = { xs: [], ys: [] }; runs.push(run); }
    const n = run.xs.length;
    if (n && run.xs[n - 1] === x && run.ys[n - 1] === y) return;
    run.xs.push(x);
    run.ys.push(y);
  };
  const finish = () => { run = undefined; };
  const n = xs.length;
  if (n === 1 && isInside(xs[0], ys[0], box)) push(xs[0], ys[0]);
  for (let i = 0; i + 1 < n; i++) {
    const x0 = xs[i], y0 = ys[i], x1 = xs[i + 1], y1 = ys[i + 1];
    if (!(Number.isFinite(x0) && Number.isFinite(y0) && Number.isFinite(x1) && Number.isFinite(y1))) { finish(); continue; }
    const cut = clipSegment(x0, y0, x1, y1, box);
    if (!cut) { finish(); continue; }
    const [t0, t1] = cut;
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
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const edges: [number, number][] = [[-dx, x0 - b.left], [dx, b.right - x0], [-dy, y0 - b.top], [dy, b.bottom - y0]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else {
      const r = q / p;
      if (p < 0) { if (r > t1) return undefined; if (r > t0) t0 = r; }
      else { if (r < t0) return undefined; if (r < t1) t1 = r; }
    }
  }
  return [t0, t1];
}

/** Whether a segment touches the box (for the legend's 'best' placement). */
export function segmentHitsBox(x0: number, y0: number, x1: number, y1: number, b: Box): boolean {
  return clipSegment(x0, y0, x1, y1, b) !== undefined;
}
