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

/** GridSpec positions: equal cells with wspace/hspace gaps inside figure.subplot's margins, row by row. */
export function subplotBoxes(
  rows: number,
  cols: number,
  width: number,
  height: number,
  s: SubplotParams = subplotParamsOf(DEFAULT_RC),
): Box[] {
  const cellW = (s.right - s.left) / (cols + s.wspace * (cols - 1));
  const cellH = (s.top - s.bottom) / (rows + s.hspace * (rows - 1));
  const out: Box[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const left = s.left + c * cellW * (1 + s.wspace);
      const top = s.top - r * cellH * (1 + s.hspace);
      // Figure fractions have y upwards; the canvas has it downwards.
      out.push({
        left: left * width,
        right: (left + cellW) * width,
        top: (1 - top) * height,
        bottom: (1 - (top - cellH)) * height,
      });
    }
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
