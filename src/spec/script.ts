/**
 * A pyplot script read as the options it says (`actplot script plot.py`): its definitions, written out in the
 * plots that name them as they stand at that line, and its x line (--x), its rcParams and style lines (--rc,
 * --style), `plt.figure()` / `plt.subplots()` and the axes they give, and each pyplot call or Axes method on
 * them as the option of its name (script-calls.ts). Python is not run: loops over values written out are
 * unrolled, ifs on them taken or passed over, the script's own drawing functions read at each call, the texts
 * Python makes written out; a statement that is none of these is refused with its line. This file reads the
 * statements in order and rewrites what they name; script-calls.ts reads the calls. Pure.
 */
import { plotsOfColumns, stackedColumns } from './script-columns';
import { describeUsage, UsageError, type FieldPath } from '../errors';
import { autogradLine } from '../functions/autograd';
import { closingParen, splitOutside, substituteNames, unwrapped } from '../pycall';
import { RANGE_OPENING } from './x-call';
import { withConstantArguments } from './constant-args';
import { colormapOf, withColormapColors } from './script-colormaps';
import { classFunction, withClassCalls } from './script-classes';
import { ScriptState } from './script-state';
import { withFigureFacecolor, withRavelledAxes } from './script-axes';
import { readCallStatement } from './script-calls';
import { PLOT_CALL, PLOTTED_OVER, RANGE_LINE, rangesNamed, rangeValues, withRangeExtremes } from './script-ranges';
import type { FigureOptions } from './options';
import { statementLines } from './script-definitions';
import { optionPaths } from './script-options';
import {
  dedent,
  DICT_ENTRY,
  ELSE_CLAUSE,
  forLoop,
  IF,
  TURN_END,
  SAME_VALUES_CONTEXT,
  unroll,
  WITH,
  withDictEntry,
  withDictValues,
  withLengths,
  comprehended,
} from './script-flow';
import { floatRepr } from '../style/py-format';
import { truthy } from './conditions';
import { withDictArguments } from './script-kwargs';
import { withUnmaskedPlot } from './masks';
import { withPythonStrings } from './fstrings';
import { bareCall, callStatements, readProcedure } from './script-procedures';
import { withLineColours, withModuleTexts, withPythonNames } from './script-lines';
import { withActivationsByName } from '../functions/activations-by-name';
import { semilogStatements } from './semilog';

/**
 * Calls alone on their line that change nothing drawn: seeds, warnings filters, folders, print options, logging,
 * a notebook's magics as nbconvert writes them (get_ipython().run_line_magic('matplotlib', 'inline')).
 */
const NOTHING_DRAWN = new RegExp(
  String.raw`^\s*(?:torch\.(?:cuda\.|random\.)?manual_seed(?:_all)?|(?:np|numpy)\.random\.seed|random\.seed|` +
    String.raw`warnings\.(?:filterwarnings|simplefilter)|os\.(?:makedirs|mkdir)|(?:np|numpy|torch)\.set_printoptions|` +
    String.raw`logging\.\w+|sys\.path\.(?:append|insert)|get_ipython\(\s*\)\.\w+)\s*\([^]*\)\s*$`,
);
/** getattr(module, 'Name') with the name written out. */
const GETATTR = /\bgetattr\(\s*([A-Za-z_][\w.]*)\s*,\s*(['"])([A-Za-z_]\w*)\2\s*\)/g;
/** q, r = divmod(a, b): the names, and a and b. */
const DIVMOD = /^(\s*[A-Za-z_]\w*\s*,\s*[A-Za-z_]\w*)\s*=\s*divmod\(([^,()]+),([^,()]+)\)\s*$/;
/** A name given a range's call, up to the call's opening parenthesis. */
const RANGE_ASSIGNED = new RegExp(String.raw`^(\s*[A-Za-z_]\w*\s*=\s*${RANGE_OPENING})`);
/** The script's x line, `x = np.linspace(-5, 5, 200)`: each panel samples by the one before its first plot. */
const X_LINE = /^\s*x\s*=(?!=)/;
/** Calls of the script's own drawing functions read, at most: a function calling itself would never end. */
const MAX_CALLS = 500;

/**
 * The figure a script draws: its options (its savefig()'s arguments among them, the file name included, which
 * buildFigure leaves to the caller: `actplot script` reads it with the savefig reader). The script is not run.
 * `lines`, if given, is filled with the line that set each option, by its path (panels[0].curves[1]: 12), for
 * an error the figure's options meet later to name the script's line.
 *
 * @example
 *   const options = readScript("x = np.linspace(-5, 5, 200)\nplt.plot(x, np.tanh(x))\nplt.title('tanh')");
 *   const fig = buildFigure(options);
 */
export function readScript(text: string, at: FieldPath = ['script'], lines?: Map<string, number>): FigureOptions {
  return readFigures(text, at, lines && [lines], false)[0];
}

/**
 * Each figure a script makes, in order: a figure ends where the script closes or shows it (plt.close(),
 * plt.show()), starts another (plt.figure() or plt.subplots() after plotting) or clears it after saving it
 * (plt.clf()); one closed or cleared before it is saved or shown is let go, as matplotlib lets it go. `lines`, if
 * given, receives a map of each figure's option lines (readScript's `lines`).
 *
 * @example
 *   const [tanh, relu] = readScriptFigures(
 *     "x = np.linspace(-5, 5)\nplt.plot(x, np.tanh(x))\nplt.savefig('tanh.png')\n" +
 *       'plt.figure()\nplt.plot(x, np.maximum(0, x))',
 *   );
 */
export function readScriptFigures(
  text: string,
  at: FieldPath = ['script'],
  lines?: Map<string, number>[],
): FigureOptions[] {
  return readFigures(text, at, lines, true);
}

function readFigures(
  text: string,
  at: FieldPath,
  linesOf: Map<string, number>[] | undefined,
  several: boolean,
): FigureOptions[] {
  const r = new ScriptState(at, several, linesOf);
  const queue = statementLines(withoutDocstrings(text));
  /** One statement of the queue, read into the options (a loop's or an if's body queued after it). */
  const readStatement = (q: number): void => {
    const { line } = queue[q];
    if (queue[q].text === TURN_END) return;
    let s = withLineColours(queue[q].text, r.kept);
    const fail = (problem: string): never => {
      throw new UsageError(r.at, { problem: `line ${line}: ${problem}` });
    };
    // An error in what the line says is the script's, at its line.
    const onLine = <T>(read: () => T): T => {
      try {
        return read();
      } catch (err) {
        if (!(err instanceof UsageError)) throw err;
        return fail(describeUsage(err.detail));
      }
    };
    // act = ACT2FN["gelu_new"]: transformers' lookups by name, read as the function's name.
    s = onLine(() => withActivationsByName(s, r.at));
    // plt.semilogy(x, y, base=2): the axis made log-scaled, then plot(), as matplotlib's semilog calls do
    // (each read from the start, as the script's own statements are).
    const semilog = semilogStatements(s);
    if (semilog) {
      queue.splice(q + 1, 0, ...semilog.map((text) => ({ text, line })));
      return;
    }
    const define = () => onLine(() => r.defs.add(s, r.at));
    // ax.set_xlim(x.min(), x.max()), lo = x[0]: a sampled range's extremes, as numbers (not in a plot, whose
    // x[0] would be data).
    if (!PLOT_CALL.test(s)) s = withRangeExtremes(s, (name) => r.valuesOf(name));
    // plt.plot(x[x < 0], y[x < 0]): the points of an interval of the range, the others left out (np.nan). A mask
    // by name (mask = x < 0) is its definition, in x as every range is once read: of the one range alone.
    else if (s.includes('[')) {
      const ranges = new Set(['x', ...r.ranges.keys()]);
      const maskOf = (name: string) => {
        if (r.ranges.size > 1) return undefined;
        const body = onLine(() => r.defs.call(name, r.at));
        return r.ranges.size ? body.replace(/\bx\b/g, [...r.ranges.keys()][0]) : body;
      };
      s = withUnmaskedPlot(s, ranges, maskOf);
    }
    // A range's arguments computed from numbers (np.linspace(-2 * np.pi, 2 * np.pi, 400), -L of L = 5): their
    // numbers.
    const opening = RANGE_ASSIGNED.exec(s);
    const close = opening ? closingParen(s, opening[0].length - 1) : -1;
    if (opening && close > 0 && /^\s*$/.test(s.slice(close + 1))) {
      const args = s.slice(opening[0].length, close);
      s = `${opening[1]}${withConstantArguments(args, (t) => r.defs.call(t, r.at), [], r.at)})`;
    }
    // xs = torch.linspace(-5, 5, 101): a sampled range, under x or another name, read as x from here on; a
    // plot's first argument says which range it is drawn over.
    const range = RANGE_LINE.exec(s);
    r.plotRange = undefined;
    if (range) {
      r.ranges.set(range[1], { call: range[2].trim(), line });
      s = s.replace(/^(\s*)[A-Za-z_]\w*/, '$1x');
    } else if (r.ranges.size) {
      const over = PLOTTED_OVER.exec(s)?.[1];
      r.plotRange = over === undefined ? undefined : r.ranges.get(over);
      // A call drawing over two ranges (plot(u, u, x, x)) would need each line's own: refused.
      const named = PLOT_CALL.test(s) ? rangesNamed(s, r.ranges) : [];
      if (named.length > 1) fail(`a plot naming two ranges (${named.join(' and ')}): one range a call is read`);
      const renamed = [...r.ranges.keys()].filter((name) => name !== 'x').map((name): [string, string] => [name, 'x']);
      if (renamed.length) s = substituteNames(s, new Map(renamed));
    }
    // str(module): the text PyTorch prints for it (a loop's label=str(layer)).
    s = onLine(() => withModuleTexts(s, (t) => r.defs.moduleText(t, r.at)));
    // np.ravel(axes), axes.reshape(-1): axes.ravel(), a grid's axes in order (for a loop over them too).
    s = withRavelledAxes(s, r);
    // A loop over a literal list (zip'ped, enumerated, or the axes'): its body once for each item, written out.
    const loop = forLoop(s);
    if (loop) {
      const unrolled = unroll(loop, r.loopScope(), fail);
      queue.splice(q + 1, 0, ...unrolled.map((t) => ({ text: t, line })));
      return;
    }
    // continue: the rest of the loop's turn is let go (its statements up to the turn's end).
    if (/^\s*continue\s*$/.test(s)) {
      const end = queue.findIndex((st, k) => k > q && st.text === TURN_END);
      if (end < 0) fail("'continue' outside a loop");
      queue.splice(q + 1, end - q - 1);
      return;
    }
    // An if on values written out (a loop's item: if ylabel:, if approx == 'none':), with its elif and else
    // clauses (the statements right after it): the body of the first true one, or nothing.
    const branch = IF.exec(s);
    if (branch) {
      const clauses: { condition?: string; body: string }[] = [{ condition: branch[1], body: branch[2] }];
      let next = q + 1;
      for (let c = ELSE_CLAUSE.exec(queue[next]?.text ?? ''); c; c = ELSE_CLAUSE.exec(queue[next]?.text ?? '')) {
        clauses.push({ condition: c[1], body: c[2] });
        next++;
        if (c[1] === undefined) break;
      }
      queue.splice(q + 1, next - q - 1);
      const valueOf = (name: string) => r.defs.literal(name);
      // len(funcs) of a list written out is its count (if i >= len(funcs):).
      const holds = (condition: string) => truthy(withLengths(condition, r.collections), r.at, valueOf);
      const taken = clauses.find((c) => c.condition === undefined || onLine(() => holds(c.condition!)));
      const body = taken === undefined ? '' : dedent(taken.body.replace(/^[ \t]*\n/, ''));
      queue.splice(q + 1, 0, ...statementLines(body).map((st) => ({ ...st, line })));
      return;
    }
    // A with block: its body, where the context changes no value (torch.no_grad()) or is a style for the
    // figure the block makes (plt.style.context('ggplot')).
    const block = WITH.exec(s);
    if (block) {
      const styleContext = /^(?:plt|mpl|matplotlib)\.style\.context\(([^]*)\)$/.exec(block[1].trim());
      if (styleContext && (r.panels.length || Object.keys(r.figure).length)) {
        fail(`with ${block[1].trim()}: a style's context around a figure already made is not read yet`);
      }
      if (styleContext) r.style.push(`plt.style.use(${styleContext[1]})`);
      else if (!SAME_VALUES_CONTEXT.test(block[1].trim())) {
        fail(`with ${block[1].trim()}: only contexts that change no value (torch.no_grad()) or a style's are read`);
      }
      const body = dedent(block[2].replace(/^[ \t]*\n/, ''));
      queue.splice(q + 1, 0, ...statementLines(body).map((st) => ({ ...st, line })));
      return;
    }
    // f.__name__, type(m).__name__ (a loop's item, once written out): the names Python gives them.
    s = withPythonNames(s, (t, of) => r.defs.pythonName(t, of));
    // fig.get_facecolor() of a figure made with one (plt.figure(facecolor='lightgray')): that colour, as
    // savefig(facecolor=fig.get_facecolor()) keeps it.
    if (s.includes('.get_facecolor()')) s = withFigureFacecolor(s, r);
    // getattr(nn, 'ReLU') of a name written out (a loop's item): the attribute it names, nn.ReLU.
    if (s.includes('getattr(')) s = s.replace(GETATTR, '$1.$3');
    // row, col = divmod(i, cols) of whole numbers written out: Python's quotient and remainder.
    const divided = DIVMOD.exec(s);
    if (divided) {
      const [a, b] = [divided[2], divided[3]];
      const [quotient, remainder] = [r.wholeNumber(`(${a}) // (${b})`), r.wholeNumber(`(${a}) % (${b})`)];
      if (quotient !== undefined && remainder !== undefined) s = `${divided[1]} = ${quotient}, ${remainder}`;
    }
    // f'Swish (β={beta})' of a loop's item or a value written out: the text Python makes of it.
    s = onLine(() => withPythonStrings(s, (name) => r.defs.literal(name) ?? r.defs.moduleAttribute(name, r.at), r.at));
    // results[name] = f(x), into a dict the script wrote out (results = {}): the entry, its value written out
    // now (a loop's f is another function at its next turn); results['relu'] is then that value.
    const entry = DICT_ENTRY.exec(s);
    const dict = entry && r.collections.get(entry[1]);
    if (entry && dict?.startsWith('{')) {
      // In parentheses, as a loop over its items puts it in place of a name (y * 2 of y = a + 1).
      const looked = withDictValues(entry[3], r.collections, (name) => r.defs.literal(name));
      const value = `(${unwrapped(onLine(() => r.defs.call(looked, r.at)))})`;
      r.collections.set(
        entry[1],
        onLine(() => withDictEntry(dict, entry[2], value)),
      );
      return;
    }
    s = onLine(() => withDictValues(s, r.collections, (name) => r.defs.literal(name)));
    // arrowprops=props, **style: a dict of keyword arguments the script wrote out by name, written out.
    s = withDictArguments(s, r.collections);
    // xs = [i / 10 for i in range(-50, 51)], ys = [1 / (1 + math.exp(-v)) for v in xs]: lists of numbers, as
    // Python makes them (a script without numpy), written out; a plot naming them draws them as data.
    const listed = /^(\s*[A-Za-z_]\w*\s*=\s*)(\[[^]*\bfor\b[^]*\])\s*$/.exec(s);
    const numbers = listed ? numberList(r, listed[2]) : undefined;
    if (numbers !== undefined) s = listed![1] + numbers;
    // class Swish(nn.Module) with a forward(): the def it computes; Swish(2.0)(x) and act = Swish() its calls.
    const made = /^\s*class\s/.test(s) ? classFunction(s) : undefined;
    if (made) {
      r.scriptClasses.add(made.cls);
      onLine(() => r.defs.add(made.def, r.at));
      return;
    }
    s = withClassCalls(s, r.scriptClasses);
    // ax.set_facecolor(c) is ax.set(facecolor=c), set_axisbelow(b) set(axisbelow=b) (a figure's is refused as its
    // set() is).
    s = s.replace(/^(\s*[A-Za-z_][\w.[\]\s,()]*?)\.set_(facecolor|axisbelow)\(/, '$1.set($2=');
    // len(betas) of a list written out: its count.
    s = withLengths(s, r.collections);
    // cmap = plt.get_cmap('viridis'): a colormap under a name of its own; plt.cm.viridis(0.5), cmap(i) and
    // cmap(np.linspace(0, 1, 4)): the colours they give, written out.
    const cmapLine = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s*([^]+)$/.exec(s);
    const cmapName = cmapLine ? onLine(() => colormapOf(cmapLine[2], r.at)) : undefined;
    if (cmapName !== undefined) {
      r.colormaps.set(cmapLine![1], cmapName);
      return;
    }
    s = onLine(() => withColormapColors(s, { bound: r.colormaps, rangeValues, numberOf: (t) => r.numberOf(t) }, r.at));
    // A plot's names of lists of numbers (after len() and colormaps have read them by name): the lists.
    if (PLOT_CALL.test(s)) s = withNumberLists(s, r.collections);
    // An import: the names it gives functions and modules (from scipy.special import expit).
    if (/^\s*(?:import|from)\s/.test(s)) {
      define();
      return;
    }
    // The backend chosen, a notebook's magic, a print, a pass: nothing the file shows.
    if (/^\s*(?:(?:matplotlib|mpl)\.use\(|plt\.switch_backend\(|%|print\s*\(|pass\s*$)/.test(s)) return;
    // A seed, a warnings filter, a folder made for the file, print options, logging: nothing drawn changes.
    if (NOTHING_DRAWN.test(s)) return;
    // plt.rcdefaults(): matplotlib's defaults again, the rcParams and style sheets before it undone.
    if (/^\s*(?:plt|mpl|matplotlib)\.rcdefaults\(\s*\)\s*$/.test(s)) {
      r.rc.length = 0;
      r.style.length = 0;
      return;
    }
    if (X_LINE.test(s)) {
      // x = [-3, -2, ...]: data points, written out where a plot names x; else the sampled range.
      const list = /^\s*x\s*=\s*(\[[^]*\])\s*$/.exec(s)?.[1];
      r.xData = list;
      if (list === undefined) {
        r.xLine = s;
        r.xLineAt = line;
      }
      return;
    }
    // y.backward(torch.ones_like(x)), x.grad.zero_(): what x.grad holds at the plots after them.
    if (onLine(() => autogradLine(s, r.at))) {
      define();
      return;
    }
    // A target is names, maybe in brackets (fig, (ax1, ax2) =); f(a=1) is a call, its a= a keyword.
    const assignment = /^\s*([A-Za-z_([][\w\s,()[\]]*?)\s*=(?!=)\s*([^]*)$/.exec(s);
    const assigned = assignment && !/[A-Za-z_]\w*\s*\(/.test(assignment[1]) ? assignment : null;
    const [lhs, rhs] = assigned ? [assigned[1], assigned[2]] : [undefined, s];
    // A name given another value is no longer the def that drew.
    lhs?.split(/[\s,()[\]]+/).forEach((name) => r.procedures.delete(name));
    // Y = np.stack([a, b], axis=1): Y's columns, for a plot of Y; plot(x, Y): a plot() of each column.
    if (lhs !== undefined && /^\s*[A-Za-z_]\w*\s*$/.test(lhs)) {
      const columns = stackedColumns(rhs);
      if (columns) r.columns.set(lhs.trim(), columns);
      else r.columns.delete(lhs.trim());
    }
    const plots = /\bplot\(/.test(rhs)
      ? onLine(() => plotsOfColumns(lhs, rhs, (n) => r.columns.get(n), r.at))
      : undefined;
    if (plots) {
      if (plots.names) r.collections.set(plots.names[0], `[${plots.names[1].join(', ')}]`);
      queue.splice(q + 1, 0, ...plots.statements.map((text) => ({ text, line })));
      return;
    }
    if (/^\s*(?:(?:plt|mpl|matplotlib)\.)?rcParams\b|^\s*(?:plt|mpl|matplotlib)\.rc\(/.test(s)) {
      r.rc.push(s);
      return;
    }
    if (/^\s*(?:plt|mpl|matplotlib)\.style\.use\(/.test(s)) {
      r.style.push(s);
      return;
    }
    // A call of a def of the script's that draws, alone on its line (a keyword may be a lambda, f=lambda z: z):
    // its body, the parameters written out as the arguments.
    const bare = bareCall(s);
    const procedure = bare && r.procedures.get(bare.name);
    if (procedure) {
      if (++r.calls > MAX_CALLS)
        fail(`more than ${MAX_CALLS} calls of the script's own functions (one calling itself?)`);
      const body = callStatements(procedure, bare!.args, r.calls, fail);
      queue.splice(q + 1, 0, ...body.map((text) => ({ text, line })));
      return;
    }
    if (/^\s*(?:def|class)\s/.test(s) || /=\s*lambda\b/.test(s)) {
      // A def that draws (plot_activation(ax, f, title)) is read at each call, as its body.
      const procedure = readProcedure(s);
      if (procedure) r.procedures.set(procedure.name, procedure);
      else if (/^\s*def\s/.test(s)) r.procedures.delete(/^\s*def\s+(\w+)/.exec(s)![1]);
      define();
      return;
    }
    readCallStatement(r, { line, fail, onLine, define }, s, lhs, rhs);
  };
  for (let q = 0; q < queue.length; q++) {
    const { line } = queue[q];
    const before = r.lines && optionPaths(r.panels, r.figure, r.rc, r.style);
    readStatement(q);
    if (r.lines && before) {
      for (const [path, value] of optionPaths(r.panels, r.figure, r.rc, r.style)) {
        // A panel's x is its x line's, whichever plot gave it to the panel.
        if (before.get(path) === value) continue;
        // A call made a list of the option's calls (title() again): its first keeps the earlier call's line.
        const first = /^(.*)\[0\]$/.exec(path)?.[1];
        if (first !== undefined && before.get(first) === value && r.lines.has(first)) {
          r.lines.set(path, r.lines.get(first)!);
          continue;
        }
        r.lines.set(path, (/\.x$/.test(path) && r.xLines.get(value)) || line);
      }
    }
  }
  if (r.panels.some((p) => p?.curves.length) || !r.finished.length) r.endFigure(true);
  // The map begun for a figure that never came.
  if (r.linesOf && r.linesOf.length > r.finished.length) r.linesOf.length = r.finished.length;
  return r.finished;
}

/**
 * The text with each docstring (a string alone on its lines: a module's, a def's or a class's first statement)
 * blanked, its lines kept for the line numbers after it: it changes nothing drawn.
 */
function withoutDocstrings(text: string): string {
  if (!/"""|'''/.test(text)) return text;
  return text.replace(
    /^([ \t]*)[rRuU]?("""|''')[^]*?\2[ \t]*(?:#.*)?$/gm,
    (doc: string, indent: string) => indent + 'pass' + '\n'.repeat(doc.split('\n').length - 1),
  );
}

/** Items of a list comprehension at most, made into numbers: a figure's data, not a loop's body. */
const MAX_LIST = 10_000;

/** A list comprehension's values where each is a number (over range() or a list of numbers), as a list. */
function numberList(r: ScriptState, text: string): string | undefined {
  const made = comprehended(text, r.loopScope(), MAX_LIST);
  if (made === undefined) return undefined;
  const values = splitOutside(made.slice(1, -1), ',').map((item) => r.numberOf(item));
  return values.every((v) => v !== undefined) ? `[${values.map((v) => floatRepr(v!)).join(', ')}]` : undefined;
}

/** A plot's names of lists of numbers the script made (xs, ys), as those lists: data to draw. */
function withNumberLists(statement: string, lists: ReadonlyMap<string, string>): string {
  const numeric = new Map([...lists].filter(([, list]) => /^\[\s*[-+\d.eE\s,]*\]$/.test(list) && list.includes(',')));
  return numeric.size ? substituteNames(statement, numeric) : statement;
}
