/** Drawing many figures on worker threads (or in this thread when one is enough). */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors';
import type { FigureSpec, OutputFormat } from '../spec';

export interface RenderJob { spec: FigureSpec; format: OutputFormat }

const spawnWorker = () => new Worker(path.join(__dirname, 'worker.js'));
/** Workers started ahead of a batch, loading their modules meanwhile. */
let spare: Worker[] = [];

/**
 * Starts n render workers now, so that they load chart.js and node-canvas while this thread is still reading
 * the config; the next renderJobs takes them. They do not keep the process alive until then.
 */
export function prestartWorkers(n: number): void {
  if (n < 2 || spare.length) return;
  require('canvas'); // see renderJobs
  spare = Array.from({ length: n }, () => {
    const worker = spawnWorker();
    worker.unref();
    worker.once('error', () => { spare = spare.filter((w) => w !== worker); });
    return worker;
  });
}

/** Stops prestarted workers that no batch took. */
export async function releaseWorkers(): Promise<void> {
  const idle = spare;
  spare = [];
  await Promise.all(idle.map((w) => w.terminate()));
}

/**
 * Renders every job, calling onDone as each finishes (in any order); resolves when all are done, or when the
 * signal aborts (the figures under way are finished, no new one is started).
 */
export async function renderJobs(jobs: RenderJob[], threads: number,
  onDone: (index: number, bytes: Buffer) => void, signal?: AbortSignal): Promise<void> {
  const n = Math.max(1, Math.min(threads, jobs.length));
  const taken = n > 1 ? spare.splice(0, n) : [];
  await releaseWorkers();
  if (n === 1) {
    const { renderFigure } = require('../figure') as typeof import('../figure');
    for (let i = 0; i < jobs.length && !signal?.aborted; i++) {
      onDone(i, renderFigure(jobs[i].spec, jobs[i].format));
      await new Promise((resolve) => setImmediate(resolve)); // lets a signal (Ctrl-C) be heard between figures
    }
    return;
  }
  // node-canvas's native library must stay loaded in this thread too: unloaded with a finishing worker, it
  // takes the process down (segmentation fault at worker exit).
  require('canvas');
  let next = 0;
  let failure: Error | undefined;
  const workers = [...taken, ...Array.from({ length: n - taken.length }, spawnWorker)];
  for (const w of workers) w.ref();
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (failure || next >= jobs.length || signal?.aborted) { resolve(); return; }
        const id = next++;
        worker.postMessage({ id, ...jobs[id] });
      };
      worker.on('message', (m: { id: number; bytes?: Uint8Array; error?: string; usage?: boolean }) => {
        if (m.error !== undefined) {
          failure = m.usage ? new UsageError(m.error) : new Error(m.error);
          reject(failure);
          return;
        }
        onDone(m.id, Buffer.from(m.bytes!.buffer, m.bytes!.byteOffset, m.bytes!.byteLength));
        feed();
      });
      worker.on('error', (err) => { failure = err; reject(err); });
      feed();
    })));
  } finally {
    // Not awaited: the workers wind down on their own threads while this one writes the manifest and exits.
    for (const w of workers) {
      w.unref();
      void w.terminate();
    }
  }
}
