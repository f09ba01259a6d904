/**
 * FigureOptions: the whole vocabulary of a figure as plain, typed data. The command line, a config file and
 * the API each produce it; buildFigure (build.ts) turns it into a FigureSpec. Values are typed (numbers,
 * pairs, lists); the notations of text ("8x4", "-1,1") are read before, by whoever has text.
 */
import type { DType } from '../data/sampling';
import type { ErrorUnit } from '../functions/precision';
import type { LegendLocation, LineStyle } from './types';
import type {
  AnnotateOptions,
  AxhlineOptions,
  AxvlineOptions,
  FillOptions,
  LegendOptions,
  PlotCallOptions,
  FigureCallOptions,
  SavefigOptions,
  SubplotsOptions,
  ScaleOptions,
  ScatterCallOptions,
  SegmentsOptions,
  SpanOptions,
  SpineOptions,
  TextOptions,
  TickParamsOptions,
  TitleOptions,
  XLabelOptions,
  YLabelOptions,
} from './call-options';

// The calls' options by name are part of FigureOptions' vocabulary: re-exported whole.
export type * from './call-options';

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

/** One axes. Lists given per curve (color, linewidth, linestyle, label) go in curve order, or one for all. */
export interface PanelOptions {
  /** In the order drawn (and coloured): as `actplot f --expr e g` types them, f, e, g. */
  curves: CurveOptions[];
  /** ax.twinx() of the panel before it: drawn in its cell over it, sharing its x axis, its y axis on the right. */
  twinx?: boolean;
  /**
   * The script's x line, "torch.arange(-5.0, 5.0, 0.1)", "x = np.linspace(-5, 5, 200)": from, to, step or num,
   * whose values (numpy's or torch's) and a dtype=, as those options say them.
   */
  x?: string;
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
   * quoted first), or by name ({label: 'Sigmoid', fontsize: 14}). xlabel and ylabel likewise. A list is title()
   * called again, each at its loc ('left', 'center', 'right'; axes.titlelocation unless given): one title at
   * each, a later one at the same loc replacing the earlier, as matplotlib's.
   */
  title?: string | TitleOptions | (string | TitleOptions)[];
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
   * The grid on or off, or grid()'s arguments as text copied from a script ("True, linestyle='--', alpha=0.5"),
   * or several such calls in order ("which='major', alpha=0.5", "which='minor', linestyle=':'"); styling it
   * (gridStyle) turns it on unless this says off.
   */
  grid?: boolean | string | (boolean | string)[];
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
  /** ax.set_box_aspect(): the axes box's height over its width (1 is square) whatever its limits; None for none. */
  boxAspect?: string | number;
  /**
   * Where the panel goes, as plt.subplot() makes it: "2, 2, 3", "223", or "2, 2, (1, 2)" for cells 1 to 2; or as
   * plt.subplot2grid(): "(3, 3), (0, 0), colspan=2". With either, every panel but a twin says where it goes.
   */
  subplot?: string;
  subplot2grid?: string;
  /** ax.set_frame_on() / plt.box(): False draws no background and no spines, the ticks and labels left. */
  frameOn?: boolean;
  /** plt.xscale() / plt.yscale(): 'linear', 'log' or 'symlog', or their arguments ("'log', base=2") or by name. */
  xscale?: string | ScaleOptions;
  yscale?: string | ScaleOptions;
  /** plt.axis()'s arguments as text ("[-5, 5, -1, 1]", "'equal'", "off"), or True/False for on/off. */
  axis?: string | boolean;
  /**
   * ax.set_prop_cycle()'s arguments: "color=['r', 'g', 'b']", "'color', ['r', 'g']", "cycler(color='rgb') +
   * cycler(ls=['-', '--', ':'])", or None (the rc's axes.prop_cycle again). The axes' lines and patches take it.
   */
  propCycle?: string;
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
  /** Each a plt.ticklabel_format() call: its argument text ("axis='y', style='sci', scilimits=(0, 0)"). */
  ticklabelFormat?: string[];
  /** Each a spine's settings: as text ("left, position='zero'") or values. */
  spine?: (string | SpineOptions)[];
  /** Each a call of the x axis's methods, as a script writes it: "set_ticks_position('bottom')", "tick_top()". */
  xaxis?: string[];
  /** Each a call of the y axis's methods: "set_ticks_position('left')", "tick_right()", "set_label_position()". */
  yaxis?: string[];
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
  /** (left, bottom, right, top) in figure fractions: the area the axes and their labels are fitted in. */
  rect?: (number | null)[];
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
  /**
   * fig.align_labels() (true or 'both'), fig.align_xlabels() ('x'), fig.align_ylabels() ('y'): the axis labels of
   * each row (column) of panels at one distance from them.
   */
  alignLabels?: boolean | string;
  /** plt.suptitle(): the title's text, its arguments as text ("Activations, fontsize=14") or by name. */
  suptitle?: string | SuptitleOptions;
  /** plt.figtext() / fig.text(): texts at the figure's fractions, text()'s arguments ("0.5, 0.01, 'note'"). */
  figtext?: (string | TextOptions)[];
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
   * plt.savefig()'s keywords, as text ("dpi=300, bbox_inches='tight'") or by name: dpi, transparent,
   * bbox_inches, pad_inches, facecolor, edgecolor. Each also given on its own is refused.
   */
  savefig?: string | SavefigOptions;
  /** plt.figure()'s arguments, as text ("figsize=(8, 5), dpi=120") or by name: size, dpi, colours, layout. */
  figure?: string | FigureCallOptions;
  /** plt.subplots()'s arguments ("1, 2, figsize=(10, 4), sharey=True"): the panels' grid, sharing, and figure()'s. */
  subplots?: string | SubplotsOptions;
  /**
   * fig.add_gridspec()'s arguments ("2, 3, width_ratios=[2, 1, 1], hspace=0.4"): the GridSpec every panel placed
   * by subplot2grid is on, its columns' and rows' shares and its own subplot parameters.
   */
  gridspec?: string | Record<string, unknown>;
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
  /**
   * A script's definitions before it plots, in order: `y = torch.sigmoid(x)`, `def swish(x, beta=1.0): return
   * x * torch.sigmoid(beta * x)`, `f = lambda x: x * (x > 0)`; the figure's expressions may name them.
   */
  def?: string[];
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
  'savefig',
  'figure',
  'subplots',
  'gridspec',
  'style',
  'rc',
  'def',
  'fontFile',
  'suptitle',
  'figtext',
  'supxlabel',
  'supylabel',
  'figlegend',
  'subplotsAdjust',
  'sharex',
  'sharey',
  'alignLabels',
] as const;
