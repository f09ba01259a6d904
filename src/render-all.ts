/**
 * renderAll: every figure of a config into a folder, writing only what changed. A manifest in the folder
 * (.actplot-render.json) remembers each file's description and bytes, so an unchanged figure is not drawn again.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { didYouMean, UsageError } from './errors';
import type { PlannedFigure } from './config/to-figure';
import type { Config } from './config/schema';
import { atomicWrite, atomicWriteAsync, checkFolder, ensureFolder } from './io/write';
import { prestartWorkers, releaseWorkers, renderJobs } from './render/pool';

export const MANIFEST = '.actplot-render.json';

export interface RenderAllOptions {
  outDir: string;
  /** Worker threads; default: the number of cores. */
  jobs?: number;
  /** Only these figures, by name. */
  only?: string[];
  /** Write nothing; report the figures whose file is missing or out of date. */
  check?: boolean;
  /** Draw and write every figure, changed or not. */
  force?: boolean;
  /** Called as each figure is settled. */
  onFigure?: (result: FigureResult, done: number, total: number) => void;
  /** Aborting stops the batch after the figures under way; what was written stays, complete. */
  signal?: AbortSignal;
}

export type FigureStatus = 'written' | 'unchanged' | 'stale' | 'missing';
export interface FigureResult { name: string; file: string; status: FigureStatus }
export interface RenderAllResult {
  figures: FigureResult[];
  written: number;
  unchanged: number;
  stale: number;
  /** The signal stopped the batch before every figure was settled. */
  interrupted: boolean;
}

interface ManifestEntry { key: string; sha256: string }
type Manifest = Record<string, ManifestEntry>;

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function version(): string {
  return (require('../../package.json') as { version: string }).version;
}

/** config: a file path, or a config object (validated here) as build scripts pass it. */
export async function renderAll(config: string | Config, options: RenderAllOptions): Promise<RenderAllResult> {
  prestartRender(options);
  try {
    return await renderConfig(config, options);
  } finally {
    releaseWorkers();
  }
}

/**
 * Without a manifest (or with force) every figure will be drawn: starts the render workers now, so that they
 * load while the config is read.
 */
function prestartRender(options: Pick<RenderAllOptions, 'outDir' | 'force' | 'jobs'>): void {
  // No more than the cores ahead of time: how many figures there are is not known yet.
  const threads = Math.min(options.jobs ?? Infinity, os.availableParallelism());
  if (options.force || !fs.existsSync(path.join(options.outDir, MANIFEST))) prestartWorkers(threads);
}

async function renderConfig(config: string | Config, options: RenderAllOptions): Promise<RenderAllResult> {
  // Loaded after the workers start: the config's schema (zod) and YAML parser take a while to load.
  const { readConfig, parseConfig } = require('./config/load') as typeof import('./config/load');
  const { planFigures } = require('./config/to-figure') as typeof import('./config/to-figure');
  const file = typeof config === 'string' ? config : 'config';
  const parsed = typeof config === 'string' ? readConfig(config) : parseConfig(JSON.stringify(config), 'config.json');
  let plan = planFigures(parsed, file);
  if (options.only?.length) plan = selectFigures(plan, options.only);
  const outDir = options.outDir;
  if (options.check) checkFolder(outDir, '--out-dir');
  else ensureFolder(outDir, '--out-dir');
  if (!options.check) removeStaleTemporaries(outDir);
  const manifest = readManifest(outDir);
  const tool = version();
  const keyOf = (f: PlannedFigure) => sha256(JSON.stringify([tool, f.format, f.spec]));
  const fileOf = (f: PlannedFigure) => `${f.name}.${f.format}`;

  const results: FigureResult[] = new Array(plan.length);
  let done = 0;
  const settle = (i: number, status: FigureStatus) => {
    results[i] = { name: plan[i].name, file: path.join(outDir, fileOf(plan[i])), status };
    options.onFigure?.(results[i], ++done, plan.length);
  };
  const toDraw: number[] = [];
  plan.forEach((f, i) => {
    const target = path.join(outDir, fileOf(f));
    const entry = manifest[fileOf(f)];
    if (!options.force && entry && entry.key === keyOf(f) && currentHash(target) === entry.sha256) settle(i, 'unchanged');
    else toDraw.push(i);
  });
  const threads = options.jobs ?? os.availableParallelism();
  await renderJobs(toDraw.map((i) => ({ spec: plan[i].spec, format: plan[i].format })), threads, (k, bytes) => {
    const i = toDraw[k];
    const f = plan[i];
    const target = path.join(outDir, fileOf(f));
    // With --force the file is written whatever it holds.
    const existing = options.force && !options.check ? undefined : readIfFile(target);
    const same = existing !== undefined && existing.equals(bytes);
    if (options.check) {
      settle(i, same ? 'unchanged' : existing === undefined ? 'missing' : 'stale');
      return undefined;
    }
    const entry = { key: keyOf(f), sha256: sha256(bytes) };
    if (same) {
      manifest[fileOf(f)] = entry;
      settle(i, 'unchanged');
      return undefined;
    }
    return atomicWriteAsync(target, bytes, '--out-dir').then(() => {
      manifest[fileOf(f)] = entry;
      settle(i, 'written');
    });
  }, options.signal);
  if (!options.check) writeManifest(outDir, manifest);
  const settled = results.filter(Boolean);
  const count = (s: FigureStatus[]) => settled.filter((r) => s.includes(r.status)).length;
  return { figures: settled, written: count(['written']), unchanged: count(['unchanged']), stale: count(['stale', 'missing']),
    interrupted: settled.length < plan.length };
}

function selectFigures(plan: PlannedFigure[], only: string[]): PlannedFigure[] {
  const names = plan.map((f) => f.name);
  for (const n of only) {
    if (!names.includes(n)) {
      throw new UsageError(`--only: got '${n}'; expected the name of a figure in the config${didYouMean(n, names) ? ` (${didYouMean(n, names)})` : ''}`);
    }
  }
  return plan.filter((f) => only.includes(f.name));
}

function readIfFile(p: string): Buffer | undefined {
  try {
    const st = fs.lstatSync(p);
    return st.isFile() ? fs.readFileSync(p) : undefined;
  } catch {
    return undefined;
  }
}

function currentHash(p: string): string | undefined {
  const b = readIfFile(p);
  return b && sha256(b);
}

function readManifest(dir: string): Manifest {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as { figures?: Manifest };
    return m && typeof m.figures === 'object' && m.figures ? m.figures : {};
  } catch {
    return {};
  }
}

/** Writes the manifest only when it changed, so that a run that draws nothing touches nothing. */
function writeManifest(dir: string, figures: Manifest): void {
  // Code-unit order: the same bytes on every machine, and no collator to build (localeCompare's first call
  // loads ICU's, ~15 ms at the end of every render).
  const sorted = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = `${JSON.stringify({ figures: sorted }, null, 1)}\n`;
  const file = path.join(dir, MANIFEST);
  if (readIfFile(file)?.toString('utf8') !== text) atomicWrite(file, text, '--out-dir');
}

/**
 * Temporary files of ours (".NAME.PID.RANDOM.tmp") left by a run that was killed part-way: never complete
 * figures, removed so that only complete files remain. Those of a process still running are left alone.
 */
function removeStaleTemporaries(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const m = /^\..+\.(\d+)\.[a-z0-9]+\.tmp$/.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
