/**
 * Two of torch's float32 vector kernels (AVX2 with FMA, the CPU dispatch of x86-64 machines), as they compute,
 * for replaying a function in a reduced type to the bit: where a value cancels (1 + erf(x) far left), the
 * kernel's own rounding decides the result. float32 values have 24 bits, so a product of two is exact in a
 * double and a fused multiply-add is one Math.fround of a·b + c.
 */
const f = Math.fround;

const R_LN2 = f(1.4426950408889634);
const L2U = f(0.693145751953125);
const L2L = f(1.428606765330187e-6);
const EXP_POLY = [
  0.000198527617612853646278381, 0.00139304355252534151077271, 0.00833336077630519866943359,
  0.0416664853692054748535156, 0.166666671633720397949219, 0.5,
].map(f);

/** 2^e as float32 scales it, in two steps (SLEEF's vldexp2), so that e down to −150 keeps subnormals. */
const ldexp2 = (u: number, q: number) => f(f(u * 2 ** (q >> 1)) * 2 ** (q - (q >> 1)));

/** SLEEF's xexpf (1.0 ulp), which Vectorized<float>::exp calls: Cody-Waite reduction and a degree-7 polynomial. */
export function sleefExpf(d: number): number {
  if (d < -104) return 0;
  if (d > 100) return Infinity;
  const q = roundHalfEven(f(d * R_LN2));
  let s = f(q * -L2U + d);
  s = f(q * -L2L + s);
  let u = EXP_POLY[0];
  for (let i = 1; i < EXP_POLY.length; i++) u = f(u * s + EXP_POLY[i]);
  u = f(1 + f(f(s * s) * u + s));
  return ldexp2(u, q);
}

const roundHalfEven = (v: number) => {
  const n = Math.round(v);
  return n - v === 0.5 && n % 2 !== 0 ? n - 1 : n;
};

const [P, P1, P2, P3, P4, P5] = [0.3275911, 0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429].map(f);

/**
 * Vectorized<float>::erf: Abramowitz and Stegun's 7.1.26, sign(x)·(1 − (p1·t + … + p5·t⁵)·exp(−x²)) with
 * t = 1/(1 + p·|x|), accurate to about 1.5e-7 — the erf of F.gelu in float32 (and so in bfloat16).
 */
export function torchErfFloat32(x: number): number {
  const a = Math.abs(x);
  const t = f(1 / f(P * a + 1));
  const r = f(f(f(f(P5 * t + P4) * t + P3) * t + P2) * t + P1);
  const e = sleefExpf(f(-f(x * x)));
  const y = f(f(-e * t) * r + 1);
  return x < 0 ? -y : y;
}
