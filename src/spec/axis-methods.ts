/**
 * An Axis object's methods as a script calls them, `ax.xaxis.set_ticks_position('bottom')` or
 * `ax.yaxis.tick_right()`: the call's text (with or without the `ax.xaxis.` before it) read into what it sets,
 * tick_params settings (as matplotlib's own methods set them) and where the label and offset text go.
 */
import { badValue, didYouMean, UsageError, type FieldPath } from '../errors';
import { bindCall, parseCallArgs, shownPy, type CallSignature, type PyValue } from '../pycall';
import type { TickParamsOptions } from './call-options';
import type { AxesSpec, TickParamsSpec } from './types';
import { readFormatter } from './formatter-call';
import { readGridCall } from './pyplot-calls';
import { readTickParams } from './tick-params';
import { readMajorLocator, readMinorLocator, setMajorLocator } from './locator-call';
import { applyTicksCall, readTicksCall } from './ticks-call';
import { DEFAULT_RC, type Rc } from '../style/rcparams';

type Axis = 'x' | 'y';

const POSITIONS: Record<Axis, readonly string[]> = {
  x: ['top', 'bottom', 'both', 'default', 'none'],
  y: ['left', 'right', 'both', 'default', 'none'],
};

/**
 * The methods of both axes whose arguments are read whole, as text, by the reader of what they set: a locator or
 * formatter; the ticks and labels (set_ticks as xticks() reads them); grid() and set_tick_params() as the Axes'
 * grid() and tick_params() read theirs, for this axis.
 */
const TICKER: Record<string, CallSignature> = {
  set_major_locator: { call: 'set_major_locator', positional: ['locator'], keywords: [] },
  set_major_formatter: { call: 'set_major_formatter', positional: ['formatter'], keywords: [] },
  set_minor_locator: { call: 'set_minor_locator', positional: ['locator'], keywords: [] },
  set_ticks: { call: 'set_ticks', positional: ['ticks', 'labels'], keywords: [] },
  set_ticklabels: { call: 'set_ticklabels', positional: ['labels'], keywords: ['minor'] },
  grid: { call: 'grid', positional: ['visible', 'which'], keywords: [] },
  set_tick_params: { call: 'set_tick_params', positional: [], keywords: [] },
  set_inverted: { call: 'set_inverted', positional: ['inverted'], keywords: [] },
  set_visible: { call: 'set_visible', positional: ['b'], keywords: [] },
  set_label_coords: { call: 'set_label_coords', positional: ['x', 'y', 'transform'], keywords: [] },
};

const METHODS: Record<Axis, Record<string, CallSignature>> = {
  x: {
    set_ticks_position: { call: 'set_ticks_position', positional: ['position'], keywords: [] },
    tick_top: { call: 'tick_top', positional: [], keywords: [] },
    tick_bottom: { call: 'tick_bottom', positional: [], keywords: [] },
    set_label_position: { call: 'set_label_position', positional: ['position'], keywords: [] },
    ...TICKER,
  },
  y: {
    set_ticks_position: { call: 'set_ticks_position', positional: ['position'], keywords: [] },
    tick_left: { call: 'tick_left', positional: [], keywords: [] },
    tick_right: { call: 'tick_right', positional: [], keywords: [] },
    set_label_position: { call: 'set_label_position', positional: ['position'], keywords: [] },
    set_offset_position: { call: 'set_offset_position', positional: ['position'], keywords: [] },
    ...TICKER,
  },
};

/** The marks and labels on each side, as tick_params names them for the axis. */
const SIDES = {
  x: { near: 'xMarks', far: 'xTop', nearLabels: 'xLabels', farLabels: 'xLabelsTop' },
  y: { near: 'yMarks', far: 'yRight', nearLabels: 'yLabels', farLabels: 'yLabelsRight' },
} as const;

/**
 * Applies one call of the x or y axis's methods to the axes, after what it already has: each reads as its
 * matplotlib 3.6 source does (Axis.set_ticks_position's tick_params, tick_top() keeping labels off that were off).
 */
export function applyAxisMethod(ax: AxesSpec, axis: Axis, text: string, at: FieldPath, rc: Rc = DEFAULT_RC): void {
  // ax.xaxis.method(...), or ax.get_xaxis().method(...) as scripts also write it.
  const m = /^\s*((?:[A-Za-z_]\w*(?:\(\))?\.)*)([A-Za-z_]\w*)\s*\(([\s\S]*)\)\s*$/.exec(
    text.replace(/\bget_([xy]axis)\(\)/g, '$1'),
  );
  if (!m) {
    throw badValue(at, text, `a method of the ${axis} axis as a script calls it, e.g. ${example(axis)}`);
  }
  const [, prefix, written, args] = m;
  const other = axis === 'x' ? 'yaxis' : 'xaxis';
  // The Axes' own names for two of them, as scripts call them: ax.set_xticklabels([...]), ax.set_xticks([...]).
  const own = /^set_([xy])tick(label)?s$/.exec(written);
  if (prefix.split('.').includes(other) || (own && own[1] !== axis)) {
    throw badValue(at, text, `a method of the ${axis} axis (${axis}axis), not of the ${other}`);
  }
  const name = own ? `set_tick${own[2] ?? ''}s` : written;
  const sig = METHODS[axis][name];
  if (!sig) {
    const known = Object.keys(METHODS[axis]);
    throw badValue(
      at,
      name,
      `one of the ${axis} axis's methods actplot draws: ${known.join(', ')}`,
      didYouMean(name, known),
    );
  }
  if (name === 'set_minor_locator') {
    ax[`${axis}minorLocator`] = readMinorLocator(args, at);
    return;
  }
  if (name === 'set_major_locator' || name === 'set_major_formatter') {
    setTicker(ax, axis, name, args, at, rc);
    return;
  }
  if (name in AXIS_CALLS) {
    AXIS_CALLS[name](ax, axis, args, at, rc);
    return;
  }
  const b = bindCall(parseCallArgs(args, at), sig, at);
  const position = () => positionOf(b.position, axis, name, [...at, 'position']);
  if (name === 'set_ticks_position') setTicksPosition(ax, axis, position());
  else if (name === 'set_label_position') setLabelPosition(ax, axis, position());
  else if (name === 'set_offset_position') {
    if (position() === 'right') ax.yOffsetRight = true;
    else delete ax.yOffsetRight;
  } else tickSide(ax, axis, name.slice('tick_'.length));
}

type AxisCall = (ax: AxesSpec, axis: Axis, args: string, at: FieldPath, rc: Rc) => void;

/** The methods that are an Axes call for one axis, read by that call's own reader. */
const AXIS_CALLS: Record<string, AxisCall> = {
  // Axis.set_ticks(ticks, labels=None, **kwargs): as plt.xticks() after the plots, the view widened to them.
  set_ticks: (ax, axis, args, at, rc) => {
    const call = readTicksCall(args, at, rc);
    if (!call.values) throw badValue(at, args, 'the ticks first: set_ticks([-1, 0, 1])');
    applyTicksCall(ax, axis, call);
    ax.ticksAfterPlots = true;
  },
  // Axis.set_ticklabels(labels): the labels of the ticks set before, one each (matplotlib raises otherwise).
  set_ticklabels: (ax, axis, args, at) => {
    const b = bindCall(parseCallArgs(args, at), TICKER.set_ticklabels, at);
    if (b.minor === true) throw new UsageError([...at, 'minor'], { problem: 'minor tick labels are not drawn yet' });
    const ticks = ax[`${axis}ticks`];
    if (!Array.isArray(b.labels)) throw badValue(at, args, 'a list of labels, one for each tick');
    const labels = b.labels.map((l) => (typeof l === 'string' ? l : shownPy(l)));
    if (!ticks) {
      // Without ticks set, the labels go to the locator's ticks in order (a FixedFormatter; matplotlib warns).
      if (ax[`${axis}scale`]) {
        throw new UsageError(at, {
          problem:
            "set_ticklabels() without ticks on a log or symlog axis is matplotlib's, but actplot does not draw it yet; set_ticks(ticks, labels) says both",
        });
      }
      ax[`${axis}tickLabels`] = labels;
      ax.warnings = [...(ax.warnings ?? []), 'FixedFormatter should only be used together with FixedLocator'];
      return;
    }
    if (b.labels.length !== ticks.length) {
      throw badValue(at, `${b.labels.length} labels`, `one for each of the ${ticks.length} ticks set`);
    }
    ax[`${axis}tickLabels`] = labels;
  },
  // Axis.grid(visible=None, which='major', **kwargs): the Axes' grid() for this axis alone.
  grid: (ax, axis, args, at) => {
    if ('axis' in parseCallArgs(args, at).keywords)
      throw new UsageError(at, { problem: "an axis's grid() takes no axis=; it is this axis's" });
    const { call } = readGridCall(args, at);
    ax.grids = [...(ax.grids ?? []), { ...call, axis }];
  },
  // Axis.set_tick_params(which='major', **kwargs): tick_params() of this axis.
  set_tick_params: (ax, axis, args, at, rc) => {
    const { positional, keywords } = parseCallArgs(args, at);
    if ('axis' in keywords)
      throw new UsageError(at, { problem: "set_tick_params() takes no axis=; it is this axis's" });
    // set_tick_params(which='major', reset=False, **kwargs): which may come first.
    const which = positional.length ? { which: positional[0] } : {};
    if (positional.length > 1) throw badValue(at, args, "set_tick_params()'s keywords, e.g. labelsize=8");
    const given = { ...keywords, ...which, axis } as unknown as TickParamsOptions;
    ax.tickParams = [...(ax.tickParams ?? []), readTickParams(given, at, rc)];
  },
  // Artist.set_visible(b) of the Axis: hidden, its ticks, tick labels, offset text, label and grid lines go,
  // whatever tick_params say before or after; the spines stay (they are the Axes').
  set_visible: (ax, axis, args, at) => {
    const b = bindCall(parseCallArgs(args, at), TICKER.set_visible, at);
    if (typeof b.b !== 'boolean') throw badValue([...at, 'b'], shownPy(b.b ?? null), 'True or False');
    if (b.b) delete ax[`${axis}axisHidden`];
    else ax[`${axis}axisHidden`] = true;
  },
  // Axis.set_label_coords(x, y, transform=None): the label at axes fractions (transAxes), its alignment kept.
  set_label_coords: (ax, axis, args, at) => {
    const b = bindCall(parseCallArgs(args, at), TICKER.set_label_coords, at);
    const axesFractions = typeof b.transform === 'string' && /(^|\.)transAxes$/.test(b.transform);
    if (b.transform !== undefined && b.transform !== null && !axesFractions) {
      throw new UsageError([...at, 'transform'], {
        problem:
          "set_label_coords with a transform other than the axes' (transAxes) is matplotlib's, but actplot does not draw it yet",
      });
    }
    const coord = (k: 'x' | 'y') => {
      const v = b[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e6)
        throw badValue([...at, k], shownPy(v ?? null), 'a fraction of the axes, e.g. 1.02 (0 is the left or bottom)');
      return v;
    };
    ax.labelCoords = { ...ax.labelCoords, [axis]: [coord('x'), coord('y')] };
  },
  // Axis.set_inverted(inverted): the limits swapped or not, whatever was before.
  set_inverted: (ax, axis, args, at) => {
    const b = bindCall(parseCallArgs(args, at), TICKER.set_inverted, at);
    if (typeof b.inverted !== 'boolean')
      throw badValue([...at, 'inverted'], shownPy(b.inverted ?? null), 'True or False');
    ax.invert = { ...ax.invert, [axis]: b.inverted };
  },
};

const example = (axis: Axis) => (axis === 'x' ? "set_ticks_position('bottom')" : 'tick_right()');

function positionOf(v: PyValue | undefined, axis: Axis, method: string, at: FieldPath): string {
  const accepted =
    method === 'set_ticks_position' ? POSITIONS[axis] : axis === 'x' ? ['top', 'bottom'] : ['left', 'right'];
  if (typeof v !== 'string' || !accepted.includes(v)) {
    throw badValue(at, v === undefined ? 'nothing' : shownPy(v), accepted.map((p) => `'${p}'`).join(', '));
  }
  return v;
}

/** Axis.set_ticks_position: tick_params(which='both', ...) of each position (XAxis's and YAxis's). */
function setTicksPosition(ax: AxesSpec, axis: Axis, position: string): void {
  const s = SIDES[axis];
  const far = axis === 'x' ? 'top' : 'right';
  const settings: Partial<Record<(typeof s)[keyof typeof s], boolean>> =
    position === far
      ? { [s.far]: true, [s.farLabels]: true, [s.near]: false, [s.nearLabels]: false }
      : position === 'both'
        ? { [s.far]: true, [s.near]: true }
        : position === 'none'
          ? { [s.far]: false, [s.near]: false }
          : position === 'default'
            ? { [s.far]: true, [s.farLabels]: false, [s.near]: true, [s.nearLabels]: true }
            : { [s.far]: false, [s.farLabels]: false, [s.near]: true, [s.nearLabels]: true };
  ax.tickParams = [...(ax.tickParams ?? []), { axes: [axis], rc: {}, ...settings } as TickParamsSpec];
  // YAxis.set_ticks_position('right') and ('left') move the offset text with the ticks; XAxis's 'top' puts it
  // above the top labels, 'bottom' and 'default' back below ('both' and 'none' leave it).
  if (axis === 'y' && position === 'right') ax.yOffsetRight = true;
  if (axis === 'y' && position === 'left') delete ax.yOffsetRight;
  if (axis === 'x' && position === 'top') ax.xOffsetTop = true;
  if (axis === 'x' && (position === 'bottom' || position === 'default')) delete ax.xOffsetTop;
}

/**
 * tick_top(), tick_bottom(), tick_left(), tick_right(): set_ticks_position, the labels on that side only if
 * there were labels before (on either side), or if none were ever set.
 */
function tickSide(ax: AxesSpec, axis: Axis, side: string): void {
  const s = SIDES[axis];
  const last = (key: (typeof s)['nearLabels'] | (typeof s)['farLabels']) =>
    (ax.tickParams ?? []).reduce<boolean | undefined>((v, t) => t[key] ?? v, undefined);
  const near = last(s.nearLabels);
  const label = near === undefined ? true : near || (last(s.farLabels) ?? false);
  setTicksPosition(ax, axis, side);
  const labels = side === (axis === 'x' ? 'top' : 'right') ? s.farLabels : s.nearLabels;
  ax.tickParams = [...ax.tickParams!, { axes: [axis], rc: {}, [labels]: label } as TickParamsSpec];
}

/**
 * set_major_locator(MultipleLocator(0.5)) and set_major_formatter(FormatStrFormatter('%.1f')): the axis's locator
 * (as --xticks "MultipleLocator(0.5)" sets it, fixed ticks given before replaced) and its labels' formatter.
 */
function setTicker(ax: AxesSpec, axis: Axis, name: string, args: string, at: FieldPath, rc: Rc): void {
  if (name === 'set_major_formatter') {
    if (ax[`${axis}tickLabels`]) {
      throw new UsageError(at, {
        problem: `set_major_formatter after tick labels of your own (${axis}ticks(ticks, labels)) is matplotlib's, but actplot does not draw it yet`,
      });
    }
    const formatter = readFormatter(args, at);
    // A ScalarFormatter made anew: the axis's usual labels, with its own settings in place of earlier ones.
    if (formatter.kind === 'scalar') {
      delete ax[`${axis}formatter`];
      ax[`${axis}format`] = formatter.settings;
    } else ax[`${axis}formatter`] = formatter;
    return;
  }
  if (ax[`${axis}tickLabels`]) {
    throw new UsageError(at, {
      problem: `set_major_locator after tick labels of your own (${axis}ticks(ticks, labels)) is matplotlib's, but actplot does not draw it yet`,
    });
  }
  setMajorLocator(ax, axis, readMajorLocator(args, at, rc));
}

/** set_label_position: the x label above the axes, the y label on the right (beside those tick labels). */
function setLabelPosition(ax: AxesSpec, axis: Axis, position: string): void {
  if (axis === 'x') {
    if (position === 'top') ax.xLabelTop = true;
    else delete ax.xLabelTop;
    return;
  }
  if (position === 'right') ax.yLabelRight = true;
  else delete ax.yLabelRight;
}

/** Every call given for an axes, in order: `xaxis` calls, then `yaxis` calls. */
export function applyAxisMethods(
  ax: AxesSpec,
  calls: { x?: string[]; y?: string[] },
  at: FieldPath,
  rc: Rc = DEFAULT_RC,
): void {
  for (const axis of ['x', 'y'] as const) {
    (calls[axis] ?? []).forEach((c, i) => {
      if (typeof c !== 'string')
        throw new UsageError([...at, `${axis}axis`, i], { problem: 'expected a call as text' });
      applyAxisMethod(ax, axis, c, [...at, `${axis}axis`, i], rc);
    });
  }
}
