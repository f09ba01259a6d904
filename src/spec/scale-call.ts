/**
 * plt.xscale() / plt.yscale() (ax.set_xscale, set_yscale) by their arguments: 'linear', or 'log' with LogScale's
 * base and nonpositive ('clip', matplotlib's default, or 'mask'). Other scales are matplotlib's, not drawn yet.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import type { ScaleOptions } from './options';
import { type CallSignature } from './pycall';
import { bound, choice, finite, shownPy } from './pyplot-calls';
import type { LogScaleSpec } from './types';

const SCALE: CallSignature = {
  call: 'yscale',
  positional: ['value'],
  keywords: ['base', 'nonpositive'],
  unsupported: ['subs', 'linthresh', 'linscale', 'functions'],
};

/** The axis's log scale, or undefined for a linear one. */
export function readScale(given: string | ScaleOptions, axis: 'x' | 'y', at: FieldPath): LogScaleSpec | undefined {
  // A bare word is the scale's name, as plt.yscale('log') gives it.
  const text = typeof given === 'string' ? given.trim() : undefined;
  const b =
    text !== undefined && /^\w+$/.test(text) ? { value: text } : bound(given, { ...SCALE, call: `${axis}scale` }, at);
  const name = b.value;
  if (name === 'linear') return undefined;
  if (name === 'symlog' || name === 'logit' || name === 'function' || name === 'asinh') {
    throw new UsageError(at, { problem: `the '${name}' scale is matplotlib's, but actplot does not draw it yet` });
  }
  if (name !== 'log') throw badValue(at, shownPy(name ?? null), "'linear' or 'log'");
  const base = b.base === undefined || b.base === null ? 10 : finite(b.base, [...at, 'base'], 'a base above 1');
  // Whole bases from 2 to 100: LogLocator's subs are the whole numbers from 2 to the base.
  if (!Number.isInteger(base) || base < 2 || base > 100)
    throw badValue([...at, 'base'], base, 'a whole base from 2 to 100');
  const nonpositive = choice(b, 'nonpositive', ['clip', 'mask'] as const, 'clip', at);
  return { base, nonpositive };
}
