/**
 * plt.xlim() and plt.ylim()'s arguments, as a script writes them: "-5, 5", "(-5, 5)", "[-5, 5]", "-5, None",
 * "left=-5", "bottom=0, top=1.2" (xmin/xmax and ymin/ymax too). An end given as None, or not given, is left
 * where autoscale puts it, as set_xlim(left=0) after the plots leaves the other end at its autoscaled value.
 * MIN above MAX is an inverted axis ("5, -5"), as in matplotlib. Pure.
 */
import { badValue, type FieldPath } from '../errors';
import { parseCallArgs, type PyValue } from '../pycall';
import { shownPy } from './pyplot-calls';
import type { Limits } from './types';

const KEYWORDS = {
  x: { low: ['left', 'xmin'], high: ['right', 'xmax'] },
  y: { low: ['bottom', 'ymin'], high: ['top', 'ymax'] },
} as const;

const expected = (axis: 'x' | 'y') => {
  const { low, high } = KEYWORDS[axis];
  return `${axis}lim()'s arguments: MIN, MAX (either may be None), or ${low[0]}=/${high[0]}= (${low[1]}=/${high[1]}=)`;
};

/** The limits of --xlim/--ylim: numbers, or the call's arguments as text; `undefined` when both ends are free. */
export function readLimits(
  given: string | readonly (number | null)[],
  axis: 'x' | 'y',
  at: FieldPath,
): Limits | undefined {
  const text = typeof given === 'string' ? given : `[${given.map((v) => (v === null ? 'None' : v)).join(', ')}]`;
  // plt.xlim() without arguments only reads the limits.
  if (!text.trim()) throw badValue(at, given, expected(axis));
  const { positional, keywords } =
    typeof given === 'string' ? parseCallArgs(given, at) : { positional: [[...given]], keywords: {} };
  // emit= says whether shared axes hear of it (they always do here); auto=False and None are the default.
  const { emit, auto, ...rest } = keywords as Record<string, PyValue | undefined>;
  if (emit !== undefined && typeof emit !== 'boolean') throw badValue(at, shownPy(emit), 'emit=True or False');
  if (auto !== undefined && auto !== null && auto !== false) {
    throw badValue(
      at,
      `auto=${shownPy(auto)}`,
      'auto=False or None',
      `'auto' alone starts again from autoscaled limits`,
    );
  }
  const args = positional.length === 1 && Array.isArray(positional[0]) ? positional[0] : positional;
  if (args.length > 2) throw badValue(at, text, expected(axis));
  const ends: (number | null)[] = [end(args[0], text, axis, at), end(args[1], text, axis, at)];
  const { low, high } = KEYWORDS[axis];
  for (const [k, v] of Object.entries(rest)) {
    const side = (low as readonly string[]).includes(k) ? 0 : (high as readonly string[]).includes(k) ? 1 : -1;
    if (side < 0) throw badValue(at, `${k}=`, expected(axis));
    // set_xlim(-5, left=0), or left= with xmin=: matplotlib refuses both for one end.
    const names: readonly string[] = side === 0 ? low : high;
    if (side < args.length || names.filter((n) => rest[n] !== undefined).length > 1) {
      throw badValue(at, text, `each end once (${expected(axis)})`);
    }
    ends[side] = end(v, text, axis, at);
  }
  const [lo, hi] = ends;
  if (lo === null && hi === null) return undefined;
  return [lo, hi];
}

function end(v: PyValue | undefined, text: string, axis: 'x' | 'y', at: FieldPath): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badValue(at, text, `finite numbers (${expected(axis)})`);
  return v;
}
