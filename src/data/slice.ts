/**
 * Python's slice of a sequence, `seq[start:stop:step]`, as indices: what `plot(x[::10], y[::10])` keeps of the
 * samples. Pure. Written here (a dozen lines) because it is Python's own rule, slice.indices(), that decides
 * every edge: omitted bounds, negative ones counted from the end, bounds past either end clamped.
 */

import type { PySlice } from '../pycall';

/** The indices `range(n)[s]` holds, in order (slice.indices(n), then range()); none for a step of 0. */
export function sliceIndices(n: number, s: PySlice): number[] {
  const step = s.step ?? 1;
  if (step === 0 || !Number.isInteger(step)) return [];
  // slice.indices: bounds clamped to [0, n] going up, to [-1, n - 1] going down.
  const [lower, upper] = step > 0 ? [0, n] : [-1, n - 1];
  const bound = (v: number | undefined, otherwise: number) => {
    if (v === undefined) return otherwise;
    const k = v < 0 ? v + n : v;
    return k < lower ? lower : k > upper ? upper : k;
  };
  const start = bound(s.start, step > 0 ? lower : upper);
  const stop = bound(s.stop, step > 0 ? upper : lower);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

/** The values of `a` at a slice's indices. */
export function sliced(a: Float64Array, s: PySlice): Float64Array {
  return Float64Array.from(sliceIndices(a.length, s), (i) => a[i]);
}
