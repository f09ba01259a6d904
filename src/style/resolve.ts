/**
 * The rcParams of a figure: matplotlib's defaults, then each style sheet named (later wins), then each --rc
 * setting, as plt.style.use(...) and rcParams[...] = ... in a script. A key matplotlib does not have is refused
 * with a suggestion; a key it has that changes these figures in a way actplot does not draw yet is refused as
 * such; a key that changes nothing in a line chart (image.cmap, boxplot.*) is accepted, as matplotlib would.
 */
import * as fs from 'node:fs';
import { badValue, didYouMean, UsageError, type FieldPath } from '../errors';
import { DEFAULT_RC, notYet, RC_KEYS, readRcValue, type Rc, type RcKey } from './rcparams';

/** One setting as given, with where it came from (for messages). */
export interface RcEntry {
  name: string;
  value: unknown;
  at: FieldPath;
}

/** Real rcParams that do not change a figure of lines, text and a legend: accepted, and nothing to draw. */
const NO_EFFECT = [
  /^(image|boxplot|hist|errorbar|contour|polaraxes|axes3d|keymap|animation|ps|pgf|tk|macosx|webagg|date)\./,
  /^(backend|backend_fallback|interactive|toolbar|timezone|docstring\.hardcopy)$/,
  /^patch\.(antialiased|force_edgecolor)$/,
  /^figure\.(edgecolor|max_open_warning|raise_window|labelsize|labelweight)$/,
  // pyplot.figure() and plt.subplots() pass frameon=True: only a Figure made directly reads figure.frameon.
  /^figure\.frameon$/,
  // The margin of a 3D axes' z axis.
  /^axes\.zmargin$/,
  /^savefig\.(edgecolor|directory|orientation|format)$/,
  /^(svg\.hashsalt|svg\.image_inline|pdf\.compression|pdf\.fonttype|pdf\.inheritcolor|pdf\.use14corefonts)$/,
  /^(path\.simplify|path\.simplify_threshold|path\.snap|path\.sketch|path\.effects|agg\.path\.chunksize)$/,
  /^(markers|hatch|text\.latex)\./,
  /^(mathtext\.|font\.(cursive|fantasy)$)/,
];

/**
 * Real rcParams actplot draws only at one value (matplotlib's default, or what the bundled font is): that
 * value is accepted, any other is refused as not supported yet.
 */
const ONLY: Record<string, string[]> = {
  'font.variant': ['normal'],
  'font.stretch': ['normal'],
  'text.usetex': ['false'],
  'text.antialiased': ['true'],
  'text.hinting_factor': ['8'],
  'text.hinting': ['force_autohint', 'auto'],
  'lines.antialiased': ['true'],
  'axes.formatter.use_locale': ['false'],
};

/** Applies settings in order onto rc (later wins). */
export function applyRc(rc: Rc, entries: readonly RcEntry[], names: () => readonly string[]): void {
  for (const { name, value, at } of entries) {
    if (Object.hasOwn(RC_KEYS, name)) {
      (rc as unknown as Record<string, unknown>)[name] = readRcValue(name as RcKey, value, at);
      continue;
    }
    if (NO_EFFECT.some((p) => p.test(name))) continue;
    const only = ONLY[name];
    if (only) {
      const text = String(Array.isArray(value) ? value.join(', ') : value)
        .trim()
        .replace(/^['"]|['"]$/g, '')
        .toLowerCase();
      if (only.includes(text)) continue;
      throw new UsageError(at, {
        problem: `got '${text}': matplotlib's, but actplot draws only ${only[0]} yet`,
      });
    }
    if (names().includes(name)) throw notYet(at, name);
    throw badValue(at, name, 'an rcParam of matplotlib', didYouMean(name, [...Object.keys(RC_KEYS), ...names()]));
  }
}

/** A matplotlibrc or .mplstyle file's settings: `key : value  # comment`, as matplotlib reads them. */
export function readMplstyle(text: string, at: FieldPath): RcEntry[] {
  const out: RcEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = stripComment(raw).trim();
    if (!line) return;
    const colon = line.indexOf(':');
    if (colon < 0) {
      throw new UsageError([...at, `line ${i + 1}`], { problem: `expected 'key: value', got '${line}'` });
    }
    let value = line.slice(colon + 1).trim();
    if (value.length > 1 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    out.push({ name: line.slice(0, colon).trim(), value, at: [...at, line.slice(0, colon).trim()] });
  });
  return out;
}

/** Everything from the first '#' that is not inside quotes (cbook._strip_comment). */
function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** actplot's own styles (spec/figure-rc.ts says what each draws): no rcParams of their own. */
export const OWN_STYLE_NAMES: readonly string[] = ['document', 'matplotlib', 'pytorch-docs'];

/** The names a style may be: matplotlib's bundled sheets and 'default'; a path to a .mplstyle file else. */
export function styleSettings(style: string, at: FieldPath, sheets: Readonly<Record<string, string>>): RcEntry[] {
  if (style === 'default' || OWN_STYLE_NAMES.includes(style)) {
    return []; // matplotlib's own defaults: what each figure style starts from
  }
  if (Object.hasOwn(sheets, style)) return readMplstyle(sheets[style], [...at, style]);
  if (!/[/\\]|\.mplstyle$/.test(style)) {
    const names = ['default', ...OWN_STYLE_NAMES, ...Object.keys(sheets)];
    throw badValue(at, style, 'a style: ' + names.join(', ') + ', or a .mplstyle file', didYouMean(style, names));
  }
  let text: string;
  try {
    text = readUpTo(style, MAX_STYLE_BYTES);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    throw new UsageError(at, { problem: `cannot read the style file '${style}' (${why})` });
  }
  return readMplstyle(text, [...at, style]);
}

/** A style sheet is a few dozen lines; a device or a huge file is refused rather than read on and on. */
const MAX_STYLE_BYTES = 1 << 20;

/** At most `max` bytes of a file, read a chunk at a time; more is an error, not a longer read. */
function readUpTo(file: string, max: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    for (let n; length <= max && (n = fs.readSync(fd, buffer, length, max + 1 - length, null)) > 0;) length += n;
    if (length > max) throw new Error(`larger than ${max / (1 << 20)} MB; expected a .mplstyle file`);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** A fresh copy of matplotlib's defaults. */
export function defaultRc(): Rc {
  return structuredClone(DEFAULT_RC) as Rc;
}
