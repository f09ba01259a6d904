/**
 * A script's helper that draws (`def plot_activation(ax, f, title, xlim=(-5, 5)): ...`, then
 * `plot_activation(axs[0], np.tanh, 'tanh')`): each call read as the helper's body, its parameters written out as
 * the arguments given (by position, by name, or the defaults), its own names kept apart from the script's. Pure.
 */
import { argumentTexts, closingParen, splitOutside, substituteNames } from '../pycall';
import { dedent } from './script-flow';
import { statementLines } from './script-definitions';

export interface Procedure {
  name: string;
  params: { name: string; default?: string }[];
  body: string;
}

/** A def statement as a helper that may draw; undefined for another statement, or parameters it cannot bind. */
export function readProcedure(statement: string): Procedure | undefined {
  const head = /^\s*def\s+([A-Za-z_]\w*)\s*\(/.exec(statement);
  const close = head ? closingParen(statement, head[0].length - 1) : -1;
  const rest = close < 0 ? null : /^\s*(?:->[^:]*)?:([^]*)$/.exec(statement.slice(close + 1));
  if (!head || !rest) return undefined;
  const m = [head[0], head[1], statement.slice(head[0].length, close), rest[1]];
  const params: Procedure['params'] = [];
  for (const p of splitOutside(m[2], ',')) {
    const named = /^([A-Za-z_]\w*)\s*(?::\s*[^=]+?)?\s*(?:=\s*([^]+))?$/.exec(p.trim());
    if (!named) return undefined; // *args, **kwargs, / and *: not bound here
    params.push(named[2] === undefined ? { name: named[1] } : { name: named[1], default: named[2].trim() });
  }
  return { name: m[1], params, body: dedent(m[3].replace(/^[ \t]*\n/, '')) };
}

/** A statement that is one call of a name alone, `helper(a, b=1)`: the name and its arguments' text. */
export function bareCall(statement: string): { name: string; args: string } | undefined {
  const m = /^\s*([A-Za-z_]\w*)\s*\(/.exec(statement);
  if (!m) return undefined;
  const open = m[0].length - 1;
  const close = closingParen(statement, open);
  if (close < 0 || statement.slice(close + 1).trim() !== '') return undefined;
  return { name: m[1], args: statement.slice(open + 1, close) };
}

/**
 * The statements a call of the helper reads as: a lambda argument defined under a name of its own first, then
 * the body with each parameter written out as its argument and each name the body assigns renamed apart (a
 * helper's `x = np.linspace(...)` is its own, not the script's x). `serial` tells calls apart. A call that
 * does not bind (an unknown keyword, too many arguments, a parameter without a value) is refused by `fail`.
 */
export function callStatements(p: Procedure, args: string, serial: number, fail: (problem: string) => never): string[] {
  const { positional, keywords } = argumentTexts(args);
  if (positional.some((a) => a.startsWith('*')) || [...keywords.keys()].some((k) => k.startsWith('*'))) {
    fail(`${p.name}(${args.trim()}): arguments unpacked with * or ** are not read`);
  }
  if (positional.length > p.params.length) {
    fail(
      `${p.name}() takes ${p.params.length} arguments (${p.params.map((q) => q.name).join(', ')}), given ${positional.length}`,
    );
  }
  for (const k of keywords.keys()) {
    const at = p.params.findIndex((q) => q.name === k);
    if (at < 0) fail(`${p.name}() has no parameter '${k}'`);
    if (at < positional.length) fail(`${p.name}() got two values for its ${k}, in order and by name`);
  }
  const suffix = `_${p.name}_${serial}`;
  const before: string[] = [];
  const bound = new Map<string, string>();
  p.params.forEach((q, i) => {
    const given = i < positional.length ? positional[i] : (keywords.get(q.name) ?? q.default);
    if (given === undefined) fail(`${p.name}() needs its ${q.name}`);
    // A lambda given is a function of a name of its own, called as the script's are.
    if (/^lambda\b/.test(given!.trim())) {
      before.push(`${q.name}${suffix} = ${given!.trim()}`);
      bound.set(q.name, `${q.name}${suffix}`);
    } else bound.set(q.name, ATOM.test(given!.trim()) ? given!.trim() : `(${given!.trim()})`);
  });
  const locals = new Map([...assignedNames(p.body)].filter((n) => !bound.has(n)).map((n) => [n, `${n}${suffix}`]));
  const statements = statementLines(renamed(p.body, locals)).map((st) => st.text);
  // Its value, which a call alone on its line lets go; a return before the end would skip what follows.
  if (statements.length && /^\s*return\b/.test(statements[statements.length - 1])) statements.pop();
  if (statements.some((st) => /^\s*return\b/.test(st))) fail(`${p.name}(): a return before its end is not read`);
  return [...before, ...statements.map((st) => withStarredTuples(substituteNames(st, bound)))];
}

/**
 * An argument that stays one value where a parameter stood: a name (axs[0], np.tanh), a call, a number, a
 * string (or strings added up), a tuple or list; anything else (a + b) is put in parentheses.
 */
const QUOTE = String.raw`[rRuUfF]?(?:'[^'\\]*'|"[^"\\]*")`;
const ATOM = new RegExp(
  String.raw`^(?:[A-Za-z_][\w.]*(?:\[[^\]]*\])*(?:\([^()]*\))?|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|` +
    String.raw`(?:${QUOTE}\s*\+\s*)*${QUOTE}|\([^]*\)|\[[^]*\])$`,
);

/** The names a body assigns, at any depth: `x = ...`, `a, b = ...`. */
function assignedNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const line of body.split('\n')) {
    const m = /^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*,?\s*=(?!=)/.exec(line);
    if (m) m[1].split(',').forEach((n) => names.add(n.trim()));
  }
  return names;
}

/**
 * The text with each of the names renamed, outside strings: where it stands, is assigned, or is a lambda's
 * parameter; not an attribute (np.x), nor a keyword argument (f(x=1)), nor a string's prefix (f'...').
 */
function renamed(text: string, names: ReadonlyMap<string, string>): string {
  if (!names.size) return text;
  let out = '';
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') out += text[i + 1] ?? '';
      else if (c === quote) quote = undefined;
      i += c === '\\' ? 2 : 1;
      continue;
    }
    const word = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 200));
    if (word && !/[\w.]/.test(text[i - 1] ?? '')) {
      const name = word[0];
      const after = text.slice(i + name.length);
      const keyword = depth > 0 && /^\s*=(?!=)/.test(after);
      const prefix = /^['"]/.test(after);
      out += names.has(name) && !keyword && !prefix ? names.get(name)! : name;
      i += name.length;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    out += c;
    i++;
  }
  return out;
}

/** A tuple written out and unpacked into a call's arguments, `np.linspace(*(-5, 5), 200)`, as its items. */
function withStarredTuples(statement: string): string {
  return statement.replace(
    /([(,]\s*)\*\(\s*\(([^()]*)\)\s*\)|([(,]\s*)\*\(([^()]*)\)/g,
    (whole, a, inner, b, items) => {
      const parts = splitOutside(inner ?? items, ',');
      return parts.length > 1 ? `${a ?? b}${parts.join(', ')}` : whole;
    },
  );
}
