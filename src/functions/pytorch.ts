/**
 * The rest of PyTorch's torch.nn activations, and QuickGELU. Derivatives follow PyTorch's autograd,
 * including its choices at kinks and thresholds (noted where they are not the obvious one).
 */
import { sigmoid } from './math';
import { leaky, swishBound } from './document';
import { inGroup, num, type ActivationFunction, type BoundFunction } from './types';

const ONE_SIXTH_F32 = Math.fround(1 / 6);
// PyTorch's 1.6732632423543772848170429916717 and 1.0507009873554804934193349852946, as the doubles they are.
const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

/** ELU's family: scale·(x if x > 0 else alpha·(exp(x / inputScale·…) − 1)); PyTorch takes x ≤ 0 at the kink. */
function eluBound(alpha: number, scale: number, inputScale: number): BoundFunction {
  return {
    value: (x) => (x > 0 ? scale * x : scale * alpha * Math.expm1(x * inputScale)),
    grad: (x) => (x > 0 ? scale : scale * alpha * inputScale * Math.exp(x * inputScale)),
  };
}

/** Clamp to [lo, hi]; PyTorch's gradient is 0 at both ends. */
function clamp(lo: number, hi: number): BoundFunction {
  return {
    value: (x) => (x < lo ? lo : x > hi ? hi : x),
    grad: (x) => (x <= lo || x >= hi ? 0 : 1),
  };
}

const fn = inGroup('pytorch');

export const PYTORCH_FUNCTIONS: readonly ActivationFunction[] = [
  fn({
    name: 'silu',
    aliases: ['SiLU'],
    label: 'SiLU(x)',
    formula: 'SiLU(x) = x * sigmoid(x)',
    usedBy: 'LLaMA, Mistral, Qwen, DeepSeek (hidden_act "silu", gated: see swiglu)',
    params: [],
    bind: () => swishBound(1),
  }),
  fn({
    name: 'elu',
    aliases: ['ELU'],
    label: 'ELU(x)',
    formula: 'ELU(x) = x if x > 0 else alpha * (exp(x) - 1)',
    params: [num('alpha', 1, 'value approached as x → −∞, negated')],
    bind: (p) => eluBound(p.alpha, 1, 1),
  }),
  fn({
    name: 'selu',
    aliases: ['SELU'],
    label: 'SELU(x)',
    formula: 'SELU(x) = scale * (x if x > 0 else alpha * (exp(x) - 1)), scale ≈ 1.0507, alpha ≈ 1.6733',
    params: [],
    bind: () => eluBound(SELU_ALPHA, SELU_SCALE, 1),
  }),
  fn({
    name: 'celu',
    aliases: ['CELU'],
    label: 'CELU(x)',
    formula: 'CELU(x) = max(0, x) + min(0, alpha * (exp(x / alpha) - 1))',
    params: [num('alpha', 1, 'scale of the negative part (not 0)')],
    bind: (p) => {
      const alpha = p.alpha;
      return eluBound(alpha, 1, 1 / alpha);
    },
  }),
  fn({
    name: 'softplus',
    aliases: ['Softplus'],
    label: 'Softplus(x)',
    formula: 'Softplus(x) = log(1 + exp(beta * x)) / beta; x where beta * x > threshold',
    params: [num('beta', 1, 'sharpness'), num('threshold', 20, 'beyond beta * x > threshold the function is x')],
    bind: (p) => {
      const beta = p.beta;
      const threshold = p.threshold;
      return {
        value: (x) => (x * beta > threshold ? x : Math.log1p(Math.exp(x * beta)) / beta),
        grad: (x) => (x * beta > threshold ? 1 : sigmoid(x * beta)),
      };
    },
  }),
  fn({
    name: 'softsign',
    aliases: ['Softsign'],
    label: 'Softsign(x)',
    formula: 'Softsign(x) = x / (1 + |x|)',
    params: [],
    bind: () => ({ value: (x) => x / (1 + Math.abs(x)), grad: (x) => 1 / (1 + Math.abs(x)) ** 2 }),
  }),
  fn({
    name: 'softshrink',
    aliases: ['Softshrink'],
    label: 'Softshrink(x)',
    formula: 'Softshrink(x) = x - lambd if x > lambd, x + lambd if x < -lambd, else 0',
    params: [num('lambd', 0.5, 'half-width of the zero band', 0)],
    bind: (p) => {
      const l = p.lambd;
      return {
        value: (x) => (x > l ? x - l : x < -l ? x + l : 0),
        grad: (x) => (x >= -l && x <= l ? 0 : 1),
      };
    },
  }),
  fn({
    name: 'hardshrink',
    aliases: ['Hardshrink'],
    label: 'Hardshrink(x)',
    formula: 'Hardshrink(x) = x if |x| > lambd else 0',
    params: [num('lambd', 0.5, 'half-width of the zero band', 0)],
    bind: (p) => {
      const l = p.lambd;
      return { value: (x) => (x > l || x < -l ? x : 0), grad: (x) => (x >= -l && x <= l ? 0 : 1) };
    },
  }),
  fn({
    name: 'hardtanh',
    aliases: ['Hardtanh'],
    label: 'Hardtanh(x)',
    formula: 'Hardtanh(x) = min(max(x, min_val), max_val)',
    params: [num('min_val', -1, 'lower limit'), num('max_val', 1, 'upper limit')],
    bind: (p) => clamp(p.min_val, p.max_val),
  }),
  fn({
    name: 'hardsigmoid',
    aliases: ['Hardsigmoid'],
    label: 'Hardsigmoid(x)',
    formula: 'Hardsigmoid(x) = 0 if x <= -3, 1 if x >= 3, else x / 6 + 1/2',
    params: [],
    // PyTorch's gradient is 1/6 only strictly inside (−3, 3), and its kernel's 1/6 is a float32 constant.
    bind: () => ({
      value: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6),
      grad: (x) => (x > -3 && x < 3 ? ONE_SIXTH_F32 : 0),
    }),
  }),
  fn({
    name: 'hardswish',
    aliases: ['Hardswish'],
    label: 'Hardswish(x)',
    formula: 'Hardswish(x) = 0 if x <= -3, x if x >= 3, else x * (x + 3) / 6',
    params: [],
    // PyTorch's gradient: 0 below −3, x/3 + 1/2 on [−3, 3), 1 from 3 on.
    bind: () => ({
      value: (x) => (x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6),
      grad: (x) => (x < -3 ? 0 : x < 3 ? x / 3 + 0.5 : 1),
    }),
  }),
  fn({
    name: 'relu6',
    aliases: ['ReLU6'],
    label: 'ReLU6(x)',
    formula: 'ReLU6(x) = min(max(0, x), 6)',
    params: [],
    bind: () => clamp(0, 6),
  }),
  fn({
    name: 'log-sigmoid',
    aliases: ['LogSigmoid', 'log_sigmoid'],
    label: 'LogSigmoid(x)',
    formula: 'LogSigmoid(x) = log(sigmoid(x)) = min(x, 0) - log(1 + exp(-|x|))',
    params: [],
    bind: () => ({ value: (x) => Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x))), grad: (x) => sigmoid(-x) }),
  }),
  fn({
    name: 'prelu',
    aliases: ['PReLU'],
    label: 'PReLU(x)',
    formula: 'PReLU(x) = x if x > 0 else weight * x',
    params: [num('weight', 0.25, 'learned slope for x <= 0 (PyTorch initialises it to 0.25)')],
    bind: (p) => leaky(p.weight),
  }),
  fn({
    name: 'rrelu',
    aliases: ['RReLU'],
    label: 'RReLU(x)',
    formula: 'RReLU(x) = x if x > 0 else ((lower + upper) / 2) * x  (evaluation mode)',
    params: [
      num('lower', 1 / 8, 'lower bound of the random slope'),
      num('upper', 1 / 3, 'upper bound of the random slope'),
    ],
    // In evaluation mode PyTorch uses the mean slope, deterministically.
    bind: (p) => leaky((p.lower + p.upper) / 2),
  }),
  fn({
    name: 'mish',
    aliases: ['Mish'],
    label: 'Mish(x)',
    formula: 'Mish(x) = x * tanh(softplus(x))',
    params: [],
    bind: () => ({
      value: (x) => {
        const t = Math.tanh(Math.log1p(Math.exp(x)));
        return t === 0 ? 0 * x : x * t;
      },
      grad: (x) => {
        const t = Math.tanh(Math.log1p(Math.exp(x)));
        const s = sigmoid(x);
        const tail = s === 0 ? 0 : x * s * (1 - t * t);
        return t + tail;
      },
    }),
  }),
  fn({
    name: 'tanhshrink',
    aliases: ['Tanhshrink'],
    label: 'Tanhshrink(x)',
    formula: 'Tanhshrink(x) = x - tanh(x)',
    params: [],
    bind: () => ({
      value: (x) => x - Math.tanh(x),
      grad: (x) => {
        const t = Math.tanh(x);
        return t * t;
      },
    }),
  }),
  fn({
    name: 'threshold',
    aliases: ['Threshold'],
    label: 'Threshold(x)',
    formula: 'Threshold(x) = x if x > threshold else value',
    params: [num('threshold', 0, 'where the function jumps'), num('value', -1, 'the value at and below the threshold')],
    bind: (p) => {
      const t = p.threshold;
      const v = p.value;
      return { value: (x) => (x > t ? x : v), grad: (x) => (x > t ? 1 : 0) };
    },
  }),
];

export const OTHER_FUNCTIONS: readonly ActivationFunction[] = [
  fn({
    name: 'quick-gelu',
    aliases: ['QuickGELU', 'quick_gelu'],
    group: 'transformers',
    usedBy: 'CLIP (OpenAI), and so the vision towers of LLaVA-style models',
    label: 'QuickGELU(x)',
    formula: 'QuickGELU(x) = x * sigmoid(1.702 * x)  (GELU as CLIP approximates it)',
    params: [],
    bind: () => swishBound(1.702),
  }),
];
