/** What the layout produces: every position, size and text of a figure, in canvas units, ready to draw. */
import type { AlignedAxes } from './align-labels';
import type { LineStyle, MarkerKind } from '../spec';
import type { JoinStyle } from '../style/rcparams';
import type { SubplotParams } from '../spec/subplots';
import type { Box } from './geometry';
import type { PlacedText } from './text';
import type { PathOp } from './arrows';

export interface Tick {
  value: number;
  pos: number;
  label: PlacedText;
  /** A minor tick's label (a log axis over less than a decade): no grid line or major mark of its own. */
  minor?: boolean;
}

/** A canvas line cap: matplotlib's projecting is the canvas's square. */
export type CanvasCap = 'butt' | 'round' | 'square';

/** Tick marks of an axis: colour, width and how far each reaches out of the axes and into it. */
export interface TickMarks {
  color: string;
  width: number;
  outward: number;
  inward: number;
  /** tick_params(bottom=False) and the like turn the marks off. */
  shown: boolean;
  /** On the opposite spine as well (top for x, right for y), reaching into the axes as these do. */
  mirrored: boolean;
  /**
   * Minor ticks (xtick.minor.visible): where, in canvas units along the axis, their own size, and their own
   * sides (tick_params(which='minor', ...)).
   */
  minor?: { positions: number[]; width: number; outward: number; inward: number; shown: boolean; mirrored: boolean };
}

/** A line's dashes in canvas units: the on-off lengths (none for solid) and where in them the line starts. */
export interface Dashes {
  dash: number[];
  /** Canvas units into the pattern at the line's start (a dash tuple's offset); 0 when absent. */
  dashOffset?: number;
}

export interface CurveLayout extends Dashes {
  label: string;
  color: string;
  width: number;
  style: LineStyle;
  /** The ends of the line and of its dashes. */
  cap: CanvasCap;
  /** How its segments meet. */
  join: JoinStyle;
  /** Canvas coordinates of every point drawn (NaN where the value is not finite). */
  px: Float64Array;
  py: Float64Array;
  /**
   * For a reduced curve (its drawn points are what each pixel column shows): how many of all its points lie
   * strictly inside each box, as the legend's 'best' counts them.
   */
  countInside?: (boxes: readonly Box[]) => number[];
  /** matplotlib's zorder: 2 for curves; the drawing goes by it, in order of addition among equals. */
  zorder: number;
  /** A straight axis-aligned line that Agg snaps to the pixel grid (axhline, axvline). */
  snap?: boolean;
  /** false: not counted by the legend's 'best' (hlines and vlines, collections). */
  inBest?: boolean;
  /** Markers only, no line (a format string such as 'o'). */
  noLine?: boolean;
  /** plt.scatter()'s collection: its legend handle a lone marker (HandlerPathCollection), 'best' counts its points. */
  scatter?: boolean;
  /** Markers at these canvas points (markevery's samples), in the line's colour. */
  markers?: MarkerLayout;
  /** One line of a collection (hlines, vlines: a LineCollection): its place among the collection's lines. */
  collection?: { part: number; parts: number };
}

/** A line's markers: the kind, its size and edge width in canvas units, and where each goes. */
export interface MarkerLayout {
  kind: MarkerKind;
  size: number;
  edgeWidth: number;
  /** The face ('none': hollow) and edge colours; the line's when absent. */
  face?: string;
  edge?: string;
  xs: Float64Array;
  ys: Float64Array;
  /** A scatter's markers (a PathCollection's): snapped as any path is, joined round (the graphics context's). */
  collection?: boolean;
  /** A size (canvas units across) and a face colour for each marker, cycled: drawn as draw_path_collection does. */
  sizes?: Float64Array;
  faces?: string[];
}

/** A filled box (axhspan, axvspan): its face, its edge if it has one, its zorder and legend label. */
export interface PatchLayout {
  box: Box;
  /** A polygon instead of the box (fill_between), in canvas units; its box is then its bounds. */
  polygon?: { xs: Float64Array; ys: Float64Array };
  /** false: not counted by the legend's 'best' (a collection's fill). */
  inBest?: boolean;
  /** fill_between's polygon, a PolyCollection (a band is a patch). */
  collection?: boolean;
  /** Undefined: no face (fill=False). */
  face?: string;
  edge?: Dashes & { color: string; width: number };
  zorder: number;
  label: string;
}

/** annotate()'s arrow: its paths (canvas units), stroked with the edge, the fillable ones filled with the face. */
export interface ArrowLayout {
  paths: { ops: PathOp[]; fillable: boolean }[];
  face: string;
  edge: string;
  width: number;
  /** Where its paths reach (not counting the stroke), as FancyArrowPatch.get_window_extent gives it. */
  box: Box;
}

/** A spine: where it lies across its axis (x for left and right, y for bottom and top) and its line. */
export interface SpineLayout {
  pos: number;
  visible: boolean;
  color: string;
  width: number;
  /** set_bounds(): where the spine starts and ends along its axis, in canvas units (else the axes' edges). */
  span?: [number, number];
}

/** The grid lines of one axis and kind of tick: their colour and width, in canvas units, and dashes. */
export interface GridLines extends Dashes {
  color: string;
  width: number;
}

/**
 * The grid lines drawn: vertical ones at the x ticks, horizontal ones at the y ticks, each at the major ticks
 * and at the minor ones (where minor ticks are drawn), each in its own style.
 */
export interface GridLayout {
  x: { major?: GridLines; minor?: GridLines };
  y: { major?: GridLines; minor?: GridLines };
}

/**
 * An axes' texts by what each is: the mirrored tick labels (top, right; one for each of the axis's ticks) and the
 * offset texts go with their axis, before the lines; plt.text's notes, the annotations (each its arrow, then its
 * text) and the title after the frame.
 */
export interface AxesTexts {
  top: PlacedText[];
  right: PlacedText[];
  offsetX?: PlacedText;
  offsetY?: PlacedText;
  xlabel?: PlacedText;
  ylabel?: PlacedText;
  notes: PlacedText[];
  annotations: { text: PlacedText; arrow?: ArrowLayout }[];
  title?: PlacedText;
  /** The titles at the axes' other places (loc='left', 'right'), drawn after the title. */
  otherTitles: PlacedText[];
}

export interface AxesLayout {
  box: Box;
  /** The box of the axes with its decorations, as tight_layout fits them (canvas units). */
  extent: Box;
  /** The same with every text whole and the spines' lines: what savefig(bbox_inches='tight') keeps. */
  bounds: Box;
  xlim: [number, number];
  ylim: [number, number];
  xTicks: Tick[];
  yTicks: Tick[];
  ticks: { x: TickMarks; y: TickMarks };
  texts: PlacedText[];
  /** The same texts by what each is, in the order matplotlib draws them (see AxesTexts). */
  roles: AxesTexts;
  /** Undefined when the grid is off. */
  grid?: GridLayout;
  /** In the order added (the legend's order); drawn by zorder. */
  curves: CurveLayout[];
  /** Bands (axhspan, axvspan), in the order added; drawn by zorder, around the grid as matplotlib stacks them. */
  patches: PatchLayout[];
  legend?: LegendLayout;
  spines: Record<'left' | 'right' | 'bottom' | 'top', SpineLayout>;
  /** The axes' background (axes.facecolor); none with axis('off'). */
  facecolor?: string;
  /** axes.axisbelow False: grid and ticks drawn over the lines. */
  gridAbove: boolean;
  /** What matplotlib warns of as it draws this axes (a locator past Locator.MAXTICKS). */
  warnings?: string[];
  /** The grid's and ticks' zorder (axes.axisbelow True 0.5, 'line' 1.5, False 2.5), for stacking bands. */
  gridZorder: number;
  /** Each axis label's side and what it clears, for fig.align_labels() (align-labels.ts); none where placed. */
  labelClears: Pick<AlignedAxes, 'x' | 'y'>;
}

export interface FigureLayout {
  width: number;
  height: number;
  /** Canvas units per point: dpi / 72 for PNG, 1 for SVG and PDF. */
  scale: number;
  /**
   * One pixel of the figure at its dpi, in canvas units: 1 for PNG, 72/dpi for SVG and PDF. Axis-aligned
   * lines and text are snapped to this grid as Agg snaps them, so vector files keep the PNG's geometry.
   */
  pixel: number;
  // How the output format wants things drawn (render/targets/ says why, one file a format).
  /** Text as font glyphs rather than outlines. */
  textAsGlyphs: boolean;
  /** Axis-aligned lines thinner than a pixel drawn a pixel wide, as transparent as they are thin. */
  widenHairlines: boolean;
  /** How much thinner curves and their dashes are drawn, in canvas units. */
  curveThinning: number;
  /** Each vector glyph stretched to where FreeType's autohinter puts its bottom and top. */
  snapGlyphs: boolean;
  /** How far below the pixel grid glyphs are placed, in canvas units. */
  glyphNudge: number;
  /** How far a dashed axis-aligned data line's far end is moved across it, in canvas units (a PDF's). */
  dashTilt: number;
  transparent: boolean;
  /** rc svg.fonttype 'none': an SVG's plain texts as <text> elements, in the viewer's fonts. */
  svgTextElements?: boolean;
  /** The figure's background (savefig.facecolor, figure.facecolor); none for figure(frameon=False). */
  facecolor?: string;
  /**
   * The page keeps an alpha channel: transparent, or a background that is not opaque or not drawn, whose
   * pixels matplotlib writes see-through.
   */
  seeThrough: boolean;
  axes: AxesLayout[];
  /** The figure's own texts (suptitle). */
  texts: PlacedText[];
  /** fig.legend()'s, over every axes. */
  legend?: LegendLayout;
  /** What matplotlib would warn of while laying the figure out (tight_layout not applied), in its words. */
  warnings?: string[];
  /** The subplot parameters the grid was placed by (a tight layout's, where it found them). */
  subplotParams: SubplotParams;
}

export interface LegendEntry {
  label: PlacedText;
  /** A band's handle: a box of the band's colours, handlelength by handleheight. */
  patch?: { layout: PatchLayout; box: Box };
  /** The handle: a short stretch of the curve's line. */
  x0: number;
  x1: number;
  y: number;
  /** A scatter's handle: each marker's height (scatteryoffsets of the handle, tiled). */
  ys?: number[];
  /** A line's handle: a short stretch of its line. */
  curve?: CurveLayout;
}

export interface LegendLayout {
  box: Box;
  /** frameon: the rounded box behind the entries. */
  frame: boolean;
  radius: number;
  frameWidth: number;
  faceColor: string;
  edgeColor: string;
  /** legend.framealpha: the frame's opacity, face and edge; absent (None), the colours' own. */
  frameAlpha?: number;
  /** legend.shadow: the frame again, behind it, moved right and down by 2 points, 0.3 of its face colour. */
  shadow?: { dx: number; dy: number; color: string };
  /** legend.markerscale: the handles' markers against their lines'. */
  markerScale: number;
  /** legend.numpoints: markers along a line handle; past one, the handle's line is inset by `inset` each end. */
  numpoints: number;
  inset: number;
  /** legend.scatterpoints: markers in a scatter's handle; past one, spread inset by `scatterInset` each end. */
  scatterpoints: number;
  scatterInset: number;
  entries: LegendEntry[];
  /** legend(title=...): over the entries, centred. */
  title?: PlacedText;
  /** What matplotlib warns of as it makes this legend: nothing to list, a label left out. */
  warnings?: string[];
}
