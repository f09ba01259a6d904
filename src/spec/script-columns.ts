/**
 * plot(x, Y) of a 2-D Y, a line for each column, as matplotlib draws it: Y = np.stack([a, b], axis=1),
 * np.column_stack((a, b)), np.c_[a, b], np.vstack([a, b]).T (torch.stack(..., dim=1) too), given by name or in
 * the call. Read as one plot() per column, in order, each taking its turn of the colour cycle as matplotlib's
 * columns do; `lines = ax.plot(x, Y)` names the lines, a list (legend(lines, [...]), a loop over them).
 */
import { argumentTexts, joinedArguments, parseCallArgs, pyString, splitOutside } from '../pycall';
import type { FieldPath } from '../errors';

/** Y's columns, each as written, where a text stacks values as columns; else undefined. */
export function stackedColumns(text: string): string[] | undefined {
  const t = text.trim();
  const items = (list: string) => {
    const inner = /^[[(]([^]*)[\])]$/.exec(list.trim())?.[1];
    const parts = inner === undefined ? undefined : splitOutside(inner, ',').map((p) => p.trim());
    return parts?.length && parts.every(Boolean) ? parts : undefined;
  };
  // np.c_[a, b]: its items are columns.
  const c = /^(?:np|numpy)\.c_\[([^]*)\]$/.exec(t);
  if (c) return items(`[${c[1]}]`);
  const call = /^(?:np|numpy|torch)\.(stack|column_stack|vstack|array|tensor)\(([^]*)\)(\.T)?$/.exec(t);
  if (!call) return undefined;
  const [, how, args, transposed] = call;
  const { positional, keywords } = argumentTexts(args);
  if (positional.length !== 1) return undefined;
  const axis = keywords.get('axis') ?? keywords.get('dim') ?? '0';
  const byColumn =
    how === 'column_stack'
      ? !transposed
      : how === 'stack'
        ? (axis === '1' || axis === '-1') !== !!transposed
        : !!transposed && keywords.size === 0;
  return byColumn ? items(positional[0]) : undefined;
}

/**
 * A plot statement of a 2-D y as a plot() statement for each column, or undefined for any other. `columnsOf`
 * gives a name's columns (Y = np.stack(...) before it). A label list gives each line its label, in order.
 */
export function plotsOfColumns(
  lhs: string | undefined,
  rhs: string,
  columnsOf: (name: string) => string[] | undefined,
  at: FieldPath,
): { statements: string[]; names?: [string, string[]] } | undefined {
  const m = /^\s*([A-Za-z_][\w.[\], ]*?\.)?plot\(([^]*)\)\s*$/.exec(rhs);
  if (!m || (m[1] !== undefined && !/^[A-Za-z_]/.test(m[1]))) return undefined;
  const { positional, keywords } = argumentTexts(m[2]);
  // (x, Y), (Y) alone, and either with a format string after.
  const fmt =
    positional.length > 1 && /^\s*['"]/.test(positional[positional.length - 1]) ? positional.pop() : undefined;
  if (positional.length < 1 || positional.length > 2) return undefined;
  const y = positional[positional.length - 1].trim();
  const columns = /^[A-Za-z_]\w*$/.test(y) ? columnsOf(y) : stackedColumns(y);
  if (!columns) return undefined;
  const label = keywords.get('label');
  const labels = label === undefined ? undefined : parseCallArgs(label, at).positional[0];
  const each = Array.isArray(labels) && labels.length === columns.length ? labels : undefined;
  const list = lhs?.trim();
  const listName = list && /^[A-Za-z_]\w*$/.test(list) ? list : undefined;
  const unpacked = !listName && list ? splitOutside(list.replace(/^\(|\)$/g, ''), ',').map((n) => n.trim()) : [];
  const names = columns.map((_, k) => (listName ? `${listName}_${k}_` : unpacked[k]));
  const statements = columns.map((col, k) => {
    const own = new Map(keywords);
    if (each) own.set('label', pyString(String(each[k])));
    const args = joinedArguments([...positional.slice(0, -1), col, ...(fmt ? [fmt] : [])], own);
    return `${names[k] ? `${names[k]}, = ` : ''}${m[1] ?? ''}plot(${args})`;
  });
  return { statements, ...(listName && { names: [listName, names as string[]] }) };
}
