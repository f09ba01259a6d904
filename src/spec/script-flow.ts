/**
 * A script's control flow, read without running it (spec/script.ts): a `for` loop over written-out items
 * unrolled into its body once an item, an `if` on a value written out (a loop's item) taken or passed over. Pure.
 */
import { UsageError, type FieldPath } from '../errors';
import { parseCallArgs, splitOutside, type PyValue } from '../pycall';
import { statementLines } from './script-definitions';

export const FOR = /^\s*for\s+([^]+?)\s+in\s+([^]+?)\s*:([^]*)$/;
export const IF = /^\s*if\s+([^]+?)\s*:([^]*)$/;

/**
 * Python's truth of a condition written out as a literal (a text, a number, None, True/False, a list), or of
 * `__name__ == '__main__'`.
 */
export function truthy(condition: string, at: FieldPath): boolean {
  // The script run as a program, as `actplot script` reads it.
  if (/^__name__\s*==\s*(['"])__main__\1$/.test(condition.trim())) return true;
  const refused = new UsageError(at, {
    problem: `if ${condition}: only a condition written out (a loop's item: a text, a number, None) is read`,
  });
  let v: PyValue;
  try {
    const { positional, keywords } = parseCallArgs(condition, at);
    if (positional.length !== 1 || Object.keys(keywords).length) throw refused;
    v = positional[0];
  } catch {
    throw refused;
  }
  // A bare name (a value of the script's) is read as its text: not written out.
  if (typeof v === 'string' && !/^[rR]?['"]/.test(condition.trim())) throw refused;
  if (Array.isArray(v)) return v.length > 0;
  return v !== null && v !== false && v !== 0 && v !== '';
}

/** A for loop's body, for each item of its iterable, with the loop's names written out as the item's parts. */
export function unroll(
  m: RegExpExecArray,
  axesNames: Map<string, number | { cols: number }>,
  cells: number,
  fail: (problem: string) => never,
): string[] {
  const [, targets, iterable, rest] = m;
  const items = itemsOf(iterable.trim(), axesNames, cells, fail);
  const body = dedent(rest.replace(/^[ \t]*\n/, ''));
  if (!body.trim()) fail('a for loop without its body');
  const out: string[] = [];
  for (const item of items) {
    const bound = new Map<string, string>();
    bind(targets.trim(), item, bound, fail);
    for (const st of statementLines(body)) out.push(substituteNames(st.text, bound));
  }
  return out;
}

/** The items of a loop's iterable, as text: a literal list or tuple, zip() and enumerate() of such, the axes. */
function itemsOf(
  text: string,
  axesNames: Map<string, number | { cols: number }>,
  cells: number,
  fail: (problem: string) => never,
): string[] {
  const call = /^(zip|enumerate|range)\s*\(([^]*)\)$/.exec(text);
  if (call) {
    const args = splitOutside(call[2], ',');
    if (call[1] === 'range') {
      const [a, b] = args.map(Number);
      const [from, to] = args.length === 1 ? [0, a] : [a, b];
      if (![from, to].every(Number.isInteger) || to - from > 100)
        fail(`range(${call[2]}) of at most 100 whole numbers`);
      return Array.from({ length: Math.max(0, to - from) }, (_, i) => String(from + i));
    }
    const lists = args.map((a) => itemsOf(a, axesNames, cells, fail));
    if (call[1] === 'enumerate') return lists[0].map((item, i) => `(${i}, ${item})`);
    const n = Math.min(...lists.map((l) => l.length));
    return Array.from({ length: n }, (_, i) => `(${lists.map((l) => l[i]).join(', ')})`);
  }
  if (/^[[(]/.test(text) && /[\])]$/.test(text)) return splitOutside(text.slice(1, -1), ',');
  // The axes of a grid: axes, axes.flat, axs.ravel(), axes.flatten().
  const grid = /^([A-Za-z_]\w*)(?:\.flat|\.ravel\(\)|\.flatten\(\))?$/.exec(text);
  if (grid && typeof axesNames.get(grid[1]) === 'object') {
    return Array.from({ length: cells }, (_, i) => `${grid[1]}.flat[${i}]`);
  }
  return fail(`a loop over '${text}': actplot unrolls loops over written-out lists, zip(), enumerate() and the axes`);
}

/** The loop's names bound to an item's parts: `name, f` to `('sigmoid(x)', sigmoid)`, nested as written. */
function bind(targets: string, item: string, bound: Map<string, string>, fail: (problem: string) => never): void {
  const names = splitOutside(targets.replace(/^\((.*)\)$/s, '$1'), ',');
  if (names.length === 1 && !targets.includes(',')) {
    bound.set(names[0], item);
    return;
  }
  const parts = splitOutside(item.replace(/^[([](.*)[)\]]$/s, '$1'), ',');
  if (parts.length !== names.length) fail(`for ${targets} in ...: an item of ${names.length} parts, got ${item}`);
  names.forEach((n, i) => bind(n, parts[i], bound, fail));
}

/** Text with each name replaced, outside strings, where it is a name (not an attribute, not a keyword). */
export function substituteNames(text: string, bound: Map<string, string>): string {
  return text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(/(?<![\w.])([A-Za-z_]\w*)(?!\w)(?!\s*=(?!=))/g, (name: string) => bound.get(name) ?? name),
    )
    .join('');
}

export function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
