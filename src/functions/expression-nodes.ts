/**
 * The nodes an expression compiles to (expression.ts parses it): each gives the value, and the value with its
 * exact derivative (forward-mode automatic differentiation with dual numbers). Pure.
 */
import { erf, erfc, sigmoid, sigmoidGrad } from './math';

/** A value and its derivative with respect to x. */
export type Dual = [number, number];
/**
 * Each node is compiled twice: `v` gives the value alone and `d` the value with its derivative. Curves need only
 * values, and the value path allocates no pair per point (about twice as fast on long curves); both compute the
 * value by the same operations, so the two agree to the bit.
 */
export interface Node {
  v: (x: number) => number;
  d: (x: number) => Dual;
}

/** Elementary functions of one argument: value and derivative with respect to the argument. */
export const UNARY = new Map<string, [(a: number) => number, (a: number) => number]>([
  ['exp', [Math.exp, Math.exp]],
  ['expm1', [Math.expm1, Math.exp]],
  ['log', [Math.log, (a) => 1 / a]],
  ['log1p', [Math.log1p, (a) => 1 / (1 + a)]],
  ['log2', [Math.log2, (a) => 1 / (a * Math.LN2)]],
  ['log10', [Math.log10, (a) => 1 / (a * Math.LN10)]],
  ['sqrt', [Math.sqrt, (a) => 0.5 / Math.sqrt(a)]],
  // np.square, torch.square (Primer's squared ReLU, torch.square(F.relu(x))): a·a, as numpy multiplies.
  ['square', [(a) => a * a, (a) => 2 * a]],
  ['abs', [Math.abs, (a) => Math.sign(a)]],
  ['sign', [Math.sign, () => 0]],
  ['erf', [erf, (a) => 1.1283791670955126 * Math.exp(-a * a)]],
  ['erfc', [erfc, (a) => -1.1283791670955126 * Math.exp(-a * a)]],
  ['sin', [Math.sin, Math.cos]],
  ['cos', [Math.cos, (a) => -Math.sin(a)]],
  ['tan', [Math.tan, (a) => 1 / Math.cos(a) ** 2]],
  ['atan', [Math.atan, (a) => 1 / (1 + a * a)]],
  ['sinh', [Math.sinh, Math.cosh]],
  ['cosh', [Math.cosh, Math.sinh]],
  ['tanh', [Math.tanh, (a) => 1 - Math.tanh(a) ** 2]],
  ['sigmoid', [sigmoid, sigmoidGrad]],
  // np.sinc and torch.sinc, the normalised sinc sin(πa)/(πa), as numpy computes it (1e-20 in place of a 0).
  [
    'sinc',
    [sinc, (a) => (a === 0 ? 0 : (Math.PI * a * Math.cos(Math.PI * a) - Math.sin(Math.PI * a)) / (Math.PI * a * a))],
  ],
  // The standard normal's CDF Φ (scipy.special.ndtr, scipy.stats.norm.cdf), through erfc as scipy computes it
  // for negative x; its derivative the density.
  ['ndtr', [(a) => 0.5 * erfc(-a * Math.SQRT1_2), normalPdf]],
  // Its density φ (scipy.stats.norm.pdf), as scripts write GELU's derivative Φ(x) + x·φ(x); φ' = −x·φ.
  ['normpdf', [normalPdf, (a) => -a * normalPdf(a)]],
  ['softplus', [(a) => (a > 20 ? a : Math.log1p(Math.exp(a))), (a) => (a > 20 ? 1 : sigmoid(a))]],
]);

function sinc(a: number): number {
  const y = Math.PI * (a === 0 ? 1e-20 : a);
  return Math.sin(y) / y;
}

function normalPdf(a: number): number {
  return 0.3989422804014327 * Math.exp(-0.5 * a * a);
}

export const CONSTANTS = new Map<string, number>([
  ['pi', Math.PI],
  ['e', Math.E],
  // np.where(x < 0, y, np.nan): a value left out, where matplotlib breaks the line.
  ['nan', NaN],
  ['inf', Infinity],
]);

/** d(u^v) = v·u^(v−1)·du + u^v·ln(u)·dv, each term only where it is needed (u ≤ 0 has no logarithm). */
export function powDual([u, du]: Dual, [v, dv]: Dual): Dual {
  const p = u ** v;
  return [p, (du === 0 ? 0 : v * u ** (v - 1) * du) + (dv === 0 ? 0 : p * Math.log(u) * dv)];
}

export function constant(c: number): Node {
  return { v: () => c, d: () => [c, 0] };
}

/** f(a) of an elementary function with its derivative df: the chain rule. */
export function unaryNode([f, df]: [(a: number) => number, (a: number) => number], a: Node): Node {
  return {
    v: (x) => f(a.v(x)),
    d: (x) => {
      const [u, du] = a.d(x);
      return [f(u), du === 0 ? 0 : df(u) * du];
    },
  };
}

/** heaviside(a, h) (np.heaviside, torch.heaviside): 0 below 0, h at 0, 1 above; no slope. */
export function heavisideNode(a: Node, h: Node): Node {
  const v = (x: number) => {
    const u = a.v(x);
    return u < 0 ? 0 : u > 0 ? 1 : u === 0 ? h.v(x) : NaN;
  };
  return { v, d: (x) => [v(x), 0] };
}

/** pow(a, b), max(a, b) and min(a, b); at a tie of max or min PyTorch splits the gradient evenly. */
export function binaryNode(name: 'pow' | 'max' | 'min', a: Node, b: Node): Node {
  if (name === 'pow') return { v: (x) => a.v(x) ** b.v(x), d: (x) => powDual(a.d(x), b.d(x)) };
  const pickMax = name === 'max';
  return {
    v: (x) => {
      const u = a.v(x);
      const v = b.v(x);
      return u === v ? u : u > v === pickMax ? u : v;
    },
    d: (x) => {
      const [u, du] = a.d(x);
      const [v, dv] = b.d(x);
      if (u === v) return [u, (du + dv) / 2];
      return u > v === pickMax ? [u, du] : [v, dv];
    },
  };
}

export type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';
const COMPARE: Record<Comparison, (u: number, v: number) => boolean> = {
  '<': (u, v) => u < v,
  '<=': (u, v) => u <= v,
  '>': (u, v) => u > v,
  '>=': (u, v) => u >= v,
  '==': (u, v) => u === v,
  '!=': (u, v) => u !== v,
};

/** a < b and its kin: 1 where it holds, else 0, as numpy's booleans count in arithmetic; no slope. */
export function comparisonNode(op: Comparison, a: Node, b: Node): Node {
  const holds = COMPARE[op];
  const v = (x: number) => (holds(a.v(x), b.v(x)) ? 1 : 0);
  return { v, d: (x) => [v(x), 0] };
}

/** (a) & (b), (a) | (b): numpy's elementwise and and or of two masks (any non-zero holds). */
export function logicalNode(op: '&' | '|', a: Node, b: Node): Node {
  const v =
    op === '&'
      ? (x: number) => (a.v(x) !== 0 && b.v(x) !== 0 ? 1 : 0)
      : (x: number) => (a.v(x) !== 0 || b.v(x) !== 0 ? 1 : 0);
  return { v, d: (x) => [v(x), 0] };
}

/** where(cond, a, b): a where cond holds, else b; the gradient the chosen one's, as torch.where passes it. */
export function whereNode(cond: Node, a: Node, b: Node): Node {
  return {
    v: (x) => (cond.v(x) !== 0 ? a.v(x) : b.v(x)),
    d: (x) => (cond.v(x) !== 0 ? a.d(x) : b.d(x)),
  };
}

/**
 * clip(a, lo, hi) (np.clip, torch.clamp): a held between lo and hi, either end absent (None). The gradient is a's
 * where lo <= a <= hi, else 0, as torch.clamp's backward passes it.
 */
export function clipNode(a: Node, lo: Node | undefined, hi: Node | undefined): Node {
  const clip = (u: number, x: number) => {
    const low = lo ? lo.v(x) : -Infinity;
    const high = hi ? hi.v(x) : Infinity;
    return u < low ? low : u > high ? high : u;
  };
  return {
    v: (x) => clip(a.v(x), x),
    d: (x) => {
      const [u, du] = a.d(x);
      const c = clip(u, x);
      return [c, c === u ? du : 0];
    },
  };
}
