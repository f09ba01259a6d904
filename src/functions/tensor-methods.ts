/**
 * A tensor's (or an array's) elementwise methods as scripts call them, `x.sigmoid()`, `x.clamp(min=0)`,
 * `F.gelu(x).tanh()`, written as the module functions the expression reader has: `torch.sigmoid(x)`,
 * `torch.clamp(x, min=0)`, `torch.tanh(F.gelu(x))`. Pure: text in, text out (quoted strings are the caller's to
 * keep, as conversions.ts's outsideStrings keeps them).
 */
import { closingParen, unwrapped } from '../pycall';

/** Each method and the function it is: the same name of torch's, but for the few spelled otherwise. */
const METHODS: Record<string, string> = {
  ...Object.fromEntries(
    ['sigmoid', 'tanh', 'relu', 'exp', 'expm1', 'log', 'log1p', 'sqrt', 'abs', 'sin', 'cos', 'sign', 'square']
      .concat(['erf', 'clamp', 'clip', 'pow'])
      .map((m) => [m, `torch.${m}`]),
  ),
  absolute: 'torch.abs',
};

/** Names that are modules, whose functions (np.exp, torch.sigmoid, math.sqrt) are no method calls. */
const MODULES = new Set(['np', 'numpy', 'torch', 'F', 'nn', 'math', 'scipy', 'special', 'stats', 'norm', 'functional']);

const METHOD_CALL = new RegExp(String.raw`\.(${Object.keys(METHODS).join('|')}|clamp_min|clamp_max|neg)\s*\(`, 'g');

/** Where the receiver of a method called at `dot` starts: a name, or a call or parentheses and what names them. */
function receiverStart(text: string, dot: number): number {
  let i = dot;
  if (text[i - 1] === ')') {
    // Back over the parentheses, then over the name called with them (F.gelu of F.gelu(x)).
    let depth = 0;
    for (i = dot - 1; i >= 0; i--) {
      if (text[i] === ')') depth++;
      else if (text[i] === '(' && --depth === 0) break;
    }
    if (i < 0) return -1;
  }
  while (i > 0 && /[\w.]/.test(text[i - 1])) i--;
  return i;
}

/**
 * The text with each tensor method call written as its module function's call; other text as it is. `isModule`
 * names the script's own names of modules (import torch.nn.functional as fn), whose fn.relu(x) is no method.
 */
export function withTensorMethods(text: string, isModule: (name: string) => boolean = () => false): string {
  let out = text;
  METHOD_CALL.lastIndex = 0;
  for (let m = METHOD_CALL.exec(out); m; m = METHOD_CALL.exec(out)) {
    const start = receiverStart(out, m.index);
    const receiver = start < 0 ? '' : out.slice(start, m.index);
    const open = m.index + m[0].length - 1;
    const close = closingParen(out, open);
    // A module's function (np.exp(x), torch.nn.functional.silu(x), (torch.nn.functional).relu(x) of an import's
    // name written out), or a name with nothing before the dot.
    const bare = unwrapped(receiver);
    const root = bare.split('.')[0];
    const module = /^[A-Za-z_][\w.]*$/.test(bare) && (MODULES.has(root) || isModule(root));
    if (!receiver || close < 0 || module) continue;
    const args = out.slice(open + 1, close).trim();
    const method = m[1];
    const call =
      method === 'neg'
        ? `(-(${receiver}))`
        : method === 'clamp_min' || method === 'clamp_max'
          ? `torch.clamp(${receiver}, ${method.slice(6)}=${args})`
          : `${METHODS[method]}(${receiver}${args ? `, ${args}` : ''})`;
    out = out.slice(0, start) + call + out.slice(close + 1);
    METHOD_CALL.lastIndex = start + call.length;
  }
  return out;
}
