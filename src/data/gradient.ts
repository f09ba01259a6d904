/**
 * numpy.gradient of sampled values, as scripts take a derivative numerically (`dy = np.gradient(y, x)`):
 * central differences inside, first-order one-sided ones at the two ends (edge_order=1), over the samples'
 * own spacing. Written here rather than taken from npm: what is drawn must be numpy's values to the bit,
 * and numpy tells even spacing from uneven by its differences being exactly equal, which no package mimics.
 * Pure.
 */

/**
 * np.gradient(ys, xs) for coordinates, or np.gradient(ys, h) for a spacing (1 when absent, as np.gradient(ys)).
 * Fewer than two values have none (numpy refuses them).
 */
export function numpyGradient(ys: Float64Array, spacing: Float64Array | number = 1): Float64Array {
  const n = ys.length;
  const out = new Float64Array(n);
  if (n < 2) return out.fill(NaN);
  let h: number | undefined = typeof spacing === 'number' ? spacing : undefined;
  const xs = typeof spacing === 'number' ? undefined : spacing;
  if (xs) {
    // Coordinates whose differences are all exactly equal are an even spacing (numpy reduces them to it).
    const d0 = xs[1] - xs[0];
    let even = true;
    for (let i = 2; i < n && even; i++) even = xs[i] - xs[i - 1] === d0;
    if (even) h = d0;
  }
  if (h !== undefined) {
    for (let i = 1; i < n - 1; i++) out[i] = (ys[i + 1] - ys[i - 1]) / (2 * h);
    out[0] = (ys[1] - ys[0]) / h;
    out[n - 1] = (ys[n - 1] - ys[n - 2]) / h;
    return out;
  }
  const x = xs!;
  for (let i = 1; i < n - 1; i++) {
    const dx1 = x[i] - x[i - 1];
    const dx2 = x[i + 1] - x[i];
    // numpy's weights for uneven spacing, in its order of operations.
    const a = -dx2 / (dx1 * (dx1 + dx2));
    const b = (dx2 - dx1) / (dx1 * dx2);
    const c = dx1 / (dx2 * (dx1 + dx2));
    out[i] = a * ys[i - 1] + b * ys[i] + c * ys[i + 1];
  }
  out[0] = (ys[1] - ys[0]) / (x[1] - x[0]);
  out[n - 1] = (ys[n - 1] - ys[n - 2]) / (x[n - 1] - x[n - 2]);
  return out;
}
