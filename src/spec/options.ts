/**
 * FigureOptions: the whole vocabulary of a figure as plain, typed data. The command line, a config file and
 * the API each produce it; buildFigure (build.ts) turns it into a FigureSpec. Values are typed (numbers,
 * pairs, lists); the notations of text ("8x4", "-1,1") are read before, by whoever has text.
 */
import type { DType } from '../data/sampling';
import type { ErrorUnit } from '../functions/precision';
import type { LegendFrameKeywords, LegendLocation, LineStyle } from './types';

/** A parameter's value: a number, or a choice such as approximate='tanh'. Text is read as the function needs. */
export type ParamInput = number | string;

/** One line: a function ("gelu", "gelu(approximate=tanh)") or an expression in x, with its own style. */
export interface CurveOptions {
  function?: string;
  expr?: string;
  /** An expression's name, for its legend entry, a lone curve's title and the default file name. */
  name?: string;
  params?: Record<string, ParamInput>;
  /** Draw the derivative instead of the value. */
  derivative?: boolean;
  /** Data points instead of a function: plt.plot()'s arguments, as text ("[0, 1], [0, 1], 'ro'") or by name. */
  plot?: string | PlotCallOptions;
  /** Markers at data points: plt.scatter()'s arguments, as text ("[0, 1], [0, 1], s=20, c='r'") or by name. */
  scatter?: string | ScatterCallOptions;
  label?: string;
  color?: string;
  /** Points. */
  linewidth?: number;
  linestyle?: LineStyle;
  /** Line2D's alpha: the line's and its markers' opacity, 0 to 1. */
  alpha?: number;
}

/** plt.grid(color=..., alpha=..., linestyle=..., linewidth=..., axis=..., which=...): styling it turns it on. */
export interface GridOptions {
  color?: string;
  alpha?: number;
  linestyle?: LineStyle;
  linewidth?: number;
  axis?: 'x' | 'y' | 'both';
  which?: 'major' | 'minor' | 'both';
}

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
  markevery?: number;
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

/** plt.yscale(value, base, nonpositive) by name. */
export interface ScaleOptions {
  value: 'linear' | 'log';
  base?: number;
  nonpositive?: 'clip' | 'mask';
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
  color?: string;
  facecolor?: string;
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
  ha?: string;
  va?: string;
  transform?: string;
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

/** One axes. Lists given per curve (color, linewidth, linestyle, label) go in curve order, or one for all. */
export interface PanelOptions {
  /** In the order drawn (and coloured): as `actplot f --expr e g` types them, f, e, g. */
  curves: CurveOptions[];
  /** ax.twinx() of the panel before it: drawn in its cell over it, sharing its x axis, its y axis on the right. */
  twinx?: boolean;
  from?: number;
  to?: number;
  step?: number;
  num?: number;
  dtype?: DType;
  /** Draw each function's error in the dtype against float64: 'abs' (f_dtype − f_float64) or 'ulp'. */
  error?: ErrorUnit;
  /** Whose arange the x values come from: 'torch' (the default, the document's) or 'numpy' (float64 then). */
  arange?: 'numpy' | 'torch';
  /** A parameter for every function that has it. */
  param?: Record<string, ParamInput>;
  /**
   * The title: its text, title()'s arguments as text copied from a script ("'Sigmoid', fontsize=14", the text
   * quoted first), or by name ({label: 'Sigmoid', fontsize: 14}). xlabel and ylabel likewise.
   */
  title?: string | TitleOptions;
  xlabel?: string | XLabelOptions;
  ylabel?: string | YLabelOptions;
  /**
   * Limits: [min, max] (null for an end autoscale places), xlim()'s arguments as text ("-5, 5", "left=0",
   * "bottom=0, top=1.2"), or 'auto': matplotlib's own limits instead of a preset's. [5, -5] draws the axis
   * inverted, as set_xlim(5, -5) does.
   */
  xlim?: [number | null, number | null] | string;
  ylim?: [number | null, number | null] | string;
  /**
   * Tick positions: numbers, "a,b,c", or as a script writes them: plt.xticks()'s arguments ("[-5, 0, 5]",
   * "np.arange(-5, 6, 1)", "np.linspace(-1, 1, 5)", "range(-5, 6)", with numpy's values), labels too
   * ("[-1, 0, 1], ['low', '0', r'$\\infty$']").
   */
  xticks?: number[] | 'auto' | string;
  yticks?: number[] | 'auto' | string;
  /**
   * The grid on or off, or grid()'s arguments as text copied from a script ("True, linestyle='--', alpha=0.5");
   * styling it (gridStyle) turns it on unless this says off.
   */
  grid?: boolean | string;
  gridStyle?: GridOptions;
  color?: string[];
  linewidth?: number[];
  /** plot(..., alpha=...): one per curve or one for all, 0 to 1. */
  alpha?: number[];
  linestyle?: LineStyle[];
  /** pyplot format strings, 'r--', 'o-', one per curve or one for all (--color and the others then win). */
  fmt?: string[];
  /** Markers, their sizes (points) and spacing (every n-th sample), one per curve or one for all. */
  marker?: string[];
  markersize?: number[];
  markevery?: number[];
  label?: string[];
  /**
   * true: at the figure's location or 'best'; false: none; a location; legend()'s keywords, as values or as
   * the call's argument text ("loc='upper left', frameon=False").
   */
  legend?: LegendLocation | boolean | LegendOptions | string;
  /** Each an axhline call: its argument text ("0, color='k', ls='--'") or its values. */
  axhline?: (string | AxhlineOptions)[];
  axvline?: (string | AxvlineOptions)[];
  /** Each an hlines / vlines call: its argument text ("[0, 1], -5, 5, colors='k'") or its values. */
  hlines?: (string | SegmentsOptions)[];
  vlines?: (string | SegmentsOptions)[];
  /** Each an axhspan / axvspan call: its argument text ("0, 1, alpha=0.2") or its values. */
  axhspan?: (string | SpanOptions)[];
  axvspan?: (string | SpanOptions)[];
  /** ax.set_aspect(): 'equal', 'auto' or a number (a unit of y over a unit of x on the page). */
  aspect?: string | number;
  /** ax.set_frame_on() / plt.box(): False draws no background and no spines, the ticks and labels left. */
  frameOn?: boolean;
  /** plt.xscale() / plt.yscale(): 'linear' or 'log', or their arguments ("'log', base=2") or by name. */
  xscale?: string | ScaleOptions;
  yscale?: string | ScaleOptions;
  /** plt.axis()'s arguments as text ("[-5, 5, -1, 1]", "'equal'", "off"), or True/False for on/off. */
  axis?: string | boolean;
  /** ax.margins(): one for both axes, margins()'s arguments as text ("x=0, y=0.1"), or by name. */
  margins?: number | string | { x?: number; y?: number };
  /**
   * ax.invert_xaxis() (invert_yaxis()) called after the limits are set: the axis drawn from its upper limit
   * to its lower one. Shared axes invert together, and each call toggles, as in matplotlib.
   */
  invertXaxis?: boolean;
  invertYaxis?: boolean;
  /** plt.minorticks_on() (true) or minorticks_off() (false): minor ticks on both axes, or none. */
  minorticks?: boolean;
  /** Each a fill_between call: its argument text ("relu, 0, alpha=0.3") or its values. */
  fillBetween?: (string | FillOptions)[];
  /** Each a text call: its argument text ("0.5, 0.2, 'kink', fontsize=12, ha='center'") or its values. */
  text?: (string | TextOptions)[];
  /** annotate() calls: text at a point, with an arrow to it. */
  annotate?: (string | AnnotateOptions)[];
  /** Each a tick_params call: its argument text ("axis='both', direction='in', labelsize=8") or its values. */
  tickParams?: (string | TickParamsOptions)[];
  /** ax.set(title=..., xlabel=..., xlim=(-5, 5), ...): its argument text, or its keywords by name. */
  set?: string | Record<string, unknown>;
  /** Each a plt.locator_params() call: its argument text ("axis='x', nbins=5"). */
  locatorParams?: string[];
  /** Each a spine's settings: as text ("left, position='zero'") or values. */
  spine?: (string | SpineOptions)[];
  /** Add each function's derivative. */
  grad?: boolean;
}

/** plt.suptitle(t, x=0.5, y=0.98, ha='center', va='top', fontsize=figure.titlesize, color). */
export interface SuptitleOptions {
  t: string;
  x?: number;
  y?: number;
  fontsize?: number | string;
  ha?: string;
  va?: string;
  color?: string;
  fontweight?: string | number;
  fontstyle?: string;
  family?: string | string[];
}

/** plt.subplots_adjust(left, bottom, right, top, wspace, hspace), figure fractions. */
export interface SubplotsAdjustOptions {
  left?: number;
  bottom?: number;
  right?: number;
  top?: number;
  wspace?: number;
  hspace?: number;
}

/** plt.tight_layout(pad=1.08, h_pad=None, w_pad=None): paddings in multiples of the font size. */
/** The constrained layout engine's parameters by name: pads in inches, spaces as fractions of the figure. */
export interface ConstrainedLayoutOptions {
  w_pad?: number;
  h_pad?: number;
  wspace?: number;
  hspace?: number;
}

export interface TightLayoutOptions {
  pad?: number;
  h_pad?: number;
  w_pad?: number;
}

export interface FigureOptions {
  panels: PanelOptions[];
  /** Inches. */
  size?: [number, number];
  dpi?: number;
  transparent?: boolean;
  /** Rows and columns of the panels. */
  layout?: [number, number];
  /** plt.subplots(sharex=...): true or 'all', 'row', 'col', false or 'none'. */
  sharex?: boolean | string;
  sharey?: boolean | string;
  /** plt.suptitle(): the title's text, its arguments as text ("Activations, fontsize=14") or by name. */
  suptitle?: string | SuptitleOptions;
  /** fig.supxlabel() and fig.supylabel(): the figure's x and y labels, as suptitle's (figure.labelsize). */
  supxlabel?: string | SuptitleOptions;
  supylabel?: string | SuptitleOptions;
  /** plt.subplots_adjust(): its arguments as text ("left=0.15, wspace=0.4") or by name. */
  subplotsAdjust?: string | SubplotsAdjustOptions;
  /** plt.tight_layout(): true, its arguments as text ("pad=0.4, w_pad=0.5") or by name. */
  tightLayout?: boolean | string | TightLayoutOptions;
  /**
   * plt.subplots(layout='constrained') / plt.figure(constrained_layout=True): true, or the engine's parameters
   * as text ("w_pad=0.1, wspace=0.05") or by name.
   */
  constrainedLayout?: boolean | string | ConstrainedLayoutOptions;
  /**
   * plt.figlegend() / fig.legend(): true, a location, or legend()'s keywords (as text, "loc='upper center',
   * ncol=3", or by name): one legend of every axes' labelled lines, placed on the figure.
   */
  figlegend?: boolean | string | LegendOptions;
  /** savefig(bbox_inches='tight'): the page cut to the figure's content; only 'tight'. */
  bboxInches?: string;
  /** savefig(pad_inches=...): the padding around it, inches (default 0.1, rc savefig.pad_inches). */
  padInches?: number;
  /**
   * plt.style.use(...): matplotlib's style sheets by name ('ggplot'), .mplstyle files, and actplot's own
   * 'document' (the default), 'matplotlib' (pyplot's defaults) and 'pytorch-docs' (PyTorch's activation images);
   * later ones win.
   */
  style?: string | string[];
  /** fontManager.addfont(path): TrueType files whose families font.family (or a text's family=) may name. */
  fontFile?: string | string[];
  /** rcParams by matplotlib's names, after the styles: {'axes.titlesize': 'large'} or ["axes.titlesize=large"]. */
  rc?: Record<string, RcValue> | string[];
}

/** An rcParam's value: matplotlibrc's text ('large', 'E5E5E5', 'True'), or a number, boolean or list. */
export type RcValue = string | number | boolean | (string | number)[];

/**
 * The options that are the figure's, not a panel's: the command line takes them with any panel (the last one
 * given wins; styles, font files and rcParams add up), a config at the figure's top level.
 */
export const FIGURE_KEYS = [
  'size',
  'dpi',
  'transparent',
  'layout',
  'tightLayout',
  'constrainedLayout',
  'bboxInches',
  'padInches',
  'style',
  'rc',
  'fontFile',
  'suptitle',
  'supxlabel',
  'supylabel',
  'figlegend',
  'subplotsAdjust',
  'sharex',
  'sharey',
] as const;
