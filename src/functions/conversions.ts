/**
 * A PyTorch script's conversions of a tensor to an array, which change no value: plt.plot(x.numpy(),
 * F.relu(x).detach().numpy()) draws what plt.plot(x, F.relu(x)) draws; and a tensor of one number written
 * out, F.prelu(x, torch.tensor([0.25])), which is that number element by element. Taken out of a call's or an
 * expression's text before it is read; quoted strings (a label) are kept as they are. Pure.
 */

import {
  argumentTexts,
  closingParen,
  isWrittenValue,
  outsideStrings,
  splitOutside,
  substituteNames,
  unwrapped,
} from '../pycall';

/**
 * A conversion method called with no arguments, the .data attribute, .astype(float) (a comparison's 0s and
 * 1s are numbers here already), or .requires_grad_(True), which asks autograd to follow the tensor.
 */
const CONVERSION =
  /\.(?:detach|cpu|numpy|tolist|clone|float|double|squeeze|flatten|ravel|contiguous)\(\s*\)|\.data\b(?!\s*\()|\.astype\(\s*(?:float|np\.float64|'float64'|"float64")\s*\)|\.requires_grad_\(\s*(?:True|requires_grad\s*=\s*True)?\s*\)/g;
const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
/**
 * torch.tensor(0.25), torch.tensor([0.25]), torch.Tensor([0.25]), torch.as_tensor(0.25), torch.full((1,), 0.25):
 * one number (a dtype= would round it, and is left for the reader to refuse).
 */
const SCALAR_TENSOR = new RegExp(
  String.raw`\btorch\.(?:(?:tensor|Tensor|as_tensor)\(\s*(?:\[\s*(${NUMBER})\s*,?\s*\]|(${NUMBER}))` +
    String.raw`|full\(\s*\(\s*1\s*,?\s*\)\s*,\s*(${NUMBER}))\s*\)`,
  'g',
);

/**
 * `isModule` names the script's own names of modules (import torch.nn.functional as fn): fn.relu(x) is no tensor
 * method call.
 */
export function withoutConversions(given: string, isModule?: (name: string) => boolean): string {
  // v if v > 0 else 0.1 * v: np.where(v > 0, v, 0.1 * v) (its reader loaded for such a text alone).
  let text =
    /\bif\b/.test(given) && /\belse\b/.test(given)
      ? (require('./conditional-expressions') as typeof import('./conditional-expressions')).withConditionalsAsWhere(
          given,
        )
      : given;
  if (!text.includes('.') && !/\bfor\b|\bmap\(|\blambda\b/.test(text)) return text;
  if (/\b(?:np|numpy)\.(?:select|piecewise)\(/.test(text)) text = outsideStrings(text, selections);
  const plain = (part: string) =>
    elementwise(part, isModule)
      .replace(CONVERSION, '')
      .replace(SCALAR_TENSOR, (_, a?: string, b?: string, c?: string) => a ?? b ?? c ?? '');
  return outsideStrings(text, plain);
}

/** np.select( and np.piecewise( (numpy's own name too). */
const SELECTION = /\b(?:np|numpy)\.(select|piecewise)\(/g;

/**
 * np.select(conditions, choices, default=0) and np.piecewise(x, conditions, functions) as the np.where chain
 * they are: select's first condition that holds wins; piecewise's last (numpy assigns them in order), its
 * functions lambdas of x or values, one more than the conditions being the value where none holds (else 0).
 * One not written as lists of the same lengths is left as it is, for the reader to refuse.
 */
function selections(part: string): string {
  let out = part;
  const calls = new RegExp(SELECTION);
  for (let m = calls.exec(out); m; m = calls.exec(out)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(out, open);
    if (close < 0) break;
    const chain = whereChain(m[1] as 'select' | 'piecewise', out.slice(open + 1, close));
    if (chain === undefined) continue;
    out = out.slice(0, m.index) + chain + out.slice(close + 1);
    calls.lastIndex = m.index + chain.length;
  }
  return out;
}

function whereChain(kind: 'select' | 'piecewise', args: string): string | undefined {
  const list = (text: string | undefined) =>
    text !== undefined && /^\[[^]*\]$/.test(text.trim()) ? splitOutside(text.trim().slice(1, -1), ',') : undefined;
  const { positional, keywords } = argumentTexts(args);
  const named = (key: string) => keywords.get(key);
  if (kind === 'select') {
    const [conditions, choices] = [
      list(positional[0] ?? named('condlist')),
      list(positional[1] ?? named('choicelist')),
    ];
    if (!conditions || !choices || conditions.length !== choices.length || !conditions.length) return undefined;
    const otherwise = positional[2] ?? named('default') ?? '0';
    return conditions.reduceRight((rest, c, i) => `np.where(${c}, ${choices[i]}, ${rest})`, otherwise);
  }
  const x = positional[0];
  const conditions = list(positional[1]) ?? (positional[1] !== undefined ? [positional[1]] : undefined);
  const functions = list(positional[2]);
  if (x === undefined || !conditions || !functions) return undefined;
  if (functions.length !== conditions.length && functions.length !== conditions.length + 1) return undefined;
  const valueOf = (f: string) => applied(f, [`(${x})`]) ?? f;
  const otherwise = functions.length > conditions.length ? valueOf(functions[conditions.length]) : '0';
  return conditions.reduce((rest, c, i) => `np.where(${c}, ${valueOf(functions[i])}, ${rest})`, otherwise);
}

/** [f(v) for v in x]: an expression of each of x's values, which is the expression of x. */
const COMPREHENSION = /\[\s*([^[\]]+?)\s+for\s+([A-Za-z_]\w*)\s+in\s+x\s*\]/g;
/** list(map(f, x)), map(f, x), np.vectorize(f)(x): f of each value of x, f(x). */
const MAPPED =
  /\b(?:list\(\s*)?map\(\s*([A-Za-z_][\w.]*)\s*,\s*x\s*\)(\s*\))?|\b(?:np|numpy)\.vectorize\(\s*([A-Za-z_][\w.]*)\s*\)\(\s*x\s*\)/g;
/** np.array(...) and np.asarray(...) of an expression: the same values. */
const AS_ARRAY = /\b(?:np|numpy)\.(?:array|asarray)\(\s*(?=\()/g;
/** A dtype= that keeps the values as they are (float64, in which they are computed). */
const SAME_DTYPE = String.raw`(?:\s*,\s*dtype\s*=\s*(?:float|(?:np|numpy)\.(?:float64|double)))?`;
/** np.array(y), np.asarray(y, dtype=float) of a name: the same values. */
const NAMED_ARRAY = new RegExp(
  String.raw`\b(?:np|numpy)\.(?:array|asarray)\(\s*([A-Za-z_][\w.]*)${SAME_DTYPE}\s*\)`,
  'g',
);
/** What may follow the expression inside np.asarray((...), ...): a dtype= keeping the values. */
const AFTER_ARRAY = new RegExp(String.raw`^${SAME_DTYPE}\s*$`);

/** A method call tensor-methods.ts may read: a name or a closing parenthesis, a dot, a method's name. */
const TENSOR_METHOD =
  /[\w)]\.(?:sigmoid|tanh|relu|exp|expm1|log|log1p|sqrt|abs|absolute|sin|cos|sign|square|erf|clamp|clip|pow|clamp_min|clamp_max|neg)\s*\(/;

/** torch.from_numpy(, torch.tensor( and torch.as_tensor(: a tensor of an array's values. */
const AS_TENSOR = /\btorch\.(?:from_numpy|tensor|as_tensor)\(/g;
/** A tensor's keywords that change no value: where it lives, whether autograd follows it. */
const SAME_VALUE_KEYWORDS = new Set(['requires_grad', 'device']);

/**
 * torch.from_numpy(x), torch.tensor(y), torch.as_tensor(np.tanh(x), requires_grad=True): the array's values
 * as a tensor of its dtype, so the same values. A literal list or number (torch.tensor([0.5, 1.0]), whose
 * values PyTorch rounds to float32) and a dtype= are left as they are, for the reader to refuse or read.
 */
function withArraysAsTensors(part: string): string {
  let out = part;
  for (let m = AS_TENSOR.exec(out); m; m = AS_TENSOR.exec(out)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(out, open);
    const { positional, keywords } = argumentTexts(out.slice(open + 1, close));
    const value = unwrapped(positional[0] ?? '');
    const plain =
      close > 0 &&
      positional.length === 1 &&
      [...keywords.keys()].every((k) => SAME_VALUE_KEYWORDS.has(k)) &&
      !isWrittenValue(value);
    if (!plain) continue;
    out = `${out.slice(0, m.index)}(${value})${out.slice(close + 1)}`;
    AS_TENSOR.lastIndex = m.index;
  }
  return out;
}

/** A lambda's body with its parameters the texts given (as many as it takes), in parentheses; else undefined. */
function applied(lambda: string, args: readonly string[]): string | undefined {
  const m = /^\s*lambda\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:([^]*)$/.exec(lambda);
  const params = m ? m[1].split(',').map((p) => p.trim()) : [];
  if (!m || params.length !== args.length) return undefined;
  return `(${substituteNames(m[2].trim(), new Map(params.map((p, i) => [p, args[i]])))})`;
}

/**
 * A lambda called where it is written, `(lambda v: 1 / (1 + np.exp(-v)))(x)` (a dict's function looked up and
 * called): its body with each parameter the argument given, in parentheses.
 */
function withCalledLambdas(part: string): string {
  let out = part;
  const lambdas = /\(\s*lambda\b/g;
  for (let m = lambdas.exec(out); m; m = lambdas.exec(out)) {
    const close = closingParen(out, m.index);
    const call = close < 0 ? null : /^\s*\(/.exec(out.slice(close + 1));
    const end = call ? closingParen(out, close + call[0].length) : -1;
    if (end < 0) continue;
    const args = splitOutside(out.slice(close + call![0].length + 1, end), ',');
    const made = applied(
      out.slice(m.index + 1, close),
      args.map((a) => `(${a})`),
    );
    if (made === undefined) continue;
    out = out.slice(0, m.index) + made + out.slice(end + 1);
    lambdas.lastIndex = m.index;
  }
  return out;
}

/** map(lambda v: ..., x), maybe in list(...): the lambda's body of x. */
function withMappedLambdas(part: string): string {
  let out = part;
  const calls = /\b(list\(\s*)?map\(/g;
  for (let m = calls.exec(out); m; m = calls.exec(out)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(out, open);
    const args = close < 0 ? [] : splitOutside(out.slice(open + 1, close), ',');
    const body = args.length === 2 && args[1] === 'x' ? applied(args[0], ['x']) : undefined;
    if (body === undefined) continue;
    // In list(...), the list's closing parenthesis goes with it.
    const after = m[1] ? /^\s*\)/.exec(out.slice(close + 1)) : null;
    if (m[1] && !after) continue;
    const end = close + 1 + (after ? after[0].length : 0);
    out = out.slice(0, m.index) + body + out.slice(end);
    calls.lastIndex = m.index + body.length;
  }
  return out;
}

/**
 * A script's element-by-element forms of an expression of x (a comprehension, map(), np.vectorize()) as the
 * expression itself: the functions drawn act on each value alone, so the values are the same.
 */
function elementwise(part: string, isModule?: (name: string) => boolean): string {
  let out = part.replace(COMPREHENSION, (_, body: string, v: string) =>
    v === 'x' ? `(${body})` : `(${substituteNames(body, new Map([[v, 'x']]))})`,
  );
  out = out.replace(MAPPED, (whole, f?: string, close?: string, g?: string) =>
    f !== undefined ? (whole.startsWith('list') && !close ? whole : `${f}(x)`) : `${g}(x)`,
  );
  out = withMappedLambdas(out);
  if (out.includes('lambda')) out = withCalledLambdas(out);
  out = out.replace(NAMED_ARRAY, '$1');
  if (out.includes('torch.')) out = withArraysAsTensors(out);
  // x.sigmoid(), x.clamp(min=0): the module functions they are (their reader loaded for such a text alone).
  if (TENSOR_METHOD.test(out)) {
    out = (require('./tensor-methods') as typeof import('./tensor-methods')).withTensorMethods(out, isModule);
  }
  // np.array((...)): the parenthesised expression a comprehension became, as it is.
  for (let m = AS_ARRAY.exec(out); m; m = AS_ARRAY.exec(out)) {
    const open = m.index + m[0].length;
    const inner = closingParen(out, open);
    const end = inner < 0 ? -1 : closingParen(out, m.index + m[0].indexOf('('));
    if (end < 0 || !AFTER_ARRAY.test(out.slice(inner + 1, end))) continue;
    out = out.slice(0, m.index) + out.slice(open, inner + 1) + out.slice(end + 1);
    AS_ARRAY.lastIndex = m.index;
  }
  return out;
}
