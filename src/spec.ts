/** The description of a figure: everything needed to draw it, nothing about how. */
import { badValue, UsageError } from './errors';
import type { ParamValues } from './functions/types';
import type { Sampling } from './sampling';

export type LineStyle = '-' | '--' | '-.' | ':';
export const LINE_STYLES: readonly LineStyle[] = ['-', '--', '-.', ':'];
/** matplotlib's long names for the line styles. */
export const LINE_STYLE_NAMES: Record<string, LineStyle> = {
  '-': '-', '--': '--', '-.': '-.', ':': ':', solid: '-', dashed: '--', dashdot: '-.', dotted: ':',
};

/** plt.grid(color=..., alpha=..., linestyle=..., linewidth=...). */
export interface GridStyle {
  color?: string;
  alpha?: number;
  linestyle?: LineStyle;
  /** Points. */
  linewidth?: number;
}

export const LEGEND_LOCATIONS = ['best', 'upper right', 'upper left', 'lower left', 'lower right', 'right',
  'center left', 'center right', 'lower center', 'upper center', 'center'] as const;
export type LegendLocation = typeof LEGEND_LOCATIONS[number];

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

export type OutputFormat = 'png' | 'svg' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['png', 'svg', 'pdf'];

/** Largest raster accepted: beyond it a figure would take gigabytes. */
export const MAX_PIXELS = 100_000_000;

/** Checks what a figure asks for is drawable; throws a usage error naming the option otherwise. */
export function validateFigure(fig: FigureSpec): void {
  const [w, h] = fig.size;
  if (!(Number.isFinite(w) && Number.isFinite(h) && w > 0 && h > 0)) {
    throw badValue('--size', `${w}x${h}`, 'WIDTHxHEIGHT in inches, both > 0, e.g. 8x4');
  }
  if (!(Number.isFinite(fig.dpi) && fig.dpi > 0)) throw badValue('--dpi', fig.dpi, 'a number > 0, e.g. 100');
  const px = Math.round(w * fig.dpi) * Math.round(h * fig.dpi);
  if (Math.round(w * fig.dpi) < 1 || Math.round(h * fig.dpi) < 1) {
    throw badValue('--size', `${w}x${h}`, 'a figure at least one pixel wide and high at this --dpi');
  }
  if (px > MAX_PIXELS) {
    throw badValue('--size', `${w}x${h} at ${fig.dpi} dpi`, `at most ${MAX_PIXELS / 1e6} megapixels`, 'lower --size or --dpi');
  }
  for (const ax of fig.axes) {
    for (const [opt, lim] of [['--xlim', ax.xlim], ['--ylim', ax.ylim]] as const) {
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
}
