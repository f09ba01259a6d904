/**
 * --style and --rc: a figure's rcParams, as plt.style.use(...) and rcParams[...] = ... before a script. They
 * set what the figure's script leaves to them: the document's figures pass their size, line widths, colours
 * and grid to pyplot themselves, as their scripts do, so those stay; the `matplotlib` style's figures leave
 * everything to the rcParams; the `pytorch-docs` style's are drawn as PyTorch's docs script draws its activation
 * images, on pyplot's defaults too.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { addFontFile } from '../style/font-faces';
import { applyRc, defaultRc, OWN_STYLE_NAMES, styleSettings, type RcEntry } from '../style/resolve';
import type { Rc } from '../style/rcparams';
import { faceFor } from '../style/fonts';
import type { FigureOptions } from './options';
import type { PyValue } from '../pycall';

/** The module a script reaches rcParams, rc() and style through: plt., mpl., matplotlib. or matplotlib.pyplot. */
const MODULE = String.raw`(?:(?:plt|mpl|matplotlib|matplotlib\.pyplot)\.)`;
const RC_UPDATE = new RegExp(String.raw`^${MODULE}?rcParams\.update\(([^]*)\)$`);
const RC_ITEM = new RegExp(String.raw`^${MODULE}?rcParams\[\s*('[^']*'|"[^"]*")\s*\]\s*=([^]+)$`);
const RC_CALL = new RegExp(String.raw`^${MODULE}rc\(([^]*)\)$`);
const STYLE_CALL = new RegExp(String.raw`^\s*${MODULE}?style\.(?:use|context)\(([^]*)\)\s*$`);

/** The styles of actplot's own: how much of a figure its script says itself. */
export type FigureStyle = 'document' | 'matplotlib' | 'pytorch-docs';

export interface FigureRc {
  rc: Rc;
  /** Whose script draws the figure: the last of actplot's own styles named, the document's by default. */
  figureStyle: FigureStyle;
  /** The rcParams some style or --rc set. */
  set: Set<string>;
  /** The rcParams --rc (a config's rc:) set by name, as opposed to a style sheet. */
  given: Set<string>;
  /** What matplotlib warns of while reading the styles (a deprecated name), in its words. */
  warnings: string[];
}

/** matplotlib.style.core's fix_style: two aliases, and the seaborn sheets' names before 3.6. */
const STYLE_ALIASES: Record<string, string> = { mpl20: 'default', mpl15: 'classic' };
const OLD_SEABORN = new Set(
  ['', '-bright', '-colorblind', '-dark', '-darkgrid', '-dark-palette', '-deep', '-muted', '-notebook', '-paper']
    .concat(['-pastel', '-poster', '-talk', '-ticks', '-white', '-whitegrid'])
    .map((s) => `seaborn${s}`),
);
const SEABORN_DEPRECATED =
  "The seaborn styles shipped by Matplotlib are deprecated since 3.6, as they no longer correspond to the styles shipped by seaborn. However, they will remain available as 'seaborn-v0_8-<style>'. Alternatively, directly use the seaborn API instead.";

/** A style name as matplotlib 3.6 reads it: an alias resolved, an old seaborn name renamed with its warning. */
function fixStyle(style: string, warnings: string[]): string {
  const s = Object.hasOwn(STYLE_ALIASES, style) ? STYLE_ALIASES[style] : style;
  if (!OLD_SEABORN.has(s)) return s;
  if (!warnings.includes(SEABORN_DEPRECATED)) warnings.push(SEABORN_DEPRECATED);
  return s.replace('seaborn', 'seaborn-v0_8');
}

/**
 * Resolves options.style (in order, later wins) and then options.rc, onto matplotlib's defaults. Font files are
 * added first (addFontFiles), so that font.family may name their families.
 */
export function figureRc(options: Pick<FigureOptions, 'style' | 'rc'>): FigureRc | undefined {
  if (options.style === undefined && options.rc === undefined) return undefined;
  const styles = options.style === undefined ? [] : Array.isArray(options.style) ? options.style : [options.style];
  let sheets: Readonly<Record<string, string>> | undefined;
  // The bundled sheets' text is loaded only when a style is named: it is most of this stage's code by size.
  const bundled = () =>
    (sheets ??= (require('../style/matplotlib-rc') as typeof import('../style/matplotlib-rc')).STYLE_SHEETS);
  const names = () => (require('../style/matplotlib-rc') as typeof import('../style/matplotlib-rc')).RC_NAMES;
  const entries: RcEntry[] = [];
  let figureStyle: FigureStyle = 'document';
  const warnings: string[] = [];
  styles.flatMap(styleList).forEach((style, i) => {
    if (typeof style !== 'string') throw new UsageError(['style', i], { problem: 'expected a style name or file' });
    if (OWN_STYLE_NAMES.includes(style)) figureStyle = style as FigureStyle;
    entries.push(...styleSettings(fixStyle(style.trim(), warnings), ['style', i], bundled()));
  });
  const given = rcEntries(options.rc);
  entries.push(...given);
  const rc = defaultRc();
  applyRc(rc, entries, names);
  // The faces the rcParams ask for are found now, so that one actplot lacks is refused before any drawing.
  faceFor(rc);
  for (const key of ['axes.titleweight', 'axes.labelweight', 'figure.titleweight'] as const) {
    faceFor(rc, { weight: rc[key] }, ['rc', key]);
  }
  return {
    rc,
    figureStyle,
    set: new Set(entries.map((e) => e.name)),
    given: new Set(given.map((e) => e.name)),
    warnings,
  };
}

/**
 * plt.style.use()'s argument, or its line whole (`plt.style.use('ggplot')`), as a script writes it: a name, a
 * file, or a list (`['seaborn-v0_8', 'seaborn-v0_8-talk']`), whose names are taken in order.
 */
function styleList(given: unknown, i: number): unknown[] {
  const call = typeof given === 'string' ? STYLE_CALL.exec(given) : null;
  const style = call ? call[1] : given;
  if (call && /^\s*['"]/.test(call[1])) {
    const { parseCallArgs } = require('../pycall') as typeof import('../pycall');
    const { positional } = parseCallArgs(call[1], ['style', i]);
    if (positional.length === 1 && typeof positional[0] === 'string') return [positional[0]];
    throw badValue(['style', i], String(given), "plt.style.use() of a style's name, file or list of them");
  }
  if (typeof style !== 'string' || !/^\s*[[(]/.test(style)) return [style];
  const { parseCallArgs } = require('../pycall') as typeof import('../pycall');
  const args = parseCallArgs(style, ['style', i]);
  const [list] = args.positional;
  if (args.positional.length !== 1 || !Array.isArray(list) || list.some((s) => typeof s !== 'string')) {
    throw badValue(['style', i], style, "a style's name or file, or a list of them: ['ggplot', 'fast']");
  }
  return list;
}

/** fontManager.addfont for each file: their families become names font.family may give. */
export function addFontFiles(files: FigureOptions['fontFile']): string[] {
  const list = files === undefined ? [] : Array.isArray(files) ? files : [files];
  return list.map((file, i) => {
    const at = Array.isArray(files) ? ['fontFile', i] : ['fontFile'];
    if (typeof file !== 'string' || !file.trim()) throw badValue(at, String(file), 'a path to a TrueType file');
    try {
      return addFontFile(file).file;
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a folder' : e.message;
      throw new UsageError(at, { problem: `cannot use the font file '${file}' (${why})` });
    }
  });
}

/**
 * --rc texts, or a config's {key: value}. A text is KEY=VALUE as matplotlibrc says it, or a script's own words:
 * rcParams.update()'s dict (`{'font.size': 14, 'lines.linewidth': 2}`) or plt.rc()'s arguments
 * (`'font', size=14`, `('xtick', 'ytick'), labelsize=8`).
 */
function rcEntries(given: FigureOptions['rc']): RcEntry[] {
  if (given === undefined) return [];
  if (Array.isArray(given)) {
    return given.flatMap((text, i): RcEntry[] => {
      const trimmed = scriptRcLine(String(text).trim());
      if (/^[{'"(]/.test(trimmed)) return scriptRcEntries(trimmed, ['rc', i]);
      const eq = String(text).indexOf('=');
      if (eq < 1) {
        throw new UsageError(['rc', i], {
          given: `'${String(text)}'`,
          expected: "KEY=VALUE, as matplotlibrc says it, a dict of rcParams or plt.rc()'s arguments",
          hint: 'e.g. --rc axes.titlesize=large, --rc "{\'font.size\': 14}" or --rc "\'lines\', linewidth=2"',
        });
      }
      const name = String(text).slice(0, eq).trim();
      return [{ name, value: String(text).slice(eq + 1), at: ['rc', name] }];
    });
  }
  if (typeof given !== 'object' || given === null) {
    throw new UsageError(['rc'], { problem: 'expected rcParams by name: {axes.titlesize: large}' });
  }
  return Object.entries(given).map(([name, value]): RcEntry => ({ name, value, at: ['rc', name] as FieldPath }));
}

/**
 * The rcParams given with more after them, which win (a call's keywords that are rcParams for this figure:
 * figure(dpi=...), savefig(facecolor=...)), in the form the rcParams were given in.
 */
export function withRcAfter(given: FigureOptions['rc'], more: [string, string][]): FigureOptions['rc'] {
  if (given === undefined || Array.isArray(given)) return [...(given ?? []), ...more.map(([k, v]) => `${k}=${v}`)];
  return { ...given, ...Object.fromEntries(more) };
}

/** matplotlib.rc()'s aliases of a group's keys. */
const RC_ALIASES: Record<string, string> = {
  lw: 'linewidth',
  ls: 'linestyle',
  c: 'color',
  fc: 'facecolor',
  ec: 'edgecolor',
  mew: 'markeredgewidth',
  aa: 'antialiased',
};

/** rcParams.update({...})'s dict, or plt.rc(group, **kwargs)'s arguments, as rc entries. */
function scriptRcEntries(text: string, at: FieldPath): RcEntry[] {
  const args = parsedRc(text, at);
  const [first, ...rest] = args.positional;
  const entry = (name: string, value: PyValue): RcEntry => ({
    name,
    value: rcText(value, ['rc', name]),
    at: ['rc', name],
  });
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    if (rest.length || Object.keys(args.keywords).length) throw badValue(at, text, 'one dict of rcParams');
    return Object.entries(first).map(([name, value]) => entry(name, value));
  }
  const groups = Array.isArray(first) ? first : [first];
  if (rest.length || !groups.length || groups.some((g) => typeof g !== 'string' || !g)) {
    throw badValue(at, text, "plt.rc()'s arguments: a group and its keys, e.g. 'lines', linewidth=2");
  }
  return (groups as string[]).flatMap((g) =>
    Object.entries(args.keywords).map(([k, value]) => entry(`${g}.${RC_ALIASES[k] ?? k}`, value)),
  );
}

/**
 * A script's line whole, as its arguments: `plt.rcParams['font.size'] = 14` is the dict {'font.size': 14},
 * `plt.rcParams.update({...})` its dict, `plt.rc('font', size=14)` its arguments; any other text as it is.
 */
function scriptRcLine(text: string): string {
  const item = RC_ITEM.exec(text);
  if (item) return `{${item[1]}: ${item[2].trim()}}`;
  const call = RC_UPDATE.exec(text) ?? RC_CALL.exec(text);
  return call ? call[1].trim() : text;
}

/** The Python text read (a cycler() expression kept as its text, for axes.prop_cycle's reader). */
function parsedRc(text: string, at: FieldPath) {
  const { parseCallArgs } = require('../pycall') as typeof import('../pycall');
  return parseCallArgs(text, at);
}

/** A Python value as the rc reader takes it: None as matplotlibrc writes it, a list's items as text. */
function rcText(v: PyValue, at: FieldPath): string | number | boolean | string[] {
  if (v === null) return 'None';
  if (Array.isArray(v)) return v.map((item) => String(rcText(item, at)));
  if (typeof v === 'object') throw badValue(at, '{...}', 'a number, a string, True/False or a list');
  return v;
}
