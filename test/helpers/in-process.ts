/**
 * Runs the command line in this process, through main() with streams of its own, in a given folder: the
 * cost of a function call instead of a Node.js start, for the many error cases.
 */
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main';
import type { Run } from './cli';

/** A stream that keeps what is written to it, or fails every write with `failWith`. */
export function sink(failWith?: string): Writable & { bytes(): Buffer } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (failWith) {
        done(Object.assign(new Error(`${failWith}: write failed`), { code: failWith }));
        return;
      }
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(w, { bytes: () => Buffer.concat(chunks) });
}

export async function cli(args: string[], cwd: string, options: { stdout?: Writable } = {}): Promise<Run> {
  const stdout = options.stdout ?? sink();
  const stderr = sink();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(['node', 'actplot', ...args], { stdout, stderr });
    const bytes = 'bytes' in stdout ? (stdout as ReturnType<typeof sink>).bytes() : Buffer.alloc(0);
    return { code, stdout: bytes, stderr: stderr.bytes().toString(), out: bytes.toString() };
  } finally {
    process.chdir(before);
  }
}
