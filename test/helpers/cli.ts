/** Runs the built `bin/actplot` as a user would, in a scratch folder. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const BIN = path.resolve(__dirname, '../../../bin/actplot');

export interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  out: string;
}

export function actplot(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString(), out: r.stdout.toString() };
}

const scratchDirs: string[] = [];
process.on('exit', () => {
  // Left in place when a test fails, so its files can be looked at.
  if (process.exitCode) return;
  for (const dir of scratchDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temp folder, removed when the test file's process ends without failures. */
export function scratch(prefix = 'actplot-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** Every file below a folder with its size and modification time, to see that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        out[path.relative(dir, p) + '/'] = 'dir';
        walk(p);
      } else {
        const st = fs.statSync(p);
        out[path.relative(dir, p)] = `${st.size}:${st.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}

export function pngSize(b: Buffer): [number, number] {
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Options to run the binary as user 'nobody' when this process is root (root may write anywhere), or why it
 * cannot: 'nobody' must be able to read the project where it lies.
 */
export function asOtherUser(): { options: { uid?: number; gid?: number }; skip?: string } {
  if (process.getuid?.() !== 0) return { options: {} };
  const options = { uid: 65534, gid: 65534 };
  const probe = spawnSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(path.resolve(__dirname, '../../src/errors'))})`],
    options,
  );
  if (probe.error || probe.status !== 0)
    return {
      options,
      skip: `user nobody cannot read the project here (${probe.error?.message ?? probe.stderr.toString().split('\n')[0]})`,
    };
  return { options };
}

/**
 * Figures in the batches that are stopped part-way: enough that the stop lands with most still to draw (each
 * takes tens of milliseconds), few enough that the rerun finishing them stays short.
 */
export const BATCH_FIGURES = 30;

/**
 * A render of BATCH_FIGURES small figures into `dir`/out, sent `signal` once two of them are written: the exit code,
 * standard error and the files in out/ afterwards. A batch stopped mid-way, as a user or a CI job stops one.
 */
export async function interruptedBatch(
  dir: string,
  signal: NodeJS.Signals,
  jobs: string,
): Promise<{ code: number | null; stderr: string; files: string[] }> {
  const figures = Array.from(
    { length: BATCH_FIGURES },
    (_, i) => `  - {name: f${i}, function: gelu, size: [6, 4], dpi: 100, num: 20000}`,
  );
  fs.writeFileSync(path.join(dir, 'many.yaml'), ['figures:', ...figures].join('\n'));
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [BIN, 'render', 'many.yaml', '--out-dir', 'out', '--jobs', jobs, '-q'], {
    cwd: dir,
  });
  // Listened for at once: a child that ends before a later listener would never be heard.
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const out = path.join(dir, 'out');
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (fs.existsSync(out) && fs.readdirSync(out).filter((f) => f.endsWith('.png')).length >= 2) {
        clearInterval(poll);
        child.kill(signal);
        resolve();
      }
    }, 5);
  });
  const code = await exited;
  return { code, stderr, files: fs.readdirSync(out) };
}
