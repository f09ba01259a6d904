/**
 * The options a script's statements add up to (spec/script.ts reads them): each axes' panel, the figure's
 * own, and where each was set, for an error to name the script's line; which Axes method sets which option, and
 * how a later call sets it over an earlier one (setOption). Pure.
 */
import { argumentTexts, joinedArguments, splitOutside } from '../pycall';
import { PANEL_CALLS } from './call-lines';
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
    // (An axes placed by a span is drawn, empty, as subplots()'s are.)
    if (figure.subplots === undefined && p.options.subplot2grid === undefined) {
      const keys = Object.keys(p.options).join(', ');
      throw new UsageError(at, {
        problem: `axes ${i + 1} has no plot; its ${keys} would not be drawn as the script says (outside subplots(), an axes with no plot takes no options yet)`,
      });
    }
    kept = i + 1;
  });
  // plt.subplots()'s axes left empty before others are drawn empty; a cell plt.subplot() never made, blank.
  const gap =
    figure.subplots === undefined
      ? panels.slice(0, last).findIndex((p) => !p?.curves.length && p?.options.subplot2grid === undefined)
      : -1;
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

/** An Axes method (or pyplot function) and the panel option its arguments are: the call lines' own table. */
export const PANEL_METHODS = new Map<string, keyof PanelOptions>(
  (Object.entries(PANEL_CALLS) as [keyof PanelOptions, readonly string[]][]).flatMap(([key, names]) =>
    names.map((n): [string, keyof PanelOptions] => [n, key]),
  ),
);
/** The panel options a script may call again, each call one more (the others: the last call counts). */
export const REPEATED = new Set<keyof PanelOptions>([
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

export function push(options: Record<string, unknown>, key: string, value: string): void {
  options[key] = [...((options[key] as string[] | undefined) ?? []), value];
}

/** A call's arguments without one keyword (figsize=(8, 5) of plt.figure()'s, which set_size_inches() overrides). */
export function withoutKeyword(args: string, keyword: string): string {
  const { positional, keywords } = argumentTexts(args);
  keywords.delete(keyword);
  return joinedArguments(positional, keywords);
}

/** A call's arguments after another's: its positional ones if it has any, else the earlier; keywords over theirs. */
export function mergedCall(earlier: string, later: string): string {
  const a = argumentTexts(earlier);
  const b = argumentTexts(later);
  return joinedArguments(b.positional.length ? b.positional : a.positional, new Map([...a.keywords, ...b.keywords]));
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
export function setOption(options: Record<string, unknown>, key: keyof PanelOptions, value: string): void {
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
