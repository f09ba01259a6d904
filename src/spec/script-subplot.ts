/**
 * A script's subplot calls: plt.subplot(2, 2, 3), fig.add_subplot(223), plt.subplot(2, 2, (1, 2)),
 * plt.subplot2grid((3, 3), (0, 0), colspan=2), fig.add_subplot(gs[0, :2]) of a GridSpec the script named
 * (gs = fig.add_gridspec(2, 3), gridspec.GridSpec(2, 3)). Axes of one grid, a cell each, are that grid's cells
 * (--layout, a panel per cell); once one spans cells or is of another grid, every axes is placed by its span
 * (--subplot2grid), the panels in the order they were made, as matplotlib places them.
 */
import { argumentTexts, joinedArguments, parseCallArgs, splitOutside } from '../pycall';
import { UsageError } from '../errors';
import type { ScriptState, StatementContext } from './script-state';
import { setOption, type Panel } from './script-options';
import type { ObjectCall } from './script-axes';
import type { GridSpan } from './subplots';
import { gridSpecCells, readSubplot, readSubplot2grid, subplot2gridText } from './span-call';

/** plt.subplot()'s and add_subplot()'s keywords that are no axes property: they make another kind of axes. */
const SUBPLOT_OWN = new Set(['projection', 'polar', 'axes_class']);
/** subplot2grid()'s own keywords, its place; the others are the axes' properties. */
const SUBPLOT2GRID_OWN = new Set(['shape', 'loc', 'rowspan', 'colspan', 'fig']);

/**
 * Reads plt.subplot(), plt.subplot2grid() and add_subplot(): the axes made (or, for plt.subplot() of a place
 * taken, picked again) and current, named, sharing and given its keywords; false for any other call.
 * `axesOf` names the axes a sharex= names.
 */
export function readSubplotCall(
  r: ScriptState,
  st: StatementContext,
  call: ObjectCall,
  axesOf: (object: string) => number | undefined,
): boolean {
  const { object, method, args, lhs } = call;
  if (!((object === 'plt' && (method === 'subplot' || method === 'subplot2grid')) || method === 'add_subplot')) {
    return false;
  }
  const { fail, onLine } = st;
  const texts = argumentTexts(args);
  const place = new Map([...texts.keywords].filter(([k]) => method === 'subplot2grid' && SUBPLOT2GRID_OWN.has(k)));
  for (const k of place.keys()) texts.keywords.delete(k);
  // Its keywords are the axes' properties (set()'s), but for those that make another kind of axes.
  const made = [...texts.keywords.keys()].find((k) => SUBPLOT_OWN.has(k));
  if (made) fail(`${method}(..., ${made}=...) makes axes actplot does not draw`);
  // sharex=ax1, sharey=ax1: shared with that axes (the figure's sharing, once all are read).
  const shares = (['x', 'y'] as const).flatMap((axis) => {
    const other = texts.keywords.get(`share${axis}`);
    if (other === undefined) return [];
    texts.keywords.delete(`share${axis}`);
    const a = axesOf(other.trim());
    if (a === undefined) fail(`${method}(..., share${axis}=${other.trim()}): no axes of the script is named so`);
    return [{ axis, a: a! }];
  });
  const span = onLine(() => spanOf(method, texts.positional, place, r));
  // A cell of a GridSpec of its own ratios or parameters (--gridspec) is placed by span, as its others are.
  const own = r.figure.gridspec !== undefined && /^\s*[A-Za-z_]\w*\[/.test(texts.positional[0] ?? '');
  const index = placedPanel(r, span, method === 'subplot', fail, own);
  if (shares.length && r.spans)
    fail(`${method}(..., share${shares[0].axis}=...) of axes placed by spans is not read yet`);
  r.current = index;
  r.panel(index);
  if (lhs) r.axesNames.set(lhs.trim(), index);
  for (const share of shares) r.shared.push({ ...share, b: index });
  if (texts.keywords.size) setOption(r.panel(index).options, 'set', joinedArguments([], texts.keywords));
  return true;
}

/** A number as a loop writes it (2 * i + 1) worked out; a tuple's items each; anything else as written. */
function worked(text: string, r: ScriptState): string {
  const tuple = /^\s*\((.*)\)\s*$/s.exec(text)?.[1];
  if (tuple !== undefined)
    return `(${splitOutside(tuple, ',')
      .map((t) => worked(t, r))
      .join(', ')})`;
  return String(r.wholeNumber(text) ?? text.trim());
}

/** The cells a subplot call names, on the grid it names. */
function spanOf(method: string, positional: string[], place: Map<string, string>, r: ScriptState): GridSpan {
  // (Refused as the call's other errors are, at its line by onLine.)
  const fail = (problem: string): never => {
    throw new UsageError(r.at, { problem });
  };
  if (method === 'subplot2grid') {
    const given = joinedArguments(
      positional.map((t) => worked(t, r)),
      new Map([...place].map(([k, v]) => [k, k === 'fig' ? 'None' : worked(v, r)])),
    );
    return readSubplot2grid(given, r.at);
  }
  // fig.add_subplot(gs[0, :2]): the cells of the GridSpec's subscript, each index as a loop writes it.
  const subscript = positional.length === 1 ? /^\s*([A-Za-z_]\w*)\[(.*)\]\s*$/s.exec(positional[0]) : null;
  const grid = subscript ? r.gridSpecs.get(subscript[1]) : undefined;
  if (subscript && grid) {
    const index = splitOutside(subscript[2], ',')
      .map((part) =>
        part
          .split(':')
          .map((v) => (v.trim() ? worked(v, r) : ''))
          .join(':'),
      )
      .join(', ');
    const cells = gridSpecCells(grid, index, r.at);
    return cells ?? fail(`${subscript[1]}[${subscript[2]}] is read as a GridSpec's cells: gs[0, :2], gs[1, 0], gs[2]`);
  }
  if (subscript) fail(`${method}(${positional[0].trim()}): ${subscript[1]} is no GridSpec of the script's`);
  // plt.subplot() alone is subplot(1, 1, 1).
  const numbers = positional.length ? positional.map((t) => worked(t, r)).join(', ') : '1, 1, 1';
  if (positional.length !== 3 && !/^\d{3}$/.test(numbers)) {
    fail(`${method}(${positional.join(', ').trim()}) is read as ${method}(nrows, ncols, index) or ${method}(223)`);
  }
  return readSubplot(numbers, r.at);
}

/**
 * The panel a subplot call's span makes: its cell's, while every axes is a cell of one grid; else, from the
 * first one that is not on, the next panel (plt.subplot() of a span taken picks that axes again, as pyplot does).
 */
function placedPanel(
  r: ScriptState,
  span: GridSpan,
  reused: boolean,
  fail: (problem: string) => never,
  bySpan: boolean,
): number {
  const [rows, cols] = span.grid;
  const oneCell = span.rows[1] - span.rows[0] === 1 && span.cols[1] - span.cols[0] === 1;
  const grid = r.axesGrid;
  if (!r.spans && !bySpan && oneCell && (!grid || (grid.rows === rows && grid.cols === cols))) {
    r.figure.layout = [rows, cols];
    r.axesGrid = { rows, cols };
    return span.rows[0] * cols + span.cols[0];
  }
  const spans = r.spans ?? placedBySpans(r, fail);
  const same = (s: GridSpan) => String([s.grid, s.rows, s.cols]) === String([span.grid, span.rows, span.cols]);
  const again = reused ? [...spans].find(([, s]) => same(s))?.[0] : undefined;
  if (again) return r.panels.indexOf(again);
  const index = r.panels.length;
  const panel = r.panel(index);
  spans.set(panel, span);
  panel.options.subplot2grid = subplot2gridText(span);
  return index;
}

/**
 * The figure from here placed by spans: each axes made so far takes its cell of the grid they share as a span,
 * the panels closed up in their order (the cells no call made are no panels), and every name, range and line
 * of a panel follows it to its new index.
 */
function placedBySpans(r: ScriptState, fail: (problem: string) => never): Map<Panel, GridSpan> {
  if (r.figure.subplots !== undefined) {
    fail('subplots() made the grid: an axes spanning its cells or of another grid is not read with it yet');
  }
  if (r.shared.length) fail('subplot(..., sharex=...) of axes placed by spans is not read yet');
  const grid = r.axesGrid;
  if (!grid && r.panels.length) fail('an axes placed by a span after axes made otherwise is not read yet');
  const spans = new Map<Panel, GridSpan>();
  const moved = new Map<number, number>();
  const kept: Panel[] = [];
  for (let i = 0; i < r.panels.length; i++) {
    const p = r.panels[i];
    if (p === undefined) continue;
    moved.set(i, kept.length);
    kept.push(p);
    if (p.options.twinx || !grid) continue;
    const [row, col] = [Math.floor(i / grid.cols), i % grid.cols];
    const span: GridSpan = { grid: [grid.rows, grid.cols], rows: [row, row + 1], cols: [col, col + 1] };
    spans.set(p, span);
    p.options.subplot2grid = subplot2gridText(span);
  }
  r.panels.length = 0;
  r.panels.push(...kept);
  for (const [name, v] of r.axesNames) {
    if (typeof v === 'number') r.axesNames.set(name, moved.get(v) ?? v);
  }
  r.current = moved.get(r.current) ?? r.current;
  const ranges = [...r.panelRanges];
  r.panelRanges.clear();
  for (const [i, range] of ranges) r.panelRanges.set(moved.get(i) ?? i, range);
  if (r.lines) {
    const lines = [...r.lines];
    r.lines.clear();
    for (const [path, line] of lines) {
      r.lines.set(
        path.replace(/^panels\[(\d+)\]/, (whole, i: string) => `panels[${moved.get(Number(i)) ?? i}]`),
        line,
      );
    }
  }
  delete r.figure.layout;
  r.axesGrid = undefined;
  return (r.spans = spans);
}

/** GridSpec(2, 3), gridspec.GridSpec(), plt.GridSpec(), and a figure's add_gridspec(): its call's arguments. */
const GRIDSPEC =
  /^\s*(?:(?:(?:matplotlib|mpl)\.)?gridspec\.|plt\.)?GridSpec\s*\(|^\s*([A-Za-z_]\w*)\.add_gridspec\s*\(/;

/** GridSpec()'s keywords: its grid, and how its cells are laid (--gridspec). */
const GRIDSPEC_READ = new Set([
  'nrows',
  'ncols',
  'figure',
  'width_ratios',
  'height_ratios',
  'left',
  'bottom',
  'right',
  'top',
  'wspace',
  'hspace',
]);

/**
 * `gs = fig.add_gridspec(2, 3)` (GridSpec(2, 3, figure=fig)): the GridSpec by name, its rows and columns, for
 * the subplots placed on it; false for any other statement.
 */
export function readGridSpecStatement(
  r: ScriptState,
  st: StatementContext,
  lhs: string | undefined,
  rhs: string,
): boolean {
  const m = GRIDSPEC.exec(rhs);
  if (!m || (m[1] !== undefined && !r.figureNames.has(m[1]))) return false;
  const name = lhs?.trim();
  if (!name || !/^[A-Za-z_]\w*$/.test(name)) st.fail(`'${rhs.trim()}' is read as a GridSpec given a name: gs = ...`);
  const close = rhs.lastIndexOf(')');
  const texts = argumentTexts(rhs.slice(m[0].length, close));
  const other = [...texts.keywords.keys()].filter((k) => !GRIDSPEC_READ.has(k));
  if (other.length) st.fail(`a GridSpec's ${other.join(', ')} is not read yet`);
  const { positional, keywords } = st.onLine(() =>
    parseCallArgs(
      joinedArguments(
        texts.positional.map((t) => worked(t, r)),
        new Map([...texts.keywords].filter(([k]) => k !== 'figure').map(([k, v]) => [k, worked(v, r)])),
      ),
      r.at,
    ),
  );
  const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
  const [rows, cols] = [count(positional[0] ?? keywords.nrows), count(positional[1] ?? keywords.ncols)];
  if (rows === undefined || cols === undefined) st.fail(`'${rhs.trim()}' is read as GridSpec(nrows, ncols)`);
  r.gridSpecs.set(name!, [rows!, cols!]);
  // Its ratios and parameters: the figure's --gridspec, of one GridSpec.
  if ([...texts.keywords.keys()].some((k) => !['nrows', 'ncols', 'figure'].includes(k))) {
    if (r.figure.gridspec !== undefined) st.fail("a second GridSpec's ratios or parameters are not read yet");
    const kept = new Map([...texts.keywords].filter(([k]) => k !== 'figure'));
    r.figure.gridspec = joinedArguments(texts.positional, kept);
  }
  return true;
}
