/**
 * plt.xscale() / plt.yscale() (ax.set_xscale, set_yscale) by their arguments: 'linear'; 'log' with LogScale's
 * base and nonpositive ('clip', matplotlib's default, or 'mask'); 'symlog' with SymmetricalLogScale's base,
 * linthresh, linscale and subs. Other scales are matplotlib's, not drawn yet.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import type { ScaleOptions } from './options';
import { type CallSignature, type PyValue } from '../pycall';
import { bound, choice, finite, shownPy } from './pyplot-calls';
import type { ScaleSpec, SymlogScaleSpec } from './types';

const SCALE: CallSignature = {
  call: 'yscale',
  positional: ['value'],
  keywords: ['base', 'nonpositive', 'linthresh', 'linscale', 'subs'],
  unsupported: ['functions'],
};

/** Each scale's own keywords: matplotlib's scale classes take no others (a TypeError there). */
const KEYWORDS: Record<'log' | 'symlog', readonly string[]> = {
  log: ['base', 'nonpositive', 'subs'],
  symlog: ['base', 'linthresh', 'linscale', 'subs'],
};

/** A symlog axis's minor multiples of each decade: a list of positive numbers, no longer than this. */
const MAX_SUBS = 100;

/** The axis's scale, or undefined for a linear one. */
export function readScale(given: string | ScaleOptions, axis: 'x' | 'y', at: FieldPath): ScaleSpec | undefined {
  // A bare word is the scale's name, as plt.yscale('log') gives it.
  const text = typeof given === 'string' ? given.trim() : undefined;
  const b =
    text !== undefined && /^\w+$/.test(text) ? { value: text } : bound(given, { ...SCALE, call: `${axis}scale` }, at);
  const name = b.value;
  if (name === 'linear') return undefined;
  if (name === 'logit' || name === 'function' || name === 'asinh') {
    throw new UsageError(at, { problem: `the '${name}' scale is matplotlib's, but actplot does not draw it yet` });
  }
  if (name !== 'log' && name !== 'symlog') throw badValue(at, shownPy(name ?? null), "'linear', 'log' or 'symlog'");
  for (const key of Object.keys(b)) {
    if (key !== 'value' && b[key] !== undefined && !KEYWORDS[name].includes(key)) {
      throw new UsageError([...at, key], {
        problem: `is not a keyword of the '${name}' scale`,
        expected: KEYWORDS[name].join(', '),
      });
    }
  }
  return name === 'log' ? readLog(b, at) : readSymlog(b, at);
}

function readLog(b: Record<string, PyValue>, at: FieldPath): ScaleSpec {
  if (b.subs !== undefined && b.subs !== null) {
    throw new UsageError([...at, 'subs'], { problem: "the log scale's subs are matplotlib's, but not drawn yet" });
  }
  const base = b.base === undefined || b.base === null ? 10 : finite(b.base, [...at, 'base'], 'a base above 1');
  // Whole bases from 2 to 100: LogLocator's subs are the whole numbers from 2 to the base.
  if (!Number.isInteger(base) || base < 2 || base > 100)
    throw badValue([...at, 'base'], base, 'a whole base from 2 to 100');
  const nonpositive = choice(b, 'nonpositive', ['clip', 'mask'] as const, 'clip', at);
  return { base, nonpositive };
}

/** SymmetricalLogTransform's checks: a base above 1, linthresh and linscale above 0. */
function readSymlog(b: Record<string, PyValue>, at: FieldPath): SymlogScaleSpec {
  const positive = (key: string, fallback: number, above: number, what: string) => {
    const v = b[key];
    if (v === undefined || v === null) return fallback;
    const n = finite(v, [...at, key], what);
    if (!(n > above)) throw badValue([...at, key], n, what);
    return n;
  };
  const base = positive('base', 10, 1, 'a number above 1');
  const linthresh = positive('linthresh', 2, 0, 'a number above 0');
  const linscale = positive('linscale', 1, 0, 'a number above 0');
  const spec: SymlogScaleSpec = { kind: 'symlog', base, linthresh, linscale };
  if (b.subs !== undefined && b.subs !== null) spec.subs = readSubs(b.subs, [...at, 'subs']);
  return spec;
}

function readSubs(v: PyValue, at: FieldPath): number[] {
  const what = `a list of up to ${MAX_SUBS} numbers above 0, such as [2, 5]`;
  const list = Array.isArray(v) ? v : [v];
  if (list.length === 0 || list.length > MAX_SUBS) throw badValue(at, shownPy(v), what);
  return list.map((k) => {
    const n = finite(k, at, what);
    if (!(n > 0)) throw badValue(at, shownPy(v), what);
    return n;
  });
}
