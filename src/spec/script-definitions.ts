/**
 * --def: a script's definitions before it plots (`y = torch.sigmoid(x)`, `def swish(x, beta=1.0): return ...`,
 * `f = lambda x: ...`), for every expression of the figure to name: --expr, --plot, --scatter and
 * --fill-between texts, and a function curve named as a def'd function is (`actplot mysig --def "def mysig(x):
 * ..."`). Each is written out with them here (functions/definitions.ts), so the figure holds plain expressions.
 */
import { autogradLine, gradientOf, withGradients, type AutogradLine } from '../functions/autograd';
import { sameModule } from '../functions/qualified-names';
import { withoutConversions } from '../functions/conversions';
import { inline, isModule, readDefinitions, type Definition } from '../functions/definitions';
import { moduleAttribute, moduleRepr } from '../functions/expression';
import { expressionContext } from '../functions/registry';
import { UsageError, type FieldPath } from '../errors';
import {
  argumentTexts,
  indexOutsideStrings,
  isPyNumber,
  joinedArguments,
  outsideStrings,
  splitOutside,
  unwrapped,
} from '../pycall';
import { plotSlice } from './plot-call';
import type { CurveOptions, FigureOptions, FillOptions } from './options';

/**
 * The names an import line gives the script's functions and modules under (`from scipy.special import expit`,
 * `import numpy as npy`), each as the qualified name it stands for: expressions name them so. matplotlib's own
 * (pyplot as plt) are the script reader's.
 */
export function importedNames(line: string): [string, string][] {
  const from = /^\s*from\s+([\w.]+)\s+import\s+\(?([^()]*?)\)?\s*$/.exec(line);
  const plain = /^\s*import\s+([^]*?)\s*$/.exec(line);
  const pairs: [string, string][] = [];
  const items = (list: string) =>
    list
      .split(',')
      .map((item) => /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(item))
      .filter((m) => m !== null);
  if (from && !/^matplotlib\b|^pylab\b/.test(from[1])) {
    for (const [, name, as] of items(from[2])) {
      const target = `${from[1]}.${name}`;
      if (name !== '*' && !sameModule(as ?? name, target)) pairs.push([as ?? name, target]);
    }
  } else if (plain) {
    for (const [, name, as] of items(plain[1])) {
      // import numpy as np, import torch.nn.functional as F: names actplot reads already; another alias is one.
      if (as === undefined || sameModule(as, name) || /^matplotlib\b|^pylab\b/.test(name)) continue;
      pairs.push([as, name]);
    }
  }
  return pairs;
}

/** The gradient a script's backward() lines leave, by the name they leave it under. */
const GRAD = 'x.grad';

/** A call's argument text with the definitions written out, where its characters are an expression's. */
function inlineCall(text: string, defs: ReadonlyMap<string, Definition>, at: FieldPath): string {
  // plot(x[::10], y[::10]): the call's names written out, the slice kept on both.
  const cut = plotSlice(text);
  if (cut?.same) {
    const { positional, keywords } = argumentTexts(inlineCall(cut.args, defs, at));
    const [x, y, ...rest] = positional;
    return joinedArguments([`${x}[${cut.index}]`, `(${unwrapped(y)})[${cut.index}]`, ...rest], keywords);
  }
  // [f(v) for v in x] is f(x) (plainText): the script's f, as any name of its. A list of data ([0, 1]) or any
  // other character an expression has not: data, not expressions; left as it is.
  const plain = plainText(text, at, defs);
  // A bracket in a string (label="f[x]") is text, not data.
  if (
    /[[\]{}]/.test(
      outsideStrings(
        plain,
        (part) => part,
        () => "''",
      ),
    )
  )
    return text;
  return inline(plain, defs, at);
}

/**
 * Conversions first (x.numpy(), f(x).detach()) and autograd's calls as the gradients they are, which the
 * expression reader would otherwise meet.
 */
function plainText(text: string, at: FieldPath, defs?: ReadonlyMap<string, Definition>): string {
  // A name the script imported a module under (import torch.nn.functional as fn) is no tensor's: fn.relu(x).
  const isModule = (name: string) => /^(?:torch|numpy|scipy|math)(?:\.\w+)*$/.test(defs?.get(name)?.body.trim() ?? '');
  const plain = withoutConversions(text, isModule);
  return withGradients(plain, at) ?? plain;
}

function curveWith(c: CurveOptions, defs: ReadonlyMap<string, Definition>, at: FieldPath): CurveOptions {
  const out: CurveOptions = { ...c };
  const fn = c.function?.trim();
  if (fn !== undefined && defs.get(fn)?.params) {
    delete out.function;
    out.expr = inline(`${fn}(x)`, defs, [...at, 'function']);
    out.name = c.name ?? fn;
  } else if (c.expr !== undefined) {
    const expr = inline(plainText(c.expr, [...at, 'expr'], defs), defs, [...at, 'expr']);
    if (expr !== c.expr) Object.assign(out, { expr, name: c.name ?? c.expr });
  }
  if (typeof c.plot === 'string') out.plot = inlineCall(c.plot, defs, [...at, 'plot']);
  if (typeof c.scatter === 'string') out.scatter = inlineCall(c.scatter, defs, [...at, 'scatter']);
  return out;
}

/**
 * A part of a script given at once, its statements one after the other: a line at the left margin begins one,
 * an indented line goes on with it (a def's return); comments and blank lines say nothing to draw.
 */
export function statementsOf(text: string): string[] {
  return statementLines(text).map((st) => st.text);
}

/** The statements, each with the line it begins on (from 1). */
export function statementLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  // Brackets the statement so far leaves open: a line inside them goes on with it, at any indent.
  let open = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const code = withoutComment(line);
    if (!code.trim()) return;
    if ((open > 0 || /^\s/.test(code)) && out.length) out[out.length - 1].text += `\n${code}`;
    else out.push(...splitOutside(code, ';').map((part) => ({ text: part, line: i + 1 })));
    open = Math.max(0, open + depthChange(code));
  });
  return out;
}

/** A line without its comment: from a # outside strings (color='#1f77b4' keeps its #) to the end. */
function withoutComment(line: string): string {
  const hash = line.includes('#') ? indexOutsideStrings(line, 0, '#') : -1;
  return hash < 0 ? line : line.slice(0, hash).trimEnd();
}

/** How many brackets a line opens and does not close, outside its strings. */
function depthChange(line: string): number {
  let depth = 0;
  const bare = line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '');
  for (const ch of bare) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
  }
  return depth;
}

/**
 * Definitions read one statement after another. A value is written out with the ones before it as it is
 * read (Python computes `z = y * 2` then, with the y of then); a function's body when it is called, with
 * the values of then (Python looks its names up at the call). A definition the script has that draws nothing
 * here (a helper of its own) is refused only where an expression names it.
 */
export class Definitions {
  private readonly defs = new Map<string, Definition>();
  /** What the backward() lines since x.grad was last zeroed differentiate: PyTorch adds their gradients up. */
  private differentiated: string | undefined;

  get size(): number {
    return this.defs.size;
  }

  /** A statement's definitions, over any of the same names before them; or its autograd, for x.grad. */
  add(statement: string, at: FieldPath): void {
    const cls = /^\s*class\s+([A-Za-z_]\w*)/.exec(statement);
    if (cls) {
      // A class of the script's: refused only where an expression uses it.
      const unread = new UsageError(at, {
        problem: `${cls[1]} is a class of the script's, which actplot does not run`,
      });
      this.defs.set(cls[1], { name: cls[1], body: '', unread });
      return;
    }
    if (/^\s*(?:import|from)\s/.test(statement)) {
      for (const [name, target] of importedNames(statement)) this.defs.set(name, { name, body: target });
      return;
    }
    const autograd = autogradLine(statement, at);
    if (autograd) {
      this.autograd(autograd, at);
      return;
    }
    let read: Definition[];
    try {
      read = readDefinitions(statement, at);
    } catch (err) {
      const name = /^\s*(?:def\s+)?([A-Za-z_]\w*)/.exec(statement)?.[1];
      if (!(err instanceof UsageError) || name === undefined) throw err;
      read = [{ name, body: '', unread: err }];
    }
    // Each of a tuple's values with the definitions before the line (a, b = b, a swaps them).
    const frozen = read.map((d) => (d.params || d.unread ? d : this.written(d, at)));
    // gelu_new = gelu_new (as ACT2FN["gelu_new"] reads): a name given what it already means changes nothing.
    for (const d of frozen) if (d.params || d.unread || d.body.trim() !== d.name) this.defs.set(d.name, d);
  }

  /** A value written out with the definitions so far; one naming a helper that is not read is not read either. */
  private written(d: Definition, at: FieldPath): Definition {
    try {
      return { ...d, body: inline(d.body, this.defs, at) };
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      return { name: d.name, body: '', unread: err };
    }
  }

  /** x.grad after a backward() line, a zero_() or its clearing (x.grad = None). */
  private autograd(line: AutogradLine, at: FieldPath): void {
    if ('nothing' in line) return;
    if ('backward' in line) {
      const y = inline(plainText(line.backward, at, this.defs), this.defs, at);
      this.differentiated = this.differentiated === undefined ? y : `(${this.differentiated}) + (${y})`;
      this.defs.set(GRAD, { name: GRAD, body: gradientOf(this.differentiated) });
      return;
    }
    this.differentiated = undefined;
    if ('zeroed' in line) this.defs.set(GRAD, { name: GRAD, body: '0 * x' });
    else this.defs.delete(GRAD);
  }

  /** A name's value where it is a number or a text written out (alpha = 0.1), as written; else undefined. */
  literal(name: string): string | undefined {
    const d = this.defs.get(name);
    if (!d || d.params || d.unread) return undefined;
    const body = d.body
      .trim()
      .replace(/^\(([^()]*)\)$/, '$1')
      .trim();
    return isPyNumber(body) || /^(['"])[^]*\1$/.test(body) ? body : undefined;
  }

  /**
   * str() of a torch.nn module made (nn.ELU(alpha=0.5)), or of the one a name holds (function = torch.nn.ELU()),
   * as PyTorch prints it; undefined for anything else.
   */
  moduleText(text: string, at: FieldPath): string | undefined {
    const d = this.defs.get(text.trim());
    const made = d && !d.params && !d.unread ? d.body : text.trim();
    return isModule(made) ? moduleRepr(made, expressionContext, at) : undefined;
  }

  /**
   * An attribute of a torch.nn module made or held (nn.Softplus(beta=2).beta, layer.beta), as a Python literal
   * of its value (expression.ts's moduleAttribute); undefined for anything else.
   */
  moduleAttribute(text: string, at: FieldPath): string | undefined {
    const m = /^\s*([A-Za-z_][\w.]*(?:\([^()]*\))?)\.([A-Za-z_]\w*)\s*$/.exec(text);
    if (!m) return undefined;
    const d = this.defs.get(m[1]);
    const made = d && !d.params && !d.unread ? d.body.trim() : m[1];
    return isModule(made) ? moduleAttribute(made, m[2], expressionContext, at) : undefined;
  }

  /**
   * Python's __name__ of what a text names: a function's (a def's name, '<lambda>' for a lambda, np.tanh's
   * 'tanh'), or, for `class`, the class of a torch.nn module made or held ('ReLU'); undefined for anything else.
   */
  pythonName(text: string, of: 'function' | 'class'): string | undefined {
    let t = text.trim();
    // A name held under another (f = np.tanh, act = nn.ReLU()), followed a few steps.
    for (let step = 0; step < 8; step++) {
      const d = this.defs.get(t);
      if (!d || d.unread) break;
      if (d.params) return of === 'function' ? (d.lambda ? '<lambda>' : d.name) : undefined;
      t = d.body.trim().replace(/^\(([^()]*(?:\([^()]*\))?)\)$/, '$1');
    }
    if (of === 'class') return isModule(t) ? /([A-Za-z_]\w*)\s*\(/.exec(t)?.[1] : undefined;
    // A module's function (np.tanh, F.relu, torch.sigmoid): its own name.
    return /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(t) ? t.slice(t.lastIndexOf('.') + 1) : undefined;
  }

  /** A call's argument text with the definitions written out, where its characters are an expression's. */
  call(text: string, at: FieldPath): string {
    return inlineCall(text, this.defs, at);
  }

  curve(c: CurveOptions, at: FieldPath): CurveOptions {
    return curveWith(c, this.defs, at);
  }
}

/** The figure's options with the definitions written out wherever they are named. */
export function withDefinitions(o: FigureOptions): FigureOptions {
  if (!o.def?.length) return o;
  const defs = new Definitions();
  // The script's x line among them (x = np.linspace(-5, 5, 200)) is the panels' x, as --x takes it.
  let xLine: string | undefined;
  o.def.forEach((text, i) => {
    for (const statement of statementsOf(text)) {
      if (/^\s*x\s*=(?!=)/.test(statement)) xLine = statement;
      else defs.add(statement, ['def', i]);
    }
  });
  const panels = o.panels.map((p, i) => {
    const at: FieldPath = ['panels', i];
    const fill = (f: string | FillOptions, k: number) =>
      typeof f === 'string' ? defs.call(f, [...at, 'fillBetween', k]) : f;
    return {
      ...p,
      ...(xLine !== undefined && p.x === undefined && { x: xLine }),
      curves: p.curves.map((c, j) => defs.curve(c, [...at, 'curves', j])),
      ...(p.fillBetween && { fillBetween: p.fillBetween.map(fill) }),
    };
  });
  return { ...o, panels };
}
