/**
 * Tick locators as a script makes them for set_major_locator and set_minor_locator, and plt.locator_params():
 * MultipleLocator, MaxNLocator (with its steps, integer, symmetric, prune and min_n_ticks), AutoLocator,
 * FixedLocator, LinearLocator, NullLocator and AutoMinorLocator, under the names scripts import them by
 * (ticker., mticker., plt.).
 * Pure: text in, locator specs out.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import { MAX_TICKS } from '../limits';
import { bindCall, closingBracket, parseCallArgs, type CallSignature, type PyValue } from '../pycall';
import { shownPy } from './pyplot-calls';
import type { AxesSpec, LocatorSpec, MinorLocatorSpec } from './types';

const MULTIPLE_LOCATOR: CallSignature = { call: 'MultipleLocator', positional: ['base'], keywords: [] };
const MAXN_KEYWORDS = ['steps', 'integer', 'symmetric', 'prune', 'min_n_ticks'];
/** MaxNLocator's steps when given none; the automatic locator's are 1, 2, 2.5, 5, 10. */
const MAXN_DEFAULT_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
const MAXN_LOCATOR: CallSignature = { call: 'MaxNLocator', positional: ['nbins'], keywords: MAXN_KEYWORDS };

/**
 * ax.xaxis.set_major_locator(...) as a script writes it: MultipleLocator(base=1.0) or MaxNLocator(nbins=10,
 * steps=None, integer=False, symmetric=False, prune=None, min_n_ticks=2), under the names scripts import them by
 * (ticker., mticker., plt.).
 */
export function readLocator(text: string, at: FieldPath): LocatorSpec {
  const open = text.indexOf('(');
  const close = closingBracket(text, open);
  const name = locatorName(text);
  if (close < 0 || text.slice(close + 1).trim() || (name !== 'MaxNLocator' && name !== 'MultipleLocator')) {
    throw badValue(at, text, 'a locator as a script makes one, e.g. MultipleLocator(0.5) or MaxNLocator(5)');
  }
  const args = parseCallArgs(text.slice(open + 1, close), at);
  if (name === 'MaxNLocator') {
    const b = bindCall(args, MAXN_LOCATOR, at);
    return {
      kind: 'maxn',
      steps: MAXN_DEFAULT_STEPS,
      ...maxNParams(b, at),
      nbins: nbinsOf(b.nbins ?? 10, [...at, 'nbins']),
    };
  }
  const b = bindCall(args, MULTIPLE_LOCATOR, at);
  const base = b.base ?? 1;
  if (typeof base !== 'number' || !Number.isFinite(base) || !(base > 0)) {
    throw badValue(
      [...at, 'base'],
      shownPy(base),
      'a step > 0, the distance between ticks',
      'e.g. MultipleLocator(0.5)',
    );
  }
  return { kind: 'multiple', base };
}

/** The class a locator call names, under whatever module prefix (ticker., mticker., plt.). */
function locatorName(text: string): string | undefined {
  return /^\s*(?:[A-Za-z_][\w]*\.)*([A-Za-z_]\w*)\s*\(/.exec(text)?.[1];
}

/** A major locator set_major_locator() takes: one with a spec of its own, fixed ticks, or the automatic one. */
export type MajorLocator = LocatorSpec | { kind: 'fixed'; locs: number[] } | { kind: 'auto' };

/** matplotlib's other locators: refused as not drawn yet, rather than read as another. */
const OTHER_LOCATORS = [
  'LogLocator',
  'IndexLocator',
  'SymmetricalLogLocator',
  'AsinhLocator',
  'LogitLocator',
  'AutoMinorLocator',
];

const FIXED_LOCATOR: CallSignature = { call: 'FixedLocator', positional: ['locs', 'nbins'], keywords: [] };
const LINEAR_LOCATOR: CallSignature = {
  call: 'LinearLocator',
  positional: ['numticks', 'presets'],
  keywords: [],
  unsupported: ['presets'],
};

/**
 * set_major_locator(...)'s locator: MultipleLocator and MaxNLocator (readLocator), AutoLocator() (the axis's
 * own, as if none were set), FixedLocator(locs, nbins=None) (those ticks, every step-th of them with nbins, the
 * run holding the one nearest 0 as matplotlib picks it), LinearLocator(numticks=None) and NullLocator() (none).
 */
export function readMajorLocator(text: string, at: FieldPath, rc: Rc = DEFAULT_RC): MajorLocator {
  const name = locatorName(text);
  const open = text.indexOf('(');
  const close = closingBracket(text, open);
  const inside = close > open ? text.slice(open + 1, close) : '';
  if (name === 'LinearLocator') {
    if (close < 0 || text.slice(close + 1).trim()) throw badValue(at, text, 'LinearLocator(numticks=None)');
    return linearLocator(bindCall(parseCallArgs(inside, at), LINEAR_LOCATOR, at).numticks, at, rc);
  }
  if (name === 'AutoLocator' || name === 'NullLocator') {
    if (close < 0 || text.slice(close + 1).trim() || inside.trim())
      throw badValue(at, text, `${name}(), which takes no arguments`);
    return name === 'AutoLocator' ? { kind: 'auto' } : { kind: 'fixed', locs: [] };
  }
  if (name === 'FixedLocator') {
    if (close < 0 || text.slice(close + 1).trim()) throw badValue(at, text, 'FixedLocator([...], nbins=None)');
    const b = bindCall(parseCallArgs(inside, at), FIXED_LOCATOR, at);
    const what = 'a list of tick positions, e.g. FixedLocator([-4, 0, 4])';
    if (!Array.isArray(b.locs) || b.locs.length > MAX_TICKS)
      throw badValue([...at, 'locs'], shownPy(b.locs ?? null), what);
    const locs = b.locs.map((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw badValue([...at, 'locs'], shownPy(b.locs), what);
      return v;
    });
    if (b.nbins === undefined || b.nbins === null) return { kind: 'fixed', locs };
    if (typeof b.nbins !== 'number' || !Number.isInteger(b.nbins) || b.nbins < 1) {
      throw badValue([...at, 'nbins'], shownPy(b.nbins), 'a whole number of ticks, 1 or more');
    }
    return { kind: 'fixed', locs: fixedLocatorTicks(locs, b.nbins) };
  }
  if (name && OTHER_LOCATORS.includes(name)) {
    throw badValue(
      at,
      text,
      'MultipleLocator, MaxNLocator, AutoLocator, FixedLocator, LinearLocator or NullLocator',
      `${name} is matplotlib's, but actplot does not draw it yet`,
    );
  }
  return readLocator(text, at);
}

/**
 * LinearLocator(numticks=None): 11 ticks when None. Under axes.autolimit_mode round_numbers, fewer than 3 are
 * refused: its view_limits divides by log10(numticks - 1), and matplotlib raises ZeroDivisionError.
 */
function linearLocator(given: PyValue | undefined, at: FieldPath, rc: Rc): LocatorSpec {
  const numticks = given ?? 11;
  if (typeof numticks !== 'number' || !Number.isInteger(numticks) || numticks < 0 || numticks > MAX_TICKS) {
    throw badValue([...at, 'numticks'], shownPy(numticks), `a whole number of ticks from 0 to ${MAX_TICKS}, or None`);
  }
  if (numticks < 3 && rc['axes.autolimit_mode'] === 'round_numbers') {
    throw new UsageError([...at, 'numticks'], {
      problem: `LinearLocator(${numticks}) with axes.autolimit_mode round_numbers fails in matplotlib (ZeroDivisionError in its view_limits); give 3 or more ticks`,
    });
  }
  return { kind: 'linear', numticks };
}

/**
 * The axis's major locator set: a locator of its own, fixed ticks (as set_ticks leaves them, without widening
 * the view: set_major_locator does not), or the automatic one again; ticks or labels given before replaced.
 */
export function setMajorLocator(ax: AxesSpec, axis: 'x' | 'y', locator: MajorLocator): void {
  delete ax[`${axis}locator`];
  delete ax[`${axis}ticks`];
  delete ax[`${axis}tickLabels`];
  if (locator.kind === 'fixed') ax[`${axis}ticks`] = [...locator.locs].sort((a, b) => a - b);
  else if (locator.kind !== 'auto') ax[`${axis}locator`] = locator;
}

/**
 * FixedLocator.tick_values with nbins (at least 2, as its constructor keeps it): every step-th position, from the
 * offset whose ticks come nearest 0.
 */
export function fixedLocatorTicks(locs: number[], nbins: number): number[] {
  if (!locs.length) return locs;
  const step = Math.max(Math.ceil(locs.length / Math.max(nbins, 2)), 1);
  const every = (i: number) => locs.filter((_, k) => k >= i && (k - i) % step === 0);
  const nearest = (ticks: number[]) => Math.min(...ticks.map(Math.abs));
  let ticks = every(0);
  for (let i = 1; i < step; i++) {
    const other = every(i);
    if (other.length && nearest(other) < nearest(ticks)) ticks = other;
  }
  return ticks;
}

const AUTO_MINOR: CallSignature = { call: 'AutoMinorLocator', positional: ['n'], keywords: [] };

/**
 * set_minor_locator(...)'s locator as a script makes it: AutoMinorLocator(n=None) (n divisions of the major step,
 * 4 or 5 by its mantissa when not given), MultipleLocator(base) or NullLocator() (none).
 */
export function readMinorLocator(text: string, at: FieldPath): MinorLocatorSpec {
  const open = text.indexOf('(');
  const close = closingBracket(text, open);
  const name = /([A-Za-z_]\w*)\s*\($/.exec(text.slice(0, open + 1))?.[1];
  if (
    close < 0 ||
    text.slice(close + 1).trim() ||
    !name ||
    !['AutoMinorLocator', 'MultipleLocator', 'NullLocator'].includes(name)
  ) {
    throw badValue(
      at,
      text,
      'a minor locator as a script makes one: AutoMinorLocator(), AutoMinorLocator(4), MultipleLocator(0.1) or NullLocator()',
    );
  }
  const inside = text.slice(open + 1, close);
  if (name === 'MultipleLocator') {
    const l = readLocator(text, at);
    return l.kind === 'multiple' ? l : { kind: 'auto' };
  }
  if (name === 'NullLocator') {
    if (inside.trim()) throw badValue(at, text, 'NullLocator(), which takes no arguments');
    return { kind: 'null' };
  }
  const b = bindCall(parseCallArgs(inside, at), AUTO_MINOR, at);
  if (b.n === undefined || b.n === null || b.n === 'auto') return { kind: 'auto' };
  if (typeof b.n !== 'number' || !Number.isInteger(b.n) || b.n < 1 || b.n > 100) {
    throw badValue([...at, 'n'], shownPy(b.n), 'a whole number of divisions of the major step, 1 to 100');
  }
  return { kind: 'auto', n: b.n };
}

const LOCATOR_PARAMS: CallSignature = {
  call: 'locator_params',
  positional: [],
  keywords: ['axis', 'nbins', ...MAXN_KEYWORDS],
  unsupported: ['tight'],
};

/**
 * plt.locator_params(axis='both', nbins=..., ...): the automatic locator (MaxNLocator with steps 1, 2, 2.5, 5, 10)
 * given these parameters, for the axes named.
 */
export function readLocatorParams(
  text: string,
  at: FieldPath,
): { axes: ('x' | 'y')[]; locator: LocatorSpec; given: Partial<Extract<LocatorSpec, { kind: 'maxn' }>> } {
  const b = bindCall(parseCallArgs(text, at), LOCATOR_PARAMS, at);
  const axis = b.axis ?? 'both';
  if (axis !== 'both' && axis !== 'x' && axis !== 'y')
    throw badValue([...at, 'axis'], shownPy(axis), "'x', 'y' or 'both'");
  // What this call sets, over an earlier call's: only the keywords given.
  const given = {
    ...maxNParams(b, at),
    ...(b.nbins !== undefined && { nbins: b.nbins === null ? ('auto' as const) : nbinsOf(b.nbins, [...at, 'nbins']) }),
  };
  // The automatic locator's nbins and steps where not given (they depend on the rc's classic mode).
  const locator: LocatorSpec = { kind: 'maxn', ...given };
  return { axes: axis === 'both' ? ['x', 'y'] : [axis], locator, given };
}

/** MaxNLocator's nbins: a whole number of intervals, or 'auto'. */
function nbinsOf(v: PyValue, at: FieldPath): number | 'auto' {
  if (v === 'auto') return 'auto';
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 1000) {
    throw badValue(at, shownPy(v), "a whole number of intervals from 1 to 1000, or 'auto'");
  }
  return v;
}

/** MaxNLocator's other parameters, those given (steps a rising list from 1 to 10, as its _validate_steps wants). */
function maxNParams(b: Record<string, PyValue>, at: FieldPath) {
  const given = (k: string) => b[k] !== undefined && b[k] !== null;
  const flagOf = (k: string) => {
    if (typeof b[k] !== 'boolean') throw badValue([...at, k], shownPy(b[k]), 'True or False');
    return b[k] as boolean;
  };
  const out: Partial<Extract<LocatorSpec, { kind: 'maxn' }>> = {};
  if (given('steps')) out.steps = stepsOf(b.steps, [...at, 'steps']);
  if (given('integer')) out.integer = flagOf('integer');
  if (given('symmetric')) out.symmetric = flagOf('symmetric');
  if (given('prune')) {
    if (b.prune !== 'lower' && b.prune !== 'upper' && b.prune !== 'both') {
      throw badValue([...at, 'prune'], shownPy(b.prune), "'lower', 'upper', 'both' or None");
    }
    out.prune = b.prune;
  }
  if (given('min_n_ticks')) {
    const n = b.min_n_ticks;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100) {
      throw badValue([...at, 'min_n_ticks'], shownPy(n), 'a whole number from 1 to 100');
    }
    out.minNTicks = n;
  }
  return out;
}

/** MaxNLocator._validate_steps: increasing numbers from 1 to 10, a 1 and a 10 added where missing. */
function stepsOf(v: PyValue, at: FieldPath): number[] {
  const expected = 'increasing numbers from 1 to 10, e.g. [1, 2, 5, 10]';
  if (!Array.isArray(v) || !v.length || v.some((s) => typeof s !== 'number')) throw badValue(at, shownPy(v), expected);
  const steps = v as number[];
  if (steps.some((s, i) => s < 1 || s > 10 || (i > 0 && s <= steps[i - 1]))) throw badValue(at, shownPy(v), expected);
  return [...(steps[0] !== 1 ? [1] : []), ...steps, ...(steps[steps.length - 1] !== 10 ? [10] : [])];
}
