/**
 * What the rcParams say of an axes' drawing: tick marks and labels, text colours, the colour cycle. Sizes in
 * canvas units (points times `scale`).
 */
import type { Rc } from '../style/rcparams';
import { fontPoints, LEGEND_HANDLE_COLOURS } from '../style/rcparams';
import { colorInCycle, cssColor, type RGBA } from '../style/colors';
import { cycleColors } from '../style/cycler';
import { faceFor } from '../style/fonts';
import type { FontFace } from '../style/font-faces';

export interface TickStyle {
  /** Tick label size, canvas units. */
  labelSize: number;
  labelColor: string;
  color: string;
  width: number;
  /** How far the mark reaches out of the axes and into it (xtick.direction: out, in, inout). */
  outward: number;
  inward: number;
  /** From the spine to the tick label: the outward part of the mark plus xtick.major.pad. */
  labelOffset: number;
  /** Tick label size in points, for the locator's number of bins. */
  labelPoints: number;
  /** A minor tick's label (a log axis under a decade) from the spine: its mark's outward part and minor.pad. */
  minorLabelOffset: number;
  /** The minor ticks' width and reach, with the major ones' direction. */
  minorWidth: number;
  minorOutward: number;
  minorInward: number;
}

/** Tick.get_tick_padding: the share of a mark outside the axes, by direction. */
const OUTSIDE = { in: 0, inout: 0.5, out: 1 } as const;

export function tickStyle(rc: Rc, axis: 'x' | 'y', scale: number): TickStyle {
  const k = <S extends string>(s: S) => `${axis}tick.${s}` as const;
  const size = rc[k('major.size')];
  const dir = rc[k('direction')];
  const color = rc[k('color')];
  const label = rc[k('labelcolor')];
  const labelPoints = fontPoints(rc, rc[k('labelsize')]);
  return {
    labelSize: labelPoints * scale,
    labelPoints,
    color: rcColor(rc, color),
    labelColor: rcColor(rc, label === 'inherit' ? color : label),
    width: rc[k('major.width')] * scale,
    outward: size * OUTSIDE[dir] * scale,
    inward: size * (1 - OUTSIDE[dir]) * scale,
    labelOffset: (size * OUTSIDE[dir] + rc[k('major.pad')]) * scale,
    minorLabelOffset: (rc[k('minor.size')] * OUTSIDE[dir] + rc[k('minor.pad')]) * scale,
    minorWidth: rc[k('minor.width')] * scale,
    minorOutward: rc[k('minor.size')] * OUTSIDE[dir] * scale,
    minorInward: rc[k('minor.size')] * (1 - OUTSIDE[dir]) * scale,
  };
}

/** A colour as the canvas takes it, 'CN' read from the rc's cycle. */
export function rcColor(rc: Rc, text: string, alpha = 1): string {
  return cssColor(rcRgba(rc, text), alpha);
}

/** A colour's channels, 'CN' read from the rc's cycle. */
export function rcRgba(rc: Rc, text: string): RGBA {
  return colorInCycle(text, cycleColors(rc['axes.prop_cycle']));
}

/**
 * The faces of an axes' texts (undefined: the regular face): tick labels, legend and texts from font.*, the
 * title with axes.titleweight, the axis labels with axes.labelweight.
 */
export function textFaces(rc: Rc): { base?: FontFace; title?: FontFace; label?: FontFace } {
  return {
    base: faceFor(rc),
    title: faceFor(rc, { weight: rc['axes.titleweight'] }, ['rc', 'axes.titleweight']),
    label: faceFor(rc, { weight: rc['axes.labelweight'] }, ['rc', 'axes.labelweight']),
  };
}

/** The colours of an axes' texts: title ('auto' is text.color), axis labels, legend entries. */
export function textColors(rc: Rc, alpha = 1): { title: string; label: string; legend: string } {
  const title = rc['axes.titlecolor'];
  const legend = rc['legend.labelcolor'];
  const shown = legend === 'None' || LEGEND_HANDLE_COLOURS.includes(legend) ? rc['text.color'] : legend;
  return {
    title: rcColor(rc, title === 'auto' ? rc['text.color'] : title, alpha),
    label: rcColor(rc, rc['axes.labelcolor'], alpha),
    // 'linecolor' and the marker colours are each handle's, which the legend resolves.
    legend: rcColor(rc, shown, alpha),
  };
}
