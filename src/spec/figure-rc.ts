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
  styles.forEach((style, i) => {
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

/** --rc KEY=VALUE texts, or a config's {key: value}. */
function rcEntries(given: FigureOptions['rc']): RcEntry[] {
  if (given === undefined) return [];
  if (Array.isArray(given)) {
    return given.map((text, i): RcEntry => {
      const eq = String(text).indexOf('=');
      if (eq < 1) {
        throw new UsageError(['rc', i], {
          given: `'${String(text)}'`,
          expected: 'KEY=VALUE, as matplotlibrc says it',
          hint: 'e.g. --rc axes.titlesize=large or --rc \'axes.prop_cycle=cycler("color", ["k", "r"])\'',
        });
      }
      const name = String(text).slice(0, eq).trim();
      return { name, value: String(text).slice(eq + 1), at: ['rc', name] };
    });
  }
  if (typeof given !== 'object' || given === null) {
    throw new UsageError(['rc'], { problem: 'expected rcParams by name: {axes.titlesize: large}' });
  }
  return Object.entries(given).map(([name, value]): RcEntry => ({ name, value, at: ['rc', name] as FieldPath }));
}
