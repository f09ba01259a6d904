/**
 * One lock for the process's fonts, shared by the threads that draw. node-canvas registers a font into
 * fontconfig's process-wide configuration, which Pango reads whenever it draws text: a face registered on one
 * thread while another draws text crashed the process now and then (a batch of figures in two font files). So
 * registering and drawing text hold this lock; drawing curves, most of the work, does not.
 *
 * Written here rather than taken from npm: Atomics on a SharedArrayBuffer is the whole of it.
 */
let cell: Int32Array | undefined;
let depth = 0; // this thread's holds: the lock is re-entrant (drawing text may register its face)

/** The lock's memory, made on first use by the thread that starts the workers; it holds it too. */
export function fontLockBuffer(): SharedArrayBuffer {
  if (!cell) cell = new Int32Array(new SharedArrayBuffer(4));
  return cell.buffer as SharedArrayBuffer;
}

/** A worker takes the lock its parent made. */
export function useFontLock(buffer: SharedArrayBuffer): void {
  cell = new Int32Array(buffer);
}

/** Runs fn holding the lock (at once where no other thread draws). */
export function withFontLock<T>(fn: () => T): T {
  if (!cell || depth > 0) {
    depth++;
    try {
      return fn();
    } finally {
      depth--;
    }
  }
  while (Atomics.compareExchange(cell, 0, 0, 1) !== 0) Atomics.wait(cell, 0, 1, 50);
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    Atomics.store(cell, 0, 0);
    Atomics.notify(cell, 0, 1);
  }
}
