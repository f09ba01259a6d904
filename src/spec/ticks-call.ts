/**
 * Tick positions as a script writes them: plt.xticks()'s arguments (`[-5, 0, 5]`, `(-1, 0, 1)`, with labels
 * `[-1, 0, 1], ['low', '0', 'high']`), or the numpy and Python calls scripts pass it (`np.arange(-5, 6, 1)`,
 * `np.linspace(-1, 1, 5)`, `range(-5, 6)`), with numpy's own values (data/sampling.ts: np.arange's last bits
 * differ from torch's). Pure: text in, numbers and labels out.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { MAX_TICKS } from '../limits';
import { sample } from '../data/sampling';
import { closingBracket, parseCallArgs, type PyValue } from '../pycall';
import { readRangeCall } from './range-call';
import { choice, colour, fontSize, shownPy, textAngle } from './pyplot-calls';
import type { AxesSpec } from './types';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import { TICKS_CALL_NAME } from './rules';

const EXAMPLES = "e.g. '[-5, 0, 5]', 'np.arange(-5, 6, 1)' or 'np.linspace(-1, 1, 5)'";

/**
 * plt.xticks(ticks, labels, rotation=...): the positions, sorted, and with labels the label of each
 * (FixedFormatter's); none with rotation= alone (plt.xticks(rotation=90) turns the automatic ticks' labels).
 */
export interface TicksCall {
  values?: number[];
  labels?: string[];
  /** rotation=: the labels turned by so many degrees anticlockwise (0 upright). */
  rotation?: number;
  /** ha=, va=: the labels' alignment at their ticks (plt.xticks(rotation=45, ha='right')). */
  ha?: 'left' | 'center' | 'right';
  va?: 'top' | 'center' | 'bottom' | 'baseline' | 'center_baseline';
  /** fontsize=, color=: the labels' size in points and colour (plt.xticks(fontsize=12), as scripts enlarge them). */
  fontsize?: number;
  color?: string;
}

/** The labels' Text keywords xticks() reads, under matplotlib's long names and aliases too. */
const LABEL_KEYWORDS = ['rotation', 'ha', 'va', 'fontsize', 'color'];
const LABEL_ALIASES: Record<string, string> = {
  horizontalalignment: 'ha',
  verticalalignment: 'va',
  size: 'fontsize',
  c: 'color',
};
/** The tick labels' keywords plt.xticks() reads, and their aliases (those set_xticklabels() passes on to them). */
export const TICK_LABEL_KEYWORDS: ReadonlySet<string> = new Set([...LABEL_KEYWORDS, ...Object.keys(LABEL_ALIASES)]);

/** xticks()'s call applied to the axes: its ticks and labels, and its labels' rotation, alignment and look. */
export function applyTicksCall(ax: AxesSpec, axis: 'x' | 'y', call: TicksCall): void {
  const { values, labels, rotation, ha, va, fontsize, color } = call;
  if (values) {
    delete ax[`${axis}tickLabels`];
    ax[`${axis}ticks`] = values;
  }
  if (labels) ax[`${axis}tickLabels`] = labels;
  // plt.xticks(rotation=45) turns the axis's tick labels, as tick_params(labelrotation=45) does.
  if (rotation !== undefined) {
    ax.tickParams = [...(ax.tickParams ?? []), { axes: [axis], rc: {}, [`${axis}Rotation`]: rotation }];
  }
  // fontsize=, color=: every major tick label's (new ticks copy the first one's properties), the labels' alone:
  // the locator still counts its tick space with the axis's label size.
  if (fontsize !== undefined || color !== undefined) {
    const looks = {
      ...(fontsize !== undefined && { [`${axis}tick.labelsize`]: fontsize }),
      ...(color !== undefined && { [`${axis}tick.labelcolor`]: color }),
    };
    ax.tickParams = [...(ax.tickParams ?? []), { axes: [axis], rc: looks, labelsOnly: true }];
  }
  // ha=, va=: the labels below (left of) the axes, which plt.xticks() hands its keywords to.
  if (ha !== undefined || va !== undefined) {
    const align = { ...(ha && { ha }), ...(va && { va }) };
    ax.tickParams = [...(ax.tickParams ?? []), { axes: [axis], rc: {}, [`${axis}Align`]: align }];
  }
}

/** The positions (and labels) a script's xticks() arguments give; errors name `at`. */
export function readTicksCall(text: string, at: FieldPath, rc: Rc = DEFAULT_RC): TicksCall {
  const call = leadingCall(text);
  const keywordsOnly = KEYWORD_FIRST.test(text);
  if ((!call && !keywordsOnly && !/^\s*[[(]/.test(text)) || (call && call.rest === undefined))
    throw badValue(at, text, `a list of numbers or one of numpy's calls, ${EXAMPLES}`);
  // xticks(ticks=None, labels=None, *, minor=False, **kwargs): what follows the ticks, read alike either way.
  const parsed = parseCallArgs(call ? (call.rest ?? '') : text, at);
  const positional = parsed.positional;
  const keywords = Object.fromEntries(Object.entries(parsed.keywords).map(([k, v]) => [LABEL_ALIASES[k] ?? k, v]));
  // minor=False is xticks()'s default: the major ticks. Minor ones are a minor locator's here.
  if (keywords.minor === false) delete keywords.minor;
  else if (keywords.minor !== undefined) {
    const axis = at.includes('yticks') ? 'y' : 'x';
    throw new UsageError([...at, 'minor'], {
      problem: `minor=${shownPy(keywords.minor)}: minor ticks at given places are not drawn yet; a minor locator sets them, e.g. --${axis}axis "set_minor_locator(MultipleLocator(0.5))"`,
    });
  }
  const other = Object.keys(keywords).find((k) => k !== 'labels' && !LABEL_KEYWORDS.includes(k));
  if (other !== undefined) {
    throw badValue(
      at,
      text,
      `the ticks, their labels, and the labels' rotation, ha, va, fontsize and color (${other}= is not read here)`,
      tickParamsHint(other),
    );
  }
  const turning: Pick<TicksCall, 'rotation' | 'ha' | 'va' | 'fontsize' | 'color'> = {};
  if (keywords.fontsize !== undefined) turning.fontsize = fontSize(keywords.fontsize, [...at, 'fontsize'], rc);
  if (keywords.color !== undefined) turning.color = colour(keywords.color, [...at, 'color']);
  if (keywords.rotation !== undefined) turning.rotation = textAngle(keywords.rotation, [...at, 'rotation']);
  if (keywords.ha !== undefined)
    turning.ha = choice(keywords, 'ha', ['left', 'center', 'right'] as const, 'center', at);
  if (keywords.va !== undefined) {
    turning.va = choice(keywords, 'va', ['top', 'center', 'bottom', 'baseline', 'center_baseline'] as const, 'top', at);
  }
  if (keywordsOnly) {
    if (keywords.labels !== undefined) throw badValue(at, text, 'labels with their ticks: xticks(ticks, labels)');
    return turning;
  }
  const ticks = call ? undefined : positional.shift();
  const values = call ? callValues(call.name, call.args, text, at) : listValues(ticks, text, at);
  const [labels, extra] = positional;
  if (extra !== undefined) throw badValue(at, text, 'the ticks and their labels: xticks(ticks, labels)');
  if (labels !== undefined && 'labels' in keywords) throw badValue(at, text, 'labels given once');
  const given = labels ?? keywords.labels;
  if (given === undefined || given === null) return { values: [...values].sort((a, b) => a - b), ...turning };
  return { ...sortedPairs(values, labelList(given, values.length, text, at)), ...turning };
}

/** Keywords alone, as plt.xticks(rotation=90) passes them. */
const KEYWORD_FIRST = /^\s*[A-Za-z_]\w*\s*=/;

/**
 * A leading np.arange/np.linspace/range call: its name, its arguments, and the arguments after it (labels);
 * `rest` is undefined when the call is not closed or is followed by anything but more arguments.
 */
function leadingCall(text: string): { name: string; args: string; rest?: string } | undefined {
  const m = TICKS_CALL_NAME.exec(text);
  if (!m) return undefined;
  const open = m[0].length - 1;
  const close = closingBracket(text, open);
  const after = close < 0 ? undefined : text.slice(close + 1).trim();
  const rest = after === '' ? '' : after?.startsWith(',') ? after.slice(1) : undefined;
  return { name: m[1], args: text.slice(open + 1, close), rest };
}

function listValues(ticks: PyValue | undefined, text: string, at: FieldPath): number[] {
  if (!Array.isArray(ticks)) throw badValue(at, text, `a list of numbers, ${EXAMPLES}`);
  if (ticks.length > MAX_TICKS) throw badValue(at, `${ticks.length} ticks`, `at most ${MAX_TICKS}`);
  return ticks.map((v) => finite(v, text, at));
}

/**
 * The labels as Text shows them. Strings only: a number's label would be Python's str() of it, which tells
 * 1 from 1.0, and the literal reader keeps no such difference.
 */
function labelList(given: PyValue, count: number, text: string, at: FieldPath): string[] {
  if (!Array.isArray(given)) throw badValue(at, text, "labels as a list of strings, e.g. ['low', '0', 'high']");
  const bad = given.find((v) => typeof v !== 'string');
  if (bad !== undefined) {
    throw badValue(at, text, `labels as strings (${shownPy(bad)} is not one)`, `quote it: '${shownPy(bad)}'`);
  }
  if (given.length !== count) {
    // Axis.set_ticklabels refuses it too: "The number of FixedLocator locations ... does not match".
    throw badValue(at, text, `one label for each of the ${count} ticks (${given.length} given)`);
  }
  return given as string[];
}

/** Ticks sorted by position, each keeping its label (FixedFormatter labels them in the order given). */
function sortedPairs(values: number[], labels: string[]): TicksCall {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  return { values: order.map((i) => values[i]), labels: order.map((i) => labels[i]) };
}

const tickParamsHint = (keyword: string) =>
  /^(labelsize|labelcolor|labelrotation)$/.test(keyword)
    ? `that is a keyword of --tick-params (e.g. --tick-params "labelsize=8")`
    : undefined;

function finite(v: PyValue, text: string, at: FieldPath): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badValue(at, text, `finite numbers, ${EXAMPLES}`);
  return v;
}

function callValues(name: string, args: string, text: string, at: FieldPath): number[] {
  const fn = name === 'range' ? 'range' : name.endsWith('linspace') ? 'linspace' : 'arange';
  const call = readRangeCall(fn === 'range' ? 'python' : 'numpy', fn, args, at, (v) => finite(v, text, at));
  const known = fn === 'linspace' ? ['endpoint'] : [];
  const other = Object.keys(call.rest).find((k) => !known.includes(k));
  if (other !== undefined) {
    const takes = fn === 'range' ? 'none' : [...call.names, ...known].join(', ');
    const why = other === 'dtype' ? 'ticks are float64 positions' : `${name}() takes ${takes}`;
    throw badValue(at, text, `${name}() without ${other}= (${why})`);
  }
  const { start, end: stop } = call;
  if (fn === 'linspace') {
    const count = call.third ?? 50;
    if (start === undefined || stop === undefined)
      throw badValue(at, text, `np.linspace(start, stop, num), ${EXAMPLES}`);
    if (call.rest.endpoint === false) throw badValue(at, text, 'np.linspace with its endpoint', 'leave endpoint out');
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
    // From start to stop, as numpy gives them: labels go to the ticks in that order.
    return start > stop ? values.reverse() : values;
  }
  // range(stop) / range(start, stop[, step]), and np.arange the same.
  if (start === undefined || stop === undefined) throw badValue(at, text, `${name}(start, stop, step), ${EXAMPLES}`);
  const by = call.third ?? 1;
  if (fn === 'range' && ![start, stop, by].every(Number.isInteger)) {
    throw badValue(at, text, 'range() of whole numbers', 'np.arange takes fractions');
  }
  if (by <= 0) throw badValue(at, text, `${name}() with a step > 0 (ticks are sorted anyway)`);
  const count = Math.ceil((stop - start) / by);
  if (count <= 0) return [];
  if (count > MAX_TICKS) throw badValue(at, text, `at most ${MAX_TICKS} ticks (this gives ${count})`);
  return [...sample({ kind: 'arange', from: start, to: stop, step: by, method: 'numpy' })];
}
