/**
 * matplotlib's LinearLocator (ticker.py, 3.6): numticks ticks evenly over the view, its ends included, and its
 * view_limits under axes.autolimit_mode round_numbers. Pure.
 */
import { nonsingular } from '../data/extent';

/** np.linspace(vmin, vmax, n): start + i * step, the last one the stop itself. */
function linspace(start: number, stop: number, n: number): number[] {
  if (n === 1) return [start];
  const step = (stop - start) / (n - 1);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? stop : i * step + start));
}

/** LinearLocator.tick_values: the view made nonsingular (expander 0.05), then numticks evenly over it. */
export function linearLocatorTicks(vmin: number, vmax: number, numticks: number): number[] {
  let [lo, hi] = nonsingular(vmin, vmax, 0.05);
  if (hi < lo) [lo, hi] = [hi, lo];
  return numticks === 0 ? [] : linspace(lo, hi, numticks);
}

/**
 * LinearLocator.view_limits under round_numbers: the span's power of (numticks - 1) taken down when its remainder
 * is under a half, the limits rounded out to that scale. Fewer than 3 ticks divide by zero in matplotlib; the
 * spec refuses them.
 */
export function linearViewLimits(vmin: number, vmax: number, numticks: number): [number, number] {
  let [lo, hi] = vmax < vmin ? [vmax, vmin] : [vmin, vmax];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const base = Math.log10(Math.max(numticks - 1, 1));
  const ratio = Math.log10(hi - lo) / base;
  // Python's divmod: the floor and the remainder of the same sign as the divisor.
  let exponent = Math.floor(ratio);
  const remainder = Math.log10(hi - lo) - exponent * base;
  if (remainder < 0.5) exponent -= 1;
  const scale = Math.max(numticks - 1, 1) ** -exponent;
  return nonsingular(Math.floor(scale * lo) / scale, Math.ceil(scale * hi) / scale);
}
