/** fill_between's where= at the samples (spec/fill-where.ts reads it). Pure. */
import type { WhereSide, WhereSpec } from '../spec';

/** Each sample's truth under the condition, the fill's bounds and the curves evaluated at the samples. */
export function whereMask(
  w: WhereSpec,
  n: number,
  values: (side: WhereSide) => ArrayLike<number> | number,
): Uint8Array {
  const out = new Uint8Array(n).fill(w.join === '&' ? 1 : 0);
  for (const t of w.terms) {
    const [a, b] = [values(t.left), values(t.right)];
    const at = (v: ArrayLike<number> | number, i: number) => (typeof v === 'number' ? v : v[i]);
    for (let i = 0; i < n; i++) {
      const [l, r] = [at(a, i), at(b, i)];
      const holds = t.op === '<' ? l < r : t.op === '<=' ? l <= r : t.op === '>' ? l > r : l >= r;
      out[i] = w.join === '&' ? out[i] & (holds ? 1 : 0) : out[i] | (holds ? 1 : 0);
    }
  }
  return out;
}
