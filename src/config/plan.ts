/**
 * A config's figures → FigureOptions → FigureSpecs, with the builder the command line uses. Errors are placed at
 * the path of the key that caused them (figures[3].panels[1].xlim, defaults.function) in the config file.
 */
import { UsageError, wrongArgument, type FieldPath } from '../errors';
import { buildFigure } from '../spec/build';
import {
  FIGURE_KEYS,
  type CurveOptions,
  type FigureOptions,
  type GridOptions,
  type PanelOptions,
} from '../spec/options';
import {
  parseAlpha,
  parseLayout,
  parseLegend,
  parseLineStyle,
  isLocatorCall,
  isTicksCall,
  parseList,
  parseSize,
  parseWidth,
} from '../spec/rules';
import type { FigureSpec, OutputFormat } from '../spec/types';
import { validateFigure } from '../spec/validate';
import { configKeys } from './load';
import type { Config, FigureConfig, PanelConfig } from './schema';
import { FIGURE_NAME } from './shape';

export interface PlannedFigure {
  name: string;
  format: OutputFormat;
  spec: FigureSpec;
}

/** Keys of a figure that are the figure's, never a panel's. */
const FIGURE_ONLY = new Set<string>(['name', 'format', ...FIGURE_KEYS, 'panels']);
const PANEL_KEYS = configKeys().panel.filter((k) => !FIGURE_ONLY.has(k));

/**
 * A checked config's figures, each built: its file name, format and the figure it draws (FigureSpec). A
 * mistake is a UsageError naming the file and the path to its key.
 *
 * @example
 *   for (const f of planFigures(readConfig('figures.yaml'), 'figures.yaml')) console.log(f.name, f.format);
 */
export function planFigures(config: Config, file: string): PlannedFigure[] {
  if (typeof config !== 'object' || config === null || !Array.isArray(config.figures)) {
    throw wrongArgument('config', config, 'a config from readConfig() or parseConfig()');
  }
  return config.figures.map((f, i) => planFigure(f, config.defaults ?? {}, file, ['figures', i]));
}

/** Where each panel's keys and curves are written in the config, to place an error there. */
interface PanelSource {
  /** The panel's path: figures[i] itself, or figures[i].panels[j]. */
  at: FieldPath;
  /** Keys the panel takes from defaults (an error in one of them is placed at defaults.KEY). */
  inherited: Set<string>;
  /** For each of the panel's curves, where it is written: [...at, 'functions', 2], ['defaults', 'function']... */
  curves: FieldPath[];
}

function planFigure(fig: FigureConfig, defaults: Partial<FigureConfig>, file: string, at: FieldPath): PlannedFigure {
  const fail = (path: FieldPath, problem: string) => new UsageError(path, problem, file);
  if (!FIGURE_NAME.test(fig.name)) {
    throw fail(
      [...at, 'name'],
      `got '${fig.name}'; expected a file name of letters, digits, '.', '_' and '-', not starting with '.' or '-' (it names ${fig.name}.png in the output folder)`,
    );
  }
  const own = fig as Record<string, unknown>;
  if (fig.panels) {
    const stray = PANEL_KEYS.find((k) => own[k] !== undefined);
    if (stray) throw fail([...at, stray], 'a figure with panels takes this key inside each panel');
  }
  const fromDefaults = pick(defaults as Record<string, unknown>);
  const configs = fig.panels ?? [pick(own) as PanelConfig];
  const sources: PanelSource[] = configs.map((p, j) => ({
    at: fig.panels ? [...at, 'panels', j] : at,
    inherited: new Set(Object.keys(fromDefaults).filter((k) => (p as Record<string, unknown>)[k] === undefined)),
    curves: [],
  }));
  const merged = { ...defaults, ...fig };
  // name: gelu.svg is gelu in SVG, not gelu.svg.png; a format of its own that says otherwise is a contradiction.
  const ext = /\.(png|svg|pdf)$/i.exec(fig.name)?.[1].toLowerCase() as 'png' | 'svg' | 'pdf' | undefined;
  if (ext && fig.format !== undefined && fig.format !== ext) {
    throw fail(
      [...at, 'name'],
      `got '${fig.name}' with format: ${fig.format}; expected one format (name: ${fig.name.slice(0, -4)})`,
    );
  }
  const format = ext ?? merged.format ?? 'png';
  const name = ext ? fig.name.slice(0, -4) : fig.name;
  try {
    const panels = configs.map((p, j) => toPanel({ ...fromDefaults, ...p }, sources[j]));
    const sizeAt = fig.size !== undefined ? [...at, 'size'] : ['defaults', 'size'];
    const layoutAt = fig.layout !== undefined ? [...at, 'layout'] : ['defaults', 'layout'];
    const options: FigureOptions = {
      panels,
      ...(merged.size !== undefined && { size: parseSize(sizeAt, merged.size) }),
      ...(merged.dpi !== undefined && { dpi: merged.dpi }),
      ...(merged.transparent && { transparent: true }),
      ...(merged.tightLayout !== undefined && { tightLayout: merged.tightLayout }),
      ...(merged.constrainedLayout !== undefined && { constrainedLayout: merged.constrainedLayout }),
      ...(merged.style !== undefined && { style: merged.style }),
      ...(merged.suptitle !== undefined && { suptitle: merged.suptitle as string }),
      ...(merged.figtext !== undefined && { figtext: asList(merged.figtext) }),
      ...(merged.supxlabel !== undefined && { supxlabel: merged.supxlabel as string }),
      ...(merged.supylabel !== undefined && { supylabel: merged.supylabel as string }),
      ...(merged.figlegend !== undefined && { figlegend: merged.figlegend }),
      ...(merged.sharex !== undefined && { sharex: merged.sharex }),
      ...(merged.sharey !== undefined && { sharey: merged.sharey }),
      ...(merged.alignLabels !== undefined && { alignLabels: merged.alignLabels }),
      ...(merged.subplotsAdjust !== undefined && { subplotsAdjust: merged.subplotsAdjust }),
      ...(merged.rc !== undefined && { rc: merged.rc }),
      // A block of the script's lines (def: |) or a list of them.
      ...(merged.def !== undefined && { def: asList(merged.def) }),
      ...(merged.fontFile !== undefined && { fontFile: merged.fontFile }),
      ...(merged.bboxInches !== undefined && { bboxInches: merged.bboxInches }),
      ...(merged.padInches !== undefined && { padInches: merged.padInches }),
      ...(merged.savefig !== undefined && { savefig: merged.savefig as FigureOptions['savefig'] }),
      ...(merged.figure !== undefined && { figure: merged.figure as FigureOptions['figure'] }),
      ...(merged.subplots !== undefined && { subplots: merged.subplots as FigureOptions['subplots'] }),
      ...(merged.gridspec !== undefined && { gridspec: merged.gridspec as FigureOptions['gridspec'] }),
      ...(merged.layout !== undefined && {
        layout: parseLayout(layoutAt, merged.layout, panels.filter((p) => !p.twinx).length),
      }),
    };
    const spec = buildFigure(options);
    validateFigure(spec, format);
    return { name, format, spec };
  } catch (err) {
    if (!(err instanceof UsageError) || err.file !== undefined) throw err;
    throw new UsageError(placed(err.field, at, sources), err.detail, file);
  }
}

function pick(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(PANEL_KEYS.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}

const asList = <T>(v: T | T[] | undefined): T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];

/** A panel's keys as PanelOptions; its values in text notation ("-1,1", "8x4") read here, at their paths. */
function toPanel(p: PanelConfig, source: PanelSource): PanelOptions {
  const here = (key: string): FieldPath => (source.inherited.has(key) ? ['defaults', key] : [...source.at, key]);
  const curves: CurveOptions[] = [];
  const add = (c: CurveOptions, path: FieldPath) => {
    curves.push(c);
    source.curves.push(path);
  };
  if (p.function !== undefined) add({ function: p.function }, here('function'));
  p.functions?.forEach((f, i) => add({ function: f }, [...here('functions'), i]));
  if (typeof p.expr === 'string') add({ expr: p.expr }, here('expr'));
  else p.expr?.forEach((e, i) => add({ expr: e }, [...here('expr'), i]));
  if (Array.isArray(p.plot)) p.plot.forEach((c, i) => add({ plot: c }, [...here('plot'), i]));
  else if (p.plot !== undefined) add({ plot: p.plot }, here('plot'));
  if (Array.isArray(p.scatter)) p.scatter.forEach((c, i) => add({ scatter: c }, [...here('scatter'), i]));
  else if (p.scatter !== undefined) add({ scatter: p.scatter }, here('scatter'));
  p.curves?.forEach((c, k) => {
    const curve: CurveOptions = {
      ...(c.function !== undefined && { function: c.function }),
      ...(c.expr !== undefined && { expr: c.expr }),
      ...(c.params && { params: c.params }),
      ...(c.derivative && { derivative: true }),
      ...(c.label !== undefined && { label: c.label }),
      ...(c.color !== undefined && { color: c.color }),
      ...(c.linewidth !== undefined && { linewidth: c.linewidth }),
      ...(c.alpha !== undefined && { alpha: c.alpha }),
      ...(c.linestyle !== undefined && {
        linestyle: parseLineStyle([...source.at, 'curves', k, 'linestyle'], c.linestyle),
      }),
    };
    add(curve, [...here('curves'), k]);
  });
  const panel: PanelOptions = {
    curves,
    ...(p.x !== undefined && { x: p.x }),
    ...(p.from !== undefined && { from: p.from }),
    ...(p.to !== undefined && { to: p.to }),
    ...(p.step !== undefined && { step: p.step }),
    ...(p.num !== undefined && { num: p.num }),
    ...(p.dtype !== undefined && { dtype: p.dtype }),
    ...(p.error !== undefined && { error: p.error }),
    ...(p.arange !== undefined && { arange: p.arange }),
    ...(p.title !== undefined && { title: p.title }),
    ...(p.xlabel !== undefined && { xlabel: p.xlabel }),
    ...(p.ylabel !== undefined && { ylabel: p.ylabel }),
    ...(p.grad !== undefined && { grad: p.grad }),
  };
  if (p.param) panel.param = p.param;
  for (const key of ['xlim', 'ylim'] as const) {
    const v = p[key];
    // Numbers, or xlim()'s arguments as a script writes them ('bottom=0'): read by the builder.
    if (v !== undefined) panel[key] = v;
  }
  for (const key of ['xticks', 'yticks'] as const) {
    const v = p[key];
    // As a script writes them ('np.arange(-5, 6, 1)'): read by the builder.
    if (v !== undefined)
      panel[key] =
        v === 'auto'
          ? 'auto'
          : typeof v === 'string' && (isTicksCall(v) || isLocatorCall(v))
            ? v
            : parseList(here(key), v);
  }
  if (typeof p.grid === 'boolean' || typeof p.grid === 'string' || Array.isArray(p.grid)) panel.grid = p.grid;
  else if (p.grid) panel.gridStyle = gridStyle(p.grid, [...here('grid')]);
  if (p.color !== undefined) panel.color = asList(p.color);
  if (p.linewidth !== undefined) panel.linewidth = asList(p.linewidth)!.map((w) => parseWidth(here('linewidth'), w));
  if (p.alpha !== undefined) panel.alpha = asList(p.alpha)!.map((a) => parseAlpha(here('alpha'), a));
  if (p.marker !== undefined) panel.marker = asList(p.marker);
  if (p.fmt !== undefined) panel.fmt = asList(p.fmt);
  if (p.markersize !== undefined) panel.markersize = asList(p.markersize);
  if (p.markevery !== undefined) panel.markevery = asList(p.markevery);
  if (p.linestyle !== undefined) {
    panel.linestyle = asList(p.linestyle)!.map((s) => parseLineStyle(here('linestyle'), s));
  }
  if (p.label !== undefined) panel.label = asList(p.label);
  if (p.legend !== undefined) {
    // A location code is a number here; the builder reads names, codes' text and legend()'s keywords.
    panel.legend = typeof p.legend === 'number' ? parseLegend(here('legend'), p.legend) : p.legend;
  }
  if (p.axhline !== undefined) panel.axhline = asList(p.axhline);
  if (p.axvline !== undefined) panel.axvline = asList(p.axvline);
  if (p.hlines !== undefined) panel.hlines = asList(p.hlines);
  if (p.vlines !== undefined) panel.vlines = asList(p.vlines);
  if (p.axhspan !== undefined) panel.axhspan = asList(p.axhspan);
  if (p.axvspan !== undefined) panel.axvspan = asList(p.axvspan);
  if (p.tickParams !== undefined) panel.tickParams = asList(p.tickParams);
  if (p.locatorParams !== undefined) panel.locatorParams = asList(p.locatorParams);
  if (p.ticklabelFormat !== undefined) panel.ticklabelFormat = asList(p.ticklabelFormat);
  if (p.set !== undefined) panel.set = p.set;
  if (p.text !== undefined) panel.text = asList(p.text);
  if (p.aspect !== undefined) panel.aspect = p.aspect;
  if (p.boxAspect !== undefined) panel.boxAspect = p.boxAspect;
  if (p.subplot !== undefined) panel.subplot = String(p.subplot);
  if (p.subplot2grid !== undefined) panel.subplot2grid = p.subplot2grid;
  if (p.axis !== undefined) panel.axis = p.axis;
  if (p.margins !== undefined) panel.margins = p.margins;
  if (p.propCycle !== undefined) panel.propCycle = p.propCycle;
  if (p.invertXaxis !== undefined) panel.invertXaxis = p.invertXaxis;
  if (p.invertYaxis !== undefined) panel.invertYaxis = p.invertYaxis;
  if (p.minorticks !== undefined) panel.minorticks = p.minorticks;
  if (p.fillBetween !== undefined) panel.fillBetween = asList(p.fillBetween);
  if (p.annotate !== undefined) panel.annotate = asList(p.annotate);
  if (p.spine !== undefined) panel.spine = asList(p.spine) as PanelOptions['spine'];
  if (p.xaxis !== undefined) panel.xaxis = asList(p.xaxis);
  if (p.yaxis !== undefined) panel.yaxis = asList(p.yaxis);
  // Read by the builder: a scale's name or arguments, the frame, a twin of the panel before.
  if (p.xscale !== undefined) panel.xscale = p.xscale as PanelOptions['xscale'];
  if (p.yscale !== undefined) panel.yscale = p.yscale as PanelOptions['yscale'];
  if (p.frameOn !== undefined) panel.frameOn = p.frameOn;
  if (p.twinx !== undefined) panel.twinx = p.twinx;
  return panel;
}

function gridStyle(
  g: Exclude<PanelConfig['grid'], boolean | string | (boolean | string)[] | undefined>,
  at: FieldPath,
): GridOptions {
  return {
    ...(g.color !== undefined && { color: g.color }),
    ...(g.alpha !== undefined && { alpha: parseAlpha([...at, 'alpha'], g.alpha) }),
    ...(g.linestyle !== undefined && { linestyle: parseLineStyle([...at, 'linestyle'], g.linestyle) }),
    ...(g.linewidth !== undefined && { linewidth: parseWidth([...at, 'linewidth'], g.linewidth) }),
    ...(g.axis !== undefined && { axis: g.axis }),
    ...(g.which !== undefined && { which: g.which }),
  };
}

/**
 * The config path of a field of FigureOptions: a panel's key at the panel (or at defaults, when the panel took
 * it from there), a curve's at where the curve was written, a figure's at the figure. A field already placed
 * (read from the config by toPanel) is returned as it is.
 */
function placed(field: FieldPath, at: FieldPath, sources: PanelSource[]): FieldPath {
  if (field[0] === 'figures' || field[0] === 'defaults') return field;
  const key = (k: string | number) => (typeof k === 'string' ? k.split('/')[0].replace('gridStyle', 'grid') : k);
  if (field[0] !== 'panels' || typeof field[1] !== 'number') {
    return field[0] === 'panels' ? [...at, 'panels'] : [...at, ...field.map(key)];
  }
  const source = sources[field[1]];
  const rest = field.slice(2);
  if (rest[0] === 'curves' && typeof rest[1] === 'number') {
    const written = source.curves[rest[1]];
    // A plot or scatter key's entry: its keyword is placed after it (figures[0].plot[1].fmt).
    if (rest[2] === 'plot' || rest[2] === 'scatter') return [...written, ...rest.slice(3)];
    return written[written.length - 2] === 'curves' ? [...written, ...rest.slice(2)] : written;
  }
  if (rest.length === 0) return source.at;
  const first = key(rest[0]) as string;
  const base = source.inherited.has(first) ? ['defaults'] : source.at;
  return [...base, first, ...rest.slice(1).map(key)];
}
