/** The description of a figure: everything needed to draw it, nothing about how. */
import type { DType } from '../functions/precision';
import type { ErrorUnit } from '../functions/precision';
import type { ParamValues } from '../functions/types';
import type { Sampling } from '../data/sampling';
import type { PySlice } from '../pycall';
import type { GridSpan } from './subplots';
import type { Rc } from '../style/rcparams';
import type { CapStyle, JoinStyle } from '../style/rcparams';
import type { PropCycle } from '../style/cycler';
import type { FontKeywords } from '../style/fonts';

export { LINE_STYLE_NAMES, type DashTuple, type LineStyle } from '../style/line-styles';
import type { LineStyle } from '../style/line-styles';
import type { AnnotationSpec, TextSpec } from './text-types';
import type {
  FormatterSpec,
  ScalarFormatSpec,
  MinorLocatorSpec,
  LocatorSpec,
  RefLineSpec,
  SegmentsSpec,
  Side,
  SpanSpec,
  SpineSpec,
  TickParamsSpec,
  GridLineStyle,
} from './artist-types';
// The axes' artists and axis settings (and SIDES): part of the spec, re-exported whole.
export * from './artist-types';
export type {
  TextSpec,
  TextBoxSpec,
  PointCoords,
  TextCoords,
  ArrowStyleSpec,
  ArrowSpec,
  AnnotationSpec,
} from './text-types';

/** plt.grid(color=..., ..., axis=..., which=...). */
export interface GridStyle extends GridLineStyle {
  /** grid(axis=...): the lines across x, across y, or both. */
  axis?: 'x' | 'y' | 'both';
  /** grid(which=...): at the major ticks, the minor ones, or both. */
  which?: 'major' | 'minor' | 'both';
}

/**
 * One Axis.grid call on an axes' axes and tick kinds, as Axes.grid makes it: the lines turned on or off,
 * toggled (a call with neither `visible` nor a style), or kept as they are (a tick_params(grid_...) call), and
 * their style updated by what it gives.
 */
export interface GridCall {
  visible: boolean | 'toggle' | 'keep';
  axis: 'x' | 'y' | 'both';
  which: 'major' | 'minor' | 'both';
  style: GridLineStyle;
}

/** plt.grid(True): both axes' lines at the major ticks, on. */
export const GRID_ON: GridCall = { visible: true, axis: 'both', which: 'major', style: {} };

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
  /**
   * np.gradient of the values at the axes' samples instead of them: over the samples' coordinates ('x'), or a
   * spacing (np.gradient(y, 0.1); 1 for np.gradient(y)). numpy's differences, not the exact derivative.
   */
  gradient?: 'x' | number;
  /** The type the axes sample x in: below float32 the values are torch's for it (set from the sampling). */
  dtype?: DType;
  /** Draw f_dtype(x) − f_float64(x) instead of f, or that in units in the last place. */
  error?: ErrorUnit;
  /** Data points, plt.plot(x, y): drawn as given, in place of a function or an expression. */
  points?: { x: number[]; y: number[] };
  /**
   * The curve's own x, in place of the axes' samples: a script's second range (x2 = np.linspace(0, 5, 50);
   * plt.plot(x2, relu(x2))). Drawn through every sample, as plot() draws data.
   */
  sampling?: Sampling;
  /**
   * plot(x[::10], y[::10]): the samples a Python slice keeps, of the axes' or the curve's own range; the
   * curve is evaluated over the whole range first (np.gradient's differences are the whole range's) and drawn
   * through the kept samples alone, never reduced.
   */
  slice?: PySlice;
  /** Line2D's alpha: the line's and its markers' opacity. */
  alpha?: number;
  label?: string;
  /** Any matplotlib colour string; the default cycle when absent. */
  color?: string;
  /** Points. */
  linewidth?: number;
  linestyle?: LineStyle;
  /** A format string's marker alone ('o'): markers and no line. */
  noLine?: boolean;
  /** drawstyle='steps-pre' ...: plot()'s data drawn as a step function (its markers stay at the points). */
  steps?: StepKind;
  /** A marker at every markevery-th sample: matplotlib's o . s ^ v D x +. */
  marker?: MarkerKind;
  /** Points (lines.markersize when absent). */
  markersize?: number;
  /** scatter(s=[...], c=[...]): each point's marker size (points across) and face colour, cycled. */
  markerSizes?: number[];
  markerColors?: string[];
  /**
   * The markers' face ('none': hollow) and edge colours ('auto': the line's), lines.markerfacecolor and
   * lines.markeredgecolor when absent; their edge width in points.
   */
  markerfacecolor?: string;
  markeredgecolor?: string;
  markeredgewidth?: number;
  /**
   * plt.scatter(): a PathCollection of markers at the points (noLine), coloured from the patches' cycle, placed
   * unrounded, its legend handle a lone marker; its markersize sqrt(s), its markeredgewidth linewidths.
   */
  scatter?: boolean;
  /** plot(zorder=): its place in the drawing among the other artists (2, a line's, when absent). */
  zorder?: number;
  /** plot(solid_capstyle=, dash_capstyle=, solid_joinstyle=, dash_joinstyle=): over the lines.* rcParams. */
  capstyle?: { solid?: CapStyle; dash?: CapStyle };
  joinstyle?: { solid?: JoinStyle; dash?: JoinStyle };
  markevery?: number;
  /** A marker of none said (marker='None'): lines.marker does not apply. */
  noMarker?: true;
  /** plot()'s markevery as indices of its points ((start, N), a list of indices, a mask), over markevery. */
  markAt?: number[];
  /**
   * markevery=0.1 (a float, or (start, step) floats): markers about `step` apart along the drawn line, in
   * fractions of the axes' diagonal, from `start` along it, each at the nearest of the line's points.
   */
  markDistance?: { start: number; step: number };
}

import type { MarkerKind } from '../style/markers';
export { MARKERS, type MarkerKind } from '../style/markers';

/** One side of a where= comparison: a curve (an expression or function of x), the fill's bound, a number. */
export type WhereSide = { curve: CurveSpec } | { bound: 'y1' | 'y2' } | { value: number };
export type WhereOp = '<' | '<=' | '>' | '>=';
/** fill_between's where=: comparisons joined by & (every one) or | (any). */
export interface WhereSpec {
  join: '&' | '|';
  terms: { left: WhereSide; op: WhereOp; right: WhereSide }[];
}

/** fill_between(x, y1, y2): the area between a curve and a number or another curve, at the axes' x values. */
/** Where a step function's value changes: at the start of each interval (pre), at its end (post), halfway (mid). */
export type StepKind = 'pre' | 'post' | 'mid';

export interface FillSpec {
  y1: CurveSpec;
  y2: number | CurveSpec;
  /** The patches' own cycle (C0, C1... apart from the lines') when absent. */
  facecolor?: string;
  /** The polygons' edge (color= sets it with the face, as Collection.set_color does); none when absent. */
  edgecolor?: string;
  /** Points: patch.linewidth when absent. */
  linewidth?: number;
  linestyle?: LineStyle;
  alpha?: number;
  label?: string;
  /** A PolyCollection's zorder: 1. */
  zorder: number;
  /** where=: the samples filled, each run of them a polygon of its own. */
  where?: WhereSpec;
  /** interpolate=True: each run's polygon reaches out to where y1 and y2 cross, between samples. */
  interpolate?: boolean;
  /** step=: each run's bounds as step functions (data/steps.ts). */
  step?: StepKind;
}

/** legend()'s frame, colour, marker and spacing keywords, alike in the options and in the spec. */
export type LegendFrameKeywords = Pick<
  LegendStyle,
  | 'framealpha'
  | 'facecolor'
  | 'edgecolor'
  | 'fancybox'
  | 'shadow'
  | 'labelcolor'
  | 'markerscale'
  | 'numpoints'
  | 'borderpad'
  | 'labelspacing'
  | 'handlelength'
  | 'handleheight'
  | 'handletextpad'
  | 'borderaxespad'
  | 'columnspacing'
>;

/**
 * legend()'s keywords. Those that are also rcParams (legend.framealpha, ...) override the figure's rc for this
 * legend alone; sizes and paddings are in points or in multiples of the legend's font size, as matplotlib's.
 */
export interface LegendStyle {
  /** legend(labels): the first lines and bands (in the order of their calls), one per label, labelled so. */
  labels?: string[];
  /** Points. */
  fontsize?: number;
  /** legend(prop={...}): the labels' face (weight, style, family), over the rc's. */
  font?: FontKeywords;
  frameon?: boolean;
  ncol?: number;
  title?: string;
  /** Points. */
  titleFontsize?: number;
  /** loc=(x, y): the legend's lower-left corner, in fractions of the anchor box (the axes by default). */
  corner?: [number, number];
  /** bbox_to_anchor=(x, y) or (x, y, width, height), in fractions of the axes; a point has no width or height. */
  anchor?: [number, number, number, number];
  /** mode='expand': the legend as wide as its anchor box (less the pads), its columns spread across it. */
  mode?: 'expand';
  /** alignment=: the title and the block of entries lined up at the legend's left, centre or right. */
  alignment?: 'center' | 'left' | 'right';
  framealpha?: number;
  /** A colour, or 'inherit': the axes' face or edge colour. */
  facecolor?: string;
  edgecolor?: string;
  fancybox?: boolean;
  shadow?: boolean;
  /** markerfirst=False: each label before its handle, the handles lined up on the column's right. */
  markerfirst?: boolean;
  /** reverse=True (matplotlib 3.7's): the entries in the reverse of their order. */
  reverse?: boolean;
  /** The label colours: one colour, one per entry (cycled), 'linecolor' (each handle's) or 'none'. */
  labelcolor?: string | string[];
  markerscale?: number;
  /** Markers along a line's handle: one in its middle, or numpoints spread along it. */
  numpoints?: number;
  /** Markers in a scatter's handle (legend.scatterpoints). */
  scatterpoints?: number;
  /** Multiples of the legend's font size. */
  borderpad?: number;
  labelspacing?: number;
  handlelength?: number;
  handleheight?: number;
  handletextpad?: number;
  borderaxespad?: number;
  columnspacing?: number;
}

/**
 * title(), xlabel() and ylabel()'s own keywords, over the rc's (axes.titlesize, axes.labelpad, ...): a text's
 * size, face and colour, where along the axes it goes, and its distance from them.
 */
export interface LabelStyle {
  /** Points. */
  fontsize?: number;
  font?: FontKeywords;
  color?: string;
  /** The text's opacity, 0 to 1, in place of the colour's own. */
  alpha?: number;
  /** title and xlabel: left, center, right; ylabel: bottom, center, top. */
  loc?: 'left' | 'center' | 'right' | 'bottom' | 'top';
  /** Points: title's pad, a label's labelpad. */
  pad?: number;
  /** title(y=...): the title's height in axes fractions (1 the top), where it then stays (no auto-positioning). */
  y?: number;
  /**
   * rotation=: degrees anticlockwise, 0 to 360 (a y label's default is 90, the others' 0). The title and x label
   * align their turned bounds (rotation_mode 'default'); the y label turns about its place ('anchor').
   */
  rotation?: number;
  /** ylabel: its alignment about its anchor before it turns (rotation_mode 'anchor'), over loc's. */
  ha?: 'left' | 'center' | 'right';
  va?: 'top' | 'center' | 'bottom' | 'baseline';
}

/** A log scale: its base, and what becomes of values not above zero ('clip' far below the axes, 'mask' gaps). */
export interface LogScaleSpec {
  base: number;
  nonpositive: 'clip' | 'mask';
}

/**
 * A symmetrical log scale (set_yscale('symlog')): linear within ±linthresh, stretched by linscale, logarithmic
 * in base beyond; subs are the minor ticks' multiples of each decade ([1], none apart from the major, unless given).
 */
export interface SymlogScaleSpec {
  kind: 'symlog';
  base: number;
  linthresh: number;
  linscale: number;
  subs?: number[];
}

/** An axis's scale besides the linear one. */
export type ScaleSpec = LogScaleSpec | SymlogScaleSpec;
export const isSymlog = (s: ScaleSpec): s is SymlogScaleSpec => 'kind' in s && s.kind === 'symlog';

/** An axis's limits, low and high; null for an end autoscale places. */
export type Limits = [number | null, number | null];

export interface AxesSpec {
  curves: CurveSpec[];
  sampling: Sampling;
  title?: string;
  xlabel?: string;
  ylabel?: string;
  /**
   * What matplotlib would warn of while reading this axes' calls, in its words, and actplot's where a call
   * changes nothing (shown, not drawn).
   */
  warnings?: (string | AdvisingWarning)[];
  /** ax.set_prop_cycle(): the axes' own cycle for its lines and patches, over axes.prop_cycle. */
  propCycle?: PropCycle;
  /**
   * A cell of plt.subplots()'s grid that no panel was given: an axes nothing is drawn on, its view (0, 1) unless
   * it shares an axis, as matplotlib leaves an axes that never autoscaled.
   */
  empty?: true;
  /** A line took properties from a property cycle of more than colours (prop-cycle.ts): the rcParam is used. */
  cycled?: true;
  /** The keywords of title(), xlabel() and ylabel() calls. */
  labelStyles?: Partial<Record<'title' | 'xlabel' | 'ylabel', LabelStyle>>;
  /**
   * Titles beside `title` at the axes' other places (set_title(..., loc='left') with a centred one): matplotlib's
   * _left_title and _right_title, each with its call's keywords, its loc among them, and drawn after `title`.
   */
  otherTitles?: { text: string; style: LabelStyle }[];
  /** set_xlim(): an end given as null is left where autoscale puts it (set_xlim(left=0) after the plots). */
  xlim?: Limits;
  ylim?: Limits;
  xticks?: number[];
  yticks?: number[];
  /** plt.xticks(ticks, labels): each tick's label, in the order of xticks (a FixedFormatter's, no offset). */
  xtickLabels?: string[];
  ytickLabels?: string[];
  /** ax.xaxis.set_major_locator(...) or plt.locator_params(...): the ticks the locator finds in the view. */
  xlocator?: LocatorSpec;
  ylocator?: LocatorSpec;
  /** ax.xaxis.set_major_formatter(...): the major ticks' labels as Python formats them, no offset text. */
  xformatter?: FormatterSpec;
  yformatter?: FormatterSpec;
  /** plt.ticklabel_format(...): the axis's ScalarFormatter settings, over axes.formatter.*. */
  xformat?: ScalarFormatSpec;
  yformat?: ScalarFormatSpec;
  /** ax.xaxis.set_minor_locator(...): the minor ticks, over xtick.minor.visible and minorticks_on(). */
  xminorLocator?: MinorLocatorSpec;
  yminorLocator?: MinorLocatorSpec;
  /** ax.set_facecolor(): the axes' background, over axes.facecolor. */
  facecolor?: string;
  /** ax.set_axisbelow(): where its grid and ticks stack, over axes.axisbelow. */
  axisbelow?: boolean | 'line';
  /** set_xscale('log'), set_yscale('symlog'): the axis's scale (linear when absent). */
  xscale?: ScaleSpec;
  yscale?: ScaleSpec;
  /**
   * ax.twinx(): this axes is the twin of the axes at this index of the figure's, in its cell, sharing its x
   * axis (twins.ts also sets what twinx sets on it: the three below and its ticks).
   */
  twinOf?: number;
  /**
   * plt.subplot(2, 2, (1, 2)), subplot2grid((3, 3), (0, 0), colspan=2), fig.add_subplot(gs[0, :2]): the cells of
   * a GridSpec this axes spans; with spans, every axes but a twin has one (and the grid is theirs).
   */
  span?: GridSpan;
  /** yaxis.set_label_position('right'): the y label right of the axes (a twin's, or the script's). */
  yLabelRight?: boolean;
  /** xaxis.set_label_position('top'): the x label above the axes, over the top tick labels. */
  xLabelTop?: boolean;
  /** Axis.set_label_coords(x, y): an axis label at those axes fractions, not placed by its tick labels. */
  labelCoords?: { x?: [number, number]; y?: [number, number] };
  /** yaxis.set_offset_position('right') (a twin's, tick_right()'s): the y offset text on the right. */
  yOffsetRight?: boolean;
  /** xaxis.set_ticks_position('top') (tick_top()): the x offset text above the top tick labels. */
  xOffsetTop?: boolean;
  /** xaxis.set_visible(False) (a twin's too): no x ticks, tick labels, offset text, axis label or grid lines. */
  xaxisHidden?: boolean;
  /** yaxis.set_visible(False): the same of the y axis. */
  yaxisHidden?: boolean;
  /** patch.set_visible(False): no background. */
  patchHidden?: boolean;
  /**
   * The ticks were set after the plots, as a pyplot script sets them: the view widens to every tick
   * (Axis.set_ticks). The document's scripts set theirs before plotting, which the autoscale then undoes.
   */
  ticksAfterPlots?: boolean;
  /** plt.grid() calls, in order, over axes.grid's lines. */
  grids?: GridCall[];
  /** false: no legend. */
  legend?: LegendLocation | false;
  legendStyle?: LegendStyle;
  /** In the order given; drawn after the curves of the same zorder, as added after them. */
  refLines?: RefLineSpec[];
  /** hlines and vlines calls, in the order given. */
  segments?: SegmentsSpec[];
  /** axhspan and axvspan calls, in the order given. */
  spans?: SpanSpec[];
  spines?: Partial<Record<Side, SpineSpec>>;
  /** set_frame_on(False), plt.box(False): no background and no spines (the ticks and labels stay). */
  frameOff?: boolean;
  /** set_aspect: a unit of y is this many units of x on the page ('equal' is 1); the box shrinks to it. */
  aspect?: number;
  /** set_aspect(adjustable='datalim'), as axis('equal') asks: the limits widen to the aspect, the box stays. */
  aspectAdjustable?: 'datalim';
  /**
   * set_box_aspect(): the box's height over its width on the page, whatever the limits, centred in its cell (an
   * aspect then widens the limits, as adjustable='datalim', which set_box_aspect() sets).
   */
  boxAspect?: number;
  /** axis('square'): both axes span the larger of their autoscaled ranges, from their lower limits. */
  squareLimits?: boolean;
  /** axis('off'): no spines, ticks, tick labels, axis labels, grid or background. */
  axisOff?: boolean;
  /** ax.margins(): the autoscale margins, over axes.xmargin and axes.ymargin (fractions of the data span). */
  margins?: { x?: number; y?: number };
  /**
   * autoscale_view's tight: limits at the data and margins even under axes.autolimit_mode 'round_numbers' (set by
   * margins(), whose tight is True by default, and by axis('tight') and axis('image')).
   */
  autoscaleTight?: boolean;
  /** ax.invert_xaxis() / invert_yaxis() after the limits: that axis's limits swapped. */
  invert?: { x?: boolean; y?: boolean };
  /** fill_between calls, in the order given. */
  fills?: FillSpec[];
  /** text calls, in the order given. */
  texts?: TextSpec[];
  /** annotate calls, in the order given. */
  annotations?: AnnotationSpec[];
  /** tick_params calls, in the order given (later wins). */
  tickParams?: TickParamsSpec[];
}

/** plt.subplots' sharex / sharey: none, every panel, each row's, each column's. */
export type Share = 'none' | 'all' | 'row' | 'col';

/** The figure's title: at (x, y) in figure fractions, aligned there by ha and va. */
export interface SuptitleSpec {
  text: string;
  x: number;
  y: number;
  /** y not given: a layout engine may move it (constrained layout puts it h_pad from the top). */
  autopos?: boolean;
  /** Points, or undefined for figure.titlesize. */
  fontsize?: number;
  ha: 'left' | 'center' | 'right';
  va: 'top' | 'center' | 'bottom' | 'baseline';
  color?: string;
  font?: FontKeywords;
}

/**
 * Constrained layout (layout='constrained', figure.constrained_layout.*): pads in inches around each axes, and
 * the space between axes as fractions of the figure.
 */
export interface ConstrainedLayoutSpec {
  wPad: number;
  hPad: number;
  wspace: number;
  hspace: number;
}

/** plt.tight_layout(pad, h_pad, w_pad): paddings in multiples of the font size. */
export interface TightLayoutSpec {
  pad: number;
  hPad?: number;
  wPad?: number;
  /**
   * rect=(left, bottom, right, top): the part of the figure, in fractions, the axes and their labels are fitted
   * in (null: that side as without).
   */
  rect?: [number | null, number | null, number | null, number | null];
  /**
   * The figure's dots per inch when tight_layout() was called, where the file is saved at others
   * (savefig(dpi=300)): the subplot parameters found at this one are kept at the file's.
   */
  dpi?: number;
}

export type OutputFormat = 'png' | 'svg' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['png', 'svg', 'pdf'];

/** An option a warning advises, by its key; `cli` is its value as the command line writes it. */
export interface AdvisedOption {
  field: string;
  value?: string | number | boolean | number[];
  cli?: string;
}

/**
 * A warning that advises options: its text with {0}, {1}... where each goes, worded by whoever shows it (the
 * command line's `--size 6x4`, a config's or the API's `size: [6, 4]`), as errors are.
 */
export interface AdvisingWarning {
  text: string;
  options: AdvisedOption[];
}

export interface FigureSpec {
  /** Inches, as matplotlib's figsize. */
  size: [number, number];
  /**
   * What matplotlib would warn of while reading the figure's options (a deprecated style name), in its words;
   * and rcParams the figure leaves unused, with the options that would do what they ask.
   */
  warnings?: (string | AdvisingWarning)[];
  /** plt.figlegend() / fig.legend(): every axes' labelled lines and bands in one legend, placed on the figure. */
  figureLegend?: { loc: LegendLocation; style: LegendStyle };
  dpi: number;
  /** Subplot grid; axes fill it row by row. */
  rows?: number;
  cols?: number;
  axes: AxesSpec[];
  transparent?: boolean;
  /** plt.figure(frameon=False): no figure background (its patch), whatever its colour; the page see-through. */
  frameon?: false;
  tightLayout?: TightLayoutSpec;
  constrainedLayout?: ConstrainedLayoutSpec;
  /** The rcParams it is drawn by (matplotlib's defaults when absent). */
  rc?: Rc;
  /** plt.figtext() / fig.text(): texts at the figure's fractions, drawn after the axes. */
  texts?: TextSpec[];
  /** Font files the figure adds (absolute paths), added again in whichever thread draws it. */
  fontFiles?: string[];
  /** subplots(width_ratios=..., height_ratios=...): the grid's columns' and rows' shares (equal without). */
  gridRatios?: { width?: number[]; height?: number[] };
  /** subplots(gridspec_kw={'hspace': 0}): the grid's own subplot parameters, over subplotsAdjust and tight_layout's. */
  gridParams?: Partial<Record<'left' | 'right' | 'bottom' | 'top' | 'wspace' | 'hspace', number>>;
  /** plt.subplots_adjust(left=..., wspace=...): figure.subplot.* for this figure. */
  subplotsAdjust?: Partial<Record<'left' | 'right' | 'bottom' | 'top' | 'wspace' | 'hspace', number>>;
  /** plt.suptitle(t, x, y, fontsize, ha, va, color). */
  suptitle?: SuptitleSpec;
  /** fig.supxlabel(), fig.supylabel(): the figure's own axis labels. */
  supxlabel?: SuptitleSpec;
  supylabel?: SuptitleSpec;
  /** fig.align_xlabels() / align_ylabels() / align_labels(): the axis labels of each row / column aligned. */
  alignLabels?: { x: boolean; y: boolean };
  /** plt.subplots(sharex=..., sharey=...): which panels share an axis. */
  sharex?: Share;
  sharey?: Share;
  /** savefig(bbox_inches='tight', pad_inches=pad): the page cut to its content, padded (inches). */
  bboxInches?: { pad: number };
}
