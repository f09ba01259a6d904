/**
 * A script's statement that is a call (spec/script.ts reads the others first): of pyplot, of the figure or of its
 * axes, read as the option of its name on the axes it is made on; the figure and its axes made (plt.subplots(),
 * plt.subplot(), add_axes()); a call of anything else, a value defined. Pure: it changes the reading's state.
 */
import { argumentTexts, joinedArguments, parseCallArgs, splitOutside, substituteNames, unwrapped } from '../pycall';
import { TICK_LABEL_KEYWORDS } from './ticks-call';
import type { ScriptState, StatementContext } from './script-state';
import { axesOf, readAlignCall, readAxesCall } from './script-axes';
import { readGridSpecStatement, readSubplotCall } from './script-subplot';
import { callLine, spineLine } from './call-lines';
import { plotLines, readPlot, stepAsPlot } from './plot-call';
import { alone, overOwnRange } from './script-ranges';
import type { FigureOptions } from './options';
import { legendOf, mergedCall, PANEL_METHODS, push, REPEATED, setOption, withoutKeyword } from './script-options';
import { comprehended } from './script-flow';
import { withConstantArguments } from './constant-args';
import { keptLines, legendOfKeptLines, turnsTaken, withLineProperties } from './script-lines';
import { dictCallText } from './script-kwargs';

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

/** The calls whose arguments are data: not computed as numbers. */
const DATA_CALLS = /^(?:plot|scatter|fill_between|fill_betweenx|step|errorbar|bar|stem|hist|semilogx|semilogy|loglog)$/;
/** The calls whose first argument is a text: a module given there is shown as PyTorch prints it. */
const TEXT_FIRST = new Set(['title', 'set_title', 'suptitle', 'xlabel', 'ylabel', 'set_xlabel', 'set_ylabel']);
/** The calls whose arguments hold expressions in x, which may name the script's definitions. */
const WRITTEN_OUT = new Set(['plot', 'scatter', 'fill_between']);

/**
 * A statement `s` (`lhs = rhs`, or `rhs` alone) that the statement reader has not read otherwise: a call of
 * pyplot, the figure or its axes, read into the figure being read; an axes by a name of its own; a list or dict
 * written out by name; any other assignment, a definition. Anything else is refused at its line.
 */
export function readCallStatement(
  r: ScriptState,
  st: StatementContext,
  s: string,
  lhs: string | undefined,
  rhs: string,
): void {
  const { fail, onLine, define } = st;
  // gs = fig.add_gridspec(2, 3): a GridSpec for the subplots placed on it (script-subplot.ts).
  if (readGridSpecStatement(r, st, lhs, rhs)) return;
  const call = /^\s*((?:[A-Za-z_]\w*(?:\[(?:[^[\]]|\[[^\]]*\])*\])*(?:\(\))?\.)+)([A-Za-z_]\w*)\s*\(/.exec(rhs);
  if (!call) {
    const name = lhs?.trim();
    // ax = axes[1, 0] (axs.flat[i], axes[i // 2][i % 2] in a loop): that axes, by a name of its own.
    const axes = name && /^[A-Za-z_]\w*$/.test(name) ? axesOf(rhs.trim(), r) : undefined;
    if (axes !== undefined) {
      r.axesNames.set(name!, axes);
      return;
    }
    // A list, tuple or dict written out by name, for a loop over it later.
    // ys = [np.tanh(k * x) for k in (0.5, 1, 2)]: the list it makes, each value written out now.
    const made = name && /^[A-Za-z_]\w*$/.test(name) ? comprehended(rhs, r.loopScope()) : undefined;
    if (made !== undefined) {
      // A value of x's written out now; a function (np.sin, a lambda) as it is, to be called later.
      const valueOf = (item: string) =>
        /^\(?\s*lambda\b/.test(item) || /^[A-Za-z_][\w.]*$/.test(item)
          ? item
          : `(${unwrapped(onLine(() => r.defs.call(item, r.at)))})`;
      const isDict = made.startsWith('{');
      const items = splitOutside(made.slice(1, -1), ',').map((item) => {
        if (!isDict) return valueOf(item);
        const [key, ...value] = splitOutside(item, ':');
        return `${key}: ${valueOf(value.join(':'))}`;
      });
      r.collections.set(name!, isDict ? `{${items.join(', ')}}` : `[${items.join(', ')}]`);
      return;
    }
    // props = dict(facecolor='black', shrink=0.05): the dict written out, {'facecolor': 'black', ...}.
    const keywordDict = name && /^[A-Za-z_]\w*$/.test(name) ? dictCallText(rhs) : undefined;
    if (keywordDict !== undefined) r.collections.set(name!, keywordDict);
    else if (name && /^[A-Za-z_]\w*$/.test(name) && /^\s*(?:[[({][^]*[\])}]|dict\(\s*\))\s*$/.test(rhs))
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
  // line.set_linewidth(2.5), line.set(color='purple'): the kept line's plot() given those keywords, as set later.
  const kept = r.keptCurves.get(object);
  if (kept && (method === 'set' || method.startsWith('set_'))) {
    const given = callLine(rhs, [called]) ?? fail(`'${oneLine(s)}' is not one call`);
    if (method !== 'set' && argumentTexts(given).positional.length !== 1) fail(`'${oneLine(s)}': one value is read`);
    const later = method === 'set' ? given : `${method.slice(4)}=${given}`;
    // A colour set after the line took its turn of the cycle: matplotlib's cycle stays advanced, so the axes'
    // later lines without a colour take the turns after, written out (a colour in this line's plot() alone would
    // give the next line its turn). An axes' own cycle, whose 'CN' are not its colours, is refused.
    const recoloured = [...argumentTexts(later).keywords.keys()].some((k) => k === 'color' || k === 'c');
    if (recoloured && /^C\d+$/.test(r.kept.get(object) ?? '') && !r.nextTurns.has(kept.panel)) {
      if (kept.panel.options.propCycle !== undefined) {
        fail(`'${oneLine(s)}': a colour set after the line took its turn of the axes' own cycle is not read yet`);
      }
      r.nextTurns.set(kept.panel, turnsTaken(kept.panel.curves, r.at));
    }
    kept.curve.plot = withLineProperties(String(kept.curve.plot), later);
    // line.get_color() after it: the colour set.
    const colour = recoloured ? onLine(() => readPlot(String(kept.curve.plot), r.at)).color : undefined;
    if (colour !== undefined) r.kept.set(object, colour);
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
  // xlim(-np.pi, np.pi), axhline(lo - 0.1): arguments of numbers alone as their numbers (a plot's positional
  // ones are data, its keywords folded alone).
  const written = withConstantArguments(
    line_,
    (t) => r.defs.call(t, r.at),
    [...r.ranges.keys()],
    r.at,
    DATA_CALLS.test(called),
  );
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
  // The figure and its axes made, named and picked (script-axes.ts).
  if (readAxesCall(r, st, { object, method, args, lhs })) return;
  if (readSubplotCall(r, st, { object, method, args, lhs }, (o) => axesOf(o, r))) return;
  if (NOTHING.has(method) && (object === 'plt' || r.figureNames.has(rootName))) return;
  // plt.setp(ax.get_xticklabels(), rotation=45, ha='right'): that axes' tick labels, as plt.xticks(rotation=45,
  // ha='right') turns them.
  if (object === 'plt' && method === 'setp') {
    const [labels, ...rest] = splitOutside(args, ',');
    const m = /^(.+?)\.get_([xy])ticklabels\(\s*\)$/.exec(labels ?? '');
    const index = m ? (m[1] === 'plt.gca()' ? r.current : axesOf(m[1], r)) : undefined;
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
  else target = axesOf(object, r);
  if (target === undefined) {
    // ax.xaxis.set_ticks_position(...), ax.spines['left'].set_position(...): the Axis' and Spine's own.
    const [owner, rest] = splitAt(object, ['.xaxis', '.yaxis', '.spines']);
    const index = owner === 'plt.gca()' ? r.current : axesOf(owner, r);
    if (index === undefined || rest === undefined) fail(`'${oneLine(s)}': no axes of the script is named so`);
    const key = rest!.startsWith('.spines') ? 'spine' : rest!.startsWith('.xaxis') ? 'xaxis' : 'yaxis';
    const value = key === 'spine' ? spineLine(`ax${rest}.${method}(${args})`) : `${method}(${args})`;
    if (value === undefined) fail(`'${oneLine(s)}' is not read`);
    push(r.panel(index!).options, key, value!);
    return;
  }
  // fig.delaxes(axes[1, 2]), axes[1, 2].remove(): the axes is gone from the figure and its cell of the grid blank,
  // as an empty axes with its axis off draws it (nor does tight_layout make room for either).
  const removed = target === 'figure' && method === 'delaxes' ? axesOf(args.trim(), r) : undefined;
  if (removed !== undefined || (method === 'remove' && typeof target === 'number' && !args.trim())) {
    const index = removed ?? (target as number);
    // (Placed by a span, it keeps its place; a subplot() of that place makes a new axes, as after remove().)
    const place = r.panels[index]?.options.subplot2grid;
    r.spans?.delete(r.panels[index]);
    r.panels[index] = { curves: [], options: { axis: "'off'", ...(place !== undefined && { subplot2grid: place }) } };
    r.panelRanges.delete(index);
    return;
  }
  if (target === 'figure' && readAlignCall(method, args, r, fail)) return;
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
  let expressions = WRITTEN_OUT.has(method) ? onLine(() => r.defs.call(given, r.at)) : given;
  // After a line's colour was set past its cycle turn (above): this line's turn, written out.
  const next = method === 'plot' ? r.nextTurns.get(p) : undefined;
  if (next !== undefined) {
    const lines = onLine(() => plotLines(expressions, r.at));
    if (lines.length > 1)
      fail(`'${oneLine(s)}': a plot() of several lines after a line's colour was set is not read yet`);
    if (onLine(() => readPlot(lines[0], r.at)).color === undefined) {
      expressions = `${expressions}, color='C${next}'`;
      r.nextTurns.set(p, next + 1);
    }
  }
  if (method === 'plot' && lhs !== undefined) {
    for (const [name, colour] of onLine(() => keptLines(lhs, expressions, p.curves, r.at))) r.kept.set(name, colour);
  }
  if (method === 'plot' || method === 'scatter') {
    p.curves.push({ [method]: expressions });
    // line, = ax.plot(...) of one line: its curve, which the line's setters change later.
    const name = /^\s*\(?\s*([A-Za-z_]\w*)\s*,\s*\)?\s*$/.exec(lhs ?? '')?.[1];
    if (method === 'plot' && name && onLine(() => plotLines(expressions, r.at)).length === 1) {
      r.keptCurves.set(name, { curve: p.curves[p.curves.length - 1], panel: p });
    }
    return;
  }
  if (method === 'set_xticklabels' || method === 'set_yticklabels') {
    // set_xticklabels(labels, rotation=90, ha='right'): the labels, and the Text keywords that turn and place them
    // as plt.xticks(rotation=90, ha='right') does.
    const axis = method[4] as 'x' | 'y';
    const { positional, keywords } = argumentTexts(args);
    const looks = new Map([...keywords].filter(([k]) => TICK_LABEL_KEYWORDS.has(k)));
    const rest = new Map([...keywords].filter(([k]) => !looks.has(k)));
    push(p.options, axis === 'x' ? 'xaxis' : 'yaxis', `set_ticklabels(${joinedArguments(positional, rest)})`);
    if (looks.size) setOption(p.options, `${axis}ticks`, joinedArguments([], looks));
    return;
  }
  if ((method === 'box' || method === 'set_frame_on') && /^\s*(True|False)\s*$/.test(args)) {
    p.options.frameOn = args.trim() === 'True';
    return;
  }
  if (method === 'autoscale') {
    // autoscale(tight=True) (axis='x' or 'y' for one): the margins 0, as Axes.autoscale sets them first;
    // autoscale() alone changes nothing while the limits are the autoscaled ones.
    const { positional, keywords } = onLine(() => parseCallArgs(args, r.at));
    const enable = positional[0] ?? keywords.enable ?? true;
    const axis = positional[1] ?? keywords.axis ?? 'both';
    const tight = positional[2] ?? keywords.tight ?? null;
    const limited = axis === 'both' ? ['xlim', 'ylim'] : [`${axis}lim`];
    if (
      enable !== true ||
      !['x', 'y', 'both'].includes(String(axis)) ||
      (tight !== null && typeof tight !== 'boolean')
    ) {
      fail(`'${oneLine(s)}': autoscale(enable=True, axis='x'|'y'|'both', tight=True or False) is read`);
    }
    if (limited.some((k) => p.options[k as keyof typeof p.options] !== undefined || p.options.axis !== undefined)) {
      fail(`'${oneLine(s)}': autoscale() after limits were set is not read yet`);
    }
    if (tight === true) setOption(p.options, 'margins', axis === 'both' ? '0' : `${axis}=0`);
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
    // Its span's first column and last row, as SubplotSpec.is_first_col() and is_last_row() tell them.
    const { rows, cols } = r.axesGrid ?? { rows: 1, cols: 1 };
    const span = r.spans?.get(p);
    const [lastRow, firstCol] = span
      ? [span.rows[1] === span.grid[0], span.cols[0] === 0]
      : [Math.floor(target / cols) === rows - 1, target % cols === 0];
    if (!lastRow) {
      push(p.options, 'tickParams', "axis='x', which='both', labelbottom=False");
      setOption(p.options, 'xlabel', "''");
    }
    if (!firstCol) {
      push(p.options, 'tickParams', "axis='y', which='both', labelleft=False");
      setOption(p.options, 'ylabel', "''");
    }
    return;
  }
  const key = PANEL_METHODS.get(method);
  if (!key) fail(`'${oneLine(s)}': ${method}() is not drawn by actplot`);
  const value =
    key === 'legend' && r.legendNames
      ? onLine(() => legendOf(expressions, r.legendNames!, r.at))
      : key === 'legend'
        ? (onLine(() => legendOfKeptLines(withHandleLists(expressions, r), p, r.keptCurves, r.at)) ?? expressions)
        : expressions;
  if (REPEATED.has(key!)) push(p.options, key!, value);
  else {
    // title() again: matplotlib keeps a title at each of loc='left', 'center' and 'right', the later call at a
    // place replacing the earlier; the calls are kept in order, and the panel's titles read from them.
    const inSet = typeof p.options.set === 'string' ? argumentTexts(p.options.set).keywords.get('title') : undefined;
    const earlier = p.options.title ?? inSet;
    if (key === 'title' && earlier !== undefined) {
      if (inSet !== undefined) p.options.set = withoutKeyword(p.options.set as string, 'title');
      p.options.title = [...[earlier].flat(), value] as string[];
      return;
    }
    setOption(p.options, key!, value);
  }
}

function splitAt(object: string, marks: string[]): [string, string | undefined] {
  for (const mark of marks) {
    const i = object.indexOf(mark);
    if (i > 0) return [object.slice(0, i), object.slice(i)];
  }
  return [object, undefined];
}

export const oneLine = (s: string) =>
  s.length > 60 ? `${s.slice(0, 57).replace(/\s+/g, ' ')}...` : s.replace(/\s+/g, ' ');

/**
 * legend(lines, [...]) (handles=lines) of a list of lines by name (lines = ax.plot(x, Y)): the list written
 * out, its lines by their names.
 */
function withHandleLists(args: string, r: ScriptState): string {
  const { positional, keywords } = argumentTexts(args);
  const listed = (t: string | undefined) => {
    const name = t?.trim();
    const list = name && /^[A-Za-z_]\w*$/.test(name) ? r.collections.get(name) : undefined;
    return list !== undefined && /^\[[\w\s,]*\]$/.test(list) ? list : undefined;
  };
  const first = listed(positional[0]);
  const handles = listed(keywords.get('handles'));
  if (first === undefined && handles === undefined) return args;
  if (handles !== undefined) keywords.set('handles', handles);
  return joinedArguments(first !== undefined ? [first, ...positional.slice(1)] : positional, keywords);
}
