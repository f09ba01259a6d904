/**
 * Figure description → numbers: every curve's x and y values. Pure; no drawing.
 *
 * A curve with many more points than its axes has pixel columns is evaluated a chunk at a time and reduced
 * to what each column shows — its first, lowest, highest and last point, in order — so that memory does not
 * grow with the number of points and the picture is that of drawing every point.
 */
import { bindCurve, curveLabel } from './functions/registry';
import { reduceOnTwoCores } from './render/parallel-reduce';
import { autoLimits, subplotBoxes } from './layout/layout';
import { fillSamples, sampleAt, validateSampling, type Sampling } from './sampling';
import type { AxesSpec, CurveSpec, FigureSpec } from './spec';

export interface CurveData {
  spec: CurveSpec;
  label: string;
  xs: Float64Array;
  ys: Float64Array;
}

export interface AxesData {
  spec: AxesSpec;
  curves: CurveData[];
}

/** Reduce when a curve has more than this many points per pixel column. */
export const REDUCE_ABOVE = 4;
const CHUNK = 1 << 16;

export function evaluateCurve(curve: CurveSpec, xs: Float64Array): Float64Array {
  const at = valueOrDerivative(curve);
  const ys = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) ys[i] = at(xs[i]);
  return ys;
}

export function valueOrDerivative(curve: CurveSpec): (x: number) => number {
  const bound = bindCurve(curve);
  return curve.derivative ? bound.grad : bound.value;
}

export function defaultLabel(curve: CurveSpec): string {
  const label = curveLabel(curve);
  return curve.derivative ? `${label}'` : label;
}

/** reduce: false draws every point as it is (for comparing; memory then grows with the point count). */
export function evaluateFigure(fig: FigureSpec, options: { reduce?: boolean } = {}): AxesData[] {
  const cols = fig.cols ?? Math.max(1, fig.axes.length);
  const rows = fig.rows ?? Math.ceil(fig.axes.length / cols);
  const boxes = subplotBoxes(rows, cols, fig.size[0] * fig.dpi, fig.size[1] * fig.dpi);
  return fig.axes.map((ax, i) => {
    const n = validateSampling(ax.sampling);
    const columns = Math.max(1, Math.round(boxes[i].right - boxes[i].left));
    const label = (c: CurveSpec) => c.label ?? defaultLabel(c);
    if (options.reduce === false || n <= REDUCE_ABOVE * columns) {
      const xs = new Float64Array(n);
      fillSamples(ax.sampling, n, 0, xs);
      return { spec: ax, curves: ax.curves.map((c) => ({ spec: c, label: label(c), xs, ys: evaluateCurve(c, xs) })) };
    }
    const xlim = ax.xlim ?? autoLimits([Float64Array.of(sampleAt(ax.sampling, n, 0), sampleAt(ax.sampling, n, n - 1))]);
    return {
      spec: ax,
      curves: ax.curves.map((c) => ({ spec: c, label: label(c), ...reduceOnTwoCores(c, ax.sampling, n, xlim, columns) })),
    };
  });
}

/**
 * Evaluates f at every sample, a chunk at a time, keeping for each pixel column (of `columns` across xlim,
 * plus one on either side for lines leaving the axes) its first, lowest, highest and last point in order;
 * a non-finite value ends the column's run, as a gap.
 */
export function reduceToColumns(s: Sampling, n: number, f: (x: number) => number, xlim: [number, number],
  columns: number, start = 0, end = n): { xs: Float64Array; ys: Float64Array } {
  const outX: number[] = [];
  const outY: number[] = [];
  const scale = columns / (xlim[1] - xlim[0]);
  let column = NaN;
  let count = 0;
  let firstX = 0, firstY = 0, lastX = 0, lastY = 0, minX = 0, minY = 0, maxX = 0, maxY = 0;
  const flush = () => {
    if (count === 0) return;
    const points: [number, number][] = [[firstX, firstY]];
    const extremes: [number, number][] = minX <= maxX ? [[minX, minY], [maxX, maxY]] : [[maxX, maxY], [minX, minY]];
    for (const p of extremes) if (p[0] !== points[points.length - 1][0]) points.push(p);
    if (lastX !== points[points.length - 1][0]) points.push([lastX, lastY]);
    for (const [x, y] of points) { outX.push(x); outY.push(y); }
    count = 0;
  };
  const xs = new Float64Array(Math.min(CHUNK, end - start));
  const x0 = xlim[0];
  for (let first = start; first < end; first += xs.length) {
    fillSamples(s, n, first, xs);
    const m = Math.min(xs.length, end - first);
    for (let k = 0; k < m; k++) {
      const x = xs[k];
      const y = f(x);
      if (y !== y || y === Infinity || y === -Infinity) {
        flush();
        if (outY.length && !Number.isNaN(outY[outY.length - 1])) { outX.push(x); outY.push(NaN); }
        column = NaN;
        continue;
      }
      let c = Math.floor((x - x0) * scale);
      if (c < -1) c = -1; else if (c > columns) c = columns;
      if (c !== column) { flush(); column = c; }
      if (count === 0) { firstX = minX = maxX = x; firstY = minY = maxY = y; }
      if (y < minY) { minY = y; minX = x; }
      if (y > maxY) { maxY = y; maxX = x; }
      lastX = x; lastY = y;
      count++;
    }
  }
  flush();
  return { xs: Float64Array.from(outX), ys: Float64Array.from(outY) };
}
