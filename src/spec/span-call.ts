/**
 * Where an axes goes on a grid, in matplotlib's words: plt.subplot(2, 2, (1, 2)) (an index or a first and last
 * index, counted from 1 along the rows), plt.subplot2grid((3, 3), (0, 0), rowspan=1, colspan=2), and a GridSpec's
 * slice gs[0, :2] as a script hands it to fig.add_subplot(). Each is the span of cells it names (GridSpan). Pure.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { parseSlice, type CallSignature, type PyValue } from '../pycall';
import { MAX_PANELS } from '../limits';
import { bound, shownPy } from './pyplot-calls';
import type { GridSpan } from './subplots';
import type { FigureOptions, PanelOptions } from './options';

const SUBPLOT: CallSignature = { call: 'subplot', positional: ['nrows', 'ncols', 'index'], keywords: [] };
const SUBPLOT2GRID: CallSignature = {
  call: 'subplot2grid',
  positional: ['shape', 'loc', 'rowspan', 'colspan'],
  keywords: ['shape', 'loc', 'rowspan', 'colspan', 'fig'],
};

/** A grid's rows or columns: a whole number from 1, at most as many as a figure has panels. */
function count(v: PyValue, at: FieldPath, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_PANELS) {
    throw badValue(at, shownPy(v), `${what}: a whole number from 1 to ${MAX_PANELS}`);
  }
  return v;
}

/**
 * plt.subplot()'s arguments: "2, 2, 3", "223" (three digits), "2, 2, (1, 2)" (cells 1 to 2, the rectangle
 * they make), as a script passes them; its keywords are the axes' properties, given by --set.
 */
export function readSubplot(given: string, at: FieldPath): GridSpan {
  const digits = /^\s*([1-9])([1-9])([1-9])\s*$/.exec(given);
  if (!digits && !given.includes(',')) {
    throw badValue(at, given, `plt.subplot()'s arguments: "2, 2, 3", 223, or "2, 2, (1, 2)" for cells 1 to 2`);
  }
  const b = digits ? { nrows: +digits[1], ncols: +digits[2], index: +digits[3] } : bound(given, SUBPLOT, at);
  const rows = count(b.nrows ?? null, [...at, 'nrows'], 'rows');
  const cols = count(b.ncols ?? null, [...at, 'ncols'], 'columns');
  const cell = (k: PyValue) => {
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > rows * cols) {
      throw badValue([...at, 'index'], shownPy(k), `an index from 1 to ${rows * cols}, or a first and last: (1, 2)`);
    }
    return [Math.floor((k - 1) / cols), (k - 1) % cols];
  };
  const index = b.index ?? null;
  const [first, last] = Array.isArray(index) && index.length === 2 ? index.map(cell) : [cell(index), cell(index)];
  // (4, 1): the grid's cells from the fourth to the first, none (matplotlib's flat slice gs[3:1]).
  if (first[0] * cols + first[1] > last[0] * cols + last[1]) {
    throw new UsageError([...at, 'index'], {
      problem: `subplot(${given.trim()}) takes no space: its first index comes after its last`,
    });
  }
  // SubplotSpec(gs, first, last): the rectangle from the one cell to the other.
  const rs = [first[0], last[0]].sort((p, q) => p - q);
  const cs = [first[1], last[1]].sort((p, q) => p - q);
  return { grid: [rows, cols], rows: [rs[0], rs[1] + 1], cols: [cs[0], cs[1] + 1] };
}

/** plt.subplot2grid(shape, loc, rowspan=1, colspan=1): the cells from loc, rowspan down and colspan across. */
export function readSubplot2grid(given: string, at: FieldPath): GridSpan {
  const b = bound(given, SUBPLOT2GRID, at);
  const pair = (v: PyValue | undefined, key: string, what: string) => {
    if (!Array.isArray(v) || v.length !== 2) throw badValue([...at, key], shownPy(v ?? null), what);
    return v;
  };
  const shape = pair(b.shape, 'shape', 'the grid (rows, columns), e.g. (3, 3)');
  const [rows, cols] = [count(shape[0], [...at, 'shape'], 'rows'), count(shape[1], [...at, 'shape'], 'columns')];
  const loc = pair(b.loc, 'loc', 'the first cell (row, column), from 0, e.g. (0, 1)');
  const [r, c] = loc.map((v, k) => {
    const n = k === 0 ? rows : cols;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= n) {
      throw badValue([...at, 'loc'], shownPy(loc), `a cell of the ${rows}x${cols} grid, (row, column) from (0, 0)`);
    }
    return v;
  });
  const span = (key: 'rowspan' | 'colspan', from: number, n: number) => {
    const v = b[key] ?? 1;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || from + v > n) {
      throw badValue([...at, key], shownPy(v), `a whole number from 1 to ${n - from}, the cells left in the grid`);
    }
    return v;
  };
  return { grid: [rows, cols], rows: [r, r + span('rowspan', r, rows)], cols: [c, c + span('colspan', c, cols)] };
}

/**
 * A GridSpec's subscript, gs[1, :2], gs[0, 0], gs[:, -1] or gs[3] (counted along the rows): the cells it takes,
 * Python's indices and slices (negative from the end, a step of 1); undefined for any other subscript.
 */
export function gridSpecCells(grid: [number, number], index: string, at: FieldPath): GridSpan | undefined {
  const [rows, cols] = grid;
  const parts = index.split(',').map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => !p)) return undefined;
  const range = (text: string, n: number): [number, number] | undefined => {
    if (/^[-+]?\d+$/.test(text)) {
      const k = Number(text) < 0 ? Number(text) + n : Number(text);
      if (k < 0 || k >= n)
        throw new UsageError(at, { problem: `index ${text} is out of bounds for a GridSpec of ${n}` });
      return [k, k + 1];
    }
    const s = parseSlice(text);
    if (!s || (s.step ?? 1) !== 1) return undefined;
    const clamp = (v: number | undefined, otherwise: number) =>
      v === undefined ? otherwise : Math.min(n, Math.max(0, v < 0 ? v + n : v));
    const [from, to] = [clamp(s.start, 0), clamp(s.stop, n)];
    if (to <= from) throw new UsageError(at, { problem: `gs[${index}] takes no cell of the ${rows}x${cols} grid` });
    return [from, to];
  };
  if (parts.length === 1) {
    // One subscript: cells counted along the rows (GridSpecBase.__getitem__ of a flat index).
    const flat = range(parts[0], rows * cols);
    if (!flat) return undefined;
    const [a, b] = [flat[0], flat[1] - 1];
    const [r0, r1] = [Math.floor(a / cols), Math.floor(b / cols)];
    const [c0, c1] = [Math.min(a % cols, b % cols), Math.max(a % cols, b % cols)];
    return { grid, rows: [r0, r1 + 1], cols: [c0, c1 + 1] };
  }
  const [r, c] = [range(parts[0], rows), range(parts[1], cols)];
  return r && c ? { grid, rows: r, cols: c } : undefined;
}

/** A span as subplot2grid()'s arguments, the one text the script reader gives every span in. */
export function subplot2gridText(s: GridSpan): string {
  const [rowspan, colspan] = [s.rows[1] - s.rows[0], s.cols[1] - s.cols[0]];
  return `(${s.grid[0]}, ${s.grid[1]}), (${s.rows[0]}, ${s.cols[0]}), rowspan=${rowspan}, colspan=${colspan}`;
}

/**
 * Each panel's span from its subplot or subplot2grid option (a twin takes its host's place): every panel but a
 * twin needs one once one has, and the grid is then theirs, not --layout's or subplots()'s. The largest grid's
 * rows and columns, or undefined when no panel has a span.
 */
export function panelSpans(
  panels: readonly PanelOptions[],
  figure: Pick<FigureOptions, 'layout' | 'subplots' | 'constrainedLayout'>,
): (GridSpan | undefined)[] | undefined {
  if (!panels.some((p) => p.subplot !== undefined || p.subplot2grid !== undefined)) return undefined;
  const refuse = (at: FieldPath, problem: string): never => {
    throw new UsageError(at, { problem });
  };
  if (figure.layout !== undefined)
    refuse(['layout'], 'with --subplot or --subplot2grid the grid is theirs: no --layout');
  if (figure.subplots !== undefined) {
    refuse(['subplots'], 'subplots() makes the grid of axes itself: --subplot and --subplot2grid place them otherwise');
  }
  if (figure.constrainedLayout !== undefined && figure.constrainedLayout !== false) {
    refuse(['constrainedLayout'], "constrained layout of axes spanning cells is matplotlib's, but not drawn yet");
  }
  return panels.map((p, j) => {
    const at: FieldPath = ['panels', j];
    if (p.subplot !== undefined && p.subplot2grid !== undefined) {
      refuse([...at, 'subplot2grid'], 'a panel goes where --subplot or --subplot2grid says, not both');
    }
    if (p.twinx) {
      if (p.subplot !== undefined || p.subplot2grid !== undefined)
        refuse([...at, p.subplot !== undefined ? 'subplot' : 'subplot2grid'], "a twin is in its host's place");
      return undefined;
    }
    if (p.subplot !== undefined) return readSubplot(p.subplot, [...at, 'subplot']);
    if (p.subplot2grid !== undefined) return readSubplot2grid(p.subplot2grid, [...at, 'subplot2grid']);
    return refuse(
      at,
      `panel ${j + 1} says not where it goes: once one panel does, every one does (--subplot "2, 2, 3" or --subplot2grid)`,
    );
  });
}
