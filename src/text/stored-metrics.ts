/**
 * What the autohinter measures of the bundled faces, measured once by the build instead of at every start:
 * each face's script metrics (blue zones and standard stem widths, text/blue-zones.ts: dozens of glyph outlines
 * read, 2 to 6 ms a face), where it puts each glyph's bottom and top at a size (text/autohint: about 8 ms for
 * the tick labels and title of one figure), and each glyph's advance and bearing as its horizontal pass leaves
 * them. `npm run build` runs figures (scripts/warm-cache.ts) and saves what they measured beside this module; a
 * start reads that. A face not stored (a font file the user names, or a build by `tsc` alone) is measured as
 * before. Each bundled file is known by its name and size, and contract tests hold every stored value to a new
 * measurement.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ScriptMetrics } from './autohint';
import { faceKey, fontFile, PACKAGE_FONT_DIR, type FontFace } from '../style/font-faces';

/** A glyph's bottom and top as the autohinter puts them, in pixels up from the baseline. */
export type HintedExtent = readonly [bottom: number, top: number];
/** A glyph's advance (null where the font's own is kept) and left bearing across, as the autohinter leaves them. */
export type HintedAcross = readonly [advance: number | null, bearing: number];

/**
 * One table of measurements, read from its file on first use. The build starts it afresh (a file from an earlier
 * build may hold what an older hinter measured) or adds to what an earlier step of the same build saved.
 */
class StoredTable<T> {
  private stored: Record<string, T | null> | undefined;
  private readonly measured: Record<string, T | null> = {};
  constructor(readonly file: string) {}

  get(key: string | undefined, measure: () => T | undefined): T | undefined {
    if (key === undefined) return measure();
    this.stored ??= this.read();
    if (key in this.stored) return this.stored[key] ?? undefined;
    const value = measure();
    this.measured[key] = value ?? null;
    return value;
  }

  private read(): Record<string, T | null> {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, T | null>;
    } catch {
      return {};
    }
  }

  afresh(): void {
    this.stored = {};
  }

  measuredKeys(): string[] {
    return Object.keys(this.measured);
  }

  save(addToFile: boolean): void {
    const all = addToFile ? { ...this.read(), ...this.measured } : this.measured;
    fs.writeFileSync(this.file, `${JSON.stringify(all)}\n`);
  }
}

const scripts = new StoredTable<ScriptMetrics>(path.join(__dirname, 'script-metrics.json'));
const extents = new StoredTable<HintedExtent>(path.join(__dirname, 'glyph-extents.json'));
const across = new StoredTable<HintedAcross>(path.join(__dirname, 'glyph-across.json'));

const faceIds = new Map<string, string | undefined>();
/**
 * A bundled face's name in the tables: the DejaVu faces by name, the package's font files by file name, each
 * with its size; undefined for any other file. Once a process (a figure asks for every glyph it lays out).
 */
function storedFace(face: FontFace): string | undefined {
  const file = fontFile(face);
  const known = `${faceKey(face)}\u0000${file}`;
  if (faceIds.has(known)) return faceIds.get(known);
  let id: string | undefined;
  const bundled = !face.file || path.dirname(file) === PACKAGE_FONT_DIR;
  try {
    if (bundled) id = `${face.file ? path.basename(file) : faceKey(face)}:${fs.statSync(file).size}`;
  } catch {
    id = undefined;
  }
  faceIds.set(known, id);
  return id;
}

/** The key of a bundled face's metrics for a script; undefined for a face that is not bundled. */
export function storedKey(face: FontFace, script: string): string | undefined {
  const id = storedFace(face);
  return id === undefined ? undefined : `${id}:${script}`;
}

/** The key of a glyph's hinted extent at a size in pixels; undefined for a face that is not bundled. */
export function storedExtentKey(face: FontFace, sizePx: number, ch: string): string | undefined {
  const id = storedFace(face);
  return id === undefined ? undefined : `${id}:${sizePx}:${ch}`;
}

/** A face's metrics for a script: the stored ones when the face is bundled and the build stored them. */
export function storedScriptMetrics(
  face: FontFace,
  script: 'latin' | 'greek',
  measure: () => ScriptMetrics | undefined,
): ScriptMetrics | undefined {
  return scripts.get(storedKey(face, script), measure);
}

/** A glyph's hinted extent at a size: the stored one when the face is bundled and the build stored it. */
export function storedExtent(
  face: FontFace,
  sizePx: number,
  ch: string,
  measure: () => HintedExtent | undefined,
): HintedExtent | undefined {
  return extents.get(storedExtentKey(face, sizePx, ch), measure);
}

/** A glyph's advance and bearing as the autohinter leaves them at a size (the same keys as the extents'). */
export function storedAcross(
  face: FontFace,
  sizePx: number,
  ch: string,
  measure: () => HintedAcross | undefined,
): HintedAcross | undefined {
  return across.get(storedExtentKey(face, sizePx, ch), measure);
}

/** The sizes in pixels at which this process measured glyphs of a face (for the build to measure more). */
export function measuredGlyphSizes(face: FontFace): number[] {
  const id = storedFace(face);
  if (id === undefined) return [];
  const prefix = `${id}:`;
  const sizes = extents.measuredKeys().filter((k) => k.startsWith(prefix));
  return [...new Set(sizes.map((k) => Number(k.slice(prefix.length, k.indexOf(':', prefix.length)))))];
}

/** The build's step, before its figures: measure everything afresh, and keep what is measured for saving. */
export function measureAfresh(): void {
  scripts.afresh();
  extents.afresh();
  across.afresh();
}

/**
 * The build's step, after its figures: saves what this process measured. The script metrics of every face are
 * measured by each step; glyphs differ between steps (a plot's figures, a render's), so a later step of the same
 * build adds its glyphs to the earlier step's.
 */
export function saveMeasurements(addGlyphsToFile: boolean): void {
  scripts.save(false);
  extents.save(addGlyphsToFile);
  across.save(addGlyphsToFile);
}

/** The files the build writes (for its tests). */
export const STORED_FILES = { scripts: scripts.file, extents: extents.file, across: across.file };
