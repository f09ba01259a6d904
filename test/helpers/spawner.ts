/**
 * Runs commands (the rasterisers) from a small helper process rather than from the test process itself.
 *
 * Why: on Linux, Node.js starts a child by fork(), and a fork marks every writable page of the parent
 * copy-on-write. A visual test process holds a few hundred megabytes of images and analyses; after each of its
 * two hundred rasteriser runs, every page it writes again takes a fault (measured with perf: a third of the
 * suite's time went to page faults and zeroing). The helper is started once, while this process is small, and
 * forks nothing but itself.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Ran {
  status: number | null;
  stderr: string;
  error?: string;
}

// The helper: one JSON request a line ({id, command, args}), one JSON answer a line, in order.
const HELPER = `
const { spawnSync } = require('node:child_process');
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, command, args } = JSON.parse(line);
  const r = spawnSync(command, args);
  const answer = { id, status: r.status, stderr: String(r.stderr ?? ''), error: r.error?.message };
  process.stdout.write(JSON.stringify(answer) + '\\n');
});
`;

let helper: ChildProcessWithoutNullStreams | undefined;
const waiting = new Map<number, (r: Ran) => void>();
let nextId = 0;

function start(): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['-e', HELPER], { stdio: 'pipe' });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const { id, ...ran } = JSON.parse(line) as Ran & { id: number };
    waiting.get(id)?.(ran);
    waiting.delete(id);
  });
  child.on('exit', () => {
    helper = undefined;
    for (const resolve of waiting.values()) resolve({ status: null, stderr: '', error: 'the helper process ended' });
    waiting.clear();
  });
  // Neither the helper nor its pipes keep this process alive; it ends with this process's stdin to it.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref(): void }).unref();
  return child;
}

/** Starts the helper now (call it while the process is small: at a test file's load). */
export function startSpawner(): void {
  helper ??= start();
}

/** Runs a command through the helper, as spawnSync would from here. */
export function run(command: string, args: string[]): Promise<Ran> {
  helper ??= start();
  const id = nextId++;
  const answer = new Promise<Ran>((resolve) => waiting.set(id, resolve));
  // While an answer is awaited, the helper's output keeps this process alive.
  (helper.stdout as unknown as { ref(): void }).ref();
  helper.stdin.write(JSON.stringify({ id, command, args }) + '\n');
  return answer.finally(() => {
    if (waiting.size === 0 && helper) (helper.stdout as unknown as { unref(): void }).unref();
  });
}
