/**
 * An axis' ticks as matplotlib's Axis draws them: the locator's ticks in view with their labels and offset text,
 * and the marks' style (its grid: grid.ts).
 */
import { linearLocatorTicks, linearViewLimits } from './linear-locator';
import { type Rc } from '../style/rcparams';
import { MAX_TICKS } from '../limits';
import type { LocatorSpec, MinorLocatorSpec } from '../spec';
import type { TickStyle } from './axis-style';
import type { Tick, TickMarks } from './types';
import type { HAlign, Placer, PlacedText, TextMeasurer, VAlign } from './text';
import type { FontFace } from '../style/font-faces';
import type { Sides, TickSettings } from './tick-settings';
import {
  autoBins,
  autoLocatorParams,
  autoLocatorTicks,
  autoMinorTicks,
  CLASSIC_NBINS,
  chooseTickFormat,
  formatTick,
  LOCATOR_MAXTICKS,
  maxNLocatorTicks,
  maxNViewLimits,
  multipleViewLimits,
  multipleLocatorCount,
  multipleLocatorTicks,
  multipleMinorTicks,
  offsetText,
  visibleTicks,
  type FormatterRc,
  type LocatorRc,
} from './ticks';

/** What the figure's rc changes in its axes' locators. */
export const locatorRc = (rc: Rc): LocatorRc => ({
  classic: rc['_internal.classic_mode'],
  roundNumbers: rc['axes.autolimit_mode'] === 'round_numbers',
});

/** A tick's label turned off (a shared axes' inner panel): no text, and a box of no size at the spine. */
export function unlabelled(x: number, y: number): PlacedText {
  const box = { left: x, right: x, top: y, bottom: y };
  return { text: '', size: 0, x, baseline: y, align: 'center', vertical: false, color: 'black', box };
}

/** Which sides of an axis carry tick marks: its own spine's (near) and the opposite one's (far). */
export interface MarkSides {
  near: boolean;
  far: boolean;
}

/** How the tick marks of an axis are drawn. */
export function markOf(t: TickStyle, major: MarkSides, minorSides: MarkSides, minor: number[] = []): TickMarks {
  return {
    color: t.color,
    width: t.width,
    outward: t.outward,
    inward: t.inward,
    shown: major.near,
    mirrored: major.far,
    ...(minor.length && {
      minor: {
        positions: minor,
        width: t.minorWidth,
        outward: t.minorOutward,
        inward: t.minorInward,
        shown: minorSides.near,
        mirrored: minorSides.far,
      },
    }),
  };
}

/** How far the marks on one side of an axis reach out of the axes and into it. */
export interface TickReach {
  inward: number;
  outward: number;
}

/**
 * The reach of each kind of tick marked on a side (Spine.get_window_extent takes in a major and a minor tick,
 * each where it is drawn).
 */
export function reachOn(marks: TickMarks, side: keyof MarkSides): TickReach[] {
  const major = side === 'near' ? marks.shown : marks.mirrored;
  const minor = marks.minor && (side === 'near' ? marks.minor.shown : marks.minor.mirrored);
  return [...(major ? [marks] : []), ...(minor ? [marks.minor!] : [])].map(({ inward, outward }) => ({
    inward,
    outward,
  }));
}

/** How far out of the axes a side's marks reach, at most (0 with none). */
export const outwardOn = (marks: TickMarks, side: keyof MarkSides) =>
  Math.max(0, ...reachOn(marks, side).map((r) => r.outward));

/**
 * The locator's ticks inside the view with their labels, and the offset text (e.g. "1e−5") if any. With labels
 * of the script's own (plt.xticks(ticks, labels)), a FixedFormatter's: the i-th tick's is the i-th label, and
 * there is no offset.
 */
export function ticksFor(
  axis: 'x' | 'y',
  given: number[] | LocatorSpec | undefined,
  lim: [number, number],
  lengthPt: number,
  labelPoints: number,
  formatter: FormatterRc,
  minorTicks: boolean | MinorLocatorSpec = false,
  fixedLabels?: readonly string[],
  locating: LocatorRc = {},
): { ticks: { value: number; label: string }[]; offset: string; minor: number[]; warning?: string } {
  // An inverted axis has the same ticks as its increasing view: the locator and formatter sort the view.
  const [lo, hi] = lim[0] <= lim[1] ? lim : [lim[1], lim[0]];
  const fixed = Array.isArray(given) ? given : undefined;
  const auto = () => autoBins(lengthPt, labelPoints, axis);
  const located = fixed
    ? undefined
    : locatorTicks((given as LocatorSpec | undefined) ?? AUTO_LOCATOR, lo, hi, auto, locating);
  const locs = fixed ?? located?.locs ?? autoLocatorTicks(lo, hi, auto(), locating);
  const minor = minorLocs(minorTicks, locs, lo, hi);
  if (fixedLabels) {
    // A FixedFormatter: the i-th tick the locator gives (the ticks set, or the locator's own, those beyond the
    // view included, so that the first label may go to a tick not drawn) has the i-th label, '' past the last
    // label; no offset text.
    const shown = new Set(visibleTicks(locs, lo, hi));
    const ticks = locs.flatMap((value, i) => (shown.has(value) ? [{ value, label: fixedLabels[i] ?? '' }] : []));
    return { ticks, offset: '', minor, ...(located?.warning && { warning: located.warning }) };
  }
  const fmt = chooseTickFormat(locs, lo, hi, formatter);
  const ticks = visibleTicks(locs, lo, hi).map((value) => ({ value, label: formatTick(value, fmt) }));
  return { ticks, offset: offsetText(fmt), minor, ...(located?.warning && { warning: located.warning }) };
}

/** A locator's ticks over the view [lo, hi]; `auto` is the automatic locator's count of bins. */
function locatorTicks(
  l: LocatorSpec,
  lo: number,
  hi: number,
  auto: () => number,
  locating: LocatorRc,
): { locs?: number[]; warning?: string } {
  if (l.kind === 'multiple') return multipleTicks(lo, hi, l.base);
  if (l.kind === 'linear') return { locs: linearLocatorTicks(lo, hi, l.numticks) };
  const m = maxNOf(l, locating);
  return { locs: maxNLocatorTicks(lo, hi, m.nbins(auto), m.params) };
}

/** AutoLocator: a MaxNLocator whose bins and steps are all the automatic locator's (by the rc's classic mode). */
const AUTO_LOCATOR: LocatorSpec = { kind: 'maxn' };

/**
 * A MaxNLocator's bins and parameters, the automatic locator's where the spec leaves them out. nbins='auto':
 * as many as fit, from min_n_ticks - 1 to 9 (MaxNLocator._raw_ticks).
 */
function maxNOf(l: Extract<LocatorSpec, { kind: 'maxn' }>, locating: LocatorRc) {
  const given = l.nbins ?? (locating.classic ? CLASSIC_NBINS : 'auto');
  return {
    nbins: (auto: () => number) => (given === 'auto' ? Math.max(auto(), Math.max(1, (l.minNTicks ?? 2) - 1)) : given),
    params: { ...l, steps: l.steps ?? autoLocatorParams(locating).steps, roundNumbers: locating.roundNumbers },
  };
}

/** The minor ticks: the script's minor locator, or AutoMinorLocator's where the rc shows them. */
function minorLocs(minor: boolean | MinorLocatorSpec, major: number[], lo: number, hi: number): number[] {
  if (minor === false) return [];
  if (minor === true) return autoMinorTicks(major, lo, hi);
  if (minor.kind === 'null') return [];
  if (minor.kind === 'multiple') return multipleMinorTicks(major, lo, hi, minor.base);
  return autoMinorTicks(major, lo, hi, minor.n);
}

/**
 * Locator.view_limits, as autoscale_view applies it to the margined data limits: under round_numbers, the
 * limits out to the ticks the axis's locator puts beyond them; fixed ticks (a FixedLocator) leave them.
 * `auto` is the automatic locator's count of bins, from the axes' size when autoscaling.
 */
export function viewLimits(
  lim: [number, number],
  locator: readonly number[] | LocatorSpec | undefined,
  auto: () => number,
  locating: LocatorRc,
): [number, number] {
  if (!locating.roundNumbers || Array.isArray(locator)) return lim;
  const l = (locator as LocatorSpec | undefined) ?? AUTO_LOCATOR;
  if (l.kind === 'multiple') return multipleViewLimits(lim[0], lim[1], l.base, true);
  if (l.kind === 'linear') return linearViewLimits(lim[0], lim[1], l.numticks);
  const m = maxNOf(l, locating);
  return maxNViewLimits(lim[0], lim[1], m.nbins(auto), m.params);
}

/**
 * MultipleLocator's ticks, with matplotlib's warning past Locator.MAXTICKS (it draws them all). Past the most a
 * figure draws (MAX_TICKS) the automatic ticks are drawn instead, and the warning says so.
 */
function multipleTicks(lo: number, hi: number, base: number): { locs?: number[]; warning?: string } {
  const count = multipleLocatorCount(lo, hi, base);
  if (count <= LOCATOR_MAXTICKS) return { locs: multipleLocatorTicks(lo, hi, base) };
  const exceeds = `which exceeds Locator.MAXTICKS (${LOCATOR_MAXTICKS})`;
  if (count > MAX_TICKS) {
    return { warning: `Locator attempting to generate ${count} ticks, ${exceeds}; drawn with the automatic ticks` };
  }
  const locs = multipleLocatorTicks(lo, hi, base);
  return {
    locs,
    warning: `Locator attempting to generate ${count} ticks ([${locs[0]}, ..., ${locs[count - 1]}]), ${exceeds}.`,
  };
}

/** What an axes' tick labels are placed from: its ticks, where its axes lie, which labels show and their looks. */
export interface TickLabelInput {
  xAxis: { ticks: { value: number; label: string; minor?: boolean }[] };
  yAxis: { ticks: { value: number; label: string; minor?: boolean }[] };
  toX: (v: number) => number;
  toY: (v: number) => number;
  /** Where the spines lie that carry each side's labels. */
  at: { bottom: number; left: number; top: number; right: number };
  /** The major and the minor ticks' labels on each side (a log axis's minor ones). */
  show: Record<'major' | 'minor', Sides>;
  placers: { x: Placer; y: Placer };
  /** The labels' own alignment (plt.xticks(ha=...)), the bottom and left ones only (label1). */
  align: { x: TickSettings['x']['align']; y: TickSettings['y']['align'] };
  /** xtick.alignment (horizontal) and ytick.alignment (vertical): every label's, unless its own is given. */
  rcAlign: { x: Rc['xtick.alignment']; y: Rc['ytick.alignment'] };
  styles: { x: TickStyle; y: TickStyle };
  face: FontFace | undefined;
  measure: TextMeasurer;
}

/**
 * Each tick's label (label1: below and left; an empty one where hidden) and the labels on the top and right
 * (label2, labeltop and labelright), the padded distance from their spines.
 */
export function placeTickLabels({
  xAxis,
  yAxis,
  toX,
  toY,
  at,
  show,
  placers,
  align,
  rcAlign,
  styles,
  face,
  measure,
}: TickLabelInput): {
  xTicks: Tick[];
  yTicks: Tick[];
  topLabels: PlacedText[];
  rightLabels: PlacedText[];
} {
  const shown = (minor: boolean | undefined) => (minor ? show.minor : show.major);
  /** How far a label sits from its spine: its kind's tick and pad. */
  const offset = (axis: 'x' | 'y', minor: boolean | undefined) =>
    minor ? styles[axis].minorLabelOffset : styles[axis].labelOffset;
  /** An axis's label at (x, y), aligned there, in the axis's size and colour. */
  const place = (axis: 'x' | 'y', label: string, x: number, y: number, ha: HAlign, va: VAlign) =>
    placers[axis](measure, label, styles[axis].labelSize, x, y, ha, va, styles[axis].labelColor, face);
  const xTicks = xAxis.ticks.map(({ value, label, minor }): Tick => {
    const pos = toX(value);
    const y = at.bottom + offset('x', minor);
    return {
      value,
      ...(minor && { minor }),
      pos,
      label: shown(minor).bottom
        ? place('x', label, pos, y, align.x.ha ?? rcAlign.x, align.x.va ?? 'top')
        : unlabelled(pos, at.bottom),
    };
  });
  const yTicks = yAxis.ticks.map(({ value, label, minor }): Tick => {
    const pos = toY(value);
    const x = at.left - offset('y', minor);
    return {
      value,
      ...(minor && { minor }),
      pos,
      label: shown(minor).left
        ? place('y', label, x, pos, align.y.ha ?? 'right', align.y.va ?? rcAlign.y)
        : unlabelled(at.left, pos),
    };
  });
  // One for each tick, so that the drawing pairs them (an empty one where a kind's are off).
  const topLabels =
    show.major.top || show.minor.top
      ? xAxis.ticks.map(({ value, label, minor }) =>
          shown(minor).top
            ? place('x', label, toX(value), at.top - offset('x', minor), rcAlign.x, 'bottom')
            : unlabelled(toX(value), at.top),
        )
      : [];
  const rightLabels =
    show.major.right || show.minor.right
      ? yAxis.ticks.map(({ value, label, minor }) =>
          shown(minor).right
            ? place('y', label, at.right + offset('y', minor), toY(value), 'left', rcAlign.y)
            : unlabelled(at.right, toY(value)),
        )
      : [];
  return { xTicks, yTicks, topLabels, rightLabels };
}
