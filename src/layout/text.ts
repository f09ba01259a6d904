import type { TextMeasurer } from '../text/measure';
import type { FontFace } from '../style/font-faces';

export type { TextMeasurer };

/** Text extents as matplotlib lays text out: a line is at least as tall and deep as "lp". */
export interface TextExtent {
  width: number;
  /** Height of the line box, ascent plus descent. */
  height: number;
  /** Depth below the baseline. */
  descent: number;
}

export function textExtent(m: TextMeasurer, text: string, size: number, face?: FontFace): TextExtent {
  const lp = m.measure('lp', size, face);
  const t = m.measure(text, size, face);
  const descent = Math.max(t.descent, lp.descent);
  const height = Math.max(t.ascent + t.descent, lp.ascent + lp.descent);
  return { width: t.width, height: Math.max(height, descent), descent };
}

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'center' | 'baseline' | 'center_baseline' | 'bottom';

/**
 * A string placed on the canvas: drawn from (x, baseline) with the given alignment, maybe turned 90°, or
 * turned by `angle` degrees about the start of its baseline.
 */
export interface PlacedText {
  text: string;
  size: number;
  /** Anchor x and the baseline y (canvas coordinates); for vertical text, the rotation centre. */
  x: number;
  baseline: number;
  align: HAlign;
  vertical: boolean;
  /**
   * Degrees anticlockwise for a text turned other than a quarter: (x, baseline) is then where its baseline
   * starts, and `box` the turned text's bounds.
   */
  angle?: number;
  color: string;
  /** The face; the regular DejaVu Sans when absent. */
  face?: FontFace;
  /** Box around the text in canvas coordinates, for placing neighbours. */
  box: { left: number; top: number; right: number; bottom: number };
  /** Text(bbox=...): the patch drawn behind the text. */
  background?: TextBackground;
}

/** A text's bbox patch, in canvas units: its box, corner radius, colours (alpha applied) and line. */
export interface TextBackground {
  box: { left: number; top: number; right: number; bottom: number };
  radius: number;
  /** No face: fill=False, or facecolor 'none'. */
  face?: string;
  edge?: string;
  width: number;
  dash: number[];
  dashOffset?: number;
}

/**
 * Places horizontal text so that its matplotlib box is aligned at (x, y) in canvas coordinates.
 * center_baseline puts y half the ascent above the baseline, as y tick labels do.
 */
export function placeText(
  m: TextMeasurer,
  text: string,
  size: number,
  x: number,
  y: number,
  ha: HAlign,
  va: VAlign,
  color = 'black',
  face?: FontFace,
): PlacedText {
  const e = textExtent(m, text, size, face);
  const ascent = e.height - e.descent;
  let top: number;
  switch (va) {
    case 'top':
      top = y;
      break;
    case 'bottom':
      top = y - e.height;
      break;
    case 'center':
      top = y - e.height / 2;
      break;
    case 'baseline':
      top = y - ascent;
      break;
    case 'center_baseline':
      top = y - ascent / 2;
      break;
  }
  const left = ha === 'left' ? x : ha === 'center' ? x - e.width / 2 : x - e.width;
  return {
    text,
    size,
    x,
    baseline: top + ascent,
    align: ha,
    vertical: false,
    color,
    ...(face && { face }),
    box: { left, top, right: left + e.width, bottom: top + e.height },
  };
}

/**
 * Vertical text (a y label): aligned about the anchor (x, y) as it would be upright, then turned 90°
 * anticlockwise about it (matplotlib's rotation_mode 'anchor'). With va 'bottom' (a y label's) its box's right
 * edge is at x; centred on y, or (set_ylabel's loc, or ha) starting at y upwards ('bottom') or ending there
 * ('top').
 */
export function placeVerticalText(
  m: TextMeasurer,
  text: string,
  size: number,
  x: number,
  y: number,
  color = 'black',
  face?: FontFace,
  along: 'bottom' | 'center' | 'top' = 'center',
  va: 'top' | 'center' | 'bottom' | 'baseline' = 'bottom',
): PlacedText {
  const e = textExtent(m, text, size, face);
  const bottom = along === 'bottom' ? y : along === 'top' ? y + e.width : y + e.width / 2;
  // Upright, the box's bottom edge lies this far below the anchor; turned, that far to the right of it.
  const below = { bottom: 0, top: e.height, center: e.height / 2, baseline: e.descent }[va];
  const right = x + below;
  // The baseline lies `descent` above the box's bottom; turned, that is to the left of its right edge.
  return {
    text,
    size,
    x: right - e.descent,
    baseline: y,
    align: 'center',
    vertical: true,
    color,
    ...(face && { face }),
    box: { left: right - e.height, top: bottom - e.width, right, bottom },
  };
}

export type Placer = (
  m: TextMeasurer,
  text: string,
  size: number,
  x: number,
  y: number,
  ha: HAlign,
  va: VAlign,
  color?: string,
  face?: FontFace,
) => PlacedText;

/** How a text turned by `angle` degrees (0 to 360) is placed: upright, or turned (placeRotatedText). */
export function rotatedPlacer(angle: number): Placer {
  if (angle === 0) return placeText;
  return (m, text, size, x, y, ha, va, color, face) =>
    placeRotatedText(m, text, size, x, y, ha, va, angle, color, face);
}

/**
 * Text turned by any angle and aligned as Text._get_layout aligns it in rotation_mode 'default': the line's box
 * (its width, and the height and descent of 'lp' or more) turned about the start of its top edge, the bounds
 * of the turned corners aligned at (x, y) by ha and va, with matplotlib's offsets for 'baseline' (the bounds'
 * bottom plus the descent) and 'center_baseline' (the bounds' bottom plus their height less half the ascent).
 * A quarter turn is marked vertical, to be drawn as a y label is, on the pixel grid.
 */
export function placeRotatedText(
  m: TextMeasurer,
  text: string,
  size: number,
  x: number,
  y: number,
  ha: HAlign,
  va: VAlign,
  angle: number,
  color = 'black',
  face?: FontFace,
): PlacedText {
  const e = textExtent(m, text, size, face);
  const ascent = e.height - e.descent;
  const quarter = angle === 90;
  // Exact for the quarter turn: its bounds and pen are then sums of the text's extents.
  const [cos, sin] = quarter ? [0, 1] : [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
  // Worked y up, as matplotlib's display space: the box from (0, -height) to (width, 0), its baseline at -ascent.
  const turn = (u: number, v: number): [number, number] => [u * cos - v * sin, u * sin + v * cos];
  const corners = [turn(0, -e.height), turn(0, 0), turn(e.width, 0), turn(e.width, -e.height)];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [xmin, xmax, ymin, ymax] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const offsetX = ha === 'left' ? xmin : ha === 'center' ? (xmin + xmax) / 2 : xmax;
  const height = ymax - ymin;
  const offsetY = {
    bottom: ymin,
    center: (ymin + ymax) / 2,
    top: ymax,
    baseline: ymin + e.descent,
    center_baseline: ymin + height - ascent / 2,
  }[va];
  const [penX, penY] = turn(0, -ascent);
  return {
    text,
    size,
    x: x + penX - offsetX,
    baseline: y - (penY - offsetY),
    align: quarter ? 'center' : 'left',
    vertical: quarter,
    ...(!quarter && { angle }),
    color,
    ...(face && { face }),
    box: {
      left: x + xmin - offsetX,
      right: x + xmax - offsetX,
      top: y - (ymax - offsetY),
      bottom: y - (ymin - offsetY),
    },
  };
}

/**
 * Text turned by any angle about its place, as matplotlib's rotation_mode 'anchor' turns a y label: aligned at
 * (x, y) by ha and va as it would be upright, then turned about that point; `box` bounds the turned text.
 */
export function placeAnchoredText(
  m: TextMeasurer,
  text: string,
  size: number,
  x: number,
  y: number,
  ha: HAlign,
  va: 'top' | 'center' | 'bottom' | 'baseline',
  angle: number,
  color = 'black',
  face?: FontFace,
): PlacedText {
  const e = textExtent(m, text, size, face);
  // Upright, worked y up from the anchor: the box's left edge and its bottom edge.
  const left = ha === 'left' ? 0 : ha === 'center' ? -e.width / 2 : -e.width;
  const bottom = { bottom: 0, top: -e.height, center: -e.height / 2, baseline: -e.descent }[va];
  const [cos, sin] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
  const turn = (u: number, v: number): [number, number] => [x + u * cos - v * sin, y - (u * sin + v * cos)];
  const corners = [
    turn(left, bottom),
    turn(left + e.width, bottom),
    turn(left, bottom + e.height),
    turn(left + e.width, bottom + e.height),
  ];
  const [penX, penY] = turn(left, bottom + e.descent);
  return {
    text,
    size,
    x: penX,
    baseline: penY,
    align: 'left',
    vertical: false,
    angle,
    color,
    ...(face && { face }),
    box: {
      left: Math.min(...corners.map((c) => c[0])),
      right: Math.max(...corners.map((c) => c[0])),
      top: Math.min(...corners.map((c) => c[1])),
      bottom: Math.max(...corners.map((c) => c[1])),
    },
  };
}
