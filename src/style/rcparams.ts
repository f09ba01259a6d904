/**
 * rcParams: matplotlib's settings by their own names, the one home of every default a figure's look takes.
 * The values here are matplotlib 3.6's (mpl-data/matplotlibrc); each key reads text as matplotlib's rcsetup
 * validators do ('True', 'E5E5E5', "cycler('color', [...])", 'large'), so a line copied from a matplotlibrc or
 * a style sheet means what it meant there.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { DEFAULT_CYCLE } from './colors';
import { colorCycle } from './cycler';
import { FONT_SCALINGS } from './font-sizes';
import {
  bool,
  bounded,
  color,
  cycler,
  fontSize,
  lineStyle,
  nameList,
  num,
  numbers,
  oneOf,
  orWord,
  weight,
  WEIGHT,
  whole,
  type FontSize,
  type Reader,
} from './rc-readers';
import type { CapStyle, JoinStyle, Rc, RcKey, TickDirection } from './rc-types';
import { markerCode, MARKERS } from './markers';

export type { FontSize } from './rc-readers';
// The types live in rc-types.ts; re-exported here, where every stage has imported them from.
export type { CapStyle, JoinStyle, Rc, RcKey, TickDirection } from './rc-types';

interface KeySpec<T> {
  read: Reader<T>;
  expected: string;
  default: T;
}
const key = <T>(read: Reader<T>, expected: string, value: T): KeySpec<T> => ({ read, expected, default: value });

/** legend.labelcolor's values that take each entry's colour from its handle (a line's, its markers'). */
export const LEGEND_HANDLE_COLOURS = ['linecolor', 'markerfacecolor', 'mfc', 'markeredgecolor', 'mec'];

const COLOR = 'a colour';
const POINTS = 'points, 0 to 100';
const FONT = 'a size in points, 0.01 to 1000, or one of xx-small, x-small, small, medium, large, x-large, xx-large';
const FRACTION = 'a fraction of the figure, 0 to 1';
const BOOL = 'True or False';
const STYLE = "a line style: '-', '--', '-.', ':', or a dash tuple such as (0, (5, 2))";
const CAP = 'butt, round or projecting';
const JOIN = 'miter, round or bevel';
const DIRECTION = 'in, out or inout';
const PATTERN = 'dash and gap lengths, in line widths: 3.7, 1.6';

function tickKeys(axis: 'x' | 'y') {
  const [near, far] = axis === 'x' ? ['bottom', 'top'] : ['left', 'right'];
  return {
    [`${axis}tick.${near}`]: key(bool, BOOL, true),
    [`${axis}tick.${far}`]: key(bool, BOOL, false),
    [`${axis}tick.label${near}`]: key(bool, BOOL, true),
    [`${axis}tick.label${far}`]: key(bool, BOOL, false),
    [`${axis}tick.major.${near}`]: key(bool, BOOL, true),
    [`${axis}tick.major.${far}`]: key(bool, BOOL, true),
    [`${axis}tick.minor.${near}`]: key(bool, BOOL, true),
    [`${axis}tick.minor.${far}`]: key(bool, BOOL, true),
    [`${axis}tick.minor.visible`]: key(bool, BOOL, false),
    [`${axis}tick.minor.size`]: key(num(0, 100), POINTS, 2),
    [`${axis}tick.minor.width`]: key(num(0, 100), POINTS, 0.6),
    [`${axis}tick.major.size`]: key(num(0, 100), POINTS, 3.5),
    [`${axis}tick.major.width`]: key(num(0, 100), POINTS, 0.8),
    [`${axis}tick.major.pad`]: key(num(-100, 100), 'points, -100 to 100', 3.5),
    [`${axis}tick.minor.pad`]: key(num(-100, 100), 'points, -100 to 100', 3.4),
    [`${axis}tick.labelsize`]: key(fontSize, FONT, 'medium'),
    [`${axis}tick.color`]: key(color(), COLOR, 'black'),
    [`${axis}tick.labelcolor`]: key(color('inherit'), `${COLOR} or inherit`, 'inherit'),
    [`${axis}tick.direction`]: key(oneOf<TickDirection>('in', 'out', 'inout'), DIRECTION, 'out'),
  };
}

/** Every supported key: how it reads, what it accepts and matplotlib's default. */
export const RC_KEYS: { [K in RcKey]: KeySpec<Rc[K]> } = {
  'figure.figsize': key(numbers(2) as Reader<[number, number]>, 'width, height in inches: 6.4, 4.8', [6.4, 4.8]),
  'figure.dpi': key(num(1, 2000), 'dots per inch, 1 to 2000', 100),
  'figure.facecolor': key(color(), COLOR, 'white'),
  'figure.autolayout': key(bool, BOOL, false),
  'figure.constrained_layout.use': key(bool, BOOL, false),
  'figure.constrained_layout.w_pad': key(num(0, 10), 'inches, 0 to 10', 0.04167),
  'figure.constrained_layout.h_pad': key(num(0, 10), 'inches, 0 to 10', 0.04167),
  'figure.constrained_layout.wspace': key(num(0, 10), 'a fraction of the figure, 0 to 10', 0.02),
  'figure.constrained_layout.hspace': key(num(0, 10), 'a fraction of the figure, 0 to 10', 0.02),
  'figure.titlesize': key(fontSize, FONT, 'large'),
  'figure.labelsize': key(fontSize, FONT, 'large'),
  'figure.labelweight': key(weight, WEIGHT, 'normal'),
  'figure.subplot.left': key(num(0, 1), FRACTION, 0.125),
  'figure.subplot.right': key(num(0, 1), FRACTION, 0.9),
  'figure.subplot.bottom': key(num(0, 1), FRACTION, 0.11),
  'figure.subplot.top': key(num(0, 1), FRACTION, 0.88),
  'figure.subplot.wspace': key(num(0, 10), 'a fraction of an axes width, 0 to 10', 0.2),
  'figure.subplot.hspace': key(num(0, 10), 'a fraction of an axes height, 0 to 10', 0.2),
  'font.size': key(num(0.01, 1000), 'points, 0.01 to 1000', 10),
  'font.family': key(nameList, 'font families: sans-serif, serif, monospace or names', ['sans-serif']),
  'font.sans-serif': key(nameList, 'font names', [
    'DejaVu Sans',
    'Bitstream Vera Sans',
    'Computer Modern Sans Serif',
    'Lucida Grande',
    'Verdana',
    'Geneva',
    'Lucid',
    'Arial',
    'Helvetica',
    'Avant Garde',
    'sans-serif',
  ]),
  'font.serif': key(nameList, 'font names', [
    'DejaVu Serif',
    'Bitstream Vera Serif',
    'Computer Modern Roman',
    'New Century Schoolbook',
    'Century Schoolbook L',
    'Utopia',
    'ITC Bookman',
    'Bookman',
    'Nimbus Roman No9 L',
    'Times New Roman',
    'Times',
    'Palatino',
    'Charter',
    'serif',
  ]),
  'font.monospace': key(nameList, 'font names', [
    'DejaVu Sans Mono',
    'Bitstream Vera Sans Mono',
    'Computer Modern Typewriter',
    'Andale Mono',
    'Nimbus Mono L',
    'Courier New',
    'Courier',
    'Fixed',
    'Terminal',
    'monospace',
  ]),
  'font.weight': key(weight, WEIGHT, 'normal'),
  'font.style': key(oneOf('normal', 'italic', 'oblique'), 'normal, italic or oblique', 'normal'),
  'axes.titleweight': key(weight, WEIGHT, 'normal'),
  'axes.formatter.limits': key(
    bounded(
      (t) => {
        const parts = t
          .replace(/^\s*[[(]|[\])]\s*$/g, '')
          .split(',')
          .map((p) => Number(p.trim()));
        return parts.length === 2 && parts.every((p) => Number.isInteger(p) && Math.abs(p) <= 300)
          ? (parts as [number, number])
          : undefined;
      },
      [-300, 300],
    ),
    'two whole exponents, -300 to 300: -5, 6',
    [-5, 6],
  ),
  'axes.formatter.useoffset': key(bool, BOOL, true),
  'axes.formatter.use_mathtext': key(bool, BOOL, false),
  'axes.unicode_minus': key(bool, BOOL, true),
  'axes.formatter.offset_threshold': key(whole(0, 300), 'a whole number of digits, 0 to 300', 4),
  'axes.labelweight': key(weight, WEIGHT, 'normal'),
  'figure.titleweight': key(weight, WEIGHT, 'normal'),
  'axes.facecolor': key(color(), COLOR, 'white'),
  'axes.edgecolor': key(color(), COLOR, 'black'),
  'axes.linewidth': key(num(0, 100), POINTS, 0.8),
  'axes.grid': key(bool, BOOL, false),
  'axes.grid.axis': key(oneOf('both', 'x', 'y'), 'both, x or y', 'both'),
  'svg.fonttype': key(oneOf('path', 'none'), "path (glyph outlines) or none (<text>, the viewer's fonts)", 'path'),
  'axes.grid.which': key(oneOf('major', 'minor', 'both'), 'major, minor or both', 'major'),
  'axes.titlesize': key(fontSize, FONT, 'large'),
  'axes.titlepad': key(num(-1000, 1000), 'points, -1000 to 1000', 6),
  'axes.titley': key(
    orWord('None', 'None', num(-100, 100)),
    'a height in axes fractions, -100 to 100, or None',
    'None',
  ),
  'axes.titlelocation': key(oneOf('center', 'left', 'right'), 'center, left or right', 'center'),
  'xaxis.labellocation': key(oneOf('left', 'center', 'right'), 'left, center or right', 'center'),
  'yaxis.labellocation': key(oneOf('bottom', 'center', 'top'), 'bottom, center or top', 'center'),
  'axes.titlecolor': key(color('auto'), `${COLOR} or auto`, 'auto'),
  'axes.labelsize': key(fontSize, FONT, 'medium'),
  'axes.labelpad': key(num(-1000, 1000), 'points, -1000 to 1000', 4),
  'axes.labelcolor': key(color(), COLOR, 'black'),
  'axes.prop_cycle': key(
    cycler,
    "cycler('color', ['1f77b4', 'ff7f0e', ...]), or cycles of color, linestyle, linewidth, marker... joined by + or *",
    colorCycle(DEFAULT_CYCLE),
  ),
  'axes.xmargin': key(num(0, 1), 'a fraction of the data span, 0 to 1', 0.05),
  'axes.ymargin': key(num(0, 1), 'a fraction of the data span, 0 to 1', 0.05),
  'axes.autolimit_mode': key(oneOf('data', 'round_numbers'), 'data or round_numbers', 'data'),
  '_internal.classic_mode': key(bool, BOOL, false),
  'axes.axisbelow': key((t) => (t.trim() === 'line' ? 'line' : bool(t)), 'True, False or line', 'line'),
  'axes.spines.left': key(bool, BOOL, true),
  'axes.spines.right': key(bool, BOOL, true),
  'axes.spines.bottom': key(bool, BOOL, true),
  'axes.spines.top': key(bool, BOOL, true),
  'lines.linewidth': key(num(0, 100), POINTS, 1.5),
  'lines.linestyle': key(lineStyle, STYLE, '-'),
  'lines.color': key(color(), COLOR, 'C0'),
  'lines.solid_capstyle': key(oneOf<CapStyle>('butt', 'round', 'projecting'), CAP, 'projecting'),
  'lines.dash_capstyle': key(oneOf<CapStyle>('butt', 'round', 'projecting'), CAP, 'butt'),
  'lines.solid_joinstyle': key(oneOf<JoinStyle>('miter', 'round', 'bevel'), JOIN, 'round'),
  'lines.dash_joinstyle': key(oneOf<JoinStyle>('miter', 'round', 'bevel'), JOIN, 'round'),
  'lines.dashed_pattern': key(numbers(), PATTERN, [3.7, 1.6]),
  'lines.dashdot_pattern': key(numbers(), PATTERN, [6.4, 1.6, 1, 1.6]),
  'lines.dotted_pattern': key(numbers(), PATTERN, [1, 1.65]),
  'lines.scale_dashes': key(bool, BOOL, true),
  'lines.marker': key(markerCode, `'None' or a marker actplot draws: ${MARKERS.join(' ')}`, 'None'),
  'lines.markersize': key(num(0, 100), POINTS, 6),
  'scatter.marker': key(
    (t) => (markerCode(t) === 'None' ? undefined : markerCode(t)),
    `a marker: ${MARKERS.join(' ')}`,
    'o',
  ),
  'scatter.edgecolors': key(color('face', 'none'), `face, none or ${COLOR}`, 'face'),
  'lines.markerfacecolor': key(color('auto', 'none'), `${COLOR}, auto or none`, 'auto'),
  'lines.markeredgecolor': key(color('auto', 'none'), `${COLOR}, auto or none`, 'auto'),
  'lines.markeredgewidth': key(num(0, 100), POINTS, 1),
  'grid.color': key(color(), COLOR, '#b0b0b0'),
  'grid.linestyle': key(lineStyle, STYLE, '-'),
  'grid.linewidth': key(num(0, 100), POINTS, 0.8),
  'grid.alpha': key(num(0, 1), 'an opacity, 0 to 1', 1),
  ...(tickKeys('x') as { [K in `xtick.${string}` & RcKey]: KeySpec<Rc[K]> }),
  ...(tickKeys('y') as { [K in `ytick.${string}` & RcKey]: KeySpec<Rc[K]> }),
  'legend.loc': key((t) => t.trim(), 'a location', 'best'),
  'legend.fontsize': key(fontSize, FONT, 'medium'),
  'legend.frameon': key(bool, BOOL, true),
  'xtick.alignment': key(oneOf('center', 'left', 'right'), 'center, left or right', 'center'),
  'ytick.alignment': key(
    oneOf('center_baseline', 'center', 'top', 'bottom', 'baseline'),
    'center_baseline, center, top, bottom or baseline',
    'center_baseline',
  ),
  'legend.framealpha': key(
    orWord('None', null, num(0, 1)),
    "an opacity, 0 to 1, or None (the frame's colours' own)",
    0.8,
  ),
  'legend.edgecolor': key(color('inherit'), `${COLOR} or inherit`, '0.8'),
  'legend.facecolor': key(color('inherit'), `${COLOR} or inherit`, 'inherit'),
  'legend.fancybox': key(bool, BOOL, true),
  'legend.labelcolor': key(
    color('None', ...LEGEND_HANDLE_COLOURS),
    `${COLOR}, None, linecolor, markerfacecolor or markeredgecolor`,
    'None',
  ),
  'legend.borderpad': key(num(0, 100), 'font sizes, 0 to 100', 0.4),
  'legend.labelspacing': key(num(0, 100), 'font sizes, 0 to 100', 0.5),
  'legend.handlelength': key(num(0, 100), 'font sizes, 0 to 100', 2),
  'legend.handleheight': key(num(0, 100), 'font sizes, 0 to 100', 0.7),
  'legend.handletextpad': key(num(0, 100), 'font sizes, 0 to 100', 0.8),
  'legend.borderaxespad': key(num(0, 100), 'font sizes, 0 to 100', 0.5),
  'legend.columnspacing': key(num(0, 100), 'font sizes, 0 to 100', 2),
  'legend.shadow': key(bool, BOOL, false),
  'legend.markerscale': key(num(0, 100), "a factor of the lines' marker size, 0 to 100", 1),
  'legend.numpoints': key(whole(1, 100), 'a whole number of markers in a line handle, 1 to 100', 1),
  'legend.scatterpoints': key(whole(1, 100), "a whole number of markers in a scatter's handle, 1 to 100", 1),
  'legend.title_fontsize': key(orWord('None', 'None', fontSize), `${FONT}, or None`, 'None'),
  'patch.linewidth': key(num(0, 100), POINTS, 1),
  'patch.facecolor': key(color(), COLOR, 'C0'),
  'patch.edgecolor': key(color(), COLOR, 'black'),
  'savefig.dpi': key(orWord('figure', 'figure', num(1, 2000)), 'figure, or dots per inch, 1 to 2000', 'figure'),
  'savefig.facecolor': key(color('auto'), `${COLOR} or auto`, 'auto'),
  'savefig.transparent': key(bool, BOOL, false),
  'savefig.bbox': key(
    (t) => (t.trim() === 'tight' ? 'tight' : ['standard', 'None', ''].includes(t.trim()) ? 'standard' : undefined),
    'tight or standard',
    'standard',
  ),
  'savefig.pad_inches': key(num(0, 10), 'inches, 0 to 10', 0.1),
  'text.color': key(color(), COLOR, 'black'),
  'text.parse_math': key(bool, BOOL, true),
  'axes.formatter.min_exponent': key(whole(0, 1000), 'a whole number, 0 to 1000', 0),
  'mathtext.fontset': key(
    oneOf('dejavusans', 'dejavuserif', 'cm', 'stix', 'stixsans', 'custom'),
    'dejavusans, dejavuserif, cm, stix, stixsans or custom',
    'dejavusans',
  ),
  'mathtext.default': key(
    oneOf('rm', 'cal', 'it', 'tt', 'sf', 'bf', 'default', 'regular', 'bb', 'frak', 'scr'),
    'a TeX font name: rm, cal, it, tt, sf, bf, default, regular, bb, frak or scr',
    'it',
  ),
};

export const DEFAULT_RC: Readonly<Rc> = Object.fromEntries(
  Object.entries(RC_KEYS).map(([k, s]) => [k, s.default]),
) as unknown as Rc;

/** Reads one key's value (text as in a matplotlibrc, or a config's number, boolean or list). */
export function readRcValue<K extends RcKey>(name: K, given: unknown, at: FieldPath): Rc[K] {
  const spec = RC_KEYS[name];
  const plain = ['string', 'number', 'boolean'].includes(typeof given) || Array.isArray(given);
  const text = Array.isArray(given) ? given.join(', ') : String(given);
  let value: Rc[K] | undefined;
  try {
    value = plain ? spec.read(text) : undefined;
  } catch (err) {
    // A reader's own problem (a cycle's), placed at the key.
    if (err instanceof UsageError) throw err.at(at);
    throw err;
  }
  if (value === undefined) throw badValue(at, text, spec.expected);
  return value;
}

/** A font size in points: a number, or a name relative to font.size (font_manager.font_scalings). */
export function fontPoints(rc: Rc, size: FontSize): number {
  return typeof size === 'number' ? size : FONT_SCALINGS[size] * rc['font.size'];
}

/** Raised where a key is real but not drawn yet. */
export function notYet(at: FieldPath, name: string): UsageError {
  return new UsageError(at, { problem: `${name} is matplotlib's, but actplot does not support it yet` });
}
