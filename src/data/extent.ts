/** The extent of data on an axis: matplotlib's autoscale limits and its nonsingular widening. */
import { DEFAULT_RC } from '../style/rcparams';

/** matplotlib.transforms.nonsingular: widens an empty or tiny interval. */
export function nonsingular(vmin: number, vmax: number, expander = 0.001, tiny = 1e-15): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  let swapped = false;
  if (vmax < vmin) {
    [vmin, vmax] = [vmax, vmin];
    swapped = true;
  }
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
  return swapped ? [vmax, vmin] : [vmin, vmax];
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
 * Limits given in part (set_xlim(left=0) after the plots) with their free ends where autoscale put them.
 * `drawn` is false when the ends so met cross or meet, which matplotlib would draw as an inverted or singular
 * axis; the autoscaled limits stand instead.
 */
export function resolveLimits(
  given: readonly [number | null, number | null] | undefined,
  auto: [number, number],
): { limits: [number, number]; drawn: boolean } {
  if (!given) return { limits: auto, drawn: true };
  const limits: [number, number] = [given[0] ?? auto[0], given[1] ?? auto[1]];
  return limits[0] < limits[1] ? { limits, drawn: true } : { limits: auto, drawn: false };
}
