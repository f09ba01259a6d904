/**
 * An axes' aspect and plt.axis()'s options, as matplotlib 3.6 applies them when it draws (Axes.apply_aspect):
 * the box shrunk to the aspect (adjustable 'box'), or the limits widened to it (adjustable 'datalim', as
 * axis('equal') asks); axis('square')'s equal spans; axis('off')'s bare axes. Pure: boxes and limits in, out.
 */
import { SIDES, type AxesSpec } from '../spec';
import type { Box } from './geometry';

type Range = [number, number];

/**
 * set_aspect(a) with adjustable='box': the box shrunk in one direction so that a unit of y is `a` times a unit
 * of x on the page, centred in its cell (anchor 'C'); the limits stay.
 */
export function boxWithAspect(cell: Box, aspect: number, xlim: Range, ylim: Range): Box {
  return shrunkToRatio(cell, (aspect * Math.abs(ylim[1] - ylim[0])) / Math.abs(xlim[1] - xlim[0]));
}

/**
 * The largest box of a height over width `ratio` in the cell, centred in it (Bbox.shrunk_to_aspect in canvas
 * units, where the figure's aspect cancels out, then anchored 'C'): set_box_aspect()'s box.
 */
export function shrunkToRatio(cell: Box, ratio: number): Box {
  const w = cell.right - cell.left;
  const h = cell.bottom - cell.top;
  const [W, H] = w * ratio <= h ? [w, w * ratio] : [h / ratio, h];
  const left = cell.left + (w - W) / 2;
  const top = cell.top + (h - H) / 2;
  return { left, top, right: left + W, bottom: top + H };
}

/**
 * set_aspect(a, adjustable='datalim'): the box stays and one axis's limits widen (or narrow) about their
 * centre so that a unit of y is `a` units of x on the page. Which one follows apply_aspect: the one whose
 * data leaves room, y unless y is shared; `dataLim` is the data's own extent, without margins.
 */
export function limitsForAspect(
  box: Box,
  aspect: number,
  xlim: Range,
  ylim: Range,
  dataLim: { x: Range; y: Range },
  shared: { x: boolean; y: boolean },
): { xlim: Range; ylim: Range } {
  const xsize = Math.max(Math.abs(xlim[1] - xlim[0]), 1e-30);
  const ysize = Math.max(Math.abs(ylim[1] - ylim[0]), 1e-30);
  const dataRatio = (box.bottom - box.top) / (box.right - box.left) / aspect;
  const yExpander = (dataRatio * xsize) / ysize - 1;
  if (Math.abs(yExpander) < 0.005) return { xlim, ylim };
  const xr = 1.05 * (dataLim.x[1] - dataLim.x[0]);
  const yr = 1.05 * (dataLim.y[1] - dataLim.y[0]);
  const Ysize = dataRatio * xsize;
  const Xsize = ysize / dataRatio;
  let adjustY: boolean;
  if (shared.y) adjustY = false;
  else {
    const adjy =
      xsize - xr > 0 && ysize - yr > 0
        ? (Ysize - yr > 0 && yExpander < 0) || (Xsize - xr < 0 && yExpander > 0)
        : yExpander > 0;
    adjustY = shared.x || adjy;
  }
  // set_xbound/set_ybound: the new limits keep the axis's direction (an inverted axis stays inverted).
  const about = (c: number, size: number, was: Range): Range =>
    was[0] > was[1] ? [c + size / 2, c - size / 2] : [c - size / 2, c + size / 2];
  if (adjustY) return { xlim, ylim: about(0.5 * (ylim[0] + ylim[1]), Ysize, ylim) };
  return { xlim: about(0.5 * (xlim[0] + xlim[1]), Xsize, xlim), ylim };
}

/**
 * axis('square'): each axis from its first limit over the larger of the two spans, as matplotlib 3.6 computes
 * it (np.diff of each: an inverted axis's span is negative, so that axis turns increasing).
 */
export function squareLimits(xlim: Range, ylim: Range): { xlim: Range; ylim: Range } {
  const edge = Math.max(xlim[1] - xlim[0], ylim[1] - ylim[0]);
  return { xlim: [xlim[0], xlim[0] + edge], ylim: [ylim[0], ylim[0] + edge] };
}

/**
 * axis('off') (set_axis_off): the axes drawn without its spines and its axes, which hold the ticks, their
 * labels, the offset text, the axis labels and the grid; its background goes too (the patch is drawn only
 * with the axis on). The title, legend and artists stay. set_frame_on(False) (plt.box(False)) hides the spines
 * alone (the layout leaves out the background of both).
 */
export function withAxisOff(spec: AxesSpec): AxesSpec {
  if (spec.frameOff && !spec.axisOff) {
    // set_frame_on(False): the spines alone hidden (where they would be is kept: the ticks follow them).
    const spines = Object.fromEntries(SIDES.map((side) => [side, { ...spec.spines?.[side], visible: false }]));
    return { ...spec, spines };
  }
  if (!spec.axisOff) return spec;
  const hidden = { visible: false };
  const off = { xMarks: false, yMarks: false, xTop: false, yRight: false, xLabels: false, yLabels: false };
  return {
    ...spec,
    xlabel: undefined,
    ylabel: undefined,
    // No axis, no grid lines either.
    grids: [...(spec.grids ?? []), { visible: false, axis: 'both', which: 'both', style: {} }],
    spines: { left: hidden, right: hidden, top: hidden, bottom: hidden },
    tickParams: [
      ...(spec.tickParams ?? []),
      { axes: ['x', 'y'], rc: {}, ...off, xLabelsTop: false, yLabelsRight: false },
    ],
  };
}
