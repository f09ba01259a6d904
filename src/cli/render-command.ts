/** actplot render: a config's figures into a folder, with --check, --shard, --watch and a progress bar. */
import * as os from 'node:os';
import * as path from 'node:path';
import { badValue } from '../errors';
import { io, warnOnce } from './io';

interface RenderOptions {
  outDir?: string;
  jobs?: string;
  only?: string[];
  check?: boolean;
  force?: boolean;
  quiet?: boolean;
  shard?: string;
  watch?: boolean;
}

/** --shard I/N: whole numbers with 1 <= I <= N. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw badValue('shard', text, 'I/N, the I-th of N shares with 1 <= I <= N', 'e.g. --shard 1/4 ... --shard 4/4');
  }
  return { index, count };
}

/** actplot render CONFIG: returns the exit code (1 when --check finds stale figures). */
export async function renderCommand(config: string, opts: RenderOptions): Promise<number> {
  if (opts.watch) {
    if (config === '-') throw badValue('watch', 'standard input', 'a config file to watch', 'give its path');
    if (opts.check) throw badValue('watch', '--check', 'one of --watch and --check', '--check is for CI, once');
    const code = await renderOnce(config, opts);
    if (code !== 0) return code;
    const { watchConfig } = require('./watch') as typeof import('./watch');
    return watchConfig(config, () => renderOnce(config, { ...opts, quiet: true }, 'watch'));
  }
  return renderOnce(config, opts);
}

/** One render of the config: every figure, or --only's, or --shard's share; a summary line unless quiet. */
async function renderOnce(config: string, opts: RenderOptions, mode?: 'watch'): Promise<number> {
  const { renderAll } = require('../batch/render-all') as typeof import('../batch/render-all');
  const jobs = opts.jobs === undefined ? undefined : parsePositiveInteger('jobs', opts.jobs);
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  const started = Date.now();
  const bar = !opts.quiet && !mode && io.stderr.isTTY ? progressBar() : undefined;
  const stop = new AbortController();
  // Ctrl-C, a CI job's cancellation (SIGTERM) and a closed terminal (SIGHUP) all stop the batch cleanly: the
  // figures under way are finished and written, the manifest is written, no temporary file is left. A second
  // signal ends the process at once (the next run removes what that leaves).
  let signal: NodeJS.Signals | undefined;
  const onSignal = (s: NodeJS.Signals) => {
    if (signal) process.exit(exitCodeFor(signal));
    signal = s;
    stop.abort();
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  const result = await renderAll(config, {
    outDir: opts.outDir ?? '.',
    jobs,
    only: opts.only,
    check: opts.check,
    force: opts.force,
    signal: stop.signal,
    shard,
    onWarning: (figure, message) => warnOnce(`${config}: ${figure}: ${message}`),
    onFigure: (r, done, total) => {
      if (bar) bar.update(done, total, r.name);
      else if (!opts.quiet && !opts.check) io.stdout.write(`${r.status.padEnd(9)} ${r.file}\n`);
    },
  }).finally(() => {
    bar?.stop();
    for (const s of STOP_SIGNALS) process.off(s, onSignal);
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.interrupted) {
    io.stderr.write(
      `actplot: interrupted (${signal ?? 'stopped'}): ${result.figures.length} figures settled (${result.written} written); run it again to finish the rest\n`,
    );
    return exitCodeFor(signal ?? 'SIGINT');
  }
  if (opts.check) {
    const stale = result.figures.filter((r) => r.status === 'stale' || r.status === 'missing');
    for (const r of stale) io.stdout.write(`${r.status.padEnd(9)} ${r.file}\n`);
    io.stdout.write(
      stale.length
        ? `${stale.length} of ${result.figures.length} figures out of date (run 'actplot render ${config} --out-dir ${opts.outDir ?? '.'}' to update them)\n`
        : `all ${result.figures.length} figures up to date (${seconds} s)\n`,
    );
    return stale.length ? 1 : 0;
  }
  if (mode === 'watch') {
    const changed = result.figures.filter((r) => r.status === 'written').map((r) => path.basename(r.file));
    const what = changed.length ? `redrew ${changed.join(', ')}` : 'nothing to redraw';
    io.stdout.write(`${clock()} ${config}: ${what} (${plural(result.unchanged, 'figure')} unchanged, ${seconds} s)\n`);
    return 0;
  }
  if (!opts.quiet) {
    io.stdout.write(
      `${plural(result.figures.length, 'figure')}: ${result.written} written, ${result.unchanged} unchanged (${seconds} s)` +
        `${result.written === 0 ? '; nothing to write' : ''}\n`,
    );
  }
  return 0;
}

/** "1 figure", "7 figures". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The time of day, HH:MM:SS, for a watch's lines. */
const clock = () => new Date().toTimeString().slice(0, 8);

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The shell's convention: 128 plus the signal's number (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP). */
const exitCodeFor = (s: NodeJS.Signals) => 128 + (os.constants.signals[s] ?? 2);

function parsePositiveInteger(option: string, text: string): number {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || v < 1 || v > 256) throw badValue(option, text, 'a whole number from 1 to 256');
  return v;
}

function progressBar() {
  const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    {
      format: 'rendering [{bar}] {value}/{total} {name}',
      stream: io.stderr as NodeJS.WritableStream,
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number, name: string) {
      if (!started) {
        bar.start(total, 0, { name });
        started = true;
      }
      bar.update(done, { name });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
