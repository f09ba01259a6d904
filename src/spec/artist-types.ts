/**
 * The axes' artists and axis settings in the figure spec, beside the curves (types.ts re-exports them):
 * reference lines, segments, bands, tick_params, locators and spines, as the pyplot calls describe them.
 */
import type { Rc } from '../style/rcparams';
import type { LineStyle } from '../style/line-styles';
import type { MarkerKind } from '../style/markers';

/** A line across the axes (axhline, axvline): at a data value, over a span of the axes in fractions. */
export interface RefLineSpec {
  orientation: 'h' | 'v';
  value: number;
  /** xmin, xmax (or ymin, ymax) in fractions of the axes. */
  span: [number, number];
  color: string;
  linestyle: LineStyle;
  /** Points. */
  linewidth: number;
  alpha?: number;
  label?: string;
  /** matplotlib's zorder: curves are 2; a line below 2 goes under them. */
  zorder: number;
  /** lines.marker's marker at both ends, as the Line2D axhline makes takes it. */
  marker?: MarkerKind;
}

/**
 * A tick locator: MultipleLocator(base), a tick at every multiple of base; or MaxNLocator's parameters (of a
 * MaxNLocator, or of the automatic locator through plt.locator_params()).
 */
/**
 * A tick formatter as a script sets one: FormatStrFormatter('%.1f') ('printf', Python's '%' operator) or
 * StrMethodFormatter('{x:.1f}') and a plain format string ('str', str.format with x and pos).
 */
export type FormatterSpec =
  | { kind: 'printf' | 'str'; format: string }
  /** PercentFormatter(xmax, decimals, symbol): 100 * x / xmax with decimals for the view (absent) or given. */
  | { kind: 'percent'; xmax: number; decimals?: number; symbol: string }
  /** NullFormatter(): no labels. */
  | { kind: 'null' };

/**
 * ticklabel_format's settings of an axis's ScalarFormatter, over the rc's: scientific notation on or off
 * (style), its power limits (scilimits), the offset (useOffset: on, off, or a number), math text.
 */
export interface ScalarFormatSpec {
  scientific?: boolean;
  limits?: [number, number];
  useOffset?: boolean;
  /** A fixed offset (useOffset=1000): subtracted from every label, shown at the axis end. */
  offset?: number;
  useMathText?: boolean;
}

/** set_minor_locator(...): AutoMinorLocator(n), MultipleLocator(base) or NullLocator() (no minor ticks). */
export type MinorLocatorSpec = { kind: 'auto'; n?: number } | { kind: 'multiple'; base: number } | { kind: 'null' };

export type LocatorSpec =
  | { kind: 'multiple'; base: number }
  /** LinearLocator(numticks): that many ticks evenly over the view, its ends included. */
  | { kind: 'linear'; numticks: number }
  | {
      kind: 'maxn';
      /** 'auto': as many as fit, at most 9. Absent: the automatic locator's ('auto'; 9 in classic mode). */
      nbins?: number | 'auto';
      /** Absent: the automatic locator's (1, 2, 2.5, 5, 10; 1, 2, 5, 10 in classic mode). */
      steps?: number[];
      integer?: boolean;
      minNTicks?: number;
      symmetric?: boolean;
      prune?: 'lower' | 'upper' | 'both';
    };

/** Grid lines' own style: plt.grid(color=..., alpha=..., linestyle=..., linewidth=...), tick_params(grid_...). */
export interface GridLineStyle {
  color?: string;
  alpha?: number;
  linestyle?: LineStyle;
  /** Points. */
  linewidth?: number;
  /**
   * Spine.set_bounds(low, high): the spine drawn between these data values. An end null (None, never set) leaves
   * the spine without that end, and matplotlib 3.6 then draws none of it.
   */
  bounds?: [number | null, number | null];
}

/** tick_params: the tick rcParams this axes overrides, and marks or labels of an axis turned off. */
export interface TickParamsSpec {
  axes: ('x' | 'y')[];
  /**
   * Set on the labels' Text objects alone (plt.xticks(fontsize=8), setp of the tick labels), not the axis's tick
   * keywords as tick_params() sets them: the locator's tick space does not see it.
   */
  labelsOnly?: true;
  /** The ticks whose marks and labels it turns on or off: the major or the minor ones (absent: both). */
  which?: 'major' | 'minor';
  rc: Partial<Rc>;
  xMarks?: boolean;
  yMarks?: boolean;
  /** Marks on the top and right spines as well (top=True, right=True). */
  xTop?: boolean;
  yRight?: boolean;
  /** Labels on the top and right too (labeltop=True, labelright=True). */
  xLabelsTop?: boolean;
  yLabelsRight?: boolean;
  xLabels?: boolean;
  yLabels?: boolean;
  /** grid_color=, grid_alpha=, grid_linewidth=, grid_linestyle=: the grid lines' style (on or off as they were). */
  grid?: GridLineStyle;
  /** labelrotation=: the axis's tick labels turned by so many degrees anticlockwise (0 upright). */
  xRotation?: number;
  yRotation?: number;
  /** plt.xticks(ha=..., va=...): the bottom (left) labels' alignment at their ticks. */
  xAlign?: { ha?: 'left' | 'center' | 'right'; va?: 'top' | 'center' | 'bottom' | 'baseline' | 'center_baseline' };
  yAlign?: { ha?: 'left' | 'center' | 'right'; va?: 'top' | 'center' | 'bottom' | 'baseline' | 'center_baseline' };
}

/** hlines / vlines: segments at data values, each between two data values; a LineCollection. */
export interface SegmentsSpec {
  orientation: 'h' | 'v';
  /** Where each segment lies across its direction (y for hlines), and where it starts and ends along it. */
  at: number[];
  from: number[];
  to: number[];
  /** One colour for all, or one per segment (cycled). */
  colors: string[];
  linestyle: LineStyle;
  /** Points. */
  linewidth: number;
  alpha?: number;
  label?: string;
  /** LineCollection's zorder: 2, as the curves'. */
  zorder: number;
}

/** axhspan / axvspan: a band between two data values, across a span of the axes in fractions; a patch. */
export interface SpanSpec {
  orientation: 'h' | 'v';
  lo: number;
  hi: number;
  span: [number, number];
  facecolor: string;
  /** 'none' by default (patch.edgecolor applies only when forced, as in matplotlib). */
  edgecolor: string;
  /** Points. */
  linewidth: number;
  linestyle: LineStyle;
  alpha?: number;
  label?: string;
  /** A patch's zorder: 1, under the curves. */
  zorder: number;
}

export const SIDES = ['left', 'right', 'bottom', 'top'] as const;
export type Side = (typeof SIDES)[number];

/** Spine.set_position's forms: ('outward', points), ('axes', fraction), ('data', value). */
export interface SpinePosition {
  kind: 'outward' | 'axes' | 'data';
  amount: number;
}

export interface SpineSpec {
  position?: SpinePosition;
  visible?: boolean;
  color?: string;
  /** Points. */
  linewidth?: number;
  /**
   * Spine.set_bounds(low, high): the spine drawn between these data values. An end null (None, never set) leaves
   * the spine without that end, and matplotlib 3.6 then draws none of it.
   */
  bounds?: [number | null, number | null];
}
