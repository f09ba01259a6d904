/** Numerically stable building blocks, finite wherever the true value is. */
type Fn = (x: number) => number;
let erfPair: { erf: Fn; erfc: Fn } | undefined;

/**
 * erf and erfc from @stdlib, loaded on first use (only GELU and expressions need them): from the one-file
 * bundle the build makes of their packages (scripts/bundle-vendor.cjs), which loads in a few milliseconds
 * where the packages one by one take about 20; from the packages themselves after a build by `tsc` alone.
 * Hot loops take the functions from here once.
 */
export function erfFunctions(): { erf: Fn; erfc: Fn } {
  if (!erfPair) {
    try {
      erfPair = require('../vendor/stdlib-erf') as { erf: Fn; erfc: Fn };
    } catch {
      erfPair = {
        erf: require('@stdlib/math-base-special-erf') as Fn,
        erfc: require('@stdlib/math-base-special-erfc') as Fn,
      };
    }
  }
  return erfPair;
}

export const erf: Fn = (x) => erfFunctions().erf(x);
export const erfc: Fn = (x) => erfFunctions().erfc(x);

/** 1 / (1 + e^-x) without overflow for any x. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** sigmoid'(x) = sigmoid(x)·sigmoid(−x), accurate in both tails (no 1 − s cancellation). */
export function sigmoidGrad(x: number): number {
  return sigmoid(x) * sigmoid(-x);
}

export const SQRT1_2 = Math.SQRT1_2;
/** 1 / sqrt(2π) */
export const INV_SQRT_2PI = 0.3989422804014327;
/** sqrt(2/π), the constant of GELU's tanh approximation */
export const SQRT_2_OVER_PI = 0.7978845608028654;
