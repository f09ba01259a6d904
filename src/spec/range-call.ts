/**
 * The arguments of the calls scripts make their x values and tick positions with: np.arange and np.linspace
 * (numpy's names: start, stop, step or num), torch.arange and torch.linspace (torch's: start, end, step or
 * steps) and Python's range() (in order only). Bound as the call binds them, in order or by name; each caller
 * then checks the values and the other keywords by its own rules (--x reads dtype=, --xticks refuses it).
 * Pure: argument text in, numbers out.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { parseCallArgs, type PyValue } from '../pycall';

export type RangeLibrary = 'numpy' | 'torch' | 'python';
export type RangeFunction = 'arange' | 'linspace' | 'range';

export interface RangeCall {
  /** The call's own names of its three numbers: start, then stop or end, then step, num or steps. */
  names: readonly [string, string, string];
  start?: number;
  end?: number;
  /** arange's and range's step, linspace's count of values. */
  third?: number;
  /** The keywords other than the three. */
  rest: Record<string, PyValue>;
}

function namesOf(library: RangeLibrary, fn: RangeFunction): readonly [string, string, string] {
  const end = library === 'torch' ? 'end' : 'stop';
  if (fn !== 'linspace') return ['start', end, 'step'];
  return ['start', end, library === 'torch' ? 'steps' : 'num'];
}

/**
 * Reads `args`, the text between a call's parentheses. `number` checks each of the three (the caller's words
 * for a value that is not a number); arange(stop) and range(stop) count from 0.
 */
export function readRangeCall(
  library: RangeLibrary,
  fn: RangeFunction,
  args: string,
  at: FieldPath,
  number: (v: PyValue, name: string) => number,
): RangeCall {
  const names = namesOf(library, fn);
  const { positional, keywords } = parseCallArgs(args, at);
  const call = library === 'python' ? 'range' : `${library === 'torch' ? 'torch' : 'np'}.${fn}`;
  if (positional.length > 3) {
    throw badValue(at, `${positional.length} numbers in order`, `${call}(${names.join(', ')}), the rest by name`);
  }
  // range() takes no keywords at all: they stay in `rest`, for the caller to refuse.
  const byName: readonly string[] = library === 'python' ? [] : names;
  const rest: Record<string, PyValue> = {};
  for (const [k, v] of Object.entries(keywords)) if (!byName.includes(k)) rest[k] = v;
  const [start, end, third] = names.map((n, i) => {
    const named = byName.includes(n) ? keywords[n] : undefined;
    if (positional[i] !== undefined && named !== undefined) {
      throw new UsageError([...at, n], { problem: 'given twice, in order and by name; give it once' });
    }
    const v = positional[i] ?? named;
    return v === undefined ? undefined : number(v, n);
  });
  if (fn !== 'linspace' && end === undefined)
    return { names, start: start === undefined ? undefined : 0, end: start, third, rest };
  return { names, start, end, third, rest };
}
