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

/**
 * Where an axes sits: a span of cells of a GridSpec of its own geometry, rows and columns from start to stop
 * (excluded), as plt.subplot(2, 2, (1, 2)), plt.subplot2grid((3, 3), (0, 0), colspan=2) or gs[0, :2] give it.
 */
export interface GridSpan {
  grid: [number, number];
  rows: [number, number];
  cols: [number, number];
}

/** The figure's axes on its grids: each axes' place (a twin its host's), and each place's span. */
export interface GridPlaces {
  /** The grid the places are counted in: the figure's, or with spans the largest rows and columns of theirs. */
  rows: number;
  cols: number;
  /** Each axes' place. */
  placeOf: number[];
  places: GridSpan[];
}

/**
 * Without spans, the places are the grid's cells, the axes filling them in order (cellIndices); with spans,
 * each axes (not a twin) is a place of its own.
 */
export function gridPlaces(fig: {
  rows?: number;
  cols?: number;
  axes: readonly { twinOf?: number; span?: GridSpan }[];
}): GridPlaces {
  if (!fig.axes.some((a) => a.span)) {
    const placeOf = cellIndices(fig.axes);
    const count = Math.max(0, ...placeOf) + 1;
    const cols = fig.cols ?? Math.max(1, count);
    const rows = fig.rows ?? Math.ceil(count / cols);
    const places = Array.from({ length: rows * cols }, (_, k): GridSpan => {
      const [r, c] = [Math.floor(k / cols), k % cols];
      return { grid: [rows, cols], rows: [r, r + 1], cols: [c, c + 1] };
    });
    return { rows, cols, placeOf, places };
  }
  const placeOf: number[] = [];
  const places: GridSpan[] = [];
  fig.axes.forEach((a, i) => {
    if (a.twinOf !== undefined) placeOf[i] = placeOf[a.twinOf];
    else placeOf[i] = places.push(a.span!) - 1;
  });
  return {
    rows: Math.max(...places.map((p) => p.grid[0])),
    cols: Math.max(...places.map((p) => p.grid[1])),
    placeOf,
    places,
  };
}

/**
 * A place's span in the grid the places are counted in, as get_tight_layout_figure scales the spans of a grid
 * whose rows and columns divide the largest; undefined for one that does not divide it.
 */
export function spanInGrid(p: GridSpan, grid: { rows: number; cols: number }): GridSpan | undefined {
  const [byRow, byCol] = [grid.rows / p.grid[0], grid.cols / p.grid[1]];
  if (!Number.isInteger(byRow) || !Number.isInteger(byCol)) return undefined;
  return {
    grid: [grid.rows, grid.cols],
    rows: [p.rows[0] * byRow, p.rows[1] * byRow],
    cols: [p.cols[0] * byCol, p.cols[1] * byCol],
  };
}

/**
 * Each place's box: the cells of its span in its own GridSpec (SubplotSpec.get_position), from their first
 * one's top left to their last one's bottom right. The ratios are the figure's grid's, and apply to places on a
 * grid of its geometry.
 */
export function placeBoxes(
  g: Pick<GridPlaces, 'places'>,
  width: number,
  height: number,
  s: SubplotParams = subplotParamsOf(DEFAULT_RC),
  ratios: GridRatios = {},
): Box[] {
  const grids = new Map<string, Box[]>();
  return g.places.map(({ grid: [rows, cols], rows: [r0, r1], cols: [c0, c1] }) => {
    const key = `${rows}x${cols}`;
    let boxes = grids.get(key);
    if (!boxes) {
      const fits = (!ratios.width || ratios.width.length === cols) && (!ratios.height || ratios.height.length === rows);
      grids.set(key, (boxes = subplotBoxes(rows, cols, width, height, s, fits ? ratios : {})));
    }
    const [first, last] = [boxes[r0 * cols + c0], boxes[(r1 - 1) * cols + (c1 - 1)]];
    return { left: first.left, top: first.top, right: last.right, bottom: last.bottom };
  });
}
