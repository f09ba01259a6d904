/**
 * An expression's tokens (expression.ts parses them): numbers, names (module-qualified ones too: np.exp),
 * Python strings, operators. Errors name the column. Pure.
 */
import { UsageError, type FieldPath } from '../errors';

export type Field = string | FieldPath;

export interface Token {
  kind: 'num' | 'name' | 'str' | 'op' | 'end';
  text: string;
  col: number;
  value?: number;
}

export class ExpressionError extends UsageError {}

export function fail(option: Field, source: string, col: number, what: string): never {
  throw new ExpressionError(option, { problem: `at column ${col} of '${source}': ${what}` });
}

export function tokenize(src: string, option: Field): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(src.slice(i));
    if (num) {
      out.push({ kind: 'num', text: num[0], col: i + 1, value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    // A name, or one qualified by its module as scripts write it (torch.sigmoid, np.exp): qualified-names.ts.
    const name = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
    if (name) {
      out.push({ kind: 'name', text: name[0], col: i + 1 });
      i += name[0].length;
      continue;
    }
    if (c === "'" || c === '"') {
      // A Python string, as a parameter's value is written in a script: approximate='tanh'.
      const end = src.indexOf(c, i + 1);
      if (end < 0) fail(option, src, i + 1, `a string without its closing ${c}`);
      out.push({ kind: 'str', text: src.slice(i + 1, end), col: i + 1 });
      i = end + 1;
      continue;
    }
    const op = ['**', '<=', '>=', '==', '!='].find((two) => src.startsWith(two, i)) ?? c;
    if ('+-*/^(),=<>&|'.includes(op) || op.length === 2) {
      out.push({ kind: 'op', text: op, col: i + 1 });
      i += op.length;
      continue;
    }
    fail(option, src, i + 1, `unexpected character '${c}'`);
  }
  out.push({ kind: 'end', text: 'end of expression', col: src.length + 1 });
  return out;
}
