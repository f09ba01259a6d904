/** Where each subplot lies on the figure: matplotlib's subplot parameters (figure.subplot.*). */
import { DEFAULT_RC, type Rc } from '../style/rcparams';

/** A rectangle in canvas coordinates (y grows downwards). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** figure.subplot.*: the grid's edges as fractions of the figure (y upwards), its gaps as fractions of a cell. */
export interface SubplotParams {
  left: number;
  right: number;
  bottom: number;
  top: number;
  wspace: number;
  hspace: number;
}

/** figure.subplot.* of an rc. */
export function subplotParamsOf(rc: Rc): SubplotParams {
  return {
    left: rc['figure.subplot.left'],
    right: rc['figure.subplot.right'],
    bottom: rc['figure.subplot.bottom'],
    top: rc['figure.subplot.top'],
    wspace: rc['figure.subplot.wspace'],
    hspace: rc['figure.subplot.hspace'],
  };
}

/** GridSpec(width_ratios=..., height_ratios=...): each column's and row's share of the grid. */
export interface GridRatios {
  width?: readonly number[];
  height?: readonly number[];
}

/**
 * GridSpec positions (GridSpecBase.get_grid_positions): cells inside figure.subplot's margins, wspace/hspace of
 * the mean cell between them, each column and row as wide or tall as its ratio says (equal without); row by row.
 */
export function subplotBoxes(
  rows: number,
  cols: number,
  width: number,
  height: number,
  s: SubplotParams = subplotParamsOf(DEFAULT_RC),
  ratios: GridRatios = {},
): Box[] {
  const lefts = gridEdges(cols, s.right - s.left, s.wspace, ratios.width);
  const downs = gridEdges(rows, s.top - s.bottom, s.hspace, ratios.height);
  const out: Box[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [left, right] = lefts[c].map((v) => s.left + v);
      const [top, bottom] = downs[r].map((v) => s.top - v);
      // Figure fractions have y upwards; the canvas has it downwards.
      out.push({ left: left * width, right: right * width, top: (1 - top) * height, bottom: (1 - bottom) * height });
    }
  }
  return out;
}

/** Each cell's start and end from the grid's first edge: the mean cell, the space after it, the ratio's share. */
function gridEdges(n: number, total: number, space: number, ratios?: readonly number[]): [number, number][] {
  const cell = total / (n + space * (n - 1));
  const sum = ratios ? ratios.reduce((a, b) => a + b, 0) : n;
  const out: [number, number][] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) at += space * cell;
    const size = ((ratios ? ratios[i] : 1) * cell * n) / sum;
    out.push([at, at + size]);
    at += size;
  }
  return out;
}

/** Each axes' cell: the axes fill the grid in order, a twin (ax.twinx()) taking its host's. */
export function cellIndices(axes: readonly { twinOf?: number }[]): number[] {
  const cells: number[] = [];
  let next = 0;
  axes.forEach((a, i) => (cells[i] = a.twinOf !== undefined ? cells[a.twinOf] : next++));
  return cells;
}
