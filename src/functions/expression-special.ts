/**
 * The expression's functions of several arguments as numpy and torch write them: max, min, pow, heaviside;
 * where(cond, a, b); clip(a, lo, hi) and clamp(a, min=None, max=None) (None: no bound); zeros_like(a),
 * ones_like(a) and full_like(a, v), the constant at every value of a. Pure; `fail` reports a problem at the
 * call's column.
 */
import { binaryNode, clipNode, constant, heavisideNode, whereNode, type Node } from './expression-nodes';

export const SPECIAL = [
  'max',
  'min',
  'pow',
  'where',
  'clip',
  'clamp',
  'heaviside',
  'zeros_like',
  'ones_like',
  'full_like',
];

/** The node of a call of one of SPECIAL, or undefined for another name. */
export function specialNode(
  n: string,
  args: Node[],
  named: Record<string, string>,
  fail: (what: string) => never,
): Node | undefined {
  if (!SPECIAL.includes(n)) return undefined;
  // A bound given by name (clamp(x, min=0)): a number, as a constant node.
  const bound = (v: string | undefined) => {
    if (v === undefined || v === 'None') return undefined;
    const c = Number(v);
    if (!Number.isFinite(c)) fail(`expected a number for a bound of ${n}; got '${v}'`);
    return constant(c);
  };
  if (n === 'clamp' || n === 'clip') {
    const keys = Object.keys(named);
    const unknown = keys.find((k) => k !== 'min' && k !== 'max');
    if (unknown || args.length < 1 || args.length + keys.length > 3 || (args.length > 1 && keys.length)) {
      fail(`${n} takes a value and its bounds: ${n}(x, 0, 6) or ${n}(x, min=0, max=6)`);
    }
    const [a, lo, hi] = args;
    return clipNode(a, lo ?? bound(named.min), hi ?? bound(named.max));
  }
  if (n === 'zeros_like' || n === 'ones_like') {
    if (args.length !== 1 || Object.keys(named).length) fail(`${n} takes one argument, the values it is shaped as`);
    return constant(n === 'zeros_like' ? 0 : 1);
  }
  if (n === 'full_like') {
    const value = args[1] ?? bound(named.fill_value);
    if (args.length + Object.keys(named).length !== 2 || !value) {
      fail('full_like takes the values it is shaped as and a value: full_like(x, 0.5)');
    }
    return value;
  }
  const count = n === 'where' ? 3 : 2;
  if (args.length !== count || Object.keys(named).length) fail(`${n} takes ${count === 3 ? 'three' : 'two'} arguments`);
  if (n === 'where') return whereNode(args[0], args[1], args[2]);
  if (n === 'heaviside') return heavisideNode(args[0], args[1]);
  return binaryNode(n as 'max' | 'min' | 'pow', args[0], args[1]);
}
