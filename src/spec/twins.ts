/**
 * ax.twinx(): a panel given after --twinx is the twin of the panel before it. matplotlib's twinx makes a new axes
 * in the same place sharing the x axis, then moves the twin's y ticks, tick labels, label and offset to the right
 * (tick_right, set_label_position, set_offset_position), hides its x axis and its background, and moves the
 * host's ticks to the left (tick_left). The twin has its own colour cycle, limits and legend.
 */
import { UsageError, type FieldPath } from '../errors';
import type { FigureOptions, PanelOptions } from './options';
import type { AxesSpec, TickParamsSpec } from './types';

/** tick_left() on the host: no ticks or labels on the right (its left labels as they were). */
const HOST_TICKS: TickParamsSpec = { axes: ['y'], rc: {}, yMarks: true, yRight: false, yLabelsRight: false };
/** tick_right() on the twin's y axis, and its x axis hidden (xaxis.set_visible(False)): no x ticks or labels. */
const TWIN_TICKS: TickParamsSpec = {
  axes: ['x', 'y'],
  rc: {},
  yMarks: false,
  yLabels: false,
  yRight: true,
  yLabelsRight: true,
  xMarks: false,
  xTop: false,
  xLabels: false,
  xLabelsTop: false,
};

const RANGE = ['from', 'to', 'step', 'num', 'dtype', 'arange'] as const;

/** Each panel's host: the panel before it that is no twin, for a twin (undefined for the others). */
function hostsOf(panels: readonly PanelOptions[]): (number | undefined)[] {
  let last: number | undefined;
  return panels.map((p, j) => {
    if (p.twinx) return last;
    last = j;
    return undefined;
  });
}

/**
 * The panels with each twin's x values its host's where it gives none of its own: a script plots both on the
 * same x (and they share the axis).
 */
export function withHostRanges(panels: readonly PanelOptions[]): PanelOptions[] {
  const hosts = hostsOf(panels);
  return panels.map((p, j) => {
    const host = hosts[j];
    if (host === undefined || RANGE.some((k) => p[k] !== undefined)) return p;
    const given = panels[host];
    return { ...Object.fromEntries(RANGE.filter((k) => given[k] !== undefined).map((k) => [k, given[k]])), ...p };
  });
}

/** Each twin panel's axes made the twin of the panel before it; refuses what is not drawn with twins yet. */
export function applyTwins(axes: AxesSpec[], panels: readonly PanelOptions[], options: FigureOptions): void {
  const hosts = hostsOf(panels);
  panels.forEach((p, j) => {
    if (!p.twinx) return;
    const host = hosts[j];
    const at: FieldPath = ['panels', j, 'twinx'];
    if (host === undefined) {
      throw new UsageError(at, {
        problem:
          'a twin needs an axes before it: --twinx comes after the panel it twins, e.g. actplot sigmoid --twinx tanh',
      });
    }
    for (const [key, option] of [
      ['sharex', '--sharex'],
      ['sharey', '--sharey'],
      ['constrainedLayout', '--constrained-layout'],
    ] as const) {
      if (options[key] !== undefined && options[key] !== false) {
        throw new UsageError(at, {
          problem: `a twin axes with ${option} is matplotlib's, but actplot does not draw it yet`,
        });
      }
    }
    for (const a of [axes[host], axes[j]]) {
      if (a.aspect !== undefined || a.squareLimits || a.boxAspect !== undefined) {
        throw new UsageError(at, {
          problem: "a twin axes with an aspect is matplotlib's, but actplot does not draw it yet",
        });
      }
    }
    twin(axes[host], axes[j], host, p);
  });
}

function twin(host: AxesSpec, ax: AxesSpec, hostIndex: number, p: PanelOptions): void {
  ax.twinOf = hostIndex;
  ax.tickParams = [TWIN_TICKS, ...(ax.tickParams ?? [])];
  ax.yLabelRight = true;
  ax.yOffsetRight = true;
  ax.xaxisHidden = true;
  ax.patchHidden = true;
  host.tickParams = [HOST_TICKS, ...(host.tickParams ?? [])];
  // The x axis is the host's: the twin's label would not be drawn.
  delete ax.xlabel;
  // A new axes: a grid, legend, title and y label only where asked (the document's style gives its own axes
  // them), and the colour cycle's colours unless given (the document's lone function is blue).
  if (p.grid === undefined) delete ax.grids;
  if (p.legend === undefined && !p.label?.length) ax.legend = false;
  if (p.title === undefined) {
    delete ax.title;
    delete ax.otherTitles;
  }
  if (p.ylabel === undefined) delete ax.ylabel;
  if (p.color === undefined && p.fmt === undefined) for (const c of ax.curves) if (c.color === 'blue') delete c.color;
}
