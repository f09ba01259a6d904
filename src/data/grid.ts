/**
 * A gated unit on a grid of both its inputs: every (gate, up) pair of one sampling, with y and both partial
 * derivatives, for `eval --grid` (CSV columns gate, up, y, dy_dgate, dy_dup).
 */
import { badValue } from '../errors';
import { bindCurve } from '../functions/registry';
import { rounding, torchRounding } from '../functions/precision';
import { MAX_EVAL_POINTS } from '../limits';
import { formatNumber } from './export';
import { isReduced } from './precision';
import { sample, type Sampling } from './sampling';

const COLUMNS = ['gate', 'up', 'y', 'dy_dgate', 'dy_dup'] as const;

/** The grid's text, a row of the gate's values at a time (CSV) or a column at a time (JSON). */
export function* gridText(
  fn: string,
  sampling: Sampling,
  params: Record<string, number | string>,
  format: 'csv' | 'json',
): Generator<string> {
  const bound = bindCurve({ fn, params });
  const gated = bound.gated;
  if (!gated) {
    throw badValue('grid', fn, 'a gated unit: swiglu, geglu, reglu, glu, bilinear or swigluoai', "see 'actplot list'");
  }
  if (params.up !== undefined) throw badValue('param', `up=${params.up}`, 'no up with --grid, which samples up too');
  const xs = sample(sampling);
  const n = xs.length;
  const dtype = sampling.dtype;
  const reduced = isReduced(dtype);
  const r = reduced ? rounding(dtype) : (v: number) => v;
  xs.forEach((v, i) => (xs[i] = r(v))); // each input as torch holds it: x.to(dtype)
  if (n * n > MAX_EVAL_POINTS) {
    const expected = `at most ${Math.floor(Math.sqrt(MAX_EVAL_POINTS))} points a side for --grid (this gives ${n})`;
    const linspace = sampling.kind === 'linspace';
    throw badValue(
      linspace ? 'num' : 'step',
      linspace ? n : sampling.step,
      expected,
      linspace ? 'a smaller --num' : 'a larger --step',
    );
  }
  const y = reduced ? gated.torch(torchRounding(dtype)) : gated.value;
  const row = (g: number, u: number) => [g, u, y(g, u), r(gated.dGate(g, u)), r(gated.dUp(g, u))];
  if (format === 'csv') {
    yield `${COLUMNS.join(',')}\n`;
    for (const g of xs) yield `${Array.from(xs, (u) => row(g, u).map(formatNumber).join(',')).join('\n')}\n`;
    return;
  }
  const json = (v: number) => (Number.isFinite(v) ? formatNumber(v) : `"${formatNumber(v)}"`);
  for (const [k, name] of COLUMNS.entries()) {
    yield `${k ? ',' : '{'}"${name}":[`;
    yield xs.reduce((text, g, i) => `${text}${i ? ',' : ''}${Array.from(xs, (u) => json(row(g, u)[k])).join(',')}`, '');
    yield ']';
  }
  yield '}\n';
}
