/**
 * The autohinter's script metrics (blue zones and standard stem widths, text/blue-zones.ts) of the bundled
 * faces, measured once by the build instead of at every start: measuring them reads dozens of glyph outlines
 * per face and script, 2 to 6 ms a face. `npm run build` runs figures (scripts/warm-cache.ts) and saves what they
 * measured to script-metrics.json beside this module; a start reads that file. A face not in it (a font file
 * the user names, or a build by `tsc` alone) is measured as before. Each bundled file is known by its name and
 * size, and a contract test holds the stored metrics to a new measurement.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ScriptMetrics } from './autohint';
import { faceKey, fontFile, PACKAGE_FONT_DIR, type FontFace } from '../style/font-faces';

const FILE = path.join(__dirname, 'script-metrics.json');
type Stored = Record<string, ScriptMetrics | null>;
let stored: Stored | undefined;
const measured: Stored = {};

function read(): Stored {
  try {
    return JSON.parse(fs.readFileSync(FILE, 'utf8')) as Stored;
  } catch {
    return {};
  }
}

/**
 * The key of a bundled face's metrics for a script: the DejaVu faces by name, the package's font files by file
 * name, each with its size; undefined for any other file.
 */
export function storedKey(face: FontFace, script: string): string | undefined {
  const file = fontFile(face);
  const bundled = !face.file || path.dirname(file) === PACKAGE_FONT_DIR;
  if (!bundled) return undefined;
  try {
    return `${face.file ? path.basename(file) : faceKey(face)}:${fs.statSync(file).size}:${script}`;
  } catch {
    return undefined;
  }
}

/** A face's metrics for a script: the stored ones when the face is bundled and the build stored them. */
export function storedScriptMetrics(
  face: FontFace,
  script: 'latin' | 'greek',
  measure: () => ScriptMetrics | undefined,
): ScriptMetrics | undefined {
  const key = storedKey(face, script);
  if (key === undefined) return measure();
  stored ??= read();
  if (key in stored) return stored[key] ?? undefined;
  const metrics = measure();
  measured[key] = metrics ?? null;
  return metrics;
}

/**
 * The build's step, before its figures: measure everything afresh (a file from an earlier build may hold what
 * an older hinter measured), and keep what is measured for saveScriptMetrics.
 */
export function measureScriptMetricsAfresh(): void {
  stored = {};
}

/** The build's step, after its figures: saves the metrics measured in this process. */
export function saveScriptMetrics(): void {
  fs.writeFileSync(FILE, `${JSON.stringify(measured)}\n`);
}
