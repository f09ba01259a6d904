/**
 * Python's conditional expression, `a if cond else b`, as the np.where(cond, a, b) it is value by value: a script's
 * element-by-element helper (`def leaky(v): return v if v > 0 else 0.1 * v`, `map(lambda v: ..., xs)`) gives
 * the same values over x. Pure. A comprehension's filter (`[v for v in xs if v > 0]`, in square brackets) is no
 * conditional expression, and is left as it is.
 */
import { closingBracket, topLevelIndex } from '../pycall';

/** The text with each conditional expression, at any depth of parentheses, as np.where(...). */
export function withConditionalsAsWhere(text: string): string {
  if (!/\bif\b/.test(text) || !/\belse\b/.test(text)) return text;
  // Each of a tuple's or an argument list's items alone: a conditional ends at a comma.
  return splitAtCommas(groupsDone(text)).map(conditional).join(',');
}

/** The text's parts between commas outside brackets and strings, as written (spaces kept). */
function splitAtCommas(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = topLevelChar(text, ',', 0); i >= 0; i = topLevelChar(text, ',', start)) {
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/** The text with the inside of each parenthesised group done first. */
function groupsDone(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    if (c === '(') {
      const close = closingBracket(text, i);
      if (close < 0) return text;
      out += `(${withConditionalsAsWhere(text.slice(i + 1, close))})`;
      i = close;
      continue;
    }
    out += c;
  }
  return out;
}

/** a if c else b at the top level of a text (its groups done): np.where(c, a, b), b itself maybe one. */
function conditional(text: string): string {
  const at = topLevelWord(text, 'if', 0);
  if (at < 0) return text;
  const otherwise = topLevelWord(text, 'else', at + 2);
  if (otherwise < 0) return text;
  const [a, c, b] = [text.slice(0, at), text.slice(at + 2, otherwise), text.slice(otherwise + 4)];
  // A lambda's body (lambda v: v if v > 0 else 0) is the conditional, not what holds the lambda.
  const lambda = /^(\s*lambda\b[^:]*:)([^]*)$/.exec(a);
  if (lambda) return `${lambda[1]} np.where(${c.trim()}, ${lambda[2].trim()}, ${conditional(b).trim()})`;
  if (!a.trim() || !c.trim() || !b.trim()) return text;
  return `np.where(${c.trim()}, ${a.trim()}, ${conditional(b).trim()})`;
}

/** Where a character stands outside brackets and strings, from `from`; -1 if nowhere. */
function topLevelChar(text: string, ch: string, from: number): number {
  return topLevelIndex(text, from, (i) => text[i] === ch);
}

/** Where a keyword stands alone outside brackets and strings, from `from`; -1 if nowhere. */
function topLevelWord(text: string, word: string, from: number): number {
  return topLevelIndex(
    text,
    from,
    (i) => text.startsWith(word, i) && !/\w/.test(text[i - 1] ?? '') && !/\w/.test(text[i + word.length] ?? ''),
  );
}
