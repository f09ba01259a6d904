/**
 * A script's control flow, read without running it (spec/script.ts): a `for` loop over written-out items
 * unrolled into its body once an item, an `if` on a value written out (a loop's item) taken or passed over. Pure.
 */
import { UsageError } from '../errors';
import {
  argumentTexts,
  closingBracket,
  closingParen,
  indexOutsideStrings,
  outsideStrings,
  parseCallArgs,
  QUOTED,
  splitOutside,
  substituteNames,
  topLevelIndex,
  unwrapped,
} from '../pycall';
import { floatRepr } from '../style/py-format';
import { rangeValues } from './script-ranges';
import { statementLines } from './script-definitions';

const FOR_HEAD = /^\s*for\s+([^]+?)\s+in\s+/;

/** A for loop's names, what it loops over, and its body, as written. */
export interface ForLoop {
  targets: string;
  iterable: string;
  body: string;
}

/**
 * A for statement's targets, iterable and body: the iterable ends at the colon outside its brackets and strings
 * (a lambda's colon inside zip(axs.flat, [lambda t: ...]) is the lambda's); null for any other statement.
 */
export function forLoop(statement: string): ForLoop | null {
  const head = FOR_HEAD.exec(statement);
  if (!head) return null;
  const colon = topLevelIndex(statement, head[0].length, (i) => statement[i] === ':');
  if (colon < 0) return null;
  return {
    targets: head[1],
    iterable: statement.slice(head[0].length, colon).trim(),
    body: statement.slice(colon + 1),
  };
}
export const WITH = /^\s*with\s+([^]+?)\s*:([^]*)$/;
/** Contexts that change no value drawn: gradients off or on, warnings kept, numpy's error handling. */
export const SAME_VALUES_CONTEXT =
  /^(?:torch\.(?:no_grad|inference_mode|enable_grad)\(\s*\)|torch\.(?:autograd\.)?set_grad_enabled\([^()]*\)|warnings\.catch_warnings\([^()]*\)|(?:np|numpy)\.errstate\([^()]*\))(?:\s+as\s+\w+)?$/;
export const IF = /^\s*if\s+([^]+?)\s*:([^]*)$/;
/** An if's elif or else clause, a statement of its own after it. */
export const ELSE_CLAUSE = /^\s*(?:elif\s+([^]+?)|else)\s*:([^]*)$/;

/** A grid of axes by one name (fig, axes = plt.subplots(2, 3); axs = axes.flatten()): its rows and columns. */
export interface AxesGrid {
  rows: number;
  cols: number;
}

/** What a loop's iterable may name: the axes, and the lists, tuples and dicts the script wrote out by name. */
export interface LoopScope {
  axesNames: ReadonlyMap<string, number | AxesGrid>;
  /** The count of axes made, for a loop over a grid's. */
  cells: number;
  /** The figure's names, and the count of its axes (fig.axes, holes of a grid not among them). */
  figureNames: ReadonlySet<string>;
  madeAxes: number;
  /** activations = {'ReLU': nn.ReLU(), ...}, functions = [torch.sigmoid, ...]: their text by name. */
  collections: ReadonlyMap<string, string>;
}

/**
 * The statement an unrolled loop puts after each turn's body: where a `continue` in that body goes on from.
 * Not Python (a NUL character), so no statement of a script is ever taken for it.
 */
export const TURN_END = '\u0000end of a loop turn';

/**
 * A for loop's body, for each item of its iterable, with the loop's names written out as the item's parts, each
 * turn ended by TURN_END; then those names given the last item.
 */
export function unroll(loop: ForLoop, scope: LoopScope, fail: (problem: string) => never): string[] {
  const { targets, iterable, body: rest } = loop;
  const items = itemsOf(iterable.trim(), scope, fail);
  const body = dedent(rest.replace(/^[ \t]*\n/, ''));
  if (!body.trim()) fail('a for loop without its body');
  const out: string[] = [];
  for (const item of items) {
    const bound = new Map<string, string>();
    bind(targets.trim(), item, bound, fail);
    // A lambda item is defined under its name (f = lambda t: ...), to be called as the script's own are.
    for (const [name, value] of bound) {
      if (!/^lambda\b/.test(value)) continue;
      out.push(`${name} = ${value}`);
      bound.delete(name);
    }
    for (const st of statementLines(body)) out.push(substituteNames(st.text, bound));
    out.push(TURN_END);
  }
  // After the loop its names keep the last item, as Python's do: each name its part ((name, y), ls nested too).
  if (items.length) {
    const last = new Map<string, string>();
    bind(targets.trim(), items[items.length - 1], last, fail);
    for (const [name, value] of last) out.push(`${name} = ${value}`);
  }
  return out;
}

/** A list comprehension over items written out: `[np.tanh(k * x) for k in (0.5, 1, 2)]`. */
const COMPREHENSION = /^\s*\[\s*([^]+?)\s+for\s+([^]+?)\s+in\s+([^]+?)\s*\]\s*$/;
/** A dict comprehension over items written out: `{name: f(x) for name, f in fns.items()}`. */
const DICT_COMPREHENSION = /^\s*\{\s*([^]+?)\s+for\s+([^]+?)\s+in\s+([^]+?)\s*\}\s*$/;

/**
 * A list comprehension over items written out (a literal list, range(), zip(), a list the script named) as the
 * list it makes, `[np.tanh(0.5 * x), np.tanh(1 * x), ...]`, a lambda item in parentheses (called where it stands);
 * a dict comprehension as the dict it makes, `{'tanh': np.tanh(x), ...}`; undefined for any other text, or one
 * over x's values (an element-by-element form of an expression of x).
 */
export function comprehended(text: string, scope: LoopScope, most = 100): string | undefined {
  const m = COMPREHENSION.exec(text) ?? DICT_COMPREHENSION.exec(text);
  if (!m || /\bif\b/.test(m[3]) || /\bfor\b/.test(m[1])) return undefined;
  const isDict = m[0].trim().startsWith('{');
  // A dict's entry: its key, then its value after the first colon outside brackets and quotes.
  const colon = isDict ? topLevelIndex(m[1], 0, (i) => m[1][i] === ':') : -1;
  if (isDict && colon < 0) return undefined; // a set comprehension
  const refuse = (problem: string): never => {
    throw new UsageError(['script'], { problem });
  };
  let items: string[];
  try {
    items = itemsOf(m[3].trim(), scope, refuse, most);
  } catch {
    return undefined;
  }
  const made = items.map((item) => {
    const bound = new Map<string, string>();
    bind(m[2].trim(), item, bound, refuse);
    for (const [name, value] of bound) if (/^lambda\b/.test(value)) bound.set(name, `(${value})`);
    if (!isDict) return substituteNames(m[1], bound);
    const [key, value] = [m[1].slice(0, colon), m[1].slice(colon + 1)].map((t) => substituteNames(t.trim(), bound));
    return `${key}: ${value}`;
  });
  return isDict ? `{${made.join(', ')}}` : `[${made.join(', ')}]`;
}

/**
 * The items of a loop's iterable, as text: a literal list or tuple, one the script named (a dict's keys, or
 * with .items() and .values() its pairs and values), zip() and enumerate() of such, the axes (a grid's, the figure's).
 */
function itemsOf(text: string, scope: LoopScope, fail: (problem: string) => never, most = 100): string[] {
  const call = /^(zip|enumerate|range)\s*\(([^]*)\)$/.exec(text);
  if (call) {
    const args = splitOutside(call[2], ',');
    if (call[1] === 'range') {
      // range(stop), range(start, stop), range(start, stop, step), as Python counts them.
      const [a, b, step = 1] = args.map(Number);
      const [from, to] = args.length === 1 ? [0, a] : [a, b];
      const count = Math.max(0, Math.ceil((to - from) / step));
      if (![from, to, step].every(Number.isInteger) || step === 0 || args.length > 3 || count > most)
        fail(`range(${call[2]}) of at most ${most} whole numbers`);
      return Array.from({ length: count }, (_, i) => String(from + i * step));
    }
    if (call[1] === 'enumerate') {
      // enumerate(items, 1) or start=1: counted from there, as Python counts.
      const startText = args[1]?.replace(/^start\s*=/, '').trim() ?? '0';
      const start = /^[-+]?\d+$/.test(startText) ? Number(startText) : NaN;
      if (args.length > 2 || !Number.isSafeInteger(start)) fail(`enumerate(${call[2]}) of a list and a whole number`);
      return itemsOf(args[0], scope, fail, most).map((item, i) => `(${start + i}, ${item})`);
    }
    const lists = args.map((a) => itemsOf(a, scope, fail, most));
    const n = Math.min(...lists.map((l) => l.length));
    return Array.from({ length: n }, (_, i) => `(${lists.map((l) => l[i]).join(', ')})`);
  }
  if (/^[[(]/.test(text) && /[\])]$/.test(text)) return splitOutside(text.slice(1, -1), ',');
  if (/^\{[^]*\}$/.test(text)) return entriesOf(text, fail).map(([key]) => key);
  // {'Tanh': np.tanh, ...}.items() written out where it is looped over: its pairs (keys, values).
  const literal = /^(\{[^]*\})\s*\.(items|keys|values)\(\s*\)$/.exec(text);
  if (literal && closingBracket(literal[1], 0) === literal[1].length - 1) {
    const entries = entriesOf(literal[1], fail);
    if (literal[2] === 'items') return entries.map(([k, v]) => `(${k}, ${v})`);
    return entries.map(([k, v]) => (literal[2] === 'values' ? v : k));
  }
  const named = /^([A-Za-z_]\w*)(?:\.(items|keys|values)\(\))?$/.exec(text);
  const written = named && scope.collections.get(named[1]);
  if (written !== undefined && written !== null) {
    if (!written.startsWith('{')) {
      if (named![2]) fail(`'${text}': a ${named![2]}() of a dict; ${named![1]} is a list`);
      return itemsOf(written, scope, fail);
    }
    const entries = entriesOf(written, fail);
    if (named![2] === 'items') return entries.map(([k, v]) => `(${k}, ${v})`);
    return entries.map(([k, v]) => (named![2] === 'values' ? v : k));
  }
  // The axes of a grid: axes, axes.flat, axs.ravel(), axes.flatten().
  const grid = /^([A-Za-z_]\w*)(?:\.flat|\.ravel\(\)|\.flatten\(\))?$/.exec(text);
  if (grid && typeof scope.axesNames.get(grid[1]) === 'object') {
    return Array.from({ length: scope.cells }, (_, i) => `${grid[1]}.flat[${i}]`);
  }
  // The figure's axes, fig.axes (plt.gcf().axes): each as fig.axes[k].
  const listed = /^([A-Za-z_]\w*|plt\.gcf\(\))\.axes$/.exec(text);
  if (listed && (listed[1] === 'plt.gcf()' || scope.figureNames.has(listed[1]))) {
    return Array.from({ length: scope.madeAxes }, (_, k) => `${listed[1]}.axes[${k}]`);
  }
  // for alpha in np.linspace(0.5, 2.0, 4): numpy's values, each as Python prints it (np.arange(3)'s as ints).
  const sampled = /^(?:np|numpy)\.(?:linspace|arange)\(/.test(text) ? rangeValues(text) : undefined;
  if (sampled) {
    if (sampled.length > 100) fail(`a loop over '${text}': at most 100 values`);
    const args = argumentTexts(text.slice(text.indexOf('(') + 1, closingParen(text, text.indexOf('(')))).positional;
    const ints = /\barange\(/.test(text) && args.every((a) => /^[-+]?\d+$/.test(a));
    return Array.from(sampled, (v) => (ints ? String(v) : floatRepr(v)));
  }
  return fail(
    `a loop over '${text}': actplot unrolls loops over lists and dicts written out, zip(), enumerate(), ` +
      'np.linspace() and np.arange(), and the axes',
  );
}

/** An entry given to a dict by its key written out: `results['relu'] = f(x)`, `ys[2] = ...`. */
export const DICT_ENTRY = new RegExp(
  String.raw`^\s*([A-Za-z_]\w*)\s*\[\s*(${QUOTED}|[-+]?\d+)\s*\]\s*=(?!=)\s*([^]+?)\s*$`,
);

/** The same key, as Python compares them: 'relu' and "relu" are one, 1 and 1.0 too. */
const sameKey = (a: string, b: string) => {
  const value = (k: string) => parseCallArgs(k, ['key']).positional[0];
  try {
    return value(a) === value(b);
  } catch {
    return a.trim() === b.trim();
  }
};

/** A dict's text with an entry set: its value replaced where the key is there, else the entry added last. */
export function withDictEntry(dict: string, key: string, value: string): string {
  const entries = entriesOf(dict, refuseEntry);
  const at = entries.findIndex(([k]) => sameKey(k, key));
  if (at >= 0) entries[at][1] = value;
  else entries.push([key, value]);
  return `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}

/** The value a dict written out holds under a key, as text; undefined where it has none. */
export function dictValue(dict: string, key: string): string | undefined {
  return entriesOf(dict, refuseEntry).find(([k]) => sameKey(k, key))?.[1];
}

const refuseEntry = (problem: string): never => {
  throw new UsageError(['script'], { problem });
};

/**
 * A statement with each dict's value looked up by a key written out (`results['relu']`, of a dict the script
 * wrote out or gave entries) or by a name holding one (`ys[name]` after `name, f = funcs[i]`: `literalOf` gives
 * a name's value as written) as that value, in parentheses; other subscripts are left as they are.
 */
export function withDictValues(
  statement: string,
  dicts: ReadonlyMap<string, string>,
  literalOf: (name: string) => string | undefined = () => undefined,
): string {
  if (!statement.includes('[')) return statement;
  const lookup = new RegExp(
    String.raw`(${QUOTED})|(?<![\w.])([A-Za-z_]\w*)\s*\[\s*(${QUOTED}|[-+]?\d+|[A-Za-z_]\w*)\s*\]`,
    'g',
  );
  const named = statement.replace(lookup, (whole, quoted: string | undefined, name: string, given: string) => {
    const dict = quoted === undefined ? dicts.get(name) : undefined;
    const key = dict && /^[A-Za-z_]/.test(given) ? literalOf(given) : given;
    const value =
      key === undefined
        ? undefined
        : dict?.startsWith('{')
          ? dictValue(dict, key)
          : dict?.startsWith('[')
            ? listItem(dict, key)
            : undefined;
    return value === undefined ? whole : grouped(value);
  });
  return named.includes('{') ? withLiteralLookups(named) : named;
}

/** len() of a list the script wrote out by name, as its count of items: np.linspace(0, 1, len(betas)). */
export function withLengths(statement: string, lists: ReadonlyMap<string, string>): string {
  if (!statement.includes('len(')) return statement;
  return outsideStrings(statement, (part) =>
    part.replace(/(?<![\w.])len\(\s*([A-Za-z_]\w*)\s*\)/g, (whole, name: string) => {
      const list = lists.get(name);
      return list === undefined ? whole : String(splitOutside(list.trim().slice(1, -1), ',').length);
    }),
  );
}

/** A list's item at a whole-number index written out (ys[0], ys[-1]), as Python indexes; undefined past its end. */
function listItem(list: string, key: string): string | undefined {
  if (!/^[-+]?\d+$/.test(key.trim())) return undefined;
  const items = splitOutside(list.trim().slice(1, -1), ',');
  const i = Number(key);
  return items[i < 0 ? items.length + i : i];
}

/** A value put where a lookup stood: in parentheses, but for a name (np.tanh), which may be called. */
const grouped = (value: string) => (/^[A-Za-z_][\w.]*$/.test(value.trim()) ? value.trim() : `(${unwrapped(value)})`);

/** A key written out after a dict written out (a loop's item, {'f': np.tanh, ...}['f']): the value, in parentheses. */
function withLiteralLookups(statement: string): string {
  let out = statement;
  for (let i = indexOutsideStrings(out, 0, '{'); i >= 0;) {
    const close = closingBracket(out, i);
    const key =
      close < 0 ? null : new RegExp(String.raw`^\s*\[\s*(${QUOTED}|[-+]?\d+)\s*\]`).exec(out.slice(close + 1));
    let value: string | undefined;
    try {
      value = key ? dictValue(out.slice(i, close + 1), key[1]) : undefined;
    } catch {
      value = undefined; // not a dict of entries: left as written
    }
    if (value === undefined) {
      i = indexOutsideStrings(out, i + 1, '{');
      continue;
    }
    out = out.slice(0, i) + grouped(value) + out.slice(close + 1 + key![0].length);
    i = indexOutsideStrings(out, i, '{'); // read again from the value put in its place (a dict inside it)
  }
  return out;
}

/** A dict written out, {'ReLU': nn.ReLU(), ...}: its keys and values as text, in order. */
function entriesOf(text: string, fail: (problem: string) => never): [string, string][] {
  return splitOutside(text.slice(1, -1), ',')
    .filter((e) => e.trim())
    .map((entry) => {
      const [key, ...value] = splitOutside(entry, ':');
      if (!value.length) fail(`a dict's entry 'key: value', got '${entry.trim()}'`);
      return [key.trim(), value.join(':').trim()];
    });
}

/** The loop's names bound to an item's parts: `name, f` to `('sigmoid(x)', sigmoid)`, nested as written. */
function bind(targets: string, item: string, bound: Map<string, string>, fail: (problem: string) => never): void {
  const names = splitOutside(targets.replace(/^\((.*)\)$/s, '$1'), ',');
  if (names.length === 1 && !targets.includes(',')) {
    bound.set(names[0], item);
    return;
  }
  const parts = splitOutside(item.replace(/^[([](.*)[)\]]$/s, '$1'), ',');
  if (parts.length !== names.length) fail(`for ${targets} in ...: an item of ${names.length} parts, got ${item}`);
  names.forEach((n, i) => bind(n, parts[i], bound, fail));
}

export function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
