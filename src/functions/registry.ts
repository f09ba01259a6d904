/** Looking functions up by the names people type, and checking their parameters. */
import { badValue, didYouMean, nearest, wrongArgument, type FieldPath } from '../errors';
import { DOCUMENT_FUNCTIONS } from './document';
import { OTHER_FUNCTIONS, PYTORCH_FUNCTIONS } from './pytorch';
import { TRANSFORMERS_FUNCTIONS } from './transformers';
import { GATED_FUNCTIONS } from './gated';
import type { ExpressionContext } from './expression';
import type { ActivationFunction, BoundFunction, ParamValues } from './types';

/**
 * Every function, grouped: the document's, PyTorch's activations, transformers' names, gated units.
 *
 * @example
 *   for (const f of functions) console.log(f.name, f.formula);
 */
export const FUNCTIONS: readonly ActivationFunction[] = [
  ...DOCUMENT_FUNCTIONS,
  ...PYTORCH_FUNCTIONS,
  ...OTHER_FUNCTIONS,
  ...TRANSFORMERS_FUNCTIONS,
  ...GATED_FUNCTIONS,
];

const byName = new Map<string, ActivationFunction>();
for (const f of FUNCTIONS) for (const n of [f.name, ...f.aliases]) byName.set(normalise(n), f);

/** Names as people type them: any case, with or without hyphens, underscores or spaces (LeakyReLU, leaky_relu). */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

export function allNames(): string[] {
  return FUNCTIONS.flatMap((f) => [f.name, ...f.aliases]);
}

/**
 * The function called `name` (case-insensitive, aliases too), or a usage error with suggestions.
 *
 * @example
 *   const gelu = getFunction('gelu_pytorch_tanh'); // any case; hyphens and underscores optional
 */
export function getFunction(name: string, option: Field = 'function'): ActivationFunction {
  // From JavaScript any value can come: one that is no text is named as such, not looked up.
  if (typeof name !== 'string') throw wrongArgument(option, name, "a function's name");
  const f = byName.get(normalise(name));
  if (f) return f;
  throw badValue(option, name, `one of the ${FUNCTIONS.length} functions 'actplot list' shows`, suggestFunction(name));
}

/** The nearest functions to a mistyped name, each by its own name once ('sigmoid', not also 'Sigmoid'). */
function suggestFunction(name: string): string {
  const names = [...new Set(nearest(name, allNames()).map((n) => byName.get(normalise(n))!.name))];
  return names.length ? `did you mean ${names.map((n) => `'${n}'`).join(' or ')}?` : "see 'actplot list'";
}

/**
 * Parameter values with defaults filled in, checked against the function's parameter specs.
 *
 * @example
 *   resolveParams(getFunction('leaky_relu'), { negative_slope: '0.2' }); // { negative_slope: 0.2 }
 */
export function resolveParams(
  f: ActivationFunction,
  given: Record<string, string | number> = {},
  option: Field = 'param',
): ParamValues {
  if (typeof f !== 'object' || f === null || !Array.isArray(f.params)) {
    throw wrongArgument('function', f, 'a function from getFunction() or functions');
  }
  if (typeof given !== 'object' || given === null) {
    throw wrongArgument(option, given, 'parameters by name: { negative_slope: 0.2 }');
  }
  const out: ParamValues = {};
  for (const spec of f.params) out[spec.name] = spec.default;
  for (const [key, raw] of Object.entries(given)) {
    const spec = f.params.find((s) => s.name === key);
    if (!spec) {
      const accepted = f.params.length ? f.params.map((s) => s.name).join(', ') : 'none (it takes no parameters)';
      throw badValue(
        option,
        `${key}=${raw}`,
        `a parameter of ${f.name}: ${accepted}`,
        didYouMean(
          key,
          f.params.map((s) => s.name),
        ),
      );
    }
    if (spec.kind === 'choice') {
      const value = String(raw);
      if (!spec.choices.includes(value)) {
        throw badValue(option, `${key}=${raw}`, `${key} to be one of ${spec.choices.join(', ')}`);
      }
      out[key] = value;
    } else if (spec.tiedTo !== undefined && String(raw).trim() === spec.tiedTo) {
      out[key] = NaN; // `up=x`: tied to x, as when not given
    } else {
      const value = typeof raw === 'number' ? raw : parseStrictNumber(raw);
      if (value === undefined || !Number.isFinite(value) || (spec.min !== undefined && value < spec.min)) {
        throw badValue(
          option,
          `${key}=${raw}`,
          `${key} to be a finite number${spec.min !== undefined ? ` >= ${spec.min}` : ''}${
            spec.tiedTo ? `, or ${spec.tiedTo} (tied to x, the default)` : ''
          }`,
        );
      }
      out[key] = value;
    }
  }
  return out;
}

/** A decimal number as written on a command line; undefined for anything else (no hex, no blanks). */
export function parseStrictNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  return Number(t);
}

type Field = string | FieldPath;

/**
 * "gelu" or "gelu(approximate=tanh)" or "leaky-relu(negative_slope=0.2)": the function and its inline
 * parameters, checked. A parameter given twice, or one the function lacks (__proto__ too), is refused.
 */
export function parseFunctionRef(
  text: string,
  field: Field = 'function',
): { fn: string; params: Record<string, string> } {
  const m = /^\s*([A-Za-z][\w-]*)\s*(?:\((.*)\))?\s*$/.exec(text);
  if (!m) throw badValue(field, text, "a function name, optionally with parameters: gelu or 'gelu(approximate=tanh)'");
  const f = getFunction(m[1], field);
  // No prototype: a parameter called __proto__ is a name like any other (and is refused as unknown).
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  if (m[2] !== undefined && m[2].trim() !== '') {
    for (const part of m[2].split(',')) {
      const eq = part.indexOf('=');
      if (eq <= 0)
        throw badValue(field, text, `NAME(PARAM=VALUE, ...), e.g. ${f.name}(${f.params[0]?.name ?? 'param'}=1)`);
      const name = part.slice(0, eq).trim();
      if (name in params) throw badValue(field, text, 'each parameter once', `${name} is given twice`);
      params[name] = unquoted(part.slice(eq + 1).trim());
    }
  }
  resolveParams(f, params, field);
  return { fn: f.name, params: { ...params } };
}

/** A parameter as Python would write it: 'tanh' quoted, numbers as they are, up tied to x as x. */
const shownValue = (v: number | string) => (typeof v === 'string' ? `'${v}'` : Number.isNaN(v) ? 'x' : String(v));

/** A Python string literal's text ('tanh' or "tanh", as a script writes it); anything else as it is. */
function unquoted(text: string): string {
  const m = /^(['"])(.*)\1$/.exec(text);
  return m ? m[2] : text;
}

/** What an expression may call: every registered function by any of its names. */
export const expressionContext: ExpressionContext = {
  lookup: (name) => byName.get(normalise(name)),
  params: (f, given, option) => resolveParams(f, given, option),
  names: () => FUNCTIONS.map((f) => f.name),
};

/**
 * An expression over every registered function, compiled. The compiler and its nine modules are loaded for the
 * first expression: a figure of named functions starts without them.
 */
export function compileWithFunctions(text: string, option: Field = 'expr'): BoundFunction {
  const { compileExpression } = require('./expression') as typeof import('./expression');
  return compileExpression(text, expressionContext, option);
}

/** Value and derivative of a curve: a registered function with its parameters, or an expression. */
export function bindCurve(
  curve: { fn?: string; expr?: string; params?: Record<string, string | number> },
  option: Field = 'expr',
): BoundFunction {
  if (curve.expr !== undefined) return compileWithFunctions(curve.expr, option);
  const f = getFunction(curve.fn ?? '');
  return f.bind(resolveParams(f, curve.params));
}

/**
 * How a curve is named by default: the expression itself, or the function's label with each parameter it is
 * given that differs from the default, as Python would write it: Swish(x, beta=2), GELU(x, approximate='tanh').
 */
export function curveLabel(
  curve: { fn?: string; expr?: string; params?: Record<string, string | number> },
  always: readonly string[] = [],
): string {
  if (curve.expr !== undefined) return curve.expr;
  const f = getFunction(curve.fn ?? '');
  if (!curve.params || !Object.keys(curve.params).length) return f.label;
  const values = resolveParams(f, curve.params);
  const shown = f.params
    .filter(
      (p) => curve.params![p.name] !== undefined && (always.includes(p.name) || !Object.is(values[p.name], p.default)),
    )
    .map((p) => `${p.name}=${shownValue(values[p.name])}`);
  if (!shown.length) return f.label;
  return f.label.endsWith(')') ? `${f.label.slice(0, -1)}, ${shown.join(', ')})` : `${f.label} (${shown.join(', ')})`;
}
