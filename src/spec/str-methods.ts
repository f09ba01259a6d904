/**
 * Python's str methods a script calls on a text it writes out or names ('sigmoid'.capitalize(), name.upper(),
 * key.replace('_', ' ')), as the strings Python makes of them. Pure. Written here rather than taken from a
 * library: a few lines each, and the rules are Python's, which JavaScript's own methods follow but for title().
 */
import type { FieldPath } from '../errors';
import { argumentTexts, closingParen, isPyNumber, parseCallArgs, pyString, QUOTED, type PyValue } from '../pycall';

type Method = (text: string, args: PyValue[]) => string | undefined;

const isCased = (c: string) => c.toLowerCase() !== c.toUpperCase();

/** Characters to strip: None or none given is whitespace (undefined here); a text, its characters. */
const stripSet = (args: PyValue[]): string | undefined | null =>
  args.length === 0 || args[0] === null ? undefined : typeof args[0] === 'string' && args.length === 1 ? args[0] : null;

function stripped(text: string, args: PyValue[], left: boolean, right: boolean): string | undefined {
  const set = stripSet(args);
  if (set === null) return undefined;
  const strips = (c: string) => (set === undefined ? /\s/.test(c) : set.includes(c));
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (left && start < end && strips(chars[start])) start++;
  while (right && end > start && strips(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}

const noArgs =
  (f: (text: string) => string): Method =>
  (text, args) =>
    args.length ? undefined : f(text);

const METHODS: Readonly<Record<string, Method>> = {
  upper: noArgs((t) => t.toUpperCase()),
  lower: noArgs((t) => t.toLowerCase()),
  swapcase: noArgs((t) => [...t].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
  // The first character upper-cased, the rest lower-cased (Python 3.8's rule; its titlecase is upper here).
  capitalize: noArgs((t) => {
    const [first = '', ...rest] = [...t];
    return first.toUpperCase() + rest.join('').toLowerCase();
  }),
  // Each cased character after an uncased one upper-cased, the others lower-cased: "relu6 and gelu's" is
  // "Relu6 And Gelu'S", as Python writes it.
  title: noArgs((t) => {
    let previousCased = false;
    let out = '';
    for (const c of t) {
      out += previousCased ? c.toLowerCase() : c.toUpperCase();
      previousCased = isCased(c);
    }
    return out;
  }),
  strip: (t, args) => stripped(t, args, true, true),
  lstrip: (t, args) => stripped(t, args, true, false),
  rstrip: (t, args) => stripped(t, args, false, true),
  replace: (t, [old, by, count, ...more]) => {
    // '' as the old text inserts between characters, which no label means: left to be refused.
    if (typeof old !== 'string' || typeof by !== 'string' || old === '' || more.length) return undefined;
    if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count))) return undefined;
    const parts = t.split(old);
    const n = count === undefined || count < 0 ? parts.length - 1 : Math.min(count, parts.length - 1);
    return parts.slice(0, n + 1).join(by) + (n + 1 < parts.length ? old + parts.slice(n + 1).join(old) : '');
  },
};

const NAMES = Object.keys(METHODS).join('|');

/**
 * A quoted string (its prefix kept apart, so that a string is passed over whole), then maybe one of the methods'
 * call; or a name followed by one.
 */
const CALL = new RegExp(
  String.raw`([rRuU]?)(${QUOTED})(?:\s*\.\s*(${NAMES})\s*\()?|(?<![\w.])([A-Za-z_]\w*)\s*\.\s*(${NAMES})\s*\(`,
  'g',
);
const WRITTEN_STRING = new RegExp(String.raw`^[rRuU]?(?:${QUOTED})$`);
const ANY_CALL = new RegExp(String.raw`\.\s*(?:${NAMES})\s*\(`);

/**
 * The statement with each str method called on a string written out, or on a name of one (`valueOf` gives a
 * name's value as written), as the string Python makes; one called on anything else, or with arguments other
 * than values written out, is left as it is (for the reader to refuse).
 */
export function withStringMethods(
  statement: string,
  valueOf: (name: string) => string | undefined,
  at: FieldPath,
): string {
  if (!ANY_CALL.test(statement)) return statement;
  const literal = (text: string | undefined): PyValue | undefined => {
    if (text === undefined) return undefined;
    try {
      const { positional, keywords } = parseCallArgs(text, at);
      return positional.length === 1 && !Object.keys(keywords).length ? positional[0] : undefined;
    } catch {
      return undefined;
    }
  };
  /** An argument written out (a string, a number, None) or a name of one; undefined for anything else. */
  const argument = (text: string): PyValue | undefined => {
    if (text === 'None') return null;
    if (isPyNumber(text) || WRITTEN_STRING.test(text)) return literal(text);
    const value = /^[A-Za-z_]\w*$/.test(text) ? valueOf(text) : undefined;
    return value === undefined ? undefined : literal(value);
  };
  let out = statement;
  const calls = new RegExp(CALL);
  for (let m = calls.exec(out); m; m = calls.exec(out)) {
    const method = m[3] ?? m[5];
    if (method === undefined) continue; // a string alone
    const receiver = m[2] !== undefined ? literal(m[1] + m[2]) : literal(valueOf(m[4]));
    const open = m.index + m[0].length - 1;
    const close = closingParen(out, open);
    if (typeof receiver !== 'string' || close < 0) continue;
    const { positional, keywords } = argumentTexts(out.slice(open + 1, close));
    const args = positional.map(argument);
    const written = keywords.size ? [] : args.filter((a): a is PyValue => a !== undefined);
    const made = written.length === args.length && !keywords.size ? METHODS[method](receiver, written) : undefined;
    if (made === undefined) continue;
    const text = pyString(made);
    out = out.slice(0, m.index) + text + out.slice(close + 1);
    // Read again from the string made: a chain ('a_b'.replace('_', ' ').title()) goes on from it.
    calls.lastIndex = m.index;
  }
  return out;
}
