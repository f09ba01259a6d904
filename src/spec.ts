/** The description of a figure: everything needed to draw it, nothing about how. */
import { badValue, UsageError } from './errors';
import type { ParamValues } from './functions/types';
import { bindCurve } from './functions/registry';
import {
  DPI_RANGE,
  FUNCTION_COST,
  MAX_CURVES,
  MAX_FIGURE_TEXT,
  MAX_PANELS,
  MAX_PIXELS,
  MAX_SIDE,
  MAX_TEXT,
  MAX_TICKS,
  MAX_WORK,
} from './limits';
import { validateSampling, type Sampling } from './sampling';

export type LineStyle = '-' | '--' | '-.' | ':';
export const LINE_STYLES: readonly LineStyle[] = ['-', '--', '-.', ':'];
/** matplotlib's long names for the line styles. */
export const LINE_STYLE_NAMES: Record<string, LineStyle> = {
  '-': '-',
  '--': '--',
  '-.': '-.',
  ':': ':',
  solid: '-',
  dashed: '--',
  dashdot: '-.',
  dotted: ':',
};

/** plt.grid(color=..., alpha=..., linestyle=..., linewidth=...). */
export interface GridStyle {
  color?: string;
  alpha?: number;
  linestyle?: LineStyle;
  /** Points. */
  linewidth?: number;
}

export const LEGEND_LOCATIONS = [
  'best',
  'upper right',
  'upper left',
  'lower left',
  'lower right',
  'right',
  'center left',
  'center right',
  'lower center',
  'upper center',
  'center',
] as const;
export type LegendLocation = (typeof LEGEND_LOCATIONS)[number];

/** One line: a registered function (fn) or an expression in x (expr), exactly one of the two. */
export interface CurveSpec {
  /** Registered function name. */
  fn?: string;
  /** An expression in x, e.g. "x * sigmoid(1.702 * x)". */
  expr?: string;
  params?: ParamValues;
  /** Draw the derivative instead of the value. */
  derivative?: boolean;
  label?: string;
  /** Any matplotlib colour string; the default cycle when absent. */
  color?: string;
  /** Points. */
  linewidth?: number;
  linestyle?: LineStyle;
}

export interface AxesSpec {
  curves: CurveSpec[];
  sampling: Sampling;
  title?: string;
  xlabel?: string;
  ylabel?: string;
  xlim?: [number, number];
  ylim?: [number, number];
  xticks?: number[];
  yticks?: number[];
  grid?: boolean;
  gridStyle?: GridStyle;
  /** false: no legend. */
  legend?: LegendLocation | false;
}

export type OutputFormat = 'png' | 'svg' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['png', 'svg', 'pdf'];

export interface FigureSpec {
  /** Inches, as matplotlib's figsize. */
  size: [number, number];
  dpi: number;
  /** Subplot grid; axes fill it row by row. */
  rows?: number;
  cols?: number;
  axes: AxesSpec[];
  transparent?: boolean;
}

export { MAX_PIXELS, MAX_SIDE, DPI_RANGE };

/** The canvas a figure is drawn on: pixels for PNG, points for SVG and PDF (as matplotlib's backends). */
export function canvasSize(fig: Pick<FigureSpec, 'size' | 'dpi'>, format: OutputFormat): [number, number] {
  const perInch = format === 'png' ? fig.dpi : 72;
  return [Math.round(fig.size[0] * perInch), Math.round(fig.size[1] * perInch)];
}

/**
 * Checks what a figure asks for is drawable in `format`; throws a usage error naming the option otherwise.
 * Every size is checked here, before anything is drawn.
 */
export function validateFigure(fig: FigureSpec, format: OutputFormat = 'png'): void {
  const [w, h] = fig.size;
  if (!(Number.isFinite(w) && Number.isFinite(h) && w > 0 && h > 0)) {
    throw badValue('--size', `${w}x${h}`, 'WIDTHxHEIGHT in inches, both > 0, e.g. 8x4');
  }
  const [minDpi, maxDpi] = DPI_RANGE;
  if (!(Number.isFinite(fig.dpi) && fig.dpi >= minDpi && fig.dpi <= maxDpi)) {
    throw badValue('--dpi', fig.dpi, `a number from ${minDpi} to ${maxDpi}, e.g. 100`);
  }
  const [cw, ch] = canvasSize(fig, format);
  const unit = format === 'png' ? 'px' : 'pt';
  const perInch = format === 'png' ? fig.dpi : 72;
  const given = `${w}x${h}${format === 'png' ? ` at ${fig.dpi} dpi` : ` as ${format.toUpperCase()}`} (${cw}x${ch} ${unit})`;
  const fix = format === 'png' ? 'lower --size or --dpi' : 'lower --size';
  if (cw < 1 || ch < 1) {
    throw badValue(
      '--size',
      given,
      `a figure at least 1 ${unit} wide and high (${round3(1 / perInch)} in here)`,
      format === 'png' ? 'raise --size or --dpi' : 'raise --size',
    );
  }
  if (cw > MAX_SIDE || ch > MAX_SIDE) {
    throw badValue('--size', given, `at most ${MAX_SIDE} ${unit} a side (${round3(MAX_SIDE / perInch)} in here)`, fix);
  }
  if (format === 'png' && cw * ch > MAX_PIXELS) {
    throw badValue('--size', given, `at most ${MAX_PIXELS / 1e6} megapixels`, fix);
  }
  if (fig.axes.length > MAX_PANELS) throw badValue('--panel', `${fig.axes.length} panels`, `at most ${MAX_PANELS}`);
  for (const ax of fig.axes) {
    for (const [opt, lim] of [
      ['--xlim', ax.xlim],
      ['--ylim', ax.ylim],
    ] as const) {
      if (lim && !(Number.isFinite(lim[0]) && Number.isFinite(lim[1]) && lim[1] > lim[0])) {
        throw badValue(opt, lim.join(','), 'MIN,MAX with MIN < MAX, both finite');
      }
    }
    for (const c of ax.curves) {
      if ((c.fn === undefined) === (c.expr === undefined)) {
        throw new UsageError('curves: a curve needs exactly one of a function name (fn) and an expression (expr)');
      }
      if (c.linewidth !== undefined && !(Number.isFinite(c.linewidth) && c.linewidth >= 0 && c.linewidth <= 1000)) {
        throw badValue('--linewidth', c.linewidth, 'a width in points from 0 to 1000');
      }
    }
  }
  validateWork(fig);
}

/** The limits on how much a figure holds (limits.ts): curves, ticks, text, and the work its curves take. */
function validateWork(fig: FigureSpec): void {
  const curves = fig.axes.reduce((n, ax) => n + ax.curves.length, 0);
  if (curves > MAX_CURVES) {
    throw badValue(
      'function',
      `${curves} curves`,
      `at most ${MAX_CURVES} in a figure, derivatives included`,
      'split them over several figures',
    );
  }
  const ticks = fig.axes.reduce((n, ax) => n + (ax.xticks?.length ?? 0) + (ax.yticks?.length ?? 0), 0);
  if (ticks > MAX_TICKS) throw badValue('--xticks', `${ticks} ticks`, `at most ${MAX_TICKS} in a figure`);
  let text = 0;
  for (const ax of fig.axes) {
    const texts: [string, string | undefined][] = [
      ['--title', ax.title],
      ['--xlabel', ax.xlabel],
      ['--ylabel', ax.ylabel],
      ...ax.curves.map((c): [string, string | undefined] => ['--label', c.label]),
    ];
    for (const [option, t] of texts) {
      if (t === undefined) continue;
      if (t.length > MAX_TEXT) throw badValue(option, `a text of ${t.length} characters`, `at most ${MAX_TEXT}`);
      text += t.length;
    }
  }
  if (text > MAX_FIGURE_TEXT)
    throw badValue('--title', `texts of ${text} characters in all`, `at most ${MAX_FIGURE_TEXT} in a figure`);
  let work = 0;
  let points = 0;
  for (const ax of fig.axes) {
    const n = validateSampling(ax.sampling);
    points = Math.max(points, n);
    for (const c of ax.curves) work += n * (bindCurve(c).cost ?? FUNCTION_COST);
  }
  if (work > MAX_WORK) {
    const option = fig.axes.some((ax) => ax.sampling.kind === 'linspace') ? '--num' : '--step';
    throw new UsageError(
      `${option}: got ${points} points for ${curves} curve${curves > 1 ? 's' : ''}, ${work} units of work ` +
        `(points times each curve's cost); expected at most ${MAX_WORK} in a figure (fewer points, fewer curves or a simpler expression)`,
    );
  }
}

const round3 = (v: number) => String(Math.round(v * 1000) / 1000);
