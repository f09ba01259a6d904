/**
 * plt.tight_layout(): new subplot parameters that fit every axes' decorations inside the figure, by matplotlib's
 * own algorithm (_tight_layout._auto_adjust_subplotpars, 3.6). Pure arithmetic on boxes, in figure fractions.
 */
import type { Box } from './geometry';
import type { TightLayoutSpec } from '../spec';
import type { SubplotParams } from '../spec/subplots';

/**
 * One axes: the rows and columns of the grid it spans (start, stop excluded), where it is and the box its
 * decorations take, in canvas units.
 */
export interface TightAxes {
  rows: [number, number];
  cols: [number, number];
  box: Box;
  extent: Box;
}

/**
 * The axes of each cell as one, as _auto_adjust_subplotpars takes the axes of a subplotspec (a twin and its
 * host): the union of their boxes and of their decorations' boxes, by cell.
 */
export function perCell(
  axes: readonly { box: Box; extent: Box }[],
  cellOf: readonly number[],
): { box: Box; extent: Box }[] {
  const out: { box: Box; extent: Box }[] = [];
  axes.forEach((a, i) => {
    const k = cellOf[i];
    out[k] = out[k] ? { box: union(out[k].box, a.box), extent: union(out[k].extent, a.extent) } : a;
  });
  return out;
}

const union = (a: Box, b: Box): Box => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

/** Why tight_layout left the figure as it was, in matplotlib's words (its warning). */
export const TIGHT_NOT_APPLIED = {
  width:
    'Tight layout not applied. The left and right margins cannot be made large enough to accommodate all axes decorations.',
  height:
    'Tight layout not applied. The bottom and top margins cannot be made large enough to accommodate all axes decorations.',
  axesWidth:
    'Tight layout not applied. tight_layout cannot make axes width small enough to accommodate all axes decorations',
  axesHeight:
    'Tight layout not applied. tight_layout cannot make axes height small enough to accommodate all axes decorations.',
  gridRows: 'tight_layout not applied: number of rows in subplot specifications must be multiples of one another.',
  gridCols: 'tight_layout not applied: number of columns in subplot specifications must be multiples of one another.',
} as const;

/** A side's margin, in figure fractions, that tight_layout takes as given rather than computing it. */
type GivenMargins = Partial<Record<'left' | 'right' | 'top' | 'bottom', number>>;

type TightFigure = { width: number; height: number; widthInches: number; heightInches: number; fontSize: number };
type FigureLabelRoom = { top?: { height: number }; bottom?: { height: number }; left?: { width: number } };

/**
 * The subplot parameters tight_layout sets, or why matplotlib gives up (it warns and leaves the figure as it
 * is): margins that leave no room for the axes. With a rect, as get_tight_layout_figure does: laid out once
 * in the whole figure, then again with the rect's sides moved in by the margins found (the axes and their
 * labels then fit in the rect).
 */
export function tightSubplotParams(
  axes: readonly TightAxes[],
  grid: { rows: number; cols: number },
  figure: TightFigure,
  spec: TightLayoutSpec,
  current: SubplotParams,
  figureLabels: FigureLabelRoom = {},
): SubplotParams | { notApplied: keyof typeof TIGHT_NOT_APPLIED } {
  const first = adjustSubplotParams(axes, grid, figure, spec, current, figureLabels, {});
  if (!spec.rect || 'notApplied' in first) return first;
  const [left, bottom, right, top] = spec.rect;
  // _auto_adjust_subplotpars takes a rect side only when it is truthy: 0 (or None) is computed as without.
  const given: GivenMargins = {};
  if (left !== null && left + first.left) given.left = left + first.left;
  if (bottom !== null && bottom + first.bottom) given.bottom = bottom + first.bottom;
  const r = right === null ? null : right - (1 - first.right);
  const t = top === null ? null : top - (1 - first.top);
  if (r && 1 - r) given.right = 1 - r;
  if (t && 1 - t) given.top = 1 - t;
  return adjustSubplotParams(axes, grid, figure, spec, current, figureLabels, given);
}

/** _auto_adjust_subplotpars: each margin given or computed from the decorations, then the spaces between. */
function adjustSubplotParams(
  axes: readonly TightAxes[],
  grid: { rows: number; cols: number },
  figure: TightFigure,
  spec: TightLayoutSpec,
  current: SubplotParams,
  figureLabels: FigureLabelRoom,
  given: GivenMargins,
): SubplotParams | { notApplied: keyof typeof TIGHT_NOT_APPLIED } {
  const { rows, cols } = grid;
  const fontInches = figure.fontSize / 72;
  const padW = (spec.pad * fontInches) / figure.widthInches;
  const padH = (spec.pad * fontInches) / figure.heightInches;
  const hpad = ((spec.wPad ?? spec.pad) * fontInches) / figure.widthInches;
  const vpad = ((spec.hPad ?? spec.pad) * fontInches) / figure.heightInches;
  // hspaces[r][c]: room wanted left of column c (c = cols: right of the last); vspaces[r][c] above row r.
  const hspaces = Array.from({ length: rows }, () => new Array<number>(cols + 1).fill(0));
  const vspaces = Array.from({ length: rows + 1 }, () => new Array<number>(cols).fill(0));
  // Figure fractions, y upwards, as matplotlib's transFigure gives them.
  const fx = (x: number) => x / figure.width;
  const fy = (y: number) => 1 - y / figure.height;
  // Each span adds its room left and right of it on each of its rows, above and below it in each of its columns.
  for (const a of axes) {
    const [[r0, r1], [c0, c1]] = [a.rows, a.cols];
    for (let r = r0; r < r1; r++) {
      hspaces[r][c0] += fx(a.box.left) - fx(a.extent.left);
      hspaces[r][c1] += fx(a.extent.right) - fx(a.box.right);
    }
    for (let c = c0; c < c1; c++) {
      vspaces[r0][c] += fy(a.extent.top) - fy(a.box.top);
      vspaces[r1][c] += fy(a.box.bottom) - fy(a.extent.bottom);
    }
  }
  const max = (values: number[]) => Math.max(...values);
  // Margins can come out negative (an axes inside its cell); matplotlib clamps them at zero.
  // The suptitle takes its height and another pad off the top, supxlabel off the bottom, supylabel its width
  // off the left (_auto_adjust_subplotpars), where that margin is computed.
  const { top: title, bottom: xlabel, left: ylabel } = figureLabels;
  const left =
    given.left ?? Math.max(max(hspaces.map((r) => r[0])), 0) + padW + (ylabel ? ylabel.width / figure.width + padW : 0);
  const right = given.right ?? Math.max(max(hspaces.map((r) => r[cols])), 0) + padW;
  const top = given.top ?? Math.max(max(vspaces[0]), 0) + padH + (title ? title.height / figure.height + padH : 0);
  const bottom =
    given.bottom ?? Math.max(max(vspaces[rows]), 0) + padH + (xlabel ? xlabel.height / figure.height + padH : 0);
  if (left + right >= 1) return { notApplied: 'width' };
  if (top + bottom >= 1) return { notApplied: 'height' };
  // With one column (row) matplotlib leaves wspace (hspace) as it was.
  const params: SubplotParams = { ...current, left, right: 1 - right, bottom, top: 1 - top };
  if (cols > 1) {
    const hspace = max(hspaces.flatMap((r) => r.slice(1, -1))) + hpad;
    const axesWidth = (1 - right - left - hspace * (cols - 1)) / cols;
    if (axesWidth < 0) return { notApplied: 'axesWidth' };
    params.wspace = hspace / axesWidth;
  }
  if (rows > 1) {
    const vspace = max(vspaces.slice(1, -1).flat()) + vpad;
    const axesHeight = (1 - top - bottom - vspace * (rows - 1)) / rows;
    if (axesHeight < 0) return { notApplied: 'axesHeight' };
    params.hspace = vspace / axesHeight;
  }
  return params;
}
