/**
 * An axis' ticks and grid as matplotlib's Axis draws them: the locator's ticks in view with their labels and
 * offset text, the marks' style, and the grid lines' pen.
 */
import { dashesOf } from './lines';
import { type AxesData } from '../data/evaluate';
import { type Rc } from '../style/rcparams';
import { MAX_TICKS } from '../limits';
import type { LocatorSpec } from '../spec';
import { rcColor, type TickStyle } from './axis-style';
import type { GridLayout, Tick, TickMarks } from './types';
import type { Placer, PlacedText, TextMeasurer } from './text';
import type { FontFace } from '../style/font-faces';
import type { TickSettings } from './tick-settings';
import {
  autoBins,
  autoMinorTicks,
  chooseTickFormat,
  formatTick,
  LOCATOR_MAXTICKS,
  maxNLocatorTicks,
  multipleLocatorCount,
  multipleLocatorTicks,
  offsetText,
  visibleTicks,
  type FormatterRc,
} from './ticks';

/** A tick's label turned off (a shared axes' inner panel): no text, and a box of no size at the spine. */
export function unlabelled(x: number, y: number): PlacedText {
  const box = { left: x, right: x, top: y, bottom: y };
  return { text: '', size: 0, x, baseline: y, align: 'center', vertical: false, color: 'black', box };
}

/** How the tick marks of an axis are drawn. */
export function markOf(t: TickStyle, shown: boolean, mirrored: boolean, minor: number[] = []): TickMarks {
  return {
    color: t.color,
    width: t.width,
    outward: t.outward,
    inward: t.inward,
    shown,
    mirrored,
    ...(minor.length && {
      minor: { positions: minor, width: t.minorWidth, outward: t.minorOutward, inward: t.minorInward },
    }),
  };
}

/**
 * The grid, when plt.grid() or axes.grid asks for it. plt.grid() draws both axes' lines at the major ticks;
 * the rc's grid draws those of axes.grid.axis at the ticks of axes.grid.which.
 */
export function gridLayout(spec: AxesData['spec'], scale: number, rc: Rc): GridLayout | undefined {
  const on = spec.grid ?? rc['axes.grid'];
  if (!on) return undefined;
  const g = spec.gridStyle ?? {};
  const width = (g.linewidth ?? rc['grid.linewidth']) * scale;
  // grid(axis=..., which=...) as given; bare, plt.grid() is both axes at the major ticks; the rc's grid is at
  // the axes and ticks axes.grid.axis and axes.grid.which name.
  const axis = g.axis ?? (spec.grid === undefined ? rc['axes.grid.axis'] : 'both');
  const which = g.which ?? (spec.grid === undefined ? rc['axes.grid.which'] : 'major');
  return {
    color: rcColor(rc, g.color ?? rc['grid.color'], g.alpha ?? rc['grid.alpha']),
    width,
    ...dashesOf(g.linestyle ?? rc['grid.linestyle'], width, rc, scale),
    // A hidden x axis (a twin's) takes its grid lines with it.
    x: axis !== 'y' && !spec.xaxisHidden,
    y: axis !== 'x',
    major: which !== 'minor',
    minor: which !== 'major',
  };
}

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
  minorVisible = false,
  fixedLabels?: readonly string[],
): { ticks: { value: number; label: string }[]; offset: string; minor: number[]; warning?: string } {
  // An inverted axis has the same ticks as its increasing view: the locator and formatter sort the view.
  const [lo, hi] = lim[0] <= lim[1] ? lim : [lim[1], lim[0]];
  const fixed = Array.isArray(given) ? given : undefined;
  const auto = () => autoBins(lengthPt, labelPoints, axis);
  const located = given && !Array.isArray(given) ? locatorTicks(given, lo, hi, auto) : undefined;
  const locs = fixed ?? located?.locs ?? maxNLocatorTicks(lo, hi, auto());
  const minor = minorVisible ? autoMinorTicks(locs, lo, hi) : [];
  if (fixed && fixedLabels) {
    const shown = new Set(visibleTicks(fixed, lo, hi));
    const ticks = fixed.flatMap((value, i) => (shown.has(value) ? [{ value, label: fixedLabels[i] ?? '' }] : []));
    return { ticks, offset: '', minor };
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
): { locs?: number[]; warning?: string } {
  if (l.kind === 'multiple') return multipleTicks(lo, hi, l.base);
  // nbins='auto': as many as fit, from min_n_ticks - 1 to 9 (MaxNLocator._raw_ticks).
  const nbins = l.nbins === 'auto' ? Math.max(auto(), Math.max(1, (l.minNTicks ?? 2) - 1)) : l.nbins;
  return { locs: maxNLocatorTicks(lo, hi, nbins, l) };
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
  show: { bottom: boolean; left: boolean; top: boolean; right: boolean };
  placers: { x: Placer; y: Placer };
  align: { x: TickSettings['x']['align']; y: TickSettings['y']['align'] };
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
  styles,
  face,
  measure,
}: TickLabelInput): {
  xTicks: Tick[];
  yTicks: Tick[];
  topLabels: PlacedText[];
  rightLabels: PlacedText[];
} {
  const xTicks = xAxis.ticks.map(({ value, label, minor }): Tick => {
    const pos = toX(value);
    const y = at.bottom + (minor ? styles.x.minorLabelOffset : styles.x.labelOffset);
    return {
      value,
      ...(minor && { minor }),
      pos,
      label: show.bottom
        ? placers.x(
            measure,
            label,
            styles.x.labelSize,
            pos,
            y,
            align.x.ha ?? 'center',
            align.x.va ?? 'top',
            styles.x.labelColor,
            face,
          )
        : unlabelled(pos, at.bottom),
    };
  });
  const yTicks = yAxis.ticks.map(({ value, label, minor }): Tick => {
    const pos = toY(value);
    if (!show.left) return { value, pos, label: unlabelled(at.left, pos), ...(minor && { minor }) };
    return {
      value,
      ...(minor && { minor }),
      pos,
      label: placers.y(
        measure,
        label,
        styles.y.labelSize,
        at.left - (minor ? styles.y.minorLabelOffset : styles.y.labelOffset),
        pos,
        align.y.ha ?? 'right',
        align.y.va ?? 'center_baseline',
        styles.y.labelColor,
        face,
      ),
    };
  });

  const topLabels = show.top
    ? xAxis.ticks.map(({ value, label }) =>
        placers.x(
          measure,
          label,
          styles.x.labelSize,
          toX(value),
          at.top - styles.x.labelOffset,
          'center',
          'bottom',
          styles.x.labelColor,
          face,
        ),
      )
    : [];
  const rightLabels = show.right
    ? yAxis.ticks.map(({ value, label }) =>
        placers.y(
          measure,
          label,
          styles.y.labelSize,
          at.right + styles.y.labelOffset,
          toY(value),
          'left',
          'center_baseline',
          styles.y.labelColor,
          face,
        ),
      )
    : [];
  return { xTicks, yTicks, topLabels, rightLabels };
}
