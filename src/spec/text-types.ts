/** The texts of an axes in a figure's description (spec/types.ts): plt.text, its bbox, and annotate. */
import type { FontKeywords } from '../style/fonts';
import type { LineStyle } from '../style/line-styles';

/** plt.text: a string at data coordinates (or the axes' fractions), aligned there. */
export interface TextSpec {
  x: number;
  y: number;
  text: string;
  inAxes: boolean;
  /** At the figure's fractions (transform=fig.transFigure; plt.figtext). */
  inFigure?: boolean;
  ha: 'left' | 'center' | 'right';
  va: 'baseline' | 'top' | 'bottom' | 'center' | 'center_baseline';
  /** Points; font.size when absent. */
  fontsize?: number;
  color?: string;
  /** The glyphs' opacity, 0 to 1, in place of the colour's own (the bbox keeps its own). */
  alpha?: number;
  /** fontweight, fontstyle, family: over the rc's font.* (style/fonts.ts). */
  font?: FontKeywords;
  /** bbox=dict(...): a box behind the text. */
  bbox?: TextBoxSpec;
  /** rotation=: degrees anticlockwise, from 0 to 360 (90 for 'vertical'); upright when absent. */
  rotation?: number;
}

/**
 * Text's bbox: a FancyBboxPatch around the text's box, square or round, padded by a fraction of the font size
 * (or, with no boxstyle, by points: 4 unless pad says otherwise); colours and line as a patch's.
 */
export interface TextBoxSpec {
  boxstyle: 'square' | 'round';
  /** A fraction of the font size, or points when `padInPoints`. */
  pad: number;
  padInPoints?: boolean;
  /** round's corner, a fraction of the font size; the pad when absent. */
  roundingSize?: number;
  facecolor?: string;
  edgecolor?: string;
  alpha?: number;
  /** Points. */
  linewidth?: number;
  linestyle?: LineStyle;
  fill?: boolean;
}

/** Where an annotation's point or text is given: matplotlib's coordinate systems by name. */
export type PointCoords =
  'data' | 'axes fraction' | 'axes pixels' | 'axes points' | 'figure fraction' | 'figure pixels' | 'figure points';
export type TextCoords = PointCoords | 'offset points' | 'offset pixels';

/**
 * An arrow's style (ArrowStyle), sizes in mutation scales: a line with heads ('->', '-|>', '<->'...), 'simple'
 * (a filled shape with a tail); or the arrow of arrowprops without an arrowstyle, sizes in points, shortened
 * by `shrink` of its length at both ends and started from the text box's corner nearest the point.
 */
export type ArrowStyleSpec =
  | {
      kind: 'curve';
      begin: 'none' | 'open' | 'filled';
      end: 'none' | 'open' | 'filled';
      headLength: number;
      headWidth: number;
    }
  | { kind: 'simple'; headLength: number; headWidth: number; tailWidth: number }
  | { kind: 'legacy'; width: number; headWidth: number; headLength: number; shrink: number };

/** annotate()'s arrowprops: a FancyArrowPatch from the text to the point. */
export interface ArrowSpec {
  style: ArrowStyleSpec;
  /** connectionstyle arc3's rad: 0 a straight line, else a quadratic curve bent by rad times its length. */
  rad: number;
  /** Where on the text's box the arrow starts (0 to 1 across, 0 to 1 up). */
  relpos: [number, number];
  /** Points taken off the start and the end. */
  shrinkA: number;
  shrinkB: number;
  /** The arrow's size unit in points (mutation_scale): the text's size when absent. */
  mutationScale?: number;
  face: string;
  edge: string;
  /** Points. */
  linewidth: number;
  alpha?: number;
}

/** annotate(text, xy, xytext, xycoords, textcoords, arrowprops): a text at a point, with an arrow to it. */
export interface AnnotationSpec {
  text: string;
  xy: [number, number];
  xycoords: PointCoords;
  /** The text's place; at xy when absent. */
  xytext?: [number, number];
  textcoords: TextCoords;
  ha: TextSpec['ha'];
  va: TextSpec['va'];
  /** Points; font.size when absent. */
  fontsize?: number;
  color?: string;
  /** The text's opacity, 0 to 1 (not its arrow's: arrowprops' alpha). */
  alpha?: number;
  font?: FontKeywords;
  /** annotation_clip: not drawn when the point is outside the axes (undefined: so for data coordinates). */
  clip?: boolean;
  arrow?: ArrowSpec;
  /** bbox=dict(...): a box behind the text, which the arrow then starts from. */
  bbox?: TextBoxSpec;
  /** rotation=: degrees anticlockwise, from 0 to 360; upright when absent. */
  rotation?: number;
}
