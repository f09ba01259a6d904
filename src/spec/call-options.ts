/**
 * The options that are a pyplot call's arguments by matplotlib's names (axhline, plot, scatter, annotate,
 * legend, title...): what a config or the API gives instead of the call's text. Part of FigureOptions
 * (options.ts), which re-exports them.
 */
import type { LegendFrameKeywords } from './types';

/** The Line2D properties a reference line takes, by matplotlib's names. */
export interface LinePropsOptions {
  color?: string;
  linestyle?: string;
  linewidth?: number;
  alpha?: number;
  label?: string;
  zorder?: number;
}

/** plt.axhline(y, xmin, xmax, **kwargs). */
export interface AxhlineOptions extends LinePropsOptions {
  y?: number;
  xmin?: number;
  xmax?: number;
}

/** plt.axvline(x, ymin, ymax, **kwargs). */
export interface AxvlineOptions extends LinePropsOptions {
  x?: number;
  ymin?: number;
  ymax?: number;
}

/** plt.hlines(y, xmin, xmax, colors, linestyles, label, ...) and vlines by their names. */
export interface SegmentsOptions {
  y?: number | number[];
  x?: number | number[];
  xmin?: number | number[];
  xmax?: number | number[];
  ymin?: number | number[];
  ymax?: number | number[];
  colors?: string | string[];
  linestyles?: string;
  linewidths?: number;
  alpha?: number;
  label?: string;
  zorder?: number;
}

/** plt.plot(x, y, fmt, **kwargs) of data points by their names: y alone is plotted against 0, 1, 2... */
export interface PlotCallOptions {
  x?: number[];
  y?: number[];
  fmt?: string;
  color?: string;
  linestyle?: string;
  linewidth?: number;
  marker?: string;
  markersize?: number;
  /** Every N-th point, or a list of point indices or of true/false, one a point. */
  markevery?: number | (number | boolean)[];
  alpha?: number;
  label?: string;
  /** 'default', or a step function: 'steps-pre' ('steps'), 'steps-mid', 'steps-post', as plt.step(where=). */
  drawstyle?: string;
  /** The markers' face colour ('none': hollow), edge colour and edge width (points); fillstyle 'none' or 'full'. */
  markerfacecolor?: string;
  markeredgecolor?: string;
  markeredgewidth?: number;
  fillstyle?: 'full' | 'none';
  zorder?: number;
}

/** plt.scatter(x, y, s, c, marker, alpha, linewidths, edgecolors, label, zorder) by their names. */
export interface ScatterCallOptions {
  x?: number | number[];
  y?: number | number[];
  /** The markers' area in points squared (lines.markersize squared when absent), or one for each point. */
  s?: number | number[];
  /** A colour, or one for each point. */
  c?: string | string[];
  color?: string;
  marker?: string;
  alpha?: number;
  linewidths?: number;
  /** 'face' (the marker's colour), 'none' or a colour. */
  edgecolors?: string;
  label?: string;
  zorder?: number;
}

/** plt.yscale(value, base, nonpositive) by name; for 'symlog' its base, linthresh, linscale and subs. */
export interface ScaleOptions {
  value: 'linear' | 'log' | 'symlog';
  base?: number;
  nonpositive?: 'clip' | 'mask';
  /** symlog: the range ±linthresh drawn linearly (default 2). */
  linthresh?: number;
  /** symlog: the linear range's length in decades' worth (default 1). */
  linscale?: number;
  /** symlog: minor ticks at these multiples of each decade, as [2, 5]. */
  subs?: number[];
}

/** plt.figure(num, figsize, dpi, facecolor, edgecolor, frameon, layout, ...) by name. */
export interface FigureCallOptions {
  /** The window's number or name: changes nothing in a file. */
  num?: number | string;
  /** (width, height) in inches. */
  figsize?: [number, number];
  /** Dots per inch: the saved file's unless savefig() or --dpi says otherwise (figure.dpi). */
  dpi?: number;
  facecolor?: string;
  edgecolor?: string;
  frameon?: boolean;
  layout?: 'constrained' | 'tight' | 'none';
  tight_layout?: boolean;
  constrained_layout?: boolean;
  clear?: boolean;
}

/** plt.subplots(nrows, ncols, sharex, sharey, squeeze, **fig_kw) by name. */
export interface SubplotsOptions extends FigureCallOptions {
  nrows?: number;
  ncols?: number;
  sharex?: boolean | 'all' | 'row' | 'col' | 'none';
  sharey?: boolean | 'all' | 'row' | 'col' | 'none';
  squeeze?: boolean;
}

/** plt.savefig(fname, dpi, format, bbox_inches, pad_inches, transparent, facecolor, edgecolor) by name. */
export interface SavefigOptions {
  /** The file: the command line's output; a config names its figures' files itself. */
  fname?: string;
  /** Dots per inch, or 'figure' (figure.dpi). */
  dpi?: number | 'figure';
  format?: 'png' | 'svg' | 'pdf';
  /** 'tight': the page cut to the figure's content. */
  bbox_inches?: 'tight';
  pad_inches?: number;
  transparent?: boolean;
  /** The page's colour, or 'auto' (the figure's). */
  facecolor?: string;
  edgecolor?: string;
  /** PostScript's alone: changes nothing in PNG, SVG and PDF. */
  orientation?: 'portrait' | 'landscape';
}

/** plt.annotate(text, xy, xytext, xycoords, textcoords, arrowprops, ...) by their names. */
export interface AnnotateOptions {
  text?: string;
  xy?: [number, number];
  xytext?: [number, number];
  xycoords?: string;
  textcoords?: string;
  arrowprops?: Record<string, string | number | boolean | number[]>;
  annotation_clip?: boolean;
  fontsize?: number | string;
  color?: string;
  /** The text's opacity, 0 to 1 (the arrow's is arrowprops'). */
  alpha?: number;
  ha?: string;
  va?: string;
  fontweight?: string | number;
  fontstyle?: string;
  family?: string | string[];
  /** A box behind the text, where the arrow then starts: {boxstyle: 'round', fc: 'w'}. */
  bbox?: Record<string, string | number | boolean>;
}

/** plt.fill_between(y1, y2=0, color, alpha, label, zorder) by their names; y1 and y2 functions or expressions. */
export interface FillOptions {
  y1?: string;
  y2?: number | string;
  /** A condition, as a script writes where=: 'x > 0', '(x >= -1) & (x <= 1)', 'y1 > y2'. */
  where?: string;
  /** True: each polygon reaches out to where y1 and y2 cross between samples. */
  interpolate?: boolean;
  /** The bounds as step functions: 'pre', 'post' or 'mid'. */
  step?: 'pre' | 'post' | 'mid';
  /** The face and the edge, as Collection.set_color. */
  color?: string;
  /** 'none': an outline alone. */
  facecolor?: string;
  edgecolor?: string;
  /** Points (patch.linewidth when an edge colour is given alone). */
  linewidth?: number;
  linestyle?: string;
  alpha?: number;
  label?: string;
  zorder?: number;
}

/** plt.text(x, y, s, fontsize, color, ha, va, transform) by their names. */
export interface TextOptions {
  x?: number;
  y?: number;
  s?: string;
  fontsize?: number | string;
  color?: string;
  /** The glyphs' opacity, 0 to 1. */
  alpha?: number;
  ha?: string;
  va?: string;
  transform?: string;
  /** Text's keywords as a dict; keywords given beside it win. */
  fontdict?: Record<string, unknown>;
  /** 'bold', 'normal', or 100 to 900; 'italic'; 'serif' or a family name. */
  fontweight?: string | number;
  fontstyle?: string;
  family?: string | string[];
  /** A box behind the text: {boxstyle: 'round', facecolor: 'wheat', alpha: 0.5}. */
  bbox?: Record<string, string | number | boolean>;
}

/** ax.tick_params(axis, which, direction, length, width, color, pad, labelsize, ...) by their names. */
export interface TickParamsOptions {
  axis?: string;
  which?: string;
  direction?: string;
  length?: number;
  width?: number;
  color?: string;
  pad?: number;
  labelsize?: number | string;
  labelcolor?: string;
  colors?: string;
  bottom?: boolean;
  left?: boolean;
  labelbottom?: boolean;
  labelleft?: boolean;
}

/** plt.axhspan(ymin, ymax, xmin, xmax, ...) and axvspan by their names. */
export interface SpanOptions {
  ymin?: number;
  ymax?: number;
  xmin?: number;
  xmax?: number;
  color?: string;
  facecolor?: string;
  edgecolor?: string;
  alpha?: number;
  label?: string;
  zorder?: number;
  linewidth?: number;
  linestyle?: string;
  fill?: boolean;
}

/**
 * ax.spines[spine].set_position / set_visible / set_color / set_linewidth. position: 'zero', 'center', or a
 * pair: ['outward', points], ['axes', fraction], ['data', value].
 */
export interface SpineOptions {
  spine: string | string[];
  position?: string | [string, number];
  visible?: boolean;
  color?: string;
  linewidth?: number;
  /** Spine.set_bounds(low, high): the spine drawn between these data values; null keeps the end set before. */
  bounds?: [number | null, number | null];
}

/**
 * plt.legend()'s keywords, by matplotlib's names. Font sizes: points or a size name ('small'); paddings and
 * lengths in multiples of the legend's font size; bbox_to_anchor and an (x, y) loc in fractions of the axes.
 */
export interface LegendOptions extends LegendFrameKeywords {
  /**
   * legend(['sigmoid', 'tanh']): a label for each of the first lines and bands, in the order of their calls
   * (curves, axhline, axvline, hlines, vlines, fill_between, axhspan, axvspan), labelled or not.
   */
  labels?: (string | number)[];
  /** The labels' font, as FontProperties' keys: {size: 8, weight: 'bold'} (over fontsize). */
  prop?: { size?: number | string; weight?: string | number; style?: string; family?: string | string[] };
  /** A location name or code, as parseLegend reads them, or (x, y): the legend's lower-left corner. */
  loc?: string | number | [number, number];
  bbox_to_anchor?: [number, number] | [number, number, number, number];
  /** 'expand': as wide as the anchor box, the columns spread across it. */
  mode?: 'expand';
  /** The title and the entries lined up: 'center' (the default), 'left' or 'right'. */
  alignment?: 'center' | 'left' | 'right';
  fontsize?: number | string;
  frameon?: boolean;
  /** False: each label before its handle. */
  markerfirst?: boolean;
  /** True: the entries in reverse order (matplotlib 3.7's keyword). */
  reverse?: boolean;
  ncol?: number;
  ncols?: number;
  title?: string;
  title_fontsize?: number | string;
}

/** The keywords title(), xlabel() and ylabel() share: Text's size, face and colour. */
interface LabelTextOptions {
  fontsize?: number | string;
  fontweight?: string | number;
  fontstyle?: string;
  family?: string | string[];
  color?: string;
  /** The text's opacity, 0 to 1. */
  alpha?: number;
  /** Degrees anticlockwise, or 'horizontal' (0) and 'vertical' (90); a y label's default is 90, the others' 0. */
  rotation?: number | 'horizontal' | 'vertical';
  /** The same keywords as a dict, the call's second argument; keywords given beside it win. */
  fontdict?: Record<string, unknown>;
}

/** plt.title(label, fontdict=None, loc='center', pad=6.0, **kwargs) by name. */
export interface TitleOptions extends LabelTextOptions {
  label: string;
  loc?: 'left' | 'center' | 'right';
  /** Points above the axes. */
  pad?: number;
  /** The title's height in axes fractions (1.0 the top): set, the title is not moved above tick labels. */
  y?: number;
}

/** plt.xlabel(xlabel, fontdict=None, labelpad=None, loc=None, **kwargs) by name. */
export interface XLabelOptions extends LabelTextOptions {
  xlabel: string;
  loc?: 'left' | 'center' | 'right';
  /** Points from the tick labels. */
  labelpad?: number;
}

/** plt.ylabel(ylabel, fontdict=None, labelpad=None, loc=None, **kwargs) by name. */
export interface YLabelOptions extends LabelTextOptions {
  ylabel: string;
  loc?: 'bottom' | 'center' | 'top';
  /** Points from the tick labels. */
  labelpad?: number;
  /** The alignment about the label's anchor before it turns (matplotlib's rotation_mode 'anchor'). */
  ha?: 'left' | 'center' | 'right';
  va?: 'top' | 'center' | 'bottom' | 'baseline';
}
