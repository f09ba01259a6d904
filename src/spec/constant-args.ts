/**
 * A pyplot call's arguments that a script computes from numbers (`plt.xlim(-np.pi, np.pi)`, `ylim(lo - 0.1,
 * hi + 0.1)`, `axhline(np.sqrt(2) / 2)`, `lw=2 * 1.5`) as the numbers they are, so that the call's reader, which
 * takes Python literals as a script copies them, reads them. Pure: the expression reader (never eval) computes
 * each, with the script's names written out.
 */
import type { FieldPath } from '../errors';
import { argumentTexts, closingBracket, isPyNumber, splitOutside } from '../pycall';
import { compileWithFunctions } from '../functions/registry';

/** A text that is a value as written, or that names the sampled x: left as it is. */
const LEFT = /^\s*(?:[rRuUbBfF]{0,2}['"]|\{|lambda\b|(?:True|False|None)\s*$)/;

/**
 * The call's arguments with each one computed from numbers alone written as its number; any other (a text, a
 * list, a name of no number, an expression in x or another range) as written. `inline` writes the script's
 * names out; `names` are the ranges', whose arguments are data. `keywordsOnly`: a plot's positional arguments
 * are its data, left as written; its keywords (`zorder=3 - k`, `lw=1 + 0.5 * i`) are folded as any call's.
 */
export function withConstantArguments(
  args: string,
  inline: (text: string) => string,
  ranges: readonly string[],
  at: FieldPath,
  keywordsOnly = false,
): string {
  // Most arguments are literals: nothing to compute, nothing to rewrite.
  if (!/[A-Za-z_(*/+-]/.test(args.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[eE][-+]?\d/g, ''))) return args;
  const { positional, keywords } = argumentTexts(args);
  const given = [...positional, ...[...keywords].map(([k, v]) => `${k}=${v}`)];
  const folded = [
    ...(keywordsOnly ? positional : positional.map((p) => constant(p, inline, ranges, at))),
    ...[...keywords].map(([k, v]) => `${k}=${constant(v, inline, ranges, at)}`),
  ];
  return folded.every((f, i) => f === given[i]) ? args : folded.join(', ');
}

function constant(text: string, inline: (text: string) => string, ranges: readonly string[], at: FieldPath): string {
  const t = text.trim();
  if (isPyNumber(t) || LEFT.test(t)) return text;
  // A list written out (xticks([-np.pi, 0, np.pi])): each item; a comprehension or an index is no list of values.
  if (t.startsWith('[') && t.endsWith(']')) {
    if (/\bfor\b/.test(t) || closingBracket(t, 0) !== t.length - 1) return text;
    return `[${splitOutside(t.slice(1, -1), ',')
      .map((item) => constant(item, inline, ranges, at))
      .join(', ')}]`;
  }
  // A tuple written out (xy=(np.pi / 2, 1)): each item.
  if (t.startsWith('(') && t.endsWith(')')) {
    const items = splitOutside(t.slice(1, -1), ',');
    if (items.length > 1 || /,\s*\)$/.test(t)) {
      const done = items.map((item) => constant(item, inline, ranges, at));
      return `(${done.join(', ')}${items.length === 1 ? ',' : ''})`;
    }
  }
  const names = t.match(/(?<![\w.])[A-Za-z_]\w*/g) ?? [];
  if (names.some((n) => n === 'x' || ranges.includes(n))) return text;
  // Not an expression of numbers: left, for the call's reader to say what it expected.
  const v = numberOf(t, inline, at);
  return v === undefined ? text : String(v);
}

/**
 * The number an expression of numbers makes (the script's names written out by `inline`), or undefined for one
 * that is no finite number of no x.
 */
export function numberOf(text: string, inline: (text: string) => string, at: FieldPath): number | undefined {
  try {
    const f = compileWithFunctions(inline(text), at);
    const v = f.value(0);
    // A value of no x: the same wherever it is taken.
    return Number.isFinite(v) && f.value(1) === v ? v : undefined;
  } catch {
    return undefined;
  }
}
