/**
 * A curve in the type it is sampled in: below float32 its values are torch's for that type (each function's
 * own replay of its tensor operations, or one kernel rounded once), and `--error` shows how far that is from
 * float64.
 */
import { rounding, torchRounding, ulp, type DType, type ErrorUnit } from '../functions/precision';
import type { BoundFunction } from '../functions/types';

/** Where a figure's values are torch's for the type rather than float64's. */
export const isReduced = (dtype: DType | undefined): dtype is 'bfloat16' | 'float16' =>
  dtype === 'bfloat16' || dtype === 'float16';

/** f(x.to(dtype)) as torch evaluates it in `dtype` on the CPU. */
export function lowPrecisionFunction(bound: BoundFunction, dtype: Exclude<DType, 'float64'>): (x: number) => number {
  const t = torchRounding(dtype);
  const f = bound.torch?.(t) ?? ((x: number) => t.r(bound.value(x)));
  return (x) => f(t.r(x));
}

/** The derivative in a reduced type: the exact derivative at x.to(dtype), rounded to the type. */
export function lowPrecisionGrad(bound: BoundFunction, dtype: Exclude<DType, 'float64'>): (x: number) => number {
  const r = rounding(dtype);
  return (x) => r(bound.grad(r(x)));
}

export type { ErrorUnit };

/**
 * f_dtype(x) − f_float64(x): x rounded to the type and f computed in it, against f of x itself in float64 (the
 * whole loss of computing in the type), or that in units in the last place of the type at f_float64(x).
 */
export function errorFunction(bound: BoundFunction, dtype: DType, unit: ErrorUnit): (x: number) => number {
  if (dtype === 'float64') return () => 0;
  const low = lowPrecisionFunction(bound, dtype);
  if (unit === 'abs') return (x) => low(x) - bound.value(x);
  return (x) => {
    const exact = bound.value(x);
    return (low(x) - exact) / ulp(dtype, exact);
  };
}

/** f (or f') of a curve in its type, or its error against float64: what a figure or eval plots. */
export function typedCurve(
  bound: BoundFunction,
  c: { derivative?: boolean; dtype?: DType; error?: ErrorUnit },
): (x: number) => number {
  if (c.error) return errorFunction(bound, c.dtype ?? 'float64', c.error);
  if (isReduced(c.dtype)) return c.derivative ? lowPrecisionGrad(bound, c.dtype) : lowPrecisionFunction(bound, c.dtype);
  return c.derivative ? bound.grad : bound.value;
}
