/**
 * The names Hugging Face transformers gives its activations (ACT2CLS in src/transformers/activations.py) that
 * are functions of their own; the others are torch.nn's, registered elsewhere under the same names. Each is
 * computed as its Python formula is, so that float64 values and autograd gradients agree with torch's, and
 * `torch` replays the formula's tensor operations for the reduced types, each result rounded as torch rounds it.
 */
import { erfFunctions, SQRT_2_OVER_PI } from './math';
import { geluExact, geluTanh, torchTanh } from './document';
import { inGroup, num, type ActivationFunction, type BoundFunction } from './types';
import { rounding, type TorchRounding } from './precision';

const KAPPA = 0.044715;
const TWO_OVER_SQRT_PI = 1.1283791670955126;

/**
 * 0.5·x·(1 + tanh(inner(x))) as the Python writes it: the value keeps its cancellation to 0 in the far left tail,
 * and the gradient is autograd's sum of the three paths to x (the factor, tanh's argument, and its cube).
 */
function tanhFormGelu(
  inner: (x: number) => number,
  innerGrad: (x: number) => number,
  ops: (t: TorchRounding, x: number) => number,
): BoundFunction {
  return {
    value: (x) => 0.5 * x * (1 + torchTanh(inner(x))),
    grad: (x) => {
      const t = torchTanh(inner(x));
      const slope = 1 - t * t;
      const through = slope === 0 ? 0 : 0.5 * x * slope * innerGrad(x);
      return 0.5 * (1 + t) + through;
    },
    torch: (t) => (x) => ops(t, x),
  };
}

/** NewGELUActivation's tensor operations: pow, scale, add, scale, tanh, add, and the 0.5·x factor. */
function newGeluOps({ dtype, r }: TorchRounding, x: number): number {
  // torch.pow(x, 3.0): x·x·x rounded each time in bfloat16's vector kernel, float32's pow rounded once in float16.
  const cube = dtype === 'float16' ? r(x * x * x) : r(r(x * x) * x);
  const inner = r(r(SQRT_2_OVER_PI) * r(x + r(r(KAPPA) * cube)));
  return r(r(r(0.5) * x) * r(1 + r(Math.tanh(inner))));
}

const newGelu = (): BoundFunction =>
  tanhFormGelu(
    (x) => SQRT_2_OVER_PI * (x + KAPPA * (x * x * x)),
    (x) => SQRT_2_OVER_PI * (1 + KAPPA * (3 * (x * x))),
    newGeluOps,
  );

/** FastGELUActivation's constant 0.7978845608, sqrt(2/π) to ten places. */
const FAST_C = 0.7978845608;

/** transformers' torch.nn activations under their own spelling, and which models' configs name them. */
const hf = inGroup('transformers');

export const TRANSFORMERS_FUNCTIONS: readonly ActivationFunction[] = [
  hf({
    name: 'gelu_new',
    label: 'gelu_new(x)',
    formula: 'gelu_new(x) = 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))  (NewGELUActivation)',
    usedBy: 'GPT-2, GPT-J, GPT-Neo, CodeGen; T5 v1.1 and Flan-T5 gate with it',
    params: [],
    bind: newGelu,
  }),
  hf({
    name: 'gelu_pytorch_tanh',
    label: 'gelu_pytorch_tanh(x)',
    formula: "gelu_pytorch_tanh(x) = F.gelu(x, approximate='tanh')  (GELUTanh)",
    sameAs: "gelu(approximate='tanh')",
    usedBy: 'Gemma, Gemma 2 and 3 (gated), StarCoder / GPT-BigCode',
    params: [],
    bind: geluTanh,
  }),
  hf({
    name: 'gelu_python_tanh',
    label: 'gelu_python_tanh(x)',
    formula: 'gelu_python_tanh(x) = x * 0.5 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))  (GELUTanh, Python)',
    sameAs: 'gelu_new (x * 0.5 and 0.5 * x round alike)',
    params: [],
    bind: newGelu,
  }),
  hf({
    name: 'gelu_accurate',
    label: 'gelu_accurate(x)',
    formula: 'gelu_accurate(x) = 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))  (AccurateGELUActivation)',
    sameAs: 'gelu_new',
    usedBy: 'MEGA',
    params: [],
    bind: newGelu,
  }),
  hf({
    name: 'gelu_fast',
    label: 'gelu_fast(x)',
    formula: 'gelu_fast(x) = 0.5 * x * (1 + tanh(x * 0.7978845608 * (1 + 0.044715 * x * x)))  (FastGELUActivation)',
    params: [],
    bind: () =>
      tanhFormGelu(
        (x) => x * FAST_C * (1 + KAPPA * x * x),
        (x) => FAST_C * (1 + KAPPA * x * x) + x * FAST_C * (KAPPA * x + KAPPA * x),
        ({ r }, x) => {
          const inner = r(r(x * r(FAST_C)) * r(1 + r(r(r(KAPPA) * x) * x)));
          return r(r(r(0.5) * x) * r(1 + r(Math.tanh(inner))));
        },
      ),
  }),
  hf({
    name: 'gelu_python',
    label: 'gelu_python(x)',
    formula: 'gelu_python(x) = x * 0.5 * (1 + erf(x / sqrt(2)))  (GELUActivation, Python)',
    sameAs: 'gelu (its Python formula: the same values up to rounding)',
    params: [],
    bind: () => {
      const { erf } = erfFunctions();
      return {
        value: (x) => x * 0.5 * (1 + erf(x / Math.SQRT2)),
        grad: (x) => {
          const z = x / Math.SQRT2;
          const pdf = Math.exp(-(z * z));
          return 0.5 * (1 + erf(z)) + (pdf === 0 ? 0 : (x * 0.5 * (TWO_OVER_SQRT_PI * pdf)) / Math.SQRT2);
        },
        torch:
          ({ r }) =>
          (x) =>
            r(r(x * 0.5) * r(1 + r(erf(r(x / r(Math.SQRT2)))))),
      };
    },
  }),
  hf({
    name: 'gelu_10',
    label: 'gelu_10(x)',
    formula: 'gelu_10(x) = clip(gelu(x), min, max), min = -10, max = 10  (ClippedGELUActivation)',
    params: [num('min', -10, 'lower limit of the output'), num('max', 10, 'upper limit of the output')],
    bind: (p) => {
      const gelu = geluExact();
      const { min, max } = p;
      const clip = (y: number) => (y < min ? min : y > max ? max : y);
      return {
        value: (x) => clip(gelu.value(x)),
        // torch.clip's gradient passes where min <= gelu(x) <= max, the ends included.
        grad: (x) => {
          const y = gelu.value(x);
          return y >= min && y <= max ? gelu.grad(x) : 0;
        },
        torch:
          ({ r }) =>
          (x) =>
            clip(r(gelu.value(x))),
      };
    },
  }),
  hf({
    name: 'laplace',
    label: 'laplace(x)',
    formula: 'laplace(x) = 0.5 * (1 + erf((x - mu) / (sigma * sqrt(2)))), mu = 0.707107, sigma = 0.282095',
    usedBy: 'MEGA (as an attention activation)',
    params: [num('mu', 0.707107, 'centre'), num('sigma', 0.282095, 'spread', Number.MIN_VALUE)],
    bind: (p) => {
      const { erf } = erfFunctions();
      const { mu, sigma } = p;
      const d = sigma * Math.SQRT2;
      return {
        value: (x) => 0.5 * (1 + erf((x - mu) / d)),
        grad: (x) => {
          const z = (x - mu) / d;
          return (0.5 * (TWO_OVER_SQRT_PI * Math.exp(-(z * z)))) / d;
        },
        torch:
          ({ r }) =>
          (x) =>
            r(r(0.5) * r(1 + r(erf(r(r(x - r(mu)) / r(d)))))),
      };
    },
  }),
  hf({
    name: 'relu2',
    label: 'relu2(x)',
    formula: 'relu2(x) = relu(x)^2  (ReLUSquaredActivation, "squared ReLU" of Primer)',
    usedBy: 'Nemotron-4, Nemotron-H',
    params: [],
    bind: () => ({
      value: (x) => (x > 0 ? x * x : 0),
      grad: (x) => (x > 0 ? 2 * x : 0),
      torch:
        ({ r }) =>
        (x) =>
          x > 0 ? r(x * x) : 0,
    }),
  }),
  hf({
    name: 'linear',
    label: 'linear(x)',
    formula: 'linear(x) = x  (LinearActivation)',
    params: [],
    bind: () => ({ value: (x) => x, grad: () => 1, torch: () => (x) => x }),
  }),
  hf({
    name: 'xielu',
    label: 'xIELU(x)',
    formula:
      'xielu(x) = alpha_p * x^2 + beta * x if x > 0 else (expm1(min(x, eps)) - x) * alpha_n + beta * x  (XIELUActivation)',
    usedBy: 'Apertus',
    params: [
      num('alpha_p_init', 0.8, 'alpha_p at initialisation (kept as softplus of a bfloat16 parameter)', 0),
      num('alpha_n_init', 0.8, 'alpha_n at initialisation (beta plus softplus of a bfloat16 parameter)'),
      num('beta', 0.5, 'slope of the linear term'),
      num('eps', -1e-6, 'where the negative branch stops following x'),
    ],
    bind: (p) => xielu(p.alpha_p_init, p.alpha_n_init, p.beta, p.eps),
  }),
];

/**
 * XIELUActivation with its parameters made as its __init__ makes them, in bfloat16 (its default dtype):
 * alpha_p = softplus(log(expm1(alpha_p_init))), alpha_n = beta + softplus(log(expm1(alpha_n_init - beta))), each
 * operation rounded to bfloat16; x meets them in float64, where they are exact.
 */
export function xielu(alphaPInit: number, alphaNInit: number, betaInit: number, epsInit: number): BoundFunction {
  const r = rounding('bfloat16');
  const softplus = (v: number) => (v > 20 ? v : Math.log1p(Math.exp(v)));
  const alphaP = r(softplus(r(Math.log(r(Math.expm1(r(alphaPInit)))))));
  const beta = r(betaInit);
  const alphaN = r(beta + r(softplus(r(Math.log(r(Math.expm1(r(alphaNInit - betaInit))))))));
  const eps = r(epsInit);
  return {
    value: (x) => (x > 0 ? alphaP * x * x + beta * x : (Math.expm1(Math.min(x, eps)) - x) * alphaN + beta * x),
    grad: (x) => (x > 0 ? 2 * alphaP * x + beta : ((x < eps ? Math.exp(x) : 0) - 1) * alphaN + beta),
    torch:
      ({ r: t }) =>
      (x) =>
        x > 0
          ? t(t(t(alphaP * x) * x) + t(beta * x))
          : t(t(t(t(Math.expm1(Math.min(x, eps))) - x) * alphaN) + t(beta * x)),
  };
}

export { ACT2CLS } from './transformers-names';
