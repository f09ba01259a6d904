/** Numerically stable building blocks, finite wherever the true value is. */
type Fn = (x: number) => number;
let erfPair: { erf: Fn; erfc: Fn } | undefined;

/**
 * erf and erfc from @stdlib, loaded on first use: their modules take about 50 ms to load, which every start
 * would pay while only GELU and expressions need them. Hot loops take the functions from here once.
 */
export function erfFunctions(): { erf: Fn; erfc: Fn } {
  return (erfPair ??= {
    erf: require('@stdlib/math-base-special-erf') as Fn,
    erfc: require('@stdlib/math-base-special-erfc') as Fn,
  });
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
