/**
 * A symmetrical log axis, as matplotlib's SymmetricalLogScale draws one (set_yscale('symlog')):
 * SymmetricalLogTransform's positions, autoscale with the margins in transformed space, SymmetricalLogLocator's
 * ticks (0, and decades on either side, 15 at most) and LogFormatterSciNotation's labels, its thresholds counting
 * only the decades of the logarithmic parts. Pure functions of numbers.
 */
import { nonsingular } from '../data/extent';
import type { SymlogScaleSpec } from '../spec';
import { logTickLabel, logViewLimits, powOf, sublabelsFor, viewOf, type LogRc } from './log-scale';

/** A symlog scale, told apart from a log one. */

/** SymmetricalLogLocator's numticks: fixed, not the axis's tick space. */
const NUMTICKS = 15;

/** linscale / (1 - 1/base): the linear part's stretch, so that it spans linscale decades' worth. */
const linscaleAdj = (s: SymlogScaleSpec) => s.linscale / (1 - 1 / s.base);

/** SymmetricalLogTransform: a·adj within ±linthresh, sign(a)·linthresh·(adj + log_b(|a|/linthresh)) beyond. */
export function symlogOf(v: number, s: SymlogScaleSpec): number {
  const adj = linscaleAdj(s);
  const abs = Math.abs(v);
  if (abs <= s.linthresh) return v * adj;
  return Math.sign(v) * s.linthresh * (adj + Math.log(abs / s.linthresh) / Math.log(s.base));
}

/** InvertedSymmetricalLogTransform: the value at a transformed position. */
export function symlogInverse(t: number, s: SymlogScaleSpec): number {
  const adj = linscaleAdj(s);
  const abs = Math.abs(t);
  if (abs <= s.linthresh * adj) return t / adj;
  return Math.sign(t) * s.linthresh * s.base ** (abs / s.linthresh - adj);
}

/**
 * Autoscaled limits (autoscale_view): the data's interval (or, with none, the locator's nonsingular
 * (-0.05, 0.05)) widened by Locator.nonsingular, the margin added in transformed space and taken back, then
 * SymmetricalLogLocator.view_limits: out to the decades at or beyond the ends under axes.autolimit_mode
 * 'round_numbers', nonsingular either way.
 */
export function symlogAutoLimits(
  values: Iterable<ArrayLike<number>>,
  margin: number,
  s: SymlogScaleSpec,
  roundNumbers = false,
): [number, number] {
  let [lo, hi] = [Infinity, -Infinity];
  for (const arr of values) {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  [lo, hi] = nonsingular(lo, hi, 0.05);
  const [t0, t1] = [symlogOf(lo, s), symlogOf(hi, s)];
  const delta = (t1 - t0) * margin;
  if (Number.isFinite(delta)) [lo, hi] = [symlogInverse(t0 - delta, s), symlogInverse(t1 + delta, s)];
  if (roundNumbers) {
    [lo, hi] = logViewLimits(lo, hi, s.base);
    if (lo === hi) [lo, hi] = [decadeLess(lo, s.base), decadeGreater(hi, s.base)];
  }
  return nonsingular(lo, hi);
}

/** _decade_less and _decade_greater, signed: the decade below (above) x, a decade away when x is one. */
function decadeLess(x: number, b: number): number {
  if (x < 0) return -decadeGreater(-x, b);
  const [less] = logViewLimits(x, x, b);
  return less === x ? less / b : less;
}
function decadeGreater(x: number, b: number): number {
  if (x < 0) return -decadeLess(-x, b);
  const [, greater] = logViewLimits(x, x, b);
  return greater === x ? greater * b : greater;
}

/** np.arange(lo, hi, step): as many values as ceil((hi - lo) / step), each lo + i·step. */
function arange(lo: number, hi: number, step: number): number[] {
  return Array.from({ length: Math.max(0, Math.ceil((hi - lo) / step)) }, (_, i) => lo + i * step);
}

/**
 * SymmetricalLogLocator.tick_values: the ends alone when the view lies within the linear part; otherwise 0
 * where the linear part is in view, and the decades of each logarithmic part, a stride apart so that there are
 * no more than about 15, each multiplied by the subs (0 stays alone).
 */
export function symlogLocatorTicks(vmin: number, vmax: number, s: SymlogScaleSpec, subs: readonly number[] = [1]) {
  const { base, linthresh } = s;
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  if (-linthresh < vmin && vmin < vmax && vmax < linthresh) return [vmin, vmax];
  const hasA = vmin < -linthresh;
  const hasC = vmax > linthresh;
  const hasB = (hasA && vmax > -linthresh) || (hasC && vmin < linthresh);
  const logRange = (lo: number, hi: number) => [
    Math.floor(Math.log(lo) / Math.log(base)),
    Math.ceil(Math.log(hi) / Math.log(base)),
  ];
  // matplotlib's own ends: |vmin| + 1 and vmax + 1.
  const [aLo, aHi] = hasA ? logRange(Math.abs(Math.min(-linthresh, vmax)), Math.abs(vmin) + 1) : [0, 0];
  const [cLo, cHi] = hasC ? logRange(Math.max(linthresh, vmin), vmax + 1) : [0, 0];
  const total = aHi - aLo + (cHi - cLo) + (hasB ? 1 : 0);
  const stride = Math.max(Math.floor(total / (NUMTICKS - 1)), 1);
  const decades = [
    ...(hasA
      ? arange(aLo, aHi, stride)
          .reverse()
          .map((d) => -powOf(d, base))
      : []),
    ...(hasB ? [0] : []),
    ...(hasC ? arange(cLo, cHi, stride).map((d) => powOf(d, base)) : []),
  ];
  if (subs.length === 1 && subs[0] === 1) return decades;
  return decades.flatMap((d) => (d === 0 ? [0] : subs.map((k) => k * d)));
}

/**
 * LogFormatter.set_locs on a symlog axis: the decades of the logarithmic parts in view decide which multiples are
 * labelled (the linear part counts for none).
 */
export function symlogSublabels(lo: number, hi: number, s: SymlogScaleSpec, thresholds?: [number, number]) {
  if (lo > hi) [lo, hi] = [hi, lo];
  const lb = Math.log(s.base);
  let numdec = 0;
  if (lo < -s.linthresh) numdec += Math.log(lo / Math.min(hi, -s.linthresh)) / lb;
  if (hi > s.linthresh) numdec += Math.log(hi / Math.max(lo, s.linthresh)) / lb;
  return sublabelsFor(numdec, s.base, thresholds);
}

/**
 * A symlog axis's ticks: SymmetricalLogLocator's in view (or those given, set_yticks) labelled by
 * LogFormatterSciNotation; the minor ones (the subs' multiples, none by default) apart from the major ones,
 * unlabelled (NullFormatter).
 */
export function symlogAxisTicks(
  s: SymlogScaleSpec,
  lim: [number, number],
  fixed?: readonly number[],
  fixedLabels?: readonly string[],
  locating: LogRc = {},
): { ticks: { value: number; label: string }[]; offset: string; minor: number[]; warning?: string } {
  const { lo, hi, inView, apartFrom } = viewOf(lim, (v) => symlogOf(v, s));
  // Classic mode: LogFormatter's minor_thresholds are (0, 0), the decades alone labelled.
  const labelled = symlogSublabels(lo, hi, s, locating.classic ? [0, 0] : undefined);
  const major = (fixed ?? symlogLocatorTicks(lo, hi, s)).filter(inView);
  const minor = s.subs ? symlogLocatorTicks(lo, hi, s, s.subs).filter(inView).filter(apartFrom(major)) : [];
  const ticks = major.map((value) => ({
    value,
    label:
      fixed && fixedLabels
        ? (fixedLabels[fixed.indexOf(value)] ?? '')
        : logTickLabel(value, s.base, labelled, locating.minExponent),
  }));
  return { ticks, offset: '', minor };
}
