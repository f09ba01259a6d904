/**
 * A config figure → the FigureSpec the command line would build from the same words: each key is turned into
 * its option and handed to the command line's own builder, so a config and a command line draw the same.
 */
import { UsageError } from '../errors';
import { bindCurve } from '../functions/registry';
import { figureFor } from '../cli/commands';
import type { PanelInput, PlotOptions } from '../cli/plot-options';
import { parseLineStyle } from '../cli/plot-options';
import { parseColor } from '../style/colors';
import { validateFigure, type FigureSpec, type OutputFormat } from '../spec';
import { validateSampling } from '../sampling';
import { configError } from './load';
import { KEYS, type Config, type FigureConfig, type PanelConfig } from './schema';

export interface PlannedFigure {
  name: string;
  format: OutputFormat;
  spec: FigureSpec;
}

const FIGURE_ONLY = new Set(['name', 'format', 'size', 'dpi', 'transparent', 'layout', 'panels']);
const PANEL_KEYS = KEYS.panel;

export function planFigures(config: Config, file: string): PlannedFigure[] {
  return config.figures.map((f, i) => planFigure(f, config.defaults ?? {}, file, ['figures', i]));
}

function planFigure(
  fig: FigureConfig,
  defaults: Partial<FigureConfig>,
  file: string,
  at: (string | number)[],
): PlannedFigure {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/.test(fig.name)) {
    throw configError(
      file,
      [...at, 'name'],
      `got '${fig.name}'; expected a file name of letters, digits, '.', '_' and '-', not starting with '.' or '-' (it names ${fig.name}.png in the output folder)`,
    );
  }
  const own = fig as Record<string, unknown>;
  if (fig.panels) {
    const stray = PANEL_KEYS.find((k) => own[k] !== undefined && !FIGURE_ONLY.has(k));
    if (stray) throw configError(file, [...at, stray], 'a figure with panels takes this key inside each panel');
  }
  const panelDefaults = pick(defaults as Record<string, unknown>, PANEL_KEYS) as PanelConfig;
  const panelConfigs: PanelConfig[] = fig.panels
    ? fig.panels.map((p) => ({ ...panelDefaults, ...p }))
    : [{ ...panelDefaults, ...(pick(own, PANEL_KEYS) as PanelConfig) }];
  const merged = { ...defaults, ...fig };
  const panels = panelConfigs.map((p, j) => toPanel(p, file, fig.panels ? [...at, 'panels', j] : at));
  const figureOpts = panels[0].opts;
  if (merged.size !== undefined) figureOpts.size = Array.isArray(merged.size) ? merged.size.join('x') : merged.size;
  if (merged.dpi !== undefined) figureOpts.dpi = String(merged.dpi);
  if (merged.transparent) figureOpts.transparent = true;
  if (merged.layout !== undefined)
    figureOpts.layout = Array.isArray(merged.layout) ? merged.layout.join('x') : merged.layout;
  const format = merged.format ?? 'png';
  const spec = withPath(
    file,
    at,
    () => {
      const built = figureFor(panels).fig;
      validateFigure(built, format);
      for (const ax of built.axes) validateSampling(ax.sampling);
      return built;
    },
    (name) => functionSource(fig, defaults, at, name),
  );
  panelConfigs.forEach((p, j) => applyCurves(spec, j, p, file, fig.panels ? [...at, 'panels', j] : at));
  return { name: fig.name, format, spec };
}

function pick(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined && !FIGURE_ONLY.has(k)).map((k) => [k, o[k]]));
}

const str = (v: number | string | undefined) => (v === undefined ? undefined : String(v));
const list = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v.join(',') : String(v));

/** The panel's keys as the command line's option strings. */
function toPanel(p: PanelConfig, file: string, at: (string | number)[]): PanelInput {
  const curves = p.curves ?? [];
  const functions = [
    ...(p.function ? [p.function] : []),
    ...(p.functions ?? []),
    ...curves.filter((c) => c.function !== undefined).map((c) => c.function!),
  ];
  const exprs = [
    ...(p.expr === undefined ? [] : Array.isArray(p.expr) ? p.expr : [p.expr]),
    ...curves.filter((c) => c.expr !== undefined).map((c) => c.expr!),
  ];
  curves.forEach((c, k) => {
    if ((c.function === undefined) === (c.expr === undefined)) {
      throw configError(file, [...at, 'curves', k], 'expected exactly one of function and expr');
    }
  });
  const opts: PlotOptions = {
    from: str(p.from),
    to: str(p.to),
    step: str(p.step),
    num: str(p.num),
    dtype: p.dtype,
    title: p.title,
    xlabel: p.xlabel,
    ylabel: p.ylabel,
    xlim: list(p.xlim),
    ylim: list(p.ylim),
    xticks: list(p.xticks),
    yticks: list(p.yticks),
    color: list(p.color),
    linewidth: list(p.linewidth),
    linestyle: list(p.linestyle),
    label: p.label === undefined ? undefined : Array.isArray(p.label) ? p.label : [p.label],
    expr: exprs.length ? exprs : undefined,
    grad: p.grad,
    param: p.param ? Object.fromEntries(Object.entries(p.param).map(([k, v]) => [k, String(v)])) : undefined,
    legend: p.legend === undefined ? undefined : typeof p.legend === 'number' ? String(p.legend) : p.legend,
  };
  if (p.grid !== undefined) {
    if (typeof p.grid === 'boolean') opts.grid = p.grid;
    else {
      opts.grid = true;
      opts.gridColor = p.grid.color;
      opts.gridAlpha = str(p.grid.alpha);
      opts.gridLinestyle = p.grid.linestyle;
      opts.gridLinewidth = str(p.grid.linewidth);
    }
  }
  for (const k of Object.keys(opts) as (keyof PlotOptions)[]) if (opts[k] === undefined) delete opts[k];
  return { functions, opts };
}

/**
 * Per-curve keys (derivative, label, colour, width, style, params) on the built axes. The builder puts a
 * panel's functions first (function, functions, then those of curves), then its expressions (expr, then
 * those of curves), each followed by its derivative with grad.
 */
function applyCurves(spec: FigureSpec, panel: number, p: PanelConfig, file: string, at: (string | number)[]): void {
  const curves = p.curves ?? [];
  if (!curves.length) return;
  const ax = spec.axes[panel];
  const plainFunctions = (p.function ? 1 : 0) + (p.functions?.length ?? 0);
  const plainExprs = p.expr === undefined ? 0 : Array.isArray(p.expr) ? p.expr.length : 1;
  const curveFunctions = curves.filter((c) => c.function !== undefined).length;
  let fi = 0;
  let ei = 0;
  const stride = p.grad ? 2 : 1;
  curves.forEach((c, k) => {
    const slot = c.function !== undefined ? plainFunctions + fi++ : plainFunctions + curveFunctions + plainExprs + ei++;
    const target = ax.curves[slot * stride];
    if (!target) return;
    const here = [...at, 'curves', k];
    if (c.params) {
      target.params = {
        ...target.params,
        ...Object.fromEntries(Object.entries(c.params).map(([a, b]) => [a, String(b)])),
      };
      withPath(file, [...here, 'params'], () => bindCurve(target));
    }
    if (c.derivative) target.derivative = true;
    if (c.label !== undefined) target.label = c.label;
    if (c.color !== undefined) {
      withPath(file, [...here, 'color'], () => parseColor(c.color!));
      target.color = c.color;
    }
    if (c.linewidth !== undefined) {
      if (c.linewidth < 0 || c.linewidth > 1000)
        throw configError(
          file,
          [...here, 'linewidth'],
          `got ${c.linewidth}; expected a width in points from 0 to 1000`,
        );
      target.linewidth = c.linewidth;
    }
    if (c.linestyle !== undefined)
      target.linestyle = withPath(file, [...here, 'linestyle'], () => parseLineStyle('--linestyle', c.linestyle!));
  });
}

/**
 * Runs f, turning a command-line usage error ("--xlim: got ...") into one at the config path; functionAt
 * finds where a function named in the error was written.
 */
function withPath<T>(
  file: string,
  at: (string | number)[],
  f: () => T,
  functionAt?: (name: string) => (string | number)[] | undefined,
): T {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const m = /^(--[a-z-]+|function(?: '[^']*')?|--from\/--to|--num\/--step)(?:\s[^:]*)?: (.*)$/s.exec(err.message);
    if (!m) throw configError(file, at, err.message);
    if (m[1].startsWith('function')) {
      const name = /^function '(.*)'$/s.exec(m[1])?.[1] ?? /^got '([^']*)'/.exec(m[2])?.[1];
      throw configError(file, (name !== undefined && functionAt?.(name)) || [...at, 'functions'], m[2]);
    }
    const key = m[1]
      .replace(/^--/, '')
      .split('/')[0]
      .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const path =
      at[at.length - 1] === key
        ? at
        : key.startsWith('grid') && key !== 'grid'
          ? [...at, 'grid', key.slice(4).toLowerCase()]
          : [...at, key];
    throw configError(file, path, m[2]);
  }
}

/** Where a figure's config names a function: its function key, an item of functions, or a curve's function. */
function functionSource(
  fig: FigureConfig,
  defaults: Partial<FigureConfig>,
  at: (string | number)[],
  name: string,
): (string | number)[] | undefined {
  const places: [PanelConfig, (string | number)[]][] = fig.panels
    ? fig.panels.map((p, j) => [p, [...at, 'panels', j]])
    : [[fig as PanelConfig, at]];
  places.push([defaults as PanelConfig, ['defaults']]);
  for (const [p, here] of places) {
    if (p.function === name) return [...here, 'function'];
    const i = p.functions?.indexOf(name) ?? -1;
    if (i >= 0) return [...here, 'functions', i];
    const k = p.curves?.findIndex((c) => c.function === name) ?? -1;
    if (k >= 0) return [...here, 'curves', k, 'function'];
  }
  return undefined;
}
