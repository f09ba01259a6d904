/**
 * axes.prop_cycle as matplotlib's validate_cycler reads it: cycler() calls (rcsetup.cycler: aliases spelt out,
 * each property's values checked), joined by + (zip: equal lengths), * (product, or an int repeating the
 * values), parentheses and slices, as a matplotlibrc line, a style sheet or a script writes them:
 * `cycler(color=['r', 'g', 'b']) + cycler(linestyle=['-', '--', ':'])`. Pure: text in, the cycle out, errors
 * as data (a UsageError with no field: the rcParam's reader places it at its key).
 *
 * Written here: matplotlib evaluates the line as Python, which actplot never does; this reads the few forms
 * validate_cycler's examples and the bundled style sheets use, and refuses the rest in one line.
 */
import { UsageError, didYouMean } from '../errors';
import { MAX_CYCLE_ENTRIES } from '../limits';
import type { PyValue } from '../pycall';
import { tryParseColor } from './colors';
import { lineStyleOf, type LineStyle } from './line-styles';
import { MARKERS, markerCode, type MarkerKind } from './markers';

/** One turn of the cycle: the Line2D properties it gives a line that does not set them itself. */
export interface CycleEntry {
  color?: string;
  /** 'None': no line (markers alone). */
  linestyle?: LineStyle | 'None';
  linewidth?: number;
  marker?: MarkerKind | 'None';
  markersize?: number;
  markerfacecolor?: string;
  markeredgecolor?: string;
  markeredgewidth?: number;
  alpha?: number;
}
export type CycleKey = keyof CycleEntry;

/** A property cycle: its properties (each entry sets every one) and its entries in order. */
export interface PropCycle {
  readonly keys: readonly CycleKey[];
  readonly entries: readonly CycleEntry[];
}

/** A cycle of colours alone, as the bundled style sheets write theirs. */
export function colorCycle(colors: readonly string[]): PropCycle {
  return { keys: ['color'], entries: colors.map((color) => ({ color })) };
}

/**
 * What 'CN' reads: the cycle's colours by_key(), in order (a product repeats them), or black when the cycle has
 * no colour (by_key().get('color', ['k'])).
 */
export function cycleColors(cycle: PropCycle): readonly string[] {
  let colors = COLORS.get(cycle);
  if (!colors) {
    colors = cycle.keys.includes('color') ? cycle.entries.map((e) => e.color!) : ['k'];
    COLORS.set(cycle, colors);
  }
  return colors;
}
const COLORS = new WeakMap<PropCycle, readonly string[]>();

// rcsetup._prop_aliases, and the properties rcsetup._prop_validators knows that actplot does not draw on a line.
const ALIASES: Record<string, CycleKey> = {
  c: 'color',
  lw: 'linewidth',
  ls: 'linestyle',
  mfc: 'markerfacecolor',
  mec: 'markeredgecolor',
  mew: 'markeredgewidth',
  ms: 'markersize',
};
const NOT_YET = ['facecolor', 'fc', 'edgecolor', 'ec', 'joinstyle', 'capstyle', 'fillstyle', 'markevery', 'hatch'];
const NOT_YET_TOO = ['dashes'];
const KEYS: readonly CycleKey[] = [
  'color',
  'linestyle',
  'linewidth',
  'marker',
  'markersize',
  'markerfacecolor',
  'markeredgecolor',
  'markeredgewidth',
  'alpha',
];

/** A value as Python prints it (pycall/'s shownPy, without loading the reader for a message). */
const shownPy = (v: PyValue): string =>
  v === null
    ? 'None'
    : typeof v === 'boolean'
      ? v
        ? 'True'
        : 'False'
      : typeof v === 'string'
        ? `'${v}'`
        : JSON.stringify(v);

const fail = (problem: string): never => {
  throw new UsageError([], { problem });
};

/** A colour of the cycle: any matplotlib colour but a 'CN' (validate_color_for_prop_cycle), a tuple as hex. */
function cycleColor(v: PyValue): string {
  if (Array.isArray(v) && (v.length === 3 || v.length === 4) && v.every((x) => typeof x === 'number')) {
    const parts = v as number[];
    if (parts.every((x) => x >= 0 && x <= 1)) {
      return `#${parts
        .map((x) =>
          Math.round(x * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`;
    }
  }
  const text = typeof v === 'string' ? v.trim() : '';
  // Hex digits without '#' first, as validate_color reads them: 'C85200' is a colour, 'C1' a reference.
  const hex = /^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(text) ? `#${text}` : text;
  if (/^C[0-9]$/.test(hex)) fail(`a cycle cannot hold a reference to itself ('${text}'), as matplotlib refuses`);
  if (!text || !tryParseColor(hex)) fail(`color ${shownPy(v)} is no colour matplotlib knows`);
  return hex;
}

function number(key: CycleKey, v: PyValue, min: number, max: number): number {
  const x = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > max) {
    return fail(`${key} ${shownPy(v)} is not a number from ${min} to ${max}`);
  }
  return x;
}

/** Each property's values as its validator in rcsetup._prop_validators reads them. */
const READ: { [K in CycleKey]-?: (v: PyValue) => CycleEntry[K] } = {
  color: cycleColor,
  linestyle: (v) => {
    if (typeof v === 'string' && ['None', 'none', ' ', ''].includes(v)) return 'None';
    return lineStyleOf(v) ?? fail(`linestyle ${shownPy(v)} is not a line style: '-', '--', '-.', ':' or a dash tuple`);
  },
  linewidth: (v) => number('linewidth', v, 0, 1000),
  marker: (v) => {
    const kind = typeof v === 'string' ? markerCode(v) : v === null ? 'None' : undefined;
    return kind ?? fail(`marker ${shownPy(v)} is not a marker actplot draws: ${MARKERS.join(' ')} or None`);
  },
  markersize: (v) => number('markersize', v, 0, 1000),
  markerfacecolor: (v) => (v === 'none' ? 'none' : cycleColor(v)),
  markeredgecolor: (v) => (v === 'none' ? 'none' : cycleColor(v)),
  markeredgewidth: (v) => number('markeredgewidth', v, 0, 1000),
  alpha: (v) => number('alpha', v, 0, 1),
};

/**
 * A property's values as cycler() takes an iterable: a list or tuple; a string is split at commas (the
 * validators' string lists), and a colour string that is no colour list is its letters ('bgrcmyk').
 */
function valuesOf(key: CycleKey, v: PyValue): PyValue[] {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string') return fail(`${key}'s values must be a list, a tuple or a string; got ${shownPy(v)}`);
  const parts = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (key === 'color' && !parts.every((p) => tryParseColor(p))) return [...v].filter((ch) => ch.trim());
  return parts;
}

/** cycler(label, values) or cycler(key=values, ...) (a sum of one-key cycles), aliases spelt out. */
function cyclerCall(args: string): PropCycle {
  // The Python reader is loaded only when a cycle is read (a style sheet or --rc), off the start-up path.
  const { parseCallArgs } = require('../pycall') as typeof import('../pycall');
  const { positional, keywords } = parseCallArgs(args, []);
  const given: [string, PyValue][] = Object.entries(keywords);
  if (positional.length === 2 && !given.length) {
    if (typeof positional[0] !== 'string')
      fail(`cycler()'s label must be a property's name; got ${shownPy(positional[0])}`);
    given.push([positional[0] as string, positional[1]]);
  } else if (positional.length || !given.length) {
    fail("cycler() takes a property and its values, cycler('color', ['r', 'g']), or keywords, cycler(color=[...])");
  }
  return given.map(([name, values]) => oneKey(name, values)).reduce(add);
}

function oneKey(name: string, values: PyValue): PropCycle {
  const key = ALIASES[name] ?? (KEYS.includes(name as CycleKey) ? (name as CycleKey) : undefined);
  if (!key) {
    if (NOT_YET.includes(name) || NOT_YET_TOO.includes(name)) {
      fail(`a cycle of ${name} is matplotlib's, but actplot does not draw it yet; it cycles ${KEYS.join(', ')}`);
    }
    const hint = didYouMean(name, [...KEYS, ...Object.keys(ALIASES)]);
    fail(`cycler() got '${name}', no property a cycle sets: ${KEYS.join(', ')}${hint ? ` (${hint})` : ''}`);
  }
  const read = READ[key!] as (v: PyValue) => CycleEntry[CycleKey];
  const entries = valuesOf(key!, values).map((v) => ({ [key!]: read(v) }) as CycleEntry);
  return { keys: [key!], entries };
}

/** Two cycles side by side (zip): equal lengths, no property in both (Cycler.__add__). */
function add(a: PropCycle, b: PropCycle): PropCycle {
  if (a.entries.length !== b.entries.length) {
    fail(`cycles added with + must be of one length; got ${a.entries.length} and ${b.entries.length}`);
  }
  disjoint(a, b);
  return { keys: [...a.keys, ...b.keys], entries: a.entries.map((e, i) => ({ ...e, ...b.entries[i] })) };
}

/** Every entry of one with every entry of the other, the right one turning fastest (Cycler.__mul__). */
function multiply(a: PropCycle, b: PropCycle): PropCycle {
  disjoint(a, b);
  bounded(a.entries.length * b.entries.length);
  return { keys: [...a.keys, ...b.keys], entries: a.entries.flatMap((e) => b.entries.map((f) => ({ ...e, ...f }))) };
}

function disjoint(a: PropCycle, b: PropCycle): void {
  const both = a.keys.find((k) => b.keys.includes(k));
  if (both) fail(`cycles joined with + or * cannot both set ${both}`);
}

function bounded(n: number): void {
  if (n > MAX_CYCLE_ENTRIES) fail(`a cycle of at most ${MAX_CYCLE_ENTRIES} entries; this one has ${n}`);
}

/** Each property's values n times over: cycle * n and n * cycle. */
function repeat(c: PropCycle, n: number): PropCycle {
  bounded(c.entries.length * n);
  return { keys: c.keys, entries: Array.from({ length: n }, () => c.entries).flat() };
}

type Operand = PropCycle | number;

/** The text, read left to right: a cycle, or an error. */
class CycleReader {
  pos = 0;
  constructor(readonly text: string) {}

  peek(): string {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
    return this.text[this.pos] ?? '';
  }

  sum(): PropCycle {
    let left = this.product();
    while (this.peek() === '+') {
      this.pos++;
      left = add(left, this.product());
    }
    return left;
  }

  product(): PropCycle {
    let left: Operand = this.operand();
    while (this.peek() === '*') {
      this.pos++;
      const right = this.operand();
      if (typeof left === 'number' && typeof right === 'number') left = Math.min(left * right, MAX_CYCLE_ENTRIES + 1);
      else if (typeof left === 'number') left = repeat(right as PropCycle, left);
      else left = typeof right === 'number' ? repeat(left, right) : multiply(left, right);
    }
    return typeof left === 'number' ? fail(`${left} is a number where a cycle was expected`) : left;
  }

  operand(): Operand {
    const c = this.peek();
    const rest = this.text.slice(this.pos);
    const int = /^\d+(?![.\deE])/.exec(rest);
    if (int) {
      this.pos += int[0].length;
      return Number(int[0]);
    }
    let cycle: PropCycle;
    if (c === '(') {
      this.pos++;
      cycle = this.sum();
      if (this.peek() !== ')') this.unexpected("')'");
      this.pos++;
    } else {
      const call = /^(?:(?:plt|mpl|matplotlib(?:\.pyplot)?)\.)?cycler\s*\(/.exec(rest);
      if (!call) return this.unexpected('cycler(...)');
      this.pos += call[0].length;
      const start = this.pos;
      this.skipToClose();
      cycle = cyclerCall(this.text.slice(start, this.pos - 1));
    }
    while (this.peek() === '[') cycle = this.slice(cycle);
    return cycle;
  }

  /** Past the ')' that closes the call just opened, brackets and quoted text inside skipped. */
  skipToClose(): void {
    let depth = 1;
    while (this.pos < this.text.length && depth) {
      const ch = this.text[this.pos++];
      if (ch === "'" || ch === '"') {
        const end = this.text.indexOf(ch, this.pos);
        this.pos = end < 0 ? this.text.length : end + 1;
      } else if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth--;
    }
    if (depth) this.unexpected("')'");
  }

  /** cycle[start:stop:step], as Cycler.__getitem__ slices each property's values. */
  slice(cycle: PropCycle): PropCycle {
    const m = /^\[\s*(-?\d+)?\s*:\s*(-?\d+)?\s*(?::\s*(-?\d+)?\s*)?\]/.exec(this.text.slice(this.pos));
    if (!m) return this.unexpected('a slice such as [1:3]');
    this.pos += m[0].length;
    const n = cycle.entries.length;
    const step = m[3] === undefined ? 1 : Number(m[3]);
    if (step === 0) fail('a slice step cannot be zero');
    const at = (v: string | undefined, empty: number) => {
      if (v === undefined) return empty;
      const i = Number(v);
      return step > 0 ? Math.min(Math.max(i < 0 ? i + n : i, 0), n) : Math.min(Math.max(i < 0 ? i + n : i, -1), n - 1);
    };
    const entries: CycleEntry[] = [];
    const [from, to] = step > 0 ? [at(m[1], 0), at(m[2], n)] : [at(m[1], n - 1), at(m[2], -1)];
    for (let i = from; step > 0 ? i < to : i > to; i += step) entries.push(cycle.entries[i]);
    return { keys: cycle.keys, entries };
  }

  unexpected(what: string): never {
    const where = this.pos < this.text.length ? `at '${this.text.slice(this.pos, this.pos + 12)}'` : 'at the end';
    return fail(`expected ${what} ${where}`);
  }
}

/** A prop_cycle's text as validate_cycler reads it; a cycle of no entries is refused (plot() would fail). */
export function readCycler(text: string): PropCycle {
  const r = new CycleReader(text);
  const cycle = r.sum();
  if (r.peek() !== '') r.unexpected("'+', '*' or the end");
  if (!cycle.entries.length) fail('a cycle of no values: a line would have no colour to take');
  return cycle;
}
