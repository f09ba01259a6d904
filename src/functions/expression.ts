/**
 * Custom expressions, e.g. "x * sigmoid(1.702 * x)": parsed by a small grammar of our own (never evaluated as
 * JavaScript) and compiled to closures that return the value and the exact derivative (forward-mode
 * automatic differentiation with dual numbers).
 *
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := ('+' | '-') unary | power
 *   power   := atom (('^' | '**') unary)?
 *   atom    := number | name | name '(' args ')' | '(' expr ')'
 *   args    := arg (',' arg)*     arg := expr | param '=' (number | name | 'string')
 */
import { describeUsage, didYouMean, UsageError, type FieldPath } from '../errors';

type Field = string | FieldPath;
import { FUNCTION_COST, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from '../limits';
import { erf, erfc, sigmoid, sigmoidGrad } from './math';
import { unqualified } from './qualified-names';
import type { ActivationFunction, BoundFunction } from './types';

/** A value and its derivative with respect to x. */
type Dual = [number, number];
/**
 * Each node is compiled twice: `v` gives the value alone and `d` the value with its derivative. Curves need only
 * values, and the value path allocates no pair per point (about twice as fast on long curves); both compute the
 * value by the same operations, so the two agree to the bit.
 */
interface Node {
  v: (x: number) => number;
  d: (x: number) => Dual;
}

interface Token {
  kind: 'num' | 'name' | 'str' | 'op' | 'end';
  text: string;
  col: number;
  value?: number;
}

export class ExpressionError extends UsageError {}

function fail(option: Field, source: string, col: number, what: string): never {
  throw new ExpressionError(option, { problem: `at column ${col} of '${source}': ${what}` });
}

function tokenize(src: string, option: Field): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(src.slice(i));
    if (num) {
      out.push({ kind: 'num', text: num[0], col: i + 1, value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    // A name, or one qualified by its module as scripts write it (torch.sigmoid, np.exp): qualified-names.ts.
    const name = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
    if (name) {
      out.push({ kind: 'name', text: name[0], col: i + 1 });
      i += name[0].length;
      continue;
    }
    if (c === "'" || c === '"') {
      // A Python string, as a parameter's value is written in a script: approximate='tanh'.
      const end = src.indexOf(c, i + 1);
      if (end < 0) fail(option, src, i + 1, `a string without its closing ${c}`);
      out.push({ kind: 'str', text: src.slice(i + 1, end), col: i + 1 });
      i = end + 1;
      continue;
    }
    const op = src.startsWith('**', i) ? '**' : c;
    if ('+-*/^(),='.includes(op[0]) || op === '**') {
      out.push({ kind: 'op', text: op, col: i + 1 });
      i += op.length;
      continue;
    }
    fail(option, src, i + 1, `unexpected character '${c}'`);
  }
  out.push({ kind: 'end', text: 'end of expression', col: src.length + 1 });
  return out;
}

/** Elementary functions of one argument: value and derivative with respect to the argument. */
const UNARY = new Map<string, [(a: number) => number, (a: number) => number]>([
  ['exp', [Math.exp, Math.exp]],
  ['expm1', [Math.expm1, Math.exp]],
  ['log', [Math.log, (a) => 1 / a]],
  ['log1p', [Math.log1p, (a) => 1 / (1 + a)]],
  ['log2', [Math.log2, (a) => 1 / (a * Math.LN2)]],
  ['log10', [Math.log10, (a) => 1 / (a * Math.LN10)]],
  ['sqrt', [Math.sqrt, (a) => 0.5 / Math.sqrt(a)]],
  ['abs', [Math.abs, (a) => Math.sign(a)]],
  ['sign', [Math.sign, () => 0]],
  ['erf', [erf, (a) => 1.1283791670955126 * Math.exp(-a * a)]],
  ['erfc', [erfc, (a) => -1.1283791670955126 * Math.exp(-a * a)]],
  ['sin', [Math.sin, Math.cos]],
  ['cos', [Math.cos, (a) => -Math.sin(a)]],
  ['tan', [Math.tan, (a) => 1 / Math.cos(a) ** 2]],
  ['atan', [Math.atan, (a) => 1 / (1 + a * a)]],
  ['sinh', [Math.sinh, Math.cosh]],
  ['cosh', [Math.cosh, Math.sinh]],
  ['tanh', [Math.tanh, (a) => 1 - Math.tanh(a) ** 2]],
  ['sigmoid', [sigmoid, sigmoidGrad]],
  ['softplus', [(a) => (a > 20 ? a : Math.log1p(Math.exp(a))), (a) => (a > 20 ? 1 : sigmoid(a))]],
]);

const CONSTANTS = new Map<string, number>([
  ['pi', Math.PI],
  ['e', Math.E],
]);

/** d(u^v) = v·u^(v−1)·du + u^v·ln(u)·dv, each term only where it is needed (u ≤ 0 has no logarithm). */
function powDual([u, du]: Dual, [v, dv]: Dual): Dual {
  const p = u ** v;
  return [p, (du === 0 ? 0 : v * u ** (v - 1) * du) + (dv === 0 ? 0 : p * Math.log(u) * dv)];
}

function constant(c: number): Node {
  return { v: () => c, d: () => [c, 0] };
}

export interface ExpressionContext {
  /** Registered activation functions by any of their names; undefined when unknown. */
  lookup(name: string): ActivationFunction | undefined;
  /** Resolves a function's parameters as --param does (defaults, validation). */
  params(f: ActivationFunction, given: Record<string, string>, option: Field): Record<string, number | string>;
  /** Every name the expression may call, for suggestions. */
  names(): string[];
}

class Parser {
  private pos = 0;
  private depth = 0;
  /** Work per point, in MAX_WORK's units (limits.ts): one per operator and operand, more for calls and powers. */
  cost = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly src: string,
    private readonly option: Field,
    private readonly ctx: ExpressionContext,
  ) {}

  parse(): Node {
    const node = this.expr();
    const t = this.peek();
    if (t.kind !== 'end') this.error(t, `unexpected '${t.text}'`);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }
  private next(): Token {
    return this.tokens[this.pos++];
  }
  private error(t: Token, what: string): never {
    return fail(this.option, this.src, t.col, what);
  }
  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === text;
  }
  private expect(text: string): void {
    const t = this.next();
    if (t.kind !== 'op' || t.text !== text) this.error(t, `expected '${text}' but found '${t.text}'`);
  }

  private nested<T>(t: Token, f: () => T): T {
    if (++this.depth > MAX_EXPRESSION_DEPTH) this.error(t, `nesting deeper than ${MAX_EXPRESSION_DEPTH} levels`);
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private expr(): Node {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text;
      const right = this.term();
      this.cost++;
      const [a, b] = [left, right];
      left =
        op === '+'
          ? {
              v: (x) => a.v(x) + b.v(x),
              d: (x) => {
                const [u, du] = a.d(x);
                const [v, dv] = b.d(x);
                return [u + v, du + dv];
              },
            }
          : {
              v: (x) => a.v(x) - b.v(x),
              d: (x) => {
                const [u, du] = a.d(x);
                const [v, dv] = b.d(x);
                return [u - v, du - dv];
              },
            };
    }
    return left;
  }

  private term(): Node {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.next().text;
      const right = this.unary();
      this.cost++;
      const [a, b] = [left, right];
      left =
        op === '*'
          ? {
              v: (x) => a.v(x) * b.v(x),
              d: (x) => {
                const [u, du] = a.d(x);
                const [v, dv] = b.d(x);
                return [u * v, (du === 0 ? 0 : du * v) + (dv === 0 ? 0 : u * dv)];
              },
            }
          : {
              v: (x) => a.v(x) / b.v(x),
              d: (x) => {
                const [u, du] = a.d(x);
                const [v, dv] = b.d(x);
                return [u / v, (du * v - u * dv) / (v * v)];
              },
            };
    }
    return left;
  }

  private unary(): Node {
    const t = this.peek();
    if (this.isOp('-') || this.isOp('+')) {
      this.next();
      const inner = this.nested(t, () => this.unary());
      this.cost++;
      return t.text === '-'
        ? {
            v: (x) => -inner.v(x),
            d: (x) => {
              const [u, du] = inner.d(x);
              return [-u, -du];
            },
          }
        : inner;
    }
    return this.power();
  }

  private power(): Node {
    const base = this.atom();
    if (!(this.isOp('^') || this.isOp('**'))) return base;
    const t = this.next();
    const exponent = this.nested(t, () => this.unary());
    this.cost += 4; // a power takes a log and an exp for its derivative
    return { v: (x) => base.v(x) ** exponent.v(x), d: (x) => powDual(base.d(x), exponent.d(x)) };
  }

  private atom(): Node {
    const t = this.unqualified(this.next());
    this.cost++;
    if (t.kind === 'num') {
      return constant(t.value!);
    }
    if (t.kind === 'op' && t.text === '(') {
      const inner = this.nested(t, () => this.expr());
      this.expect(')');
      return inner;
    }
    if (t.kind !== 'name') this.error(t, t.kind === 'end' ? 'unexpected end of expression' : `unexpected '${t.text}'`);
    if (this.isOp('(')) {
      this.next();
      return this.nested(t, () => this.call(t));
    }
    if (t.text === 'x') return { v: (x) => x, d: (x) => [x, 1] };
    const c = CONSTANTS.get(t.text);
    if (c !== undefined) return constant(c);
    const hint = didYouMean(t.text, ['x', ...CONSTANTS.keys()]);
    return this.error(t, `unknown name '${t.text}'; expected x, pi, e or a number${hint ? ` (${hint})` : ''}`);
  }

  /** A name qualified by its module (np.exp) as the expression's own (exp); any other token as it is. */
  private unqualified(t: Token): Token {
    if (t.kind !== 'name' || !t.text.includes('.')) return t;
    const r = unqualified(t.text, (n) => this.ctx.lookup(n) !== undefined);
    return 'error' in r ? this.error(t, r.error) : { ...t, text: r.name };
  }

  /** name(args...): an elementary function, max/min/pow, or a registered activation with named parameters. */
  private call(name: Token): Node {
    const args: Node[] = [];
    // No prototype: a parameter called __proto__ is a name like any other (and is refused as unknown).
    const named: Record<string, string> = Object.create(null) as Record<string, string>;
    if (!this.isOp(')')) {
      do {
        const t = this.peek();
        const afterName = this.tokens[this.pos + 1];
        if (t.kind === 'name' && afterName?.kind === 'op' && afterName.text === '=') {
          this.pos += 2;
          const v = this.next();
          const sign = v.kind === 'op' && v.text === '-' ? this.next() : undefined;
          if (!(v.kind === 'num' || v.kind === 'name' || v.kind === 'str' || (sign && sign.kind === 'num')))
            this.error(v, `expected a number or a name for ${t.text}`);
          if (t.text in named) this.error(t, `${t.text} is given twice; expected each parameter once`);
          named[t.text] = sign ? `-${sign.text}` : v.text;
        } else {
          args.push(this.expr());
        }
      } while (this.isOp(',') && this.next());
    }
    this.expect(')');
    // In an expression a registered function gives its value and its derivative at every point: twice its cost.
    this.cost += this.ctx.lookup(name.text) ? 2 * FUNCTION_COST : 2;
    if (name.text === 'max' || name.text === 'min' || name.text === 'pow') return this.binaryCall(name, args, named);
    // Registered activations first: sigmoid, tanh and softplus then take PyTorch's parameters too.
    const f = this.ctx.lookup(name.text);
    const unary = UNARY.get(name.text);
    if (!f && unary) return this.unaryCall(name, unary, args, named);
    if (!f) {
      const hint = didYouMean(name.text, [...UNARY.keys(), 'max', 'min', 'pow', ...this.ctx.names()]);
      return this.error(name, `unknown function '${name.text}'${hint ? ` (${hint})` : ''}`);
    }
    if (args.length !== 1)
      this.error(
        name,
        `${name.text} takes one argument and named parameters, e.g. ${f.name}(x${f.params[0] ? `, ${f.params[0].name}=${f.params[0].default}` : ''})`,
      );
    let bound: BoundFunction;
    try {
      bound = f.bind(this.ctx.params(f, named, this.option));
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      return this.error(name, describeUsage(err.detail));
    }
    const a = args[0];
    return {
      v: (x) => bound.value(a.v(x)),
      d: (x) => {
        const [u, du] = a.d(x);
        return [bound.value(u), du === 0 ? 0 : bound.grad(u) * du];
      },
    };
  }

  private unaryCall(
    name: Token,
    [f, df]: [(a: number) => number, (a: number) => number],
    args: Node[],
    named: Record<string, string>,
  ): Node {
    if (args.length !== 1 || Object.keys(named).length) this.error(name, `${name.text} takes one argument`);
    const a = args[0];
    return {
      v: (x) => f(a.v(x)),
      d: (x) => {
        const [u, du] = a.d(x);
        return [f(u), du === 0 ? 0 : df(u) * du];
      },
    };
  }

  private binaryCall(name: Token, args: Node[], named: Record<string, string>): Node {
    if (args.length !== 2 || Object.keys(named).length) this.error(name, `${name.text} takes two arguments`);
    const [a, b] = args;
    if (name.text === 'pow') return { v: (x) => a.v(x) ** b.v(x), d: (x) => powDual(a.d(x), b.d(x)) };
    const pickMax = name.text === 'max';
    return {
      v: (x) => {
        const u = a.v(x);
        const v = b.v(x);
        return u === v ? u : u > v === pickMax ? u : v;
      },
      // At a tie PyTorch splits the gradient evenly between the two arguments.
      d: (x) => {
        const [u, du] = a.d(x);
        const [v, dv] = b.d(x);
        if (u === v) return [u, (du + dv) / 2];
        return u > v === pickMax ? [u, du] : [v, dv];
      },
    };
  }
}

/** Compiles an expression in x; throws an ExpressionError naming the column of the problem. */
export function compileExpression(source: string, ctx: ExpressionContext, option: Field = 'expr'): BoundFunction {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(option, {
      given: `an expression of ${source.length} characters`,
      expected: `at most ${MAX_EXPRESSION_LENGTH}`,
    });
  }
  if (!source.trim())
    throw new ExpressionError(option, { given: "''", expected: "an expression in x, e.g. 'x * sigmoid(x)'" });
  const parser = new Parser(tokenize(source, option), source, option, ctx);
  const node = parser.parse();
  return { value: node.v, grad: (x) => node.d(x)[1], cost: parser.cost };
}
