/**
 * plt.plot(x, y, fmt, **kwargs) of data points as an option (--plot, a config's plot key): the call's argument
 * text copied from a script, or its values by name, bound and checked as the other pyplot calls are
 * (pyplot-calls.ts). The points are drawn as given, in the colour cycle's turn unless a colour is said.
 */
import { withoutConversions } from '../functions/conversions';
import { badValue, UsageError, type FieldPath } from '../errors';
import { MAX_PLOT_POINTS } from '../limits';
import type { PlotCallOptions } from './options';
import {
  argumentTexts,
  isPyNumber,
  joinedArguments,
  parseSlice,
  splitOutside,
  subscripted,
  unwrapped,
  LINE_ALIASES,
  LINE_PROPERTIES_NOT_YET,
  parseCallArgs,
  type CallSignature,
  type PySlice,
  type PyValue,
} from '../pycall';
import { bound, finite, shownPy } from './pyplot-calls';
import type { CurveSpec } from './types';
import { compileWithFunctions } from '../functions/registry';
import { ownSampling, RANGE_OPENING } from './x-call';
import { styled } from './plot-style';

const MARKER_LOOKS = ['markerfacecolor', 'markeredgecolor', 'markeredgewidth', 'fillstyle'];
const DRAWN = [
  'color',
  'linestyle',
  'linewidth',
  'marker',
  'markersize',
  'markevery',
  'alpha',
  'label',
  'drawstyle',
  'zorder',
  'dashes',
  'solid_capstyle',
  'dash_capstyle',
  'solid_joinstyle',
  'dash_joinstyle',
  ...MARKER_LOOKS,
];
const DRAWN_ALIASES = {
  ...LINE_ALIASES,
  ds: 'drawstyle',
  mfc: 'markerfacecolor',
  mec: 'markeredgecolor',
  mew: 'markeredgewidth',
};

/** A range call as plot()'s x: the curve's own samples (x-call.ts reads it). */
const RANGE_CALL = new RegExp(`^${RANGE_OPENING}`);

const PLOT: CallSignature = {
  call: 'plot',
  positional: ['x', 'y', 'fmt'],
  // plot(x, torch.sigmoid(x)): after the panel's own x, y is an expression in it (and so on, line by line); so
  // after a range of its own, plot(np.linspace(0, 5, 50), x**2).
  writtenFrom: ['x', RANGE_CALL],
  keywords: DRAWN,
  aliases: DRAWN_ALIASES,
  unsupported: [
    ...LINE_PROPERTIES_NOT_YET.filter((k) => !DRAWN.includes(k) && !Object.hasOwn(DRAWN_ALIASES, k)),
    'scalex',
    'scaley',
    'data',
  ],
};

/** A list of data values (a number alone is a list of one, as numpy makes it). */
function values(v: PyValue, at: FieldPath): number[] {
  const what = 'a list of finite numbers, e.g. [0, 0.5, 1]';
  const list = Array.isArray(v) ? v : [v];
  if (list.length > MAX_PLOT_POINTS) {
    throw badValue(at, `${list.length} values`, `at most ${MAX_PLOT_POINTS} points in one plot()`);
  }
  return list.map((x) => finite(x, at, what));
}

/** plot(y), plot(y, fmt), plot(x, y), plot(x, y, fmt) — as matplotlib tells them apart. */
function unpack(b: Record<string, PyValue>): { x?: PyValue; y?: PyValue; fmt?: PyValue } {
  if (typeof b.y === 'string' && b.fmt === undefined) return { y: b.x, fmt: b.y };
  if (b.y === undefined) return { y: b.x, fmt: b.fmt };
  return { x: b.x, y: b.y, fmt: b.fmt };
}

/**
 * The lines of one plt.plot() call, as _process_plot_var_args splits its positional arguments: two at a time
 * and a format string after them if one follows (plot(x1, y1, 'r-', x2, y2, 'b--'), plot(y1, 'r', y2)), each
 * with every keyword. A call of one line is given back as it is.
 */
export function plotLines(given: string | PlotCallOptions, at: FieldPath): (string | PlotCallOptions)[] {
  if (typeof given !== 'string') return [given];
  // plot(x.numpy(), F.relu(x).detach().numpy()) as plot(x, F.relu(x)).
  given = withoutConversions(given);
  // plot(x[::10], y[::10], 'o'): one line, its slice read with it (readPlot).
  if (plotSlice(given)) return [given];
  checkFirstArgument(given, at);
  const { positional, keywords, written } = parseCallArgs(given, at, [], PLOT.writtenFrom);
  const groups: PyValue[][] = [];
  // A format string is quoted: plot(x, F.relu(x), x, F.gelu(x), 'r--')'s second bare x begins a line.
  const isFmt = (i: number) => typeof positional[i] === 'string' && !written?.has(i);
  for (let i = 0; i < positional.length;) {
    const group = positional.slice(i, i + 2);
    i += 2;
    if (i < positional.length && isFmt(i)) group.push(positional[i++]);
    groups.push(group);
  }
  if (groups.length <= 1) return [given];
  return groups.map(
    ([x, y, fmt]) =>
      ({ ...keywords, x, ...(y !== undefined && { y }), ...(fmt !== undefined && { fmt }) }) as PlotCallOptions,
  );
}

/**
 * plt.step(x, y, fmt, where='pre', **kwargs)'s arguments as plot()'s, which matplotlib's step() calls with
 * drawstyle='steps-' + where.
 */
export function stepAsPlot(args: string, at: FieldPath): string {
  const parts = splitOutside(args, ',').filter((a) => a.trim());
  const where = parts.findIndex((a) => /^\s*where\s*=/.test(a));
  const kind = where < 0 ? 'pre' : /^\s*where\s*=\s*(['"])(pre|post|mid)\1\s*$/.exec(parts[where])?.[2];
  if (kind === undefined) throw badValue([...at, 'where'], parts[where].trim(), "where='pre', 'post' or 'mid'");
  if (parts.some((a) => /^\s*(?:drawstyle|ds)\s*=/.test(a))) {
    throw new UsageError(at, { problem: 'step() sets the drawstyle itself (from where=); give it no drawstyle' });
  }
  const rest = parts.filter((_, i) => i !== where).map((a) => a.trim());
  return [...rest, `drawstyle='steps-${kind}'`].join(', ');
}

/**
 * One plt.plot(): a curve of data points, or plot(x, f(x)) of the panel's own x (the sampled range, as a script's
 * x = torch.arange(...)) and an expression in it, with the style its format string and keywords give it.
 */
export function readPlot(given: string | PlotCallOptions, at: FieldPath): CurveSpec {
  const kept = typeof given === 'string' ? slicedPlot(given, at) : undefined;
  if (!kept) return readWholePlot(given, at);
  return { ...readWholePlot(kept.args, at), slice: kept.slice };
}

/**
 * plot(x[::10], y[::10], 'o'): the same slice of x and y (whole numbers, `start:stop:step`), read as the plot of
 * x and y with the samples the slice keeps; undefined for a call without one.
 */
function slicedPlot(given: string, at: FieldPath): { args: string; slice: PySlice } | undefined {
  const cut = plotSlice(given);
  if (!cut) return undefined;
  const { positional } = argumentTexts(given);
  if (!cut.same) {
    throw badValue([...at, 'y'], positional[1] ?? 'nothing', `y sliced as x is, ${positional[0]}: y[${cut.index}]`);
  }
  if (cut.slice.step === 0)
    throw badValue([...at, 'x'], positional[0], 'a slice step other than 0, as Python requires');
  return { args: cut.args, slice: cut.slice };
}

/**
 * A plot call whose x is sliced, `x[::10], y[::10], ...`: the call without the two subscripts, the subscript's
 * text and its slice, and whether y has the same one; undefined when x is not sliced by whole numbers.
 */
export function plotSlice(given: string): { args: string; index: string; slice: PySlice; same: boolean } | undefined {
  if (!given.includes(':')) return undefined;
  const { positional, keywords } = argumentTexts(given);
  const [x, y] = positional.slice(0, 2).map(subscripted);
  const slice = x && parseSlice(x.index);
  if (!x || !slice) return undefined;
  const same = !!y && y.index.replace(/\s+/g, '') === x.index.replace(/\s+/g, '');
  const args = joinedArguments([x.base, same ? y.base : positional[1], ...positional.slice(2)], keywords);
  return { args, index: x.index, slice, same };
}

function readWholePlot(given: string | PlotCallOptions, at: FieldPath): CurveSpec {
  if (typeof given === 'string') checkFirstArgument(given, at);
  const b = bound(given, PLOT, at);
  if (b.x === 'x' && typeof b.y === 'string') return styled(sampledCurve(b.y, [...at, 'y']), b, b.fmt, undefined, at);
  if (typeof b.x === 'string' && RANGE_CALL.test(b.x)) {
    // plot(np.arange(3), 'r--'): a quoted second argument is the format, the range's values drawn alone.
    const quoted = typeof given === 'string' && b.fmt === undefined && isQuotedAt(given, 1, at);
    const call: Record<string, PyValue> = quoted ? { ...b, y: null, fmt: b.y } : b;
    const curve = ownRangeCurve(call, at);
    return styled(curve, call, call.fmt, curve.points?.x.length, at);
  }
  const { x, y, fmt } = unpack(b);
  if (y === undefined || y === null) {
    throw badValue([...at, 'y'], 'nothing', "plot()'s data: y, or x and y, e.g. \"[0, 1, 2], [0, 0.5, 1], 'ro'\"");
  }
  const ys = values(y, [...at, 'y']);
  const xs = x === undefined || x === null ? ys.map((_, i) => i) : values(x, [...at, 'x']);
  if (xs.length !== ys.length) {
    throw new UsageError(at, {
      problem: `x and y must have the same length, as plot() requires; got ${xs.length} and ${ys.length}`,
    });
  }
  // The curve's label: none unless given, so that it stays out of the legend, as matplotlib's '_child0'.
  return styled({ points: { x: xs, y: ys }, label: '' }, b, fmt, xs.length, at);
}

/**
 * plot(x, f(x))'s f(x) (and scatter(x, f(x))'s): a function (gelu, gelu(approximate='tanh')... by itself) or an
 * expression in x, or a gradient of one (autograd's, drawn as its derivative; np.gradient's, numpy's
 * differences): curve-y.ts.
 */
export function sampledCurve(text: string, at: FieldPath): CurveSpec {
  // Loaded for plot(x, f(x)) alone: plot-call.ts itself is loaded for every figure.
  const y = (require('./curve-y') as typeof import('./curve-y')).curveY(text, at);
  compileWithFunctions(y.expr, at);
  return { ...y, label: '' };
}

/**
 * plot()'s first argument as actplot reads it: x (the panel's range), a range call, values written out, a
 * number; anything else said plainly, rather than as the call syntax it then fails to parse as: a name with no
 * value (a line actplot does not read, or none), or data computed otherwise (np.random..., a file's columns).
 */
function checkFirstArgument(given: string, at: FieldPath): void {
  const { positional } = argumentTexts(given);
  const [first] = positional;
  if (first === undefined) return; // keywords alone: plot(x=[...], y=[...])
  const t = unwrapped(first);
  if (t === 'x' || RANGE_CALL.test(t) || /^[[({'"]/.test(t) || isPyNumber(t) || /^[-+]?(?:inf|nan)$/i.test(t)) return;
  if (/^[A-Za-z_]\w*$/.test(t)) {
    throw new UsageError(at, {
      problem: `'${t}' has no value here: nothing actplot reads defines it (a script's line, or --def)`,
    });
  }
  // plot(x[mask], y[mask]) of a mask masks.ts does not read as an interval of x.
  if (/^x\s*\[/.test(t)) {
    throw badValue(
      [...at, 'x'],
      t,
      "x's points by a mask that keeps an interval of it, the same for y: x[x < 0], y[x < 0] or x[(x > -1) & (x < 1)]",
    );
  }
  // plot(y) alone (its format after it or not), y computed: matplotlib draws it against 0, 1, 2...
  if (positional.length === 1 || (positional.length === 2 && /^[rR]?['"]/.test(positional[1]))) {
    throw new UsageError(at, {
      problem: `plot(y) of computed values (${t}) against 0, 1, 2... is not read; write plot(x, y) for values of x`,
    });
  }
  throw badValue(
    [...at, 'x'],
    t,
    "x (the sampled range), a range (np.linspace(-5, 5, 100), torch.arange(-5, 5, 0.1)) or values written out ([0, 0.5, 1]); data computed otherwise (np.random, a file's columns) is not read",
  );
}

/** Whether a call's positional argument at `i` is a quoted string rather than an expression written out. */
function isQuotedAt(given: string, i: number, at: FieldPath): boolean {
  const { positional, written } = parseCallArgs(given, at, [], PLOT.writtenFrom);
  return typeof positional[i] === 'string' && !written?.has(i);
}

/**
 * plot(np.linspace(0, 5, 50), f(x)): f over a range of its own instead of the panel's x (a script's second range,
 * x2 = ...; plot(x2, f(x2)), reads so), x in the expression standing for that range's values.
 */
function ownRangeCurve(b: Record<string, PyValue>, at: FieldPath): CurveSpec {
  const sampling = ownSampling(b.x as string, [...at, 'x']);
  if (typeof b.y === 'string' && !/^\s*[[(]/.test(b.y)) return { ...sampledCurve(b.y, [...at, 'y']), sampling };
  // The range's values as data: against 0, 1, 2... alone (plot(np.linspace(0, 1, 3))), or with values written
  // out (plot(np.linspace(0, 1, 3), [1, 4, 9])).
  const { sample, validateSampling } = require('../data/sampling') as typeof import('../data/sampling');
  const n = validateSampling(sampling, [...at, 'x']);
  if (n > MAX_PLOT_POINTS) {
    throw badValue([...at, 'x'], `${n} values`, `at most ${MAX_PLOT_POINTS} points in one plot()`);
  }
  const range = Array.from(sample(sampling));
  if (b.y === undefined || b.y === null) return { points: { x: range.map((_, i) => i), y: range }, label: '' };
  if (typeof b.y !== 'string') {
    throw badValue(
      [...at, 'y'],
      shownPy(b.y),
      'a function or an expression in x over the range, e.g. "np.linspace(0, 5, 50), relu(x)"',
    );
  }
  const ys = values(parseCallArgs(b.y, [...at, 'y']).positional[0], [...at, 'y']);
  if (range.length !== ys.length) {
    throw new UsageError(at, {
      problem: `x and y must have the same length, as plot() requires; got ${range.length} and ${ys.length}`,
    });
  }
  return { points: { x: range, y: ys }, label: '' };
}
