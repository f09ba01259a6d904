/**
 * The argument list of a pyplot call, as copied from a script: `0, color='k', linestyle='--'`. Positional then
 * keyword arguments; Python literals (numbers, quoted strings with r'' and escapes, True/False/None, tuples,
 * lists, dicts, dict(key=value)) and bare words, read as strings (`loc=best`). Pure: text in, values out,
 * errors as data.
 *
 * Written here rather than taken from npm: the packages that read Python evaluate it or parse whole modules;
 * this is the literal subset (Python's ast.literal_eval) of one call's arguments, and no more.
 */
import { badValue, type FieldPath } from '../errors';
import { CYCLER_CALL as CYCLER, PY_NUMBER as NUMBER } from './source';

// A bare name, dotted, and an attribute of a call without arguments (plt.gca().transAxes).
const WORD = /[A-Za-z_][A-Za-z0-9_]*(?:(?:\(\))?\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const SPACE = /\s*/y;

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
