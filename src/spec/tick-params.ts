/**
 * tick_params as an option: the call's argument text copied from a script, or its values by matplotlib's
 * names, bound and checked as the other pyplot calls are (pyplot-calls.ts), read into per-axes tick rcParams.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import type { TickParamsOptions } from './options';
import type { CallSignature } from '../pycall';
import { bound, colour, finite, fontSize, readGridLineStyle, shownPy, text, textAngle } from './pyplot-calls';
import type { TickParamsSpec } from './types';

const TICK_PARAMS: CallSignature = {
  call: 'tick_params',
  positional: [],
  keywords: [
    'axis',
    'which',
    'direction',
    'length',
    'width',
    'color',
    'pad',
    'labelsize',
    'labelcolor',
    'colors',
    'bottom',
    'left',
    'top',
    'right',
    'labelbottom',
    'labelleft',
    'labeltop',
    'labelright',
    'labelrotation',
    'grid_color',
    'grid_alpha',
    'grid_linewidth',
    'grid_linestyle',
  ],
  aliases: { grid_c: 'grid_color', grid_lw: 'grid_linewidth', grid_ls: 'grid_linestyle' },
  unsupported: ['reset', 'zorder'],
};

/** The keywords that turn marks and labels on or off, side by side. */
const SIDE_KEYS = ['bottom', 'left', 'top', 'right', 'labelbottom', 'labelleft', 'labeltop', 'labelright'];
/** The grid lines' own style, for the kinds of tick `which` names. */
const GRID_KEYS = ['grid_color', 'grid_alpha', 'grid_linewidth', 'grid_linestyle'];

/**
 * tick_params(axis='both', which='major', direction, length, width, color, pad, labelsize, labelcolor, colors,
 * bottom, left, top, right and their labels): per-axes settings of the tick rcParams, marks or labels turned on or
 * off, of the major ticks, the minor ones or both; which='minor' sets the minor ticks' length and width too (they
 * are drawn with xtick.minor.visible).
 */
export function readTickParams(given: string | TickParamsOptions, at: FieldPath, rc: Rc = DEFAULT_RC): TickParamsSpec {
  const b = bound(given, TICK_PARAMS, at);
  const axis = b.axis === undefined ? 'both' : text(b.axis, [...at, 'axis']);
  if (!['x', 'y', 'both'].includes(axis)) throw badValue([...at, 'axis'], axis, 'x, y or both');
  const which = b.which === undefined ? 'major' : text(b.which, [...at, 'which']);
  if (!['major', 'minor', 'both'].includes(which)) throw badValue([...at, 'which'], which, 'major, minor or both');
  if (which === 'minor') {
    // The minor ticks share the major ones' direction and colours here: only their own length and width, and
    // their own marks and labels on each side, differ.
    const own = Object.keys(b).find(
      (k) => !['axis', 'which', 'length', 'width', ...SIDE_KEYS, ...GRID_KEYS].includes(k),
    );
    if (own) {
      throw new UsageError([...at, own], {
        problem: `${own}= for the minor ticks alone is matplotlib's, but actplot does not draw it yet; which='both' sets it for both`,
      });
    }
  }
  const sizes = which === 'minor' ? ['minor'] : which === 'both' ? ['major', 'minor'] : ['major'];
  const spec: TickParamsSpec = {
    axes: axis === 'both' ? ['x', 'y'] : [axis as 'x' | 'y'],
    ...(which !== 'both' && { which: which as 'major' | 'minor' }),
    rc: {},
  };
  const num = (key: string, lo: number, hi: number) => {
    const n = finite(b[key], [...at, key]);
    if (n < lo || n > hi) throw badValue([...at, key], n, `${lo} to ${hi} points`);
    return n;
  };
  const flag = (key: string) => {
    if (typeof b[key] !== 'boolean') throw badValue([...at, key], shownPy(b[key]), 'True or False');
    return b[key] as boolean;
  };
  for (const x of spec.axes) {
    const set = (name: string, v: unknown) => ((spec.rc as Record<string, unknown>)[`${x}tick.${name}`] = v);
    if (b.direction !== undefined) {
      const d = text(b.direction, [...at, 'direction']);
      if (!['in', 'out', 'inout'].includes(d)) throw badValue([...at, 'direction'], d, 'in, out or inout');
      set('direction', d);
    }
    for (const size of sizes) {
      if (b.length !== undefined) set(`${size}.size`, num('length', 0, 100));
      if (b.width !== undefined) set(`${size}.width`, num('width', 0, 100));
    }
    if (b.pad !== undefined) set('major.pad', num('pad', -100, 100));
    if (b.labelsize !== undefined) set('labelsize', fontSize(b.labelsize, [...at, 'labelsize'], rc));
    for (const [key, names] of [
      ['colors', ['color', 'labelcolor']],
      ['color', ['color']],
      ['labelcolor', ['labelcolor']],
    ] as const) {
      if (b[key] !== undefined) for (const n of names) set(n, colour(b[key], [...at, key]));
    }
  }
  // Axes.tick_params hands bottom and top to the x axis only, left and right to the y axis, each when `axis`
  // names it: tick_params(axis='y', bottom=False) changes nothing.
  const [x, y] = [spec.axes.includes('x'), spec.axes.includes('y')];
  if (x && b.bottom !== undefined) spec.xMarks = flag('bottom');
  if (y && b.left !== undefined) spec.yMarks = flag('left');
  if (x && b.top !== undefined) spec.xTop = flag('top');
  if (y && b.right !== undefined) spec.yRight = flag('right');
  if (x && b.labelbottom !== undefined) spec.xLabels = flag('labelbottom');
  if (y && b.labelleft !== undefined) spec.yLabels = flag('labelleft');
  if (x && b.labeltop !== undefined) spec.xLabelsTop = flag('labeltop');
  if (y && b.labelright !== undefined) spec.yLabelsRight = flag('labelright');
  const grid = readGridLineStyle(b, at, 'grid_');
  if (Object.keys(grid).length) spec.grid = grid;
  if (b.labelrotation !== undefined && b.labelrotation !== null) {
    const angle = textAngle(b.labelrotation, [...at, 'labelrotation']);
    if (x) spec.xRotation = angle;
    if (y) spec.yRotation = angle;
  }
  return spec;
}
