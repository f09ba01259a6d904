/**
 * A script's own activation module, `class Swish(nn.Module)` with an `__init__` that keeps its parameters
 * (`self.beta = beta`) and a `forward(self, x)` (or `__call__`) that returns an expression, read as the function
 * it computes: a def of x and the parameters, `Swish__forward(x, beta=1.0)`, which a module made (`Swish(2.0)`,
 * `act = Swish()`) and called (`act(x)`, `Swish(2.0)(x)`, `.forward(x)`) draws. Pure: texts in, texts out.
 */
import { closingParen, splitOutside } from '../pycall';
import { dedent } from './script-flow';
import { statementLines } from './script-definitions';

/** What a class becomes: the class's name, and its def's name and text. */
export interface ClassFunction {
  cls: string;
  name: string;
  def: string;
}

const CLASS = /^\s*class\s+([A-Za-z_]\w*)\s*(?:\([^)]*\))?\s*:([^]*)$/;
const METHOD = /^def\s+([A-Za-z_]\w*)\s*\(\s*self\s*(?:,([^)]*))?\)\s*(?:->[^:]*)?:([^]*)$/;

/** The def a class statement computes as a module; undefined for a class of any other shape. */
export function classFunction(statement: string): ClassFunction | undefined {
  const m = CLASS.exec(statement);
  if (!m) return undefined;
  let params = '';
  const attributes = new Map<string, string>();
  let forward: { arg: string; body: string } | undefined;
  for (const { text } of statementLines(dedent(m[2].replace(/^[ \t]*\n/, '')))) {
    const t = text.trim();
    if (t === 'pass' || /^['"]/.test(t)) continue; // a docstring
    const method = METHOD.exec(t);
    if (!method) return undefined;
    const body = dedent(method[3].replace(/^[ \t]*\n/, ''));
    if (method[1] === '__init__') {
      params = method[2] ?? '';
      for (const line of statementLines(body).map((st) => st.text.trim())) {
        if (/^super\(\s*(?:[^)]*)\)\.__init__\(\s*\)$/.test(line) || /^nn\.Module\.__init__\(self\)$/.test(line))
          continue;
        const set = /^self\.([A-Za-z_]\w*)\s*=(?!=)\s*([^]+)$/.exec(line);
        if (!set) return undefined;
        attributes.set(set[1], set[2].trim());
      }
    } else if (method[1] === 'forward' || method[1] === '__call__') {
      const args = splitOutside(method[2] ?? '', ',');
      if (args.length !== 1 || !/^[A-Za-z_]\w*$/.test(args[0].replace(/:.*$/, '').trim())) return undefined;
      forward = { arg: args[0].replace(/:.*$/, '').trim(), body };
    } else if (method[1] !== 'extra_repr') return undefined;
  }
  if (!forward) return undefined;
  // self.beta: the value __init__ kept, of its parameters.
  const body = forward.body.replace(/\bself\.([A-Za-z_]\w*)\b/g, (whole, attr: string) => {
    const value = attributes.get(attr);
    return value === undefined ? whole : `(${value})`;
  });
  if (/\bself\b/.test(body)) return undefined;
  const name = `${m[1]}__forward`;
  const list = [forward.arg, ...splitOutside(params, ',').filter((p) => !/^\*/.test(p))].join(', ');
  const indented = body
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  return { cls: m[1], name, def: `def ${name}(${list}):\n${indented}` };
}

/**
 * A statement with each module of the script's classes made and called at once (`Swish(2.0)(x)`,
 * `Swish(beta=1.0).forward(x)`) as the call of its def, and one made under a name (`act = Swish()`) as a lambda
 * of it, which later calls call.
 */
export function withClassCalls(statement: string, classes: ReadonlySet<string>): string {
  if (!classes.size) return statement;
  const made = new RegExp(`(?<![\\w.])(${[...classes].join('|')})\\s*\\(`, 'g');
  let out = statement;
  for (let m = made.exec(out); m; m = made.exec(out)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(out, open);
    if (close < 0) break;
    const args = out.slice(open + 1, close).trim();
    const call = /^\s*(?:\.\s*(?:forward|__call__)\s*)?\(/.exec(out.slice(close + 1));
    if (call) {
      // Swish(2.0)(x): the def of x and the arguments.
      const argOpen = close + call[0].length;
      const argClose = closingParen(out, argOpen);
      if (argClose < 0) break;
      const x = out.slice(argOpen + 1, argClose).trim();
      const text = `${m[1]}__forward(${[x, args].filter(Boolean).join(', ')})`;
      out = out.slice(0, m.index) + text + out.slice(argClose + 1);
      made.lastIndex = m.index + text.length;
      continue;
    }
    // act = Swish(): a function of its own x.
    const assigned = /^\s*[A-Za-z_]\w*\s*=\s*$/.test(out.slice(0, m.index));
    if (assigned && out.slice(close + 1).trim() === '') {
      const text = `lambda v__: ${m[1]}__forward(${['v__', args].filter(Boolean).join(', ')})`;
      out = out.slice(0, m.index) + text;
      break;
    }
  }
  return out;
}
