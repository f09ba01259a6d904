/** fill_between's where= at the samples (spec/fill-where.ts reads it). Pure. */
import type { WhereSide, WhereSpec } from '../spec';

/** Each sample's truth under the condition, the fill's bounds and the curves evaluated at the samples. */
export function whereMask(
  w: WhereSpec,
  n: number,
  values: (side: WhereSide) => ArrayLike<number> | number,
): Uint8Array {
  const all = w.join === '&';
  const out = new Uint8Array(n).fill(all ? 1 : 0);
  const HOLDS = {
    '<': (l: number, r: number) => l < r,
    '<=': (l: number, r: number) => l <= r,
    '>': (l: number, r: number) => l > r,
    '>=': (l: number, r: number) => l >= r,
  };
  for (const t of w.terms) {
    const [a, b] = [values(t.left), values(t.right)];
    const holds = HOLDS[t.op];
    for (let i = 0; i < n; i++) {
      const h = holds(typeof a === 'number' ? a : a[i], typeof b === 'number' ? b : b[i]);
      if (all ? !h : h) out[i] = all ? 0 : 1;
    }
  }
  return out;
}
