/**
 * A PyTorch script's conversions of a tensor to an array, which change no value: plt.plot(x.numpy(),
 * F.relu(x).detach().numpy()) draws what plt.plot(x, F.relu(x)) draws. Taken out of a call's or an
 * expression's text before it is read; quoted strings (a label) are kept as they are. Pure.
 */

/** A conversion method called with no arguments, or the .data attribute. */
const CONVERSION =
  /\.(?:detach|cpu|numpy|tolist|clone|float|double|squeeze|flatten|ravel|contiguous)\(\s*\)|\.data\b(?!\s*\()/g;
/** Python's quoted strings (split keeps them at the odd places). */
const STRINGS = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

export function withoutConversions(text: string): string {
  if (!text.includes('.')) return text;
  return text
    .split(STRINGS)
    .map((part, i) => (i % 2 ? part : part.replace(CONVERSION, '')))
    .join('');
}
