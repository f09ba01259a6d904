/** A render worker: figure descriptions in, file bytes out. */
import { parentPort, workerData } from 'node:worker_threads';
import { UsageError } from '../errors';
import { useStartupCache } from '../startup/compile-cache';
import type { FigureSpec, OutputFormat } from '../spec';

useStartupCache('render');
// The fonts' lock of the process (render/font-lock.ts), before anything registers a font or draws text.
(require('../render/font-lock') as typeof import('../render/font-lock')).useFontLock(
  (workerData as { fontLock: SharedArrayBuffer }).fontLock,
);
const { renderPlannedAsync } = require('../render/pipeline') as typeof import('../render/pipeline');
// While the first job is still being prepared by the main thread (the first figure would do it anyway).
setImmediate(() => (require('../render/backend') as typeof import('../render/backend')).preloadRenderer());

parentPort?.on('message', (job: { id: number; spec: FigureSpec; format: OutputFormat } | { stop: true }) => {
  if ('stop' in job) {
    parentPort!.close(); // nothing else keeps this thread alive: it ends here, between tasks
    return;
  }
  const warnings: string[] = [];
  // Drawn now; a PNG is encoded on libuv's threads while the next job (already queued) is drawn.
  renderPlannedAsync(job.spec, job.format, { onWarning: (w) => warnings.push(w) }).then(
    (bytes) => {
      const copy = new Uint8Array(bytes); // its own buffer, so that it can be transferred
      parentPort!.postMessage({ id: job.id, bytes: copy, warnings }, [copy.buffer]);
    },
    (err: Error) => {
      // A usage error goes as its data (field, detail, file): the main thread words it.
      const usage = err instanceof UsageError ? { field: err.field, detail: err.detail, file: err.file } : undefined;
      parentPort!.postMessage({ id: job.id, error: err.message, usage });
    },
  );
});
