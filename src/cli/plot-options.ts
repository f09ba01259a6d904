/** Options of `actplot <function>` applied to the function's default figure. */
import { UsageError } from '../errors';
import { getFunction, resolveParams } from '../functions/registry';
import { defaultFigure, documentFigure } from '../presets';
import type { DType, Sampling } from '../sampling';
import type { FigureSpec, LegendLocation } from '../spec';
import { parseColor } from '../style/colors';
import {
  parseInteger, parseLegend, parseList, parseNumber, parsePositive, parseRange, parseSize,
} from './parse';

/** Raw option values as commander hands them over (strings, or booleans for flags). */
export interface PlotOptions {
  from?: string; to?: string; step?: string; num?: string; dtype?: string;
  size?: string; dpi?: string;
  title?: string; xlabel?: string; ylabel?: string;
  xlim?: string; ylim?: string; xticks?: string; yticks?: string;
  grid?: boolean; color?: string; linewidth?: string;
  legend?: string | boolean; grad?: boolean;
  param?: Record<string, string>;
  transparent?: boolean;
}

export interface RangeOptions { from?: string; to?: string; step?: string; num?: string; dtype?: string }

/** The sampling asked for, on top of a default one. */
export function samplingFrom(o: RangeOptions, base: Sampling): Sampling {
  const from = o.from !== undefined ? parseNumber('--from', o.from) : base.from;
  const to = o.to !== undefined ? parseNumber('--to', o.to) : base.to;
  const dtype = o.dtype !== undefined ? parseDType(o.dtype) : base.dtype;
  if (o.num !== undefined && o.step !== undefined) {
    throw new UsageError(`--num/--step: got both; expected one of them (--step for arange spacing, --num for a point count)`);
  }
  if (o.num !== undefined) return { kind: 'linspace', from, to, num: parseInteger('--num', o.num, 2), dtype };
  const step = o.step !== undefined ? parseNumber('--step', o.step, 'a number > 0, e.g. 0.1')
    : base.kind === 'arange' ? base.step : (to - from) / 1000;
  return { kind: 'arange', from, to, step, dtype };
}

function parseDType(text: string): DType {
  if (text === 'float32' || text === 'float64') return text;
  throw new UsageError(`--dtype: got '${text}'; expected float32 (torch's default, as the document's scripts) or float64`);
}

/** Options that shape one function's axes; a figure of several panels takes only figure-wide ones. */
const AXES_OPTIONS = ['from', 'to', 'step', 'num', 'dtype', 'title', 'xlabel', 'ylabel', 'xlim', 'ylim', 'xticks',
  'yticks', 'grid', 'color', 'linewidth', 'legend', 'grad', 'param'] as const;

/** The document's figure of several panels called `name` (e.g. sigmoid-newfun-tanh-compare) with figure-wide options. */
export function panelFigureFromOptions(name: string, o: PlotOptions): FigureSpec | undefined {
  const fig = documentFigure(name);
  if (!fig || fig.axes.length < 2) return undefined;
  const used = AXES_OPTIONS.filter((k) => o[k] !== undefined);
  if (used.length) {
    throw new UsageError(`--${used[0]}: '${name}' is a figure of ${fig.axes.length} panels; it takes only --size, --dpi, --transparent and the output options`);
  }
  applyFigureOptions(fig, o);
  return fig;
}

function applyFigureOptions(fig: FigureSpec, o: PlotOptions): void {
  if (o.size !== undefined) fig.size = parseSize(o.size);
  if (o.dpi !== undefined) fig.dpi = parsePositive('--dpi', o.dpi, '100');
  if (o.transparent) fig.transparent = true;
}

export function figureFromOptions(fnName: string, o: PlotOptions): FigureSpec {
  const f = getFunction(fnName);
  const fig = defaultFigure(f.name);
  const ax = fig.axes[0];
  const curve = ax.curves[0];
  const rangeChanged = o.from !== undefined || o.to !== undefined || o.step !== undefined || o.num !== undefined;
  ax.sampling = samplingFrom(o, ax.sampling);
  if (rangeChanged && o.xticks === undefined) delete ax.xticks;
  if (o.param) {
    curve.params = { ...curve.params, ...o.param };
    resolveParams(f, curve.params); // reject unknown or malformed parameters now
  }
  applyFigureOptions(fig, o);
  if (o.title !== undefined) ax.title = o.title;
  if (o.xlabel !== undefined) ax.xlabel = o.xlabel;
  if (o.ylabel !== undefined) ax.ylabel = o.ylabel;
  if (o.xlim !== undefined) ax.xlim = parseRange('--xlim', o.xlim);
  if (o.ylim !== undefined) ax.ylim = parseRange('--ylim', o.ylim);
  if (o.xticks !== undefined) ax.xticks = parseList('--xticks', o.xticks);
  if (o.yticks !== undefined) ax.yticks = parseList('--yticks', o.yticks);
  if (o.grid !== undefined) ax.grid = o.grid;
  if (o.color !== undefined) {
    parseColor(o.color);
    curve.color = o.color;
  }
  if (o.linewidth !== undefined) {
    curve.linewidth = parseNumber('--linewidth', o.linewidth, 'a width in points >= 0, e.g. 2');
    if (curve.linewidth < 0) throw new UsageError(`--linewidth: got '${o.linewidth}'; expected a width in points >= 0, e.g. 2`);
  }
  if (o.legend !== undefined) ax.legend = legendFrom(o.legend, ax.legend);
  if (o.grad) {
    ax.curves.push({ ...curve, derivative: true, label: 'gradient', color: 'green' });
    if (ax.legend === false && o.legend === undefined) ax.legend = 'upper left';
  }
  return fig;
}

function legendFrom(v: string | boolean, current: LegendLocation | false | undefined): LegendLocation | false {
  if (v === false) return false;
  if (v === true) return current || 'best';
  return parseLegend(v);
}
