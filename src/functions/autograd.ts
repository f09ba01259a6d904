/**
 * PyTorch's autograd as scripts write it to draw a derivative: `torch.autograd.grad(y.sum(), x)[0]`,
 * `y.backward(torch.ones_like(x))` then `x.grad`. Each is the derivative of y's expression with respect to x,
 * element by element (each y[i] depends on x[i] alone), which actplot computes exactly from the expression
 * (forward-mode, expression.ts) rather than by running a graph. Pure.
 *
 * Between the reading of a script's lines and the drawing, a gradient is written `torch.autograd.grad(Y, x)`:
 * the call without its tuple's `[0]`, which no script writes, so that it is never taken for one of theirs. A
 * curve whose whole y is one is drawn as the derivative of Y (curveExpression); inside a larger expression it is
 * refused (expression.ts), since the expression's own derivative would need Y's second.
 */
import { badValue, type FieldPath } from '../errors';
import { closingParen, splitOutside, unwrapped } from '../pycall';
import { withoutConversions } from './conversions';
import { GRAD_CALL } from './qualified-names';

/** The gradient of Y with respect to x, as the text carries it. */
export function gradientOf(expression: string, input = 'x'): string {
  return `${GRAD_CALL}(${expression}, ${input})`;
}

/**
 * A curve's y that is a gradient of x as a whole: the expression it is the derivative of; undefined for any
 * other text (a gradient of anything but x is left for the expression reader to refuse).
 */
function derivativeOf(text: string): string | undefined {
  const t = unwrapped(text);
  if (!t.startsWith(`${GRAD_CALL}(`) || !t.endsWith(')')) return undefined;
  const args = splitOutside(t.slice(GRAD_CALL.length + 1, -1), ',');
  if (args.length !== 2 || unwrapped(args[1]) !== 'x') return undefined;
  return args[0];
}

/**
 * A curve's y as it is drawn: an expression, or the derivative of one where the whole y is a gradient
 * (torch.autograd.grad(y.sum(), x)[0], or x.grad as a script's backward() line leaves it).
 *
 * @example
 *   curveExpression('torch.autograd.grad(torch.tanh(x).sum(), x)[0]', ['plot']);
 *   // { expr: 'torch.tanh(x)', derivative: true }
 */
export function curveExpression(text: string, at: FieldPath): { expr: string; derivative: boolean } {
  const plain = withoutConversions(text);
  const inner = derivativeOf(withGradients(plain, at) ?? plain);
  return inner === undefined ? { expr: text, derivative: false } : { expr: inner, derivative: true };
}

/** grad_outputs (backward's gradient) of ones, the shape of x or y: what makes the result the derivative. */
const ONES = /^(?:torch\.ones_like\(\s*[A-Za-z_][\w.]*\s*\)|torch\.ones\(\s*[A-Za-z_][\w.]*\.(?:shape|size\(\))\s*\))$/;

/** The outputs' expression: Y.sum() alone, or Y with ones as its grad_outputs. */
function summed(outputs: string, gradOutputs: string | undefined, call: string, at: FieldPath): string {
  const sum = /^([^]*)\.sum\(\s*\)$/.exec(outputs.trim());
  if (sum && gradOutputs === undefined) return sum[1];
  if (!sum && gradOutputs !== undefined && ONES.test(gradOutputs.trim())) return outputs;
  const mean = /\.mean\(\s*\)$/.test(outputs.trim());
  throw badValue(
    at,
    call,
    `the derivative as scripts take it: of y.sum(), or of y with torch.ones_like(x) as its gradient` +
      (mean ? ' (of y.mean() it is divided by the count of points, which actplot does not draw)' : ''),
  );
}

const GRAD_CALL_TEXT = /\b(?:torch\.)?autograd\.grad\(/g;

/**
 * Every `torch.autograd.grad(outputs, inputs, grad_outputs, ...)[0]` of a text as the gradient it computes
 * (gradientOf), the rest as it is. Undefined where the text has none.
 */
export function withGradients(text: string, at: FieldPath): string | undefined {
  if (!text.includes('autograd.grad(')) return undefined;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(GRAD_CALL_TEXT)) {
    const start = m.index!;
    if (start < from) continue;
    const open = start + m[0].length - 1;
    const close = closingParen(text, open);
    const index = /^\s*\[\s*0\s*\]/.exec(text.slice(close + 1));
    // Without its [0]: a gradient as this module writes it, left as it is.
    if (close < 0 || !index) continue;
    const call = text.slice(start, close + 1);
    out += text.slice(from, start) + gradientCall(text.slice(open + 1, close), call, at);
    from = close + 1 + index[0].length;
  }
  return out + text.slice(from);
}

/** A call's arguments as written, in order and by name (the values are expressions, read where they are used). */
function argumentsOf(args: string, names: readonly string[], call: string, at: FieldPath): Record<string, string> {
  const out: Record<string, string> = {};
  splitOutside(args, ',')
    .map((a) => a.trim())
    .filter(Boolean)
    .forEach((a, k) => {
      const named = /^([A-Za-z_]\w*)\s*=(?!=)\s*([^]*)$/.exec(a);
      const name = named ? named[1] : names[k];
      if (name === undefined || !names.includes(name) || name in out) {
        throw badValue(at, call, `its arguments as PyTorch takes them: ${names.join(', ')}`);
      }
      out[name] = named ? named[2] : a;
    });
  return out;
}

/** One autograd.grad call's arguments as the gradient they ask for. */
function gradientCall(args: string, call: string, at: FieldPath): string {
  const given = argumentsOf(
    args,
    ['outputs', 'inputs', 'grad_outputs', 'retain_graph', 'create_graph', 'only_inputs', 'allow_unused'],
    call,
    at,
  );
  if (given.outputs === undefined || given.inputs === undefined) {
    throw badValue(at, call, 'torch.autograd.grad(outputs, inputs, ...), e.g. torch.autograd.grad(y.sum(), x)[0]');
  }
  // x, (x,) or [x]: one input.
  const input = /^[([]?\s*([A-Za-z_]\w*)\s*,?\s*[)\]]?$/.exec(given.inputs.trim())?.[1];
  if (input === undefined) throw badValue(at, call, 'one input, x: the gradient of x alone is drawn');
  return gradientOf(summed(given.outputs, given.grad_outputs, call, at), input);
}

/** What a backward() line says: the gradient it adds to x.grad, of Y as written. */
const BACKWARD = /^\s*([^]+?)\.backward\(([^]*)\)\s*$/;
/** x.grad set to zeros, or let go. */
const GRAD_ZEROED = /^\s*x\.grad(?:\.data)?\.(?:zero_\(\s*\)|fill_\(\s*0(?:\.0*)?\s*\))\s*$/;
const GRAD_CLEARED = /^\s*x\.grad\s*=\s*None\s*$/;
/** Lines that ask for gradients to be kept, which change no value. */
const REQUIRES_GRAD =
  /^\s*[A-Za-z_]\w*\.(?:requires_grad_\(\s*(?:True|requires_grad\s*=\s*True)?\s*\)|retain_grad\(\s*\))\s*$|^\s*[A-Za-z_]\w*\.requires_grad\s*=\s*True\s*$/;

export type AutogradLine = { backward: string } | { zeroed: true } | { cleared: true } | { nothing: true };

/** A script's line of autograd (backward(), x.grad.zero_(), x.requires_grad_()), or undefined for any other. */
export function autogradLine(line: string, at: FieldPath): AutogradLine | undefined {
  if (REQUIRES_GRAD.test(line)) return { nothing: true };
  if (GRAD_ZEROED.test(line)) return { zeroed: true };
  if (GRAD_CLEARED.test(line)) return { cleared: true };
  const m = BACKWARD.exec(line);
  if (!m) return undefined;
  const given = argumentsOf(m[2], ['gradient', 'retain_graph', 'create_graph', 'inputs'], line.trim(), at);
  return { backward: summed(m[1], given.gradient, line.trim(), at) };
}
