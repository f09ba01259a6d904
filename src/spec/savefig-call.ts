/**
 * plt.savefig()'s arguments, as the last line of a script writes them: `'relu.png', dpi=300,
 * bbox_inches='tight'`. Its keywords are the figure's own options (dpi, transparent, bbox_inches, pad_inches)
 * and the saved page's colours (facecolor, edgecolor, as savefig.facecolor and savefig.edgecolor say them);
 * the file name and format= are the command line's to use (the output), a config's figure being named by its
 * name and format keys.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import type { SavefigOptions } from './call-options';
import { withRcAfter } from './figure-rc';
import type { CalledFigureOptions } from './figure-call';
import { callLine } from './call-lines';
import type { FigureOptions } from './options';
import { isTuple, shownPy, type CallSignature, type PyValue } from '../pycall';
import { bound, colour, finite, flag, text } from './pyplot-calls';
import { parseFormat } from './rules';
import type { OutputFormat } from './types';
import { DPI_RANGE } from '../limits';

const SAVEFIG: CallSignature = {
  call: 'savefig',
  positional: ['fname'],
  keywords: ['dpi', 'format', 'bbox_inches', 'pad_inches', 'transparent', 'facecolor', 'edgecolor', 'orientation'],
  unsupported: ['metadata', 'backend', 'bbox_extra_artists', 'pil_kwargs', 'papertype'],
};

/** The file savefig() names, and its format: for the command line's output. */
export interface SavefigFile {
  fname?: string;
  format?: OutputFormat;
}

/** savefig()'s arguments read: where the file goes, and the rest as they reach the figure. */
export function readSavefig(given: string | SavefigOptions, at: FieldPath): SavefigFile & { rest: SavefigOptions } {
  // The script's last line whole, plt.savefig('relu.png', dpi=300), as its arguments.
  const b = bound(typeof given === 'string' ? (callLine(given, ['savefig']) ?? given) : given, SAVEFIG, at);
  const fname = b.fname === undefined || b.fname === null ? undefined : text(b.fname, [...at, 'fname'], 'a file name');
  const format =
    b.format === undefined || b.format === null
      ? undefined
      : parseFormat([...at, 'format'], text(b.format, [...at, 'format'], "'png', 'svg' or 'pdf'"));
  const rest: SavefigOptions = {};
  for (const [key, v] of Object.entries(b)) {
    if (key !== 'fname' && key !== 'format' && v !== undefined) (rest as Record<string, PyValue>)[key] = v;
  }
  return { ...(fname !== undefined && { fname }), ...(format && { format }), rest };
}

/**
 * The figure's options with savefig()'s keywords in them. A keyword whose option is also given on its own is
 * refused (the two would disagree); the file name and format= are refused here: the command line takes them
 * out for its output, and a config or the API names the file itself.
 */
export function withSavefig(o: CalledFigureOptions): CalledFigureOptions {
  if (o.savefig === undefined) return o;
  const at: FieldPath = ['savefig'];
  const { fname, format, rest } = readSavefig(o.savefig, at);
  if (fname !== undefined || format !== undefined) {
    throw new UsageError([...at, fname !== undefined ? 'fname' : 'format'], {
      problem: "names the file, which is the command line's -o (a config's name and format keys)",
    });
  }
  const out: CalledFigureOptions = { ...o };
  const own = (key: keyof FigureOptions, keyword: string) => {
    if (o[key] !== undefined) {
      throw new UsageError([...at, keyword], { problem: `given twice, in savefig() and on its own; give it once` });
    }
  };
  const rc: [string, string][] = [];
  const v = rest as Record<string, PyValue>;
  if (v.dpi !== undefined && v.dpi !== null) {
    own('dpi', 'dpi');
    if (v.dpi === 'figure') rc.push(['savefig.dpi', 'figure']);
    else {
      const [lo, hi] = DPI_RANGE;
      const what = `dots per inch from ${lo} to ${hi}, or 'figure'`;
      const dpi = finite(v.dpi, [...at, 'dpi'], what);
      if (dpi < lo || dpi > hi) throw badValue([...at, 'dpi'], dpi, what);
      out.savefigDpi = dpi;
    }
  }
  if (v.transparent !== undefined && v.transparent !== null) {
    own('transparent', 'transparent');
    out.transparent = flag(v.transparent, [...at, 'transparent']);
  }
  if (v.bbox_inches !== undefined && v.bbox_inches !== null) {
    own('bboxInches', 'bbox_inches');
    out.bboxInches = text(v.bbox_inches, [...at, 'bbox_inches'], "'tight'");
  }
  if (v.pad_inches !== undefined && v.pad_inches !== null) {
    own('padInches', 'pad_inches');
    out.padInches = finite(v.pad_inches, [...at, 'pad_inches'], 'inches from 0 to 10');
    if (out.padInches < 0 || out.padInches > 10)
      throw badValue([...at, 'pad_inches'], out.padInches, 'inches from 0 to 10');
  }
  for (const key of ['facecolor', 'edgecolor'] as const) {
    const c = v[key];
    if (c === undefined || c === null) continue;
    const value = c === 'auto' ? 'auto' : Array.isArray(c) && !isTuple(c) ? undefined : colourText(c, [...at, key]);
    if (value === undefined) throw badValue([...at, key], shownPy(c), "a colour, or 'auto'");
    rc.push([`savefig.${key}`, value]);
  }
  if (v.orientation !== undefined && v.orientation !== null) {
    // Only PostScript turns the page; PNG, SVG and PDF files are the same either way, as in matplotlib.
    const o2 = text(v.orientation, [...at, 'orientation'], "'portrait' or 'landscape'");
    if (o2 !== 'portrait' && o2 !== 'landscape')
      throw badValue([...at, 'orientation'], o2, "'portrait' or 'landscape'");
  }
  if (rc.length) out.rc = withRcAfter(o.rc, rc);
  delete out.savefig;
  return out;
}

/** A colour as savefig() takes it: a name or hex, or an RGB(A) tuple of 0-1 floats. */
function colourText(c: PyValue, at: FieldPath): string {
  if (typeof c === 'string') return colour(c, at);
  if (isTuple(c) && (c as PyValue[]).length >= 3 && (c as PyValue[]).length <= 4) {
    const parts = (c as PyValue[]).map((k) => finite(k, at, 'an RGB(A) tuple of numbers from 0 to 1'));
    if (parts.some((k) => k < 0 || k > 1)) throw badValue(at, shownPy(c), 'an RGB(A) tuple of numbers from 0 to 1');
    const hex = parts
      .map((k) =>
        Math.round(k * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('');
    return `#${hex}`;
  }
  throw badValue(at, shownPy(c), "a colour, or 'auto'");
}
