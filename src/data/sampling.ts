/**
 * The x values a figure is drawn at: torch.arange (end excluded) or linspace (end included).
 *
 * torch.arange on the CPU does not compute start + i·step independently for every i: it fills blocks of
 * 8 (float32) or 4 (float64) lanes, each block from a rounded base start + i·step (fused multiply-add)
 * plus lane·step. Reproducing that gives the very same float32 values the document's scripts plotted.
 */
import { badValue, wrongArgument, type FieldPath } from '../errors';
import { MAX_POINTS } from '../limits';
import type { DType } from '../functions/precision';

export type { DType };

/** Whose arange: torch.arange's (the document's) or numpy's, whose values differ in the last bits. */
export type ArangeMethod = 'torch' | 'numpy';

export type Sampling =
  | { kind: 'arange'; from: number; to: number; step: number; dtype?: DType; method?: ArangeMethod }
  | { kind: 'linspace'; from: number; to: number; num: number; dtype?: DType; method?: ArangeMethod };

/** Number of points torch.arange(from, to, step) yields. */
export function arangeLength(from: number, to: number, step: number): number {
  return Math.ceil((to - from) / step);
}

/** Checks a sampling and returns its point count, or throws a usage error naming the field (under `at`). */
export function validateSampling(s: Sampling, at: FieldPath = []): number {
  if (typeof s !== 'object' || s === null) {
    throw wrongArgument(
      at.length ? at : 'sampling',
      s,
      "{ kind: 'linspace', from, to, num } or { kind: 'arange', from, to, step }",
    );
  }
  for (const key of ['from', 'to'] as const) {
    if (!Number.isFinite(s[key])) throw badValue([...at, key], s[key], 'a finite number');
  }
  if (s.kind === 'arange') {
    if (!Number.isFinite(s.step) || s.step <= 0) throw badValue([...at, 'step'], s.step, 'a number > 0, e.g. 0.1');
    checkRange(s, at);
    const n = arangeLength(s.from, s.to, s.step);
    if (!Number.isFinite(n) || n > MAX_POINTS) {
      const expected = `a step giving at most ${MAX_POINTS} points (this gives ${n})`;
      throw badValue([...at, 'step'], s.step, expected, 'use a larger --step');
    }
    return n;
  }
  if (!Number.isInteger(s.num) || s.num < 2 || s.num > MAX_POINTS) {
    throw badValue([...at, 'num'], s.num, `a whole number from 2 to ${MAX_POINTS}`);
  }
  checkRange(s, at);
  return s.num;
}

function checkRange(s: Sampling, at: FieldPath): void {
  const given = `${s.from} and ${s.to}`;
  if (s.to === s.from) {
    throw badValue([...at, 'from/to'], given, 'a range that is not empty (--to greater than --from)');
  }
  if (!(s.to > s.from)) throw badValue([...at, 'from/to'], given, '--from less than --to', 'swap them');
}

/**
 * The sample points, in a Float64Array (float32 values are exactly representable there).
 *
 * @example
 *   sample({ kind: 'arange', from: -1, to: 1, step: 0.5, dtype: 'float32' }); // Float64Array [-1, -0.5, 0, 0.5]
 */
export function sample(s: Sampling): Float64Array {
  const n = validateSampling(s);
  const out = new Float64Array(n);
  fillSamples(s, n, 0, out);
  return out;
}

/**
 * Writes x_i for i in [first, first + out.length) into out, so that long samplings can be produced a chunk
 * at a time. n is the sampling's point count (validateSampling).
 */
export function fillSamples(s: Sampling, n: number, first: number, out: Float64Array): void {
  if (s.dtype === 'bfloat16' || s.dtype === 'float16') {
    // The samples stay float32: a figure draws f(x.to(dtype)) against them, so that a bfloat16 curve shows its
    // staircase; the functions round x themselves (data/precision.ts), and eval prints the rounded x.
    fillSamples({ ...s, dtype: 'float32' }, n, first, out);
    return;
  }
  const f32 = s.dtype === 'float32';
  const round = f32 ? Math.fround : (v: number) => v;
  const count = Math.min(out.length, n - first);
  if (s.kind === 'linspace') {
    if (s.method === 'numpy') numpyLinspace(s, n, first, count, f32, out);
    else torchLinspace(s, n, first, count, round, out);
    return;
  }
  if (s.method === 'numpy') {
    numpyArange(s, first, count, round, out);
    return;
  }
  const lanes = s.dtype === 'float32' ? 8 : 4;
  // The vectorised body fills two blocks at a time while two remain; the tail is scalar.
  const vectorEnd = Math.floor(n / (2 * lanes)) * 2 * lanes;
  let blockStart = -1;
  let base = 0;
  for (let k = 0; k < count; k++) {
    const i = first + k;
    if (i < vectorEnd) {
      const b = i - (i % lanes);
      if (b !== blockStart) {
        blockStart = b;
        base = round(fma(s.step, b, s.from));
      }
      out[k] = round(base + (i - b) * s.step);
    } else {
      out[k] = round(fma(s.step, i, s.from));
    }
  }
}

/**
 * np.arange(start, stop, step): the first value is start, the second start + step, and each after it
 * start + i·delta where delta is the difference of those two as stored (PyArray_ArangeObj and the dtype's
 * fill), so np.arange(-5, 5, 0.1)[50] is −1.8e-14 where torch's is 2.8e-16. In the dtype's own arithmetic.
 */
function numpyArange(
  s: { from: number; step: number },
  first: number,
  count: number,
  round: (v: number) => number,
  out: Float64Array,
): void {
  const start = round(s.from);
  const next = round(s.from + s.step);
  const delta = round(next - start);
  for (let k = 0; k < count; k++) {
    const i = first + k;
    out[k] = i === 0 ? start : i === 1 ? next : round(start + round(i * delta));
  }
}

/** np.linspace: start + i·step in float64, the last exactly stop, then the dtype. */
function numpyLinspace(
  s: { from: number; to: number },
  n: number,
  first: number,
  count: number,
  f32: boolean,
  out: Float64Array,
): void {
  const { from, to } = s;
  const delta = (to - from) / (n - 1);
  // The hot loop of long samplings: no call per point.
  for (let k = 0; k < count; k++) out[k] = from + (first + k) * delta;
  if (first + count === n) out[count - 1] = to;
  if (f32) for (let k = 0; k < count; k++) out[k] = Math.fround(out[k]);
}

/**
 * torch.linspace on the CPU (RangeFactoriesKernel.cpp): step = (end − start) / (steps − 1) in the dtype, the
 * first half counted from start (start + step·i), the second from end (end − step·(steps − 1 − i)), filled in
 * blocks of 8 (float32) or 4 (float64) lanes as arange is, each block by where it starts, the tail one by one.
 */
function torchLinspace(
  s: { from: number; to: number; dtype?: DType },
  n: number,
  first: number,
  count: number,
  round: (v: number) => number,
  out: Float64Array,
): void {
  const start = round(s.from);
  const end = round(s.to);
  const step = round(round(end - start) / (n - 1));
  const halfway = Math.floor(n / 2);
  const at = (i: number) => (i < halfway ? round(fma(step, i, start)) : round(fma(-step, n - i - 1, end)));
  const lanes = s.dtype === 'float32' ? 8 : 4;
  const vectorEnd = Math.floor(n / (2 * lanes)) * 2 * lanes;
  for (let k = 0; k < count; k++) {
    const i = first + k;
    if (i >= vectorEnd) {
      out[k] = at(i);
      continue;
    }
    const b = i - (i % lanes);
    out[k] = round(at(b) + round((i - b) * step));
  }
}

/** The i-th sample alone. */
export function sampleAt(s: Sampling, n: number, i: number): number {
  const one = new Float64Array(1);
  fillSamples(s, n, i, one);
  return one[0];
}

/**
 * a·b + c with a single rounding (as the compiled torch kernel does), by error-free transformations:
 * the product's exact error (Veltkamp/Dekker) is carried into the sum.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || p === 0) return p + c;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const pErr = ah * bh - p + ah * bl + al * bh + al * bl;
  const s = p + c;
  const bb = s - p;
  const sErr = p - (s - bb) + (c - bb);
  return s + (sErr + pErr);
}

function split(a: number): [number, number] {
  const t = 134217729 * a; // 2^27 + 1
  const hi = t - (t - a);
  return [hi, a - hi];
}
