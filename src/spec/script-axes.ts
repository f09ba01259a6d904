/**
 * A script's calls that make the figure and its axes, name them and pick one: plt.figure(), plt.subplots(),
 * axs.ravel(), plt.gcf(), fig.set_size_inches(), plt.gca() and fig.add_axes() (plt.subplot() and add_subplot() in
 * script-subplot.ts); and the panel an axes object names (axesOf). Read into the figure being read (script-state.ts).
 */
import type { ScriptState, StatementContext } from './script-state';
import { argumentTexts, parseCallArgs } from '../pycall';
import { withoutKeyword } from './script-options';

/** A call on an object, as the call reader split it. */
export interface ObjectCall {
  object: string;
  method: string;
  args: string;
  lhs: string | undefined;
}

/** Reads the call if it makes, names or picks the figure or an axes; false for any other call. */
export function readAxesCall(r: ScriptState, st: StatementContext, call: ObjectCall): boolean {
  const { fail, onLine } = st;
  const { object, method, args, lhs } = call;
  // The figure and its axes, made.
  if (object === 'plt' && (method === 'subplots' || method === 'figure')) {
    r.figure[method === 'subplots' ? 'subplots' : 'figure'] = args;
    if (method === 'figure') {
      if (lhs) r.figureNames = new Set([...r.figureNames, lhs.trim()]);
      return true;
    }
    const { positional, keywords } = parseCallArgs(args, r.at);
    const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1);
    const rows = count(positional[0] ?? keywords.nrows);
    const cols = count(positional[1] ?? keywords.ncols);
    r.axesGrid = { rows, cols };
    const targets = lhs?.split(',').map((t) => t.trim()) ?? [];
    if (targets[0]) r.figureNames = new Set([...r.figureNames, targets[0].replace(/[()]/g, '')]);
    const names = (lhs ?? '').replace(/^[^,]*,/, '').match(/[A-Za-z_]\w*/g) ?? [];
    if (names.length === 1 && rows * cols > 1) r.axesNames.set(names[0], { rows, cols });
    else names.forEach((n, k) => r.axesNames.set(n, k));
    for (let k = 0; k < rows * cols; k++) r.panel(k);
    return true;
  }
  // axs = axs.ravel() (flatten()): the same axes, indexed in order; ax1, ax2 = axs.flatten(): each by name.
  const grid = r.axesNames.get(object);
  if ((method === 'ravel' || method === 'flatten') && typeof grid === 'object' && lhs !== undefined) {
    const names = lhs
      .replace(/[()[\]]/g, '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (names.length === 1 && !lhs.includes(',')) r.axesNames.set(names[0], grid);
    else names.forEach((n, k) => r.axesNames.set(n, k));
    return true;
  }
  // fig = plt.gcf(): the figure, by a name of its own.
  if (object === 'plt' && method === 'gcf') {
    if (lhs) r.figureNames = new Set([...r.figureNames, lhs.trim()]);
    return true;
  }
  // fig.set_size_inches(6, 4) (or ((6, 4))): the figure's size from here, over a figsize said before.
  if ((object === 'plt.gcf()' || r.figureNames.has(object)) && method === 'set_size_inches') {
    const { positional } = onLine(() => parseCallArgs(args, r.at));
    const size = (positional.length === 1 && Array.isArray(positional[0]) ? positional[0] : positional).slice(0, 2);
    if (size.length !== 2 || !size.every((v) => typeof v === 'number' && v > 0)) {
      fail(`set_size_inches(${args}) is read as set_size_inches(width, height), in inches`);
    }
    for (const call of ['figure', 'subplots'] as const) {
      if (typeof r.figure[call] === 'string') r.figure[call] = withoutKeyword(r.figure[call] as string, 'figsize');
    }
    r.figure.size = size;
    return true;
  }
  if ((object === 'plt' || r.figureNames.has(object)) && method === 'gca') {
    if (lhs) r.axesNames.set(lhs.trim(), r.current);
    return true;
  }
  // fig.add_axes([left, bottom, width, height]) (plt.axes([...])) as the figure's one axes: the grid of one
  // cell with subplots_adjust() at those edges, which is where matplotlib puts it.
  if ((r.figureNames.has(object) && method === 'add_axes') || (object === 'plt' && method === 'axes' && args.trim())) {
    const { positional, keywords } = onLine(() => parseCallArgs(args, r.at));
    const rect = positional[0];
    if (r.panels.length || !Array.isArray(rect) || rect.length !== 4 || !rect.every((v) => typeof v === 'number')) {
      fail(
        `${method}(${args}) is read as the figure's one axes at [left, bottom, width, height]: an inset is not read yet`,
      );
    }
    if (Object.keys(keywords).length)
      fail(`${method}()'s keywords (${Object.keys(keywords).join(', ')}) are not read yet`);
    const [l, b, w, h] = rect as number[];
    r.figure.subplotsAdjust = `left=${l}, bottom=${b}, right=${l + w}, top=${b + h}`;
    r.current = 0;
    r.panel(0);
    if (lhs) r.axesNames.set(lhs.trim(), 0);
    return true;
  }
  return false;
}

/**
 * The panel an axes object names: `ax`, `ax1`, `axes[1, 0]`, `axs[1][0]`, `axes[3]`, `axes.flat[2]`, and from the
 * end as Python counts: `axs[-1]`, `axes[-1, 0]`.
 */
export function axesOf(
  object: string,
  r: Pick<ScriptState, 'axesNames' | 'wholeNumber'> & Partial<Pick<ScriptState, 'figureNames' | 'figureAxes'>>,
): number | undefined {
  // fig.axes[1] (a loop over fig.axes): the figure's axes in order.
  const listed = /^([A-Za-z_]\w*|plt\.gcf\(\))\.axes\[([^\]]+)\]$/.exec(object);
  if (listed && r.figureAxes && (listed[1] === 'plt.gcf()' || r.figureNames?.has(listed[1]))) {
    const made = r.figureAxes();
    const k = r.wholeNumber(listed[2]);
    return k === undefined ? undefined : made[k < 0 ? k + made.length : k];
  }
  const m = /^([A-Za-z_]\w*)((?:\.flat)?(?:\[[^\]]*\])*)$/.exec(object);
  if (!m) return undefined;
  const grid = r.axesNames.get(m[1]);
  if (grid === undefined) return undefined;
  if (typeof grid === 'number') return m[2] ? undefined : grid;
  // An index as a loop writes it once its counter is written out: axes[3 // 2, 3 % 2], axes[2 - 1][0]; a name
  // of a whole number written out (row, col = divmod(i, 3)) is its number.
  const index = [...m[2].matchAll(/\[([^\]]*)\]/g)].flatMap((x) => x[1].split(',').map((v) => r.wholeNumber(v)));
  if (index.length < 1 || index.length > 2 || index.some((v) => v === undefined)) return undefined;
  const sizes = index.length === 1 ? [grid.rows * grid.cols] : [grid.rows, grid.cols];
  const [i, j] = index.map((v, k) => (v! < 0 ? v! + sizes[k] : v!));
  if (i < 0 || i >= sizes[0] || (j !== undefined && (j < 0 || j >= sizes[1]))) return undefined;
  return j === undefined ? i : i * grid.cols + j;
}

/** fig.get_facecolor() of the figure being read, where its figure() or subplots() call gave a facecolor. */
export function withFigureFacecolor(statement: string, r: ScriptState): string {
  const made = [r.figure.figure, r.figure.subplots].find((call): call is string => typeof call === 'string');
  const colour = made === undefined ? undefined : argumentTexts(made).keywords.get('facecolor');
  if (colour === undefined) return statement;
  return statement.replace(/(?<![\w.])([A-Za-z_]\w*|plt\.gcf\(\))\.get_facecolor\(\)/g, (whole, name: string) =>
    name === 'plt.gcf()' || r.figureNames.has(name) ? colour : whole,
  );
}

/** np.ravel(name) and name.reshape(-1): a grid of axes flattened. */
const RAVELLED = /\b(?:np|numpy)\.ravel\(\s*([A-Za-z_]\w*)\s*\)|(?<![\w.])([A-Za-z_]\w*)\.reshape\(\s*-1\s*\)/g;

/** A statement with np.ravel(axes) and axes.reshape(-1) of a grid of axes written as axes.ravel(). */
export function withRavelledAxes(statement: string, r: Pick<ScriptState, 'axesNames'>): string {
  if (!/ravel\(|reshape\(/.test(statement)) return statement;
  return statement.replace(RAVELLED, (whole, a?: string, b?: string) =>
    typeof r.axesNames.get((a ?? b)!) === 'object' ? `${a ?? b}.ravel()` : whole,
  );
}

/** The figure's label alignment calls, and the axes labels each aligns. */
const ALIGNED: Record<string, 'x' | 'y' | 'both'> = { align_labels: 'both', align_xlabels: 'x', align_ylabels: 'y' };

/**
 * fig.align_labels(), fig.align_xlabels(), fig.align_ylabels() of all the figure's axes (no argument, None, the
 * grid subplots() made, flat or not, or a list naming every axes): alignLabels, the two calls adding up. False for
 * any other call; one of some of the axes is refused.
 */
export function readAlignCall(method: string, args: string, r: ScriptState, fail: (message: string) => never): boolean {
  const which = ALIGNED[method];
  if (!which) return false;
  const { positional, keywords } = argumentTexts(args);
  const given = (positional[0] ?? keywords.get('axs'))?.trim();
  if (positional.length + keywords.size > 1 || (keywords.size && !keywords.has('axs'))) {
    fail(`${method}(${args.trim()}): its one argument is axs, the axes aligned`);
  }
  if (given !== undefined && given !== 'None' && !namesEveryAxes(given, r)) {
    fail(`${method}(${given}) of some of the axes is not read yet; of all of them (no argument) it is`);
  }
  const before = r.figure.alignLabels;
  r.figure.alignLabels = before === undefined || before === which ? which : 'both';
  return true;
}

/** Whether a text names every axes of the figure: the grid (axs, axs.flat, axs.ravel()) or a list of them all. */
function namesEveryAxes(text: string, r: ScriptState): boolean {
  const grid = /^([A-Za-z_]\w*)(?:\.flat|\.ravel\(\)|\.flatten\(\))?$/.exec(text)?.[1];
  if (grid !== undefined) return typeof r.axesNames.get(grid) === 'object';
  const list = /^[[(](.*)[\])]$/s.exec(text)?.[1];
  if (list === undefined) return false;
  const named = new Set(
    list
      .split(',')
      .filter((t) => t.trim())
      .map((t) => axesOf(t.trim(), r)),
  );
  return !named.has(undefined) && named.size === r.panels.length;
}
