/**
 * Python's truth of an `if`'s condition over values written out (a loop's item, a value line): a literal, a
 * comparison (`approx == 'none'`, `beta > 1`, `name in ['relu', 'gelu']`, `a is None`) and `not`, `and`, `or`
 * of them. Pure. Written here rather than evaluated (actplot never runs a script's code): these are a grammar of
 * a few rules over the literals pycall/ reads.
 */
import { UsageError, type FieldPath } from '../errors';
import { parseCallArgs, topLevelIndex, unwrapped, type PyValue } from '../pycall';

/** A name's value as written (a number's text, a quoted string), or undefined where the script has none. */
type ValueOf = (name: string) => string | undefined;

const COMPARISON = /\s*(==|!=|<=|>=|<|>|\bnot\s+in\b|\bin\b|\bis\s+not\b|\bis\b)\s*/;

/**
 * Python's truth of a condition written out, or of `__name__ == '__main__'` (the script is run as a program,
 * as `actplot script` reads it).
 */
export function truthy(condition: string, at: FieldPath, valueOf: ValueOf = () => undefined): boolean {
  if (/^__name__\s*==\s*(['"])__main__\1$/.test(condition.trim())) return true;
  const refused = new UsageError(at, {
    problem: `if ${condition.trim()}: only a condition of values written out (a loop's item: a text, a number, None; their comparisons) is read`,
  });
  const value = (text: string): PyValue => {
    const written = /^[A-Za-z_]\w*$/.test(text) && !/^(?:True|False|None)$/.test(text) ? valueOf(text) : text;
    if (written === undefined) throw refused;
    try {
      const { positional, keywords } = parseCallArgs(written, at);
      // A bare name left (a value of the script's not written out) is read as its text: refused.
      const v = positional[0];
      if (positional.length !== 1 || Object.keys(keywords).length) throw refused;
      if (typeof v === 'string' && !/^[rRuU]?['"]/.test(written.trim())) throw refused;
      return v;
    } catch {
      throw refused;
    }
  };
  return isTrue(evaluate(condition.trim(), value, refused, 0));
}

function evaluate(text: string, value: (text: string) => PyValue, refused: Error, depth: number): PyValue {
  if (depth > 20) throw refused;
  const t = unwrapped(text);
  const ors = splitWords(t, 'or');
  if (ors.length > 1) {
    // Python's or gives the first true operand, else the last; and the first false one, else the last.
    for (const part of ors.slice(0, -1)) {
      const v = evaluate(part, value, refused, depth + 1);
      if (isTrue(v)) return v;
    }
    return evaluate(ors[ors.length - 1], value, refused, depth + 1);
  }
  const ands = splitWords(t, 'and');
  if (ands.length > 1) {
    for (const part of ands.slice(0, -1)) {
      const v = evaluate(part, value, refused, depth + 1);
      if (!isTrue(v)) return v;
    }
    return evaluate(ands[ands.length - 1], value, refused, depth + 1);
  }
  const not = /^not\b\s*([^]*)$/.exec(t);
  if (not) return !isTrue(evaluate(not[1], value, refused, depth + 1));
  return comparison(t, value, refused);
}

/** A chain of comparisons (a < b < c is a < b and b < c), or one operand. */
function comparison(text: string, value: (text: string) => PyValue, refused: Error): PyValue {
  const parts = splitComparison(text);
  if (parts.length === 1) return value(text);
  const operands = parts.filter((_, i) => i % 2 === 0).map(value);
  for (let i = 0; i + 1 < operands.length; i++) {
    if (!compare(operands[i], parts[2 * i + 1].replace(/\s+/g, ' '), operands[i + 1], refused)) return false;
  }
  return true;
}

function compare(a: PyValue, op: string, b: PyValue, refused: Error): boolean {
  switch (op) {
    case '==':
      return equal(a, b);
    case '!=':
      return !equal(a, b);
    case 'is':
    case 'is not':
      // Only `is None` tells the same thing in every Python: identity of other values is not their equality.
      if (a !== null && b !== null) throw refused;
      return (a === b) === (op === 'is');
    case 'in':
    case 'not in':
      return contains(b, a, refused) === (op === 'in');
    default: {
      const [x, y] = [ordered(a), ordered(b)];
      if (x === undefined || y === undefined || typeof x !== typeof y) throw refused;
      return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
    }
  }
}

/** A value as Python orders it: a number (True is 1), or a text; undefined for anything else. */
const ordered = (v: PyValue): number | string | undefined =>
  typeof v === 'boolean' ? Number(v) : typeof v === 'number' || typeof v === 'string' ? v : undefined;

function equal(a: PyValue, b: PyValue): boolean {
  const [x, y] = [typeof a === 'boolean' ? Number(a) : a, typeof b === 'boolean' ? Number(b) : b];
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => equal(v, y[i]));
  }
  if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null) {
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => k in y && equal(x[k], y[k]));
  }
  return x === y;
}

function contains(container: PyValue, item: PyValue, refused: Error): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw refused;
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((v) => equal(v, item));
  if (typeof container === 'object' && container !== null) return typeof item === 'string' && item in container;
  throw refused;
}

/** Python's truth of a value: false for None, False, 0, '' and empty lists and dicts. */
function isTrue(v: PyValue): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && v !== null) return Object.keys(v).length > 0;
  return v !== null && v !== false && v !== 0 && v !== '';
}

/**
 * The text split at a word (`or`, `and`) standing outside brackets and strings. Each part is trimmed; a word
 * at either end leaves an empty part, which its reading refuses.
 */
function splitWords(text: string, word: string): string[] {
  return splitTopLevel(text, new RegExp(String.raw`\s+${word}\s+`, 'y'));
}

/** A comparison's operands and operators, alternately, split outside brackets and strings. */
function splitComparison(text: string): string[] {
  return splitTopLevel(text, new RegExp(COMPARISON.source, 'y'), true);
}

function splitTopLevel(text: string, separator: RegExp, keep = false): string[] {
  const out: string[] = [];
  let start = 0;
  /** The separator matched where the scan stopped. */
  const last: { match?: RegExpExecArray } = {};
  const at = (i: number) => {
    separator.lastIndex = i;
    const m = i > start ? separator.exec(text) : null;
    // A word operator stands alone: not the end of a name (`origin`) nor the start of one (`index`).
    if (!m || (/^\w/.test(m[0]) && /\w/.test(text[i - 1] ?? ''))) return false;
    last.match = m;
    return true;
  };
  for (let i = topLevelIndex(text, 0, at); i >= 0; i = topLevelIndex(text, start, at)) {
    out.push(text.slice(start, i).trim());
    if (keep) out.push(last.match![1]);
    start = i + last.match![0].length;
  }
  out.push(text.slice(start).trim());
  return out;
}
