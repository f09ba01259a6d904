/** Drawing many figures: on this thread and, with more than one thread, on worker threads. */
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { UsageError } from '../errors';
import { keepCanvasLoaded } from '../render/native';
import { slotBytes } from '../render/png-slots';
import { fontLockBuffer } from '../render/font-lock';
import { canvasSize, type FigureSpec, type OutputFormat } from '../spec';

export interface RenderJob {
  spec: FigureSpec;
  format: OutputFormat;
}

/**
 * A render worker. node-canvas's native library is loaded in this thread too (after the spawn, which it would
 * otherwise delay): unloaded with a finishing worker, it takes the process down (segmentation fault at exit).
 */
function spawnWorker(): Worker {
  // Loaded here: a batch drawn on this thread alone (two cores or fewer, by default) never needs it.
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: { fontLock: fontLockBuffer() } });
  keepCanvasLoaded();
  return worker;
}

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
    worker.once('error', () => {
      spare = spare.filter((w) => w !== worker);
    });
    return worker;
  });
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
export async function renderJobs(
  jobs: RenderJob[],
  threads: number,
  onDone: (index: number, bytes: Buffer, warnings: string[]) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  // Nothing to draw (every figure unchanged): the drawing modules are not even loaded.
  if (!jobs.length) return releaseWorkers();
  const n = Math.max(
    1,
    Math.min(threads, jobs.length, Math.floor(CANVAS_BUDGET / jobs.reduce((m, j) => Math.max(m, canvasBytes(j)), 1))),
  );
  const taken = spare.splice(0, n - 1);
  releaseWorkers();
  const batch = new Batch(jobs, n, onDone, signal);
  const workers = [...taken, ...Array.from({ length: n - 1 - taken.length }, spawnWorker)];
  for (const w of workers) w.ref();
  try {
    // The workers are fed first: this thread's first figure blocks it for a while.
    await Promise.all([...workers.map((w) => drawOn(w, batch)), drawHere(batch, workers.length > 0)]);
    await batch.finished();
  } finally {
    // Not awaited: the workers wind down on their own threads while this one writes the manifest.
    workers.forEach(stopWorker);
  }
}

/**
 * The jobs of one renderJobs call and how far they got. Alike figures are queued next to each other; this
 * thread takes from one end and the workers from the other, so that each thread meets fewer kinds of figure
 * (a kind's first figure costs its first-time work). Alone, this thread keeps the config's order.
 */
class Batch {
  private readonly order: number[];
  private next = 0;
  private last: number;
  private failure: Error | undefined;
  /** onDone's unfinished work (files being written); a failure there ends the batch like any other. */
  private readonly pending: Promise<void>[] = [];

  constructor(
    readonly jobs: RenderJob[],
    readonly threads: number,
    private readonly onDone: (index: number, bytes: Buffer, warnings: string[]) => void | Promise<void>,
    private readonly signal?: AbortSignal,
  ) {
    this.order = jobs.map((_, i) => i);
    if (threads > 1) {
      const keys = jobs.map(jobKey);
      this.order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    }
    this.last = jobs.length - 1;
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }
  /** Jobs not started yet, or 0 once the batch stops (a failure, the signal). */
  get remaining(): number {
    return this.failure || this.signal?.aborted ? 0 : this.last + 1 - this.next;
  }
  takeFront(): number {
    return this.order[this.next++];
  }
  takeBack(): number {
    return this.order[this.last--];
  }
  fail(err: Error): void {
    this.failure ??= err;
  }

  deliver(id: number, bytes: Buffer, warnings: string[] = []): void {
    try {
      const finishing = this.onDone(id, bytes, warnings);
      if (finishing) this.pending.push(finishing.catch((err: Error) => this.fail(err)));
    } catch (err) {
      this.fail(err as Error);
    }
  }

  /** Waits for onDone's work, then throws the batch's first failure, if any. */
  async finished(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
  }
}

/**
 * Draws figures on this thread until the batch has none left. Each PNG is encoded on libuv's threads while the
 * next one is drawn: one figure encoding at a time, as the renderer keeps two canvases of a size.
 */
async function drawHere(batch: Batch, beside: boolean): Promise<void> {
  const { renderPlannedAsync } = require('../render/pipeline') as typeof import('../render/pipeline');
  let encoding: Promise<void> | undefined;
  while (batch.remaining) {
    const id = beside ? batch.takeBack() : batch.takeFront();
    const warnings: string[] = [];
    const { spec, format } = batch.jobs[id];
    const bytes = renderPlannedAsync(spec, format, { onWarning: (w) => warnings.push(w) });
    const previous = encoding;
    encoding = bytes.then(
      (b) => batch.deliver(id, b, warnings),
      (err: Error) => batch.fail(err),
    );
    await previous;
    // Between figures the workers' results are written, and a signal (Ctrl-C) is heard.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await encoding;
}

/**
 * Feeds a worker until the batch has nothing more for it; settles once it has nothing under way. After a
 * failure no job is started and the ones under way are let finish: a worker stopped inside node-canvas's
 * native code takes the whole process down.
 */
function drawOn(worker: Worker, batch: Batch): Promise<void> {
  return new Promise<void>((resolve) => {
    let inFlight = 0;
    // A second job waits in the worker's queue while it draws, so that it never idles while this thread
    // draws or writes; near the end one at a time, so that no worker is left with two while another has none.
    const feed = () => {
      while (batch.remaining && inFlight < (batch.remaining > batch.threads ? 2 : 1)) {
        const id = batch.takeFront();
        inFlight++;
        worker.postMessage({ id, ...batch.jobs[id] });
      }
      if (inFlight === 0) resolve();
    };
    type Usage = Pick<UsageError, 'field' | 'detail' | 'file'>;
    type Result = { id: number; bytes?: Uint8Array; warnings?: string[]; error?: string; usage?: Usage };
    worker.on('message', (m: Result) => {
      inFlight--;
      if (m.error !== undefined)
        batch.fail(m.usage ? new UsageError(m.usage.field, m.usage.detail, m.usage.file) : new Error(m.error));
      else if (!batch.failed) {
        feed();
        batch.deliver(m.id, Buffer.from(m.bytes!.buffer, m.bytes!.byteOffset, m.bytes!.byteLength), m.warnings);
      }
      feed();
    });
    worker.on('error', (err) => {
      batch.fail(err);
      resolve();
    });
    feed();
  });
}

/**
 * The canvases of the figures drawn at once stay within this many bytes: a batch whose largest figure is
 * 100 megapixels (400 MB of canvas) draws on one thread, one of 20-megapixel figures on up to six.
 */
const CANVAS_BUDGET = 640 * 1024 * 1024;
const canvasBytes = (j: RenderJob) => {
  const [w, h] = canvasSize(j.spec, 'png');
  return j.format === 'png' ? slotBytes(w * h * 4) : 0;
};

/** What makes figures alike to draw: format, canvas size, functions. */
const jobKey = (j: RenderJob) =>
  `${j.format} ${j.spec.size.join('x')}@${j.spec.dpi} ${j.spec.axes.map((ax) => ax.curves.map((c) => c.fn ?? 'expr').join(',')).join(';')}`;
