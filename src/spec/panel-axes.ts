/**
 * A panel's options → its AxesSpec: the curves with their styles, the sampling, the axes' texts, limits, ticks
 * and pyplot calls, in the look of the figure's style (the document's, matplotlib's or PyTorch's docs').
 */
import {
  addDerivatives,
  applyCurveStyles,
  applyOwnStyles,
  applyParams,
  curveSpec,
  isData,
  orderedCurves,
} from './curves';
import { applyGrid, applyLegend, applyPyplotCalls } from './axes-calls';
import { badValue, UsageError, type FieldPath } from '../errors';
import { curveLabel, getFunction, resolveParams } from '../functions/registry';
import { torchRepr } from '../functions/torch-repr';
import { validateSampling } from '../data/sampling';
import { samplingFrom, withXCall } from './x-call';
import { MAX_MARKERS } from '../limits';
import { type Rc } from '../style/rcparams';
import type { PanelOptions } from './options';
import { applyPropCycle, readAxesCycle } from './prop-cycle';
import { plainAxes, pytorchDocsAxes, styledAxes } from './presets';
import { quotedFirst } from '../pycall';
import { isLocatorCall, isTicksCall, parseErrorUnit, parseList } from './rules';
import { type AxesSpec, type MarkerKind } from './types';

/**
 * A panel's axes: the function's own figure when it is drawn alone; in the document's style otherwise,
 * titled after a lone function (in blue, as the document draws one), else with the colour cycle and a legend.
 */
export function panelAxes(
  given: PanelOptions,
  at: FieldPath,
  preset: AxesSpec | undefined,
  inGrid: boolean,
  { rc, plain, pytorchDocs }: { rc: Rc; plain: boolean; pytorchDocs: boolean },
): AxesSpec {
  // ax.set(...): its keywords are the options of their names; its reader loaded only then.
  const set =
    given.set === undefined
      ? undefined
      : (require('./axes-set') as typeof import('./axes-set')).readAxesSet(given.set, [...at, 'set'], given);
  const p = set ? { ...given, ...set.options } : given;
  const ordered = orderedCurves(p, at);
  const curves = ordered.map(({ curve, k }) => curveSpec(curve, [...at, 'curves', k], rc));
  const single = curves.length === 1 && !plain && !isData(curves[0]);
  const ax: AxesSpec =
    preset ??
    (pytorchDocs
      ? pytorchDocsAxes()
      : plain
        ? plainAxes()
        : { ...styledAxes(), legend: single ? 'upper left' : 'best' });
  if (set?.facecolor) ax.facecolor = set.facecolor;
  if (set?.axisbelow !== undefined) ax.axisbelow = set.axisbelow;
  if (preset) {
    ax.curves[0].params = { ...ax.curves[0].params, ...curves[0].params };
  } else if (plain) {
    ax.curves = curves;
  } else {
    // plot() of data keeps the style its call gives it; the functions take the document's.
    ax.curves = curves.map((c) => (isData(c) ? c : { ...c, linewidth: 2, color: single ? 'blue' : undefined }));
  }
  // The script's x line, read only when given.
  const range = withXCall(p, at);
  const rangeChanged =
    range.from !== undefined || range.to !== undefined || range.step !== undefined || range.num !== undefined;
  if (range.arange !== undefined && range.arange !== 'numpy' && range.arange !== 'torch') {
    throw badValue(
      [...at, 'arange'],
      range.arange,
      'numpy or torch: whose arange the x values are',
      'e.g. --arange numpy',
    );
  }
  ax.sampling = samplingFrom(range, ax.sampling, at);
  if (rangeChanged) {
    // The document's limits and ticks suit its range; on another range matplotlib would choose them anew.
    delete ax.xlim;
    delete ax.ylim;
    delete ax.xticks;
    delete ax.yticks;
    delete ax.xtickLabels;
    delete ax.ytickLabels;
  }
  if (p.param) applyParams(ax.curves, p.param, [...at, 'param']);
  // Each function is named with the parameters it is given that differ from PyTorch's defaults.
  for (const c of ax.curves) c.label ??= curveLabel(c);
  applyPrecision(ax, p, at);
  if (single && ax.curves.length > 1) {
    // One function made a family (--param up=0.5,1,2): titled by the function, its members in the colour cycle.
    for (const c of ax.curves) if (c.color === 'blue') delete c.color;
    if (!preset && !plain) {
      ax.title = getFunction(ax.curves[0].fn ?? '').label;
      ax.legend = 'best';
    }
  } else if (!preset && !plain && single) {
    ax.title = ax.curves[0].label;
    if (!inGrid) ax.ylabel = ax.curves[0].label;
  }
  // PyTorch's docs title each image with its module, plt.title(module): one function's, as str() prints it.
  const [only] = ax.curves;
  if (pytorchDocs && ax.curves.length === 1 && only.fn !== undefined) {
    const f = getFunction(only.fn);
    ax.title = torchRepr(f.name, resolveParams(f, only.params ?? {})) ?? only.label;
  }
  for (const call of ['title', 'xlabel', 'ylabel'] as const) {
    const given = p[call];
    if (given === undefined) continue;
    if (Array.isArray(given)) {
      // title() called again (the script's calls, a repeated --title, a config's list): one at each place.
      const { readTitles } = require('./label-calls') as typeof import('./label-calls');
      const titles = readTitles(given, [...at, call], rc);
      delete ax.otherTitles;
      ax.title = titles?.text ?? '';
      if (titles) ax.labelStyles = { ...ax.labelStyles, title: titles.style };
      if (titles?.others.length) ax.otherTitles = titles.others;
      continue;
    }
    // A text not begun with a quote is the text itself (label-calls.ts), and the calls' reader is not loaded.
    if (typeof given === 'string' && !quotedFirst(given)) {
      ax[call] = given;
      continue;
    }
    const { readLabelCall } = require('./label-calls') as typeof import('./label-calls');
    const { text, style } = readLabelCall(given, call, [...at, call], rc);
    ax[call] = text;
    if (Object.keys(style).length) ax.labelStyles = { ...ax.labelStyles, [call]: style };
  }
  // Typed values are checked too: the API hands them over directly.
  for (const key of ['xlim', 'ylim'] as const) {
    const v = p[key];
    if (v === undefined) continue;
    // Its reader (the pyplot argument reader with it) loaded only when limits are given.
    const { readLimits } = require('./lim-call') as typeof import('./lim-call');
    ax[key] = v === 'auto' ? undefined : readLimits(v, key[0] as 'x' | 'y', [...at, key]);
  }
  for (const key of ['xticks', 'yticks'] as const) {
    const v = p[key];
    if (v === undefined) continue;
    if (typeof v === 'string' && isLocatorCall(v)) {
      // A locator (ax.xaxis.set_major_locator): its ticks follow the view; its reader loaded only then.
      const { readMajorLocator, setMajorLocator } = require('./locator-call') as typeof import('./locator-call');
      setMajorLocator(ax, key[0] as 'x' | 'y', readMajorLocator(v, [...at, key], rc));
      continue;
    }
    if (typeof v === 'string' && v !== 'auto' && isTicksCall(v)) {
      // Written as a script writes them: read by the pyplot reader, loaded only then.
      const { readTicksCall, applyTicksCall } = require('./ticks-call') as typeof import('./ticks-call');
      applyTicksCall(ax, key[0] as 'x' | 'y', readTicksCall(v, [...at, key], rc));
    } else {
      delete ax[`${key[0] as 'x' | 'y'}tickLabels`];
      ax[key] = v === 'auto' ? undefined : parseList([...at, key], v);
    }
    if (plain && ax[key]) ax.ticksAfterPlots = true;
  }
  if (p.frameOn !== undefined) {
    if (typeof p.frameOn !== 'boolean') throw badValue([...at, 'frameOn'], String(p.frameOn), 'True or False');
    if (p.frameOn) delete ax.frameOff;
    else ax.frameOff = true;
  }
  for (const axis of ['x', 'y'] as const) {
    const given = p[`${axis}scale`];
    if (given === undefined) continue;
    const { readScale } = require('./scale-call') as typeof import('./scale-call');
    const scale = readScale(given, axis, [...at, `${axis}scale`]);
    if (scale) ax[`${axis}scale`] = scale;
    else delete ax[`${axis}scale`];
  }
  if (p.axis !== undefined) {
    // After the limits and ticks, as scripts call it after their plots; its reader loaded only then.
    const { applyAxisCall } = require('./axis-call') as typeof import('./axis-call');
    const own = { xlim: p.xlim !== undefined, ylim: p.ylim !== undefined, aspect: p.aspect !== undefined };
    applyAxisCall(ax, p.axis, [...at, 'axis'], own);
  }
  applyGrid(ax, p, at);
  // The options given one per function (--color a,b) go to the functions and expressions, in order.
  applyCurveStyles(
    ax.curves.filter((c) => !isData(c)),
    p,
    at,
  );
  applyOwnStyles(ax.curves, ordered, at);
  // A label is for a legend: plt.plot(..., label=...) then plt.legend() is the habit, so --label shows one.
  if (p.label?.length && ax.legend === false && p.legend === undefined) ax.legend = 'best';
  if (p.legend !== undefined) applyLegend(ax, p.legend, [...at, 'legend'], rc, plain);
  applyPyplotCalls(ax, p, at, rc);
  // Before the derivatives, which are drawn as their functions are, dashed.
  if (p.propCycle !== undefined) {
    const own = readAxesCycle(p.propCycle, [...at, 'propCycle']);
    if (own) ax.propCycle = own;
  }
  applyPropCycle(ax, rc);
  if (p.grad) {
    const drawn = ax.curves.findIndex((c) => c.derivative || c.gradient !== undefined);
    if (drawn >= 0) {
      // Its derivative would be the second, which forward-mode differentiation does not give.
      throw new UsageError([...at, 'grad'], {
        problem: `curve ${drawn + 1} is a derivative already (derivative, x.grad, np.gradient); --grad adds first derivatives alone`,
      });
    }
    addDerivatives(ax, single);
  }
  applyRcMarker(ax, rc);
  checkMarkers(ax, at);
  if (p.grad && ax.legend === false && p.legend === undefined && !plain) ax.legend = single ? 'upper left' : 'best';
  // The document's own legend (not asked for) lists what is labelled: data drawn without a label (plot, scatter)
  // leaves no empty frame and no warning of one.
  if (!preset && !plain && p.legend === undefined && ax.legend !== false && !hasLabelled(ax)) ax.legend = false;
  if ((ax.xscale || ax.yscale) && (ax.aspect !== undefined || ax.squareLimits)) {
    throw new UsageError([...at, ax.xscale ? 'xscale' : 'yscale'], {
      problem: "a log or symlog axis with an aspect is matplotlib's, but actplot does not draw it yet",
    });
  }
  return ax;
}

/** Whether anything in the axes has a label the legend would show (not '' and not starting with '_'). */
function hasLabelled(ax: AxesSpec): boolean {
  const lists: (readonly { label?: string }[] | undefined)[] = [
    ax.curves,
    ax.refLines,
    ax.segments,
    ax.spans,
    ax.fills,
  ];
  return lists.some((list) => (list ?? []).some((a) => !!a.label && !a.label.startsWith('_')));
}

/**
 * Below float32 every function's values are torch's for the type; with `error` each curve is its difference
 * from float64 instead (on the same, rounded, x), labelled so.
 */
function applyPrecision(ax: AxesSpec, p: PanelOptions, at: FieldPath): void {
  const dtype = ax.sampling.dtype ?? 'float64';
  if (p.error !== undefined) {
    const unit = parseErrorUnit(p.error, [...at, 'error']);
    if (dtype === 'float64') {
      throw badValue(
        [...at, 'error'],
        unit,
        'a --dtype below float64 to compare with it',
        'e.g. --dtype bfloat16 --error',
      );
    }
    if (p.grad) throw badValue([...at, 'error'], unit, "no --grad with it: --error draws the values' error");
    for (const c of ax.curves) {
      if (c.points) continue;
      c.dtype = dtype;
      c.error = unit;
      c.label = `${c.label}: ${dtype} − float64${unit === 'ulp' ? ' (ulp)' : ''}`;
    }
    // The y axis shows the error now, not the function (--ylabel, applied after, still wins).
    if (ax.ylabel !== undefined) ax.ylabel = `${dtype} − float64${unit === 'ulp' ? ', in ulp' : ''}`;
    return;
  }
  // Each curve in the type of its samples: the axes', or its own range's.
  for (const c of ax.curves) {
    const own = c.sampling ? c.sampling.dtype : dtype;
    if (!c.points && (own === 'bfloat16' || own === 'float16')) c.dtype = own;
  }
}

/**
 * lines.marker: every line that says no marker of its own (not one that says none) takes it, as Line2D does,
 * the reference lines (axhline, axvline) at both ends; a scatter's collection does not.
 */
function applyRcMarker(ax: AxesSpec, rc: Rc): void {
  const marker = rc['lines.marker'];
  if (marker === 'None') return;
  const kind = marker as MarkerKind;
  for (const c of ax.curves) if (!c.marker && !c.noMarker && !c.scatter) c.marker = kind;
  for (const r of ax.refLines ?? []) r.marker = kind;
}

/** At most MAX_MARKERS markers a curve. */
function checkMarkers(ax: AxesSpec, at: FieldPath): void {
  if (!ax.curves.some((c) => c.marker)) return;
  const n = validateSampling(ax.sampling, at);
  for (const c of ax.curves) {
    // Markers a distance apart are some of the drawn line's points, which the line's reduction bounds.
    const count =
      !c.marker || c.markDistance ? 0 : (c.markAt?.length ?? Math.ceil((c.points?.x.length ?? n) / (c.markevery ?? 1)));
    if (count > MAX_MARKERS) {
      throw badValue(
        [...at, 'markevery'],
        c.markevery ?? 1,
        `a spacing giving at most ${MAX_MARKERS} markers (this gives ${count})`,
        'use a larger --markevery',
      );
    }
  }
}
