/**
 * Long curves on two cores: a worker thread reduces the second half of the samples while this thread reduces
 * the first, and the two reductions, in order, are the reduction of the whole. The worker hands its points over
 * in shared memory, so the caller stays synchronous (it waits with Atomics.wait once its own half is done).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';
import type { Sampling } from '../sampling';
import { reduceToColumns, valueOrDerivative } from '../samples';
import type { CurveSpec } from '../spec';

/** Below this many points the worker's start-up costs more than it saves. */
export const PARALLEL_ABOVE = 2_000_000;

export interface HalfJob {
  curve: CurveSpec; sampling: Sampling; n: number; start: number; end: number;
  xlim: [number, number]; columns: number; points: SharedArrayBuffer; status: SharedArrayBuffer; capacity: number;
}

export const DONE = 1;
export const OVERFLOW = 2;
export const FAILED = 3;

export function reduceOnTwoCores(curve: CurveSpec, s: Sampling, n: number, xlim: [number, number], columns: number) {
  const f = valueOrDerivative(curve);
  if (n < PARALLEL_ABOVE || !isMainThread || os.availableParallelism() < 2) return reduceToColumns(s, n, f, xlim, columns);
  const mid = Math.floor(n / 2);
  // Four points a column on each side, and room for gaps; more than that and this thread does the half itself.
  const capacity = 8 * (columns + 2) + 65_536;
  const job: HalfJob = {
    curve, sampling: s, n, start: mid, end: n, xlim, columns, capacity,
    points: new SharedArrayBuffer(8 * (2 * capacity + 1)), status: new SharedArrayBuffer(4),
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
