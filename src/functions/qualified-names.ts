/**
 * Names in an expression as a script qualifies them by module: torch.sigmoid(x), F.gelu(x),
 * torch.nn.functional.silu(x), np.exp(-x), np.maximum(0, x), math.pi, scipy.special.expit(x). Each module's
 * names are the ones it has, read as the expression's own function of the same meaning (np.arctan is atan,
 * np.maximum is max); a name the module does not have is refused with what it has. Pure.
 */

import { didYouMean } from '../errors';
import { functionOfModule, moduleClasses } from './torch-repr';
import { act2clsFunction, TRANSFORMERS_CLASSES } from './transformers-names';
import { MODULE_SIGNATURES } from './torch-signatures';

type Module = 'torch' | 'functional' | 'numpy' | 'math' | 'special' | 'stats' | 'norm';

/** The prefixes scripts import the modules by, each before any shorter one it begins with. */
const PREFIXES: [string, Module][] = [
  ['torch.nn.functional.', 'functional'],
  ['nn.functional.', 'functional'],
  ['scipy.stats.', 'stats'],
  ['stats.', 'stats'],
  ['norm.', 'norm'],
  ['torch.special.', 'special'],
  ['scipy.special.', 'special'],
  ['special.', 'special'],
  ['torch.', 'torch'],
  ['numpy.', 'numpy'],
  ['np.', 'numpy'],
  ['math.', 'math'],
  ['F.', 'functional'],
];

/**
 * PyTorch's autograd.grad, by the name functions/autograd.ts writes a gradient under between a script's lines
 * and the drawing (here, where the expression reader meets it, so that it need not load autograd.ts).
 */
export const GRAD_CALL = 'torch.autograd.grad';

/** Whether a name stands for a module as actplot reads it already (np for numpy, F for torch.nn.functional). */
export function sameModule(alias: string, module: string): boolean {
  const of = (name: string) => PREFIXES.find(([p]) => `${name}.`.startsWith(p) && `${name}.` === p)?.[1];
  return of(alias) !== undefined && of(alias) === of(module);
}

const ELEMENTARY = [
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'sqrt',
  'sin',
  'cos',
  'tan',
  'sinh',
  'cosh',
  'tanh',
];

/** Each module's names that the expression has (the expression's name where it differs). */
const NAMES: Record<Exclude<Module, 'functional'>, Record<string, string>> = {
  torch: {
    ...same([...ELEMENTARY, 'abs', 'sign', 'erf', 'erfc', 'atan', 'sigmoid', 'pow', 'relu', 'selu', 'celu', 'square']),
    sinc: 'sinc',
    ...same(['where', 'clamp', 'clip', 'heaviside', 'zeros_like', 'ones_like', 'full_like']),
    maximum: 'max',
    minimum: 'min',
    arctan: 'atan',
  },
  numpy: {
    ...same([...ELEMENTARY, 'abs', 'sign', 'pi', 'e', 'nan', 'inf', 'where', 'clip', 'heaviside', 'square', 'sinc']),
    ...same(['zeros_like', 'ones_like', 'full_like']),
    absolute: 'abs',
    arctan: 'atan',
    maximum: 'max',
    minimum: 'min',
    power: 'pow',
  },
  math: { ...same([...ELEMENTARY, 'erf', 'erfc', 'atan', 'pow', 'pi', 'e', 'nan', 'inf']), fabs: 'abs' },
  special: { ...same(['erf', 'erfc', 'expm1', 'log1p', 'ndtr']), expit: 'sigmoid' },
  stats: { 'norm.cdf': 'ndtr', 'norm.pdf': 'normpdf' },
  // from scipy.stats import norm
  norm: { cdf: 'ndtr', pdf: 'normpdf' },
};

/**
 * A module class as a script makes one: its function, its class, whose it is, and the call its arguments bind
 * to (nn.ELU(alpha, inplace); ClippedGELUActivation(min, max)).
 */
export interface ModuleClass {
  fn: string;
  cls: string;
  from: 'torch' | 'transformers';
  call: string;
  signature: readonly string[];
}

/**
 * The function of a torch.nn module as a script builds and calls it at once (nn.GELU(approximate='tanh')(x),
 * torch.nn.LeakyReLU(0.2)(x)), or of one of transformers' classes (NewGELUActivation()(x),
 * transformers.activations.ClippedGELUActivation(-10, 10)): undefined when the name is no such class, else the
 * function or why not.
 */
export function torchModule(name: string): ModuleClass | { error: string } | undefined {
  const hf = /^(?:(?:transformers\.)?activations\.)?([A-Za-z_][A-Za-z0-9_]*)$/.exec(name)?.[1];
  const own = hf !== undefined && Object.hasOwn(TRANSFORMERS_CLASSES, hf) ? TRANSFORMERS_CLASSES[hf] : undefined;
  if (own)
    return { fn: act2clsFunction(own.name)!, cls: hf!, from: 'transformers', call: hf!, signature: own.signature };
  const m = /^(?:torch\.)?nn\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(name);
  if (!m) return undefined;
  const fn = functionOfModule(m[1]);
  if (fn) return { fn, cls: m[1], from: 'torch', call: `nn.${m[1]}`, signature: MODULE_SIGNATURES[m[1]] };
  const hint = didYouMean(m[1], moduleClasses());
  return { error: `torch.nn has no module '${m[1]}' that actplot draws${hint ? ` (${hint})` : ''}` };
}

/**
 * torch.nn.functional's activations of one tensor, element by element, as it names them (F.leaky_relu, not
 * F.LeakyReLU): each is the registered function of its name.
 */
const FUNCTIONAL = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'gelu',
  'silu',
  'mish',
  'elu',
  'selu',
  'celu',
  'softplus',
  'softsign',
  'softshrink',
  'hardshrink',
  'hardtanh',
  'hardsigmoid',
  'hardswish',
  'relu6',
  'rrelu',
  'logsigmoid',
  'tanhshrink',
  'threshold',
  'prelu',
];

/** F's functions of the same names as registered ones that are something else in PyTorch. */
const NOT_ELEMENTWISE: Record<string, string> = {
  glu: 'F.glu halves its input along the last dimension; the gated unit is glu(x) with --param up',
  bilinear: 'F.bilinear(x1, x2, weight) is a layer; the gated unit is bilinear(x)',
  linear: 'F.linear(x, weight) is a layer; the identity is linear(x)',
};

/** torch.nn.functional's name of a function written with its module (F.leaky_relu: leaky_relu), if it is one. */
export function functionalName(written: string): string | undefined {
  const found = PREFIXES.find(([prefix]) => written.startsWith(prefix));
  return found?.[1] === 'functional' ? written.slice(found[0].length) : undefined;
}

function same(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, n]));
}

/**
 * The expression's own name for a qualified one, or why there is none. torch.nn.functional's names are the
 * activations (`isActivation`: relu, gelu, leaky_relu, silu...), as F has them.
 */
export function unqualified(name: string, isActivation: (n: string) => boolean): { name: string } | { error: string } {
  const found = PREFIXES.find(([prefix]) => name.startsWith(prefix));
  // x.to(torch.bfloat16), x.half(): the values in a reduced type are the range's, as torch samples them.
  const retyped = /^[A-Za-z_]\w*\.(to|bfloat16|half)$/.exec(name);
  if (!found && retyped) {
    return {
      error:
        `${name}(...) changes the values' type, which is the range's here: ` +
        'x = torch.linspace(-5, 5, 200, dtype=torch.bfloat16) (or --dtype) draws f(x.to(torch.bfloat16))',
    };
  }
  if (!found) {
    return { error: `unknown name '${name}'; a module's function is written torch.sigmoid, F.gelu, np.exp or math.pi` };
  }
  const [prefix, module] = found;
  const bare = name.slice(prefix.length);
  if (module === 'functional') {
    if (FUNCTIONAL.includes(bare) && isActivation(bare)) return { name: bare };
    const hint = didYouMean(bare, FUNCTIONAL);
    const why = Object.hasOwn(NOT_ELEMENTWISE, bare) ? ` (${NOT_ELEMENTWISE[bare]})` : hint ? ` (${hint})` : '';
    return {
      error: `'${bare}' is no elementwise activation of torch.nn.functional that actplot draws${why}; F's: ${FUNCTIONAL.join(', ')}`,
    };
  }
  const names = NAMES[module];
  if (Object.hasOwn(names, bare)) return { name: names[bare] };
  const written = prefix.slice(0, -1);
  return { error: `${written} has no '${bare}' that actplot reads; ${written}'s: ${Object.keys(names).join(', ')}` };
}
