/** Sampled values as CSV or JSON text, every number printed so that it reads back to the same double. */
import { badValue, UsageError, wrongArgument } from '../errors';
import { bindCurve } from '../functions/registry';
import { FUNCTION_COST, MAX_EVAL_POINTS, MAX_EVAL_WORK } from '../limits';
import type { BoundFunction } from '../functions/types';
import { isReduced, typedCurve } from './precision';
import { rounding } from '../functions/precision';
import { fillSamples, sample, validateSampling, type Sampling } from './sampling';

export interface Evaluation {
  x: Float64Array;
  y: Float64Array;
  dy?: Float64Array;
}

/**
 * f (and f') at every sample point; `fn` names a registered function, or give { expr } for an expression.
 *
 * @example
 *   const { x, y, dy } = evaluate('gelu', { kind: 'linspace', from: -3, to: 3, num: 7 }, {}, true);
 */
export function evaluate(
  fn: string | { expr: string },
  sampling: Sampling,
  params: Record<string, number | string> = {},
  withGrad = false,
): Evaluation {
  // Checked before the function is bound, which reads its dtype (sample() checks it again, at no cost).
  validateSampling(sampling);
  const bound = typed(bindFor(fn, params), sampling);
  const x = sample(sampling);
  if (isReduced(sampling.dtype)) {
    const round = rounding(sampling.dtype);
    x.forEach((v, i) => (x[i] = round(v)));
  }
  const y = new Float64Array(x.length);
  const dy = withGrad ? new Float64Array(x.length) : undefined;
  for (let i = 0; i < x.length; i++) {
    y[i] = bound.value(x[i]);
    if (dy) dy[i] = bound.grad(x[i]);
  }
  return { x, y, dy };
}

/** What evaluate() returned: x and y (and dy) of the same length. */
function checkEvaluation(e: Evaluation): void {
  const columns = e && [e.x, e.y, ...(e.dy ? [e.dy] : [])];
  if (!columns || !columns.every((c) => c instanceof Float64Array && c.length === e.x.length)) {
    throw wrongArgument('evaluation', e, 'what evaluate() returns: { x, y, dy? }, Float64Arrays of one length');
  }
}

function bindFor(fn: string | { expr: string }, params: Record<string, number | string>): BoundFunction {
  if (typeof fn === 'string') return bindCurve({ fn, params });
  // From JavaScript anything may come: a UsageError naming the argument, as the command line's.
  if (typeof fn !== 'object' || fn === null || typeof fn.expr !== 'string') {
    throw wrongArgument('function', fn, "a function's name or { expr: 'x * tanh(x)' }");
  }
  return bindCurve({ expr: fn.expr });
}

/** Below float32, values as torch computes them in the sampling's type. */
function typed(bound: BoundFunction, sampling: Sampling): BoundFunction {
  if (!isReduced(sampling.dtype)) return bound;
  return {
    ...bound,
    value: typedCurve(bound, { dtype: sampling.dtype }),
    grad: typedCurve(bound, { dtype: sampling.dtype, derivative: true }),
  };
}

/** Shortest round-trip text; non-finite numbers as nan, inf and -inf (what numpy and Python read). */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

/**
 * An evaluation as CSV: a header x,y (and dy), then a row a point, each number as it reads back exactly.
 *
 * @example
 *   process.stdout.write(toCsv(evaluate('relu', { kind: 'arange', from: -1, to: 1, step: 0.5 })));
 */
export function toCsv(e: Evaluation): string {
  checkEvaluation(e);
  const cols = e.dy ? [e.x, e.y, e.dy] : [e.x, e.y];
  const lines = [e.dy ? 'x,y,dy' : 'x,y'];
  for (let i = 0; i < e.x.length; i++) lines.push(cols.map((c) => formatNumber(c[i])).join(','));
  return lines.join('\n') + '\n';
}

/** JSON numbers where finite; "nan", "inf", "-inf" strings otherwise (JSON has no such numbers). */
const jsonNumber = (v: number) => (Number.isFinite(v) ? formatNumber(v) : `"${formatNumber(v)}"`);

/**
 * An evaluation as JSON, by column: {"x": [...], "y": [...], "dy": [...]}, non-finite values as strings.
 *
 * @example
 *   const text = toJson(evaluate({ expr: 'x * sigmoid(x)' }, { kind: 'linspace', from: -2, to: 2, num: 5 }));
 */
export function toJson(e: Evaluation): string {
  checkEvaluation(e);
  const arr = (a: Float64Array) => `[${Array.from(a, jsonNumber).join(',')}]`;
  const parts = [`"x":${arr(e.x)}`, `"y":${arr(e.y)}`];
  if (e.dy) parts.push(`"dy":${arr(e.dy)}`);
  return `{${parts.join(',')}}\n`;
}

/** Points per chunk of streamed text: a few megabytes of text at a time. */
const CHUNK = 1 << 15;

/**
 * The text of toCsv or toJson, a chunk at a time, never holding all the values: `eval` streams it, so that
 * its memory stays flat however many points it prints. Throws a usage error beyond MAX_EVAL_POINTS.
 */
export function* evaluationText(
  fn: string | { expr: string },
  sampling: Sampling,
  params: Record<string, number | string>,
  withGrad: boolean,
  format: 'csv' | 'json',
): Generator<string> {
  const n = validateSampling(sampling);
  if (n > MAX_EVAL_POINTS) {
    const option = sampling.kind === 'linspace' ? 'num' : 'step';
    throw badValue(
      option,
      sampling.kind === 'linspace' ? sampling.num : sampling.step,
      `at most ${MAX_EVAL_POINTS} points for eval (this gives ${n})`,
      'draw it instead, or print fewer points',
    );
  }
  const bound = typed(bindFor(fn, params), sampling);
  const work = n * (bound.cost ?? FUNCTION_COST) * (withGrad ? 2 : 1);
  if (work > MAX_EVAL_WORK) {
    throw new UsageError(sampling.kind === 'linspace' ? 'num' : 'step', {
      given: `${n} points of an expression costing ${work} units of work (points times its cost${withGrad ? ', twice with --grad' : ''})`,
      expected: `at most ${MAX_EVAL_WORK} for eval`,
      hint: 'fewer points or a simpler expression',
    });
  }
  if (format === 'csv') {
    yield withGrad ? 'x,y,dy\n' : 'x,y\n';
    const lines: string[] = new Array(CHUNK);
    for (const xs of typedChunks(sampling, n)) {
      lines.length = xs.length;
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        lines[i] = withGrad
          ? `${formatNumber(x)},${formatNumber(bound.value(x))},${formatNumber(bound.grad(x))}`
          : `${formatNumber(x)},${formatNumber(bound.value(x))}`;
      }
      yield `${lines.join('\n')}\n`;
    }
    return;
  }
  // JSON is by column: each column is a pass over the samples, recomputed rather than kept.
  const columns: [string, (x: number) => number][] = [
    ['x', (x) => x],
    ['y', (x) => bound.value(x)],
  ];
  if (withGrad) columns.push(['dy', (x) => bound.grad(x)]);
  for (const [k, [name, f]] of columns.entries()) {
    yield `${k ? ',' : '{'}"${name}":[`;
    let first = true;
    for (const xs of typedChunks(sampling, n)) {
      const parts = Array.from(xs, (x) => jsonNumber(f(x)));
      yield `${first ? '' : ','}${parts.join(',')}`;
      first = false;
    }
    yield ']';
  }
  yield '}\n';
}

/** The samples as eval prints them: in a reduced type, x.to(dtype). */
function* typedChunks(sampling: Sampling, n: number): Generator<Float64Array> {
  const round = isReduced(sampling.dtype) ? rounding(sampling.dtype) : undefined;
  for (const xs of chunks(sampling, n)) {
    if (round) for (let i = 0; i < xs.length; i++) xs[i] = round(xs[i]);
    yield xs;
  }
}

function* chunks(sampling: Sampling, n: number): Generator<Float64Array> {
  const xs = new Float64Array(Math.min(CHUNK, n));
  for (let first = 0; first < n; first += CHUNK) {
    const count = Math.min(CHUNK, n - first);
    fillSamples(sampling, n, first, xs);
    yield count === xs.length ? xs : xs.subarray(0, count);
  }
}

export type { BoundFunction };
