/**
 * The floating-point types a curve can be evaluated in, and rounding to them as torch rounds on the CPU.
 *
 * Written here rather than taken from a package: torch turns a double into bfloat16 or float16 through float32
 * (c10::BFloat16 and c10::Half are built from a float), so a value is rounded twice, to float32 and then to the
 * type, each to nearest even. Math.f16round and the float16 packages round once, straight from the double, which
 * differs from torch where the first rounding makes a tie.
 */

/** torch's dtypes as actplot names them. */
export type DType = 'float64' | 'float32' | 'bfloat16' | 'float16';

/** The types below float32, whose values actplot computes as torch does rather than in float64. */
export type ReducedDType = 'bfloat16' | 'float16';

export const DTYPES: readonly DType[] = ['float32', 'float64', 'bfloat16', 'float16'];

/** How `--error` measures f_dtype − f_float64: as it is ('abs') or in units in the last place of the type. */
export type ErrorUnit = 'abs' | 'ulp';

interface Format {
  /** Bits of the significand after the leading one. */
  fraction: number;
  /** Exponent of the least normal number. */
  minExponent: number;
  /** The largest finite value. */
  max: number;
}

const FORMATS: Record<Exclude<DType, 'float64'>, Format> = {
  float32: { fraction: 23, minExponent: -126, max: 3.4028234663852886e38 },
  bfloat16: { fraction: 7, minExponent: -126, max: 3.3895313892515355e38 },
  float16: { fraction: 10, minExponent: -14, max: 65504 },
};

/** v (a float32 value) to the nearest value of the format, ties to even; beyond its largest finite value, ±inf. */
function roundFloat32To(v: number, f: Format): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const exponent = Math.max(Math.floor(Math.log2(Math.abs(v))), f.minExponent);
  // log2 may land a hair off a power of two: the spacing must be that of v's own binade.
  const e = Math.abs(v) >= 2 ** (exponent + 1) ? exponent + 1 : Math.abs(v) < 2 ** exponent ? exponent - 1 : exponent;
  const spacing = 2 ** (Math.max(e, f.minExponent) - f.fraction);
  const q = v / spacing; // exact: v has at most 24 significant bits and spacing is a power of two
  let n = Math.round(q);
  if (n - q === 0.5 && n % 2 !== 0) n -= 1; // Math.round takes ties up; the format takes them to even
  const out = n * spacing;
  if (Math.abs(out) > f.max) return out > 0 ? Infinity : -Infinity;
  return out === 0 ? (v < 0 ? -0 : 0) : out;
}

/** Rounding of a double to the type, as torch's `.to(dtype)` does. float64 keeps the value. */
export function rounding(dtype: DType): (v: number) => number {
  if (dtype === 'float64') return (v) => v;
  if (dtype === 'float32') return Math.fround;
  const f = FORMATS[dtype];
  return (v) => roundFloat32To(Math.fround(v), f);
}

/** The distance from |v| to the next larger value of the type: one unit in the last place there. */
export function ulp(dtype: DType, v: number): number {
  if (dtype === 'float64') {
    const a = Math.abs(v);
    return a === 0 ? Number.MIN_VALUE : 2 ** (Math.floor(Math.log2(a)) - 52);
  }
  const f = FORMATS[dtype];
  const a = Math.abs(rounding(dtype)(v));
  const e = a === 0 ? f.minExponent : Math.max(Math.floor(Math.log2(a)), f.minExponent);
  return 2 ** (e - f.fraction);
}

/**
 * What a function's torch-like evaluation needs: the type, rounding to it after each operation (`r`), and a
 * Python number made a tensor constant of the type (`c`, which for these types is the same rounding).
 */
export interface TorchRounding {
  dtype: Exclude<DType, 'float64'>;
  r: (v: number) => number;
}

export function torchRounding(dtype: Exclude<DType, 'float64'>): TorchRounding {
  return { dtype, r: rounding(dtype) };
}
