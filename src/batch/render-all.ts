/**
 * renderAll: every figure of a config into a folder, writing only what changed. A manifest in the folder
 * (.actplot-render.json) remembers each file's description and bytes, so an unchanged figure is not drawn again.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { didYouMean, UsageError, wrongArgument } from '../errors';
import type { PlannedFigure } from '../config/plan';
import type { Config } from '../config/schema';
import { MANIFEST, readManifest, updateManifest, type ManifestEntry } from './manifest';
import { atomicWriteAsync, checkFolder, ensureFolder, removeStaleTemporaries } from '../io/write';
import { prestartWorkers, releaseWorkers, renderJobs } from './pool';
import { fontUsage, missingGlyphWarning } from '../render/font-usage';

export { MANIFEST };

export interface RenderAllOptions {
  outDir: string;
  /** Drawing threads (this one and workers); most: the number of cores; default: one fewer (at least one). */
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
  /** Called with a figure's warnings (a glyph its fonts lack, tight_layout not applied), as each is drawn. */
  onWarning?: (figure: string, message: string) => void;
  /** The index-th of count shards (from 1): a stable share of the figures, for spreading a config over CI jobs. */
  shard?: { index: number; count: number };
}

export type FigureStatus = 'written' | 'unchanged' | 'stale' | 'missing';
export interface FigureResult {
  name: string;
  file: string;
  status: FigureStatus;
}
export interface RenderAllResult {
  figures: FigureResult[];
  written: number;
  unchanged: number;
  stale: number;
  /** The signal stopped the batch before every figure was settled. */
  interrupted: boolean;
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function version(): string {
  return (require('../../../package.json') as { version: string }).version;
}

/**
 * config: a file path, or a config object (validated here) as build scripts pass it.
 *
 * @example
 *   const { written } = await renderAll('figures.yaml', { outDir: 'docs/img', shard: { index: 1, count: 4 } });
 */
export async function renderAll(config: string | Config, options: RenderAllOptions): Promise<RenderAllResult> {
  checkOptions(options);
  prestartRender(options);
  try {
    return await renderConfig(config, options);
  } finally {
    releaseWorkers();
  }
}

/** The options' kinds, for JavaScript callers: a UsageError naming the key rather than a TypeError from inside. */
function checkOptions(options: RenderAllOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw wrongArgument('options', options, "render options: { outDir: 'figures' }");
  }
  if (typeof options.outDir !== 'string') throw wrongArgument('outDir', options.outDir, "a folder's path");
  const jobs = options.jobs;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    throw wrongArgument('jobs', jobs, 'a whole number of drawing threads, 1 or more');
  }
}

/**
 * Without a manifest (or with force) every figure will be drawn: starts the render workers now, so that they
 * load while the config is read.
 */
function prestartRender(options: Pick<RenderAllOptions, 'outDir' | 'force' | 'jobs'>): void {
  const threads = drawingThreads(options.jobs);
  if (options.force || !fs.existsSync(path.join(options.outDir, MANIFEST))) prestartWorkers(threads);
}

/**
 * Drawing threads: as asked, up to the number of cores; by default one fewer (at least one). The last core is
 * left to libuv's threads, which encode each PNG while its thread draws the next figure: on two cores, a
 * worker thread (a Node.js start and a warm-up of its own) made a batch of 40 or 200 figures no faster and
 * took 5 to 36 % more processor time (measured in several series).
 */
export function drawingThreads(jobs: number | undefined, cores = os.availableParallelism()): number {
  return Math.min(jobs ?? Math.max(1, cores - 1), cores);
}

async function renderConfig(config: string | Config, options: RenderAllOptions): Promise<RenderAllResult> {
  // Loaded after the workers start: the config's schema (zod) and YAML parser take a while to load.
  const { readConfig, parseConfig } = require('../config/load') as typeof import('../config/load');
  const { planFigures } = require('../config/plan') as typeof import('../config/plan');
  const file = typeof config !== 'string' ? 'config' : config === '-' ? 'standard input' : config;
  const parsed = typeof config === 'string' ? readConfig(config) : parseConfig(JSON.stringify(config), 'config.json');
  const fullPlan = planFigures(parsed, file);
  const chosen = options.only?.length ? selectFigures(fullPlan, options.only) : fullPlan;
  const plan = options.shard ? shardOf(chosen, options.shard) : chosen;
  const source =
    typeof config !== 'string' ? 'config object' : config === '-' ? 'standard input' : path.resolve(config);
  const outDir = options.outDir;
  if (options.check) checkFolder(outDir, 'outDir');
  else ensureFolder(outDir, 'outDir');
  if (!options.check) removeStaleTemporaries(outDir);
  const manifest = readManifest(outDir);
  const tool = version();
  const keyOf = (f: PlannedFigure) => sha256(JSON.stringify([tool, f.format, f.spec]));
  const fileOf = (f: PlannedFigure) => `${f.name}.${f.format}`;

  const results: FigureResult[] = new Array(plan.length);
  /** The manifest entries of the files this run settled. */
  const entries = new Map<string, ManifestEntry>();
  let done = 0;
  const settle = (i: number, status: FigureStatus, entry?: ManifestEntry) => {
    if (entry) entries.set(fileOf(plan[i]), entry);
    results[i] = { name: plan[i].name, file: path.join(outDir, fileOf(plan[i])), status };
    options.onFigure?.(results[i], ++done, plan.length);
  };
  const toDraw: number[] = [];
  plan.forEach((f, i) => {
    const target = path.join(outDir, fileOf(f));
    const entry = manifest[fileOf(f)];
    if (!options.force && entry && entry.key === keyOf(f) && currentHash(target) === entry.sha256)
      settle(i, 'unchanged', entry);
    else toDraw.push(i);
  });
  const threads = drawingThreads(options.jobs);
  await renderJobs(
    toDraw.map((i) => ({ spec: plan[i].spec, format: plan[i].format })),
    threads,
    (k, bytes, warnings) => {
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
      const usage = fontUsage(f.spec);
      if (usage.missing.length) options.onWarning?.(f.name, missingGlyphWarning(usage.missing, f.spec));
      for (const w of warnings) options.onWarning?.(f.name, w);
      const entry: ManifestEntry = {
        key: keyOf(f),
        sha256: sha256(bytes),
        fonts: usage.files,
        ...(usage.missing.length && { fallback: usage.missing.join('') }),
      };
      if (same) {
        settle(i, 'unchanged', entry);
        return undefined;
      }
      return atomicWriteAsync(target, bytes, 'outDir').then(() => settle(i, 'written', entry));
    },
    options.signal,
  );
  if (!options.check) updateManifest(outDir, { source, settled: entries, named: new Set(fullPlan.map(fileOf)) });
  const settled = results.filter(Boolean);
  const count = (s: FigureStatus[]) => settled.filter((r) => s.includes(r.status)).length;
  return {
    figures: settled,
    written: count(['written']),
    unchanged: count(['unchanged']),
    stale: count(['stale', 'missing']),
    interrupted: settled.length < plan.length,
  };
}

/**
 * A shard of the figures, as jest shards its tests: the figures ordered by a hash of their names, cut into
 * `count` runs of at most ceil(n / count), the index-th kept, in the config's order. Stable while the names
 * are; every figure in exactly one shard; the shards as even as the count allows.
 */
export function shardOf(plan: PlannedFigure[], shard: { index: number; count: number }): PlannedFigure[] {
  const size = Math.ceil(plan.length / shard.count);
  const ordered = plan
    .map((f, i) => ({ i, key: sha256(f.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mine = new Set(ordered.slice((shard.index - 1) * size, shard.index * size).map((o) => o.i));
  return plan.filter((_, i) => mine.has(i));
}

function selectFigures(plan: PlannedFigure[], only: string[]): PlannedFigure[] {
  const names = plan.map((f) => f.name);
  for (const n of only) {
    if (!names.includes(n)) {
      throw new UsageError(
        'only',
        `got '${n}'; expected the name of a figure in the config${didYouMean(n, names) ? ` (${didYouMean(n, names)})` : ''}`,
      );
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
