/** What the layout produces: every position, size and text of a figure, in canvas units, ready to draw. */
import type { LineStyle } from '../spec';
import type { Box } from './geometry';
import type { PlacedText } from './text';

export interface Tick {
  value: number;
  pos: number;
  label: PlacedText;
}

export interface CurveLayout {
  label: string;
  color: string;
  width: number;
  style: LineStyle;
  /** Dash pattern in canvas units; empty for solid. */
  dash: number[];
  /** Canvas coordinates of every point drawn (NaN where the value is not finite). */
  px: Float64Array;
  py: Float64Array;
  /**
   * For a reduced curve (its drawn points are what each pixel column shows): how many of all its points lie
   * strictly inside each box, as the legend's 'best' counts them.
   */
  countInside?: (boxes: readonly Box[]) => number[];
}

export interface GridLayout {
  color: string;
  width: number;
  dash: number[];
}

export interface AxesLayout {
  box: Box;
  xlim: [number, number];
  ylim: [number, number];
  xTicks: Tick[];
  yTicks: Tick[];
  texts: PlacedText[];
  /** Undefined when the grid is off. */
  grid?: GridLayout;
  curves: CurveLayout[];
  legend?: LegendLayout;
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
  /** Text as font glyphs (PDF: selectable, as matplotlib embeds its fonts) rather than outlines (SVG, PNG). */
  textAsGlyphs: boolean;
  /**
   * PDF: rasterisers such as poppler widen a stroke thinner than a device pixel to a whole dark pixel, where
   * Agg draws a grey one; axis-aligned lines that thin at the figure's dpi become a pixel wide and as
   * transparent as they are thin.
   */
  widenHairlines: boolean;
  /**
   * PDF: how much thinner curves are drawn, in canvas units. Poppler's anti-aliasing counts each of its 4x4
   * samples that an edge falls in, so its shapes come out up to a quarter pixel wider than Agg's (measured),
   * which darkens thin curves; an eighth of a pixel off a curve's width, and off each of its dashes, keeps its
   * weight as Agg draws it. Axis-aligned lines are left alone: poppler snaps those to whole pixels itself.
   */
  curveThinning: number;
  /**
   * SVG, PDF: each glyph stretched so that its bottom and top land where FreeType's autohinter puts them for
   * matplotlib (glyph-runs.ts, hintedExtent); PNG text is hinted by Cairo itself.
   */
  snapGlyphs: boolean;
  transparent: boolean;
  axes: AxesLayout[];
}

export interface LegendEntry {
  label: PlacedText;
  /** The handle: a short stretch of the curve's line. */
  x0: number;
  x1: number;
  y: number;
  curve: CurveLayout;
}

export interface LegendLayout {
  box: Box;
  radius: number;
  frameWidth: number;
  entries: LegendEntry[];
}
