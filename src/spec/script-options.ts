/**
 * The options a script's statements add up to (spec/script.ts reads them): each axes' panel, the figure's
 * own, and where each was set, for an error to name the script's line. Pure.
 */
import { splitOutside } from '../pycall';
import { UsageError, type FieldPath } from '../errors';
import type { CurveOptions, FigureOptions, PanelOptions } from './options';

/** An axes of the script: its curves, and its other options as the call lines give them. */
export interface Panel {
  curves: CurveOptions[];
  options: Partial<Record<keyof PanelOptions, unknown>>;
}

/**
 * legend(handles, labels, ...) of a get_legend_handles_labels() line's names: as they are, the legend of every
 * labelled line; reversed ([::-1]), the same legend in reverse order (reverse=True).
 */
export function legendOf(args: string, [handles, labels]: [string, string], at: FieldPath): string {
  const parts = splitOutside(args, ',').map((a) => a.trim());
  const as = (name: string, part: string | undefined) => part?.replace(/\s+/g, '').replace(/\[::-1\]$/, '') === name;
  if (!as(handles, parts[0]) || !as(labels, parts[1])) return args;
  const reversed = parts[0].endsWith('[::-1]');
  if (reversed !== parts[1].replace(/\s+/g, '').endsWith('[::-1]')) {
    throw new UsageError(at, { problem: 'legend() of handles and labels in different orders' });
  }
  return [...(reversed ? ['reverse=True'] : []), ...parts.slice(2)].join(', ');
}

export function figureOptions(
  panels: Panel[],
  figure: Partial<Record<keyof FigureOptions, unknown>>,
  lines: { rc: string[]; style: string[] },
  at: FieldPath,
): FigureOptions {
  const drawn = panels.map((p, i) => ({ p, i })).filter(({ p }) => p.curves.length);
  if (!drawn.length) throw new UsageError(at, { problem: 'nothing plotted: expected a plot() of the script' });
  const last = drawn[drawn.length - 1].i;
  // An axes of plt.subplots() after the plotted ones, given something (axes[1, 2].axis('off')): its empty cell
  // with it. Any other (plt.subplot(2, 2, 4) with a title alone) would not be drawn as the script says yet.
  let kept = last + 1;
  panels.forEach((p, i) => {
    if (i <= last || !p || !Object.keys(p.options).length) return;
    if (figure.subplots === undefined) {
      const keys = Object.keys(p.options).join(', ');
      throw new UsageError(at, {
        problem: `axes ${i + 1} has no plot; its ${keys} would not be drawn as the script says (outside subplots(), an axes with no plot takes no options yet)`,
      });
    }
    kept = i + 1;
  });
  // plt.subplots()'s axes left empty before others are drawn empty; a cell plt.subplot() never made, blank.
  const gap = figure.subplots === undefined ? panels.slice(0, last).findIndex((p) => !p?.curves.length) : -1;
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
    panels: panels
      .slice(0, kept)
      .map((p) => ({ ...((p?.options ?? {}) as Partial<PanelOptions>), curves: p?.curves ?? [] })),
  };
}

/**
 * Each option the script has set so far by its path in the options (panels[0].curves[1], panels[0].title,
 * subplots, rc[2]), with its value, to tell which line set or changed it.
 */
export function optionPaths(
  panels: Panel[],
  figure: Partial<Record<keyof FigureOptions, unknown>>,
  rc: string[],
  style: string[],
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const add = (path: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((v, k) => out.set(`${path}[${k}]`, v));
    else out.set(path, value);
  };
  panels.forEach((p, i) => {
    if (!p) return;
    for (const [key, value] of Object.entries(p.options)) add(`panels[${i}].${key}`, value);
    add(`panels[${i}].curves`, p.curves);
  });
  for (const [key, value] of Object.entries(figure)) add(key, value);
  add('rc', rc);
  // The options' style list begins with matplotlib's own.
  style.forEach((v, k) => out.set(`style[${k + 1}]`, v));
  return out;
}
