/**
 * The argument list of a pyplot call, as copied from a script: `0, color='k', linestyle='--'`. Positional then
 * keyword arguments; Python literals (numbers, quoted strings with r'' and escapes, True/False/None, tuples,
 * lists, dicts, dict(key=value)) and bare words, read as strings (`loc=best`). Pure: text in, values out,
 * errors as data.
 *
 * Written here rather than taken from npm: the packages that read Python evaluate it or parse whole modules;
 * this is the literal subset (Python's ast.literal_eval) of one call's arguments, and no more.
 */
import { badValue, didYouMean, UsageError, type FieldPath } from './errors';

export type PyValue = number | string | boolean | null | PyValue[] | { [key: string]: PyValue };

/** The lists the parser read as tuples: (0, 5) and [0, 5] are both arrays, and a few keywords tell them apart. */
const TUPLES = new WeakSet<PyValue[]>();
export const isTuple = (v: PyValue | undefined): boolean => Array.isArray(v) && TUPLES.has(v);

export interface PyArgs {
  positional: PyValue[];
  keywords: Record<string, PyValue>;
  /** The positions of the positional arguments read as written (writtenFrom): names and expressions, no strings. */
  written?: Set<number>;
}

// A bare name, dotted, and an attribute of a call without arguments (plt.gca().transAxes).
const WORD = /[A-Za-z_][A-Za-z0-9_]*(?:(?:\(\))?\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const NUMBER = /[+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?/y;
const SPACE = /\s*/y;
// A cycler() expression, maybe in parentheses: kept as written (Reader.written).
const CYCLER = /[\s(]*(?:(?:plt|mpl|matplotlib(?:\.pyplot)?)\.)?cycler\s*\(/y;
/**
 * The first index from `from` (a place outside strings and brackets) where `at` holds, outside strings and
 * brackets; -1 if none. The one scan of a Python text's top level that its readers share.
 */
export function topLevelIndex(text: string, from: number, at: (i: number) => boolean): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && at(i)) return i;
  }
  return -1;
}

/**
 * A Python text's parts between the separators (',' of a tuple, ';' of a line's statements, ':' of a dict's
 * entry) that stand outside brackets and strings, each trimmed; empty parts are dropped.
 */
export function splitOutside(text: string, separator: ',' | ';' | ':'): string[] {
  const out: string[] = [];
  const isSeparator = (i: number) => text[i] === separator;
  let start = 0;
  for (let i = topLevelIndex(text, 0, isSeparator); i >= 0; i = topLevelIndex(text, start, isSeparator)) {
    out.push(text.slice(start, i));
    start = i + 1;
  }
  out.push(text.slice(start));
  return out.map((part) => part.trim()).filter(Boolean);
}

/** A Python quoted string, as a pattern's source: 'text' or "text", escapes kept. */
export const QUOTED = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"`;

/** Python's quoted strings; split() keeps them at the odd places. */
const PY_STRINGS = new RegExp(`(${QUOTED})`);

/** A call's argument that is a keyword's: `name=value` (not `a == b`). */
const KEYWORD_ARGUMENT = /^([A-Za-z_]\w*)\s*=(?!=)\s*([^]*)$/;

/**
 * A call's argument texts as written, positional ones in order and keywords by name (each trimmed), split at
 * the commas outside brackets and strings; the values are not read.
 */
export function argumentTexts(text: string): { positional: string[]; keywords: Map<string, string> } {
  const positional: string[] = [];
  const keywords = new Map<string, string>();
  for (const part of splitOutside(text, ',')) {
    const k = KEYWORD_ARGUMENT.exec(part);
    if (k) keywords.set(k[1], k[2].trim());
    else positional.push(part);
  }
  return { positional, keywords };
}

/**
 * Whether an argument's text is a value written out, not an expression: a list, dict, string or number, or a
 * tuple (parentheses around all of it that unwrapped() keeps, as it keeps (1, 2)).
 */
export function isWrittenValue(text: string): boolean {
  const t = unwrapped(text);
  return /^[[{'"]/.test(t) || isPyNumber(t) || (t.startsWith('(') && closingParen(t, 0) === t.length - 1);
}

/**
 * The index of the first `char` at or after `from` outside quoted strings (the scan starting outside one), at any
 * depth of brackets (topLevelIndex keeps to the top level); -1 if there is none.
 */
export function indexOutsideStrings(text: string, from: number, char: string): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === char) return i;
  }
  return -1;
}

/** A call's arguments written again from their texts (argumentTexts' inverse): positional ones, then `name=value`s. */
export function joinedArguments(positional: readonly string[], keywords: ReadonlyMap<string, string>): string {
  return [...positional, ...[...keywords].map(([k, v]) => `${k}=${v}`)].join(', ');
}

/**
 * A Python text with `outside` applied to its parts outside quoted strings; a quoted string is kept, or given to
 * `inside` with the text before it (where an f-string's prefix is).
 */
export function outsideStrings(
  text: string,
  outside: (part: string) => string,
  inside?: (quoted: string, before: string) => string,
): string {
  return text
    .split(PY_STRINGS)
    .map((part, i, parts) => (i % 2 ? (inside ? inside(part, parts[i - 1]) : part) : outside(part)))
    .join('');
}

/**
 * Text with each name replaced, outside strings, where it is a name (not an attribute, not a keyword), and in
 * the fields of f-strings (f'β={beta}').
 */
export function substituteNames(text: string, bound: ReadonlyMap<string, string>): string {
  const names = (part: string) =>
    part.replace(/(?<![\w.])([A-Za-z_]\w*)(?!\w)(?!\s*=(?!=))/g, (name: string) => bound.get(name) ?? name);
  return text
    .split(PY_STRINGS)
    .map((part, i, parts) => {
      if (i % 2) {
        // An f-string's fields: {name} and {name:spec}.
        return /(?:^|[^\w])[rR]?[fF][rR]?$/.test(parts[i - 1]) ? withFieldNames(part, names) : part;
      }
      // A string's prefix (the f of f'{name}') is no name, whatever a loop binds f to.
      const prefix = i + 1 < parts.length ? /(?<![\w.])[rRfFbBuU]{1,2}$/.exec(part) : null;
      return prefix ? names(part.slice(0, prefix.index)) + prefix[0] : names(part);
    })
    .join('');
}

/** An f-string's fields, {name} and {name:spec} (not its {{ and }}, which are braces), with `names` applied. */
function withFieldNames(quoted: string, names: (part: string) => string): string {
  let out = '';
  for (let i = 0; i < quoted.length; i++) {
    const c = quoted[i];
    if ((c === '{' || c === '}') && quoted[i + 1] === c) {
      out += c + c;
      i++;
    } else if (c === '{') {
      const end = quoted.indexOf('}', i);
      if (end < 0) return out + quoted.slice(i);
      const field = quoted.slice(i + 1, end);
      const split = field.search(/[:!]/);
      // A text put in a field quoted as the f-string is ('Tanh' into f'{name}') takes the other quote.
      const other = quoted[0] === "'" ? '"' : "'";
      const named = names(split < 0 ? field : field.slice(0, split)).replace(
        new RegExp(`${quoted[0]}([^'"\\\\]*)${quoted[0]}`, 'g'),
        `${other}$1${other}`,
      );
      out += `{${named}${split < 0 ? '' : field.slice(split)}}`;
      i = end;
    } else out += c;
  }
  return out;
}

/** A text as a Python string literal, single-quoted. */
export const pyString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const WHOLE_NUMBER = new RegExp(`^${NUMBER.source}$`);
/** Whether a text is a Python number literal (1, -0.5, 1e-05, 1_000). */
export const isPyNumber = (text: string) => WHOLE_NUMBER.test(text.trim());

/** The index of the parenthesis that closes the one at `open`, outside strings; -1 if none does. */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Where the bracket opened at `open` closes, brackets of every kind ( [ { nested and quotes skipped; -1 if it
 * never does (closingParen counts parentheses alone).
 */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === '\\') i++;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && --depth === 0) return i;
  }
  return -1;
}

/** Text without the parentheses that enclose all of it: ((a) + b) to (a) + b; (a) + (b) and (a, b) as they are. */
export function unwrapped(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && closingParen(t, 0) === t.length - 1 && splitOutside(t.slice(1, -1), ',').length === 1) {
    t = t.slice(1, -1).trim();
  }
  return t;
}

/** Whether a text is a cycler() expression: cycler(...), plt.cycler(...), (cycler(...) + ...). */
export function isCyclerText(text: string): boolean {
  CYCLER.lastIndex = 0;
  return CYCLER.test(text);
}
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

class Reader {
  pos = 0;
  constructor(
    readonly text: string,
    readonly at: FieldPath,
  ) {}

  fail(expected: string): never {
    const where = this.pos < this.text.length ? `at '${this.text.slice(this.pos, this.pos + 12)}'` : 'at the end';
    const what = expected.replace(/^expected /, '');
    throw badValue(this.at, this.text, `${what} ${where} (Python's call syntax, e.g. "0, color='k', lw=0.5")`);
  }

  skip(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  peek(): string {
    this.skip();
    return this.text[this.pos] ?? '';
  }

  eat(ch: string): boolean {
    if (this.peek() !== ch) return false;
    this.pos++;
    return true;
  }

  match(re: RegExp): string | undefined {
    this.skip();
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m || !m[0]) return undefined;
    this.pos = re.lastIndex;
    return m[0];
  }

  value(depth = 0): PyValue {
    if (depth > 16) this.fail('values nested at most 16 deep');
    const c = this.peek();
    CYCLER.lastIndex = this.pos;
    if (CYCLER.test(this.text)) return this.written();
    if (c === '(' || c === '[') return this.sequence(c === '(' ? ')' : ']', depth);
    if (c === '{') return this.dict(depth);
    if (c === "'" || (/[rR]/.test(c) && /['"]/.test(this.text[this.pos + 1] ?? '')) || c === '"') {
      // Strings added up ('sigmoid(x)' + ' gradient', as a loop's name and a suffix write a label) are one.
      let out = this.quoted();
      while (this.peek() === '+' && /^\+\s*[rR]?['"]/.test(this.text.slice(this.pos))) {
        this.pos++;
        out += this.quoted();
      }
      return out;
    }
    const num = this.match(NUMBER);
    if (num !== undefined) return Number(num.replace(/_/g, ''));
    const word = this.match(WORD);
    if (word === undefined) this.fail('expected a value');
    if (word === 'True') return true;
    if (word === 'False') return false;
    if (word === 'None') return null;
    if (word === 'dict' && this.peek() === '(') return this.dictCall(depth);
    return word;
  }

  /** A quoted string, raw (r'...') or not. */
  private quoted(): string {
    if (/[rR]/.test(this.peek())) {
      this.pos++;
      return this.string(true);
    }
    return this.string();
  }

  /**
   * A value a script writes as an expression (fill_between's where=(x > 0)): its text up to the next comma
   * outside brackets and quotes, as written; a quoted string or None as such.
   */
  expression(): PyValue {
    this.skip();
    const start = this.pos;
    this.skipValue(false);
    const written = this.text.slice(start, this.pos).trim();
    if (!written) this.fail('expected a value');
    if (written === 'None') return null;
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(written)) return Number(written);
    if (/^[rR]?(['"]).*\1$/s.test(written)) return new Reader(written, this.at).value();
    return written;
  }

  /**
   * A value kept as its text, up to the comma or closing bracket after it (a cycler() expression inside a dict
   * or plt.rc()'s keywords, which the rcParam's own reader reads).
   */
  written(): string {
    const start = this.pos;
    this.skipValue(true);
    return this.text.slice(start, this.pos).trim();
  }

  /**
   * Past a value's text: up to the comma outside brackets and quotes or, with `closeEnds`, the bracket that
   * closes the one the value is in (else an unbalanced one is refused).
   */
  private skipValue(closeEnds: boolean): void {
    let depth = 0;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === "'" || ch === '"') {
        this.string();
        continue;
      }
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch) && --depth < 0) {
        if (closeEnds) break;
        this.fail('unbalanced brackets');
      } else if (ch === ',' && depth === 0) break;
      this.pos++;
    }
    if (depth > 0) this.fail('unbalanced brackets');
  }

  /** dict(key=value, ...): the dict a script writes for arrowprops, as a literal. */
  dictCall(depth: number): { [key: string]: PyValue } {
    this.pos++;
    const out: { [key: string]: PyValue } = Object.create(null) as { [key: string]: PyValue };
    while (!this.eat(')')) {
      const key = this.match(/[A-Za-z_][A-Za-z0-9_]*/y);
      if (key === undefined || !this.eat('=')) this.fail('expected key=value inside dict()');
      if (key in out) this.fail(`each key once ('${key}' is given twice)`);
      out[key] = this.value(depth + 1);
      if (!this.eat(',') && this.peek() !== ')') this.fail("expected ',' or ')'");
    }
    return out;
  }

  string(raw = false): string {
    const quote = this.text[this.pos++];
    let out = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++];
      if (ch === quote) return out;
      if (ch === '\\' && this.pos < this.text.length) {
        const next = this.text[this.pos++];
        out += raw ? ch + next : (ESCAPES[next] ?? ch + next);
      } else out += ch;
    }
    return this.fail(`expected a closing ${quote}`);
  }

  /**
   * A list, or a tuple (kept apart: isTuple), or a value in parentheses, which Python reads as the value itself
   * ((5) is 5, (5,) a tuple of one).
   */
  sequence(close: string, depth: number): PyValue {
    this.pos++;
    const items: PyValue[] = [];
    let commas = 0;
    while (!this.eat(close)) {
      items.push(this.value(depth + 1));
      if (this.eat(',')) commas++;
      else if (this.peek() !== close) this.fail(`expected ',' or '${close}'`);
    }
    if (close !== ')') return items;
    if (items.length === 1 && !commas) return items[0];
    TUPLES.add(items);
    return items;
  }

  dict(depth: number): { [key: string]: PyValue } {
    this.pos++;
    const out: { [key: string]: PyValue } = Object.create(null) as { [key: string]: PyValue };
    while (!this.eat('}')) {
      const key = this.value(depth + 1);
      if (typeof key !== 'string' && typeof key !== 'number') this.fail('expected a string key');
      if (!this.eat(':')) this.fail("expected ':'");
      out[String(key)] = this.value(depth + 1);
      if (!this.eat(',') && this.peek() !== '}') this.fail("expected ',' or '}'");
    }
    return out;
  }
}

/**
 * Whether a text is a call's arguments copied from a script with a text first: it begins with a quote, or a
 * raw string's (r'$\sigma(x)$', as scripts write mathtext).
 */
export const quotedFirst = (text: string) => /^\s*[rR]?['"]/.test(text);

/**
 * Reads `0, color='k', ls='--'` into positional and keyword arguments; the keywords in `expressions` are taken
 * as written (Reader.expression), and so are the positional arguments after one written as one of `writtenFrom`
 * (plot(x, torch.sigmoid(x), 'r--'): those after a bare x), or beginning as one of its patterns does
 * (plot(np.linspace(0, 5, 50), relu(x))), that one included, but for quoted texts and numbers.
 */
export function parseCallArgs(
  text: string,
  at: FieldPath,
  expressions: readonly string[] = [],
  writtenFrom: readonly (string | RegExp)[] = [],
): PyArgs {
  const r = new Reader(text, at);
  const out: PyArgs = { positional: [], keywords: Object.create(null) as Record<string, PyValue> };
  let written = false;
  while (r.peek() !== '') {
    const start = r.pos;
    const word = r.match(/[A-Za-z_][A-Za-z0-9_]*(?=\s*=(?!=))/y);
    if (word !== undefined) {
      r.eat('=');
      if (word in out.keywords) r.fail(`each keyword once ('${word}' is given twice)`);
      out.keywords[word] = expressions.includes(word) ? r.expression() : r.value();
    } else {
      if (Object.keys(out.keywords).length) {
        r.pos = start;
        r.fail('keyword arguments after the positional ones');
      }
      const valueStart = r.pos;
      const begins = writtenFrom.some((w) => typeof w !== 'string' && w.test(text.slice(r.pos).trimStart()));
      const asWritten = (written || begins) && !quotedFirst(text.slice(r.pos));
      out.positional.push(asWritten ? r.expression() : r.value());
      const from = begins || writtenFrom.includes(text.slice(valueStart, r.pos).trim());
      written ||= from;
      if (asWritten || from) (out.written ??= new Set()).add(out.positional.length - 1);
    }
    if (!r.eat(',') && r.peek() !== '') r.fail("expected ','");
  }
  return out;
}

/** What a call accepts: its positional parameters in order, its keywords, their aliases and known extras. */
export interface CallSignature {
  call: string;
  positional: readonly string[];
  keywords: readonly string[];
  /** matplotlib's short names: lw for linewidth. */
  aliases?: Readonly<Record<string, string>>;
  /** Real keywords of the call that actplot does not support yet (said so, not called unknown). */
  unsupported?: readonly string[];
  /** Keywords a script gives an expression (where=(x > 0)): read as written. */
  expressions?: readonly string[];
  /**
   * The positional arguments after one written so (plot's bare x), or beginning as a pattern says (a range
   * call), are expressions: read as written.
   */
  writtenFrom?: readonly (string | RegExp)[];
}

/** matplotlib's aliases of Line2D properties (Line2D._alias_map), shared by every call that draws lines. */
export const LINE_ALIASES = { c: 'color', ls: 'linestyle', lw: 'linewidth', ms: 'markersize' } as const;

/** The other Line2D properties a script may pass: accepted by matplotlib, not drawn by actplot yet. */
export const LINE_PROPERTIES_NOT_YET = [
  'antialiased',
  'aa',
  'dash_capstyle',
  'dash_joinstyle',
  'drawstyle',
  'ds',
  'fillstyle',
  'gapcolor',
  'marker',
  'markeredgecolor',
  'mec',
  'markeredgewidth',
  'mew',
  'markerfacecolor',
  'mfc',
  'markersize',
  'markevery',
  'path_effects',
  'rasterized',
  'solid_capstyle',
  'solid_joinstyle',
  'transform',
] as const;

/** Arguments bound to parameter names (aliases resolved), or an error naming the one that does not fit. */
export function bindCall(args: PyArgs, sig: CallSignature, at: FieldPath): Record<string, PyValue> {
  if (args.positional.length > sig.positional.length) {
    throw new UsageError(at, {
      problem: `${sig.call}() takes at most ${sig.positional.length} positional arguments (${sig.positional.join(', ')}); got ${args.positional.length}`,
    });
  }
  const bound: Record<string, PyValue> = Object.create(null) as Record<string, PyValue>;
  const accepted = [...sig.positional, ...sig.keywords].filter((k) => !sig.unsupported?.includes(k));
  const notYet = (given: string) =>
    new UsageError([...at, given], {
      problem: `${sig.call}(${given}=...) is matplotlib's, but actplot does not draw it yet; accepted: ${accepted.join(', ')}`,
    });
  args.positional.forEach((v, i) => {
    // A positional argument actplot does not draw (scatter's cmap), given other than None.
    if (sig.unsupported?.includes(sig.positional[i]) && v !== null) throw notYet(sig.positional[i]);
    bound[sig.positional[i]] = v;
  });
  for (const [given, v] of Object.entries(args.keywords)) {
    const name = sig.aliases?.[given] ?? given;
    if (sig.unsupported?.includes(given) || sig.unsupported?.includes(name)) throw notYet(given);
    if (!sig.keywords.includes(name) && !sig.positional.includes(name)) {
      const all = [...sig.positional, ...sig.keywords];
      throw badValue([...at, given], given, `a keyword of ${sig.call}(): ${all.join(', ')}`, didYouMean(given, all));
    }
    if (name in bound) {
      throw new UsageError([...at, name], { problem: `${sig.call}() got ${name} twice (by position, or by alias)` });
    }
    bound[name] = v;
  }
  return bound;
}

/** A value as Python would print it, for messages. */
export function shownPy(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v) && !isTuple(v) && v.length) return `[${v.map(shownPy).join(', ')}]`;
  if (Array.isArray(v)) return v.length === 1 ? `(${shownPy(v[0])},)` : `(${v.map(shownPy).join(', ')})`;
  if (typeof v === 'object') return '{...}';
  return String(v);
}
