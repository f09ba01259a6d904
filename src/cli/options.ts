/**
 * Command-line words → FigureOptions. Commander hands over strings; here each is read in its notation
 * ("8x4", "-1,1", "red,C1") with the rules every input shares (spec/rules.ts), naming the field on error.
 */
import { badValue, UsageError } from '../errors';
import type { CurveKind } from './curve-order';
import type { SavefigFile } from '../spec/savefig-call';
import {
  FIGURE_KEYS,
  type CurveOptions,
  type FigureOptions,
  type GridOptions,
  type PanelOptions,
} from '../spec/options';
import {
  parseAlpha,
  parseDType,
  parseErrorUnit,
  parseInteger,
  parseLayout,
  parseLineStyle,
  isLocatorCall,
  isTicksCall,
  parseList,
  parseNumber,
  parsePositive,
  parseSize,
  parseWidth,
} from '../spec/rules';

/** Raw option values as commander hands them over (strings, or booleans for flags). */
export interface PlotOptions extends RangeOptions {
  size?: string;
  dpi?: string;
  layout?: string;
  title?: string[];
  xlabel?: string;
  ylabel?: string;
  xlim?: string;
  ylim?: string;
  xticks?: string;
  yticks?: string;
  /** --grid's calls in order ('' for a bare --grid), or --no-grid's false. */
  grid?: boolean | (boolean | string)[];
  gridColor?: string;
  gridAlpha?: string;
  gridLinestyle?: string;
  gridLinewidth?: string;
  color?: string;
  linewidth?: string;
  alpha?: string;
  linestyle?: string;
  marker?: string;
  fmt?: string;
  markersize?: string;
  markevery?: string;
  label?: string[];
  legend?: string | boolean;
  axhline?: string[];
  axvline?: string[];
  hlines?: string[];
  tickParams?: string[];
  locatorParams?: string[];
  ticklabelFormat?: string[];
  set?: string;
  aspect?: string;
  boxAspect?: string;
  subplot?: string;
  subplot2grid?: string;
  twinx?: boolean;
  box?: string;
  xscale?: string;
  yscale?: string;
  axis?: string;
  margins?: string;
  propCycle?: string;
  invertXaxis?: boolean;
  invertYaxis?: boolean;
  minorticksOn?: boolean;
  minorticksOff?: boolean;
  fillBetween?: string[];
  text?: string[];
  annotate?: string[];
  vlines?: string[];
  axhspan?: string[];
  axvspan?: string[];
  spine?: string[];
  xaxis?: string[];
  yaxis?: string[];
  grad?: boolean;
  /** --error alone is true; --error ulp names the unit. */
  error?: string | true;
  param?: Record<string, string>;
  expr?: string[];
  plot?: string[];
  scatter?: string[];
  name?: string[];
  transparent?: boolean;
  tightLayout?: true | string;
  constrainedLayout?: true | string;
  bboxInches?: string;
  padInches?: string;
  savefig?: string;
  figure?: string;
  subplots?: string;
  gridspec?: string;
  style?: string[];
  fontFile?: string[];
  rc?: string[];
  def?: string[];
  suptitle?: string;
  figtext?: string[];
  supxlabel?: string;
  supylabel?: string;
  figlegend?: true | string;
  subplotsAdjust?: string;
  sharex?: true | string;
  sharey?: true | string;
  alignLabels?: true | string;
}

export interface RangeOptions {
  x?: string;
  from?: string;
  to?: string;
  step?: string;
  num?: string;
  dtype?: string;
  arange?: string;
}

/** One panel as typed: its functions and the options given with them. */
export interface PanelInput {
  functions: string[];
  opts: PlotOptions;
  /** The curves' kinds in command-line order (functions and --expr interleaved); functions first if absent. */
  order?: CurveKind[];
}

/** The figure the panels describe. Figure-wide options may come with any panel; the last one given wins. */
/**
 * The file the last --savefig names (its fname and format=), for the output: -o and --format say it too, and
 * the two are refused together.
 */
export function savefigFile(panels: PanelInput[], output: { output?: string; format?: string }): SavefigFile {
  const given = panels.map((p) => p.opts.savefig).filter((s): s is string => s !== undefined);
  if (!given.length) return {};
  const file = savefigCall().readSavefig(given[given.length - 1], ['savefig']);
  for (const [key, own, flag] of [
    ['fname', output.output, '-o'],
    ['format', output.format, '--format'],
  ] as const) {
    if (file[key] !== undefined && own !== undefined) {
      throw new UsageError(['savefig', key], { problem: `given twice, in savefig() and as ${flag}; give it once` });
    }
  }
  return { ...(file.fname !== undefined && { fname: file.fname }), ...(file.format && { format: file.format }) };
}

// Loaded where --savefig is given: its reader brings pyplot's call parser, which a plain start does without.
const savefigCall = () => require('../spec/savefig-call') as typeof import('../spec/savefig-call');

export function optionsFromCli(panels: PanelInput[]): FigureOptions {
  const wide: PlotOptions = {};
  for (const { opts } of panels) {
    for (const k of FIGURE_KEYS) {
      if (k === 'style' || k === 'fontFile' || k === 'rc' || k === 'def' || k === 'figtext') continue; // added up below
      if (opts[k] !== undefined) (wide as Record<string, unknown>)[k] = opts[k];
    }
    // Styles and rcParams add up across panels, in the order given.
    if (opts.style) wide.style = [...(wide.style ?? []), ...opts.style];
    if (opts.fontFile) wide.fontFile = [...(wide.fontFile ?? []), ...opts.fontFile];
    if (opts.rc) wide.rc = [...(wide.rc ?? []), ...opts.rc];
    if (opts.def) wide.def = [...(wide.def ?? []), ...opts.def];
    if (opts.figtext) wide.figtext = [...(wide.figtext ?? []), ...opts.figtext];
  }
  return {
    panels: panels.map(panelFromCli),
    ...(wide.size !== undefined && { size: parseSize('size', wide.size) }),
    ...(wide.dpi !== undefined && { dpi: parsePositive('dpi', wide.dpi, '100') }),
    ...(wide.transparent && { transparent: true }),
    // A twin (--twinx) shares its host's cell.
    ...(wide.layout !== undefined && {
      layout: parseLayout('layout', wide.layout, panels.filter((p) => !p.opts.twinx).length),
    }),
    ...(wide.style && { style: wide.style }),
    ...(wide.fontFile && { fontFile: wide.fontFile }),
    ...(wide.rc && { rc: wide.rc }),
    ...(wide.def && { def: wide.def }),
    ...(wide.bboxInches !== undefined && { bboxInches: wide.bboxInches }),
    ...(wide.figure !== undefined && { figure: wide.figure }),
    ...(wide.subplots !== undefined && { subplots: wide.subplots }),
    ...(wide.gridspec !== undefined && { gridspec: wide.gridspec }),
    // The file it names is the output's (savefigFile); its keywords are the figure's.
    ...(wide.savefig !== undefined && { savefig: savefigCall().readSavefig(wide.savefig, ['savefig']).rest }),
    ...(wide.suptitle !== undefined && { suptitle: wide.suptitle }),
    ...(wide.figtext && { figtext: wide.figtext }),
    ...(wide.supxlabel !== undefined && { supxlabel: wide.supxlabel }),
    ...(wide.supylabel !== undefined && { supylabel: wide.supylabel }),
    // Bare (or '--figlegend='), at legend.loc; else a location or legend()'s arguments, read by the builder.
    ...(wide.figlegend !== undefined && {
      figlegend: wide.figlegend === true || !wide.figlegend.trim() ? true : wide.figlegend,
    }),
    ...(wide.sharex !== undefined && { sharex: wide.sharex === true || wide.sharex === '' ? true : wide.sharex }),
    ...(wide.sharey !== undefined && { sharey: wide.sharey === true || wide.sharey === '' ? true : wide.sharey }),
    ...(wide.alignLabels !== undefined && {
      alignLabels: wide.alignLabels === true || !wide.alignLabels.trim() ? true : wide.alignLabels,
    }),
    ...(wide.subplotsAdjust !== undefined && { subplotsAdjust: wide.subplotsAdjust }),
    ...(wide.padInches !== undefined && { padInches: parseNumber('padInches', wide.padInches) }),
    // Read by the builder, as a config's text is; bare (or '--tight-layout='), matplotlib's defaults.
    ...(wide.tightLayout !== undefined && {
      tightLayout: wide.tightLayout === true || !wide.tightLayout.trim() ? true : wide.tightLayout,
    }),
    ...(wide.constrainedLayout !== undefined && {
      constrainedLayout:
        wide.constrainedLayout === true || !wide.constrainedLayout.trim() ? true : wide.constrainedLayout,
    }),
  };
}

/** --from, --to, --step, --num and --dtype, read. */
export function rangeFromCli(
  o: RangeOptions,
): Pick<PanelOptions, 'x' | 'from' | 'to' | 'step' | 'num' | 'dtype' | 'arange'> {
  return {
    // Read by the builder, with the options it may be given twice with.
    ...(o.x !== undefined && { x: o.x }),
    ...(o.from !== undefined && { from: parseNumber('from', o.from) }),
    ...(o.to !== undefined && { to: parseNumber('to', o.to) }),
    ...(o.step !== undefined && { step: parseNumber('step', o.step, 'a number > 0, e.g. 0.1') }),
    ...(o.num !== undefined && { num: parseInteger('num', o.num, 2) }),
    ...(o.dtype !== undefined && { dtype: parseDType('dtype', o.dtype) }),
    // Checked by the builder, as a config's value is.
    ...(o.arange !== undefined && { arange: o.arange as 'numpy' | 'torch' }),
  };
}

/** 'auto' asks for matplotlib's automatic limits or ticks instead of a figure's own. */
const isAuto = (text: string) => text.trim().toLowerCase() === 'auto';

/** Comma-separated values, one per function in order, or one for all. */
/** A per-function list: split at the commas outside brackets, so that a dash tuple '(0, (5, 2))' is one part. */
function parts(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

function panelFromCli({ functions, opts: o, order }: PanelInput): PanelOptions {
  const exprs = o.expr ?? [];
  const names = o.name ?? [];
  if (names.length > exprs.length) {
    throw badValue('name', names.join(' | '), `at most ${exprs.length} names, one per --expr`);
  }
  const fns = functions.map((f): CurveOptions => ({ function: f }));
  const ex = exprs.map((expr, i): CurveOptions => ({ expr, ...(names[i] !== undefined && { name: names[i] }) }));
  const data = (o.plot ?? []).map((plot): CurveOptions => ({ plot }));
  const dots = (o.scatter ?? []).map((scatter): CurveOptions => ({ scatter }));
  // In the order typed: `actplot f --expr e g` is f, e, g.
  const next = { function: fns, expr: ex, plot: data, scatter: dots };
  const curves: CurveOptions[] =
    order && order.length === fns.length + ex.length + data.length + dots.length
      ? order.map((kind) => next[kind].shift()!)
      : [...fns, ...ex, ...data, ...dots];
  const p: PanelOptions = { curves, ...rangeFromCli(o) };
  if (o.param) p.param = o.param;
  // Given once, the title as before; again, title() called again (one at each loc).
  if (o.title !== undefined) p.title = o.title.length === 1 ? o.title[0] : o.title;
  if (o.xlabel !== undefined) p.xlabel = o.xlabel;
  if (o.ylabel !== undefined) p.ylabel = o.ylabel;
  for (const key of ['xlim', 'ylim'] as const) {
    const text = o[key];
    // As a script writes them ('-5, 5', 'bottom=0'): read by the builder.
    if (text !== undefined) p[key] = isAuto(text) ? 'auto' : text;
  }
  for (const key of ['xticks', 'yticks'] as const) {
    const text = o[key];
    // As a script writes them ('[-5, 0, 5]', 'np.arange(-5, 6, 1)'): read by the builder.
    if (text !== undefined)
      p[key] = isAuto(text) ? 'auto' : isTicksCall(text) || isLocatorCall(text) ? text : parseList(key, text);
  }
  // Bare (or '--grid='), on; else grid()'s arguments, read by the builder; each --grid a call, in order.
  const grids = o.grid === undefined ? [] : Array.isArray(o.grid) ? o.grid : [o.grid];
  const calls = grids.map((g) => (typeof g === 'string' && !g.trim() ? true : g));
  if (calls.length) p.grid = calls.length === 1 ? calls[0] : calls;
  const style: GridOptions = {
    ...(o.gridColor !== undefined && { color: o.gridColor }),
    ...(o.gridAlpha !== undefined && { alpha: parseAlpha(['grid', 'alpha'], o.gridAlpha) }),
    ...(o.gridLinestyle !== undefined && { linestyle: parseLineStyle(['grid', 'linestyle'], o.gridLinestyle) }),
    ...(o.gridLinewidth !== undefined && { linewidth: parseWidth(['grid', 'linewidth'], o.gridLinewidth) }),
  };
  if (Object.keys(style).length) p.gridStyle = style;
  if (o.color !== undefined) p.color = parts(o.color);
  if (o.linewidth !== undefined) p.linewidth = parts(o.linewidth)!.map((w) => parseWidth('linewidth', w));
  if (o.alpha !== undefined) p.alpha = parts(o.alpha)!.map((a) => parseAlpha('alpha', parseNumber('alpha', a)));
  if (o.linestyle !== undefined) p.linestyle = parts(o.linestyle)!.map((s) => parseLineStyle('linestyle', s));
  if (o.marker !== undefined) p.marker = parts(o.marker);
  if (o.fmt !== undefined) p.fmt = parts(o.fmt);
  if (o.markersize !== undefined) p.markersize = parts(o.markersize)!.map((v) => parseNumber('markersize', v));
  if (o.markevery !== undefined) p.markevery = parts(o.markevery)!.map((v) => parseNumber('markevery', v));
  if (o.label) p.label = o.label;
  // A location or legend()'s arguments, and the pyplot calls: read by the builder, as a config's text is.
  if (o.legend !== undefined) p.legend = o.legend;
  if (o.axhline) p.axhline = o.axhline;
  if (o.axvline) p.axvline = o.axvline;
  for (const k of [
    'hlines',
    'vlines',
    'axhspan',
    'axvspan',
    'tickParams',
    'locatorParams',
    'ticklabelFormat',
    'text',
    'annotate',
    'fillBetween',
  ] as const) {
    if (o[k]) p[k] = o[k];
  }
  if (o.aspect !== undefined) p.aspect = o.aspect;
  if (o.boxAspect !== undefined) p.boxAspect = o.boxAspect;
  if (o.subplot !== undefined) p.subplot = o.subplot;
  if (o.subplot2grid !== undefined) p.subplot2grid = o.subplot2grid;
  if (o.twinx) p.twinx = true;
  if (o.box !== undefined) p.frameOn = parseOnOff('box', o.box);
  if (o.xscale !== undefined) p.xscale = o.xscale;
  if (o.yscale !== undefined) p.yscale = o.yscale;
  if (o.set !== undefined) p.set = o.set;
  if (o.axis !== undefined) p.axis = o.axis;
  if (o.margins !== undefined) p.margins = o.margins;
  if (o.propCycle !== undefined) p.propCycle = o.propCycle;
  if (o.invertXaxis) p.invertXaxis = true;
  if (o.invertYaxis) p.invertYaxis = true;
  if (o.minorticksOn && o.minorticksOff) {
    throw new UsageError('--minorticks-on', { problem: 'and --minorticks-off both given; give one' });
  }
  if (o.minorticksOn || o.minorticksOff) p.minorticks = !!o.minorticksOn;
  if (o.spine) p.spine = o.spine;
  if (o.xaxis) p.xaxis = o.xaxis;
  if (o.yaxis) p.yaxis = o.yaxis;
  if (o.grad) p.grad = true;
  if (o.error !== undefined) p.error = parseErrorUnit(o.error);
  return p;
}

/** plt.box(on)'s argument: True or False (on, off), as a script or a shell writes it. */
function parseOnOff(field: string, given: string): boolean {
  const v = given.trim().toLowerCase();
  if (['true', 'on', '1'].includes(v)) return true;
  if (['false', 'off', '0'].includes(v)) return false;
  throw badValue(field, given, 'True or False (on or off)');
}
