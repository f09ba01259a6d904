/** The extent of data on an axis: matplotlib's autoscale limits and its nonsingular widening. */
import { DEFAULT_RC } from '../style/rcparams';

/**
 * matplotlib.transforms.nonsingular: widens an empty or tiny interval; the ends come back in increasing order
 * (its default, increasing=True).
 */
export function nonsingular(vmin: number, vmax: number, expander = 0.001, tiny = 1e-15): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  const maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxabs < (1e6 / tiny) * 2.2250738585072014e-308) {
    vmin = -expander;
    vmax = expander;
  } else if (vmax - vmin <= maxabs * tiny) {
    if (vmax === 0 && vmin === 0) {
      vmin = -expander;
      vmax = expander;
    } else {
      vmin -= expander * Math.abs(vmin);
      vmax += expander * Math.abs(vmax);
    }
  }
  return [vmin, vmax];
}

/** Data limits of all finite values, widened by the autoscale margin (matplotlib's autoscale_view). */
export function autoLimits(
  values: Iterable<ArrayLike<number>>,
  margin: number = DEFAULT_RC['axes.xmargin'],
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const arr of values) {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [-0.05, 0.05];
  [lo, hi] = nonsingular(lo, hi, 0.05);
  const delta = (hi - lo) * margin;
  const wide: [number, number] = Number.isFinite(delta) ? [lo - delta, hi + delta] : [lo, hi];
  return nonsingular(wide[0], wide[1]);
}

/**
 * An axis's limits as set_xlim(v0, v1) after the plots leaves them (matplotlib's Axis._set_lim): an end not given
 * (null) is where autoscale put it; ends that cross make an inverted axis; ends that meet (or nearly) are
 * widened as the locator's nonsingular() widens them, 5 % of their value each way. `singular` says the two
 * ends were the same number, for which matplotlib warns.
 */
export function resolveLimits(
  given: readonly [number | null, number | null] | undefined,
  auto: () => [number, number],
): { limits: [number, number]; singular: boolean } {
  if (!given) return { limits: auto(), singular: false };
  const free = given[0] === null || given[1] === null ? auto() : undefined;
  const v0 = given[0] ?? free![0];
  const v1 = given[1] ?? free![1];
  const [lo, hi] = nonsingular(v0, v1, 0.05);
  return { limits: v0 > v1 ? [hi, lo] : [lo, hi], singular: v0 === v1 };
}
