/**
 * The streams the command line writes to: the process's own, or others that a caller (a test running the CLI
 * in-process) hands to main. Commands write through `io`, never to process.stdout directly.
 */
export interface Output {
  write(chunk: string | Uint8Array): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  removeListener(event: 'drain' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
  off(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
  isTTY?: boolean;
}

export interface CliStreams {
  stdout: Output;
  stderr: Output;
}

/** The streams in use, and standard output's first failure (later writes are pointless). */
export const io: CliStreams & { failure?: NodeJS.ErrnoException } = { stdout: process.stdout, stderr: process.stderr };

/**
 * Writes a chunk and waits while the stream's buffer is full, so that long output never piles up in memory;
 * a stream that fails or closes meanwhile ends the wait (io.failure then says why).
 */
export async function writeOut(chunk: string | Uint8Array): Promise<void> {
  if (io.stdout.write(chunk)) return;
  const out = io.stdout;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.removeListener('drain', done);
      out.removeListener('close', done);
      out.off('error', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
    out.on('error', done);
  });
}

const warned = new Set<string>();

/** A warning on stderr, once a process for the same words, as Python's warnings module shows matplotlib's. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  io.stderr.write(`actplot: warning: ${message}\n`);
}
