/**
 * plt.figure() and plt.subplots() by their arguments, as a script's first lines write them:
 * `figsize=(8, 5), dpi=120` and `1, 2, figsize=(10, 4), sharey=True`. Each keyword is a figure option said
 * another way: figsize the size, dpi figure.dpi (the saved file's, unless savefig() says otherwise), facecolor and
 * edgecolor the figure's colours, layout / tight_layout / constrained_layout the layout engine, and for
 * subplots() the grid of panels and the axes they share.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import type { FigureCallOptions, SubplotsOptions } from './call-options';
import type { FigureSpec } from './types';
import type { SubplotsAdjustOptions } from './options';
import { withRcAfter } from './figure-rc';
import type { FigureOptions } from './options';
import { shownPy, type CallSignature, type PyValue } from '../pycall';
import { bound, colour, finite, flag } from './pyplot-calls';
import { parseLayout, parseSize } from './rules';
import type { GridRatios } from './subplots';

const FIGURE_KEYWORDS = [
  'figsize',
  'dpi',
  'facecolor',
  'edgecolor',
  'frameon',
  'layout',
  'tight_layout',
  'constrained_layout',
  'clear',
];
const FIGURE_UNSUPPORTED = ['linewidth', 'FigureClass', 'subplotpars'];

const FIGURE: CallSignature = {
  call: 'figure',
  positional: ['num'],
  keywords: FIGURE_KEYWORDS,
  aliases: { fc: 'facecolor', ec: 'edgecolor' },
  unsupported: FIGURE_UNSUPPORTED,
};

const SUBPLOTS: CallSignature = {
  call: 'subplots',
  positional: ['nrows', 'ncols'],
  keywords: ['sharex', 'sharey', 'squeeze', 'num', 'width_ratios', 'height_ratios', 'gridspec_kw', ...FIGURE_KEYWORDS],
  aliases: { fc: 'facecolor', ec: 'edgecolor' },
  unsupported: ['subplot_kw', ...FIGURE_UNSUPPORTED],
};

/** fig.add_gridspec() (GridSpec()): its grid, the shares of its columns and rows, its own subplot parameters. */
const GRIDSPEC: CallSignature = {
  call: 'add_gridspec',
  positional: ['nrows', 'ncols'],
  // figure=fig names the one figure drawn.
  keywords: ['width_ratios', 'height_ratios', 'left', 'bottom', 'right', 'top', 'wspace', 'hspace', 'figure'],
};

/**
 * The figure's options as figure()'s keywords leave them: frameon=False, which no option says on its own, is
 * carried to the figure (build.ts).
 */
export interface CalledFigureOptions extends FigureOptions {
  frameon?: false;
  /**
   * savefig(dpi=...): the file's dots per inch. The figure keeps its own (figure.dpi) for what was laid out
   * before the save, a tight_layout() call's measurements.
   */
  savefigDpi?: number;
  /** subplots(width_ratios=..., height_ratios=...), or the same in gridspec_kw: the grid's columns and rows. */
  gridRatios?: GridRatios;
  /** gridspec_kw={'hspace': 0, ...}: the grid's own subplot parameters, over subplots_adjust()'s and tight's. */
  gridParams?: FigureSpec['subplotsAdjust'];
  /** add_gridspec(2, 3): the grid whose cells the ratios and parameters are, that of the panels placed on it. */
  gridSpec?: [number, number];
}

/** The figure's options with plt.figure()'s and plt.subplots()'s keywords in them. */
export function withFigureCalls(o: FigureOptions): CalledFigureOptions {
  if (o.figure === undefined && o.subplots === undefined && o.gridspec === undefined) return o;
  const out: CalledFigureOptions = { ...o };
  const rc: [string, string][] = [];
  // An option set by both calls, or by one and on its own, would say two things: refused.
  const set = new Set<string>();
  const once = (key: keyof FigureOptions, at: FieldPath) => {
    const where = o[key] !== undefined ? `on its own (${key})` : set.has(key) ? 'figure()' : undefined;
    if (where) throw new UsageError(at, { problem: `given twice, in ${String(at[0])}() and ${where}; give it once` });
    set.add(key);
  };
  for (const call of ['figure', 'subplots'] as const) {
    const given = o[call];
    if (given === undefined) continue;
    const at: FieldPath = [call];
    const b = bound(given, call === 'figure' ? FIGURE : SUBPLOTS, at);
    figureKeywords(b, at, out, once, rc);
    if (call === 'subplots') subplotsKeywords(b, at, out, once);
    delete out[call];
  }
  if (o.gridspec !== undefined) {
    if (o.subplots !== undefined) {
      throw new UsageError(['gridspec'], {
        problem: 'subplots() makes the grid of axes and its GridSpec: give its width_ratios and gridspec_kw there',
      });
    }
    gridSpecKeywords(bound(o.gridspec, GRIDSPEC, ['gridspec']), ['gridspec'], out);
    delete out.gridspec;
  }
  // After the rcParams given: an --rc is a script's setting before plt.figure(), whose keywords override it.
  if (rc.length) out.rc = withRcAfter(o.rc, rc);
  return out;
}

type Once = (key: keyof FigureOptions, at: FieldPath) => void;

function figureKeywords(
  b: Record<string, PyValue>,
  at: FieldPath,
  out: CalledFigureOptions,
  once: Once,
  rc: [string, string][],
): void {
  const given = (k: string) => b[k] !== undefined && b[k] !== null;
  if (given('figsize')) {
    once('size', [...at, 'figsize']);
    const v = b.figsize;
    if (!Array.isArray(v) || v.length !== 2)
      throw badValue([...at, 'figsize'], shownPy(v), '(width, height) in inches');
    const [w, h] = v.map((k) => finite(k, [...at, 'figsize'], '(width, height) in inches'));
    out.size = parseSize([...at, 'figsize'], `${w}x${h}`);
  }
  if (given('dpi')) {
    // figure.dpi's own range: the keyword is that rcParam for this figure.
    const dpi = finite(b.dpi, [...at, 'dpi'], 'dots per inch, 1 to 2000');
    if (!(dpi >= 1 && dpi <= 2000)) throw badValue([...at, 'dpi'], dpi, 'dots per inch, 1 to 2000');
    rc.push(['figure.dpi', String(dpi)]);
  }
  for (const key of ['facecolor', 'edgecolor'] as const) {
    if (given(key)) rc.push([`figure.${key}`, colour(b[key], [...at, key])]);
  }
  // frameon=False: the figure's patch is not drawn, whatever colour savefig(facecolor=...) gives it later, so
  // the saved image is see-through around the axes.
  if (given('frameon') && !flag(b.frameon, [...at, 'frameon'])) out.frameon = false;
  if (given('clear')) flag(b.clear, [...at, 'clear']);
  const engine = (key: 'tightLayout' | 'constrainedLayout', keyword: string) => {
    once(key, [...at, keyword]);
    out[key] = true;
  };
  if (given('layout')) {
    const v = b.layout;
    if (v === 'tight') engine('tightLayout', 'layout');
    else if (v === 'constrained') engine('constrainedLayout', 'layout');
    else if (v !== 'none') throw badValue([...at, 'layout'], shownPy(v), "'constrained', 'tight' or 'none'");
  }
  if (given('tight_layout') && flag(b.tight_layout, [...at, 'tight_layout'])) engine('tightLayout', 'tight_layout');
  if (given('constrained_layout') && flag(b.constrained_layout, [...at, 'constrained_layout'])) {
    engine('constrainedLayout', 'constrained_layout');
  }
}

function subplotsKeywords(b: Record<string, PyValue>, at: FieldPath, out: CalledFigureOptions, once: Once): void {
  const count = (key: 'nrows' | 'ncols') => {
    const v = b[key];
    if (v === undefined || v === null) return 1;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
      throw badValue([...at, key], shownPy(v), 'a whole number, 1 or more');
    return v;
  };
  const [rows, cols] = [count('nrows'), count('ncols')];
  const panels = out.panels.filter((p) => !p.twinx).length;
  if (rows * cols > 1 || panels > 1) {
    once('layout', [...at, 'nrows']);
    // subplots() makes every axes of the grid: a cell left without a panel is drawn empty (build.ts).
    out.layout = parseLayout([...at, 'nrows'], [rows, cols], panels);
  }
  for (const key of ['sharex', 'sharey'] as const) {
    const v = b[key];
    if (v === undefined || v === null) continue;
    once(key, [...at, key]);
    if (typeof v !== 'boolean' && typeof v !== 'string') {
      throw badValue([...at, key], shownPy(v), "True, False, 'all', 'row', 'col' or 'none'");
    }
    out[key] = v;
  }
  if (b.squeeze !== undefined && b.squeeze !== null) flag(b.squeeze, [...at, 'squeeze']);
  const ratios = gridRatios(b, at, rows, cols, out);
  if (ratios) out.gridRatios = ratios;
}

/** add_gridspec(nrows, ncols, width_ratios=..., hspace=...): read as subplots()'s width_ratios and gridspec_kw. */
function gridSpecKeywords(b: Record<string, PyValue>, at: FieldPath, out: CalledFigureOptions): void {
  const count = (key: 'nrows' | 'ncols') => {
    const v = b[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      throw badValue([...at, key], shownPy(v ?? null), 'a whole number, 1 or more');
    }
    return v;
  };
  const [rows, cols] = [count('nrows'), count('ncols')];
  const params = Object.fromEntries(GRID_PARAMS.filter((k) => b[k] !== undefined).map((k) => [k, b[k]]));
  const { width_ratios, height_ratios } = b;
  const ratios = gridRatios({ width_ratios, height_ratios, gridspec_kw: params }, at, rows, cols, out);
  if (ratios) out.gridRatios = ratios;
  out.gridSpec = [rows, cols];
}

/**
 * subplots(width_ratios=[...], height_ratios=[...]), or gridspec_kw={'height_ratios': [...]} (matplotlib 3.6
 * takes either, not both): one positive number a column (row). gridspec_kw's left ... hspace are GridSpec's own
 * subplot parameters, which no subplots_adjust() or tight_layout() overrides.
 */
function gridRatios(
  b: Record<string, PyValue>,
  at: FieldPath,
  rows: number,
  cols: number,
  out: CalledFigureOptions,
): GridRatios | undefined {
  const kw = b.gridspec_kw;
  let spec: Record<string, PyValue> = {};
  if (kw !== undefined && kw !== null) {
    if (typeof kw !== 'object' || Array.isArray(kw)) throw badValue([...at, 'gridspec_kw'], shownPy(kw), 'a dict');
    spec = kw;
    for (const key of Object.keys(spec)) {
      if (key === 'width_ratios' || key === 'height_ratios' || GRID_PARAMS.includes(key)) continue;
      throw new UsageError([...at, 'gridspec_kw', key], {
        problem:
          `gridspec_kw={'${key}': ...} is matplotlib's, but actplot does not draw it yet; accepted: width_ratios, ` +
          `height_ratios, ${GRID_PARAMS.join(', ')}`,
      });
    }
  }
  const ratios: GridRatios = {};
  for (const [key, side, n] of [
    ['width_ratios', 'width', cols],
    ['height_ratios', 'height', rows],
  ] as const) {
    const [own, inKw] = [b[key], spec[key]];
    if (own !== undefined && own !== null && inKw !== undefined) {
      throw new UsageError([...at, key], {
        problem: `given twice, as a keyword and in gridspec_kw; give it once (matplotlib refuses both)`,
      });
    }
    const v = own ?? inKw;
    if (v === undefined || v === null) continue;
    const where = [...at, key];
    const expected = `a list of ${n} positive numbers, one for each ${side === 'width' ? 'column' : 'row'}`;
    if (!Array.isArray(v) || v.length !== n) throw badValue(where, shownPy(v), expected);
    ratios[side] = v.map((r) => {
      const x = finite(r, where, expected);
      if (!(x > 0)) throw badValue(where, shownPy(v), expected);
      return x;
    });
  }
  const params = Object.fromEntries(
    GRID_PARAMS.filter((k) => spec[k] !== undefined && spec[k] !== null).map((k) => [k, spec[k]]),
  );
  if (Object.keys(params).length) {
    // The GridSpec's own subplot parameters: checked as subplots_adjust() checks them.
    const { readSubplotsAdjust } = require('./pyplot-artists') as typeof import('./pyplot-artists');
    out.gridParams = readSubplotsAdjust(params as SubplotsAdjustOptions, [...at, 'gridspec_kw']);
  }
  return ratios.width || ratios.height ? ratios : undefined;
}

/** GridSpec's own subplot parameters, over the figure's (GridSpec.get_subplot_params). */
const GRID_PARAMS = ['left', 'bottom', 'right', 'top', 'wspace', 'hspace'];

export type { FigureCallOptions, SubplotsOptions };
