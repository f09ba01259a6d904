/**
 * PyTorch's own signatures of torch.nn.functional's elementwise activations and of torch.nn's activation
 * modules, after the input (or self): what a script passes in order or by name, F.leaky_relu(x, 0.2, True),
 * nn.PReLU(init=0.1), nn.Hardtanh(-2, 2, inplace=True). Arguments bind to these names as PyTorch binds them;
 * the names that are actplot's parameters pass on, the rest change no value or must have the value that draws
 * the function elementwise and deterministically. test/fixtures/torch-signatures.json holds PyTorch's own
 * (scripts/make-torch-signature-fixtures.py), which the tables are checked against. Pure.
 */

const INPLACE = ['inplace'];

/** torch.nn.functional's, after input. */
export const FUNCTIONAL_SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  sigmoid: [],
  tanh: [],
  relu: INPLACE,
  leaky_relu: ['negative_slope', ...INPLACE],
  gelu: ['approximate'],
  silu: INPLACE,
  mish: INPLACE,
  elu: ['alpha', ...INPLACE],
  selu: INPLACE,
  celu: ['alpha', ...INPLACE],
  softplus: ['beta', 'threshold'],
  softsign: [],
  softshrink: ['lambd'],
  hardshrink: ['lambd'],
  hardtanh: ['min_val', 'max_val', ...INPLACE],
  hardsigmoid: INPLACE,
  hardswish: INPLACE,
  relu6: INPLACE,
  rrelu: ['lower', 'upper', 'training', ...INPLACE],
  logsigmoid: [],
  tanhshrink: [],
  threshold: ['threshold', 'value', ...INPLACE],
  // Its weight is a tensor; one of a single number, torch.tensor([0.25]), is read as that number
  // (conversions.ts).
  prelu: ['weight'],
};

/** torch.nn's classes', after self. */
export const MODULE_SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  Sigmoid: [],
  Tanh: [],
  ReLU: INPLACE,
  LeakyReLU: ['negative_slope', ...INPLACE],
  GELU: ['approximate'],
  SiLU: INPLACE,
  Mish: INPLACE,
  ELU: ['alpha', ...INPLACE],
  SELU: INPLACE,
  CELU: ['alpha', ...INPLACE],
  Softplus: ['beta', 'threshold'],
  Softsign: [],
  Softshrink: ['lambd'],
  Hardshrink: ['lambd'],
  Hardtanh: ['min_val', 'max_val', ...INPLACE, 'min_value', 'max_value'],
  Hardsigmoid: INPLACE,
  Hardswish: INPLACE,
  ReLU6: INPLACE,
  RReLU: ['lower', 'upper', ...INPLACE],
  LogSigmoid: [],
  Tanhshrink: [],
  Threshold: ['threshold', 'value', ...INPLACE],
  PReLU: ['num_parameters', 'init', 'device', 'dtype'],
};

/** A call written with PyTorch's module (F.elu, nn.ELU), for its arguments to bind as PyTorch binds them. */
export interface TorchCall {
  /** As messages name it: F.elu, nn.ELU. */
  call: string;
  signature: readonly string[];
}

/** Arguments PyTorch (or transformers) requires (no default): a call without them fails in a script. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'F.prelu': ['weight'],
  'F.threshold': ['threshold', 'value'],
  'nn.Threshold': ['threshold', 'value'],
  ClippedGELUActivation: ['min', 'max'],
};

/** How each call that needs an example of its required arguments is written with them. */
const EXAMPLES: Readonly<Record<string, string>> = {
  'F.prelu': 'F.prelu(x, torch.tensor([0.25]))',
  ClippedGELUActivation: 'ClippedGELUActivation(-10, 10)',
};

type Argument = (value: string) => { param: string } | { error: string } | undefined;

const flag = (v: string) => (v === 'True' || v === 'False' ? undefined : { error: 'expected True or False' });

/**
 * The arguments that are not actplot's parameters of the same name: what each means here (undefined: it changes
 * no value).
 */
const OTHERS: Readonly<Record<string, Argument>> = {
  inplace: flag,
  // F.rrelu draws a random slope for each value while training; actplot draws evaluation mode's mean slope.
  training: (v) => (v === 'False' ? undefined : { error: 'random slopes; actplot draws evaluation mode (False)' }),
  // One slope for every value; more are a slope for each channel of a batch.
  num_parameters: (v) =>
    v === '1' ? undefined : { error: 'a slope for each channel; actplot draws one for all of x (1)' },
  init: () => ({ param: 'weight' }),
  // Hardtanh's older names, which PyTorch still takes (over min_val and max_val) with a warning.
  min_value: (v) => (v === 'None' ? undefined : { param: 'min_val' }),
  max_value: (v) => (v === 'None' ? undefined : { param: 'max_val' }),
  device: () => undefined,
  dtype: (v) => (v === 'None' ? undefined : { error: "the values' type is --dtype's here, or dtype= in the x line" }),
};

/**
 * Arguments of one call's own that no other call means the same by: transformers' classes' that are no
 * parameter of the function drawn. GELU's Python formula is another function of ACT2FN (gelu_python,
 * gelu_python_tanh); XIELUActivation's dtype is its parameters' type, not the values', kept at its default.
 */
const pythonGelu = (name: string, flagName: string): Record<string, Argument> => ({
  [flagName]: (v) => (v === 'False' ? undefined : { error: `the Python formula is ACT2FN["${name}"]` }),
});
const OWN: Readonly<Record<string, Readonly<Record<string, Argument>>>> = {
  GELUActivation: pythonGelu('gelu_python', 'use_gelu_python'),
  GELUTanh: pythonGelu('gelu_python_tanh', 'use_gelu_tanh_python'),
  PytorchGELUTanh: pythonGelu('gelu_python_tanh', 'use_gelu_tanh_python'),
  XIELUActivation: {
    dtype: (v) =>
      v === 'torch.bfloat16' ? undefined : { error: "actplot keeps xIELU's parameters in its default, torch.bfloat16" },
    with_vector_loads: flag,
  },
};

/** How an argument of a call is read: the call's own meaning, else the common one (OTHERS), else a parameter. */
function readerOf(call: string, k: string): Argument | undefined {
  const own = OWN[call];
  if (own && Object.hasOwn(own, k)) return own[k];
  return Object.hasOwn(OTHERS, k) ? OTHERS[k] : undefined;
}

/**
 * A call's arguments (after x, or a module's) bound to PyTorch's names, then to actplot's parameters, as text;
 * or why they cannot be.
 */
export function torchArguments(
  call: string,
  signature: readonly string[],
  inOrder: readonly string[],
  named: Readonly<Record<string, string>>,
): { params: Record<string, string> } | { error: string } {
  const after = call.startsWith('F.') ? ' after x' : '';
  if (inOrder.length > signature.length) {
    const n = signature.length;
    const takes = n ? `at most ${n} argument${n === 1 ? '' : 's'}${after} (${signature.join(', ')})` : `none${after}`;
    return { error: `${call} takes ${takes}; ${inOrder.length} given` };
  }
  const given = new Map<string, string>(inOrder.map((v, i) => [signature[i], v]));
  for (const [k, v] of Object.entries(named)) {
    if (!signature.includes(k)) {
      return { error: `${call} has no parameter '${k}'; it takes ${signature.join(', ') || 'none'}` };
    }
    if (given.has(k)) return { error: `${k} is given twice, in order and by name` };
    given.set(k, v);
  }
  const missing = (REQUIRED[call] ?? []).filter((k) => !given.has(k));
  if (missing.length) {
    const e = EXAMPLES[call] ?? `${call}(${call.startsWith('F.') ? 'x, ' : ''}0.1, 20)`;
    const source = call.startsWith('F.') || call.startsWith('nn.') ? 'PyTorch' : 'transformers';
    return { error: `${call} needs ${missing.join(' and ')}, as in ${source}, e.g. ${e}` };
  }
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  // PyTorch's own names first, so that Hardtanh's min_value, given, replaces min_val as PyTorch replaces it.
  const aside = (k: string) => Number(readerOf(call, k) !== undefined);
  const order = [...given.keys()].sort((a, b) => aside(a) - aside(b));
  for (const k of order) {
    const v = given.get(k)!;
    const read = readerOf(call, k);
    const other = read ? read(v) : { param: k };
    if (other && 'error' in other) return { error: `${call}: ${k}=${v}: ${other.error}` };
    if (other) params[other.param] = v;
  }
  return { params };
}
