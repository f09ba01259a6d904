/**
 * A PyTorch script's conversions of a tensor to an array, which change no value: plt.plot(x.numpy(),
 * F.relu(x).detach().numpy()) draws what plt.plot(x, F.relu(x)) draws; and a tensor of one number written
 * out, F.prelu(x, torch.tensor([0.25])), which is that number element by element. Taken out of a call's or an
 * expression's text before it is read; quoted strings (a label) are kept as they are. Pure.
 */

/**
 * A conversion method called with no arguments, the .data attribute, .astype(float) (a comparison's 0s and
 * 1s are numbers here already), or .requires_grad_(True), which asks autograd to follow the tensor.
 */
const CONVERSION =
  /\.(?:detach|cpu|numpy|tolist|clone|float|double|squeeze|flatten|ravel|contiguous)\(\s*\)|\.data\b(?!\s*\()|\.astype\(\s*(?:float|np\.float64|'float64'|"float64")\s*\)|\.requires_grad_\(\s*(?:True|requires_grad\s*=\s*True)?\s*\)/g;
const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
/**
 * torch.tensor(0.25), torch.tensor([0.25]), torch.Tensor([0.25]), torch.as_tensor(0.25), torch.full((1,), 0.25):
 * one number (a dtype= would round it, and is left for the reader to refuse).
 */
const SCALAR_TENSOR = new RegExp(
  String.raw`\btorch\.(?:(?:tensor|Tensor|as_tensor)\(\s*(?:\[\s*(${NUMBER})\s*,?\s*\]|(${NUMBER}))` +
    String.raw`|full\(\s*\(\s*1\s*,?\s*\)\s*,\s*(${NUMBER}))\s*\)`,
  'g',
);

/** Python's quoted strings (split keeps them at the odd places). */
const STRINGS = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

export function withoutConversions(text: string): string {
  if (!text.includes('.')) return text;
  const plain = (part: string) =>
    part.replace(CONVERSION, '').replace(SCALAR_TENSOR, (_, a?: string, b?: string, c?: string) => a ?? b ?? c ?? '');
  return text
    .split(STRINGS)
    .map((part, i) => (i % 2 ? part : plain(part)))
    .join('');
}
