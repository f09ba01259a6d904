/**
 * A panel's grid, legend and pyplot calls (axhline, hlines, axhspan, fill_between, text, annotate, tick_params,
 * spines) from its options, onto its axes.
 */
import { fillCurve } from './curves';
import { badValue, type FieldPath } from '../errors';
import { validateSampling } from '../data/sampling';
import { MAX_FILL_POINTS } from '../limits';
import { parseColor } from '../style/colors';
import { type Rc } from '../style/rcparams';
import type { PanelOptions } from './options';
import { readGridCall, readMargins, readRefLine, readSpine } from './pyplot-calls';
import { parseAlpha, parseLegend, parseLineStyle, parseWidth } from './rules';
import { GRID_ON, type AxesSpec, type GridCall, type GridLineStyle, type LegendLocation } from './types';

/*
 * The readers of calls a panel seldom has, each loaded when a panel has its call: a figure without them starts
 * without their two dozen modules (about 2 % of a plain figure's start).
 */
const annotate = () => require('./annotate') as typeof import('./annotate');
const aspectCall = () => require('./aspect-call') as typeof import('./aspect-call');
const artists = () => require('./pyplot-artists') as typeof import('./pyplot-artists');
const textCall = () => require('./text-call') as typeof import('./text-call');
const tickParamsCall = () => require('./tick-params') as typeof import('./tick-params');
const axisMethods = () => require('./axis-methods') as typeof import('./axis-methods');
const ticklabelFormat = () => require('./ticklabel-format') as typeof import('./ticklabel-format');
const legendCall = () => require('./legend-call') as typeof import('./legend-call');

/**
 * The panel's grid calls after the axes' own (a document figure's plt.grid(True)): each grid()'s arguments as
 * text, True or False, then the style given by name (the --grid-color flags, a config's grid object), which
 * turns the grid on unless it was said off, as plt.grid(color=...) does.
 */
export function applyGrid(ax: AxesSpec, p: PanelOptions, at: FieldPath): void {
  const calls: GridCall[] = [];
  const given = p.grid === undefined ? [] : Array.isArray(p.grid) ? p.grid : [p.grid];
  given.forEach((g, k) => {
    const here: FieldPath = Array.isArray(p.grid) ? [...at, 'grid', k] : [...at, 'grid'];
    if (typeof g === 'boolean') {
      calls.push({ ...GRID_ON, visible: g });
      return;
    }
    const { call, warning } = readGridCall(g, here);
    calls.push(call);
    if (warning) ax.warnings = [...(ax.warnings ?? []), warning];
  });
  const g = p.gridStyle;
  if (g) {
    const style: GridLineStyle = {};
    if (g.color !== undefined) {
      parseColor(g.color, [...at, 'grid', 'color']);
      style.color = g.color;
    }
    if (g.alpha !== undefined) style.alpha = parseAlpha([...at, 'grid', 'alpha'], g.alpha);
    if (g.linestyle !== undefined) style.linestyle = parseLineStyle([...at, 'grid', 'linestyle'], g.linestyle);
    if (g.linewidth !== undefined) style.linewidth = parseWidth([...at, 'grid', 'linewidth'], g.linewidth);
    const axis = g.axis === undefined ? 'both' : oneOf(g.axis, ['x', 'y', 'both'] as const, [...at, 'grid', 'axis']);
    const which =
      g.which === undefined ? 'major' : oneOf(g.which, ['major', 'minor', 'both'] as const, [...at, 'grid', 'which']);
    const off = given.length > 0 && given.every((v) => v === false);
    if (Object.keys(style).length || g.axis !== undefined || g.which !== undefined)
      calls.push({ visible: off ? false : given.length ? 'keep' : true, axis, which, style });
  }
  if (calls.length) ax.grids = [...(ax.grids ?? []), ...calls];
}

/** A value the API hands over typed, checked against its choices. */
function oneOf<T extends string>(v: string, choices: readonly T[], at: FieldPath): T {
  if (!(choices as readonly string[]).includes(v)) throw badValue(at, v, choices.join(', '));
  return v as T;
}

export function applyLegend(
  ax: AxesSpec,
  given: NonNullable<PanelOptions['legend']>,
  at: FieldPath,
  rc: Rc,
  plain: boolean,
): void {
  // plt.legend() without loc: legend.loc of the rc, in the matplotlib style.
  const fallback = plain ? parseLegend(['rc', 'legend.loc'], rc['legend.loc']) : 'best';
  if (typeof given === 'boolean') {
    ax.legend = legendFrom(given, ax.legend, fallback);
    return;
  }
  const { loc, style } = legendCall().readLegend(given, at, rc);
  ax.legend = legendFrom(loc ?? true, ax.legend, fallback);
  if (Object.keys(style).length) ax.legendStyle = { ...ax.legendStyle, ...style };
}

/** axhline, axvline, hlines, vlines, axhspan, axvspan and spine settings, in the order given. */
export function applyPyplotCalls(ax: AxesSpec, p: PanelOptions, at: FieldPath, rc: Rc): void {
  const lines = [
    ...(p.axhline ?? []).map((g, i) => readRefLine('h', g, [...at, 'axhline', i], rc)),
    ...(p.axvline ?? []).map((g, i) => readRefLine('v', g, [...at, 'axvline', i], rc)),
  ];
  if (lines.length) ax.refLines = [...(ax.refLines ?? []), ...lines];
  const segments = [
    ...(p.hlines ?? []).map((g, i) => artists().readSegments('h', g, [...at, 'hlines', i], rc)),
    ...(p.vlines ?? []).map((g, i) => artists().readSegments('v', g, [...at, 'vlines', i], rc)),
  ];
  if (segments.length) ax.segments = [...(ax.segments ?? []), ...segments];
  const spans = [
    ...(p.axhspan ?? []).map((g, i) => artists().readSpan('h', g, [...at, 'axhspan', i], rc)),
    ...(p.axvspan ?? []).map((g, i) => artists().readSpan('v', g, [...at, 'axvspan', i], rc)),
  ];
  if (spans.length) ax.spans = [...(ax.spans ?? []), ...spans];
  if (p.margins !== undefined) {
    const { margins, tight } = readMargins(p.margins, [...at, 'margins']);
    ax.margins = { ...ax.margins, ...margins };
    if (tight) ax.autoscaleTight = true;
    else if (tight === false) delete ax.autoscaleTight;
  }
  if (p.minorticks !== undefined) {
    // minorticks_on() gives both axes AutoMinorLocator, as xtick.minor.visible does; minorticks_off() NullLocator.
    const rc = { 'xtick.minor.visible': p.minorticks, 'ytick.minor.visible': p.minorticks };
    ax.tickParams = [...(ax.tickParams ?? []), { axes: ['x', 'y'], rc }];
  }
  if (p.invertXaxis !== undefined || p.invertYaxis !== undefined) {
    ax.invert = { ...ax.invert, x: p.invertXaxis ?? ax.invert?.x, y: p.invertYaxis ?? ax.invert?.y };
  }
  if (p.aspect !== undefined) {
    const { aspect, datalim } = aspectCall().readAspect(p.aspect, [...at, 'aspect']);
    delete ax.aspectAdjustable;
    if (aspect === undefined) delete ax.aspect;
    else ax.aspect = aspect;
    if (datalim) ax.aspectAdjustable = 'datalim';
  }
  if (p.boxAspect !== undefined) readBoxAspect(ax, p.boxAspect, [...at, 'boxAspect']);
  const fills = (p.fillBetween ?? []).map((g, i) => artists().readFillBetween(g, [...at, 'fillBetween', i], fillCurve));
  if (fills.length) {
    ax.fills = [...(ax.fills ?? []), ...fills];
    // A fill is drawn through every sample (a polygon is not reduced to pixel columns as a line is).
    const n = validateSampling(ax.sampling, at);
    if (n > MAX_FILL_POINTS) {
      throw badValue(
        [...at, 'fillBetween'],
        `${n} points`,
        `at most ${MAX_FILL_POINTS} points to fill`,
        'use a larger --step',
      );
    }
  }
  const texts = (p.text ?? []).map((g, i) => textCall().readText(g, [...at, 'text', i], rc));
  if (texts.length) ax.texts = [...(ax.texts ?? []), ...texts];
  const notes = (p.annotate ?? []).map((g, i) => annotate().readAnnotate(g, [...at, 'annotate', i], rc));
  if (notes.length) ax.annotations = [...(ax.annotations ?? []), ...notes];
  if (p.locatorParams?.length) applyLocatorParams(ax, p.locatorParams, [...at, 'locatorParams']);
  if (p.ticklabelFormat?.length)
    ticklabelFormat().applyTicklabelFormat(ax, p.ticklabelFormat, [...at, 'ticklabelFormat']);
  const tickParams = (p.tickParams ?? []).map((g, i) =>
    tickParamsCall().readTickParams(g, [...at, 'tickParams', i], rc),
  );
  if (tickParams.length) ax.tickParams = [...(ax.tickParams ?? []), ...tickParams];
  (p.spine ?? []).forEach((g, i) => {
    const { sides, spec } = readSpine(g, [...at, 'spine', i]);
    ax.spines ??= {};
    for (const side of sides) {
      const before = ax.spines[side];
      ax.spines[side] = { ...before, ...spec };
      // set_bounds(low, high): an end given as None keeps the one set before (none: the spine has no end there).
      if (spec.bounds && before?.bounds) {
        ax.spines[side]!.bounds = [spec.bounds[0] ?? before.bounds[0], spec.bounds[1] ?? before.bounds[1]];
      }
    }
  });
  // After tick_params: an axis method's tick settings go over them (tick_top() reads the labels they left).
  if (p.xaxis?.length || p.yaxis?.length) axisMethods().applyAxisMethods(ax, { x: p.xaxis, y: p.yaxis }, at, rc);
}

export function legendFrom(
  v: LegendLocation | boolean,
  current: LegendLocation | false | undefined,
  fallback: LegendLocation,
): LegendLocation | false {
  if (v === false) return false;
  if (v === true) return current || fallback;
  return v;
}

/**
 * plt.locator_params() calls, in order: each sets the parameters of the named axes' automatic locator (a
 * MaxNLocator); a later call keeps what an earlier one set. Fixed ticks or a MultipleLocator have other
 * parameters, which matplotlib's set_params refuses or actplot does not draw yet.
 */
function applyLocatorParams(ax: AxesSpec, calls: readonly string[], at: FieldPath): void {
  const { readLocatorParams } = require('./locator-call') as typeof import('./locator-call');
  calls.forEach((text, i) => {
    const { axes, locator, given } = readLocatorParams(text, [...at, i]);
    for (const axis of axes) {
      const current = ax[`${axis}locator`];
      if (ax[`${axis}ticks`] || current?.kind === 'multiple') {
        throw badValue(
          [...at, i],
          text,
          `the automatic ticks or a MaxNLocator on the ${axis} axis`,
          "matplotlib's, not drawn yet",
        );
      }
      ax[`${axis}locator`] = current?.kind === 'maxn' ? { ...current, ...given } : locator;
    }
  });
}

/**
 * set_box_aspect(1): the box's height over its width (None: none); an aspect of the axes then widens its limits
 * instead of shrinking the box (Axes.set_box_aspect sets adjustable='datalim').
 */
function readBoxAspect(ax: AxesSpec, given: string | number, at: FieldPath): void {
  const text = String(given).trim();
  if (text === 'None') {
    delete ax.boxAspect;
    return;
  }
  const v = Number(text);
  if (!(Number.isFinite(v) && v > 0 && v < 1e6)) {
    throw badValue(at, text, "the box's height over its width, a positive number (1 is square), or None");
  }
  ax.boxAspect = v;
  if (ax.aspect !== undefined) ax.aspectAdjustable = 'datalim';
}
