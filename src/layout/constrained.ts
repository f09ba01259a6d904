/**
 * Constrained layout (plt.subplots(layout='constrained'), figure.constrained_layout.use): where each axes goes so
 * that its decorations fit, by matplotlib's own algorithm (_constrained_layout.do_constrained_layout, 3.6) for a
 * grid of one axes a cell. Pure arithmetic on boxes, in figure fractions.
 *
 * matplotlib hands the layout to kiwisolver: each column has a left and right margin for the decorations and one
 * for the padding ("cb"), each edited to the largest any of its axes asks for; the inner widths are equal and the
 * columns side by side across the figure. With every cell one axes, those constraints have one exact solution,
 * written out here (no solver needed; a solver would be the one dependency of this module); the same for rows.
 */
import type { ConstrainedLayoutSpec as ConstrainedSpec } from '../spec';
import type { Box } from './geometry';

/** One axes in its cell of the grid: where it is and the box its decorations take. */
interface CellAxes {
  row: number;
  col: number;
  box: Box;
  extent: Box;
}
/** matplotlib's warning when the axes would have no room (check_no_collapsed_axes). */
export const CONSTRAINED_COLLAPSED =
  'constrained_layout not applied because axes sizes collapsed to zero.  Try making figure larger or axes ' +
  'decorations smaller.';

interface Figure {
  width: number;
  height: number;
  widthInches: number;
  heightInches: number;
}

/** Each side's two margins of a column or a row: the decorations', and the padding's. */
interface Margins {
  lo: number;
  loPad: number;
  hi: number;
  hiPad: number;
}

const zero = (): Margins => ({ lo: 0, loPad: 0, hi: 0, hiPad: 0 });

/** What the figure's own labels take off its edges: the suptitle's and supxlabel's heights, supylabel's width. */
export interface FigureLabelRoom {
  top?: { height: number };
  bottom?: { height: number };
  left?: { width: number };
}

/**
 * One pass of the layout (make_layout_margins, make_margin_suptitles, update_variables, reposition_axes): the
 * boxes of the axes, in the order given, from where they are and where their decorations reach; or undefined
 * where some axes would collapse. `labels` are the boxes of the figure's labels the layout moved to its edges.
 */
export function constrainedBoxes(
  axes: readonly CellAxes[],
  grid: { rows: number; cols: number },
  figure: Figure,
  spec: ConstrainedSpec,
  labels: FigureLabelRoom = {},
): Box[] | undefined {
  const { rows, cols } = grid;
  const wPad = spec.wPad / figure.widthInches;
  const hPad = spec.hPad / figure.heightInches;
  // Figure fractions, y upwards, as matplotlib's transFigure gives them.
  const fx = (x: number) => x / figure.width;
  const fy = (y: number) => 1 - y / figure.height;
  const columns = Array.from({ length: cols }, zero);
  const rowMargins = Array.from({ length: rows }, zero);
  // edit_margin_min: each margin the largest any axes of its column (row) asks for, and never below zero.
  const widen = (m: Margins, key: keyof Margins, v: number) => {
    if (v > m[key]) m[key] = v;
  };
  for (const a of axes) {
    const pad = paddings(a, grid, wPad, hPad, spec);
    const column = columns[a.col];
    widen(column, 'lo', fx(a.box.left) - fx(a.extent.left));
    widen(column, 'loPad', pad.left);
    widen(column, 'hi', fx(a.extent.right) - fx(a.box.right));
    widen(column, 'hiPad', pad.right);
    const row = rowMargins[a.row];
    widen(row, 'lo', fy(a.extent.top) - fy(a.box.top));
    widen(row, 'loPad', pad.top);
    widen(row, 'hi', fy(a.box.bottom) - fy(a.extent.bottom));
    widen(row, 'hiPad', pad.bottom);
  }
  // The figure's own margins make room for its labels, a pad each side: the suptitle at the top, supxlabel at
  // the bottom, supylabel at the left (make_margin_suptitles).
  const top = labels.top ? 1 - (labels.top.height / figure.height + 2 * hPad) : 1;
  const bottom = labels.bottom ? labels.bottom.height / figure.height + 2 * hPad : 0;
  const left = labels.left ? labels.left.width / figure.width + 2 * wPad : 0;
  const xs = cells(columns, left, 1);
  // Rows go from the top down: their spans in fractions down from `top`, turned into heights above the bottom.
  const ys = cells(rowMargins, 0, top - bottom);
  if (!xs || !ys) return undefined;
  return axes.map((a) => {
    const [x0, x1] = xs[a.col];
    const [d0, d1] = ys[a.row];
    const [yTop, yBottom] = [top - d0, top - d1];
    return {
      left: x0 * figure.width,
      right: x1 * figure.width,
      top: (1 - yTop) * figure.height,
      bottom: (1 - yBottom) * figure.height,
    };
  });
}

/**
 * get_margin_from_padding: w_pad (h_pad) on every side, or half of wspace (hspace) shared among the columns
 * (rows) where that is more, on the sides that face another cell.
 */
function paddings(a: CellAxes, grid: { rows: number; cols: number }, wPad: number, hPad: number, s: ConstrainedSpec) {
  const pad = { left: wPad, right: wPad, bottom: hPad, top: hPad };
  const wspace = s.wspace / 2 / grid.cols;
  const hspace = s.hspace / 2 / grid.rows;
  if (wspace > wPad) {
    if (a.col > 0) pad.left = wspace;
    if (a.col < grid.cols - 1) pad.right = wspace;
  }
  if (hspace > hPad) {
    if (a.row < grid.rows - 1) pad.bottom = hspace;
    if (a.row > 0) pad.top = hspace;
  }
  return pad;
}

/**
 * The inner spans of cells side by side from `start` to `end` (a LayoutGrid's lefts, rights and margins): each
 * cell its margins plus one inner length, the same for all; undefined where that length is not positive.
 */
function cells(margins: readonly Margins[], start: number, end: number): [number, number][] | undefined {
  const taken = margins.reduce((s, m) => s + m.lo + m.loPad + m.hi + m.hiPad, 0);
  const inner = (end - start - taken) / margins.length;
  if (!(inner > 0)) return undefined;
  const out: [number, number][] = [];
  let at = start;
  for (const m of margins) {
    const from = at + m.lo + m.loPad;
    out.push([from, from + inner]);
    at = from + inner + m.hi + m.hiPad;
  }
  return out;
}

/**
 * The layout done twice, as do_constrained_layout does it (decorations change size once the axes move): from the
 * cells the axes are in and the axes laid out there, the final cells and the axes laid out in them; undefined
 * where either pass would collapse an axes (matplotlib warns and leaves them where they are).
 */
export function constrainedPasses<A extends { extent: Box }>(
  cells: readonly Box[],
  axes: readonly A[],
  grid: { rows: number; cols: number },
  figure: Figure,
  spec: ConstrainedSpec,
  labels: FigureLabelRoom,
  layOut: (cells: readonly Box[]) => A[],
): { cells: Box[]; axes: A[] } | undefined {
  let current = { cells: [...cells], axes: [...axes] };
  for (let pass = 0; pass < 2; pass++) {
    const placed = current.axes.map((a, i) => ({
      row: Math.floor(i / grid.cols),
      col: i % grid.cols,
      box: current.cells[i],
      extent: a.extent,
    }));
    const next = constrainedBoxes(placed, grid, figure, spec, labels);
    if (!next) return undefined;
    current = { cells: next, axes: layOut(next) };
  }
  return current;
}
