/**
 * Tick locations and labels as matplotlib's default AutoLocator (MaxNLocator with steps 1, 2, 2.5, 5, 10)
 * and ScalarFormatter pick them. Pure functions of numbers.
 */
import { nonsingular } from '../data/extent';

export { nonsingular };

/** 10^n correctly rounded, as C's pow gives it (V8's ** is off by an ulp for some negative n). */
export const pow10 = (n: number): number => Number(`1e${n}`);

const STEPS = [1, 2, 2.5, 5, 10];
/** The staircase the step is searched in: 0.1×steps, steps, 10×second step. */
const EXTENDED_STEPS = [...STEPS.slice(0, -1).map((s) => 0.1 * s), ...STEPS, 10 * STEPS[1]];
const MIN_N_TICKS = 2;

/** Python's divmod for floats (CPython's float_divmod): exact remainder, quotient rounded to an integer. */
export function pyDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = x / y < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}

const divmod = pyDivmod;

function scaleRange(vmin: number, vmax: number, n: number, threshold = 100): { scale: number; offset: number } {
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  const offset =
    Math.abs(meanv) / dv < threshold ? 0 : Math.sign(meanv) * pow10(Math.floor(Math.log10(Math.abs(meanv))));
  const scale = pow10(Math.floor(Math.log10(dv / n)));
  return { scale, offset };
}

/** Integer multiples of a step near an edge, with slop growing when the offset dwarfs the step. */
function edgeInteger(step: number, offset: number) {
  const off = Math.abs(offset);
  const closeTo = (ms: number, edge: number) => {
    let tol = 1e-10;
    if (off > 0) tol = Math.min(0.4999, Math.max(1e-10, 10 ** (Math.log10(off / step) - 12)));
    return Math.abs(ms - edge) < tol;
  };
  return {
    le(x: number) {
      const [d, m] = divmod(x, step);
      return closeTo(m / step, 1) ? d + 1 : d;
    },
    ge(x: number) {
      const [d, m] = divmod(x, step);
      return closeTo(m / step, 0) ? d : d + 1;
    },
  };
}

/** A MaxNLocator's parameters besides nbins (matplotlib's defaults for AutoLocator when absent). */
export interface MaxNParams {
  /** The nice steps, 1 to 10 (AutoLocator's 1, 2, 2.5, 5, 10). */
  steps?: readonly number[];
  /** Integer ticks only, where at least minNTicks integers are in view. */
  integer?: boolean;
  minNTicks?: number;
  /** A range symmetric about zero. */
  symmetric?: boolean;
  /** Drop the lowest, the highest or both ticks. */
  prune?: 'lower' | 'upper' | 'both';
  /** axes.autolimit_mode 'round_numbers': a step large enough that nbins of them reach past vmax. */
  roundNumbers?: boolean;
}

/** AutoLocator's steps in classic mode (_internal.classic_mode), with its 9 bins. */
export const CLASSIC_STEPS: readonly number[] = [1, 2, 5, 10];
export const CLASSIC_NBINS = 9;

/** What the rc changes in the locators: classic mode's AutoLocator and LogLocator, round_numbers' steps. */
export interface LocatorRc {
  classic?: boolean;
  roundNumbers?: boolean;
}

/** AutoLocator's ticks: nbins as the axis leaves room for (9 in classic mode), steps 1, 2, 2.5, 5, 10 (1, 2, 5, 10). */
export function autoLocatorTicks(vmin: number, vmax: number, autoBins: number, locating: LocatorRc): number[] {
  return maxNLocatorTicks(vmin, vmax, locating.classic ? CLASSIC_NBINS : autoBins, autoLocatorParams(locating));
}

/** AutoLocator's parameters besides nbins. */
export function autoLocatorParams(locating: LocatorRc): MaxNParams {
  return { ...(locating.classic && { steps: CLASSIC_STEPS }), roundNumbers: locating.roundNumbers };
}

/** MaxNLocator._staircase: the step is searched among 0.1×steps, steps and 10×the second step. */
const staircase = (steps: readonly number[]) => [...steps.slice(0, -1).map((s) => 0.1 * s), ...steps, 10 * steps[1]];

/** MaxNLocator.tick_values: candidate ticks covering [vmin, vmax] (some may lie just outside). */
export function maxNLocatorTicks(vmin: number, vmax: number, nbins: number, p: MaxNParams = {}): number[] {
  if (p.symmetric) {
    vmax = Math.max(Math.abs(vmin), Math.abs(vmax));
    vmin = -vmax;
  }
  [vmin, vmax] = nonsingular(vmin, vmax, 1e-13, 1e-14);
  const locs = rawTicks(vmin, vmax, nbins, p);
  if (!p.prune) return locs;
  const [from, to] = { lower: [1, 0], upper: [0, 1], both: [1, 1] }[p.prune];
  return locs.slice(from, locs.length - to);
}

/**
 * MaxNLocator.view_limits: under round_numbers, the first and last of the ticks covering [dmin, dmax] (the
 * limits out to round numbers); else the interval as it is, widened only if empty.
 */
export function maxNViewLimits(dmin: number, dmax: number, nbins: number, p: MaxNParams = {}): [number, number] {
  if (p.symmetric) {
    dmax = Math.max(Math.abs(dmin), Math.abs(dmax));
    dmin = -dmax;
  }
  [dmin, dmax] = nonsingular(dmin, dmax, 1e-12, 1e-13);
  if (!p.roundNumbers) return [dmin, dmax];
  const ticks = rawTicks(dmin, dmax, nbins, p);
  return [ticks[0], ticks[ticks.length - 1]];
}

/** MaxNLocator._raw_ticks. */
function rawTicks(vmin: number, vmax: number, nbins: number, p: MaxNParams): number[] {
  const minN = p.minNTicks ?? MIN_N_TICKS;
  const { scale, offset } = scaleRange(vmin, vmax, nbins);
  const lo = vmin - offset;
  const hi = vmax - offset;
  const rawStep = (hi - lo) / nbins;
  let steps = (p.steps ? staircase(p.steps) : EXTENDED_STEPS).map((s) => s * scale);
  // integer=True: of the steps over 1, only whole ones.
  if (p.integer) steps = steps.filter((s) => s < 1 || Math.abs(s - Math.round(s)) < 0.001);
  let istep = steps.findIndex((s) => s >= rawStep);
  if (istep < 0) istep = steps.length - 1;
  // round_numbers may need a larger step: nbins of them from below vmin must reach vmax.
  if (p.roundNumbers) {
    for (let k = istep; k < steps.length; k++) {
      istep = k;
      if (Math.floor(lo / steps[k]) * steps[k] + steps[k] * nbins >= hi) break;
    }
  }
  let ticks: number[] = [];
  for (let k = istep; k >= 0; k--) {
    let step = steps[k];
    if (p.integer && Math.floor(hi) - Math.ceil(lo) >= minN - 1) step = Math.max(1, step);
    const bestVmin = Math.floor(lo / step) * step;
    const edge = edgeInteger(step, offset);
    const low = edge.le(lo - bestVmin);
    const high = edge.ge(hi - bestVmin);
    ticks = [];
    for (let i = low; i <= high; i++) ticks.push(i * step + bestVmin);
    const visible = ticks.filter((t) => t <= hi && t >= lo).length;
    if (visible >= minN) break;
  }
  return ticks.map((t) => t + offset);
}

/** How many bins the automatic locator aims for: as many labels as fit, at most 9 (Axis.get_tick_space). */
export function autoBins(axisLengthPt: number, labelSizePt: number, axis: 'x' | 'y'): number {
  const space = Math.floor(axisLengthPt / (labelSizePt * (axis === 'x' ? 3 : 2)));
  return Math.min(Math.max(space, 1), 9);
}

/** Locator.MAXTICKS: past it matplotlib logs a warning, and draws them all. */
export const LOCATOR_MAXTICKS = 1000;

/**
 * MultipleLocator(base).tick_values: every multiple of base from the first at or above vmin (within 1e-10 of a
 * step) through vmax, and one more each side, as matplotlib makes them.
 */
export function multipleLocatorTicks(vmin: number, vmax: number, base: number): number[] {
  const { start, count } = multipleLocatorRun(vmin, vmax, base);
  const ticks: number[] = [];
  for (let i = 0; i < count; i++) ticks.push(start - base + i * base);
  return ticks;
}

/**
 * MultipleLocator.view_limits: under round_numbers, out to the multiples of base at or beyond the ends (a
 * step each way more when they meet); widened only if empty otherwise.
 */
export function multipleViewLimits(dmin: number, dmax: number, base: number, roundNumbers: boolean): [number, number] {
  if (!roundNumbers) return nonsingular(dmin, dmax);
  const edge = edgeInteger(base, 0);
  let vmin = edge.le(dmin) * base;
  let vmax = edge.ge(dmax) * base;
  if (vmin === vmax) {
    vmin -= 1;
    vmax += 1;
  }
  return nonsingular(vmin, vmax);
}

/** How many ticks MultipleLocator(base) makes over [vmin, vmax], before making them. */
export const multipleLocatorCount = (vmin: number, vmax: number, base: number): number =>
  multipleLocatorRun(vmin, vmax, base).count;

/** MultipleLocator.tick_values' first multiple at or above vmin, and its count of ticks (n + 3). */
function multipleLocatorRun(vmin: number, vmax: number, base: number): { start: number; count: number } {
  const [lo, hi] = vmin <= vmax ? [vmin, vmax] : [vmax, vmin];
  const start = edgeInteger(base, 0).ge(lo) * base;
  return { start, count: divmod(hi - start + 0.001 * base, base)[0] + 3 };
}

/** The ticks inside the view interval, with matplotlib's relative slack for rounding. */
export function visibleTicks(ticks: readonly number[], lo: number, hi: number): number[] {
  const tol = 1e-10 * Math.abs(hi - lo);
  return ticks.filter((t) => t >= lo - tol && t <= hi + tol);
}

export const MINUS = '\u2212';

/** ScalarFormatter's choice for a set of ticks: an offset, a power of ten and a fixed number of decimals. */
export interface TickFormat {
  offset: number;
  orderOfMagnitude: number;
  decimals: number;
  /** The minus sign: Unicode's, or the hyphen with axes.unicode_minus False (ScalarFormatter.fix_minus). */
  minus?: string;
  /** axes.formatter.use_mathtext: labels as $\mathdefault{...}$, the offset text as ×10^{n} in math. */
  mathText?: boolean;
}

export const SCI_LIMITS: [number, number] = [-5, 6];

/** The formatter's rcParams: axes.formatter.limits, useoffset and offset_threshold, and axes.unicode_minus. */
export interface FormatterRc {
  limits: [number, number];
  useOffset: boolean;
  offsetThreshold: number;
  unicodeMinus?: boolean;
  useMathText?: boolean;
  /** False: no power of ten taken out (ticklabel_format(style='plain')). */
  scientific?: boolean;
  /** An offset of the script's own (ticklabel_format(useOffset=1000)). */
  fixedOffset?: number;
}
const DEFAULT_FORMATTER: FormatterRc = { limits: SCI_LIMITS, useOffset: true, offsetThreshold: 4 };

/** ScalarFormatter.set_locs: decides offset, scientific exponent and decimals for all the locator's ticks. */
export function chooseTickFormat(
  locs: readonly number[],
  viewLo: number,
  viewHi: number,
  rc: FormatterRc = DEFAULT_FORMATTER,
): TickFormat {
  const offset = rc.fixedOffset ?? (rc.useOffset ? computeOffset(locs, viewLo, viewHi, rc.offsetThreshold) : 0);
  const orderOfMagnitude =
    rc.scientific === false ? 0 : computeOrderOfMagnitude(locs, offset, viewLo, viewHi, rc.limits);
  const decimals = computeDecimals(locs, offset, orderOfMagnitude, viewLo, viewHi);
  return {
    offset,
    orderOfMagnitude,
    decimals,
    ...(rc.unicodeMinus === false && { minus: '-' }),
    ...(rc.useMathText && { mathText: true }),
  };
}

/** Python's a // b for floats. */
const floorDiv = (a: number, b: number) => pyDivmod(a, b)[0];

function inViewTicks(locs: readonly number[], lo: number, hi: number): number[] {
  const [vmin, vmax] = lo <= hi ? [lo, hi] : [hi, lo];
  return locs.filter((l) => vmin <= l && l <= vmax);
}

/** ScalarFormatter._compute_offset: an offset only when it saves at least `threshold` digits (4 by default). */
function computeOffset(locs: readonly number[], lo: number, hi: number, threshold: number): number {
  const visible = inViewTicks(locs, lo, hi);
  if (!visible.length) return 0;
  const lmin = Math.min(...visible);
  const lmax = Math.max(...visible);
  if (lmin === lmax || (lmin <= 0 && 0 <= lmax)) return 0;
  const [absMin, absMax] = [Math.abs(lmin), Math.abs(lmax)].sort((a, b) => a - b);
  const sign = lmin < 0 ? -1 : 1;
  const oomMax = Math.ceil(Math.log10(absMax));
  // Both searches end within the double range (10^-330 is 0): a guard against spinning on denormals.
  let oom = oomMax;
  while (oom > -330 && floorDiv(absMin, pow10(oom)) === floorDiv(absMax, pow10(oom))) oom--;
  oom += 1;
  if ((absMax - absMin) / pow10(oom) <= 1e-2) {
    oom = oomMax;
    while (oom > -330 && !(floorDiv(absMax, pow10(oom)) - floorDiv(absMin, pow10(oom)) > 1)) oom--;
    oom += 1;
  }
  return floorDiv(absMax, pow10(oom)) >= pow10(threshold - 1) ? sign * floorDiv(absMax, pow10(oom)) * pow10(oom) : 0;
}

/** ScalarFormatter._set_order_of_magnitude: equal limits other than 0 fix the exponent; else (−5, 6) bound it. */
function computeOrderOfMagnitude(
  locs: readonly number[],
  offset: number,
  lo: number,
  hi: number,
  limits: [number, number],
): number {
  if (limits[0] === limits[1] && limits[0] !== 0) return limits[0];
  const visible = inViewTicks(locs, lo, hi).map(Math.abs);
  if (!visible.length) return 0;
  let oom: number;
  if (offset) oom = Math.floor(Math.log10(Math.abs(hi - lo)));
  else {
    const val = Math.max(...visible);
    oom = val === 0 ? 0 : Math.floor(Math.log10(val));
  }
  return oom <= limits[0] || oom >= limits[1] ? oom : 0;
}

function computeDecimals(locs: readonly number[], offset: number, oom: number, lo: number, hi: number): number {
  const all = locs.length < 2 ? [...locs, lo, hi] : [...locs];
  let scaled = all.map((l) => (l - offset) / pow10(oom));
  let range = Math.max(...scaled) - Math.min(...scaled);
  if (range === 0) range = Math.max(...scaled.map(Math.abs));
  if (range === 0) range = 1;
  if (locs.length < 2) scaled = scaled.slice(0, -2);
  const rangeOom = Math.floor(Math.log10(range));
  let sigfigs = Math.max(0, 3 - rangeOom);
  const thresh = 1e-3 * pow10(rangeOom);
  while (sigfigs >= 0) {
    const p = pow10(sigfigs);
    const err = Math.max(0, ...scaled.map((l) => Math.abs(l - roundHalfEven(l * p) / p)));
    if (err < thresh) sigfigs -= 1;
    else break;
  }
  return sigfigs + 1;
}

/** numpy.round and Python's round(): halves to the even neighbour. */
export function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** One tick label, e.g. "−0.5": fixed decimals, Unicode minus, near-zero "0" (in math: $\mathdefault{−0.5}$). */
export function formatTick(value: number, fmt: TickFormat): string {
  let scaled = (value - fmt.offset) / pow10(fmt.orderOfMagnitude);
  if (Math.abs(scaled) < 1e-8) scaled = 0;
  const text = scaled.toFixed(fmt.decimals);
  return (fmt.mathText ? `$\\mathdefault{${text}}$` : text).replace('-', fmt.minus ?? MINUS);
}

/**
 * The text matplotlib shows at the axis end for an offset or exponent, e.g. "1e−5" or "+1e3", or in math
 * "$\times\mathdefault{10^{−5}}\mathdefault{+10^{3}}$" (ScalarFormatter.get_offset); '' for none.
 */
export function offsetText(fmt: TickFormat): string {
  if (!fmt.orderOfMagnitude && !fmt.offset) return '';
  const offset = fmt.offset ? (fmt.offset > 0 ? '+' : '') + formatData(fmt.offset, fmt.mathText) : '';
  let s: string;
  if (fmt.mathText) {
    const sci = fmt.orderOfMagnitude ? `\\times\\mathdefault{${formatData(pow10(fmt.orderOfMagnitude), true)}}` : '';
    s = `$${sci}\\mathdefault{${offset}}$`;
  } else s = (fmt.orderOfMagnitude ? `1e${fmt.orderOfMagnitude}` : '') + offset;
  return s.replace(/-/g, fmt.minus ?? MINUS);
}

/** ScalarFormatter.format_data: significand to ten digits, e.g. 1e5 or 1.5e−3 (in math 10^{5}, 1.5 \times 10^{-3}). */
function formatData(value: number, math = false): string {
  const e = Math.floor(Math.log10(Math.abs(value)));
  const sig = Math.round((value / pow10(e)) * 1e10) / 1e10;
  const significand = sig % 1 === 0 ? String(Math.trunc(sig)) : String(Number(sig.toPrecision(10)));
  if (e === 0) return significand;
  if (!math) return `${significand}e${e}`;
  return sig === 1 ? `10^{${e}}` : `${significand} \\times 10^{${e}}`;
}

/** numpy.isclose's default test. */
const isClose = (a: number, b: number) => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);

/**
 * AutoMinorLocator (matplotlib 3.6): 5 divisions of the major step when its mantissa is 1, 2.5, 5 or 10, else 4,
 * from the first major tick across the view; those on a major tick (within 1e-5 of the view) dropped, as
 * Axis.get_minorticklocs drops them, and only those in view kept. Needs two major ticks, as matplotlib does.
 */
export function autoMinorTicks(major: readonly number[], lo: number, hi: number, n?: number): number[] {
  if (major.length < 2) return [];
  const majorStep = major[1] - major[0];
  const mantissa = 10 ** pyDivmod(Math.log10(majorStep), 1)[1];
  // AutoMinorLocator(n): n divisions of the major step, else by its mantissa.
  const ndivs = n ?? ([1, 2.5, 5, 10].some((v) => isClose(mantissa, v)) ? 5 : 4);
  const step = majorStep / ndivs;
  const [vmin, vmax] = lo <= hi ? [lo, hi] : [hi, lo];
  const t0 = major[0];
  const tmin = (floorDiv(vmin - t0, step) + 1) * step;
  const tmax = (floorDiv(vmax - t0, step) + 1) * step;
  // np.arange(tmin, tmax, step) + t0: ceil((tmax - tmin) / step) values.
  const count = Math.max(0, Math.ceil((tmax - tmin) / step));
  const minor: number[] = [];
  for (let i = 0; i < count && i < 10_000; i++) minor.push(tmin + i * step + t0);
  return offMajor(minor, major, lo, hi);
}

/** Axis.get_minorticklocs: the minor ticks not on a major one (within 1e-5 of the view), those in view. */
function offMajor(minor: readonly number[], major: readonly number[], lo: number, hi: number): number[] {
  const tol = Math.abs(hi - lo) * 1e-5;
  return visibleTicks(
    minor.filter((v) => !major.some((m) => Math.abs(v - m) <= tol)),
    lo,
    hi,
  );
}

/** A MultipleLocator as the minor locator: its multiples in view, those on a major tick dropped. */
export function multipleMinorTicks(major: readonly number[], lo: number, hi: number, base: number): number[] {
  const [vmin, vmax] = lo <= hi ? [lo, hi] : [hi, lo];
  if (multipleLocatorCount(vmin, vmax, base) > 10_000) return [];
  return offMajor(multipleLocatorTicks(vmin, vmax, base), major, vmin, vmax);
}
