/**
 * mathtext's grammar (matplotlib 3.6, lib/matplotlib/_mathtext.py's Parser) as a recursive-descent parser: a
 * string of plain text and $...$ math to a tree, or an error naming what matplotlib would refuse. Pure: no
 * fonts. Written here because the grammar is matplotlib's own (pyparsing rules with TeX's corners cut), and a
 * TeX library would accept and lay out other things. What the layout needs to know of a symbol's neighbours
 * (matplotlib's parse actions look at the source around them) is decided here and kept in the tree.
 */
import { TABLES } from './tables';
import { MAX_MATH_DEPTH } from '../limits';
import {
  ACCENTS,
  BINARY_OPERATORS,
  DELIMS,
  FONT_NAMES,
  FUNCTION_NAMES,
  LEFT_DELIMS,
  OVERUNDER_FUNCTIONS,
  PUNCTUATION,
  SPACE_WIDTHS,
  SPACED,
  WIDE_ACCENTS,
} from './symbols';

export { knownCommands } from './symbols';

export type MathAst =
  | { kind: 'sym'; c: string; spacing: 'binary' | 'punctuation' | 'none' }
  | { kind: 'space'; em: number }
  | { kind: 'font'; font: string }
  | { kind: 'group'; font?: string; items: MathAst[] }
  | { kind: 'frac'; style: number; num: MathAst[]; den: MathAst[]; delims?: [string, string]; rule?: number }
  | { kind: 'sqrt'; root?: MathAst[]; body: MathAst[] }
  | { kind: 'overline'; body: MathAst[] }
  | { kind: 'accent'; accent: string; body: MathAst }
  | { kind: 'operator'; name: string; items?: MathAst[]; spaced: boolean; scripted: boolean }
  | { kind: 'scripts'; nucleus?: MathAst; sub?: MathAst; sup?: MathAst; primes: number }
  | { kind: 'delimited'; left: string; mid: MathAst[]; right: string }
  | { kind: 'overset' | 'underset'; annotation: MathAst[]; body: MathAst[] };

/** A string's parts: plain text (with \$ made a dollar sign) and math. */
export type MathPart = { math: false; text: string } | { math: true; items: MathAst[] };

/** What matplotlib refuses, and where (a character index into the math, counted from its first character). */
export class MathSyntaxError extends Error {
  constructor(
    message: string,
    /** A command or symbol the message names, for a suggestion. */
    readonly symbol?: string,
  ) {
    super(message);
  }
}

export { isMath as isMathText } from '../text/is-math';

/** The symbols of the grammar's `symbol` rule that are single characters. */
const SYMBOL_CHAR = /^[a-zA-Z0-9 +\-*/<>=:,.;!?&'@()[\]|\u0080-\u{1ffff}]$/u;

/** Splits a string into plain and math parts, as matplotlib's main rule does; math parts parsed. */
export function parseMathText(s: string): MathPart[] {
  const parts: MathPart[] = [];
  let i = 0;
  let plain = '';
  while (i < s.length) {
    if (s[i] === '\\' && s[i + 1] === '$') {
      plain += '$';
      i += 2;
    } else if (s[i] === '$') {
      let j = i + 1;
      while (j < s.length && s[j] !== '$') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) throw new MathSyntaxError(`Expected end of text, found '$' (at char ${i})`);
      parts.push({ math: false, text: plain });
      plain = '';
      parts.push({ math: true, items: new MathParser(s.slice(i + 1, j)).parseMath() });
      i = j + 1;
    } else plain += s[i++];
  }
  parts.push({ math: false, text: plain });
  return parts;
}

class MathParser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  /** A rule that may hold itself, within MAX_MATH_DEPTH levels. */
  private nested<T>(rule: () => T): T {
    if (++this.depth > MAX_MATH_DEPTH)
      throw new MathSyntaxError(`Math nested more than ${MAX_MATH_DEPTH} levels deep (at char ${this.pos})`);
    try {
      return rule();
    } finally {
      this.depth--;
    }
  }

  parseMath(): MathAst[] {
    const items = this.tokens();
    this.skipSpace();
    if (this.pos < this.s.length) {
      const c = this.s[this.pos];
      if (c === '}') throw new MathSyntaxError(`Unbalanced '}' (at char ${this.pos})`);
      throw new MathSyntaxError(`Unexpected '${c}' (at char ${this.pos})`, c);
    }
    if (!items.length) throw new MathSyntaxError('Expected a math expression between the dollar signs');
    return items;
  }

  // --- scanning ---------------------------------------------------------------------------------------------

  private skipSpace(): void {
    while (this.s[this.pos] === ' ' || this.s[this.pos] === '\t' || this.s[this.pos] === '\n') this.pos++;
  }

  /** A control sequence at the position: \ and letters, or \ and one other character. */
  private peekCommand(): string | undefined {
    if (this.s[this.pos] !== '\\') return undefined;
    const m = /^\\(?:[A-Za-z]+|.)/su.exec(this.s.slice(this.pos));
    return m?.[0];
  }

  private expect(ch: string, what: string): void {
    this.skipSpace();
    if (this.s[this.pos] !== ch) {
      const found = this.pos < this.s.length ? `'${this.s[this.pos]}'` : 'end of text';
      throw new MathSyntaxError(`Expected ${what}, found ${found} (at char ${this.pos})`);
    }
    this.pos++;
  }

  /** The last character before `at` that is not a space ('' at the start). */
  private before(at: number): string {
    for (let i = at - 1; i >= 0; i--) if (this.s[i] !== ' ') return this.s[i];
    return '';
  }
  private after(at: number): string {
    for (let i = at; i < this.s.length; i++) if (this.s[i] !== ' ') return this.s[i];
    return '';
  }

  // --- rules ------------------------------------------------------------------------------------------------

  /** ZeroOrMore(token), up to a closing brace, \right or the end. */
  private tokens(stop?: (parser: this) => boolean): MathAst[] {
    const items: MathAst[] = [];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.s.length || this.s[this.pos] === '}' || stop?.(this)) return items;
      const cmd = this.peekCommand();
      if (cmd === '\\right') return items;
      items.push(...this.token());
    }
  }

  private token(): MathAst[] {
    const cmd = this.peekCommand();
    if (cmd === '\\left') return [this.nested(() => this.autoDelim())];
    return this.simple();
  }

  /** space | customspace | font | subsuper */
  private simple(): MathAst[] {
    this.skipSpace();
    const cmd = this.peekCommand();
    const spaceCmd = cmd && SPACE_WIDTHS[cmd] !== undefined ? cmd : this.s[this.pos] === '~' ? '~' : undefined;
    if (spaceCmd) {
      this.pos += spaceCmd.length;
      return [{ kind: 'space', em: SPACE_WIDTHS[spaceCmd] }];
    }
    if (cmd === '\\hspace') {
      this.pos += cmd.length;
      this.expect('{', '\\hspace{space}');
      this.skipSpace();
      const m = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)/.exec(this.s.slice(this.pos));
      if (!m) throw new MathSyntaxError(`Expected \\hspace{space} (at char ${this.pos})`);
      this.pos += m[0].length;
      this.expect('}', '\\hspace{space}');
      return [{ kind: 'space', em: Number(m[0]) }];
    }
    if (cmd && FONT_NAMES.has(cmd.slice(1))) {
      this.pos += cmd.length;
      return [{ kind: 'font', font: cmd.slice(1) }];
    }
    return [this.subsuper()];
  }

  private subsuper(): MathAst {
    const start = this.pos;
    const apostrophes = () => {
      let n = 0;
      while (this.s[this.pos] === "'") [this.pos, n] = [this.pos + 1, n + 1];
      return n;
    };
    let nucleus: MathAst | undefined;
    const at = this.s[this.pos];
    if (at === "'") return { kind: 'scripts', primes: apostrophes() };
    if (at !== '_' && at !== '^') nucleus = this.placeable();
    const scripts: { op: string; arg: MathAst }[] = [];
    for (;;) {
      this.skipSpace();
      const op = this.s[this.pos];
      if (op !== '_' && op !== '^') break;
      this.pos++;
      this.skipSpace();
      if (this.pos >= this.s.length || this.s[this.pos] === '}')
        throw new MathSyntaxError(`Expected a symbol or group after '${op}' (at char ${this.pos})`);
      scripts.push({ op, arg: this.placeable() });
    }
    const primes = apostrophes();
    if (!scripts.length && !primes) return nucleus as MathAst;
    let sub: MathAst | undefined, sup: MathAst | undefined;
    for (const { op, arg } of scripts) {
      if (op === '_') {
        if (sub) throw new MathSyntaxError(`Double subscript (at char ${start})`);
        sub = arg;
      } else {
        if (sup) throw new MathSyntaxError(`Double superscript (at char ${start})`);
        sup = arg;
      }
    }
    return { kind: 'scripts', nucleus, sub, sup, primes };
  }

  /** accent | symbol | function | operatorname | group | frac | dfrac | binom | genfrac | ... | overline */
  private placeable(): MathAst {
    return this.nested(() => this.placeableAt());
  }

  private placeableAt(): MathAst {
    this.skipSpace();
    const loc = this.pos;
    const cmd = this.peekCommand();
    const ch = this.s[loc];
    if (cmd) {
      const name = cmd.slice(1);
      if (ACCENTS[name] !== undefined || WIDE_ACCENTS.has(name)) {
        this.pos += cmd.length;
        this.skipSpace();
        if (this.pos >= this.s.length) throw new MathSyntaxError(`Expected a symbol after ${cmd} (at char ${loc})`);
        return { kind: 'accent', accent: name, body: this.placeable() };
      }
      if (TABLES.tex2uni[name] !== undefined || /^\\[%${}[\]_|]$/.test(cmd)) {
        this.pos += cmd.length;
        return this.symbol(cmd, loc);
      }
      if (FUNCTION_NAMES.has(name)) {
        this.pos += cmd.length;
        return this.operator(name, undefined, loc + name.length + 1);
      }
      if (name === 'operatorname') return this.operatorname();
      if (/^math[a-z]+$/.test(name) && FONT_NAMES.has(name.slice(4))) {
        this.pos += cmd.length;
        this.skipSpace();
        if (this.s[this.pos] !== '{') throw new MathSyntaxError(`Expected '{' after ${cmd} (at char ${this.pos})`);
        return this.group(name.slice(4));
      }
      if (name === 'frac' || name === 'dfrac' || name === 'binom') return this.fraction(name);
      if (name === 'genfrac') return this.genfrac();
      if (name === 'sqrt') return this.sqrt();
      if (name === 'overline') {
        this.pos += cmd.length;
        return { kind: 'overline', body: this.requiredGroup('\\overline{body}') };
      }
      if (name === 'overset' || name === 'underset') {
        this.pos += cmd.length;
        const annotation = this.optionalGroup(`${cmd}{annotation}{body}`);
        const body = this.optionalGroup(`${cmd}{annotation}{body}`);
        return { kind: name, annotation, body };
      }
      throw new MathSyntaxError(`Unknown symbol: ${cmd} (at char ${loc})`, cmd);
    }
    if (ch === '{') return this.group();
    if (ch !== undefined && SYMBOL_CHAR.test(String.fromCodePoint(this.s.codePointAt(loc) as number))) {
      const c = String.fromCodePoint(this.s.codePointAt(loc) as number);
      this.pos += c.length;
      return this.symbol(c, loc);
    }
    const found = ch === undefined ? 'end of text' : `'${ch}'`;
    throw new MathSyntaxError(`Expected a symbol, found ${found} (at char ${loc})`, ch);
  }

  /** Parser.symbol's spacing: binary operators and relations get space unless they open an expression. */
  private symbol(c: string, loc: number): MathAst {
    const sym = c === '-' ? '\u2212' : c;
    if (SPACED.has(sym) || SPACED.has(c)) {
      const prev = this.before(loc);
      const binary = BINARY_OPERATORS.has(sym) || BINARY_OPERATORS.has(c);
      const opening = this.s.slice(0, loc).trim() === '' || prev === '{' || LEFT_DELIMS.has(prev);
      return { kind: 'sym', c: sym, spacing: binary && opening ? 'none' : 'binary' };
    }
    if (PUNCTUATION.has(c)) {
      const prev = this.before(loc);
      const next = this.after(loc + c.length);
      if (c === ',' && prev === '{' && next === '}') return { kind: 'sym', c, spacing: 'none' };
      if (c === '.' && /[0-9]/.test(prev) && /[0-9]/.test(next)) return { kind: 'sym', c, spacing: 'none' };
      return { kind: 'sym', c, spacing: 'punctuation' };
    }
    return { kind: 'sym', c: sym, spacing: 'none' };
  }

  /** A function name or \operatorname: upright, with a thin space unless a delimiter or script follows. */
  private operator(name: string, items: MathAst[] | undefined, nextAt: number): MathAst {
    const next = this.after(nextAt);
    const delimiters = new Set([...DELIMS, '^', '_']);
    return {
      kind: 'operator',
      name,
      ...(items && { items }),
      spaced: !delimiters.has(next) && !OVERUNDER_FUNCTIONS.has(name),
      scripted: next === '^' || next === '_',
    };
  }

  private operatorname(): MathAst {
    const loc = this.pos;
    this.pos += '\\operatorname'.length;
    this.expect('{', '\\operatorname{name}');
    const items = this.tokens();
    this.expect('}', '\\operatorname{name}');
    // matplotlib counts the name's tokens, not its characters, to find what follows (the same for letters).
    return this.operator(this.s.slice(loc, this.pos), items, loc + items.length + 1 + 'operatorname{}'.length);
  }

  private group(font?: string): MathAst {
    const open = this.pos;
    this.pos++; // '{'
    const items = this.tokens();
    if (this.s[this.pos] !== '}') throw new MathSyntaxError(`Unbalanced '{' (at char ${open})`);
    this.pos++;
    return { kind: 'group', font, items };
  }

  private requiredGroup(what: string): MathAst[] {
    this.skipSpace();
    if (this.s[this.pos] !== '{') {
      const found = this.pos < this.s.length ? `'${this.s[this.pos]}'` : 'end of text';
      throw new MathSyntaxError(`Expected ${what}, found ${found} (at char ${this.pos})`);
    }
    const open = this.pos;
    const g = this.group() as { items: MathAst[] };
    if (!g.items.length) throw new MathSyntaxError(`Expected ${what}, found '{}' (at char ${open})`);
    return g.items;
  }

  private optionalGroup(what: string): MathAst[] {
    this.skipSpace();
    if (this.s[this.pos] !== '{') {
      const found = this.pos < this.s.length ? `'${this.s[this.pos]}'` : 'end of text';
      throw new MathSyntaxError(`Expected ${what}, found ${found} (at char ${this.pos})`);
    }
    return (this.group() as { items: MathAst[] }).items;
  }

  private fraction(name: 'frac' | 'dfrac' | 'binom'): MathAst {
    this.pos += name.length + 1;
    const what = `\\${name}{num}{den}`;
    const num = this.requiredGroup(what);
    const den = this.requiredGroup(what);
    if (name === 'binom') return { kind: 'frac', style: 1, num, den, delims: ['(', ')'], rule: 0 };
    return { kind: 'frac', style: name === 'dfrac' ? 0 : 1, num, den };
  }

  private genfrac(): MathAst {
    this.pos += '\\genfrac'.length;
    const what = '\\genfrac{ldelim}{rdelim}{rulesize}{style}{num}{den}';
    const delim = () => {
      this.expect('{', what);
      this.skipSpace();
      const d = this.delimiter();
      this.expect('}', what);
      return d ?? '.';
    };
    const [left, right] = [delim(), delim()];
    this.expect('{', what);
    this.skipSpace();
    const m = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)/.exec(this.s.slice(this.pos));
    if (!m) throw new MathSyntaxError(`Expected ${what} (at char ${this.pos})`);
    this.pos += m[0].length;
    this.expect('}', what);
    this.expect('{', what);
    this.skipSpace();
    const style = /^[0-3]/.exec(this.s.slice(this.pos));
    if (style) this.pos++;
    this.expect('}', what);
    const num = this.requiredGroup(what);
    const den = this.requiredGroup(what);
    const s = style ? Number(style[0]) : 1;
    return { kind: 'frac', style: s, num, den, delims: [left, right], rule: Number(m[0]) };
  }

  private sqrt(): MathAst {
    this.pos += '\\sqrt'.length;
    this.skipSpace();
    let root: MathAst[] | undefined;
    if (this.s[this.pos] === '[') {
      this.pos++;
      root = this.tokens((p) => p.s[p.pos] === ']');
      if (this.s[this.pos] !== ']' || !root.length)
        throw new MathSyntaxError(`Expected \\sqrt[root]{value} (at char ${this.pos})`);
      this.pos++;
    }
    return { kind: 'sqrt', root, body: this.requiredGroup('\\sqrt{value}') };
  }

  /** One of the delimiters, longest first, or undefined. */
  private delimiter(): string | undefined {
    const cmd = this.peekCommand();
    if (cmd && DELIMS.has(cmd)) {
      this.pos += cmd.length;
      return cmd;
    }
    const c = this.s[this.pos];
    if (c !== undefined && DELIMS.has(c)) {
      this.pos++;
      return c;
    }
    return undefined;
  }

  private autoDelim(): MathAst {
    const loc = this.pos;
    this.pos += '\\left'.length;
    this.skipSpace();
    const left = this.delimiter();
    if (!left) throw new MathSyntaxError(`Expected a delimiter after \\left (at char ${this.pos})`);
    const mid = this.tokens();
    if (this.peekCommand() !== '\\right') throw new MathSyntaxError(`Expected '\\right' for the \\left at char ${loc}`);
    this.pos += '\\right'.length;
    this.skipSpace();
    const right = this.delimiter();
    if (!right) throw new MathSyntaxError(`Expected a delimiter after \\right (at char ${this.pos})`);
    return { kind: 'delimited', left, mid, right };
  }
}
