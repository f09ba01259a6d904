/**
 * The gated units of today's LLM feed-forward layers (Shazeer 2020, "GLU Variants Improve Transformer", and the
 * gated functions vLLM registers), in the LLM code's own words: act(gate) * up, as LLaMA's
 * down(act(gate_proj(x)) * up_proj(x)). On one x axis a unit is seen two ways: both inputs tied to x
 * (act(x) * x, the default), or `up` held at a given value; `eval --grid` gives both inputs apart.
 *
 * Which half of a packed input is the gate (vLLM's silu_and_mul takes [gate, up] halves, swigluoai interleaved
 * pairs, torch.nn.GLU [up, gate]) changes nothing here: actplot takes gate and up as two inputs.
 */
import { erfFunctions, sigmoid, sigmoidGrad, SQRT1_2, SQRT_2_OVER_PI } from './math';
import { geluExact, geluTanh, swishBound, torchTanh } from './document';
import type { TorchRounding } from './precision';
import {
  inGroup,
  num,
  type ActivationFunction,
  type BoundFunction,
  type GatedFunction,
  type NumberParam,
} from './types';

/** `up`: x itself unless given. */
const UP: NumberParam<'up'> = {
  kind: 'number',
  name: 'up',
  default: NaN,
  tiedTo: 'x',
  description: 'the up input; tied to x (act(x) * x) unless given, e.g. --param up=0.5,1,2 for a family',
};

/** One input's activation, with its torch evaluation for the reduced types (one kernel unless it says). */
type Act = BoundFunction;

const identity: Act = { value: (g) => g, grad: () => 1, torch: () => (g) => g };
const sigmoidAct: Act = { value: sigmoid, grad: sigmoidGrad };
const reluAct: Act = { value: (g) => (g > 0 ? g : 0), grad: (g) => (g > 0 ? 1 : 0) };

/**
 * GELU of the gate as F.gelu computes it in float64, 0.5·x·(1 + erf(x/√2)) and its tanh form, cancelling to 0
 * in the far left tail where actplot's gelu keeps the tiny true value: a product with `up` would magnify that
 * difference from the LLM code's own result.
 */
function geluAsTorch(approximate: string): Act {
  if (approximate === 'tanh') {
    const g = geluTanh();
    return { ...g, value: (x) => 0.5 * x * (1 + torchTanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x))) };
  }
  const { erf } = erfFunctions();
  return { ...geluExact(), value: (x) => x * 0.5 * (1 + erf(x * SQRT1_2)) };
}

/** act(gate) * up and its partial derivatives. */
function gatedBy(act: Act): Omit<GatedFunction, 'torch'> {
  return {
    value: (g, u) => act.value(g) * u,
    dGate: (g, u) => act.grad(g) * u,
    dUp: (g) => act.value(g),
  };
}

/** The activation as torch runs it for the type: its own replay, or one kernel rounded once. */
const actInTorch = (act: Act, t: TorchRounding) => act.torch?.(t) ?? ((g: number) => t.r(act.value(g)));

/** The one-axis view of a gated unit: tied (up NaN) or up held; torch's evaluation multiplies in the type. */
function view(
  unit: Omit<GatedFunction, 'torch'>,
  up: number,
  torchOps: (t: TorchRounding) => (g: number, u: number) => number,
) {
  const gated: GatedFunction = { ...unit, torch: torchOps };
  const tied = Number.isNaN(up);
  return {
    value: tied ? (x: number) => gated.value(x, x) : (x: number) => gated.value(x, up),
    grad: tied ? (x: number) => gated.dGate(x, x) + gated.dUp(x, x) : (x: number) => gated.dGate(x, up),
    torch: (t: TorchRounding) => {
      const f = torchOps(t);
      return tied ? (x: number) => f(x, x) : (x: number) => f(x, t.r(up));
    },
    gated,
  } satisfies BoundFunction;
}

function actUnit(act: Act, up: number): BoundFunction {
  return view(gatedBy(act), up, (t) => {
    const a = actInTorch(act, t);
    return (g, u) => t.r(a(g) * u);
  });
}

/**
 * GPT-OSS's SwiGLU (vLLM's swigluoai_and_mul): gate clamped above at `limit`, up to [−limit, limit], then
 * gate·sigmoid(alpha·gate)·(up + 1). torch's clamp passes the gradient at the limits themselves.
 */
function swigluOai(alpha: number, limit: number, up: number): BoundFunction {
  const glu = (g: number) => {
    const s = sigmoid(alpha * g);
    return s === 0 ? 0 * g : g * s;
  };
  const gluGrad = (g: number) => {
    const ag = alpha * g;
    const ds = sigmoidGrad(ag);
    return sigmoid(ag) + (ds === 0 ? 0 : ag * ds);
  };
  const cg = (g: number) => Math.min(g, limit);
  const cu = (u: number) => (u < -limit ? -limit : u > limit ? limit : u);
  const gated: Omit<GatedFunction, 'torch'> = {
    value: (g, u) => (cu(u) + 1) * glu(cg(g)),
    dGate: (g, u) => (g <= limit ? gluGrad(g) * (cu(u) + 1) : 0),
    dUp: (g, u) => (u >= -limit && u <= limit ? glu(cg(g)) : 0),
  };
  return view(gated, up, ({ r }) => {
    const a = r(alpha);
    return (g, u) => {
      const gc = cg(g);
      return r(r(cu(u) + 1) * r(gc * r(sigmoid(r(gc * a)))));
    };
  });
}

const unit = inGroup('gated');

const GELU_CHOICE = {
  kind: 'choice',
  name: 'approximate',
  default: 'none',
  choices: ['none', 'tanh'],
  description: "GELU of the gate: 'none' (erf) or 'tanh'",
} as const;

export const GATED_FUNCTIONS: readonly ActivationFunction[] = [
  unit({
    name: 'swiglu',
    aliases: ['SwiGLU', 'silu_and_mul'],
    label: 'SwiGLU(x)',
    formula: 'SwiGLU(gate, up) = gate * sigmoid(beta * gate) * up  (vLLM silu_and_mul at beta = 1)',
    usedBy: 'LLaMA, Mistral, Mixtral, Qwen, DeepSeek, Phi-3 (hidden_act "silu" in a gated MLP)',
    params: [num('beta', 1, 'slope inside the sigmoid (1 is SiLU)'), UP],
    bind: (p) => actUnit(swishBound(p.beta), p.up),
  }),
  unit({
    name: 'geglu',
    aliases: ['GeGLU', 'gelu_and_mul'],
    label: 'GeGLU(x)',
    formula: "GeGLU(gate, up) = gelu(gate) * up  (vLLM gelu_and_mul; approximate='tanh' is gelu_tanh_and_mul)",
    usedBy: "Gemma 1-3 (approximate='tanh'), T5 v1.1 and Flan-T5 ('gated-gelu')",
    params: [GELU_CHOICE, UP],
    bind: (p) => actUnit(geluAsTorch(p.approximate), p.up),
  }),
  unit({
    name: 'gelu_tanh_and_mul',
    label: 'GeGLU-tanh(x)',
    formula: "gelu_tanh_and_mul(gate, up) = gelu(gate, approximate='tanh') * up  (vLLM)",
    sameAs: "geglu(approximate='tanh')",
    params: [UP],
    bind: (p) => actUnit(geluAsTorch('tanh'), p.up),
  }),
  unit({
    name: 'reglu',
    aliases: ['ReGLU'],
    label: 'ReGLU(x)',
    formula: 'ReGLU(gate, up) = relu(gate) * up',
    params: [UP],
    bind: (p) => actUnit(reluAct, p.up),
  }),
  unit({
    name: 'glu',
    aliases: ['GLU'],
    label: 'GLU(x)',
    formula: 'GLU(gate, up) = sigmoid(gate) * up  (torch.nn.GLU of [up, gate])',
    params: [UP],
    bind: (p) => actUnit(sigmoidAct, p.up),
  }),
  unit({
    name: 'bilinear',
    aliases: ['Bilinear'],
    label: 'Bilinear(x)',
    formula: 'Bilinear(gate, up) = gate * up',
    params: [UP],
    bind: (p) => actUnit(identity, p.up),
  }),
  unit({
    name: 'swigluoai',
    aliases: ['swigluoai_and_mul'],
    label: 'SwiGLU-OAI(x)',
    formula:
      'swigluoai(gate, up) = g * sigmoid(alpha * g) * (u + 1), g = min(gate, limit), u = clamp(up, -limit, limit)',
    usedBy: 'GPT-OSS (alpha = 1.702, limit = 7)',
    params: [num('alpha', 1.702, 'slope inside the sigmoid'), num('limit', 7, 'clamp of both inputs', 0), UP],
    bind: (p) => swigluOai(p.alpha, p.limit, p.up),
  }),
];
