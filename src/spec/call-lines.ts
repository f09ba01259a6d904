/**
 * A script's line of a pyplot call copied whole, `plt.axhline(0, color='k')`, `ax.set_title('ReLU')`,
 * `fig, ax = plt.subplots(1, 2, figsize=(10, 4))`, given where an option takes that call's arguments: read as
 * the arguments between its parentheses. The call is the option's own (`plt.xlim` for --xlim, `ax.set_xlim`
 * too), made on an object (plt, ax, axs[0, 1], fig...), with an assignment before it or not. Pure.
 */
import { UsageError, type FieldPath } from '../errors';
import type { FigureOptions, PanelOptions } from './options';
import { closingBracket } from '../pycall';

/**
 * `lhs = ` (fig, ax = ...), then the objects the call is made on (plt., ax., axs[0, 1]., axs[1][0].,
 * matplotlib.pyplot.).
 */
const HEAD =
  /^\s*(?:[A-Za-z_][\w\s,[\]]*=(?!=)\s*)?(?:[A-Za-z_]\w*(?:(?:\[(?:[^[\]]|\[[^\]]*\])*\])+|\(\))?\.)+([A-Za-z_]\w*)\s*\(/;

/** The text between a call line's parentheses, when `text` is a call of one of `names`; else undefined. */
export function callLine(text: string, names: readonly string[]): string | undefined {
  const m = HEAD.exec(text);
  if (!m || !names.includes(m[1])) return undefined;
  const open = m[0].length - 1;
  const close = closingBracket(text, open);
  if (close < 0 || !/^\s*;?\s*$/.test(text.slice(close + 1))) return undefined;
  return text.slice(open + 1, close);
}

/** The calls whose arguments each option takes: pyplot's function, and the Axes or Figure method of its name. */
export const PANEL_CALLS: Partial<Record<keyof PanelOptions, readonly string[]>> = {
  title: ['title', 'set_title'],
  xlabel: ['xlabel', 'set_xlabel'],
  ylabel: ['ylabel', 'set_ylabel'],
  xlim: ['xlim', 'set_xlim'],
  ylim: ['ylim', 'set_ylim'],
  xticks: ['xticks', 'set_xticks'],
  yticks: ['yticks', 'set_yticks'],
  xscale: ['xscale', 'set_xscale'],
  yscale: ['yscale', 'set_yscale'],
  grid: ['grid'],
  legend: ['legend'],
  axhline: ['axhline'],
  axvline: ['axvline'],
  hlines: ['hlines'],
  vlines: ['vlines'],
  axhspan: ['axhspan'],
  axvspan: ['axvspan'],
  aspect: ['set_aspect'],
  boxAspect: ['set_box_aspect'],
  axis: ['axis'],
  margins: ['margins'],
  propCycle: ['set_prop_cycle'],
  fillBetween: ['fill_between'],
  text: ['text'],
  annotate: ['annotate'],
  tickParams: ['tick_params'],
  set: ['set'],
  locatorParams: ['locator_params'],
  ticklabelFormat: ['ticklabel_format'],
};

const FIGURE_CALLS: Partial<Record<keyof FigureOptions, readonly string[]>> = {
  suptitle: ['suptitle'],
  supxlabel: ['supxlabel'],
  supylabel: ['supylabel'],
  figtext: ['figtext', 'text'],
  figlegend: ['figlegend', 'legend'],
  subplotsAdjust: ['subplots_adjust'],
  tightLayout: ['tight_layout'],
  savefig: ['savefig'],
  figure: ['figure'],
  subplots: ['subplots'],
};

const CURVE_CALLS = { plot: ['plot'], scatter: ['scatter'] } as const;

/** Each call of the options' own, with the option that takes it (`--xlabel`, as messages name options). */
const OPTION_OF = new Map<string, string>(
  // A call two options take (legend(), text()) names the panel's: a Map keeps the last entry of a key.
  [CURVE_CALLS, FIGURE_CALLS, PANEL_CALLS].flatMap((calls) =>
    Object.entries(calls).flatMap(([key, names]) => (names as string[]).map((n): [string, string] => [n, key])),
  ),
);

/**
 * A text with a call line of `names` read as its arguments. A call line of another option's call is refused:
 * `--title "plt.xlabel('x')"` would otherwise be a title reading so.
 */
function unwrapText(text: string, names: readonly string[], at: FieldPath): string {
  const args = callLine(text, names);
  if (args !== undefined) return args;
  const other = HEAD.exec(text)?.[1];
  const option = other === undefined ? undefined : OPTION_OF.get(other);
  if (option !== undefined && callLine(text, [other!]) !== undefined) {
    throw new UsageError(at, {
      given: `'${text}'`,
      expected: `${names[0]}()'s arguments, or its line whole`,
      hint: `${other}() goes to --${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    });
  }
  return text;
}

/** A value with each text that is a call line of `names` read as its arguments (lists item by item). */
function unwrap<T>(value: T, names: readonly string[], at: FieldPath): T {
  if (typeof value === 'string') return unwrapText(value, names, at) as T;
  if (!Array.isArray(value)) return value;
  const read = value.map((v: unknown, i) => unwrap(v, names, [...at, i]));
  return read.some((v, i) => v !== value[i]) ? (read as T) : value;
}

function unwrapAll<O extends object>(options: O, calls: Partial<Record<keyof O, readonly string[]>>, at: FieldPath): O {
  let out = options;
  for (const key of Object.keys(calls) as (keyof O)[]) {
    const given = options[key];
    if (given === undefined) continue;
    const read = unwrap(given, calls[key]!, [...at, key as string]);
    if (read !== given) out = { ...out, [key]: read };
  }
  return out;
}

/**
 * A spine's line as scripts write it, `ax.spines['left'].set_position('zero')`, `ax.spines.top.set_visible(False)`,
 * `ax.spines[['top', 'right']].set_color('none')`, `ax.spines[:].set_linewidth(2)`: the spines, then each
 * setter's value as the keyword of its name (set_bounds' two ends as bounds=(low, high); set(...)'s keywords as
 * they are), as --spine takes them ("left, position='zero'").
 */
const SPINE_LINE =
  /^\s*(?:[A-Za-z_]\w*(?:\[[^\]]*\]|\(\))?\.)+spines(?:\[\s*([^]*?)\s*\]|\.(left|right|top|bottom))\.set(?:_([a-z]+))?\s*\(/;

export function spineLine(text: string): string | undefined {
  const m = SPINE_LINE.exec(text);
  if (!m) return undefined;
  const open = m[0].length - 1;
  const close = closingBracket(text, open);
  if (close < 0 || !/^\s*;?\s*$/.test(text.slice(close + 1))) return undefined;
  const args = text.slice(open + 1, close).trim();
  const which = m[2] ?? (m[1] === ':' ? 'all' : m[1]);
  const setter = m[3];
  if (setter === undefined) return args ? `${which}, ${args}` : which;
  return `${which}, ${setter}=${setter === 'bounds' ? `(${args})` : args}`;
}

/** The figure's options with every call line given read as its arguments. */
export function withCallLines(o: FigureOptions): FigureOptions {
  const panels = o.panels.map((p, i) => {
    const spine = p.spine?.map((v) => (typeof v === 'string' ? (spineLine(v) ?? v) : v));
    const read = spine?.some((v, j) => v !== p.spine![j]) ? { ...p, spine } : p;
    const panel = unwrapAll(read, PANEL_CALLS, ['panels', i]);
    const curves = p.curves.map((c, j) => unwrapAll(c, CURVE_CALLS, ['panels', i, 'curves', j]));
    return curves.some((c, j) => c !== p.curves[j]) ? { ...panel, curves } : panel;
  });
  const figure = unwrapAll(o, FIGURE_CALLS, []);
  return panels.some((p, i) => p !== o.panels[i]) ? { ...figure, panels } : figure;
}
