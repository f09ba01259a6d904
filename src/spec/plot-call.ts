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
  isTuple,
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
import { bound, colour, dashesKeyword, finite, shownPy, text, widthValue } from './pyplot-calls';
import {
  parseAlpha,
  parseFmt,
  parseLineStyle,
  parseMarker,
  parseMarkerSize,
  parseMarkevery,
  parseWidth,
} from './rules';
import type { CurveSpec, StepKind } from './types';
import { compileWithFunctions } from '../functions/registry';
import { ownSampling, RANGE_OPENING } from './x-call';

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

/** Line2D's drawstyles: straight from point to point (default), or steps ('steps' is 'steps-pre'). */
const DRAWSTYLES: Record<string, StepKind | undefined> = {
  default: undefined,
  steps: 'pre',
  'steps-pre': 'pre',
  'steps-mid': 'mid',
  'steps-post': 'post',
};

/** What linestyle='None' (or '', ' ', 'none') says: no line, the markers alone. */
const NO_LINE = ['None', 'none', '', ' '];

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
 * markevery as Line2D takes it for n points: N (every N-th from the first), (start, N), a list of indices, or a
 * list of True/False, one a point; the last three as the indices they mark. A float, or (start, step) floats: a
 * distance along the line in fractions of the axes' diagonal (1.0 written so is read as the whole number 1).
 */
function readMarkevery(v: PyValue, n: number | undefined, curve: CurveSpec, at: FieldPath): void {
  const here = [...at, 'markevery'];
  const expected = 'N, (start, N), a list of point indices or of True/False, one a point';
  if (typeof v === 'number' && !Number.isInteger(v)) {
    if (!(Number.isFinite(v) && v > 0)) throw badValue(here, v, `${expected}, or a distance above 0`);
    curve.markDistance = { start: 0, step: v };
    return;
  }
  if (typeof v === 'number') {
    curve.markevery = parseMarkevery(here, finite(v, here), 'points');
    return;
  }
  if (!Array.isArray(v) || !v.length) throw badValue(here, shownPy(v), expected);
  // (start, step) of floats: a distance along the line, in fractions of the axes' diagonal.
  if (isTuple(v) && v.length === 2 && v.every((k) => typeof k === 'number') && !v.every((k) => Number.isInteger(k))) {
    const [start, step] = v as number[];
    if (!(Number.isFinite(start) && start >= 0 && Number.isFinite(step) && step > 0))
      throw badValue(here, shownPy(v), '(start, step): distances, start 0 or more, step above 0');
    curve.markDistance = { start, step };
    return;
  }
  // The forms below mark points by index: a curve of the panel's x has its points sampled, not given.
  if (n === undefined) {
    throw badValue(here, shownPy(v), "N or a distance, for a curve of the panel's x (its points are sampled)");
  }
  if (isTuple(v) && v.length === 2 && v.every((k) => typeof k === 'number' && Number.isInteger(k))) {
    const [start, every] = v as number[];
    if (start < 0 || every < 1) throw badValue(here, shownPy(v), '(start, N): start 0 or more, N 1 or more');
    curve.markAt = [];
    for (let k = start; k < n; k += every) curve.markAt.push(k);
    return;
  }
  if (v.every((k) => typeof k === 'boolean')) {
    if (v.length !== n) throw badValue(here, `${v.length} True/False`, `one for each of the ${n} points`);
    curve.markAt = v.flatMap((k, i) => (k ? [i] : []));
    return;
  }
  if (v.every((k) => typeof k === 'number' && Number.isInteger(k) && k >= -n && k < n)) {
    // Negative indices count from the end, as numpy's do.
    curve.markAt = (v as number[]).map((k) => (k < 0 ? n + k : k));
    return;
  }
  throw badValue(here, shownPy(v), `${expected} (indices from ${-n} to ${n - 1})`);
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

/**
 * A plot()'s curve with what its format string and keywords say; markevery's lists need the count of points
 * (`n`), which a sampled curve does not have here (its N and distances it takes).
 */
function styled(
  curve: CurveSpec,
  b: Record<string, PyValue>,
  fmt: PyValue | undefined,
  n: number | undefined,
  at: FieldPath,
): CurveSpec {
  if (fmt !== undefined && fmt !== null) {
    const style = parseFmt([...at, 'fmt'], text(fmt, [...at, 'fmt'], "a format string, e.g. 'ro' or 'b--'"));
    Object.assign(curve, style);
  }
  // Keywords beside a format string win, as plot(x, y, 'r--', color='b') draws blue.
  if (b.color !== undefined && b.color !== null) curve.color = colour(b.color, [...at, 'color']);
  if (b.linestyle !== undefined && b.linestyle !== null) {
    const ls = b.linestyle;
    if (typeof ls === 'string' && NO_LINE.includes(ls)) curve.noLine = true;
    else {
      curve.linestyle = parseLineStyle([...at, 'linestyle'], ls);
      delete curve.noLine;
    }
  }
  if (b.dashes !== undefined) {
    curve.linestyle = dashesKeyword(b.dashes, [...at, 'dashes']);
    delete curve.noLine;
  }
  if (b.linewidth !== undefined) curve.linewidth = parseWidth([...at, 'linewidth'], widthValue(b.linewidth, at));
  if (b.marker !== undefined && b.marker !== null) {
    const kind = parseMarker([...at, 'marker'], text(b.marker, [...at, 'marker']));
    if (kind) {
      curve.marker = kind;
      delete curve.noMarker;
    } else {
      delete curve.marker;
      curve.noMarker = true; // marker='None' said, lines.marker does not apply
    }
  }
  if (b.markersize !== undefined) {
    curve.markersize = parseMarkerSize([...at, 'markersize'], finite(b.markersize, [...at, 'markersize']));
  }
  if (b.markevery !== undefined && b.markevery !== null) readMarkevery(b.markevery, n, curve, at);
  if (b.alpha !== undefined && b.alpha !== null) curve.alpha = parseAlpha([...at, 'alpha'], finite(b.alpha, at));
  if (b.label !== undefined && b.label !== null) curve.label = String(b.label);
  if (b.zorder !== undefined && b.zorder !== null) curve.zorder = finite(b.zorder, [...at, 'zorder']);
  readMarkerLooks(b, curve, at);
  readCapsAndJoins(b, curve, at);
  if (b.drawstyle !== undefined && b.drawstyle !== null) {
    const style = text(b.drawstyle, [...at, 'drawstyle'], Object.keys(DRAWSTYLES).join(', '));
    if (!Object.hasOwn(DRAWSTYLES, style))
      throw badValue([...at, 'drawstyle'], style, Object.keys(DRAWSTYLES).join(', '));
    const steps = DRAWSTYLES[style];
    if (steps) curve.steps = steps;
  }
  if (curve.noLine && !curve.marker) {
    throw new UsageError(at, { problem: "draws nothing: no line and no marker; give a marker, e.g. marker='o'" });
  }
  return curve;
}

const CAPS = ['butt', 'round', 'projecting'] as const;
const JOINS = ['miter', 'round', 'bevel'] as const;

/** solid_capstyle=, dash_capstyle=, solid_joinstyle=, dash_joinstyle=: the line's own, over lines.*'s. */
function readCapsAndJoins(b: Record<string, PyValue>, curve: CurveSpec, at: FieldPath): void {
  for (const kind of ['solid', 'dash'] as const) {
    for (const [what, names] of [
      ['capstyle', CAPS],
      ['joinstyle', JOINS],
    ] as const) {
      const key = `${kind}_${what}`;
      if (b[key] === undefined || b[key] === null) continue;
      const v = text(b[key], [...at, key], names.join(', '));
      if (!(names as readonly string[]).includes(v)) throw badValue([...at, key], v, names.join(', '));
      Object.assign((curve[what] ??= {}), { [kind]: v });
    }
  }
}

/**
 * The markers' own colours and edge: markerfacecolor (mfc; 'none' for hollow), markeredgecolor (mec), either
 * 'auto' for the line's colour over lines.markerfacecolor and lines.markeredgecolor,
 * markeredgewidth (mew, points), and fillstyle 'none' (hollow) or 'full'; the halves matplotlib also fills
 * ('left', 'top'...) are not drawn yet.
 */
function readMarkerLooks(b: Record<string, PyValue>, curve: CurveSpec, at: FieldPath): void {
  const given = (key: string) => b[key] !== undefined && b[key] !== null;
  // 'auto' is the line's own colour (the edge black for filled markers in classic mode), as Line2D takes it.
  const colourOrNone = (key: string) => {
    const v = text(b[key], [...at, key], "a colour, 'none' or 'auto'");
    const special = v.toLowerCase();
    return special === 'none' || special === 'auto' ? special : colour(v, [...at, key]);
  };
  if (given('markerfacecolor')) curve.markerfacecolor = colourOrNone('markerfacecolor');
  if (given('markeredgecolor')) curve.markeredgecolor = colourOrNone('markeredgecolor');
  if (given('markeredgewidth')) {
    curve.markeredgewidth = parseWidth([...at, 'markeredgewidth'], widthValue(b.markeredgewidth, at));
  }
  if (given('fillstyle')) {
    const style = text(b.fillstyle, [...at, 'fillstyle']);
    if (style === 'none') curve.markerfacecolor = 'none';
    else if (style !== 'full') {
      const expected = "'full' or 'none' (the half-filled styles are matplotlib's, not drawn yet)";
      throw badValue([...at, 'fillstyle'], style, expected);
    }
  }
}
