/**
 * ax.set(title=..., xlabel=..., xlim=(-5, 5), ...) as a script writes it: each keyword is the panel option of the
 * same name (--title, --xlabel, --xlim...), read by that option's own reader afterwards. Pure: text in, options out.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import type { PanelOptions } from './options';
import { bound, colour, shownPy, text } from './pyplot-calls';
import { isCyclerText, pyString, type CallSignature, type PyValue } from '../pycall';

/** The keywords of Axes.set that are an option here, by the option's name. */
const OPTIONS = ['title', 'xlabel', 'ylabel', 'xlim', 'ylim', 'xticks', 'yticks', 'aspect'] as const;
type SetOption = (typeof OPTIONS)[number];

const SET: CallSignature = {
  call: 'set',
  positional: [],
  keywords: [
    ...OPTIONS,
    'xscale',
    'yscale',
    'facecolor',
    'axisbelow',
    'xticklabels',
    'yticklabels',
    'frame_on',
    'prop_cycle',
    'box_aspect',
  ],
  aliases: { fc: 'facecolor' },
  unsupported: [
    'xbound',
    'ybound',
    'xmargin',
    'ymargin',
    'adjustable',
    'anchor',
    'position',
    'autoscale_on',
    'autoscalex_on',
    'autoscaley_on',
    'alpha',
    'visible',
    'zorder',
    'label',
  ],
};

/**
 * The panel options an ax.set() call gives, and the axes' own face colour (set_facecolor). An option given both
 * as its own flag (key) and in set() is refused: which one a script meant depends on the order of its calls.
 */
export function readAxesSet(
  given: string | Record<string, unknown>,
  at: FieldPath,
  own: PanelOptions,
): { options: Partial<PanelOptions>; facecolor?: string; axisbelow?: boolean | 'line' } {
  const b = bound(given, SET, at);
  // An option given both in set() and on its own: which one a script meant depends on the order of its calls.
  const givenTwice = (key: string) =>
    new UsageError([...at, key], { problem: 'given twice, in set() and on its own; give it once' });
  const facecolor =
    b.facecolor === undefined || b.facecolor === null ? undefined : colour(b.facecolor, [...at, 'facecolor']);
  // axisbelow=True (set_axisbelow): the grid and ticks under everything; 'line' under the lines alone.
  const below = b.axisbelow;
  if (below !== undefined && below !== null && typeof below !== 'boolean' && below !== 'line') {
    throw badValue([...at, 'axisbelow'], shownPy(below), "True, False or 'line'");
  }
  const axisbelow = below === null ? undefined : (below as boolean | 'line' | undefined);
  const out: Partial<PanelOptions> = {};
  if (b.frame_on !== undefined && b.frame_on !== null) {
    if (own.frameOn !== undefined) {
      throw givenTwice('frame_on');
    }
    if (typeof b.frame_on !== 'boolean') throw badValue([...at, 'frame_on'], shownPy(b.frame_on), 'True or False');
    out.frameOn = b.frame_on;
  }
  // prop_cycle=cycler(...) (kept as written): set_prop_cycle's cycle; None the rc's again.
  if (b.prop_cycle !== undefined) {
    if (own.propCycle !== undefined) {
      throw givenTwice('prop_cycle');
    }
    const v = b.prop_cycle;
    if (v !== null && (typeof v !== 'string' || !isCyclerText(v))) {
      throw badValue([...at, 'prop_cycle'], shownPy(v), "a cycler: cycler(color=['r', 'k'])");
    }
    out.propCycle = v ?? 'None';
  }
  // box_aspect=1: set_box_aspect(1), None none (read by its option's reader, as --box-aspect).
  if (b.box_aspect !== undefined) {
    if (own.boxAspect !== undefined) {
      throw givenTwice('box_aspect');
    }
    const v = b.box_aspect;
    if (v !== null && typeof v !== 'number') {
      throw badValue([...at, 'box_aspect'], shownPy(v), "the box's height over its width, a number, or None");
    }
    out.boxAspect = v ?? 'None';
  }
  // xscale='log': the scale of its name, as set_yscale('log').
  for (const axis of ['xscale', 'yscale'] as const) {
    const v = b[axis];
    if (v === undefined || v === null) continue;
    if (own[axis] !== undefined) {
      throw givenTwice(axis);
    }
    if (typeof v !== 'string') throw badValue([...at, axis], shownPy(v), "a scale's name: 'linear', 'log' or 'symlog'");
    out[axis] = v;
  }
  for (const key of OPTIONS) {
    const v = b[key];
    if (v === undefined) continue;
    if (own[key] !== undefined) {
      throw givenTwice(key);
    }
    Object.assign(out, { [key]: asOption(key, v, [...at, key]) });
  }
  // xticklabels with xticks in the same call: plt.xticks(ticks, labels), which checks and pairs them.
  for (const axis of ['x', 'y'] as const) {
    const labels = b[`${axis}ticklabels`];
    if (labels === undefined || labels === null) continue;
    const ticks = out[`${axis}ticks`];
    if (Array.isArray(ticks)) {
      out[`${axis}ticks`] = `[${ticks.join(', ')}], ${pyLiteral(labels)}`;
      continue;
    }
    // Alone: set_xticklabels() on the ticks the axis has, as Axis.set_ticklabels labels them.
    if (!Array.isArray(labels)) throw badValue([...at, `${axis}ticklabels`], shownPy(labels), 'a list of labels');
    const calls = own[`${axis}axis`] ?? [];
    out[`${axis}axis`] = [...calls, `set_ticklabels(${pyLiteral(labels)})`];
  }
  return { options: out, ...(facecolor && { facecolor }), ...(axisbelow !== undefined && { axisbelow }) };
}

/** A keyword's value as its option takes it. */
function asOption(key: SetOption, v: PyValue, at: FieldPath): PanelOptions[SetOption] {
  switch (key) {
    case 'title':
    case 'xlabel':
    case 'ylabel':
      return text(v, at, 'a string');
    case 'aspect':
      if (typeof v === 'number' || typeof v === 'string') return v;
      throw badValue(at, shownPy(v), "'equal', 'auto' or a number");
    case 'xlim':
    case 'ylim':
      return pair(v, at);
    default:
      return numbers(v, at);
  }
}

/** xlim=(left, right): two numbers, either None (left where autoscale puts it). */
function pair(v: PyValue, at: FieldPath): [number | null, number | null] {
  const expected = '(left, right): two numbers, or None for an end left to autoscale';
  if (!Array.isArray(v) || v.length !== 2) throw badValue(at, shownPy(v), expected);
  return v.map((end) => {
    if (end === null || typeof end === 'number') return end;
    throw badValue(at, shownPy(v), expected);
  }) as [number | null, number | null];
}

/** xticks=[...]: the tick positions. */
function numbers(v: PyValue, at: FieldPath): number[] {
  if (!Array.isArray(v) || v.some((t) => typeof t !== 'number')) {
    throw badValue(at, shownPy(v), 'a list of numbers, e.g. [-5, 0, 5]');
  }
  return v as number[];
}

/** A value as Python writes it, for the ticks reader to read back: strings single-quoted and escaped. */
function pyLiteral(v: PyValue): string {
  if (typeof v === 'string') return pyString(v);
  if (Array.isArray(v)) return `[${v.map(pyLiteral).join(', ')}]`;
  return shownPy(v);
}
