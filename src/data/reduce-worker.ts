/** Reduces one half of a long curve for reduce.ts and hands the points over in shared memory. */
import { workerData } from 'node:worker_threads';
import { DONE, FAILED, OVERFLOW, reduceToColumns, valueOrDerivative, type HalfJob } from './reduce';

const job = workerData as HalfJob;
const status = new Int32Array(job.status);
try {
  const r = reduceToColumns(
    job.sampling,
    job.n,
    valueOrDerivative(job.curve),
    job.xlim,
    job.columns,
    job.start,
    job.end,
  );
  if (r.xs.length > job.capacity) {
    Atomics.store(status, 0, OVERFLOW);
  } else {
    const all = new Float64Array(job.points);
    all[0] = r.xs.length;
    all.set(r.xs, 1);
    all.set(r.ys, 1 + job.capacity);
    Atomics.store(status, 0, DONE);
  }
} catch {
  Atomics.store(status, 0, FAILED);
}
Atomics.notify(status, 0);
