/**
 * `actplot <function...> [options] [--panel <function...> [options]]...` → a FigureSpec.
 * A lone function starts from its default figure (the document's, where it has one); several functions
 * share one axes in the document's style, each in the next colour of matplotlib's cycle.
 */
import { badValue, UsageError } from '../errors';
import { compileExpression } from '../functions/expression';
import { curveLabel, expressionContext, getFunction, resolveParams } from '../functions/registry';
import { defaultFigure, documentFigure, styledAxes } from '../presets';
import type { DType, Sampling } from '../sampling';
import {
  LINE_STYLE_NAMES,
  type AxesSpec,
  type CurveSpec,
  type FigureSpec,
  type LegendLocation,
  type LineStyle,
} from '../spec';
import { parseColor } from '../style/colors';
import { parseInteger, parseLegend, parseList, parseNumber, parsePositive, parseRange, parseSize } from './parse';

/** Raw option values as commander hands them over (strings, or booleans for flags). */
export interface PlotOptions {
  from?: string;
  to?: string;
  step?: string;
  num?: string;
  dtype?: string;
  size?: string;
  dpi?: string;
  layout?: string;
  title?: string;
  xlabel?: string;
  ylabel?: string;
  xlim?: string;
  ylim?: string;
  xticks?: string;
  yticks?: string;
  grid?: boolean;
  gridColor?: string;
  gridAlpha?: string;
  gridLinestyle?: string;
  gridLinewidth?: string;
  color?: string;
  linewidth?: string;
  linestyle?: string;
  label?: string[];
  legend?: string | boolean;
  grad?: boolean;
  param?: Record<string, string>;
  expr?: string[];
  name?: string[];
  transparent?: boolean;
}

export interface RangeOptions {
  from?: string;
  to?: string;
  step?: string;
  num?: string;
  dtype?: string;
}

/** One panel as typed: its functions and the options given with them. */
export interface PanelInput {
  functions: string[];
  opts: PlotOptions;
}

/** The sampling asked for, on top of a default one. */
export function samplingFrom(o: RangeOptions, base: Sampling): Sampling {
  const from = o.from !== undefined ? parseNumber('--from', o.from) : base.from;
  const to = o.to !== undefined ? parseNumber('--to', o.to) : base.to;
  const dtype = o.dtype !== undefined ? parseDType(o.dtype) : base.dtype;
  if (o.num !== undefined && o.step !== undefined) {
    throw new UsageError(
      `--num/--step: got both; expected one of them (--step for arange spacing, --num for a point count)`,
    );
  }
  if (o.num !== undefined) return { kind: 'linspace', from, to, num: parseInteger('--num', o.num, 2), dtype };
  const step =
    o.step !== undefined
      ? parseNumber('--step', o.step, 'a number > 0, e.g. 0.1')
      : base.kind === 'arange'
        ? base.step
        : (to - from) / 1000;
  return { kind: 'arange', from, to, step, dtype };
}

function parseDType(text: string): DType {
  if (text === 'float32' || text === 'float64') return text;
  throw new UsageError(
    `--dtype: got '${text}'; expected float32 (torch's default, as the document's scripts) or float64`,
  );
}

/** "gelu" or "gelu(approximate=tanh)" or "leaky-relu(negative_slope=0.2)". */
export function parseFunctionSpec(text: string): { fn: string; params: Record<string, string> } {
  const m = /^\s*([A-Za-z][\w-]*)\s*(?:\((.*)\))?\s*$/.exec(text);
  if (!m)
    throw badValue('function', text, "a function name, optionally with parameters: gelu or 'gelu(approximate=tanh)'");
  const fn = getFunction(m[1]).name;
  // No prototype: a parameter called __proto__ is a name like any other (and is refused as unknown).
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  if (m[2] !== undefined && m[2].trim() !== '') {
    for (const part of m[2].split(',')) {
      const eq = part.indexOf('=');
      if (eq <= 0)
        throw badValue(
          'function',
          text,
          `NAME(PARAM=VALUE, ...), e.g. ${fn}(${getFunction(fn).params[0]?.name ?? 'param'}=1)`,
        );
      const name = part.slice(0, eq).trim();
      if (name in params) throw badValue('function', text, `each parameter once`, `${name} is given twice`);
      params[name] = part.slice(eq + 1).trim();
    }
  }
  resolveParams(getFunction(fn), params, `function '${text}'`);
  return { fn, params: { ...params } };
}

/** Options that shape one function's axes; a figure of several panels takes only figure-wide ones. */
const AXES_OPTIONS = [
  'from',
  'to',
  'step',
  'num',
  'dtype',
  'title',
  'xlabel',
  'ylabel',
  'xlim',
  'ylim',
  'xticks',
  'yticks',
  'grid',
  'gridColor',
  'gridAlpha',
  'gridLinestyle',
  'gridLinewidth',
  'color',
  'linewidth',
  'linestyle',
  'label',
  'legend',
  'grad',
  'param',
] as const;

/** The document's figure of several panels called `name` (sigmoid-newfun-tanh-compare), with figure-wide options. */
export function panelFigureFromOptions(name: string, o: PlotOptions): FigureSpec | undefined {
  const fig = documentFigure(name);
  if (!fig || fig.axes.length < 2) return undefined;
  const used = AXES_OPTIONS.filter((k) => o[k] !== undefined);
  if (used.length) {
    throw new UsageError(
      `--${kebab(used[0])}: '${name}' is a figure of ${fig.axes.length} panels; it takes only --size, --dpi, --transparent and the output options`,
    );
  }
  applyFigureOptions(fig, o);
  return fig;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function applyFigureOptions(fig: FigureSpec, o: PlotOptions): void {
  if (o.size !== undefined) fig.size = parseSize(o.size);
  if (o.dpi !== undefined) fig.dpi = parsePositive('--dpi', o.dpi, '100');
  if (o.transparent) fig.transparent = true;
}

/** Figure-wide options may be given with any panel; the last one given wins. */
function figureWide(panels: PanelInput[]): PlotOptions {
  const out: PlotOptions = {};
  for (const { opts } of panels) {
    for (const k of ['size', 'dpi', 'transparent', 'layout'] as const)
      if (opts[k] !== undefined) (out as Record<string, unknown>)[k] = opts[k];
  }
  return out;
}

export function figureFromPanels(panels: PanelInput[]): FigureSpec {
  if (panels.some((p) => p.functions.length === 0 && !p.opts.expr?.length)) {
    throw new UsageError(
      panels.length > 1
        ? "--panel: got a panel without a function; expected one or more functions (or --expr) after each --panel, e.g. 'actplot sigmoid --panel tanh'"
        : "function: none given; expected a function name or --expr, e.g. 'actplot gelu' or 'actplot --expr \"x * sigmoid(x)\"'",
    );
  }
  const wide = figureWide(panels);
  const single = panels.length === 1 && panels[0].functions.length === 1 && !panels[0].opts.expr?.length;
  const specs = panels.map((p) => p.functions.map(parseFunctionSpec));
  const base: FigureSpec = single ? defaultFigure(specs[0][0].fn) : { size: [8, 4], dpi: 100, axes: [] };
  const [rows, cols] = wide.layout !== undefined ? parseLayout(wide.layout, panels.length) : [1, panels.length];
  if (!single && panels.length > 1) base.size = [5 * cols, 4 * rows];
  const axes = panels.map((p, i) => panelAxes(specs[i], p.opts, single ? base.axes[0] : undefined, panels.length > 1));
  const fig: FigureSpec = { ...base, axes, rows, cols };
  applyFigureOptions(fig, wide);
  return fig;
}

function parseLayout(text: string, panels: number): [number, number] {
  const m = /^\s*(\d+)\s*[x×X]\s*(\d+)\s*$/.exec(text);
  const expected = `ROWSxCOLS with room for all ${panels} panels, e.g. ${panels > 1 ? `1x${panels}` : '1x1'}`;
  if (!m) throw badValue('--layout', text, expected);
  const [rows, cols] = [Number(m[1]), Number(m[2])];
  if (rows < 1 || cols < 1 || rows * cols < panels || rows * cols > 100) throw badValue('--layout', text, expected);
  return [rows, cols];
}

type FnSpec = { fn: string; params: Record<string, string> };

/**
 * A panel's axes: the function's own figure when it is drawn alone; in the document's style otherwise,
 * titled after a lone function (in blue, as the document draws one), else with the colour cycle and a legend.
 */
function panelAxes(fns: FnSpec[], o: PlotOptions, preset: AxesSpec | undefined, inGrid: boolean): AxesSpec {
  const exprs = expressionCurves(o);
  const single = fns.length + exprs.length === 1;
  const ax: AxesSpec = preset ?? { ...styledAxes(), legend: single ? 'upper left' : 'best' };
  if (preset) {
    ax.curves[0].params = { ...ax.curves[0].params, ...fns[0].params };
  } else {
    ax.curves = [
      ...fns.map((f): CurveSpec => ({ fn: f.fn, params: f.params, label: getFunction(f.fn).label })),
      ...exprs,
    ].map((c) => ({ ...c, linewidth: 2, color: single ? 'blue' : undefined }));
    const label = ax.curves[0].label;
    if (single) ax.title = label;
    if (single && !inGrid) ax.ylabel = label;
  }
  const rangeChanged = o.from !== undefined || o.to !== undefined || o.step !== undefined || o.num !== undefined;
  ax.sampling = samplingFrom(o, ax.sampling);
  if (rangeChanged) {
    // The document's limits and ticks suit its range; on another range matplotlib would choose them anew.
    delete ax.xlim;
    delete ax.ylim;
    delete ax.xticks;
    delete ax.yticks;
  }
  if (o.param) applyParams(ax.curves, o.param);
  if (o.title !== undefined) ax.title = o.title;
  if (o.xlabel !== undefined) ax.xlabel = o.xlabel;
  if (o.ylabel !== undefined) ax.ylabel = o.ylabel;
  if (o.xlim !== undefined) ax.xlim = isAuto(o.xlim) ? undefined : parseRange('--xlim', o.xlim);
  if (o.ylim !== undefined) ax.ylim = isAuto(o.ylim) ? undefined : parseRange('--ylim', o.ylim);
  if (o.xticks !== undefined) ax.xticks = isAuto(o.xticks) ? undefined : parseList('--xticks', o.xticks);
  if (o.yticks !== undefined) ax.yticks = isAuto(o.yticks) ? undefined : parseList('--yticks', o.yticks);
  applyGrid(ax, o);
  applyCurveStyles(ax.curves, o);
  if (o.legend !== undefined) ax.legend = legendFrom(o.legend, ax.legend);
  if (o.grad) addDerivatives(ax, single);
  if (o.grad && ax.legend === false && o.legend === undefined) ax.legend = single ? 'upper left' : 'best';
  return ax;
}

/** --expr EXPRESSION (repeatable), named by --name: compiled now so that a mistake is reported at once. */
function expressionCurves(o: PlotOptions): CurveSpec[] {
  const exprs = o.expr ?? [];
  const names = o.name ?? [];
  if (names.length > exprs.length)
    throw badValue('--name', names.join(' | '), `at most ${exprs.length} names, one per --expr`);
  return exprs.map((expr, i) => {
    compileExpression(expr, expressionContext, '--expr');
    return { expr, label: names[i] ?? expr };
  });
}

/** --param NAME=VALUE applies to every curve whose function has that parameter. */
function applyParams(curves: CurveSpec[], given: Record<string, string>): void {
  const fnCurves = curves.filter((c): c is CurveSpec & { fn: string } => c.fn !== undefined);
  for (const [name, value] of Object.entries(given)) {
    const takers = fnCurves.filter((c) => getFunction(c.fn).params.some((p) => p.name === name));
    if (!takers.length) {
      if (!fnCurves.length)
        throw badValue(
          '--param',
          `${name}=${value}`,
          'a function with parameters; an expression takes them inline, e.g. leaky_relu(x, negative_slope=0.2)',
        );
      resolveParams(getFunction(fnCurves[0].fn), { [name]: value }); // names the accepted parameters
    }
    for (const c of takers) {
      c.params = { ...c.params, [name]: value };
      resolveParams(getFunction(c.fn), c.params);
    }
  }
}

/** 'auto' asks for matplotlib's automatic limits or ticks instead of a figure's own. */
const isAuto = (text: string) => text.trim().toLowerCase() === 'auto';

function applyGrid(ax: AxesSpec, o: PlotOptions): void {
  if (o.grid !== undefined) ax.grid = o.grid;
  const style = { ...ax.gridStyle };
  if (o.gridColor !== undefined) {
    parseColor(o.gridColor, '--grid-color');
    style.color = o.gridColor;
  }
  if (o.gridAlpha !== undefined) {
    style.alpha = parseNumber('--grid-alpha', o.gridAlpha, 'a number from 0 to 1');
    if (style.alpha < 0 || style.alpha > 1) throw badValue('--grid-alpha', o.gridAlpha, 'a number from 0 to 1');
  }
  if (o.gridLinestyle !== undefined) style.linestyle = parseLineStyle('--grid-linestyle', o.gridLinestyle);
  if (o.gridLinewidth !== undefined) style.linewidth = parseWidth('--grid-linewidth', o.gridLinewidth);
  if (Object.keys(style).length) {
    ax.gridStyle = style;
    if (o.grid === undefined) ax.grid = true; // styling the grid asks for it, as plt.grid(color=...) does
  }
}

/** Comma-separated values, one per function in order; a single value applies to all. */
function perCurve(option: string, text: string | undefined, count: number): string[] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length === 1) return Array(count).fill(parts[0]);
  if (parts.length !== count)
    throw badValue(option, text, `one value, or ${count} comma-separated values (one per function)`);
  return parts;
}

function applyCurveStyles(curves: CurveSpec[], o: PlotOptions): void {
  const n = curves.length;
  perCurve('--color', o.color, n)?.forEach((c, i) => {
    parseColor(c);
    curves[i].color = c;
  });
  perCurve('--linewidth', o.linewidth, n)?.forEach((w, i) => {
    curves[i].linewidth = parseWidth('--linewidth', w);
  });
  perCurve('--linestyle', o.linestyle, n)?.forEach((s, i) => {
    curves[i].linestyle = parseLineStyle('--linestyle', s);
  });
  if (o.label) {
    if (o.label.length > n)
      throw badValue('--label', o.label.join(' | '), `at most ${n} labels, one per function in order`);
    o.label.forEach((l, i) => {
      curves[i].label = l;
    });
  }
}

function parseWidth(option: string, text: string): number {
  const w = parseNumber(option, text, 'a width in points from 0 to 1000, e.g. 2');
  if (w < 0 || w > 1000) throw badValue(option, text, 'a width in points from 0 to 1000, e.g. 2');
  return w;
}

export function parseLineStyle(option: string, text: string): LineStyle {
  const s = LINE_STYLE_NAMES[text.trim()];
  if (!s) throw badValue(option, text, "one of '-', '--', '-.', ':' (or solid, dashed, dashdot, dotted)");
  return s;
}

/**
 * The derivative of each function, after it: in green for a lone function, as the document draws it,
 * otherwise dashed in its function's colour.
 */
function addDerivatives(ax: AxesSpec, single: boolean): void {
  let cycle = 0; // matplotlib advances its colour cycle only for lines without a colour of their own
  ax.curves = ax.curves.flatMap((c) => {
    if (single) return [c, { ...c, derivative: true, label: 'gradient', color: 'green' }];
    const color = c.color ?? cycleColour(cycle++);
    return [
      { ...c, color },
      { ...c, color, derivative: true, label: `${c.label ?? curveLabel(c)} gradient`, linestyle: '--' as const },
    ];
  });
}

const cycleColour = (i: number) => `C${i % 10}`;

function legendFrom(v: string | boolean, current: LegendLocation | false | undefined): LegendLocation | false {
  if (v === false) return false;
  if (v === true) return current || 'best';
  return parseLegend(v);
}
