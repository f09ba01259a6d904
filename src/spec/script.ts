/**
 * A pyplot script read as the options it says (`actplot script plot.py`): its definitions, written out in the
 * plots that name them as they stand at that line, and its x line (--x), its rcParams and style lines (--rc,
 * --style), `plt.figure()` / `plt.subplots()` and the axes they give, and each pyplot call or Axes method on
 * them as the option of its name (a call line, spec/call-lines.ts). Python is not run: a statement that is none
 * of these (a loop, an if, a print) is refused with its line. Pure.
 */
import { describeUsage, UsageError, type FieldPath } from '../errors';
import { autogradLine } from '../functions/autograd';
import { parseCallArgs, splitOutside } from '../pycall';
import { callLine, PANEL_CALLS, spineLine } from './call-lines';
import type { CurveOptions, FigureOptions, PanelOptions } from './options';
import { Definitions, statementLines } from './script-definitions';
import { keptLines, withLineColours } from './script-lines';

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
/** What a script calls that draws nothing in its file. */
const NOTHING = new Set(['show', 'close', 'ion', 'ioff', 'pause', 'draw', 'clf', 'cla']);

interface Panel {
  curves: CurveOptions[];
  options: Partial<Record<keyof PanelOptions, unknown>>;
}

/** The script's x line, `x = np.linspace(-5, 5, 200)`: each panel samples by the one before its first plot. */
const X_LINE = /^\s*x\s*=(?!=)/;
/** The calls whose arguments hold expressions in x, which may name the script's definitions. */
const WRITTEN_OUT = new Set(['plot', 'scatter', 'fill_between']);

/**
 * The figure a script draws: its options (its savefig()'s arguments among them, the file name included, which
 * buildFigure leaves to the caller: `actplot script` reads it with the savefig reader). The script is not run.
 *
 * @example
 *   const options = readScript("x = np.linspace(-5, 5, 200)\nplt.plot(x, np.tanh(x))\nplt.title('tanh')");
 *   const fig = buildFigure(options);
 */
export function readScript(text: string, at: FieldPath = ['script']): FigureOptions {
  const panels: Panel[] = [];
  const figure: Partial<Record<keyof FigureOptions, unknown>> = {};
  const defs = new Definitions();
  const rc: string[] = [];
  const style: string[] = [];
  /** Each axes' name in the script: its panel, or a grid of them (axes[1, 0], axs[2]). */
  const axesNames = new Map<string, number | { cols: number }>();
  let figureNames = new Set(['fig']);
  let current = 0;
  const panel = (i: number): Panel => (panels[i] ??= { curves: [], options: {} });

  let xLine: string | undefined;
  /** The lines the script keeps by name, and the colour each was drawn in. */
  const kept = new Map<string, string>();
  const queue = statementLines(text);
  for (let q = 0; q < queue.length; q++) {
    const { line } = queue[q];
    const s = withLineColours(queue[q].text, kept);
    const fail = (problem: string): never => {
      throw new UsageError(at, { problem: `line ${line}: ${problem}` });
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
    const define = () => onLine(() => defs.add(s, at));
    // A loop over a literal list (zip'ped, enumerated, or the axes'): its body once for each item, written out.
    const loop = FOR.exec(s);
    if (loop) {
      const unrolled = unroll(loop, axesNames, panels.length, fail);
      queue.splice(q + 1, 0, ...unrolled.map((t) => ({ text: t, line })));
      continue;
    }
    // The backend chosen, a notebook's magic, a print: nothing the file shows.
    if (/^\s*(?:(?:matplotlib|mpl)\.use\(|plt\.switch_backend\(|%|print\s*\()/.test(s)) continue;
    if (X_LINE.test(s)) {
      xLine = s;
      continue;
    }
    // y.backward(torch.ones_like(x)), x.grad.zero_(): what x.grad holds at the plots after them.
    if (onLine(() => autogradLine(s, at))) {
      define();
      continue;
    }
    const assigned = /^\s*([A-Za-z_][\w\s,()[\]]*?)\s*=(?!=)\s*([^]*)$/.exec(s);
    const [lhs, rhs] = assigned ? [assigned[1], assigned[2]] : [undefined, s];
    if (/^\s*(?:(?:plt|mpl|matplotlib)\.)?rcParams\b|^\s*(?:plt|mpl|matplotlib)\.rc\(/.test(s)) {
      rc.push(s);
      continue;
    }
    if (/^\s*(?:plt|mpl|matplotlib)\.style\.use\(/.test(s)) {
      style.push(s);
      continue;
    }
    if (/^\s*def\s/.test(s) || /=\s*lambda\b/.test(s)) {
      define();
      continue;
    }
    const call = /^\s*((?:[A-Za-z_]\w*(?:\[(?:[^[\]]|\[[^\]]*\])*\])?(?:\(\))?\.)+)([A-Za-z_]\w*)\s*\(/.exec(rhs);
    if (!call) {
      if (lhs !== undefined)
        define(); // y = torch.sigmoid(x)
      else if (!/^\s*print\s*\(/.test(s)) fail(`'${oneLine(s)}' is not read: a definition or a call of pyplot's`);
      continue;
    }
    const [, objects, method] = call;
    // ax.get_yaxis() is ax.yaxis.
    const object = objects.slice(0, -1).replace(/\.get_([xy]axis)\(\)/g, '.$1');
    const rootName = object.split(/[.[(]/)[0];
    // A call of anything but pyplot, the figure and its axes (np.linspace, torch.sigmoid): a value defined.
    if (rootName !== 'plt' && !figureNames.has(rootName) && !axesNames.has(rootName)) {
      if (lhs !== undefined) define();
      else fail(`'${oneLine(s)}' is not read: a definition or a call of pyplot's`);
      continue;
    }
    const args = callLine(rhs, [method]) ?? fail(`'${oneLine(s)}' is not one call`);
    // The figure and its axes, made.
    if (object === 'plt' && (method === 'subplots' || method === 'figure')) {
      figure[method === 'subplots' ? 'subplots' : 'figure'] = args;
      if (method === 'figure') {
        if (lhs) figureNames = new Set([...figureNames, lhs.trim()]);
        continue;
      }
      const { positional, keywords } = parseCallArgs(args, at);
      const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1);
      const rows = count(positional[0] ?? keywords.nrows);
      const cols = count(positional[1] ?? keywords.ncols);
      const targets = lhs?.split(',').map((t) => t.trim()) ?? [];
      if (targets[0]) figureNames = new Set([...figureNames, targets[0].replace(/[()]/g, '')]);
      const names = (lhs ?? '').replace(/^[^,]*,/, '').match(/[A-Za-z_]\w*/g) ?? [];
      if (names.length === 1 && rows * cols > 1) axesNames.set(names[0], { cols });
      else names.forEach((n, k) => axesNames.set(n, k));
      for (let k = 0; k < rows * cols; k++) panel(k);
      continue;
    }
    if ((object === 'plt' || figureNames.has(object)) && method === 'gca') {
      if (lhs) axesNames.set(lhs.trim(), current);
      continue;
    }
    if ((object === 'plt' && method === 'subplot') || method === 'add_subplot') {
      // The index as a loop writes it, plt.subplot(2, 2, i + 1): sums of whole numbers added up.
      const summed = args.replace(/\b(\d+)\s*\+\s*(\d+)\b/g, (_, a: string, b: string) =>
        String(Number(a) + Number(b)),
      );
      const { positional } = parseCallArgs(summed, at);
      const nums = positional.length === 1 ? String(positional[0]).split('').map(Number) : positional;
      const [r, c, k] = nums.map(Number);
      if (![r, c, k].every((v) => Number.isInteger(v) && v > 0) || k > r * c) {
        fail(`subplot(${args}) is read as subplot(nrows, ncols, index)`);
      }
      figure.layout = [r, c];
      current = k - 1;
      panel(current);
      if (lhs) axesNames.set(lhs.trim(), current);
      continue;
    }
    if (NOTHING.has(method) && (object === 'plt' || figureNames.has(rootName))) continue;
    // Which axes the call is on: plt's current one, an axes by its name, one of a grid by its index.
    let target: number | 'figure' | undefined;
    if (object === 'plt' || object === 'plt.gca()')
      target = object === 'plt' && FIGURE_METHODS[method] ? 'figure' : current;
    else if (figureNames.has(object)) target = 'figure';
    else target = axesOf(object, axesNames);
    if (target === undefined) {
      // ax.xaxis.set_ticks_position(...), ax.spines['left'].set_position(...): the Axis' and Spine's own.
      const [owner, rest] = splitAt(object, ['.xaxis', '.yaxis', '.spines']);
      const index = owner === 'plt.gca()' ? current : axesOf(owner, axesNames);
      if (index === undefined || rest === undefined) fail(`'${oneLine(s)}': no axes of the script is named so`);
      const key = rest!.startsWith('.spines') ? 'spine' : rest!.startsWith('.xaxis') ? 'xaxis' : 'yaxis';
      const value = key === 'spine' ? spineLine(`ax${rest}.${method}(${args})`) : `${method}(${args})`;
      if (value === undefined) fail(`'${oneLine(s)}' is not read`);
      push(panel(index!).options, key, value!);
      continue;
    }
    if (target === 'figure') {
      const key = method === 'legend' ? 'figlegend' : method === 'text' ? 'figtext' : FIGURE_METHODS[method];
      if (!key) fail(`'${oneLine(s)}': the figure's ${method}() is not read`);
      if (key === 'figtext') push(figure, key, args);
      else figure[key!] = args;
      continue;
    }
    const p = panel(target);
    if ((method === 'plot' || method === 'scatter' || method === 'fill_between') && xLine !== undefined) {
      p.options.x ??= xLine;
    }
    // Its expressions written out with the definitions of this moment: a name defined again later is another.
    const written = WRITTEN_OUT.has(method) ? onLine(() => defs.call(args, at)) : args;
    if (method === 'plot' && lhs !== undefined) {
      for (const [name, colour] of onLine(() => keptLines(lhs, written, p.curves, at))) kept.set(name, colour);
    }
    if (method === 'plot' || method === 'scatter') {
      p.curves.push({ [method]: written });
      continue;
    }
    if (method === 'set_xticklabels' || method === 'set_yticklabels') {
      push(p.options, method[4] === 'x' ? 'xaxis' : 'yaxis', `set_ticklabels(${args})`);
      continue;
    }
    if ((method === 'box' || method === 'set_frame_on') && /^\s*(True|False)\s*$/.test(args)) {
      p.options.frameOn = args.trim() === 'True';
      continue;
    }
    if (method === 'minorticks_on' || method === 'minorticks_off') {
      p.options.minorticks = method === 'minorticks_on';
      continue;
    }
    if (method === 'invert_xaxis' || method === 'invert_yaxis') {
      p.options[method === 'invert_xaxis' ? 'invertXaxis' : 'invertYaxis'] = true;
      continue;
    }
    const key = PANEL_METHODS.get(method);
    if (!key) fail(`'${oneLine(s)}': ${method}() is not drawn by actplot`);
    if (REPEATED.has(key!)) push(p.options, key!, written);
    else p.options[key!] = written;
  }
  return figureOptions(panels, figure, { rc, style }, at);
}

function figureOptions(
  panels: Panel[],
  figure: Partial<Record<keyof FigureOptions, unknown>>,
  lines: { rc: string[]; style: string[] },
  at: FieldPath,
): FigureOptions {
  const drawn = panels.map((p, i) => ({ p, i })).filter(({ p }) => p.curves.length);
  if (!drawn.length) throw new UsageError(at, { problem: 'nothing plotted: expected a plot() of the script' });
  const last = drawn[drawn.length - 1].i;
  // An axes after the plotted ones, given something (axes[1, 2].axis('off')): not drawn as the script says yet.
  const idle = panels.findIndex((p, i) => i > last && p && Object.keys(p.options).length);
  if (idle >= 0) {
    const keys = Object.keys(panels[idle].options).join(', ');
    throw new UsageError(at, {
      problem: `axes ${idle + 1} has no plot; its ${keys} would not be drawn as the script says (an axes with no plot takes no options yet)`,
    });
  }
  const gap = panels.slice(0, last).findIndex((p) => !p?.curves.length);
  if (gap >= 0) {
    throw new UsageError(at, {
      problem: `axes ${gap + 1} has nothing plotted before others that do; actplot draws no empty axes between them yet`,
    });
  }
  return {
    // matplotlib's defaults, as a script starts from them.
    style: ['matplotlib', ...lines.style],
    ...(lines.rc.length && { rc: lines.rc }),
    ...(figure as Partial<FigureOptions>),
    panels: panels.slice(0, last + 1).map((p) => ({ ...(p.options as Partial<PanelOptions>), curves: p.curves })),
  };
}

const FOR = /^\s*for\s+([^]+?)\s+in\s+([^]+?)\s*:([^]*)$/;

/** A for loop's body, for each item of its iterable, with the loop's names written out as the item's parts. */
function unroll(
  m: RegExpExecArray,
  axesNames: Map<string, number | { cols: number }>,
  cells: number,
  fail: (problem: string) => never,
): string[] {
  const [, targets, iterable, rest] = m;
  const items = itemsOf(iterable.trim(), axesNames, cells, fail);
  const body = dedent(rest.replace(/^[ \t]*\n/, ''));
  if (!body.trim()) fail('a for loop without its body');
  const out: string[] = [];
  for (const item of items) {
    const bound = new Map<string, string>();
    bind(targets.trim(), item, bound, fail);
    for (const st of statementLines(body)) out.push(substituteNames(st.text, bound));
  }
  return out;
}

/** The items of a loop's iterable, as text: a literal list or tuple, zip() and enumerate() of such, the axes. */
function itemsOf(
  text: string,
  axesNames: Map<string, number | { cols: number }>,
  cells: number,
  fail: (problem: string) => never,
): string[] {
  const call = /^(zip|enumerate|range)\s*\(([^]*)\)$/.exec(text);
  if (call) {
    const args = splitOutside(call[2], ',');
    if (call[1] === 'range') {
      const [a, b] = args.map(Number);
      const [from, to] = args.length === 1 ? [0, a] : [a, b];
      if (![from, to].every(Number.isInteger) || to - from > 100)
        fail(`range(${call[2]}) of at most 100 whole numbers`);
      return Array.from({ length: Math.max(0, to - from) }, (_, i) => String(from + i));
    }
    const lists = args.map((a) => itemsOf(a, axesNames, cells, fail));
    if (call[1] === 'enumerate') return lists[0].map((item, i) => `(${i}, ${item})`);
    const n = Math.min(...lists.map((l) => l.length));
    return Array.from({ length: n }, (_, i) => `(${lists.map((l) => l[i]).join(', ')})`);
  }
  if (/^[[(]/.test(text) && /[\])]$/.test(text)) return splitOutside(text.slice(1, -1), ',');
  // The axes of a grid: axes, axes.flat, axs.ravel(), axes.flatten().
  const grid = /^([A-Za-z_]\w*)(?:\.flat|\.ravel\(\)|\.flatten\(\))?$/.exec(text);
  if (grid && typeof axesNames.get(grid[1]) === 'object') {
    return Array.from({ length: cells }, (_, i) => `${grid[1]}.flat[${i}]`);
  }
  return fail(`a loop over '${text}': actplot unrolls loops over written-out lists, zip(), enumerate() and the axes`);
}

/** The loop's names bound to an item's parts: `name, f` to `('sigmoid(x)', sigmoid)`, nested as written. */
function bind(targets: string, item: string, bound: Map<string, string>, fail: (problem: string) => never): void {
  const names = splitOutside(targets.replace(/^\((.*)\)$/s, '$1'), ',');
  if (names.length === 1 && !targets.includes(',')) {
    bound.set(names[0], item);
    return;
  }
  const parts = splitOutside(item.replace(/^[([](.*)[)\]]$/s, '$1'), ',');
  if (parts.length !== names.length) fail(`for ${targets} in ...: an item of ${names.length} parts, got ${item}`);
  names.forEach((n, i) => bind(n, parts[i], bound, fail));
}

/** Text with each name replaced, outside strings, where it is a name (not an attribute, not a keyword). */
function substituteNames(text: string, bound: Map<string, string>): string {
  return text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(/(?<![\w.])([A-Za-z_]\w*)(?!\w)(?!\s*=(?!=))/g, (name: string) => bound.get(name) ?? name),
    )
    .join('');
}

function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
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
  const index = [...m[2].matchAll(/\[([^\]]*)\]/g)].flatMap((x) => x[1].split(',').map((v) => Number(v.trim())));
  if (!index.length || index.some((v) => !Number.isInteger(v) || v < 0)) return undefined;
  return index.length === 1 ? index[0] : index[0] * known.cols + index[1];
}

function splitAt(object: string, marks: string[]): [string, string | undefined] {
  for (const mark of marks) {
    const i = object.indexOf(mark);
    if (i > 0) return [object.slice(0, i), object.slice(i)];
  }
  return [object, undefined];
}

const oneLine = (s: string) => (s.length > 60 ? `${s.slice(0, 57).replace(/\s+/g, ' ')}...` : s.replace(/\s+/g, ' '));
