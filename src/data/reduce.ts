/**
 * Long curves without long arrays: a curve with many more points than its axes has pixel columns is evaluated
 * a chunk at a time and reduced to what each column shows — its first, lowest, highest and last point, in
 * order — so that memory does not grow with the number of points and the picture is that of drawing every
 * point. Above two million points a worker thread reduces the second half while this thread does the first;
 * the worker hands its points over in shared memory, so the caller stays synchronous (Atomics.wait).
 */
import { typedCurve } from './precision';
import * as path from 'node:path';
import { bindCurve } from '../functions/registry';
import { fillSamples, type Sampling } from './sampling';
import type { CurveSpec } from '../spec';

/** Reduce when a curve has more than this many points per pixel column. */
export const REDUCE_ABOVE = 4;
const CHUNK = 1 << 16;

export function valueOrDerivative(curve: CurveSpec): (x: number) => number {
  return typedCurve(bindCurve(curve), curve);
}

/**
 * Evaluates f at every sample, a chunk at a time, keeping for each pixel column (of `columns` across xlim,
 * plus one on either side for lines leaving the axes) its first, lowest, highest and last point in order;
 * a non-finite value ends the column's run, as a gap.
 */
export function reduceToColumns(
  s: Sampling,
  n: number,
  f: (x: number) => number,
  xlim: [number, number],
  columns: number,
  start = 0,
  end = n,
): { xs: Float64Array; ys: Float64Array } {
  const outX: number[] = [];
  const outY: number[] = [];
  const scale = columns / (xlim[1] - xlim[0]);
  let column = NaN;
  let count = 0;
  let firstX = 0,
    firstY = 0,
    lastX = 0,
    lastY = 0,
    minX = 0,
    minY = 0,
    maxX = 0,
    maxY = 0;
  const flush = () => {
    if (count === 0) return;
    const points: [number, number][] = [[firstX, firstY]];
    const extremes: [number, number][] =
      minX <= maxX
        ? [
            [minX, minY],
            [maxX, maxY],
          ]
        : [
            [maxX, maxY],
            [minX, minY],
          ];
    for (const p of extremes) if (p[0] !== points[points.length - 1][0]) points.push(p);
    if (lastX !== points[points.length - 1][0]) points.push([lastX, lastY]);
    for (const [x, y] of points) {
      outX.push(x);
      outY.push(y);
    }
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
        if (outY.length && !Number.isNaN(outY[outY.length - 1])) {
          outX.push(x);
          outY.push(NaN);
        }
        column = NaN;
        continue;
      }
      let c = Math.floor((x - x0) * scale);
      if (c < -1) c = -1;
      else if (c > columns) c = columns;
      if (c !== column) {
        flush();
        column = c;
      }
      if (count === 0) {
        firstX = minX = maxX = x;
        firstY = minY = maxY = y;
      }
      if (y < minY) {
        minY = y;
        minX = x;
      }
      if (y > maxY) {
        maxY = y;
        maxX = x;
      }
      lastX = x;
      lastY = y;
      count++;
    }
  }
  flush();
  return { xs: Float64Array.from(outX), ys: Float64Array.from(outY) };
}

/** Below this many points the worker's start-up costs more than it saves. */
export const PARALLEL_ABOVE = 2_000_000;

export interface HalfJob {
  curve: CurveSpec;
  sampling: Sampling;
  n: number;
  start: number;
  end: number;
  xlim: [number, number];
  columns: number;
  points: SharedArrayBuffer;
  status: SharedArrayBuffer;
  capacity: number;
}

export const DONE = 1;
export const OVERFLOW = 2;
export const FAILED = 3;

export function reduceOnTwoCores(curve: CurveSpec, s: Sampling, n: number, xlim: [number, number], columns: number) {
  const f = valueOrDerivative(curve);
  if (n < PARALLEL_ABOVE) return reduceToColumns(s, n, f, xlim, columns);
  // Loaded here: most figures never get this far, and a start-up should not pay for these modules.
  const os = require('node:os') as typeof import('node:os');
  const { isMainThread, Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (!isMainThread || os.availableParallelism() < 2) return reduceToColumns(s, n, f, xlim, columns);
  const mid = Math.floor(n / 2);
  // Four points a column on each side, and room for gaps; more than that and this thread does the half itself.
  const capacity = 8 * (columns + 2) + 65_536;
  const job: HalfJob = {
    curve,
    sampling: s,
    n,
    start: mid,
    end: n,
    xlim,
    columns,
    capacity,
    points: new SharedArrayBuffer(8 * (2 * capacity + 1)),
    status: new SharedArrayBuffer(4),
  };
  const worker = new Worker(path.join(__dirname, 'reduce-worker.js'), { workerData: job });
  worker.unref();
  const left = reduceToColumns(s, n, f, xlim, columns, 0, mid);
  const status = new Int32Array(job.status);
  Atomics.wait(status, 0, 0);
  const right = status[0] === DONE ? readPoints(job) : reduceToColumns(s, n, f, xlim, columns, mid, n);
  return { xs: concat(left.xs, right.xs), ys: concat(left.ys, right.ys) };
}

function readPoints(job: HalfJob): { xs: Float64Array; ys: Float64Array } {
  const all = new Float64Array(job.points);
  const count = all[0];
  return { xs: all.slice(1, 1 + count), ys: all.slice(1 + job.capacity, 1 + job.capacity + count) };
}

function concat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
