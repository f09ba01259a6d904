/**
 * How a script reaches transformers' activations (src/transformers/activations.py): by name through ACT2FN,
 * ACT2CLS or get_activation, and by class (NewGELUActivation()). A table, so that reading a script's names
 * does not load the functions themselves. Pure.
 */

/**
 * transformers' ACT2CLS, in its order: each name a model's config.json may give as "hidden_act", and the
 * function actplot draws for it (the torch.nn ones are registered with PyTorch's functions).
 */
export const ACT2CLS: readonly (readonly [name: string, fn: string])[] = [
  ['gelu', 'gelu'],
  ['gelu_10', 'gelu_10'],
  ['gelu_fast', 'gelu_fast'],
  ['gelu_new', 'gelu_new'],
  ['gelu_python', 'gelu_python'],
  ['gelu_pytorch_tanh', 'gelu_pytorch_tanh'],
  ['gelu_python_tanh', 'gelu_python_tanh'],
  ['gelu_accurate', 'gelu_accurate'],
  ['laplace', 'laplace'],
  ['leaky_relu', 'leaky-relu'],
  ['linear', 'linear'],
  ['mish', 'mish'],
  ['quick_gelu', 'quick-gelu'],
  ['relu', 'relu'],
  ['relu2', 'relu2'],
  ['relu6', 'relu6'],
  ['sigmoid', 'sigmoid'],
  ['silu', 'silu'],
  ['swish', 'silu'],
  ['tanh', 'tanh'],
  ['prelu', 'prelu'],
  ['xielu', 'xielu'],
];

/**
 * transformers' own activation classes, each with the ACT2CLS name of what it computes and its __init__'s
 * parameters after self, in order (ClippedGELUActivation(min, max)): arguments bind to them as Python binds
 * them (torch-signatures.ts). PytorchGELUTanh is the older name GELUTanh keeps. LaplaceActivation's mu and
 * sigma are its forward()'s, not its constructor's.
 */
export const TRANSFORMERS_CLASSES: Readonly<Record<string, { name: string; signature: readonly string[] }>> = {
  GELUActivation: { name: 'gelu', signature: ['use_gelu_python'] },
  FastGELUActivation: { name: 'gelu_fast', signature: [] },
  NewGELUActivation: { name: 'gelu_new', signature: [] },
  GELUTanh: { name: 'gelu_pytorch_tanh', signature: ['use_gelu_tanh_python'] },
  PytorchGELUTanh: { name: 'gelu_pytorch_tanh', signature: ['use_gelu_tanh_python'] },
  AccurateGELUActivation: { name: 'gelu_accurate', signature: [] },
  ClippedGELUActivation: { name: 'gelu_10', signature: ['min', 'max'] },
  LaplaceActivation: { name: 'laplace', signature: [] },
  LinearActivation: { name: 'linear', signature: [] },
  MishActivation: { name: 'mish', signature: [] },
  QuickGELUActivation: { name: 'quick_gelu', signature: [] },
  ReLUSquaredActivation: { name: 'relu2', signature: [] },
  SiLUActivation: { name: 'silu', signature: [] },
  XIELUActivation: {
    name: 'xielu',
    signature: ['alpha_p_init', 'alpha_n_init', 'beta', 'eps', 'dtype', 'with_vector_loads'],
  },
};

/** The function an ACT2CLS name draws, as an expression calls it (quick_gelu: its registered name has a hyphen). */
export function act2clsFunction(name: string): string | undefined {
  const fn = ACT2CLS.find(([n]) => n === name)?.[1];
  if (fn === undefined) return undefined;
  return /^[A-Za-z_]\w*$/.test(fn) ? fn : name;
}
