/**
 * FigureOptions → FigureSpec: the one builder behind the command line, configs and the API.
 *
 * A lone function starts from its default figure (the document's, where it has one); several functions share
 * one axes in the document's style, each in the next colour of matplotlib's cycle. Errors name the field of
 * the options: ['panels', 1, 'xlim'], ['panels', 0, 'curves', 2, 'function'].
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { compileExpression } from '../functions/expression';
import { curveLabel, expressionContext, getFunction, parseFunctionRef, resolveParams } from '../functions/registry';
import { torchRepr } from '../functions/torch-repr';
import { readPlot } from './plot-call';
import { readAnnotate } from './annotate';
import { validateSampling, type Sampling } from '../data/sampling';
import { MAX_FILL_POINTS, MAX_MARKERS } from '../limits';
import { parseColor } from '../style/colors';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import { addFontFiles, figureRc, type FigureRc } from './figure-rc';
import type { CurveOptions, FigureOptions, PanelOptions, ParamInput } from './options';
import { defaultFigure, documentFigure, plainAxes, pytorchDocsAxes, styledAxes } from './presets';
import {
  readFillBetween,
  readSegments,
  readSpan,
  readSubplotsAdjust,
  readSuptitle,
  readText,
  readTickParams,
} from './pyplot-artists';
import { readLegend, readRefLine, readSpine, readTightLayout } from './pyplot-calls';
import {
  parseAlpha,
  parseFmt,
  parseLayout,
  parseLegend,
  parseLineStyle,
  parseList,
  parseRange,
  parseWidth,
} from './rules';
import {
  MARKERS,
  type AxesSpec,
  type CurveSpec,
  type FigureSpec,
  type GridStyle,
  type LegendLocation,
  type MarkerKind,
  type Share,
} from './types';

/** Options that shape an axes: a document figure of several panels takes none of them. */
const AXES_KEYS = [
  'from',
  'to',
  'step',
  'num',
  'dtype',
  'arange',
  'title',
  'xlabel',
  'ylabel',
  'xlim',
  'ylim',
  'xticks',
  'yticks',
  'grid',
  'gridStyle',
  'color',
  'linewidth',
  'linestyle',
  'label',
  'legend',
  'grad',
  'param',
  'axhline',
  'axvline',
  'hlines',
  'vlines',
  'axhspan',
  'axvspan',
  'spine',
  'tickParams',
  'text',
  'annotate',
  'aspect',
  'fillBetween',
  'marker',
  'markersize',
  'markevery',
  'fmt',
] as const;

export function buildFigure(options: FigureOptions): FigureSpec {
  const { panels } = options;
  const styled = figureRc(options);
  const rc = styled?.rc ?? DEFAULT_RC;
  if (!panels.length) throw noFunction(['panels'], false);
  const lone = panels.length === 1 && panels[0].curves.length === 1 ? panels[0].curves[0] : undefined;
  const named = lone?.function !== undefined ? documentFigure(lone.function.trim()) : undefined;
  if (named && named.axes.length > 1) return panelFigure(lone!.function!, named, options, styled);
  panels.forEach((p, j) =>
    p.curves.forEach((c, k) => {
      if (c.function !== undefined && (documentFigure(c.function.trim())?.axes.length ?? 0) > 1) {
        const hint = `'${c.function}' is a figure of several panels and stands alone: actplot ${c.function}`;
        throw badValue(
          ['panels', j, 'curves', k, 'function'],
          c.function,
          'a function to draw beside the others',
          hint,
        );
      }
    }),
  );
  panels.forEach((p, j) => {
    if (!p.curves.length)
      throw noFunction(panels.length > 1 ? ['panels', j] : ['panels', j, 'functions'], panels.length > 1);
  });
  // The matplotlib and pytorch-docs styles: pyplot's defaults, where the rcParams say all the script does not.
  const figureStyle = styled?.figureStyle ?? 'document';
  const plain = figureStyle !== 'document';
  const single = !plain && lone !== undefined && lone.function !== undefined && lone.expr === undefined;
  const base: FigureSpec = single
    ? defaultFigure(parseFunctionRef(lone.function!, ['panels', 0, 'curves', 0, 'function']).fn)
    : plain
      ? { size: [...rc['figure.figsize']], dpi: rc['figure.dpi'], axes: [] }
      : { size: [8, 4], dpi: 100, axes: [] };
  const [rows, cols] = options.layout ? parseLayout('layout', options.layout, panels.length) : [1, panels.length];
  if (!single && !plain && panels.length > 1) base.size = [5 * cols, 4 * rows];
  const look = { rc, plain, pytorchDocs: figureStyle === 'pytorch-docs' };
  const axes = panels.map((p, j) =>
    panelAxes(p, ['panels', j], single ? base.axes[0] : undefined, panels.length > 1, look),
  );
  const fig: FigureSpec = { ...base, axes, rows, cols };
  applyFigureOptions(fig, options, styled);
  return fig;
}

/** subplots()'s sharex / sharey: True is 'all', False 'none'. */
function readShare(v: boolean | string, at: FieldPath): Share {
  if (v === true) return 'all';
  if (v === false) return 'none';
  const t = v.trim().toLowerCase();
  if (t === 'true') return 'all';
  if (t === 'false') return 'none';
  if (t === 'all' || t === 'row' || t === 'col' || t === 'none') return t;
  throw badValue(at, v, 'all (True), row, col or none (False)', 'as plt.subplots(sharex=...) takes');
}

/** savefig(bbox_inches='tight', pad_inches=...): the padding, in inches. */
function bboxPad(o: FigureOptions, rc: Rc): number {
  if (o.bboxInches === undefined) {
    throw new UsageError(['padInches'], {
      problem: 'applies with --bbox-inches tight (matplotlib ignores pad_inches without it); add --bbox-inches tight',
    });
  }
  if (o.bboxInches.trim().toLowerCase() !== 'tight') {
    throw badValue(['bboxInches'], o.bboxInches, "'tight'", 'savefig() also takes a Bbox, which actplot does not yet');
  }
  const pad = o.padInches ?? rc['savefig.pad_inches'];
  if (!Number.isFinite(pad) || pad < 0 || pad > 10)
    throw badValue(['padInches'], pad, 'inches from 0 to 10', 'e.g. 0.1');
  return pad;
}

function noFunction(field: FieldPath, panels: boolean): UsageError {
  return new UsageError(field, {
    problem: panels
      ? "got a panel without a function; expected one or more functions (or --expr) after each --panel, e.g. 'actplot sigmoid --panel tanh'"
      : "none given; expected a function name or --expr, e.g. 'actplot gelu' or 'actplot --expr \"x * sigmoid(x)\"'",
  });
}

/** The document's figure of several panels (sigmoid-newfun-tanh-compare): it takes figure-wide options only. */
function panelFigure(name: string, fig: FigureSpec, options: FigureOptions, styled?: FigureRc): FigureSpec {
  const panel = options.panels[0];
  const used = AXES_KEYS.find((k) => panel[k] !== undefined);
  if (used) {
    throw new UsageError(['panels', 0, used], {
      problem: `'${name}' is a figure of ${fig.axes.length} panels; it takes only --size, --dpi, --transparent, --tight-layout, --bbox-inches, --pad-inches, --style, --rc and the output options`,
    });
  }
  applyFigureOptions(fig, options, styled);
  return fig;
}

/**
 * The figure's own options, over what its rcParams say of the saved file: savefig.dpi (else figure.dpi where
 * a style or --rc sets it), savefig.transparent, savefig.bbox and figure.autolayout.
 */
function applyFigureOptions(fig: FigureSpec, o: FigureOptions, styled?: FigureRc): void {
  const rc = styled?.rc ?? DEFAULT_RC;
  if (styled) fig.rc = rc;
  if (o.fontFile !== undefined) fig.fontFiles = addFontFiles(o.fontFile);
  const savefigDpi = rc['savefig.dpi'];
  if (o.size !== undefined) fig.size = [...o.size];
  if (o.dpi !== undefined) fig.dpi = o.dpi;
  else if (savefigDpi !== 'figure') fig.dpi = savefigDpi;
  else if (styled?.set.has('figure.dpi')) fig.dpi = rc['figure.dpi'];
  if (o.transparent ?? rc['savefig.transparent']) fig.transparent = true;
  if (o.bboxInches !== undefined || o.padInches !== undefined) fig.bboxInches = { pad: bboxPad(o, rc) };
  else if (rc['savefig.bbox'] === 'tight') fig.bboxInches = { pad: rc['savefig.pad_inches'] };
  for (const key of ['sharex', 'sharey'] as const) {
    const v = o[key];
    if (v !== undefined) fig[key] = readShare(v, [key]);
  }
  if (o.suptitle !== undefined) fig.suptitle = readSuptitle(o.suptitle, ['suptitle'], rc);
  if (o.subplotsAdjust !== undefined) fig.subplotsAdjust = readSubplotsAdjust(o.subplotsAdjust, ['subplotsAdjust']);
  if (o.tightLayout !== undefined && o.tightLayout !== false)
    fig.tightLayout = readTightLayout(o.tightLayout, ['tightLayout']);
  else if (o.tightLayout === undefined && rc['figure.autolayout']) fig.tightLayout = { pad: 1.08 };
}

/**
 * A panel's axes: the function's own figure when it is drawn alone; in the document's style otherwise,
 * titled after a lone function (in blue, as the document draws one), else with the colour cycle and a legend.
 */
function panelAxes(
  p: PanelOptions,
  at: FieldPath,
  preset: AxesSpec | undefined,
  inGrid: boolean,
  { rc, plain, pytorchDocs }: { rc: Rc; plain: boolean; pytorchDocs: boolean },
): AxesSpec {
  const ordered = orderedCurves(p);
  const curves = ordered.map(({ curve, k }) => curveSpec(curve, [...at, 'curves', k]));
  const single = curves.length === 1 && !plain && !isData(curves[0]);
  const ax: AxesSpec =
    preset ??
    (pytorchDocs
      ? pytorchDocsAxes()
      : plain
        ? plainAxes()
        : { ...styledAxes(), legend: single ? 'upper left' : 'best' });
  if (preset) {
    ax.curves[0].params = { ...ax.curves[0].params, ...curves[0].params };
  } else if (plain) {
    ax.curves = curves;
  } else {
    // plot() of data keeps the style its call gives it; the functions take the document's.
    ax.curves = curves.map((c) => (isData(c) ? c : { ...c, linewidth: 2, color: single ? 'blue' : undefined }));
  }
  const rangeChanged = p.from !== undefined || p.to !== undefined || p.step !== undefined || p.num !== undefined;
  if (p.arange !== undefined && p.arange !== 'numpy' && p.arange !== 'torch') {
    throw badValue([...at, 'arange'], p.arange, 'numpy or torch: whose arange the x values are', 'e.g. --arange numpy');
  }
  ax.sampling = samplingFrom(p, ax.sampling, at);
  if (rangeChanged) {
    // The document's limits and ticks suit its range; on another range matplotlib would choose them anew.
    delete ax.xlim;
    delete ax.ylim;
    delete ax.xticks;
    delete ax.yticks;
  }
  if (p.param) applyParams(ax.curves, p.param, [...at, 'param']);
  // Each function is named with the parameters it is given that differ from PyTorch's defaults.
  for (const c of ax.curves) c.label ??= curveLabel(c);
  if (!preset && !plain && single) {
    ax.title = ax.curves[0].label;
    if (!inGrid) ax.ylabel = ax.curves[0].label;
  }
  // PyTorch's docs title each image with its module, plt.title(module): one function's, as str() prints it.
  const [only] = ax.curves;
  if (pytorchDocs && ax.curves.length === 1 && only.fn !== undefined) {
    const f = getFunction(only.fn);
    ax.title = torchRepr(f.name, resolveParams(f, only.params ?? {})) ?? only.label;
  }
  if (p.title !== undefined) ax.title = p.title;
  if (p.xlabel !== undefined) ax.xlabel = p.xlabel;
  if (p.ylabel !== undefined) ax.ylabel = p.ylabel;
  // Typed values are checked too: the API hands them over directly.
  for (const key of ['xlim', 'ylim'] as const) {
    const v = p[key];
    if (v !== undefined) ax[key] = v === 'auto' ? undefined : parseRange([...at, key], v);
  }
  for (const key of ['xticks', 'yticks'] as const) {
    const v = p[key];
    if (v !== undefined) ax[key] = v === 'auto' ? undefined : parseList([...at, key], v);
  }
  applyGrid(ax, p, at);
  // The options given one per function (--color a,b) go to the functions and expressions, in order.
  applyCurveStyles(
    ax.curves.filter((c) => !isData(c)),
    p,
    at,
  );
  if (ax.curves.some((c) => c.marker)) {
    const n = validateSampling(ax.sampling, at);
    for (const c of ax.curves) {
      const count = c.marker ? Math.ceil((c.points?.x.length ?? n) / (c.markevery ?? 1)) : 0;
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
  applyOwnStyles(ax.curves, ordered, at);
  if (p.legend !== undefined) applyLegend(ax, p.legend, [...at, 'legend'], rc, plain);
  applyPyplotCalls(ax, p, at, rc);
  if (p.grad) addDerivatives(ax, single);
  if (p.grad && ax.legend === false && p.legend === undefined && !plain) ax.legend = single ? 'upper left' : 'best';
  return ax;
}

/** A curve of data points (plt.plot of lists), not of a function or an expression. */
const isData = (c: CurveSpec) => c.points !== undefined;

/** A fill's bound: 'relu' or 'gelu(approximate=tanh)' names a function; anything else is an expression in x. */
function fillCurve(text: string, at: FieldPath): CurveSpec {
  const t = text.trim();
  const named = /^([A-Za-z][\w-]*)\s*(\(\s*[A-Za-z_]\w*\s*=.*\))?$/s.exec(t);
  return named && expressionContext.lookup(named[1]) ? curveSpec({ function: t }, at) : curveSpec({ expr: t }, at);
}

/** The curves in the order given (the command line's as typed), each with its index in p.curves. */
function orderedCurves(p: PanelOptions): { curve: CurveOptions; k: number }[] {
  return p.curves.map((curve, k) => ({ curve, k }));
}

/** A curve's function (with its inline parameters) or its expression, compiled now so a mistake is reported. */
function curveSpec(c: CurveOptions, at: FieldPath): CurveSpec {
  const kinds = [c.function, c.expr, c.plot].filter((v) => v !== undefined).length;
  if (kinds !== 1) throw new UsageError(at, { problem: 'expected exactly one of function, expr and plot' });
  if (c.plot !== undefined) return readPlot(c.plot, [...at, 'plot']);
  if (c.expr !== undefined) {
    compileExpression(c.expr, expressionContext, [...at, 'expr']);
    return { expr: c.expr, label: c.name ?? c.expr };
  }
  const { fn, params } = parseFunctionRef(c.function!, [...at, 'function']);
  return { fn, params };
}

/** The sampling asked for, on top of a default one. */
export function samplingFrom(
  p: Pick<PanelOptions, 'from' | 'to' | 'step' | 'num' | 'dtype' | 'arange'>,
  base: Sampling,
  at: FieldPath = [],
): Sampling {
  const from = p.from ?? base.from;
  const to = p.to ?? base.to;
  // np.arange of Python floats gives float64; torch.arange float32, the document's.
  const numpy = p.arange === 'numpy' || (p.arange === undefined && base.kind === 'arange' && base.method === 'numpy');
  const dtype = p.dtype ?? (p.arange === 'numpy' ? 'float64' : base.dtype);
  if (p.num !== undefined && p.step !== undefined) {
    throw new UsageError([...at, 'num/step'], {
      problem: 'got both; expected one of them (step for arange spacing, num for a point count)',
    });
  }
  if (p.num !== undefined)
    return { kind: 'linspace', from, to, num: p.num, dtype, ...(numpy && { method: 'numpy' as const }) };
  const step = p.step ?? (base.kind === 'arange' ? base.step : (to - from) / 1000);
  return { kind: 'arange', from, to, step, dtype, ...(numpy && { method: 'numpy' as const }) };
}

/** `param` applies to every curve whose function has that parameter. */
function applyParams(curves: CurveSpec[], given: Record<string, ParamInput>, at: FieldPath): void {
  const fnCurves = curves.filter((c): c is CurveSpec & { fn: string } => c.fn !== undefined);
  for (const [name, value] of Object.entries(given)) {
    const takers = fnCurves.filter((c) => getFunction(c.fn).params.some((p) => p.name === name));
    if (!takers.length) {
      if (!fnCurves.length) {
        const expected =
          'a function with parameters; an expression takes them inline, e.g. leaky_relu(x, negative_slope=0.2)';
        throw badValue(at, `${name}=${value}`, expected);
      }
      resolveParams(getFunction(fnCurves[0].fn), { [name]: value }, at); // names the accepted parameters
    }
    for (const c of takers) {
      c.params = { ...c.params, [name]: value };
      resolveParams(getFunction(c.fn), c.params, at);
    }
  }
}

function applyGrid(ax: AxesSpec, p: PanelOptions, at: FieldPath): void {
  if (p.grid !== undefined) ax.grid = p.grid;
  const g = p.gridStyle;
  if (!g) return;
  const style: GridStyle = { ...ax.gridStyle };
  if (g.color !== undefined) {
    parseColor(g.color, [...at, 'grid', 'color']);
    style.color = g.color;
  }
  if (g.alpha !== undefined) style.alpha = parseAlpha([...at, 'grid', 'alpha'], g.alpha);
  if (g.linestyle !== undefined) style.linestyle = parseLineStyle([...at, 'grid', 'linestyle'], g.linestyle);
  if (g.linewidth !== undefined) style.linewidth = parseWidth([...at, 'grid', 'linewidth'], g.linewidth);
  if (!Object.keys(style).length) return;
  ax.gridStyle = style;
  if (p.grid === undefined) ax.grid = true; // styling the grid asks for it, as plt.grid(color=...) does
}

/** One value for every curve, or one per curve in order. */
function perCurve<T>(at: FieldPath, values: T[] | undefined, count: number): T[] | undefined {
  if (values === undefined) return undefined;
  if (values.length === 1) return Array<T>(count).fill(values[0]);
  if (values.length !== count) {
    throw badValue(at, values.join(','), `one value, or ${count} comma-separated values (one per function)`);
  }
  return values;
}

function applyCurveStyles(curves: CurveSpec[], p: PanelOptions, at: FieldPath): void {
  const n = curves.length;
  // A format string first: keywords given beside it win, as plt.plot(x, y, 'r--', color='b') draws blue.
  perCurve([...at, 'fmt'], p.fmt, n)?.forEach((f, i) => {
    const { color, linestyle, marker, noLine } = parseFmt([...at, 'fmt'], f.trim());
    if (color) curves[i].color = color;
    if (linestyle) curves[i].linestyle = linestyle;
    if (marker) curves[i].marker = marker;
    if (noLine) curves[i].noLine = true;
  });
  perCurve([...at, 'color'], p.color, n)?.forEach((c, i) => {
    parseColor(c, [...at, 'color']);
    curves[i].color = c;
  });
  perCurve([...at, 'linewidth'], p.linewidth, n)?.forEach((w, i) => {
    curves[i].linewidth = parseWidth([...at, 'linewidth'], w);
  });
  perCurve([...at, 'linestyle'], p.linestyle, n)?.forEach((s, i) => {
    curves[i].linestyle = parseLineStyle([...at, 'linestyle'], s);
  });
  perCurve([...at, 'marker'], p.marker, n)?.forEach((m, i) => {
    const kind = m.trim();
    if (kind === '' || kind === 'None' || kind === 'none') return;
    if (!(MARKERS as readonly string[]).includes(kind)) {
      throw badValue([...at, 'marker'], m, `one of matplotlib's markers actplot draws: ${MARKERS.join(' ')}`);
    }
    curves[i].marker = kind as MarkerKind;
  });
  perCurve([...at, 'markersize'], p.markersize, n)?.forEach((v, i) => {
    if (!(Number.isFinite(v) && v > 0 && v <= 100))
      throw badValue([...at, 'markersize'], v, 'points, above 0 up to 100');
    curves[i].markersize = v;
  });
  perCurve([...at, 'markevery'], p.markevery, n)?.forEach((v, i) => {
    if (!(Number.isInteger(v) && v >= 1))
      throw badValue([...at, 'markevery'], v, 'a whole number of samples, 1 or more');
    curves[i].markevery = v;
  });
  if (p.label) {
    if (p.label.length > n) {
      throw badValue([...at, 'label'], p.label.join(' | '), `at most ${n} labels, one per function in order`);
    }
    p.label.forEach((l, i) => {
      curves[i].label = l;
    });
  }
}

/** A curve's own style and parameters (a config's curves), over the panel's. */
function applyOwnStyles(curves: CurveSpec[], ordered: { curve: CurveOptions; k: number }[], at: FieldPath): void {
  ordered.forEach(({ curve: c, k }, i) => {
    const target = curves[i];
    const here = [...at, 'curves', k];
    if (c.params) {
      target.params = { ...target.params, ...c.params };
      resolveParams(getFunction(target.fn ?? ''), target.params, [...here, 'params']);
    }
    if (c.derivative) target.derivative = true;
    if (c.label !== undefined) target.label = c.label;
    if (c.color !== undefined) {
      parseColor(c.color, [...here, 'color']);
      target.color = c.color;
    }
    if (c.linewidth !== undefined) target.linewidth = parseWidth([...here, 'linewidth'], c.linewidth);
    if (c.linestyle !== undefined) target.linestyle = parseLineStyle([...here, 'linestyle'], c.linestyle);
  });
}

/**
 * The derivative of each function, after it: in green for a lone function, as the document draws it,
 * otherwise dashed in its function's colour.
 */
function addDerivatives(ax: AxesSpec, single: boolean): void {
  let cycle = 0; // matplotlib advances its colour cycle only for lines without a colour of their own
  ax.curves = ax.curves.flatMap((c) => {
    if (single) return [c, { ...c, derivative: true, label: 'gradient', color: 'green' }];
    // 'CN' is read from the rc's cycle, wrapping around at its length as matplotlib does.
    const color = c.color ?? `C${cycle++}`;
    if (isData(c)) return [{ ...c, color }]; // data has no derivative; it takes its turn in the cycle all the same
    const label = `${c.label ?? curveLabel(c)} gradient`;
    return [
      { ...c, color },
      { ...c, color, derivative: true, label, linestyle: '--' as const },
    ];
  });
}

function applyLegend(
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
  const { loc, style } = readLegend(given, at, rc);
  ax.legend = legendFrom(loc ?? true, ax.legend, fallback);
  if (Object.keys(style).length) ax.legendStyle = { ...ax.legendStyle, ...style };
}

/** axhline, axvline, hlines, vlines, axhspan, axvspan and spine settings, in the order given. */
function applyPyplotCalls(ax: AxesSpec, p: PanelOptions, at: FieldPath, rc: Rc): void {
  const lines = [
    ...(p.axhline ?? []).map((g, i) => readRefLine('h', g, [...at, 'axhline', i], rc)),
    ...(p.axvline ?? []).map((g, i) => readRefLine('v', g, [...at, 'axvline', i], rc)),
  ];
  if (lines.length) ax.refLines = [...(ax.refLines ?? []), ...lines];
  const segments = [
    ...(p.hlines ?? []).map((g, i) => readSegments('h', g, [...at, 'hlines', i], rc)),
    ...(p.vlines ?? []).map((g, i) => readSegments('v', g, [...at, 'vlines', i], rc)),
  ];
  if (segments.length) ax.segments = [...(ax.segments ?? []), ...segments];
  const spans = [
    ...(p.axhspan ?? []).map((g, i) => readSpan('h', g, [...at, 'axhspan', i], rc)),
    ...(p.axvspan ?? []).map((g, i) => readSpan('v', g, [...at, 'axvspan', i], rc)),
  ];
  if (spans.length) ax.spans = [...(ax.spans ?? []), ...spans];
  if (p.aspect !== undefined) {
    const a = p.aspect === 'equal' ? 1 : p.aspect === 'auto' ? undefined : Number(p.aspect);
    if (a !== undefined && !(Number.isFinite(a) && a > 0 && a < 1e6)) {
      throw badValue([...at, 'aspect'], p.aspect, "'equal', 'auto' or a number > 0", 'as ax.set_aspect() takes');
    }
    if (a === undefined) delete ax.aspect;
    else ax.aspect = a;
  }
  const fills = (p.fillBetween ?? []).map((g, i) => readFillBetween(g, [...at, 'fillBetween', i], fillCurve));
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
  const texts = (p.text ?? []).map((g, i) => readText(g, [...at, 'text', i], rc));
  if (texts.length) ax.texts = [...(ax.texts ?? []), ...texts];
  const notes = (p.annotate ?? []).map((g, i) => readAnnotate(g, [...at, 'annotate', i], rc));
  if (notes.length) ax.annotations = [...(ax.annotations ?? []), ...notes];
  const tickParams = (p.tickParams ?? []).map((g, i) => readTickParams(g, [...at, 'tickParams', i], rc));
  if (tickParams.length) ax.tickParams = [...(ax.tickParams ?? []), ...tickParams];
  (p.spine ?? []).forEach((g, i) => {
    const { sides, spec } = readSpine(g, [...at, 'spine', i]);
    ax.spines ??= {};
    for (const side of sides) ax.spines[side] = { ...ax.spines[side], ...spec };
  });
}

function legendFrom(
  v: LegendLocation | boolean,
  current: LegendLocation | false | undefined,
  fallback: LegendLocation,
): LegendLocation | false {
  if (v === false) return false;
  if (v === true) return current || fallback;
  return v;
}
