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

type StreamName = keyof CliStreams;

/** What a run does with a stream when it is first used (main: listens for its failure). */
export type OnOpen = (name: StreamName, stream: Output) => void;

interface Use {
  given?: Partial<CliStreams>;
  opened: Partial<CliStreams>;
  onOpen?: OnOpen;
  failure?: NodeJS.ErrnoException;
}
let use: Use = { opened: {} };

/**
 * The streams in use, and standard output's first failure (later writes are pointless). Each stream is looked
 * up when first used: the process's standard output behind a pipe or a terminal is a stream whose making loads
 * Node's net and tty modules, about 6 ms of a start that writes its figure to a file and prints nothing.
 */
export const io: CliStreams & { failure?: NodeJS.ErrnoException } = {
  get stdout() {
    return opened('stdout');
  },
  get stderr() {
    return opened('stderr');
  },
  get failure() {
    return use.failure;
  },
  set failure(err) {
    use.failure = err;
  },
};

function opened(name: StreamName): Output {
  let stream = use.opened[name];
  if (!stream) {
    stream = use.opened[name] = use.given?.[name] ?? process[name];
    use.onOpen?.(name, stream);
  }
  return stream;
}

/**
 * Makes `streams` the ones in use (the process's own where none is given), each handed to `onOpen` when first
 * used. Returns what puts the earlier ones back, after handing each stream opened meanwhile to `onClose`.
 */
export function useStreams(streams: Partial<CliStreams> | undefined, onOpen?: OnOpen): (onClose?: OnOpen) => void {
  const previous = use;
  const mine: Use = { given: streams, opened: {}, onOpen };
  use = mine;
  return (onClose) => {
    for (const name of ['stdout', 'stderr'] as const) {
      const stream = mine.opened[name];
      if (stream) onClose?.(name, stream);
    }
    use = previous;
  };
}

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
