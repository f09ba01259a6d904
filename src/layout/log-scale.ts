/**
 * A log-scaled axis, as matplotlib's LogScale draws one (set_yscale('log')): LogTransform's positions,
 * autoscale in log space (minpos and LogLocator.nonsingular), LogLocator's major and minor ticks and
 * LogFormatterSciNotation's labels ('$\mathdefault{10^{-2}}$'). Pure functions of numbers.
 */
import type { LogScaleSpec } from '../spec';
import { parsePrintf } from '../style/py-format';
import { autoLocatorTicks, pow10, roundHalfEven, type LocatorRc } from './ticks';

/** A log axis's locator and formatter settings: axes.formatter.min_exponent besides the locator's. */
export interface LogRc extends LocatorRc {
  /** Ticks of a smaller exponent (in magnitude) labelled as plain numbers ('%g'): 0, none. */
  minExponent?: number;
}

/** Python's '%g', as LogFormatterSciNotation writes a tick below axes.formatter.min_exponent. */
let percentG: ((x: number) => string) | undefined;

/** log_b(v); a value not above zero clipped to -1000 (LogTransform's clip) or left out (NaN, 'mask'). */
export function logOf(v: number, scale: LogScaleSpec): number {
  if (v > 0)
    return scale.base === 10 ? Math.log10(v) : scale.base === 2 ? Math.log2(v) : Math.log(v) / Math.log(scale.base);
  return scale.nonpositive === 'mask' || Number.isNaN(v) ? NaN : -1000;
}

/** b**x, as np.power gives it: 10**n correctly rounded for whole n. */
export function powOf(x: number, base: number): number {
  return base === 10 && Number.isInteger(x) ? pow10(x) : base ** x;
}

/** What matplotlib warns of when nothing it would draw on a log axis is above zero. */
export const NO_POSITIVE = 'Data has no positive values, and therefore cannot be log-scaled.';

/**
 * Autoscaled limits (Axes.autoscale_view on a log axis): the data's interval, an end not above zero moved to
 * the smallest positive value (minpos), equal ends a decade apart, then the margin added in log space.
 */
export function logAutoLimits(
  values: Iterable<ArrayLike<number>>,
  margin: number,
  scale: LogScaleSpec,
): { limits: [number, number]; warning?: string } {
  let [lo, hi, minpos] = [Infinity, -Infinity, Infinity];
  for (const arr of values) {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      if (v > 0 && v < minpos) minpos = v;
    }
  }
  const b = scale.base;
  // LogLocator.nonsingular: no data is (1, 10); no positive data is too, with a warning.
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [1, b];
  else if (hi <= 0) return { limits: [1, b], warning: NO_POSITIVE };
  if (lo <= 0) lo = minpos;
  if (lo === hi) [lo, hi] = [decadeLess(lo, b), decadeGreater(hi, b)];
  const [t0, t1] = [logOf(lo, scale), logOf(hi, scale)];
  const delta = (t1 - t0) * margin;
  return { limits: Number.isFinite(delta) ? [powOf(t0 - delta, b), powOf(t1 + delta, b)] : [lo, hi] };
}

/** _decade_less and _decade_greater: the power of b below (above) x, a decade away when x is one. */
function decadeLess(x: number, b: number): number {
  const e = Math.floor(Math.log(x) / Math.log(b));
  const p = powOf(e, b);
  return p === x ? powOf(e - 1, b) : p;
}
function decadeGreater(x: number, b: number): number {
  const e = Math.ceil(Math.log(x) / Math.log(b));
  const p = powOf(e, b);
  return p === x ? powOf(e + 1, b) : p;
}

/**
 * LogLocator.tick_values: decades `stride` apart over the view (and one stride beyond each end) for the major
 * ticks; for the minor ones (subs 'auto': 2 to b − 1 of each decade) only at a stride of 1, no more than 10
 * decades, and a new AutoLocator's ticks where at most one would be in view. `numticks` is the axis's tick
 * space, clipped to 2 to 9.
 */
export function logLocatorTicks(
  vmin: number,
  vmax: number,
  scale: LogScaleSpec,
  numticks: number,
  minor: boolean,
  locating: LocatorRc = {},
): number[] {
  const b = scale.base;
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  // math.log(v) / math.log(b), as LogLocator computes it (log(1000)/log(10) is a hair under 3).
  const logMin = Math.log(vmin) / Math.log(b);
  const logMax = Math.log(vmax) / Math.log(b);
  const numdec = Math.floor(logMax) - Math.ceil(logMin);
  let subs = [1];
  if (minor) {
    if (numdec > 10 || b < 3) return [];
    subs = Array.from({ length: b - 2 }, (_, i) => i + 2);
  }
  let stride = locating.classic
    ? Math.max(Math.ceil(numdec / (numticks - 1)), 1)
    : Math.floor((numdec + 1) / numticks) + 1;
  if (stride >= numdec) stride = Math.max(1, numdec - 1);
  const decades: number[] = [];
  for (let d = Math.floor(logMin) - stride; d < Math.ceil(logMax) + 2 * stride; d += stride) decades.push(d);
  let locs: number[];
  if (!minor) locs = decades.map((d) => powOf(d, b));
  else locs = stride === 1 ? decades.flatMap((d) => subs.map((s) => s * powOf(d, b))) : [];
  if (minor && stride === 1 && locs.filter((t) => vmin <= t && t <= vmax).length <= 1) {
    // A minor locator with at most one tick in view: a new AutoLocator's ticks instead (no axis: 9 bins).
    return autoLocatorTicks(vmin, vmax, 9, locating);
  }
  return locs;
}

/** LogLocator's numticks in classic mode. */
const CLASSIC_NUMTICKS = 15;

/**
 * LogLocator.view_limits under round_numbers: out to the decades at or beyond the ends (_decade_less_equal,
 * _decade_greater_equal).
 */
export function logViewLimits(lo: number, hi: number, b: number): [number, number] {
  const down = (x: number): number => (x === 0 ? x : x < 0 ? -up(-x) : powOf(Math.floor(Math.log(x) / Math.log(b)), b));
  const up = (x: number): number => (x === 0 ? x : x < 0 ? -down(-x) : powOf(Math.ceil(Math.log(x) / Math.log(b)), b));
  return [down(lo), up(hi)];
}

/** Python's math.isclose(x, round(x)), as _is_close_to_int asks it. */
const closeToInt = (x: number) => Math.abs(x - Math.round(x)) <= 1e-9 * Math.max(Math.abs(x), Math.abs(Math.round(x)));

/** The multiples of a decade a log formatter labels: 1 alone, a few, or all of them. */
export type Labelled = Pick<Set<number>, 'has'>;

/**
 * LogFormatter.set_locs's minor_thresholds (1, 0.4): over more than a decade only the decades are labelled;
 * down to 0.4 decades also 2, 3, 4 and 6 of them (base 10); below that every multiple.
 */
export function sublabels(lo: number, hi: number, b: number, thresholds?: [number, number]): Labelled {
  return sublabelsFor(Math.abs(Math.log(hi) / Math.log(b) - Math.log(lo) / Math.log(b)), b, thresholds);
}

/**
 * The multiples of a decade labelled over `numdec` decades in view (LogFormatter._sublabels), as a test of
 * membership rather than a list: a symlog axis's base may be any number above 1, 1e300 as well.
 */
export function sublabelsFor(numdec: number, b: number, thresholds: [number, number] = [1, 0.4]): Labelled {
  if (numdec > thresholds[0]) return new Set([1]);
  if (numdec > thresholds[1]) {
    // np.round(np.geomspace(1, b, int(b) // 2 + 1)): 1, 2, 3, 4, 6, 10 for base 10. The points near c's own
    // place in the series are the ones that can round to c.
    const last = Math.floor(Math.floor(b) / 2);
    const at = (k: number) => (k >= 0 && k <= last ? roundHalfEven(b ** (last ? k / last : 0)) : NaN);
    return {
      has: (c: number) => {
        const i = Math.floor((last * Math.log(c)) / Math.log(b));
        return [i - 1, i, i + 1, i + 2].some((k) => at(k) === c);
      },
    };
  }
  // np.arange(1, b + 1): the whole numbers from 1 to b (to the whole number above a base that is not one).
  return { has: (c: number) => Number.isInteger(c) && c >= 1 && c <= Math.ceil(b) };
}

/**
 * LogFormatterSciNotation's label of a tick: '$\mathdefault{10^{-2}}$', '$\mathdefault{2\times10^{-1}}$' or '';
 * '$\mathdefault{0.1}$' where the exponent is smaller in magnitude than axes.formatter.min_exponent.
 */
export function logTickLabel(x: number, b: number, labelled: Labelled, minExponent = 0): string {
  if (x === 0) return '$\\mathdefault{0}$';
  const sign = x < 0 ? '-' : '';
  const v = Math.abs(x);
  let fx = Math.log(v) / Math.log(b);
  const decade = closeToInt(fx);
  const exponent = decade ? Math.round(fx) : Math.floor(fx);
  const coeff = roundHalfEven(b ** (fx - exponent));
  if (decade) fx = Math.round(fx);
  if (!labelled.has(coeff)) return '';
  const base = String(b);
  if (Math.abs(fx) < minExponent) return `$\\mathdefault{${sign}${(percentG ??= parsePrintf('%g')!)(v)}}$`;
  if (decade) return `$\\mathdefault{${sign}${base}^{${fx}}}$`;
  // _non_decade_format: the coefficient as it is (%g), rounded only when close to a whole number.
  const c = b ** (fx - Math.floor(fx));
  const shown = closeToInt(c) ? String(Math.round(c)) : String(Number(c.toPrecision(6)));
  return `$\\mathdefault{${sign}${shown}\\times${base}^{${Math.floor(fx)}}}$`;
}

/**
 * An axis's view in its scale's transformed space, as Axis._update_ticks sees it: a tick is in view within
 * 1e-10 of the view's span (_interval_contains_close), and a minor tick is dropped where it is within 1e-5 of
 * the span of a major one (remove_overlapping_locs).
 */
export function viewOf(lim: [number, number], transform: (v: number) => number) {
  const [lo, hi] = lim[0] <= lim[1] ? lim : [lim[1], lim[0]];
  const [tlo, thi] = [transform(lo), transform(hi)];
  const tol = 1e-10 * Math.abs(thi - tlo);
  const apart = (thi - tlo) * 1e-5;
  return {
    lo,
    hi,
    inView: (v: number) => {
      const t = transform(v);
      return t >= tlo - tol && t <= thi + tol;
    },
    apartFrom: (major: readonly number[]) => (v: number) =>
      major.every((m) => Math.abs(transform(v) - transform(m)) > apart),
  };
}

/**
 * A log axis's ticks and labels: LogLocator's over the view (or the ticks given, set_yticks), the minor ones
 * always drawn (LogScale sets a minor locator), labelled where LogFormatter's thresholds label them (a view of
 * less than a decade). `numticks` comes from the axis's tick space: its length over 3 (x) or 2 (y) label sizes.
 */
export function logAxisTicks(
  axis: 'x' | 'y',
  scale: LogScaleSpec,
  lim: [number, number],
  lengthPt: number,
  labelPoints: number,
  fixed?: readonly number[],
  fixedLabels?: readonly string[],
  locating: LogRc = {},
): { ticks: { value: number; label: string; minor?: boolean }[]; offset: string; minor: number[]; warning?: string } {
  const space = Math.floor(lengthPt / (labelPoints * (axis === 'x' ? 3 : 2)));
  // Classic mode: LogLocator's numticks is 15, not the axis's tick space.
  const numticks = locating.classic ? CLASSIC_NUMTICKS : Math.min(Math.max(space, 2), 9);
  const { lo, hi, inView, apartFrom } = viewOf(lim, (v) => logOf(v, scale));
  // Classic mode: LogFormatter's minor_thresholds are (0, 0), the decades alone labelled.
  const labelled = sublabels(lo, hi, scale.base, locating.classic ? [0, 0] : undefined);
  const label = (v: number) => logTickLabel(v, scale.base, labelled, locating.minExponent);
  const major = (fixed ?? logLocatorTicks(lo, hi, scale, numticks, false, locating)).filter(inView);
  const minor = logLocatorTicks(lo, hi, scale, numticks, true, locating).filter(inView).filter(apartFrom(major));
  const ticks: { value: number; label: string; minor?: boolean }[] = major.map((value) => ({
    value,
    label: fixed && fixedLabels ? (fixedLabels[fixed.indexOf(value)] ?? '') : label(value),
  }));
  for (const value of minor) {
    const text = label(value);
    if (text) ticks.push({ value, label: text, minor: true });
  }
  return { ticks, offset: '', minor };
}
