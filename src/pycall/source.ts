/**
 * The source text of a call's arguments, as a script writes them: split at its commas outside brackets and
 * strings, keywords told from positional arguments, names substituted, parentheses and brackets matched. Pure:
 * text in, text out. The values themselves are read by literals.ts.
 */

/** A cycler() expression, maybe in parentheses, sticky: the reader keeps it as written. */
export const CYCLER_CALL = /[\s(]*(?:(?:plt|mpl|matplotlib(?:\.pyplot)?)\.)?cycler\s*\(/y;
/** A Python number literal (1, -0.5, 1e-05, 1_000), sticky: read where the reader stands. */
export const PY_NUMBER = /[+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?/y;

/**
 * The first index from `from` (a place outside strings) whose character, outside quoted strings, `at` holds
 * for; -1 if none. The one walk past Python's strings (escapes included) that the scans below share.
 */
function indexPastStrings(text: string, from: number, at: (c: string, i: number) => boolean): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (at(c, i)) return i;
  }
  return -1;
}

/** The depth of brackets a scan stands at, counted over the kinds it is given ('(' alone, or '([{'). */
function bracketDepth(opening: string, closing: string): (c: string) => number {
  let depth = 0;
  return (c) => (opening.includes(c) ? ++depth : closing.includes(c) ? --depth : depth);
}

/**
 * The first index from `from` (a place outside strings and brackets) where `at` holds, outside strings and
 * brackets; -1 if none. The one scan of a Python text's top level that its readers share.
 */
export function topLevelIndex(text: string, from: number, at: (i: number) => boolean): number {
  const depth = bracketDepth('([{', ')]}');
  return indexPastStrings(text, from, (c, i) => {
    if ('([{)]}'.includes(c)) {
      depth(c);
      return false;
    }
    return depth(c) === 0 && at(i);
  });
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
  return indexPastStrings(text, from, (c) => c === char);
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

const WHOLE_NUMBER = new RegExp(`^${PY_NUMBER.source}$`);
/** Whether a text is a Python number literal (1, -0.5, 1e-05, 1_000). */
export const isPyNumber = (text: string) => WHOLE_NUMBER.test(text.trim());

/** The index of the parenthesis that closes the one at `open`, outside strings; -1 if none does. */
export function closingParen(text: string, open: number): number {
  const depth = bracketDepth('(', ')');
  return indexPastStrings(text, open, (c) => depth(c) === 0 && c === ')');
}

/**
 * Where the bracket opened at `open` closes, brackets of every kind ( [ { nested and quotes skipped; -1 if it
 * never does (closingParen counts parentheses alone).
 */
export function closingBracket(text: string, open: number): number {
  const depth = bracketDepth('([{', ')]}');
  return indexPastStrings(text, open, (c) => depth(c) === 0 && ')]}'.includes(c));
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
  CYCLER_CALL.lastIndex = 0;
  return CYCLER_CALL.test(text);
}

/** A text ending in a subscript, `y[x < 0]`: what is subscripted and the subscript; else undefined. */
export function subscripted(text: string): { base: string; index: string } | undefined {
  const t = text.trim();
  if (!t.endsWith(']')) return undefined;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ']') depth++;
    else if (t[i] === '[' && --depth === 0) {
      const base = t.slice(0, i).trim();
      return base ? { base, index: t.slice(i + 1, -1).trim() } : undefined;
    }
  }
  return undefined;
}

/** A slice's three parts as written, `seq[start:stop:step]`; an omitted one is undefined. */
export interface PySlice {
  start?: number;
  stop?: number;
  step?: number;
}

/**
 * A subscript's text read as a slice of whole numbers, `::10`, `5:-5`, `1::2`; undefined for any other
 * subscript (a mask, one index, a name).
 */
export function parseSlice(index: string): PySlice | undefined {
  const parts = index.split(':').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) return undefined;
  if (!parts.every((p) => p === '' || /^[-+]?\d+$/.test(p))) return undefined;
  const [start, stop, step] = parts.map((p) => (p === '' || p === undefined ? undefined : Number(p)));
  return {
    ...(start !== undefined && { start }),
    ...(stop !== undefined && { stop }),
    ...(step !== undefined && { step }),
  };
}
