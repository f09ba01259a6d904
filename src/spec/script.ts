/**
 * A pyplot script read as the options it says (`actplot script plot.py`): its definitions, written out in the
 * plots that name them as they stand at that line, and its x line (--x), its rcParams and style lines (--rc,
 * --style), `plt.figure()` / `plt.subplots()` and the axes they give, and each pyplot call or Axes method on
 * them as the option of its name (a call line, spec/call-lines.ts). Python is not run: a statement that is none
 * of these (a loop, an if, a print) is refused with its line. Pure.
 */
import { describeUsage, UsageError, type FieldPath } from '../errors';
import { autogradLine } from '../functions/autograd';
import { argumentTexts, parseCallArgs, splitOutside, substituteNames, unwrapped } from '../pycall';
import { colormapOf, withColormapColors, withLengths } from './script-colormaps';
import { classFunction, withClassCalls } from './script-classes';
import { ScriptState } from './script-state';
import { callLine, PANEL_CALLS, spineLine } from './call-lines';
import { plotLines, stepAsPlot } from './plot-call';
import {
  alone,
  overOwnRange,
  PLOT_CALL,
  PLOTTED_OVER,
  RANGE_LINE,
  rangesNamed,
  rangeValues,
  withRangeExtremes,
} from './script-ranges';
import type { FigureOptions, PanelOptions } from './options';
import { statementLines } from './script-definitions';
import { legendOf, optionPaths } from './script-options';
import {
  dedent,
  DICT_ENTRY,
  ELSE_CLAUSE,
  forLoop,
  IF,
  SAME_VALUES_CONTEXT,
  unroll,
  WITH,
  withDictEntry,
  withDictValues,
  comprehended,
} from './script-flow';
import { truthy } from './conditions';
import { withPythonStrings } from './fstrings';
import { wholeNumberOf } from './whole-numbers';
import { withConstantArguments } from './constant-args';
import { bareCall, callStatements, readProcedure } from './script-procedures';
import { keptLines, withLineColours, withModuleTexts, withPythonNames } from './script-lines';

/** An Axes method (or pyplot function) and the panel option its arguments are: the call lines' own table. */
const PANEL_METHODS = new Map<string, keyof PanelOptions>(
  (Object.entries(PANEL_CALLS) as [keyof PanelOptions, readonly string[]][]).flatMap(([key, names]) =>
    names.map((n): [string, keyof PanelOptions] => [n, key]),
  ),
);
/** The panel options a script may call again, each call one more (the others: the last call counts). */
const REPEATED = new Set<keyof PanelOptions>([
  'axhline',
  'axvline',
  'hlines',
  'vlines',
  'axhspan',
  'axvspan',
  'fillBetween',
  'text',
  'annotate',
  'tickParams',
  'locatorParams',
  'ticklabelFormat',
  'grid',
]);
/** The panel options a later call adds to (its keywords over the earlier one's), rather than replaces. */
const MERGED = new Set<keyof PanelOptions>(['set', 'xticks', 'yticks']);
/** The figure's own calls (on plt or on the figure). */
const FIGURE_METHODS: Record<string, keyof FigureOptions> = {
  suptitle: 'suptitle',
  supxlabel: 'supxlabel',
  supylabel: 'supylabel',
  figtext: 'figtext',
  tight_layout: 'tightLayout',
  subplots_adjust: 'subplotsAdjust',
  savefig: 'savefig',
  figlegend: 'figlegend',
};
/**
 * Calls alone on their line that change nothing drawn: seeds, warnings filters, folders, print options, logging,
 * a notebook's magics as nbconvert writes them (get_ipython().run_line_magic('matplotlib', 'inline')).
 */
const NOTHING_DRAWN = new RegExp(
  String.raw`^\s*(?:torch\.(?:cuda\.|random\.)?manual_seed(?:_all)?|(?:np|numpy)\.random\.seed|random\.seed|` +
    String.raw`warnings\.(?:filterwarnings|simplefilter)|os\.(?:makedirs|mkdir)|(?:np|numpy|torch)\.set_printoptions|` +
    String.raw`logging\.\w+|sys\.path\.(?:append|insert)|get_ipython\(\s*\)\.\w+)\s*\([^]*\)\s*$`,
);
/** What a script calls that draws nothing in its file. */
const NOTHING = new Set(['show', 'close', 'ion', 'ioff', 'pause', 'draw', 'clf', 'cla']);

/** The script's x line, `x = np.linspace(-5, 5, 200)`: each panel samples by the one before its first plot. */
const X_LINE = /^\s*x\s*=(?!=)/;
/** The calls whose arguments are data: not computed as numbers. */
const DATA_CALLS = /^(?:plot|scatter|fill_between|fill_betweenx|step|errorbar|bar|stem|hist|semilogx|semilogy|loglog)$/;
/** Calls of the script's own drawing functions read, at most: a function calling itself would never end. */
const MAX_CALLS = 500;
/** The calls whose first argument is a text: a module given there is shown as PyTorch prints it. */
const TEXT_FIRST = new Set(['title', 'set_title', 'suptitle', 'xlabel', 'ylabel', 'set_xlabel', 'set_ylabel']);
/** The calls whose arguments hold expressions in x, which may name the script's definitions. */
const WRITTEN_OUT = new Set(['plot', 'scatter', 'fill_between']);

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
    const define = () => onLine(() => r.defs.add(s, r.at));
    // ax.set_xlim(x.min(), x.max()), lo = x[0]: a sampled range's extremes, as numbers (not in a plot, whose
    // x[0] would be data).
    if (!PLOT_CALL.test(s)) s = withRangeExtremes(s, (name) => r.valuesOf(name));
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
    // A loop over a literal list (zip'ped, enumerated, or the axes'): its body once for each item, written out.
    const loop = forLoop(s);
    if (loop) {
      const unrolled = unroll(
        loop,
        { axesNames: r.axesNames, cells: r.panels.length, collections: r.collections },
        fail,
      );
      queue.splice(q + 1, 0, ...unrolled.map((t) => ({ text: t, line })));
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
      const taken = clauses.find((c) => c.condition === undefined || onLine(() => truthy(c.condition!, r.at, valueOf)));
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
    // f'Swish (β={beta})' of a loop's item or a value written out: the text Python makes of it.
    s = onLine(() => withPythonStrings(s, (name) => r.defs.literal(name) ?? r.defs.moduleAttribute(name, r.at), r.at));
    // results[name] = f(x), into a dict the script wrote out (results = {}): the entry, its value written out
    // now (a loop's f is another function at its next turn); results['relu'] is then that value.
    const entry = DICT_ENTRY.exec(s);
    const dict = entry && r.collections.get(entry[1]);
    if (entry && dict?.startsWith('{')) {
      // In parentheses, as a loop over its items puts it in place of a name (y * 2 of y = a + 1).
      const value = `(${unwrapped(onLine(() => r.defs.call(withDictValues(entry[3], r.collections), r.at)))})`;
      r.collections.set(
        entry[1],
        onLine(() => withDictEntry(dict, entry[2], value)),
      );
      return;
    }
    s = onLine(() => withDictValues(s, r.collections));
    // class Swish(nn.Module) with a forward(): the def it computes; Swish(2.0)(x) and act = Swish() its calls.
    const made = /^\s*class\s/.test(s) ? classFunction(s) : undefined;
    if (made) {
      r.scriptClasses.add(made.name.replace(/__forward$/, ''));
      onLine(() => r.defs.add(made.def, r.at));
      return;
    }
    s = withClassCalls(s, r.scriptClasses);
    // ax.set_facecolor(c) is ax.set(facecolor=c) (a figure's is refused as its set() is).
    s = s.replace(/^(\s*[A-Za-z_][\w.[\]\s,()]*?)\.set_facecolor\(/, '$1.set(facecolor=');
    // len(betas) of a list written out: its count.
    s = withLengths(s, r.collections, (list) => splitOutside(list.trim().slice(1, -1), ',').length);
    // cmap = plt.get_cmap('viridis'): a colormap under a name of its own; plt.cm.viridis(0.5), cmap(i) and
    // cmap(np.linspace(0, 1, 4)): the colours they give, written out.
    const cmapLine = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s*([^]+)$/.exec(s);
    const cmapName = cmapLine ? onLine(() => colormapOf(cmapLine[2], r.at)) : undefined;
    if (cmapName !== undefined) {
      r.colormaps.set(cmapLine![1], cmapName);
      return;
    }
    s = onLine(() => withColormapColors(s, { bound: r.colormaps, rangeValues, numberOf: (t) => r.numberOf(t) }, r.at));
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
    const call = /^\s*((?:[A-Za-z_]\w*(?:\[(?:[^[\]]|\[[^\]]*\])*\])*(?:\(\))?\.)+)([A-Za-z_]\w*)\s*\(/.exec(rhs);
    if (!call) {
      const name = lhs?.trim();
      // ax = axes[1, 0] (axs.flat[i], axes[i // 2][i % 2] in a loop): that axes, by a name of its own.
      const axes = name && /^[A-Za-z_]\w*$/.test(name) ? axesOf(rhs.trim(), r.axesNames) : undefined;
      if (axes !== undefined) {
        r.axesNames.set(name!, axes);
        return;
      }
      // A list, tuple or dict written out by name, for a loop over it later.
      // ys = [np.tanh(k * x) for k in (0.5, 1, 2)]: the list it makes, each value written out now.
      const made =
        name && /^[A-Za-z_]\w*$/.test(name)
          ? comprehended(rhs, { axesNames: r.axesNames, cells: r.panels.length, collections: r.collections })
          : undefined;
      if (made !== undefined) {
        // A value of x's written out now; a function (np.sin, a lambda) as it is, to be called later.
        const items = splitOutside(made.slice(1, -1), ',').map((item) =>
          /^\(?\s*lambda\b/.test(item) || /^[A-Za-z_][\w.]*$/.test(item)
            ? item
            : `(${unwrapped(onLine(() => r.defs.call(item, r.at)))})`,
        );
        r.collections.set(name!, `[${items.join(', ')}]`);
        return;
      }
      if (name && /^[A-Za-z_]\w*$/.test(name) && /^\s*(?:[[({][^]*[\])}]|dict\(\s*\))\s*$/.test(rhs))
        r.collections.set(name, /^dict\(\s*\)$/.test(rhs.trim()) ? '{}' : rhs.trim());
      if (lhs !== undefined)
        define(); // y = torch.sigmoid(x)
      else if (!/^\s*print\s*\(/.test(s)) fail(`'${oneLine(s)}' is not read: a definition or a call of pyplot's`);
      return;
    }
    const [, objects, called] = call;
    // plt.step() is plot() with a drawstyle from its where=.
    const method = called === 'step' ? 'plot' : called;
    // ax.get_yaxis() is ax.yaxis.
    const object = objects.slice(0, -1).replace(/\.get_([xy]axis)\(\)/g, '.$1');
    const rootName = object.split(/[.[(]/)[0];
    // font_manager.fontManager.addfont(path): the font file the rcParams then name (--font-file).
    if (method === 'addfont' && /^(?:(?:matplotlib|mpl)\.)?(?:font_manager\.)?fontManager$/.test(object)) {
      const file = onLine(() => parseCallArgs(callLine(rhs, [called]) ?? '', r.at).positional[0]);
      if (typeof file !== 'string') fail(`'${oneLine(s)}': addfont() of a file's path written out`);
      r.fontFiles.push(file as string);
      return;
    }
    // A call of anything but pyplot, the figure and its axes (np.linspace, torch.sigmoid): a value defined.
    if (rootName !== 'plt' && !r.figureNames.has(rootName) && !r.axesNames.has(rootName)) {
      // np.array([0.5, 1.0, 2.0]) (torch.tensor([...])) is its list too, for a loop over it or its len().
      const listed = /^\s*(?:np|numpy|torch)\.(?:array|asarray|tensor)\(\s*(\[[^]*\])\s*\)\s*$/.exec(rhs)?.[1];
      if (listed !== undefined && lhs !== undefined && /^\s*[A-Za-z_]\w*\s*$/.test(lhs))
        r.collections.set(lhs.trim(), listed);
      if (lhs !== undefined) define();
      else fail(`'${oneLine(s)}' is not read: a definition or a call of pyplot's`);
      return;
    }
    const line_ = callLine(rhs, [called]) ?? fail(`'${oneLine(s)}' is not one call`);
    // xlim(-np.pi, np.pi), axhline(lo - 0.1): arguments of numbers alone as their numbers (a plot's are data).
    const written = DATA_CALLS.test(called)
      ? line_
      : withConstantArguments(line_, (t) => r.defs.call(t, r.at), [...r.ranges.keys()], r.at);
    const args =
      called === 'step'
        ? onLine(() => stepAsPlot(written, r.at))
        : TEXT_FIRST.has(called)
          ? onLine(() => r.textOf(written, called))
          : written;
    // A second figure, or the first one's drawing thrown away and drawn again (clf(), close() then plots): one
    // figure is drawn, so refused rather than drawn on top of the first.
    const drawnOn = r.panels.some((p) => p?.curves.length);
    const onFigure = object === 'plt' || r.figureNames.has(rootName) || r.axesNames.has(rootName);
    // Another figure: plt.figure() or plt.subplots() after plotting, or anything drawn after close() or show().
    const another =
      (drawnOn && object === 'plt' && (method === 'subplots' || method === 'figure')) ||
      (r.closed && onFigure && !NOTHING.has(method) && method !== 'savefig');
    if (another) {
      if (!r.several) {
        fail(`'${oneLine(s)}' makes a second figure: readScript reads one figure (readScriptFigures each of them)`);
      }
      r.endFigure(true);
    }
    if (drawnOn && method === 'clf') {
      // A figure cleared after it was saved is another figure from here; one cleared before, let go.
      if (!r.several) fail(`clf() clears what the script drew before it: readScript reads one figure`);
      r.endFigure(r.figure.savefig !== undefined);
      return;
    }
    if (drawnOn && method === 'cla') fail(`cla() clears what the script drew on the axes: not read yet`);
    if ((method === 'close' || method === 'show') && object === 'plt' && drawnOn) {
      // show() is the figure's output, as savefig() is; close() lets an unsaved figure go.
      if (r.several && (method === 'show' || r.figure.savefig !== undefined)) r.endFigure(true);
      else if (r.several) r.endFigure(false);
      else r.closed = true;
      return;
    }
    // The figure and its axes, made.
    if (object === 'plt' && (method === 'subplots' || method === 'figure')) {
      r.figure[method === 'subplots' ? 'subplots' : 'figure'] = args;
      if (method === 'figure') {
        if (lhs) r.figureNames = new Set([...r.figureNames, lhs.trim()]);
        return;
      }
      const { positional, keywords } = parseCallArgs(args, r.at);
      const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1);
      const rows = count(positional[0] ?? keywords.nrows);
      const cols = count(positional[1] ?? keywords.ncols);
      r.axesGrid = { rows, cols };
      const targets = lhs?.split(',').map((t) => t.trim()) ?? [];
      if (targets[0]) r.figureNames = new Set([...r.figureNames, targets[0].replace(/[()]/g, '')]);
      const names = (lhs ?? '').replace(/^[^,]*,/, '').match(/[A-Za-z_]\w*/g) ?? [];
      if (names.length === 1 && rows * cols > 1) r.axesNames.set(names[0], { cols });
      else names.forEach((n, k) => r.axesNames.set(n, k));
      for (let k = 0; k < rows * cols; k++) r.panel(k);
      return;
    }
    // axs = axs.ravel() (flatten()): the same axes, indexed in order; ax1, ax2 = axs.flatten(): each by name.
    const grid = r.axesNames.get(object);
    if ((method === 'ravel' || method === 'flatten') && typeof grid === 'object' && lhs !== undefined) {
      const names = lhs
        .replace(/[()[\]]/g, '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.length === 1 && !lhs.includes(',')) r.axesNames.set(names[0], { cols: grid.cols });
      else names.forEach((n, k) => r.axesNames.set(n, k));
      return;
    }
    // fig = plt.gcf(): the figure, by a name of its own.
    if (object === 'plt' && method === 'gcf') {
      if (lhs) r.figureNames = new Set([...r.figureNames, lhs.trim()]);
      return;
    }
    // fig.set_size_inches(6, 4) (or ((6, 4))): the figure's size from here, over a figsize said before.
    if ((object === 'plt.gcf()' || r.figureNames.has(object)) && method === 'set_size_inches') {
      const { positional } = onLine(() => parseCallArgs(args, r.at));
      const size = (positional.length === 1 && Array.isArray(positional[0]) ? positional[0] : positional).slice(0, 2);
      if (size.length !== 2 || !size.every((v) => typeof v === 'number' && v > 0)) {
        fail(`set_size_inches(${args}) is read as set_size_inches(width, height), in inches`);
      }
      for (const call of ['figure', 'subplots'] as const) {
        if (typeof r.figure[call] === 'string') r.figure[call] = withoutKeyword(r.figure[call] as string, 'figsize');
      }
      r.figure.size = size;
      return;
    }
    if ((object === 'plt' || r.figureNames.has(object)) && method === 'gca') {
      if (lhs) r.axesNames.set(lhs.trim(), r.current);
      return;
    }
    // fig.add_axes([left, bottom, width, height]) (plt.axes([...])) as the figure's one axes: the grid of one
    // cell with subplots_adjust() at those edges, which is where matplotlib puts it.
    if (
      (r.figureNames.has(object) && method === 'add_axes') ||
      (object === 'plt' && method === 'axes' && args.trim())
    ) {
      const { positional, keywords } = onLine(() => parseCallArgs(args, r.at));
      const rect = positional[0];
      if (r.panels.length || !Array.isArray(rect) || rect.length !== 4 || !rect.every((v) => typeof v === 'number')) {
        fail(
          `${method}(${args}) is read as the figure's one axes at [left, bottom, width, height]: an inset is not read yet`,
        );
      }
      if (Object.keys(keywords).length)
        fail(`${method}()'s keywords (${Object.keys(keywords).join(', ')}) are not read yet`);
      const [l, b, w, h] = rect as number[];
      r.figure.subplotsAdjust = `left=${l}, bottom=${b}, right=${l + w}, top=${b + h}`;
      r.current = 0;
      r.panel(0);
      if (lhs) r.axesNames.set(lhs.trim(), 0);
      return;
    }
    if ((object === 'plt' && method === 'subplot') || method === 'add_subplot') {
      // The index as a loop writes it, plt.subplot(2, 2, i + 1) or (2, 3, 2 * i + 1): its whole number.
      const worked = argumentTexts(args)
        .positional.map((a) => String(wholeNumberOf(a) ?? a))
        .join(', ');
      const { positional } = parseCallArgs(worked, r.at);
      const nums = positional.length === 1 ? String(positional[0]).split('').map(Number) : positional;
      const [rows, cols, k] = nums.map(Number);
      if (![rows, cols, k].every((v) => Number.isInteger(v) && v > 0) || k > rows * cols) {
        fail(`subplot(${args}) is read as subplot(nrows, ncols, index)`);
      }
      r.figure.layout = [rows, cols];
      r.axesGrid = { rows, cols };
      r.current = k - 1;
      r.panel(r.current);
      if (lhs) r.axesNames.set(lhs.trim(), r.current);
      return;
    }
    if (NOTHING.has(method) && (object === 'plt' || r.figureNames.has(rootName))) return;
    // plt.setp(ax.get_xticklabels(), rotation=45, ha='right'): that axes' tick labels, as plt.xticks(rotation=45,
    // ha='right') turns them.
    if (object === 'plt' && method === 'setp') {
      const [labels, ...rest] = splitOutside(args, ',');
      const m = /^(.+?)\.get_([xy])ticklabels\(\s*\)$/.exec(labels ?? '');
      const index = m ? (m[1] === 'plt.gca()' ? r.current : axesOf(m[1], r.axesNames)) : undefined;
      if (!m || index === undefined || rest.some((r) => !/^[A-Za-z_]\w*\s*=/.test(r))) {
        fail(
          `'${oneLine(s)}': setp() of an axes' tick labels with keywords is read (setp(ax.get_xticklabels(), rotation=45))`,
        );
      }
      const key = m![2] === 'x' ? 'xticks' : 'yticks';
      const options = r.panel(index!).options;
      options[key] =
        typeof options[key] === 'string' ? mergedCall(options[key] as string, rest.join(', ')) : rest.join(', ');
      return;
    }
    // Which axes the call is on: plt's current one, an axes by its name, one of a grid by its index.
    let target: number | 'figure' | undefined;
    if (object === 'plt' || object === 'plt.gca()')
      target = object === 'plt' && FIGURE_METHODS[method] ? 'figure' : r.current;
    else if (r.figureNames.has(object) || object === 'plt.gcf()') target = 'figure';
    else target = axesOf(object, r.axesNames);
    if (target === undefined) {
      // ax.xaxis.set_ticks_position(...), ax.spines['left'].set_position(...): the Axis' and Spine's own.
      const [owner, rest] = splitAt(object, ['.xaxis', '.yaxis', '.spines']);
      const index = owner === 'plt.gca()' ? r.current : axesOf(owner, r.axesNames);
      if (index === undefined || rest === undefined) fail(`'${oneLine(s)}': no axes of the script is named so`);
      const key = rest!.startsWith('.spines') ? 'spine' : rest!.startsWith('.xaxis') ? 'xaxis' : 'yaxis';
      const value = key === 'spine' ? spineLine(`ax${rest}.${method}(${args})`) : `${method}(${args})`;
      if (value === undefined) fail(`'${oneLine(s)}' is not read`);
      push(r.panel(index!).options, key, value!);
      return;
    }
    if (target === 'figure') {
      const key = method === 'legend' ? 'figlegend' : method === 'text' ? 'figtext' : FIGURE_METHODS[method];
      if (!key) fail(`'${oneLine(s)}': the figure's ${method}() is not read`);
      if (key === 'figtext') push(r.figure, key, args);
      else r.figure[key!] = args;
      return;
    }
    if (method === 'twinx') {
      // A twin is drawn right after its host (--twinx): made, named and current, as matplotlib makes it.
      if (target !== r.panels.length - 1) fail('twinx() of an axes before the last one made: a twin follows its host');
      r.current = r.panels.length;
      r.panel(r.current).options.twinx = true;
      if (lhs) r.axesNames.set(lhs.trim(), r.current);
      return;
    }
    const p = r.panel(target);
    let drawn = args;
    if ((method === 'plot' || method === 'scatter' || method === 'fill_between') && r.xLine !== undefined) {
      // The range the plot names; one that names none (data, or x by a way of writing it not told apart) is
      // over the axes' range, or gives the axes the range last sampled.
      const current = { call: r.xLine.replace(/^\s*x\s*=\s*/, ''), line: r.xLineAt };
      const over = r.plotRange;
      const first = r.panelRanges.get(target);
      if (!first) {
        const given = over ?? current;
        r.panelRanges.set(target, given);
        if (p.options.x === undefined) {
          p.options.x = `x = ${given.call}`;
          r.xLines.set(p.options.x, given.line);
        }
      } else if (over && first.call.replace(/\s+/g, '') !== over.call.replace(/\s+/g, '')) {
        // Another range than the axes' first plot's: the curve's own (plot(np.linspace(0, 5, 50), relu(x))).
        if (method !== 'plot') {
          fail(
            `${method}() over ${over.call} (line ${over.line}) in an axes whose plots are over ${first.call} ` +
              `(line ${first.line}): a range of its own is read for plot() alone`,
          );
        }
        drawn = onLine(() => overOwnRange(args, over.call, r.at));
        if (onLine(() => plotLines(drawn, r.at)).length > 1) {
          fail(`a plot() of several lines over ${over.call}, another range than its axes' first: one line a call`);
        }
      }
      // plot(t) alone: the range's values against 0, 1, 2..., as data.
      if (method === 'plot' && alone(drawn)) {
        const values = over ?? r.panelRanges.get(target)!;
        drawn = onLine(() => overOwnRange(drawn, values.call, r.at));
      }
    }
    // Its expressions written out with the definitions of this moment: a name defined again later is another.
    const given =
      r.xData !== undefined && WRITTEN_OUT.has(method) ? substituteNames(drawn, new Map([['x', r.xData]])) : drawn;
    const expressions = WRITTEN_OUT.has(method) ? onLine(() => r.defs.call(given, r.at)) : given;
    if (method === 'plot' && lhs !== undefined) {
      for (const [name, colour] of onLine(() => keptLines(lhs, expressions, p.curves, r.at))) r.kept.set(name, colour);
    }
    if (method === 'plot' || method === 'scatter') {
      p.curves.push({ [method]: expressions });
      return;
    }
    if (method === 'set_xticklabels' || method === 'set_yticklabels') {
      push(p.options, method[4] === 'x' ? 'xaxis' : 'yaxis', `set_ticklabels(${args})`);
      return;
    }
    if ((method === 'box' || method === 'set_frame_on') && /^\s*(True|False)\s*$/.test(args)) {
      p.options.frameOn = args.trim() === 'True';
      return;
    }
    if (method === 'minorticks_on' || method === 'minorticks_off') {
      p.options.minorticks = method === 'minorticks_on';
      return;
    }
    if (method === 'invert_xaxis' || method === 'invert_yaxis') {
      p.options[method === 'invert_xaxis' ? 'invertXaxis' : 'invertYaxis'] = true;
      return;
    }
    if (method === 'get_legend_handles_labels') {
      const names = (lhs ?? '').split(',').map((n) => n.replace(/[()[\]]/g, '').trim());
      if (names.length !== 2 || !names.every((n) => /^[A-Za-z_]\w*$/.test(n))) fail(`'${oneLine(s)}' is not read`);
      r.legendNames = names as [string, string];
      return;
    }
    if (method === 'label_outer') {
      // Axes.label_outer(): an axes above the last row loses its x tick labels and x label, one right of the
      // first column its y ones (those set later are shown, as matplotlib clears them at the call).
      if (r.panels.some((other) => other?.options.twinx))
        fail('label_outer() in a figure with a twin axes is not read yet');
      const { rows, cols } = r.axesGrid ?? { rows: 1, cols: 1 };
      const [row, col] = [Math.floor(target / cols), target % cols];
      if (row < rows - 1) {
        push(p.options, 'tickParams', "axis='x', which='both', labelbottom=False");
        setOption(p.options, 'xlabel', "''");
      }
      if (col > 0) {
        push(p.options, 'tickParams', "axis='y', which='both', labelleft=False");
        setOption(p.options, 'ylabel', "''");
      }
      return;
    }
    const key = PANEL_METHODS.get(method);
    if (!key) fail(`'${oneLine(s)}': ${method}() is not drawn by actplot`);
    const value =
      key === 'legend' && r.legendNames ? onLine(() => legendOf(expressions, r.legendNames!, r.at)) : expressions;
    if (REPEATED.has(key!)) push(p.options, key!, value);
    else setOption(p.options, key!, value);
  };
  for (let q = 0; q < queue.length; q++) {
    const { line } = queue[q];
    const before = r.lines && optionPaths(r.panels, r.figure, r.rc, r.style);
    readStatement(q);
    if (r.lines && before) {
      for (const [path, value] of optionPaths(r.panels, r.figure, r.rc, r.style)) {
        // A panel's x is its x line's, whichever plot gave it to the panel.
        if (before.get(path) !== value) r.lines.set(path, (/\.x$/.test(path) && r.xLines.get(value)) || line);
      }
    }
  }
  if (r.panels.some((p) => p?.curves.length) || !r.finished.length) r.endFigure(true);
  // The map begun for a figure that never came.
  if (r.linesOf && r.linesOf.length > r.finished.length) r.linesOf.length = r.finished.length;
  return r.finished;
}

function push(options: Record<string, unknown>, key: string, value: string): void {
  options[key] = [...((options[key] as string[] | undefined) ?? []), value];
}

/** The panel an axes object names: `ax`, `ax1`, `axes[1, 0]`, `axs[1][0]`, `axes[3]`, `axes.flat[2]`. */
function axesOf(object: string, names: Map<string, number | { cols: number }>): number | undefined {
  const m = /^([A-Za-z_]\w*)((?:\.flat)?(?:\[[^\]]*\])*)$/.exec(object);
  if (!m) return undefined;
  const known = names.get(m[1]);
  if (known === undefined) return undefined;
  if (typeof known === 'number') return m[2] ? undefined : known;
  // An index as a loop writes it once its counter is written out: axes[3 // 2, 3 % 2], axes[2 - 1][0].
  const index = [...m[2].matchAll(/\[([^\]]*)\]/g)].flatMap((x) => x[1].split(',').map((v) => wholeNumberOf(v)));
  if (!index.length || index.some((v) => v === undefined || v < 0)) return undefined;
  return index.length === 1 ? index[0] : index[0]! * known.cols + index[1]!;
}

function splitAt(object: string, marks: string[]): [string, string | undefined] {
  for (const mark of marks) {
    const i = object.indexOf(mark);
    if (i > 0) return [object.slice(0, i), object.slice(i)];
  }
  return [object, undefined];
}

const oneLine = (s: string) => (s.length > 60 ? `${s.slice(0, 57).replace(/\s+/g, ' ')}...` : s.replace(/\s+/g, ' '));

/** A call's arguments without one keyword (figsize=(8, 5) of plt.figure()'s, which set_size_inches() overrides). */
function withoutKeyword(args: string, keyword: string): string {
  const { positional, keywords } = argumentTexts(args);
  keywords.delete(keyword);
  return [...positional, ...[...keywords].map(([k, v]) => `${k}=${v}`)].join(', ');
}

/** A call's arguments after another's: its positional ones if it has any, else the earlier; keywords over theirs. */
function mergedCall(earlier: string, later: string): string {
  const a = argumentTexts(earlier);
  const b = argumentTexts(later);
  const keywords = new Map([...a.keywords, ...b.keywords]);
  const positional = b.positional.length ? b.positional : a.positional;
  return [...positional, ...[...keywords].map(([k, v]) => `${k}=${v}`)].join(', ');
}

/** ax.set()'s keywords that are panel options of their own (set_xlabel(), xlim()...), by the option's name. */
const SET_KEYWORDS: Partial<Record<keyof PanelOptions, string>> = {
  title: 'title',
  xlabel: 'xlabel',
  ylabel: 'ylabel',
  xlim: 'xlim',
  ylim: 'ylim',
  xticks: 'xticks',
  yticks: 'yticks',
  aspect: 'aspect',
  xscale: 'xscale',
  yscale: 'yscale',
  frameOn: 'frame_on',
  propCycle: 'prop_cycle',
};

/**
 * A panel option a call sets, after the calls before it: ax.set(xlabel='x') then ax.set(ylabel='y'), or
 * plt.xticks([...]) then plt.xticks(rotation=45), each changes what it names and the rest stays; a later
 * set_xlabel() over an earlier set(xlabel=...), or the other way round, is the later one's, as in matplotlib.
 */
function setOption(options: Record<string, unknown>, key: keyof PanelOptions, value: string): void {
  const earlier = options[key];
  if (key === 'set') {
    const { keywords } = argumentTexts(value);
    for (const [own, keyword] of Object.entries(SET_KEYWORDS)) {
      if (keywords.has(keyword)) delete options[own];
    }
  } else if (typeof options.set === 'string' && SET_KEYWORDS[key] !== undefined) {
    const keyword = SET_KEYWORDS[key]!;
    const inSet = argumentTexts(options.set).keywords.get(keyword);
    if (inSet !== undefined) {
      options.set = withoutKeyword(options.set, keyword);
      // Ticks set there, and a later call turning their labels: the same ticks.
      if ((key === 'xticks' || key === 'yticks') && earlier === undefined) {
        options[key] = mergedCall(inSet, value);
        return;
      }
    }
  }
  options[key] = MERGED.has(key) && typeof earlier === 'string' ? mergedCall(earlier, value) : value;
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
