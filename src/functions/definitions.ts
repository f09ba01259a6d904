/**
 * A script's own definitions, as it writes them before it plots: `y = torch.sigmoid(x)`,
 * `def swish(x, beta=1.0): return x * torch.sigmoid(beta * x)`, `f = lambda x: x * (x > 0)`. An expression that
 * names them is written out with them (`inline`), so that what is drawn is an expression like any other, with
 * its exact derivative, wherever it is read again (a worker thread, the data stage). Pure.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { MAX_EXPRESSION_LENGTH } from '../limits';
import { tokenize, type Token } from './expression-tokens';
import { closingBracket, splitOutside } from '../pycall';
import { withGradients } from './autograd';
import { withoutConversions } from './conversions';
import { torchModule } from './qualified-names';

export interface Definition {
  name: string;
  /** A function's parameters, each with its default as written (none: the argument is required). */
  params?: { name: string; default?: string }[];
  body: string;
  /** Why a definition the script has could not be read: an error only where an expression names it. */
  unread?: UsageError;
  /**
   * The body is written out already (a def's local value, in terms of the parameters and the values before
   * it): inlined as it is, its names not looked up again, so that `x = 2 * x` rebinds a parameter as Python does.
   */
  writtenOut?: true;
  /** A lambda's (f = lambda x: ...): Python names it '<lambda>'. */
  lambda?: true;
}

const DEF = /^\s*def\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*(?:->\s*[\w.[\], ]+)?:\s*return\s+([^]+?)\s*$/;
const LAMBDA = /^\s*([A-Za-z_]\w*)\s*=\s*lambda\b([^:]*):([^]+?)\s*$/;
const VALUE = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s*([^]+?)\s*$/;
/** How deep definitions may name each other: deeper is a definition that names itself, or near enough. */
const MAX_DEPTH = 32;

/** One definition read from a script's line. */
export function readDefinition(text: string, at: FieldPath): Definition {
  const expected =
    "a script's definition: 'y = torch.sigmoid(x)', 'def f(x): return x * torch.sigmoid(x)' or " +
    "'f = lambda x: x * (x > 0)'";
  const lambda = LAMBDA.exec(text);
  const def = DEF.exec(text) ?? lambda;
  if (def) {
    const [, name, list, body] = def;
    const params = list.trim() ? list.split(',').map((p) => param(p, text, at)) : [];
    return checked({ name, params, body: expressionOf(body, at), ...(lambda && { lambda: true as const }) }, text, at);
  }
  const local = DEF_BLOCK.exec(text);
  if (local) return checked(blockDefinition(local, text, at), text, at);
  if (/^\s*def\b/.test(text)) {
    throw badValue(at, text, `${expected}; a def of assignments and one return expression`);
  }
  const value = VALUE.exec(text);
  if (!value) throw badValue(at, text, expected);
  return checked({ name: value[1], body: expressionOf(value[2], at) }, text, at);
}

/**
 * A body as the expression reader takes it: without the conversions that change no value (.detach(),
 * .requires_grad_(True)), its autograd calls as the gradients they compute (functions/autograd.ts).
 */
function expressionOf(body: string, at: FieldPath): string {
  const plain = withoutConversions(body.trim());
  return withGradients(plain, at) ?? plain;
}

/** Names given a tuple's values: `a, b = 1, 2` (a trailing comma after the names too). */
const TUPLE_LINE = /^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*,?\s*=(?!=)\s*([^]+?)\s*$/;

/** A tuple of one name unpacked: `grad, = ...`, `(grad,) = ...`, `[grad] = ...`. */
const SINGLE =
  /^\s*(?:\(\s*([A-Za-z_]\w*)\s*,\s*\)|\[\s*([A-Za-z_]\w*)\s*\]|([A-Za-z_]\w*)\s*,)\s*=(?!=)\s*([^]+?)\s*$/;

/**
 * The definitions of a script's line: one, or one a name for a tuple's (`sigmoid, tanh = torch.sigmoid,
 * torch.tanh`). A name given a function's name (`gelu = F.gelu`) is that function under another name.
 */
export function readDefinitions(text: string, at: FieldPath): Definition[] {
  // grad, = torch.autograd.grad(y.sum(), x) (or (grad,) =, [grad] =): the one value of the tuple the call gives.
  const single = SINGLE.exec(text);
  if (single) return [readDefinition(`${single[1] ?? single[2] ?? single[3]} = ${single[4]}[0]`, at)];
  const tuple = TUPLE_LINE.exec(text);
  if (!tuple) return [readDefinition(text, at)];
  const names = tuple[1].split(',').map((n) => n.trim());
  const values = unpacked(tuple[2]);
  if (values.length !== names.length) {
    throw badValue(at, text, `as many values as names (${names.length}), as Python unpacks them`);
  }
  return names.map((n, i) => readDefinition(`${n} = ${values[i]}`, at));
}

/** A tuple's values, or a list's, where one in brackets is all of it: `1, 2`, `(1, 2)`, `[1, 2]`, `((1, 2))`. */
function unpacked(value: string): string[] {
  let items = splitOutside(value, ',');
  while (items.length === 1 && /^[([]/.test(items[0]) && closingBracket(items[0], 0) === items[0].length - 1) {
    items = splitOutside(items[0].slice(1, -1), ',');
  }
  return items;
}

/** A def whose body names values before it returns: `s = sigmoid(x)` then `return s * (1 - s)`. */
const DEF_BLOCK = /^\s*def\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*(?:->\s*[\w.[\], ]+)?:\s*\n([^]+)$/;

/** Such a def as one expression: the return's, each local value written out in it. */
function blockDefinition(m: RegExpExecArray, text: string, at: FieldPath): Definition {
  const [, name, list, block] = m;
  const lines = block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && l !== 'pass');
  const last = lines.pop() ?? '';
  const ret = /^return\s+([^]+)$/.exec(last);
  if (!ret) throw badValue(at, text, 'a def that ends in one return expression');
  const locals = new Map<string, Definition>();
  for (const l of lines) {
    // alpha, scale = 1.67, 1.05: each name its value, every value read with the locals before the line (as
    // Python reads the whole tuple before it assigns: a, b = b, a swaps them).
    const tuple = TUPLE_LINE.exec(l);
    if (tuple) {
      const names = tuple[1].split(',').map((n) => n.trim());
      const values = splitOutside(tuple[2], ',');
      if (values.length !== names.length) {
        throw badValue(at, text, `as many values as names in '${l}' (${names.length}), as Python unpacks them`);
      }
      const bodies = values.map((value) => inline(expressionOf(value, at), locals, at));
      names.forEach((n, i) => locals.set(n, { name: n, body: bodies[i], writtenOut: true }));
      continue;
    }
    const v = VALUE.exec(l);
    if (!v || /^(?:if|for|while|with|try|return)\b/.test(l)) {
      throw badValue(at, text, `a def of assignments and one return expression ('${l}' is neither)`);
    }
    // A local value may name the ones before it: written out as it is read, so that one naming itself (x = 2 * x,
    // x = np.asarray(x)) means the value before, as in Python. One the same as before
    // (x = x.detach().clone().requires_grad_(True), which changes no value) changes nothing.
    const body = inline(expressionOf(v[2], at), locals, at);
    if (body.replace(/[()\s]/g, '') !== v[1]) locals.set(v[1], { name: v[1], body, writtenOut: true });
  }
  const params = list.trim() ? list.split(',').map((p) => param(p, text, at)) : [];
  return { name, params, body: inline(expressionOf(ret[1], at), locals, at) };
}

function param(written: string, text: string, at: FieldPath): { name: string; default?: string } {
  const m = /^\s*([A-Za-z_]\w*)\s*(?:=\s*(\S[^]*?))?\s*$/.exec(written);
  if (!m) throw badValue(at, text, 'parameters as names, with a default or not: (x, beta=1.0)');
  return m[2] === undefined ? { name: m[1] } : { name: m[1], default: m[2] };
}

function checked(d: Definition, text: string, at: FieldPath): Definition {
  if (d.name === 'x') {
    throw new UsageError(at, { given: `'${text}'`, expected: 'a name other than x', hint: "x's line is --x's" });
  }
  const names = (d.params ?? []).map((p) => p.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw badValue(at, text, `parameters of different names (${twice} is twice)`);
  tokenize(d.body, at); // what the body holds is read where it is used; its characters are checked now
  return d;
}

/** The source offset just past a token (a string's quotes included). */
const endOf = (t: Token) => t.col - 1 + t.text.length + (t.kind === 'str' ? 2 : 0);
const isOp = (t: Token | undefined, op: string) => t?.kind === 'op' && t.text === op;

/**
 * The source with every name of a definition written out: a value as its expression in parentheses, a call of
 * a function as its body, its parameters replaced by the arguments given (by position or by name, defaults
 * for the rest). A name before '=' (a keyword argument's) is left as it is.
 */
export function inline(source: string, defs: ReadonlyMap<string, Definition>, at: FieldPath, depth = 0): string {
  if (!defs.size) return source;
  const tokens = tokenize(source, at);
  let out = '';
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A module under a name of the script's (npy.exp, norm.cdf after from scipy.stats import norm): its own name.
    const head = t.kind === 'name' && t.text.includes('.') ? defs.get(t.text.slice(0, t.text.indexOf('.'))) : undefined;
    if (head && !head.params && !head.unread && FUNCTION_NAME.test(head.body)) {
      out += `${source.slice(from, t.col - 1)}${head.body}${t.text.slice(t.text.indexOf('.'))}`;
      from = endOf(t);
      continue;
    }
    const d = t.kind === 'name' ? defs.get(t.text) : undefined;
    // A name before '=' is a keyword argument's, f(beta=2): no reference to a definition.
    if (!d || isOp(tokens[i + 1], '=')) continue;
    if (d.unread) throw d.unread;
    if (depth >= MAX_DEPTH) {
      throw new UsageError(at, {
        problem: `'${d.name}' is defined in terms of itself, or ${MAX_DEPTH} definitions deep; expected definitions that end`,
      });
    }
    let end = endOf(t);
    let written: string;
    if (!d.params && (FUNCTION_NAME.test(d.body) || isModule(d.body)) && isOp(tokens[i + 1], '(')) {
      // gelu = F.gelu: a function under another name, called as it is; function = torch.nn.ELU(): the module.
      out += `${source.slice(from, t.col - 1)}${d.writtenOut ? d.body : inline(d.body, defs, at, depth + 1)}`;
      from = endOf(t);
      continue;
    }
    if (!d.params) {
      if (isOp(tokens[i + 1], '(')) {
        throw new UsageError(at, {
          problem: `${d.name} is a value (${d.name} = ...), not a function; write ${d.name} alone`,
        });
      }
      written = d.writtenOut ? d.body : inline(d.body, defs, at, depth + 1);
    } else {
      if (!isOp(tokens[i + 1], '(')) {
        throw new UsageError(at, { problem: `${d.name} is a function: call it, ${d.name}(x)` });
      }
      const call = argumentsOf(tokens, i + 1, source, at);
      end = call.end;
      const args = call.args.map((a) => ({ ...a, text: argumentText(a.text, defs, at, depth + 1) }));
      written = inline(substitute(d, args, source, at), defs, at, depth + 1);
    }
    out += `${source.slice(from, t.col - 1)}(${written})`;
    from = end;
    i = lastTokenBefore(tokens, end, i);
    if (out.length > MAX_EXPRESSION_LENGTH) {
      throw badValue(at, source, `definitions that write out to at most ${MAX_EXPRESSION_LENGTH} characters`);
    }
  }
  return out + source.slice(from);
}

/**
 * An argument written out: a function passed by name (grad(swish, x), f(torch.sigmoid)) stays a name, an
 * alias as the function it names, to be called inside; any other as an expression.
 */
function argumentText(text: string, defs: ReadonlyMap<string, Definition>, at: FieldPath, depth: number): string {
  let name = text.trim();
  for (let d = defs.get(name); d && !d.params && !d.unread && FUNCTION_NAME.test(d.body); d = defs.get(name)) {
    if (d.body === name || depth++ >= MAX_DEPTH) break;
    name = d.body;
  }
  if (FUNCTION_NAME.test(name) && (defs.get(name)?.params || !defs.has(name))) return name;
  return inline(text, defs, at, depth);
}

const FUNCTION_NAME = /^[A-Za-z_][\w.]*$/;

/** A torch.nn module made: `torch.nn.ELU()`, `nn.LeakyReLU(0.2)` (a function of x once called). */
export function isModule(body: string): boolean {
  const m = /^([A-Za-z_][\w.]*)\s*\([^()]*\)$/.exec(body.trim());
  return m !== null && torchModule(m[1]) !== undefined;
}

/** The index of the last token before the source offset `end` (the loop goes on after it). */
function lastTokenBefore(tokens: Token[], end: number, i: number): number {
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].kind !== 'end' && tokens[j + 1].col - 1 < end) j++;
  return j;
}

interface Argument {
  name?: string;
  text: string;
}

/** A call's arguments from its '(' at tokens[open]: each one's text, and its name when given by name. */
function argumentsOf(tokens: Token[], open: number, source: string, at: FieldPath): { args: Argument[]; end: number } {
  const args: Argument[] = [];
  let depth = 0;
  let start = open + 1;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'end') break;
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) depth--;
    if ((depth === 1 && isOp(t, ',')) || depth === 0) {
      if (j > start) {
        const named = tokens[start].kind === 'name' && isOp(tokens[start + 1], '=') && j > start + 2;
        const first = named ? start + 2 : start;
        args.push({
          ...(named && { name: tokens[start].text }),
          text: source.slice(tokens[first].col - 1, endOf(tokens[j - 1])),
        });
      }
      start = j + 1;
      if (depth === 0) return { args, end: endOf(t) };
    }
  }
  throw badValue(at, source, 'a call with its closing parenthesis');
}

/** The body with each parameter replaced by its argument, in parentheses. */
function substitute(d: Definition, args: Argument[], source: string, at: FieldPath): string {
  const params = d.params!;
  const given = new Map<string, string>();
  const positional = args.filter((a) => a.name === undefined);
  const names = params.map((p) => p.name);
  const problem = (what: string) => new UsageError(at, { problem: `in '${source}': ${what}` });
  if (positional.length > params.length) {
    throw problem(`${d.name}() takes at most ${params.length} arguments (${names.join(', ')})`);
  }
  positional.forEach((a, k) => given.set(params[k].name, a.text));
  for (const a of args.filter((a) => a.name !== undefined)) {
    if (!names.includes(a.name!)) {
      throw problem(`${d.name}() has no parameter '${a.name}'; it takes ${names.join(', ') || 'none'}`);
    }
    if (given.has(a.name!)) throw problem(`${d.name}() got ${a.name} twice`);
    given.set(a.name!, a.text);
  }
  for (const p of params) {
    if (given.has(p.name)) continue;
    if (p.default === undefined) throw problem(`${d.name}() needs its ${p.name}`);
    given.set(p.name, p.default);
  }
  const tokens = tokenize(d.body, at);
  let out = '';
  let from = 0;
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'name' || !given.has(t.text) || isOp(tokens[i + 1], '=')) continue;
    // A name alone (a function passed to a def, grad(swish, x)) as it is, to be called there; else in parentheses.
    const arg = given.get(t.text)!.trim();
    out += `${d.body.slice(from, t.col - 1)}${/^[A-Za-z_][\w.]*$/.test(arg) ? arg : `(${arg})`}`;
    from = endOf(t);
  }
  return out + d.body.slice(from);
}
