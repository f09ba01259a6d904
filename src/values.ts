/** Sampled values as CSV or JSON text, every number printed so that it reads back to the same double. */
import { bindCurve } from './functions/registry';
import { sample, type Sampling } from './sampling';

export interface Evaluation { x: Float64Array; y: Float64Array; dy?: Float64Array }

/** f (and f') at every sample point; `fn` names a registered function, or give { expr } for an expression. */
export function evaluate(fn: string | { expr: string }, sampling: Sampling, params: Record<string, number | string> = {},
  withGrad = false): Evaluation {
  const bound = typeof fn === 'string' ? bindCurve({ fn, params }) : bindCurve({ expr: fn.expr });
  const x = sample(sampling);
  const y = new Float64Array(x.length);
  const dy = withGrad ? new Float64Array(x.length) : undefined;
  for (let i = 0; i < x.length; i++) {
    y[i] = bound.value(x[i]);
    if (dy) dy[i] = bound.grad(x[i]);
  }
  return { x, y, dy };
}

/** Shortest round-trip text; non-finite numbers as nan, inf and -inf (what numpy and Python read). */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

export function toCsv(e: Evaluation): string {
  const cols = e.dy ? [e.x, e.y, e.dy] : [e.x, e.y];
  const lines = [e.dy ? 'x,y,dy' : 'x,y'];
  for (let i = 0; i < e.x.length; i++) lines.push(cols.map((c) => formatNumber(c[i])).join(','));
  return lines.join('\n') + '\n';
}

/** JSON numbers where finite; "nan", "inf", "-inf" strings otherwise (JSON has no such numbers). */
export function toJson(e: Evaluation): string {
  const arr = (a: Float64Array) => `[${Array.from(a, (v) => (Number.isFinite(v) ? formatNumber(v) : `"${formatNumber(v)}"`)).join(',')}]`;
  const parts = [`"x":${arr(e.x)}`, `"y":${arr(e.y)}`];
  if (e.dy) parts.push(`"dy":${arr(e.dy)}`);
  return `{${parts.join(',')}}\n`;
}
