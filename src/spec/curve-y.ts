/**
 * A curve's y as a script writes it, as it is drawn: an expression in x, the exact derivative of one where the
 * whole y is a gradient autograd computes (torch.autograd.grad(y.sum(), x)[0], x.grad), or numpy's gradient of
 * its values (np.gradient(y, x)), numpy's differences of neighbouring samples. Pure.
 */
import { badValue, type FieldPath } from '../errors';
import { curveExpression } from '../functions/autograd';
import { withoutConversions } from '../functions/conversions';
import { closingParen, isPyNumber, argumentTexts } from '../pycall';

export interface CurveY {
  expr: string;
  derivative?: true;
  gradient?: 'x' | number;
}

const NP_GRADIENT = /^(?:np|numpy)\.gradient\(/;

/**
 * The curve a y text draws.
 *
 * @example
 *   curveY('np.gradient(np.tanh(x), x)', ['plot']); // { expr: 'np.tanh(x)', gradient: 'x' }
 */
export function curveY(text: string, at: FieldPath): CurveY {
  const call = wholeCall(withoutConversions(text));
  if (call !== undefined) return numpyGradientOf(call, text, at);
  const { expr, derivative } = curveExpression(text, at);
  return derivative ? { expr, derivative } : { expr };
}

/** The arguments of np.gradient(...) where it is the whole text (in parentheses or not); else undefined. */
function wholeCall(text: string): string | undefined {
  let t = text.trim();
  // Parentheses that enclose all of it, taken off: ((y)) to y.
  while (t.startsWith('(') && closingParen(t, 0) === t.length - 1) t = t.slice(1, -1).trim();
  const m = NP_GRADIENT.exec(t);
  if (!m) return undefined;
  const open = m[0].length - 1;
  return closingParen(t, open) === t.length - 1 ? t.slice(open + 1, -1) : undefined;
}

/** np.gradient(f, *varargs, edge_order=1): the values, and their coordinates or spacing. */
function numpyGradientOf(args: string, text: string, at: FieldPath): CurveY {
  const { positional, keywords } = argumentTexts(args);
  for (const [name, value] of keywords) {
    if (name !== 'edge_order' || value !== '1') {
      throw badValue(at, text.trim(), "np.gradient(y, x): its edge_order=1 (numpy's default) alone is drawn");
    }
  }
  if (positional.length < 1 || positional.length > 2) {
    throw badValue(at, text.trim(), 'np.gradient(y), np.gradient(y, x) or np.gradient(y, spacing)');
  }
  const [expr, spacing] = positional;
  if (spacing === undefined) return { expr, gradient: 1 };
  const bare = spacing.replace(/^\((.*)\)$/s, '$1').trim();
  if (bare === 'x') return { expr, gradient: 'x' };
  const h = Number(bare);
  if (!Number.isFinite(h) || h === 0 || !isPyNumber(bare)) {
    throw badValue(at, text.trim(), "np.gradient(y, x) of the panel's x, or of a spacing written out (0.1)");
  }
  return { expr, gradient: h };
}
