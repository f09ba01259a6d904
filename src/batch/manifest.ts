/**
 * The render manifest (.actplot-render.json in the output folder): each file's description key and bytes'
 * hash, so that an unchanged figure is not drawn again, and the config that drew it, so that entries of
 * figures that config no longer names are pruned without touching other configs' entries.
 *
 * Several renders may share a folder: each merges its own entries into the manifest as it is on disk, under a
 * lock file, so that none loses another's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../errors';
import { atomicWrite } from '../io/write';
import { MAX_MANIFEST_BYTES } from '../limits';

export const MANIFEST = '.actplot-render.json';
export const MANIFEST_LOCK = '.actplot-render.lock';

export interface ManifestEntry {
  key: string;
  sha256: string;
  /** The config that drew the file: its absolute path, 'standard input' or 'config object'. */
  config?: string;
  /** The font files its texts are drawn in, by name and SHA-256, so that a changed font can be seen. */
  fonts?: { file: string; sha256: string }[];
  /** Characters none of its fonts has, drawn in the system's fallback font (not reproducible elsewhere). */
  fallback?: string;
}
export type Manifest = Record<string, ManifestEntry>;

/** The manifest as it is on disk; empty when missing, unreadable, too large or not ours. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  try {
    const st = fs.lstatSync(file);
    if (!st.isFile() || st.size > MAX_MANIFEST_BYTES) return {};
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as { figures?: unknown };
    if (!m || typeof m.figures !== 'object' || m.figures === null || Array.isArray(m.figures)) return {};
    const out: Manifest = Object.create(null) as Manifest;
    for (const [name, e] of Object.entries(m.figures as Record<string, unknown>)) {
      const entry = e as Partial<ManifestEntry> | null;
      if (entry && typeof entry.key === 'string' && typeof entry.sha256 === 'string') {
        out[name] = {
          key: entry.key,
          sha256: entry.sha256,
          ...(typeof entry.config === 'string' ? { config: entry.config } : {}),
        };
      }
    }
    return out;
  } catch {
    return {};
  }
}

export interface ManifestUpdate {
  /** Which config this render drew. */
  source: string;
  /** The files this render settled (written or found unchanged), with their entries. */
  settled: Map<string, ManifestEntry>;
  /** Every file the config names (also those --only left out): its other entries are pruned. */
  named: Set<string>;
}

/**
 * Merges a render's entries into the manifest on disk, under the folder's lock: sets those it settled, prunes
 * this config's entries for files it no longer names and any entry whose file is gone. Writes only when
 * something changed, so that a run that draws nothing touches nothing.
 */
export function updateManifest(dir: string, update: ManifestUpdate): void {
  withLock(dir, () => {
    const before = readManifest(dir);
    const next: Manifest = { ...before };
    for (const [file, entry] of update.settled) next[file] = { ...entry, config: update.source };
    for (const [file, entry] of Object.entries(next)) {
      const orphaned = entry.config === update.source && !update.named.has(file);
      if (orphaned || !fs.existsSync(path.join(dir, file))) delete next[file];
    }
    const text = manifestText(next);
    if (!fs.existsSync(path.join(dir, MANIFEST)) && !Object.keys(next).length) return;
    if (text !== manifestText(before) || !isRegularFile(path.join(dir, MANIFEST))) {
      atomicWrite(path.join(dir, MANIFEST), text, 'outDir');
    }
  });
}

function manifestText(figures: Manifest): string {
  // Code-unit order: the same bytes on every machine, and no collator to build (localeCompare's first call
  // loads ICU's, ~15 ms at the end of every render).
  const sorted = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ figures: sorted }, null, 1)}\n`;
}

function isRegularFile(p: string): boolean {
  try {
    return fs.lstatSync(p).isFile();
  } catch {
    return false;
  }
}

/** How long a render waits for another's lock before giving up (the lock is held for milliseconds). */
const LOCK_WAIT_MS = 10_000;

/**
 * Runs f holding the folder's lock file (created exclusively, holding our pid). A lock whose process is gone
 * is taken over; a live one is waited for.
 */
function withLock(dir: string, f: () => void): void {
  const lock = path.join(dir, MANIFEST_LOCK);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UsageError('outDir', `cannot lock the manifest in '${dir}': ${(err as Error).message}`);
      }
    }
    if (lockHolderGone(lock)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new UsageError(
        'outDir',
        `'${lock}' is held by another actplot render for over ${LOCK_WAIT_MS / 1000} s; if none is running, remove it`,
      );
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  try {
    f();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function lockHolderGone(lock: string): boolean {
  try {
    const pid = Number(fs.readFileSync(lock, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return Date.now() - fs.statSync(lock).mtimeMs > 1000;
    process.kill(pid, 0);
    return false;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ESRCH' || code === 'ENOENT';
  }
}
