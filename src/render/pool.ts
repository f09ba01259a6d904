/** Drawing many figures: on this thread and, with more than one thread, on worker threads. */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors';
import type { FigureSpec, OutputFormat } from '../spec';

export interface RenderJob { spec: FigureSpec; format: OutputFormat }

const spawnWorker = () => new Worker(path.join(__dirname, 'worker.js'));
/** Workers started ahead of a batch, loading their modules meanwhile. */
let spare: Worker[] = [];

/**
 * Starts the workers for n drawing threads now (this thread is one of them), so that they load chart.js and
 * node-canvas while this thread is still reading the config; the next renderJobs takes them. They do not keep
 * the process alive until then.
 */
export function prestartWorkers(n: number): void {
  if (n < 2 || spare.length) return;
  spare = Array.from({ length: n - 1 }, () => {
    const worker = spawnWorker();
    worker.unref();
    worker.once('error', () => { spare = spare.filter((w) => w !== worker); });
    return worker;
  });
  require('canvas'); // see renderJobs; after the spawn, which it would delay by its load time
}

/** Stops prestarted workers that no batch took. */
export function releaseWorkers(): void {
  const idle = spare;
  spare = [];
  idle.forEach(stopWorker);
}

/**
 * Asks a worker to stop once it is between tasks, and keeps the process alive until it has: a worker
 * terminated while inside node-canvas's native code (loading the library, registering the font, drawing)
 * aborts the whole process.
 */
function stopWorker(worker: Worker): void {
  worker.postMessage({ stop: true });
  worker.ref();
}

/**
 * Renders every job on `threads` threads, this one and workers, calling onDone as each finishes (in any
 * order); resolves when all are done, or when the signal aborts (the figures under way are finished, no new
 * one is started). This thread draws too: a worker costs a Node.js start of its own, and this thread would
 * otherwise only wait and write files.
 */
export async function renderJobs(jobs: RenderJob[], threads: number,
  onDone: (index: number, bytes: Buffer) => void | Promise<void>, signal?: AbortSignal): Promise<void> {
  const n = Math.max(1, Math.min(threads, jobs.length));
  const taken = spare.splice(0, n - 1);
  releaseWorkers();
  // node-canvas's native library must stay loaded in this thread: unloaded with a finishing worker, it takes
  // the process down (segmentation fault at worker exit).
  if (n > 1) require('canvas');
  // Similar figures next to each other; this thread draws from one end of the list and the workers from the
  // other, so that each thread meets fewer kinds of figure (each new kind costs its first-time work).
  const keys = n > 1 ? jobs.map(jobKey) : [];
  const order = jobs.map((_, i) => i);
  if (n > 1) order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
  let next = 0;
  let last = jobs.length - 1;
  let failure: Error | undefined;
  const fail = (err: Error) => { failure ??= err; };
  const more = () => !failure && !signal?.aborted && next <= last;
  /** onDone's unfinished work (files being written); a failure there ends the batch like any other. */
  const pending: Promise<void>[] = [];
  const deliver = (id: number, bytes: Buffer) => {
    try {
      const finishing = onDone(id, bytes);
      if (finishing) pending.push(finishing.catch(fail));
    } catch (err) {
      fail(err as Error);
    }
  };
  const workers = [...taken, ...Array.from({ length: n - 1 - taken.length }, spawnWorker)];
  for (const w of workers) w.ref();

  const drawHere = async () => {
    const { renderFigure } = require('../figure') as typeof import('../figure');
    while (more()) {
      // Alone, in the config's order; beside workers, from the other end.
      const id = workers.length ? order[last--] : order[next++];
      let bytes: Buffer;
      try {
        bytes = renderFigure(jobs[id].spec, jobs[id].format);
      } catch (err) {
        fail(err as Error);
        break;
      }
      deliver(id, bytes);
      // Between figures the workers' results are written, and a signal (Ctrl-C) is heard.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  // Each worker's promise settles once it has nothing under way and nothing more to do. After a failure no
  // job is started and the ones under way are let finish: a worker stopped inside node-canvas's native code
  // takes the whole process down.
  const drawOn = (worker: Worker) => new Promise<void>((resolve) => {
    let inFlight = 0;
    // A second job waits in the worker's queue while it draws, so that it never idles while this thread
    // draws or writes; near the end one at a time, so that no worker is left with two while another has none.
    const feed = () => {
      while (more() && inFlight < (last + 1 - next > n ? 2 : 1)) {
        const id = order[next++];
        inFlight++;
        worker.postMessage({ id, ...jobs[id] });
      }
      if (inFlight === 0) resolve();
    };
    worker.on('message', (m: { id: number; bytes?: Uint8Array; error?: string; usage?: boolean }) => {
      inFlight--;
      if (m.error !== undefined) fail(m.usage ? new UsageError(m.error) : new Error(m.error));
      else if (!failure) {
        feed();
        deliver(m.id, Buffer.from(m.bytes!.buffer, m.bytes!.byteOffset, m.bytes!.byteLength));
      }
      feed();
    });
    worker.on('error', (err) => { fail(err); resolve(); });
    feed();
  });

  try {
    // The workers are fed first: this thread's first figure blocks it for a while.
    await Promise.all([...workers.map(drawOn), drawHere()]);
    await Promise.all(pending);
    if (failure) throw failure;
  } finally {
    // Not awaited: the workers wind down on their own threads while this one writes the manifest.
    workers.forEach(stopWorker);
  }
}

/** What makes figures alike to draw: format, canvas size, functions. */
const jobKey = (j: RenderJob) =>
  `${j.format} ${j.spec.size.join('x')}@${j.spec.dpi} ${j.spec.axes.map((ax) => ax.curves.map((c) => c.fn ?? 'expr').join(',')).join(';')}`;
