/** Writing files so that a reader never sees half of one: a temporary file in the same folder, then rename. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../errors';

/** Fails with a usage error unless `target` can be written: its folder exists and is writable, it is no folder. */
export function checkTarget(target: string, option = '-o'): string {
  const dir = path.dirname(path.resolve(target));
  checkFolder(dir, option, target);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new UsageError(`${option}: got '${target}', which is a folder; expected a file path, e.g. ${path.join(target, 'figure.png')}`);
  }
  return dir;
}

export function atomicWrite(target: string, bytes: Buffer | string, option = '-o'): void {
  const tmp = temporaryFor(target, checkTarget(target, option));
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new UsageError(`${option}: cannot write '${target}': ${describe(err)}`);
  }
}

/**
 * atomicWrite off this thread: the caller goes on drawing meanwhile. Renaming over an existing file makes
 * ext4 start writing the new one out first (about a millisecond a file here).
 */
export async function atomicWriteAsync(target: string, bytes: Buffer | string, option = '-o'): Promise<void> {
  const tmp = temporaryFor(target, checkTarget(target, option));
  try {
    await fs.promises.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.promises.rename(tmp, target);
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    throw new UsageError(`${option}: cannot write '${target}': ${describe(err)}`);
  }
}

const temporaryFor = (target: string, dir: string) =>
  path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);

/** Fails with a usage error unless `dir` is an existing, writable folder. */
export function checkFolder(dir: string, option: string, given: string = dir): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new UsageError(`${option}: got '${given}', but the folder '${dir}' does not exist; create it first`);
  }
  if (!st.isDirectory()) throw new UsageError(`${option}: got '${given}', but '${dir}' is not a folder`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new UsageError(`${option}: got '${given}', but the folder '${dir}' is not writable`);
  }
}

/** Creates an output folder (and its parents) or fails with a usage error. */
export function ensureFolder(dir: string, option: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new UsageError(`${option}: cannot create folder '${dir}': ${describe(err)}`);
  }
  checkFolder(dir, option);
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system', ENOENT: 'no such folder', EISDIR: 'it is a folder', ENOTDIR: 'a part of the path is not a folder',
    EDQUOT: 'disk quota exceeded',
  };
  return (e && e.code && known[e.code]) || (e && e.code) || String(err);
}
