/**
 * Tick positions as a script writes them: plt.xticks()'s argument (`[-5, 0, 5]`, `(-1, 0, 1)`), or the numpy and
 * Python calls scripts pass it (`np.arange(-5, 6, 1)`, `np.linspace(-1, 1, 5)`, `range(-5, 6)`), with numpy's
 * own values (data/sampling.ts: np.arange's last bits differ from torch's). Pure: text in, numbers out.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { MAX_TICKS } from '../limits';
import { sample } from '../data/sampling';
import { parseCallArgs, type PyValue } from './pycall';
import { TICKS_CALL as CALL } from './rules';

const EXAMPLES = "e.g. '[-5, 0, 5]', 'np.arange(-5, 6, 1)' or 'np.linspace(-1, 1, 5)'";

/** The positions a script's ticks text gives, sorted; errors name `at`. */
export function readTicksCall(text: string, at: FieldPath): number[] {
  const call = CALL.exec(text);
  if (!call && !/^\s*[[(]/.test(text))
    throw badValue(at, text, `a list of numbers or one of numpy's calls, ${EXAMPLES}`);
  const values = call ? callValues(call[1], call[2], text, at) : listValues(text, at);
  return values.sort((a, b) => a - b);
}

/** xticks(ticks, labels=None, *, minor=False, **kwargs): the positions; labels and text keywords are refused. */
function listValues(text: string, at: FieldPath): number[] {
  const { positional, keywords } = parseCallArgs(text, at);
  const [ticks, labels] = positional;
  if (labels !== undefined || 'labels' in keywords) {
    throw new UsageError(at, { problem: 'tick labels of your own are not drawn yet; give the positions only' });
  }
  const other = Object.keys(keywords)[0];
  if (other !== undefined) {
    throw badValue(at, text, `the tick positions only (${other}= is not read here)`, tickParamsHint(other));
  }
  if (!Array.isArray(ticks)) throw badValue(at, text, `a list of numbers, ${EXAMPLES}`);
  if (ticks.length > MAX_TICKS) throw badValue(at, `${ticks.length} ticks`, `at most ${MAX_TICKS}`);
  return ticks.map((v) => finite(v, text, at));
}

const tickParamsHint = (keyword: string) =>
  /^(fontsize|size|color|labelsize)$/.test(keyword)
    ? `the tick labels' look is --tick-params' (e.g. --tick-params "labelsize=8")`
    : undefined;

function finite(v: PyValue, text: string, at: FieldPath): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badValue(at, text, `finite numbers, ${EXAMPLES}`);
  return v;
}

function callValues(name: string, args: string, text: string, at: FieldPath): number[] {
  const { positional, keywords } = parseCallArgs(args, at);
  const num = (v: PyValue | undefined) => (v === undefined ? undefined : finite(v, text, at));
  const known = name.endsWith('linspace') ? ['num', 'endpoint'] : name === 'range' ? [] : ['step'];
  const other = Object.keys(keywords).find((k) => !known.includes(k));
  if (other !== undefined) {
    const why = other === 'dtype' ? 'ticks are float64 positions' : `${name}() takes ${known.join(', ') || 'none'}`;
    throw badValue(at, text, `${name}() without ${other}= (${why})`);
  }
  if (name.endsWith('linspace')) {
    const [start, stop, count = 50] = [...positional, keywords.num].filter((v) => v !== undefined).map(num);
    if (start === undefined || stop === undefined)
      throw badValue(at, text, `np.linspace(start, stop, num), ${EXAMPLES}`);
    if (keywords.endpoint === false) throw badValue(at, text, 'np.linspace with its endpoint', 'leave endpoint out');
    if (!Number.isInteger(count) || count < 0 || count > MAX_TICKS) {
      throw badValue(at, text, `np.linspace of 0 to ${MAX_TICKS} ticks`);
    }
    if (count <= 1) return count ? [start] : [];
    const lo = Math.min(start, stop);
    const hi = Math.max(start, stop);
    const values =
      lo === hi
        ? Array<number>(count).fill(lo)
        : [...sample({ kind: 'linspace', from: lo, to: hi, num: count, method: 'numpy' })];
    return values;
  }
  // range(stop) / range(start, stop[, step]), and np.arange the same, with step= as a keyword too.
  const given = positional.map(num) as number[];
  const step = keywords.step === undefined ? given[2] : num(keywords.step);
  const [start, stop] = given.length === 1 ? [0, given[0]] : [given[0], given[1]];
  if (start === undefined || stop === undefined) throw badValue(at, text, `${name}(start, stop, step), ${EXAMPLES}`);
  const by = step ?? 1;
  if (name === 'range' && ![start, stop, by].every(Number.isInteger)) {
    throw badValue(at, text, 'range() of whole numbers', 'np.arange takes fractions');
  }
  if (by <= 0) throw badValue(at, text, `${name}() with a step > 0 (ticks are sorted anyway)`);
  const count = Math.ceil((stop - start) / by);
  if (count <= 0) return [];
  if (count > MAX_TICKS) throw badValue(at, text, `at most ${MAX_TICKS} ticks (this gives ${count})`);
  return [...sample({ kind: 'arange', from: start, to: stop, step: by, method: 'numpy' })];
}
