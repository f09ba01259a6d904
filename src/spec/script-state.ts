/**
 * What reading a script gathers as it goes (spec/script.ts): the figure being read, the names and values the
 * script has made so far, and the figures done. The statement readers (script.ts, script-calls.ts) read and
 * change it; nothing else does.
 */
import { UsageError, type FieldPath } from '../errors';
import { compileWithFunctions } from '../functions/registry';
import { isPyNumber, pyString } from '../pycall';
import type { CurveOptions, FigureOptions } from './options';
import { Definitions } from './script-definitions';
import { writtenText } from './script-lines';
import { figureOptions, type Panel } from './script-options';
import type { AxesGrid, LoopScope } from './script-flow';
import type { GridSpan } from './subplots';
import type { Procedure } from './script-procedures';
import { rangeValues } from './script-ranges';
import { numberOf } from './constant-args';
import { wholeNumberOf } from './whole-numbers';

/** A range a script samples: its call, and the script's line of it. */
export interface SampledRange {
  call: string;
  line: number;
}

/** What the statement being read gives the call readers: its line, and its ways of refusing at that line. */
export interface StatementContext {
  line: number;
  fail: (problem: string) => never;
  onLine: <T>(read: () => T) => T;
  define: () => void;
}

export class ScriptState {
  /** The figures the script has made and let be drawn (shown, saved, or the last one). */
  readonly finished: FigureOptions[] = [];
  /** The figure being read: its axes' options and curves, and its own options. */
  readonly panels: Panel[] = [];
  readonly figure: Partial<Record<keyof FigureOptions, unknown>> = {};
  readonly defs = new Definitions();
  readonly rc: string[] = [];
  readonly style: string[] = [];
  /** Each axes' name in the script: its panel, or a grid of them (axes[1, 0], axs[2]). */
  readonly axesNames = new Map<string, number | AxesGrid>();
  figureNames = new Set(['fig']);
  /** plt's current axes: its panel. */
  current = 0;
  xLine: string | undefined;
  xLineAt = 0;
  /**
   * Each name the script samples a range under (x = np.linspace(-5, 5, 100), t = torch.arange(0, 1, 0.1)): its
   * call and line. Every one reads as x in what follows; a plot names the one it is drawn over.
   */
  readonly ranges = new Map<string, SampledRange>();
  /** Each panel's x line and the line that gave it: its first plot's range. */
  readonly panelRanges = new Map<number, SampledRange>();
  /** The script's line of each x line a panel took. */
  readonly xLines = new Map<unknown, number>();
  /** The range the statement being read plots over, where its first argument names one. */
  plotRange: SampledRange | undefined;
  /** Lists, tuples and dicts the script wrote out (or filled) by name, as text. */
  readonly collections = new Map<string, string>();
  readonly fontFiles: string[] = [];
  /** The names a get_legend_handles_labels() line gives its handles and labels. */
  legendNames: [string, string] | undefined;
  xData: string | undefined;
  /** The script's defs that may draw, by name, and how many calls of them were read. */
  readonly procedures = new Map<string, Procedure>();
  calls = 0;
  /** Whether plt.close() or plt.show() has let the figure go: what draws after it would be a second figure. */
  closed = false;
  /** The script's classes read as the functions their forward() computes. */
  readonly scriptClasses = new Set<string>();
  /** The grid of axes plt.subplots() or plt.subplot() made, rows and columns. */
  axesGrid: { rows: number; cols: number } | undefined;
  /**
   * Each axes' span once the figure is placed by spans (a subplot spanning cells, or of another grid than the
   * others: script-subplot.ts); undefined while every axes is a cell of one grid.
   */
  spans: Map<Panel, GridSpan> | undefined;
  /** Each name of a 2-D array stacked by column (Y = np.stack([a, b], axis=1)): its columns, as written. */
  readonly columns = new Map<string, string[]>();
  /** The GridSpecs the script names (gs = fig.add_gridspec(2, 3)): each one's rows and columns. */
  readonly gridSpecs = new Map<string, [number, number]>();
  /** The names the script gives colormaps (cmap = plt.get_cmap('viridis')), and the colormap of each. */
  readonly colormaps = new Map<string, string>();
  /** The lines the script keeps by name, and the colour each was drawn in. */
  readonly kept = new Map<string, string>();
  /** plt.subplot(..., sharey=ax1): each pair of axes (panels) sharing an axis, the later one second. */
  readonly shared: { axis: 'x' | 'y'; a: number; b: number }[] = [];
  /** The plot() call of a line kept by name alone (line, = ax.plot(...)): its curve, for line.set_lw(2) later. */
  readonly keptCurves = new Map<string, { curve: CurveOptions; panel: Panel }>();
  /**
   * An axes one of whose lines had its colour set after it took the colour cycle's turn (line.set_color()): the
   * turn its next line without a colour takes, written out as that line's colour ('C3').
   */
  readonly nextTurns = new Map<Panel, number>();
  /** The line of each option of the figure being read, by its path (when the caller asked for them). */
  lines: Map<string, number> | undefined;

  constructor(
    readonly at: FieldPath,
    readonly several: boolean,
    readonly linesOf: Map<string, number>[] | undefined,
  ) {
    if (linesOf && !linesOf.length) linesOf.push(new Map());
    this.lines = linesOf?.[0];
  }

  /** The figure's axes as fig.axes lists them: the panels made, in order. */
  figureAxes(): number[] {
    const made: number[] = [];
    for (let i = 0; i < this.panels.length; i++) if (this.panels[i] !== undefined) made.push(i);
    return made;
  }

  /** What a loop's iterable may name (script-flow.ts). */
  loopScope(): LoopScope {
    const { axesNames, collections, figureNames } = this;
    return { axesNames, cells: this.panels.length, collections, figureNames, madeAxes: this.figureAxes().length };
  }

  panel(i: number): Panel {
    return (this.panels[i] ??= { curves: [], options: {} });
  }

  /**
   * A call's arguments with a module given as its text (plt.title(function), function = torch.nn.ELU()) as
   * the str() matplotlib draws: PyTorch's print of it, 'ELU(alpha=1.0)'.
   */
  textOf(args: string, call: string): string {
    const name = /^\s*([A-Za-z_]\w*)\s*(?=,|$)/.exec(args)?.[1];
    const shown = name === undefined ? undefined : this.defs.moduleText(name, this.at);
    if (shown !== undefined) return args.replace(name!, pyString(shown));
    return writtenText(args, call, (n) => this.defs.literal(n));
  }

  /**
   * A name's values, for its extremes (x.min(), s.max()): a range's samples, or a value of x's at the samples
   * of the range read as x.
   */
  valuesOf(name: string): ArrayLike<number> | undefined {
    const xCall = this.xLine === undefined ? undefined : this.xLine.replace(/^\s*x\s*=\s*/, '');
    const call = name === 'x' ? xCall : this.ranges.get(name)?.call;
    if (call !== undefined) return rangeValues(call);
    const xs = xCall === undefined ? undefined : rangeValues(xCall);
    if (!xs || !/^[A-Za-z_]\w*$/.test(name) || this.defs.literal(name) !== undefined) return undefined;
    try {
      const f = compileWithFunctions(this.defs.call(name, this.at), this.at);
      return xs.map((v) => f.value(v));
    } catch {
      return undefined; // not a value of x's: left as written
    }
  }

  /**
   * plt.subplot(..., sharey=ax1)'s pairs as the figure's sharing: axes sharing with each other that make the
   * whole grid, its rows or its columns share as subplots(sharey=True), sharey='row' or sharey='col' do; any
   * other grouping is refused. subplot() hides no tick labels where subplots() does: each sharing axes asks for
   * its labels back (a tick_params call, which shows what the sharing hid).
   */
  private shareAxes(): void {
    const { rows, cols } = this.axesGrid ?? { rows: 1, cols: this.panels.length };
    const made = this.panels.map((_, i) => i).filter((i) => this.panels[i] !== undefined);
    for (const axis of ['x', 'y'] as const) {
      const pairs = this.shared.filter((p) => p.axis === axis);
      if (!pairs.length) continue;
      const group = this.panels.map((_, i) => i);
      const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i])));
      for (const { a, b } of pairs) group[root(b)] = root(a);
      const key = (by: (i: number) => number) =>
        made.every((i) => made.every((j) => (root(i) === root(j)) === (by(i) === by(j))));
      const mode = key(() => 0)
        ? 'all'
        : key((i) => Math.floor(i / cols))
          ? 'row'
          : key((i) => i % cols)
            ? 'col'
            : undefined;
      if (!mode || rows * cols < made.length) {
        throw new UsageError(this.at, {
          problem: `subplot(..., share${axis}=...) of axes that are not the whole grid, a row or a column each is not read yet`,
        });
      }
      this.figure[`share${axis}`] = mode;
      const labels =
        axis === 'x' ? "axis='x', which='both', labelbottom=True" : "axis='y', which='both', labelleft=True";
      for (const i of made)
        this.panels[i].options.tickParams = [labels, ...((this.panels[i].options.tickParams as string[]) ?? [])];
    }
  }

  /**
   * A whole number of Python's integer arithmetic (whole-numbers.ts), a name of one written out its value:
   * `r` of `r, c = divmod(4, 3)`, `i // 2` of a loop's item.
   */
  wholeNumber(text: string): number | undefined {
    return wholeNumberOf(text.replace(/[A-Za-z_]\w*/g, (name) => this.defs.literal(name) ?? name));
  }

  /** A number the script computes from numbers and its values written out (i / 4 of a loop's item). */
  numberOf(text: string): number | undefined {
    if (isPyNumber(text)) return Number(text.trim().replace(/_/g, ''));
    return numberOf(text, (t) => this.defs.call(t, this.at), this.at);
  }

  /**
   * The figure read so far ends: kept (its options among the script's figures) or let go; what follows draws a
   * figure of its own, the definitions, ranges, rcParams and styles so far still in force, as in a script.
   */
  endFigure(keep: boolean): void {
    if (keep) {
      if (this.fontFiles.length) this.figure.fontFile = this.fontFiles;
      if (this.shared.length) this.shareAxes();
      this.finished.push(
        figureOptions(this.panels, this.figure, { rc: [...this.rc], style: [...this.style] }, this.at),
      );
      if (this.linesOf) this.linesOf.push((this.lines = new Map()));
    } else this.lines?.clear();
    this.panels.length = 0;
    for (const key of Object.keys(this.figure)) delete this.figure[key as keyof FigureOptions];
    this.axesNames.clear();
    this.figureNames = new Set(['fig']);
    this.current = 0;
    this.panelRanges.clear();
    this.kept.clear();
    this.keptCurves.clear();
    this.nextTurns.clear();
    this.shared.length = 0;
    this.legendNames = undefined;
    this.axesGrid = undefined;
    this.spans = undefined;
    this.gridSpecs.clear();
    this.closed = false;
  }
}
