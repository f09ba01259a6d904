/**
 * Custom expressions, e.g. "x * sigmoid(1.702 * x)": parsed by a small grammar of our own (never evaluated as
 * JavaScript) and compiled to closures that return the value and the exact derivative (forward-mode
 * automatic differentiation with dual numbers).
 *
 *   logic   := compare (('&' | '|') compare)*
 *   compare := expr (('<' | '<=' | '>' | '>=' | '==' | '!=') expr)?
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := ('+' | '-') unary | power
 *   power   := atom (('^' | '**') unary)?
 *   atom    := number | name | name '(' args ')' | '(' logic ')'
 *   args    := arg (',' arg)*     arg := logic | param '=' (number | name | 'string')
 *
 * A comparison is 1 where it holds and 0 elsewhere, as numpy's booleans count (x * (x > 0) is ReLU), and
 * where(cond, a, b), clip(a, lo, hi) and clamp(a, min=, max=) take them as numpy and torch do.
 */
import { describeUsage, didYouMean, UsageError } from '../errors';
import { ExpressionError, fail, tokenize, type Field, type Token } from './expression-tokens';

export { ExpressionError };

import { FUNCTION_COST, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from '../limits';
import {
  comparisonNode,
  constant,
  CONSTANTS,
  logicalNode,
  powDual,
  unaryNode,
  UNARY,
  type Comparison,
  type Node,
} from './expression-nodes';
import { withoutConversions } from './conversions';
import { SPECIAL, specialNode } from './expression-special';
import { functionalName, GRAD_CALL, torchModule, unqualified, type ModuleClass } from './qualified-names';
import { withActivationsByName } from './activations-by-name';
import { FUNCTIONAL_SIGNATURES, torchArguments, type TorchCall } from './torch-signatures';
import { torchAttribute, torchRepr } from './torch-repr';
import type { ActivationFunction, BoundFunction, ParamValues } from './types';

/** The calls the grammar reads itself, ahead of any function of the same name. */
const COMPARISONS = ['<', '<=', '>', '>=', '==', '!='];

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
    const node = this.logic();
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

  private logic(): Node {
    let left = this.compare();
    while (this.isOp('&') || this.isOp('|')) {
      const op = this.next().text as '&' | '|';
      left = logicalNode(op, left, this.compare());
      this.cost++;
    }
    return left;
  }

  private compare(): Node {
    const left = this.expr();
    if (!COMPARISONS.includes(this.peek().text) || this.peek().kind !== 'op') return left;
    const op = this.next().text as Comparison;
    const right = this.expr();
    this.cost++;
    const t = this.peek();
    if (t.kind === 'op' && COMPARISONS.includes(t.text)) {
      this.error(t, 'comparisons are not chained here; write (a < x) & (x < b)');
    }
    return comparisonNode(op, left, right);
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
    const written = this.next();
    const module = written.kind === 'name' ? torchModule(written.text) : undefined;
    if (module) return this.moduleCall(written, module);
    if (written.kind === 'name' && written.text === GRAD_CALL) {
      this.error(
        written,
        'a gradient (torch.autograd.grad, x.grad) is drawn as the whole of a curve, plt.plot(x, x.grad); ' +
          'inside an expression it is not drawn yet',
      );
    }
    if (written.kind === 'name' && /^(?:np|numpy)\.gradient$/.test(written.text)) {
      this.error(written, 'np.gradient(y, x) is drawn as the whole of a curve, plt.plot(x, np.gradient(y, x))');
    }
    if (written.kind === 'name' && written.text === 'x.grad') {
      this.error(written, 'x.grad is known after a backward() line, e.g. y.backward(torch.ones_like(x))');
    }
    const t = this.unqualified(written);
    this.cost++;
    if (t.kind === 'num') {
      return constant(t.value!);
    }
    if (t.kind === 'op' && t.text === '(') {
      const inner = this.nested(t, () => this.logic());
      this.expect(')');
      return inner;
    }
    if (t.kind !== 'name') this.error(t, t.kind === 'end' ? 'unexpected end of expression' : `unexpected '${t.text}'`);
    if (this.isOp('(')) {
      this.next();
      const functional = functionalName(written.text);
      const torch = functional && { call: `F.${functional}`, signature: FUNCTIONAL_SIGNATURES[functional] };
      return this.nested(t, () => this.call(t, torch || undefined));
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

  /**
   * name(args...): an elementary function, max/min/pow, where/clip/clamp, or a registered activation with its
   * parameters by name or, after x, in PyTorch's order (F.leaky_relu(x, 0.2)).
   */
  private call(name: Token, torch?: TorchCall): Node {
    const args: Node[] = [];
    const inOrder: string[] = [];
    const activation = !SPECIAL.includes(name.text) ? this.ctx.lookup(name.text) : undefined;
    // No prototype: a parameter called __proto__ is a name like any other (and is refused as unknown).
    const named: Record<string, string> = Object.create(null) as Record<string, string>;
    if (!this.isOp(')')) {
      do {
        const t = this.peek();
        const afterName = this.tokens[this.pos + 1];
        if (t.kind === 'name' && afterName?.kind === 'op' && afterName.text === '=') {
          this.namedArgument(named);
        } else if (activation && args.length && this.atLiteral()) {
          inOrder.push(this.literal('expected a number'));
        } else {
          args.push(this.logic());
        }
      } while (this.isOp(',') && this.next());
    }
    this.expect(')');
    // In an expression a registered function gives its value and its derivative at every point: twice its cost.
    this.cost += activation ? 2 * FUNCTION_COST : 2;
    const special = specialNode(name.text, args, named, (what) => this.error(name, what));
    if (special) return special;
    // Registered activations first: sigmoid, tanh and softplus then take PyTorch's parameters too.
    const unary = UNARY.get(name.text);
    if (!activation && unary) {
      if (args.length !== 1 || Object.keys(named).length) this.error(name, `${name.text} takes one argument`);
      return unaryNode(unary, args[0]);
    }
    if (!activation) {
      const hint = didYouMean(name.text, [...UNARY.keys(), ...SPECIAL, ...this.ctx.names()]);
      return this.error(name, `unknown function '${name.text}'${hint ? ` (${hint})` : ''}`);
    }
    return this.activationCall(name, activation, args, this.paramsOf(name, activation, inOrder, named, torch));
  }

  /** name=value: a parameter by name, each once. */
  private namedArgument(named: Record<string, string>): void {
    const t = this.next();
    this.next();
    if (t.text in named) this.error(t, `${t.text} is given twice; expected each parameter once`);
    named[t.text] = this.literal(`expected a number or a name for ${t.text}`);
  }

  /**
   * nn.GELU(approximate='tanh')(x): a torch.nn module built with its parameters (in the order of its
   * constructor, which is the functional's after x, or by name) and called on one argument.
   */
  private moduleCall(name: Token, module: ModuleClass | { error: string }): Node {
    const { f, params } = this.moduleArguments(name, module);
    if (!this.isOp('(')) this.error(name, `${name.text}(...) is a module: call it on x, as ${name.text}()(x)`);
    this.next();
    if (this.isOp(')')) this.error(name, `${name.text}(...) is called on one argument, as ${name.text}()(x)`);
    const args = [this.nested(name, () => this.logic())];
    this.expect(')');
    this.cost += 2 * FUNCTION_COST;
    return this.activationCall(name, f, args, params);
  }

  /** A torch.nn module made, `nn.ELU(alpha=0.5)`: its function, and its parameters bound as PyTorch binds them. */
  moduleArguments(
    name: Token,
    module: ModuleClass | { error: string },
  ): { f: ActivationFunction; params: Record<string, string> } {
    if ('error' in module) return this.error(name, module.error);
    const f = this.ctx.lookup(module.fn)!;
    this.expect('(');
    const inOrder: string[] = [];
    const named: Record<string, string> = Object.create(null) as Record<string, string>;
    if (!this.isOp(')')) {
      do {
        const [t, afterName] = this.tokens.slice(this.pos, this.pos + 2);
        if (t.kind === 'name' && afterName?.kind === 'op' && afterName.text === '=') this.namedArgument(named);
        else inOrder.push(this.literal(`expected a number or a string: ${name.text}'s parameters`));
      } while (this.isOp(',') && this.next());
    }
    this.expect(')');
    return { f, params: this.paramsOf(name, f, inOrder, named, module) };
  }

  /** The next tokens as one module made (nothing after it): its function, parameters and class; else undefined. */
  module(): { f: ActivationFunction; params: Record<string, string>; module: ModuleClass } | undefined {
    const name = this.next();
    const module = name.kind === 'name' ? torchModule(name.text) : undefined;
    if (!module || 'error' in module) return undefined;
    const made = this.moduleArguments(name, module);
    return this.peek().kind === 'end' ? { ...made, module } : undefined;
  }

  /** Whether the next argument is a number or a string by itself (a parameter given in order). */
  private atLiteral(): boolean {
    const [t, u, w] = this.tokens.slice(this.pos, this.pos + 3);
    const end = (k: Token | undefined) => k?.kind === 'op' && (k.text === ',' || k.text === ')');
    if (t.kind === 'num' || t.kind === 'str' || (t.kind === 'name' && /^(True|False)$/.test(t.text))) return end(u);
    return t.kind === 'op' && t.text === '-' && u?.kind === 'num' && end(w);
  }

  /** A parameter's value as written: a number (maybe negative), a name or a string. */
  private literal(what: string): string {
    const v = this.next();
    const sign = v.kind === 'op' && v.text === '-' ? this.next() : undefined;
    if (!(v.kind === 'num' || v.kind === 'name' || v.kind === 'str' || (sign && sign.kind === 'num'))) {
      this.error(v, what);
    }
    return sign ? `-${sign.text}` : v.text;
  }

  /**
   * The parameters given in order after x and by name: under PyTorch's signature for F.'s functions and
   * torch.nn's modules (torch-signatures.ts), else in the order of actplot's, inplace (and rrelu's
   * training=False) set aside as changing no value.
   */
  private paramsOf(
    name: Token,
    f: ActivationFunction,
    inOrder: string[],
    named: Record<string, string>,
    torch?: TorchCall,
  ) {
    if (torch) {
      const bound = torchArguments(torch.call, torch.signature, inOrder, named);
      return 'error' in bound ? this.error(name, bound.error) : bound.params;
    }
    const all: Record<string, string> = Object.create(null) as Record<string, string>;
    inOrder.forEach((v, i) => {
      const p = f.params[i];
      if (!p) {
        const count = f.params.length;
        const what = count ? `${count} parameter${count === 1 ? '' : 's'}` : 'no parameters';
        this.error(name, `${name.text} takes ${what} after x`);
      }
      all[p.name] = v;
    });
    for (const [k, v] of Object.entries(named)) {
      if (k === 'inplace' || (k === 'training' && v === 'False')) continue;
      if (k in all) this.error(name, `${k} is given twice, in order and by name`);
      all[k] = v;
    }
    return all;
  }

  /** A registered activation of one argument: its value and derivative through the chain rule. */
  private activationCall(name: Token, f: ActivationFunction, args: Node[], params: Record<string, string>): Node {
    if (args.length !== 1)
      this.error(
        name,
        `${name.text} takes one argument and named parameters, e.g. ${f.name}(x${f.params[0] ? `, ${f.params[0].name}=${f.params[0].default}` : ''})`,
      );
    let bound: BoundFunction;
    try {
      bound = f.bind(this.ctx.params(f, params, this.option));
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
}

/**
 * str() of a torch.nn module as a script makes it (`torch.nn.ELU()`, `nn.LeakyReLU(0.2)`), as PyTorch prints
 * it (`ELU(alpha=1.0)`); undefined for any other text or a module without a printed form here.
 */
export function moduleRepr(source: string, ctx: ExpressionContext, option: Field = 'expr'): string | undefined {
  const made = new Parser(tokenize(source, option), source, option, ctx).module();
  if (!made) return undefined;
  // transformers' classes show no extra_repr: nn.Module prints their name alone, NewGELUActivation().
  if (made.module.from === 'transformers') return `${made.module.cls}()`;
  return torchRepr(made.f.name, ctx.params(made.f, made.params, option) as ParamValues);
}

/**
 * An attribute of the torch.nn module a text makes (nn.Softplus(beta=2).beta), as Python prints its value:
 * torch-repr.ts's torchAttribute; undefined for another text or attribute.
 */
export function moduleAttribute(source: string, attr: string, ctx: ExpressionContext, option: Field = 'expr') {
  const made = new Parser(tokenize(source, option), source, option, ctx).module();
  if (!made) return undefined;
  return torchAttribute(made.f.name, attr, made.params[attr], ctx.params(made.f, made.params, option) as ParamValues);
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
  // F.relu(x).numpy() as a script converts it: the same values; autograd's calls as the gradients they are;
  // ACT2FN["gelu_new"](x) as transformers looks its activations up: the function of that name.
  const plain = withoutConversions(withActivationsByName(source, option));
  // autograd.ts only for a text that calls autograd.grad (most expressions do not).
  const text = plain.includes('autograd.grad(')
    ? ((require('./autograd') as typeof import('./autograd')).withGradients(
        plain,
        typeof option === 'string' ? [option] : option,
      ) ?? plain)
    : plain;
  const parser = new Parser(tokenize(text, option), text, option, ctx);
  const node = parser.parse();
  return { value: node.v, grad: (x) => node.d(x)[1], cost: parser.cost };
}
