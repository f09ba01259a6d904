/**
 * FigureOptions → FigureSpec: the one builder behind the command line, configs and the API.
 *
 * A lone function starts from its default figure (the document's, where it has one); several functions share
 * one axes in the document's style, each in the next colour of matplotlib's cycle. Errors name the field of
 * the options: ['panels', 1, 'xlim'], ['panels', 0, 'curves', 2, 'function'].
 */
import { checkOptionShapes } from './option-shapes';
import { badValue, UsageError, type FieldPath } from '../errors';
import { parseFunctionRef } from '../functions/registry';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import { addFontFiles, figureRc, type FigureRc } from './figure-rc';
import type { CalledFigureOptions } from './figure-call';
import { withCallLines } from './call-lines';
import type { FigureOptions, PanelOptions } from './options';
import { defaultFigure, documentFigure } from './presets';
import { applyLayoutEngine } from './layout-engine';
import { familyWarningsOf } from './font-warnings';
import { panelAxes } from './panel-axes';
import { parseLayout } from './rules';
import { type AxesSpec, type FigureSpec, type Share } from './types';
import type { GridSpan } from './subplots';

/* Loaded for a figure that has their calls (axes-calls.ts says why). */
const artists = () => require('./pyplot-artists') as typeof import('./pyplot-artists');
const textCall = () => require('./text-call') as typeof import('./text-call');
const legendCall = () => require('./legend-call') as typeof import('./legend-call');
const twins = () => require('./twins') as typeof import('./twins');

/**
 * The figure that options describe (the command line's vocabulary as typed data), checked: what renderFigure
 * draws. A mistake is a UsageError whose field is the path to the option.
 *
 * @example
 *   const fig = buildFigure({ panels: [{ curves: [{ function: 'gelu' }], xlim: [-3, 3] }], size: [8, 4] });
 */
export function buildFigure(asGiven: FigureOptions): FigureSpec {
  checkOptionShapes(asGiven);
  // A script's call lines copied whole (plt.axhline(0), ax.set_title('ReLU')) are their arguments.
  const called = withCallLines(asGiven);
  // A script's definitions (--def) written out in the expressions that name them.
  const given = called.def?.length
    ? (require('./script-definitions') as typeof import('./script-definitions')).withDefinitions(called)
    : called;
  // figure()'s, subplots()'s and savefig()'s keywords are the figure's own options said another way (their
  // readers loaded only for them).
  const made: CalledFigureOptions =
    given.figure === undefined && given.subplots === undefined && given.gridspec === undefined
      ? given
      : (require('./figure-call') as typeof import('./figure-call')).withFigureCalls(given);
  const options =
    made.savefig === undefined
      ? made
      : (require('./savefig-call') as typeof import('./savefig-call')).withSavefig(made);
  // plt.subplots()'s axes after the last one drawn on, given options alone (axes[1, 2].axis('off')): its
  // empty cells, each with what it was given.
  const lastDrawn = options.panels.map((p) => p.curves.length > 0).lastIndexOf(true);
  const idle = given.subplots !== undefined && lastDrawn >= 0 ? options.panels.slice(lastDrawn + 1) : [];
  const panels = idle.length ? options.panels.slice(0, lastDrawn + 1) : options.panels;
  // Before the rcParams, whose font.family may name the files' families.
  const fontFiles = addFontFiles(options.fontFile);
  const styled = figureRc(options);
  const rc = styled?.rc ?? DEFAULT_RC;
  if (!panels.length) throw noFunction(['panels'], false);
  const lone = panels.length === 1 && panels[0].curves.length === 1 ? panels[0].curves[0] : undefined;
  const named = lone?.function !== undefined ? documentFigure(lone.function.trim()) : undefined;
  if (named && named.axes.length > 1) return panelFigure(lone!.function!, named, options, fontFiles, styled);
  panels.forEach((p, j) =>
    p.curves.forEach((c, k) => {
      if (c.function !== undefined && (documentFigure(c.function.trim())?.axes.length ?? 0) > 1) {
        const hint = `'${c.function}' is a figure of several panels and stands alone: actplot ${c.function}`;
        throw badValue(
          ['panels', j, 'curves', k, 'function'],
          c.function,
          'a function to draw beside the others',
          hint,
        );
      }
    }),
  );
  panels.forEach((p, j) => {
    if (p.twinx && !p.curves.length) {
      throw new UsageError(['panels', j, 'twinx'], {
        problem:
          "got a twin without a function; expected what it draws after --twinx, e.g. 'actplot sigmoid --twinx tanh'",
      });
    }
    // A cell of plt.subplots()'s grid left empty before others drawn on (axes[0, 0] with nothing on it) is an
    // empty axes, as matplotlib draws it; a twin's host has something to share.
    if (!p.curves.length && !(given.subplots !== undefined && !panels[j + 1]?.twinx))
      throw noFunction(panels.length > 1 ? ['panels', j] : ['panels', j, 'functions'], panels.length > 1);
  });
  // The matplotlib and pytorch-docs styles: pyplot's defaults, where the rcParams say all the script does not.
  const figureStyle = styled?.figureStyle ?? 'document';
  const plain = figureStyle !== 'document';
  const single = !plain && lone !== undefined && lone.function !== undefined && lone.expr === undefined;
  const base: FigureSpec = single
    ? defaultFigure(parseFunctionRef(lone.function!, ['panels', 0, 'curves', 0, 'function']).fn)
    : plain
      ? { size: [...rc['figure.figsize']], dpi: rc['figure.dpi'], axes: [] }
      : { size: [8, 4], dpi: 100, axes: [] };
  // A twin (--twinx) shares its host's cell: the grid has a cell for each of the others.
  const cells = panels.filter((p) => !p.twinx).length;
  // --subplot and --subplot2grid: each panel where it says, on the grid of the largest rows and columns.
  const placed = panels.some((p) => p.subplot !== undefined || p.subplot2grid !== undefined);
  const spans = placed
    ? (require('./span-call') as typeof import('./span-call')).panelSpans(panels, options)
    : undefined;
  if (options.gridSpec) onGridSpec(options.gridSpec, spans);
  const largest = (k: 0 | 1) => Math.max(...spans!.map((s) => s?.grid[k] ?? 1));
  const [rows, cols] = spans
    ? [largest(0), largest(1)]
    : options.layout
      ? parseLayout('layout', options.layout, cells)
      : [1, cells];
  if (!single && !plain && cells > 1) base.size = [5 * cols, 4 * rows];
  const look = { rc, plain, pytorchDocs: figureStyle === 'pytorch-docs' };
  const drawn = cells < panels.length ? twins().withHostRanges(panels) : panels;
  const axes = drawn.map((p, j) =>
    p.curves.length
      ? panelAxes(p, ['panels', j], single ? base.axes[0] : undefined, cells > 1, look)
      : emptyAxes(['panels', j], look, p),
  );
  if (cells < panels.length) twins().applyTwins(axes, panels, options);
  spans?.forEach((s, j) => s && (axes[j].span = s));
  // plt.subplots(2, 3) with five panels: the sixth axes is there all the same, empty (--layout alone leaves the
  // cell blank, as plt.subplot() calls do).
  if (given.subplots !== undefined) {
    for (let j = cells; j < rows * cols; j++) axes.push(emptyAxes(['panels', j], look, idle[j - cells]));
  }
  const fig: FigureSpec = { ...base, axes, rows, cols };
  applyFigureOptions(fig, options, fontFiles, styled);
  if (styled?.given.size && styled.figureStyle === 'document') warnOfUnusedRc(fig, options, styled);
  return fig;
}

/**
 * --gridspec is the GridSpec of the panels placed by spans, every one of them: its ratios and parameters are its
 * own cells', which axes on another grid do not take in matplotlib.
 */
function onGridSpec([rows, cols]: [number, number], spans: (GridSpan | undefined)[] | undefined): void {
  if (!spans) {
    throw new UsageError(['gridspec'], {
      problem: `its panels say their cells of it: --subplot2grid "(${rows}, ${cols}), (0, 0)" on each (or --subplots' width_ratios and gridspec_kw for its grid)`,
    });
  }
  const other = spans.findIndex((s) => s !== undefined && (s.grid[0] !== rows || s.grid[1] !== cols));
  if (other >= 0) {
    throw new UsageError(['panels', other, 'subplot2grid'], {
      problem: `panel ${other + 1} is on a ${spans[other]!.grid.join('x')} grid, not the ${rows}x${cols} GridSpec of --gridspec: every panel is on it, --subplot2grid "(${rows}, ${cols}), ..."`,
    });
  }
}

/** An axes of the grid with nothing on it, in the figure's look. */
function emptyAxes(at: FieldPath, look: Parameters<typeof panelAxes>[4], given?: PanelOptions): AxesSpec {
  const ax = panelAxes({ ...given, curves: [] }, at, undefined, true, look);
  return { ...ax, legend: false, empty: true };
}

/** rcParams given by name that the figure leaves unused (unused-rc.ts), as warnings. */
function warnOfUnusedRc(fig: FigureSpec, options: FigureOptions, styled: FigureRc, fixed?: string): void {
  const { unusedRcWarnings } = require('./unused-rc') as typeof import('./unused-rc');
  const unused = unusedRcWarnings(fig, options, styled, fixed);
  if (unused.length) fig.warnings = [...(fig.warnings ?? []), ...unused];
}

/** subplots()'s sharex / sharey: True is 'all', False 'none'. */
function readShare(v: boolean | string, at: FieldPath): Share {
  if (v === true) return 'all';
  if (v === false) return 'none';
  const t = v.trim().toLowerCase();
  if (t === 'true') return 'all';
  if (t === 'false') return 'none';
  if (t === 'all' || t === 'row' || t === 'col' || t === 'none') return t;
  throw badValue(at, v, 'all (True), row, col or none (False)', 'as plt.subplots(sharex=...) takes');
}

/** fig.align_labels() (true, 'both'), align_xlabels() ('x'), align_ylabels() ('y'): the axes aligned. */
function readAlign(v: true | string): { x: boolean; y: boolean } {
  const t = v === true ? 'both' : v.trim().toLowerCase();
  if (t === 'both' || t === 'true') return { x: true, y: true };
  if (t === 'x' || t === 'y') return { x: t === 'x', y: t === 'y' };
  throw badValue(
    ['alignLabels'],
    v,
    'both (fig.align_labels(), bare), x (align_xlabels()) or y (align_ylabels())',
    'as the figure aligns its labels',
  );
}

/** savefig(bbox_inches='tight', pad_inches=...): the padding, in inches. */
function bboxPad(o: FigureOptions, rc: Rc): number {
  if (o.bboxInches === undefined) {
    throw new UsageError(['padInches'], {
      problem: 'applies with --bbox-inches tight (matplotlib ignores pad_inches without it); add --bbox-inches tight',
    });
  }
  if (o.bboxInches.trim().toLowerCase() !== 'tight') {
    throw badValue(['bboxInches'], o.bboxInches, "'tight'", 'savefig() also takes a Bbox, which actplot does not yet');
  }
  const pad = o.padInches ?? rc['savefig.pad_inches'];
  if (!Number.isFinite(pad) || pad < 0 || pad > 10)
    throw badValue(['padInches'], pad, 'inches from 0 to 10', 'e.g. 0.1');
  return pad;
}

function noFunction(field: FieldPath, panels: boolean): UsageError {
  return new UsageError(field, {
    problem: panels
      ? "got a panel without a function; expected one or more functions (or --expr) after each --panel, e.g. 'actplot sigmoid --panel tanh'"
      : "none given; expected a function name or --expr, e.g. 'actplot gelu' or 'actplot --expr \"x * sigmoid(x)\"'",
  });
}

/** The document's figure of several panels (sigmoid-newfun-tanh-compare): it takes figure-wide options only. */
function panelFigure(
  name: string,
  fig: FigureSpec,
  options: CalledFigureOptions,
  fontFiles: string[],
  styled?: FigureRc,
): FigureSpec {
  const panel = options.panels[0];
  // Every panel option but its curves shapes an axes: such a figure takes none of them.
  const used = (Object.keys(panel) as (keyof PanelOptions)[]).find((k) => k !== 'curves' && panel[k] !== undefined);
  if (used) {
    throw new UsageError(['panels', 0, used], {
      problem: `'${name}' is a figure of ${fig.axes.length} panels; it takes only --size, --dpi, --transparent, --tight-layout, --bbox-inches, --pad-inches, --style, --rc and the output options`,
    });
  }
  applyFigureOptions(fig, options, fontFiles, styled);
  if (styled?.given.size) warnOfUnusedRc(fig, options, styled, name);
  return fig;
}

/**
 * The figure's own options, over what its rcParams say of the saved file: savefig.dpi (else figure.dpi where
 * a style or --rc sets it), savefig.transparent, savefig.bbox, and the layout engine (layout-engine.ts).
 */
function applyFigureOptions(fig: FigureSpec, o: CalledFigureOptions, fontFiles: string[], styled?: FigureRc): void {
  const rc = styled?.rc ?? DEFAULT_RC;
  if (styled) fig.rc = rc;
  if (styled?.warnings.length) fig.warnings = [...styled.warnings];
  if (o.fontFile !== undefined) fig.fontFiles = fontFiles;
  if (o.size !== undefined) fig.size = [...o.size];
  // The figure's own dots per inch (--dpi, figure.dpi), and the file's where the save says another
  // (savefig(dpi=...), savefig.dpi).
  const figureDpi = o.dpi ?? (styled?.set.has('figure.dpi') ? rc['figure.dpi'] : fig.dpi);
  const savefigDpi =
    o.savefigDpi ?? (o.dpi === undefined && rc['savefig.dpi'] !== 'figure' ? rc['savefig.dpi'] : undefined);
  fig.dpi = savefigDpi ?? figureDpi;
  if (o.transparent ?? rc['savefig.transparent']) fig.transparent = true;
  if (o.frameon === false) fig.frameon = false;
  // The constrained layout engine sizes its cells by their contents: with a grid's own ratios or parameters,
  // not drawn yet.
  if ((o.gridRatios || o.gridParams) && o.constrainedLayout) {
    const key = o.gridRatios ? (o.gridRatios.height ? 'height_ratios' : 'width_ratios') : 'gridspec_kw';
    throw new UsageError(['subplots', key], {
      problem: `${key} with the constrained layout is not drawn yet`,
      expected: 'tight_layout (--tight-layout) or no layout engine',
    });
  }
  if (o.gridParams && Object.keys(o.gridParams).length) fig.gridParams = { ...o.gridParams };
  if (o.gridRatios) {
    fig.gridRatios = {
      ...(o.gridRatios.width && { width: [...o.gridRatios.width] }),
      ...(o.gridRatios.height && { height: [...o.gridRatios.height] }),
    };
  }
  if (o.bboxInches !== undefined || o.padInches !== undefined) fig.bboxInches = { pad: bboxPad(o, rc) };
  else if (rc['savefig.bbox'] === 'tight') fig.bboxInches = { pad: rc['savefig.pad_inches'] };
  for (const key of ['sharex', 'sharey'] as const) {
    const v = o[key];
    if (v !== undefined) fig[key] = readShare(v, [key]);
  }
  if (o.alignLabels !== undefined && o.alignLabels !== false) fig.alignLabels = readAlign(o.alignLabels);
  if (o.suptitle !== undefined) fig.suptitle = artists().readSuptitle(o.suptitle, ['suptitle'], rc);
  if (o.figtext?.length) fig.texts = o.figtext.map((t, i) => textCall().readText(t, ['figtext', i], rc, true));
  for (const kind of ['supxlabel', 'supylabel'] as const) {
    const given = o[kind];
    if (given !== undefined) fig[kind] = artists().readSuptitle(given, [kind], rc, kind);
  }
  if (o.figlegend !== undefined && o.figlegend !== false)
    fig.figureLegend = legendCall().readFigureLegend(o.figlegend, rc);
  if (o.subplotsAdjust !== undefined)
    fig.subplotsAdjust = artists().readSubplotsAdjust(o.subplotsAdjust, ['subplotsAdjust']);
  applyLayoutEngine(fig, o, rc);
  // plt.tight_layout() measures the figure at its own dpi, before a save at another (figure.autolayout lays it
  // out at the save, as does constrained layout).
  const called = o.tightLayout !== undefined && o.tightLayout !== false;
  if (fig.tightLayout && called && fig.dpi !== figureDpi) fig.tightLayout = { ...fig.tightLayout, dpi: figureDpi };
  const fonts = familyWarningsOf(fig, rc);
  if (fonts.length) fig.warnings = [...(fig.warnings ?? []), ...fonts];
}
