/**
 * fill_between's where=, as a script writes it: comparisons of expressions in x, numbers and the fill's own
 * bounds y1 and y2 (`x > 0`, `(relu(x) > gelu(x))`, `(x >= -1) & (x <= 1)`), joined by & or by |. Written
 * here because a script's where= is a numpy expression, which actplot's expressions (numbers, not truth
 * values) do not read; its comparisons are of two such expressions. Pure: text in, a condition out.
 */
import { badValue, type FieldPath } from '../errors';
import type { CurveSpec, WhereOp, WhereSide, WhereSpec } from './types';

const EXPECTED =
  "comparisons of expressions in x, numbers, y1 and y2, joined by & or |: 'x > 0', '(x >= -1) & (x <= 1)'";

/** The condition a where= text says; `curveOf` reads an expression or function as a curve. */
export function readWhere(text: string, at: FieldPath, curveOf: (text: string, at: FieldPath) => CurveSpec): WhereSpec {
  const whole = unwrapped(text.trim());
  const ands = splitTop(whole, '&');
  const ors = splitTop(whole, '|');
  if (ands.length > 1 && ors.length > 1) throw badValue(at, text, `${EXPECTED} (one of the two in a condition)`);
  const [join, parts] = ors.length > 1 ? (['|', ors] as const) : (['&', ands] as const);
  return { join, terms: parts.map((p) => term(unwrapped(p.trim()), text, at, curveOf)) };
}

function term(t: string, text: string, at: FieldPath, curveOf: (text: string, at: FieldPath) => CurveSpec) {
  const m = /^(.+?)(<=|>=|==|!=|<|>)(.+)$/s.exec(t);
  if (!m || /[<>=!]/.test(m[3].replace(/^=/, ''))) throw badValue(at, text, EXPECTED);
  if (m[2] === '==' || m[2] === '!=')
    throw badValue(at, text, `${EXPECTED}; == and != are matplotlib's, not drawn yet`);
  const side = (s: string): WhereSide => {
    const w = unwrapped(s.trim());
    if (w === 'y1' || w === 'y2') return { bound: w };
    const n = Number(w);
    if (w !== '' && Number.isFinite(n)) return { value: n };
    return { curve: curveOf(w, at) };
  };
  return { left: side(m[1]), op: m[2] as WhereOp, right: side(m[3]) };
}

/** The text without the parentheses that enclose all of it, however many. */
function unwrapped(t: string): string {
  while (t.startsWith('(') && t.endsWith(')') && closing(t, 0) === t.length - 1) t = t.slice(1, -1).trim();
  return t;
}

/** Where the parenthesis at `open` closes; -1 if it does not. */
function closing(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The parts of `t` between the `sep` characters outside parentheses. */
function splitTop(t: string, sep: '&' | '|'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')') depth--;
    else if (t[i] === sep && depth === 0) {
      parts.push(t.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(t.slice(start));
  return parts;
}
