/** The document's functions: the six it draws and newfun = 2·sigmoid(x) − 1 from its tanh section. */
import { erfFunctions, INV_SQRT_2PI, sigmoid, sigmoidGrad, SQRT1_2, SQRT_2_OVER_PI } from './math';
import { defineFunction, num, type ActivationFunction, type BoundFunction } from './types';
import type { TorchRounding } from './precision';
import { torchErfFloat32 } from './torch-float32';

export const sigmoidFn: ActivationFunction = defineFunction({
  name: 'sigmoid',
  aliases: ['Sigmoid', 'logistic'],
  label: 'sigmoid(x)',
  group: 'document',
  formula: 'sigmoid(x) = 1 / (1 + exp(-x))',
  params: [],
  bind: () => ({ value: sigmoid, grad: sigmoidGrad }),
});

export const tanhFn: ActivationFunction = defineFunction({
  name: 'tanh',
  aliases: ['Tanh'],
  label: 'tanh(x)',
  group: 'document',
  formula: 'tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))',
  params: [],
  bind: () => ({
    value: Math.tanh,
    grad: (x) => {
      const t = Math.tanh(x);
      return 1 - t * t;
    },
  }),
});

export const reluFn: ActivationFunction = defineFunction({
  name: 'relu',
  aliases: ['ReLU'],
  label: 'ReLU(x)',
  group: 'document',
  formula: 'ReLU(x) = max(0, x)',
  usedBy: 'OPT, the original T5',
  params: [],
  // PyTorch's gradient at the kink x = 0 is 0.
  bind: () => ({ value: (x) => (x > 0 ? x : x <= 0 ? 0 : NaN), grad: (x) => (x > 0 ? 1 : 0) }),
});

export const leakyReluFn: ActivationFunction = defineFunction({
  name: 'leaky-relu',
  aliases: ['LeakyReLU', 'leaky_relu', 'lrelu'],
  label: 'Leaky-ReLU(x)',
  group: 'document',
  formula: 'LeakyReLU(x) = x if x > 0 else negative_slope * x',
  params: [num('negative_slope', 0.01, 'slope for x <= 0')],
  bind: (p) => leaky(p.negative_slope),
});

/** Leaky slope for x ≤ 0, shared by LeakyReLU, PReLU and RReLU (PyTorch's gradient at 0 is the slope). */
export function leaky(slope: number): BoundFunction {
  return { value: (x) => (x > 0 ? x : x * slope), grad: (x) => (x > 0 ? 1 : slope) };
}

/**
 * How a torch kernel rounds inside: torch 1.13's vectorised bfloat16 kernels round each vector operation to the
 * type; float32 is its own type; float16 has no CPU kernel there, and torch 2's computes in float32 and rounds
 * once at the end.
 */
export function perOperation(dtype: TorchRounding['dtype'], r: (v: number) => number): (v: number) => number {
  return dtype === 'float16' ? Math.fround : r;
}

export function geluExact(): BoundFunction {
  const { erf, erfc } = erfFunctions();
  const alpha = Math.fround(SQRT1_2);
  return {
    // GeluKernel's float32 x·0.5·(1 + erf(x·√½)), for every type (bfloat16 too computes in float32), rounded once.
    torch:
      ({ r }) =>
      (x) => {
        const f = Math.fround;
        return r(f(f(x * 0.5) * f(1 + torchErfFloat32(f(x * alpha)))));
      },
    // 0.5·x·erfc(−x/√2) equals PyTorch's 0.5·x·(1 + erf(x/√2)) without its cancellation far left.
    value: (x) => 0.5 * x * erfc(-x * SQRT1_2),
    grad: (x) => {
      const cdf = x < 0 ? 0.5 * erfc(-x * SQRT1_2) : 0.5 * (1 + erf(x * SQRT1_2));
      const pdf = Math.abs(x) > 40 ? 0 : Math.exp(-0.5 * x * x) * INV_SQRT_2PI;
      return cdf + (pdf === 0 ? 0 : x * pdf);
    },
  };
}

/** tanh as PyTorch's vectorised CPU kernel (SLEEF) computes it: exactly ±1 beyond |z| = 18.714973875. */
export function torchTanh(z: number): number {
  return Math.abs(z) > 18.714973875 ? Math.sign(z) : Math.tanh(z);
}

export function geluTanh(): BoundFunction {
  const kappa = 0.044715;
  const inner = (x: number) => SQRT_2_OVER_PI * (x + kappa * x * x * x);
  return {
    // 1 + tanh(z) = 2·sigmoid(2z): same value, no cancellation where tanh(z) → −1.
    value: (x) => x * sigmoid(2 * inner(x)),
    // PyTorch's own expression, so that its roundings (1 + tanh and 1 − tanh² both reach 0 in the far
    // left tail) are ours too; only where it would give inf·0 = NaN do we return the limit.
    grad: (x) => {
      const tanhInner = torchTanh(inner(x));
      const tanhDerivative = 1 - tanhInner * tanhInner;
      const left = 0.5 * x;
      const rightDerivative =
        tanhDerivative === 0 ? 0 : left * tanhDerivative * SQRT_2_OVER_PI * (1 + 3 * kappa * x * x);
      return 0.5 * (1 + tanhInner) + rightDerivative;
    },
    // GeluKernel's vectorised tanh form, each vector operation rounded to the type (torch 1.13 on the CPU);
    // float16 has no such kernel there, and torch 2's rounds its float32 result once.
    torch: ({ dtype, r }) => {
      const q = perOperation(dtype, r);
      return (x) => {
        const cube = q(q(x * x) * x);
        const z = q(q(SQRT_2_OVER_PI) * q(x + q(q(kappa) * cube)));
        return r(q(q(q(0.5) * x) * q(1 + q(torchTanh(z)))));
      };
    },
  };
}

export const geluFn: ActivationFunction = defineFunction({
  name: 'gelu',
  aliases: ['GELU'],
  label: 'GELU(x)',
  group: 'document',
  formula: 'GELU(x) = x * Phi(x) = 0.5 * x * (1 + erf(x / sqrt(2)))',
  usedBy: 'BERT, RoBERTa, ViT, Whisper (hidden_act "gelu")',
  params: [
    {
      kind: 'choice',
      name: 'approximate',
      default: 'none',
      choices: ['none', 'tanh'],
      description: "'none' uses erf; 'tanh' uses 0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3)))",
    },
  ],
  bind: (p) => (p.approximate === 'tanh' ? geluTanh() : geluExact()),
});

/**
 * x·sigmoid(beta·x). With beta = 1 it is F.silu, whose vectorised kernel rounds each operation of
 * x / (1 + exp(−x)) to the type (torch 1.13; float16 as torch 2, once); otherwise the Python x * sigmoid(beta * x),
 * three tensor operations.
 */
export function swishBound(beta: number): BoundFunction {
  return {
    torch:
      ({ dtype, r }) =>
      (x) => {
        if (beta !== 1) return r(x * r(sigmoid(r(r(beta) * x))));
        const q = perOperation(dtype, r);
        return r(q(x / q(1 + q(Math.exp(-x)))));
      },
    value: (x) => {
      const s = sigmoid(beta * x);
      return s === 0 ? 0 * x : x * s;
    },
    grad: (x) => {
      const bx = beta * x;
      const s = sigmoid(bx);
      const ds = sigmoidGrad(bx);
      return s + (ds === 0 ? 0 : bx * ds);
    },
  };
}

export const swishFn: ActivationFunction = defineFunction({
  name: 'swish',
  aliases: [],
  label: 'Swish(x)',
  group: 'document',
  formula: 'Swish(x) = x * sigmoid(beta * x)  (beta = 1 is SiLU)',
  sameAs: "silu at beta = 1 (transformers' swish is nn.SiLU)",
  params: [num('beta', 1, 'slope inside the sigmoid')],
  bind: (p) => swishBound(p.beta),
});

export const newfunFn: ActivationFunction = defineFunction({
  name: 'newfun',
  aliases: [],
  label: 'newfun(x)',
  group: 'document',
  formula: 'newfun(x) = 2 * sigmoid(x) - 1  (= tanh(x / 2))',
  params: [],
  bind: () => ({ value: (x) => 2 * sigmoid(x) - 1, grad: (x) => 2 * sigmoidGrad(x) }),
});

/** The document's functions, in its order. */
export const DOCUMENT_FUNCTIONS: readonly ActivationFunction[] = [
  sigmoidFn,
  tanhFn,
  reluFn,
  leakyReluFn,
  geluFn,
  swishFn,
  newfunFn,
];
