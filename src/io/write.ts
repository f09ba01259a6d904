/**
 * Writing output so that nothing but the target changes and a reader never sees half a file.
 *
 * A regular file (or nothing yet) is written to a temporary file in the same folder, then renamed over the
 * target. Anything else that can be opened for writing (a device such as /dev/null, a FIFO, the standard
 * streams behind /dev/stdout) is written into, as every Unix tool does: renaming over it would replace a
 * device node or a pipe with a regular file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { badValue, UsageError } from '../errors';

/**
 * fs's callbacks as promises. Not fs.promises: its module loads readline, fs.watch's and a dozen more of
 * Node's modules, a few milliseconds of every render's start, for three calls.
 */
const writeFile = promisify(fs.writeFile);
const rename = promisify(fs.rename);
const rm = promisify(fs.rm);

/** Longest file name (one path component) and whole path Linux file systems accept, in bytes. */
export const NAME_MAX = 255;
export const PATH_MAX = 4095;

/** How a target is written: renamed into place (a regular file, or none yet), or written into. */
export type WriteMode = 'replace' | 'into';

/**
 * Fails with a usage error unless `target` can be written: its name fits the file system, its folder exists
 * and is writable, and it is no folder or socket. Returns how it will be written. Called before drawing, so
 * that a bad path fails at once.
 */
export function checkTarget(target: string, option = 'output', makeFolder = false): WriteMode {
  const resolved = path.resolve(target);
  const name = path.basename(resolved);
  if (Buffer.byteLength(name) > NAME_MAX) {
    throw new UsageError(
      option,
      `got a file name of ${Buffer.byteLength(name)} bytes; expected at most ${NAME_MAX} (the file system's limit)`,
    );
  }
  if (Buffer.byteLength(resolved) > PATH_MAX) {
    throw new UsageError(
      option,
      `got a path of ${Buffer.byteLength(resolved)} bytes; expected at most ${PATH_MAX} (the system's limit)`,
    );
  }
  if (standardStreamFd(target) !== undefined) return 'into';
  const mode = writeMode(target, option);
  // makeFolder: a missing folder for the file is made (mkdir -p), as render and gallery make theirs.
  if (mode === 'replace' && makeFolder && !fs.existsSync(path.dirname(resolved))) {
    ensureFolder(path.dirname(resolved), option);
  }
  if (mode === 'replace') checkFolder(path.dirname(resolved), option, target);
  return mode;
}

/** 'into' for devices, FIFOs and the standard streams; 'replace' for regular files and new names. */
function writeMode(target: string, option: string): WriteMode {
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A dangling symbolic link, or a name not there yet: a new file.
    if (code === 'ENOENT') return 'replace';
    if (code === 'ENOTDIR') throw new UsageError(option, `got '${target}', but a part of its path is not a folder`);
    if (code === 'ENAMETOOLONG') throw new UsageError(option, `got '${target}', a path longer than the system allows`);
    throw new UsageError(option, `cannot write '${target}': ${describe(err)}`);
  }
  if (st.isDirectory()) {
    throw new UsageError(
      option,
      `got '${target}', which is a folder; expected a file path, e.g. ${path.join(target, 'figure.png')}`,
    );
  }
  if (st.isSocket())
    throw new UsageError(option, `got '${target}', which is a socket; expected a file, a device or a FIFO`);
  if (!st.isFile() || isStandardStream(target)) return 'into';
  return 'replace';
}

/**
 * /dev/stdout, /dev/fd/1, /proc/self/fd/1 name this process's open files through the kernel's magic links:
 * they are written into through the descriptor itself (opening the path again fails when it is a socket),
 * never replaced (renaming over /dev/stdout would replace the link in /dev for everyone).
 */
export function standardStreamFd(target: string): number | undefined {
  const resolved = path.resolve(target);
  const named: Record<string, number> = { '/dev/stdout': 1, '/dev/stderr': 2 };
  if (named[resolved] !== undefined) return named[resolved];
  const m = /^\/(?:dev\/fd|proc\/(?:self|thread-self|(\d+))\/fd)\/(\d+)$/.exec(resolved);
  if (m && (m[1] === undefined || Number(m[1]) === process.pid)) return Number(m[2]);
  return undefined;
}

/** Other paths into /proc or /dev/fd (another process's files): written into, never replaced. */
function isStandardStream(target: string): boolean {
  const resolved = path.resolve(target);
  return resolved.startsWith('/proc/') || resolved.startsWith('/dev/fd/');
}

/** Writes `bytes` to `target` (see the file's comment); any failure is a usage error naming the option. */
export function atomicWrite(target: string, bytes: Buffer | string, option = 'output'): void {
  if (checkTarget(target, option) === 'into') {
    writeInto(target, bytes, option);
    return;
  }
  const tmp = temporaryFor(target);
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new UsageError(option, `cannot write '${target}': ${describe(err)}`);
  }
}

/**
 * atomicWrite off this thread: the caller goes on drawing meanwhile. Renaming over an existing file makes
 * ext4 start writing the new one out first (about a millisecond a file here).
 */
export async function atomicWriteAsync(target: string, bytes: Buffer | string, option = 'output'): Promise<void> {
  if (checkTarget(target, option) === 'into') {
    writeInto(target, bytes, option);
    return;
  }
  const tmp = temporaryFor(target);
  try {
    await writeFile(tmp, bytes, { flag: 'wx' });
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new UsageError(option, `cannot write '${target}': ${describe(err)}`);
  }
}

function writeInto(target: string, bytes: Buffer | string, option: string): void {
  try {
    const fd = standardStreamFd(target);
    if (fd === undefined) fs.writeFileSync(target, bytes);
    else writeAll(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  } catch (err) {
    throw new UsageError(option, `cannot write '${target}': ${describe(err)}`);
  }
}

/** Writes every byte to an open descriptor, waiting when a non-blocking pipe is full. */
function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += fs.writeSync(fd, bytes, done);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/**
 * Streams text into `target` chunk by chunk (the output of `eval` can be far larger than memory should
 * hold), through a temporary file renamed at the end, or straight into a device or FIFO.
 */
export async function streamWrite(target: string, chunks: Iterable<string>, option = 'output'): Promise<void> {
  const into = checkTarget(target, option) === 'into';
  const file = into ? target : temporaryFor(target);
  const stream = standardStreamFd(target);
  let fd: number | undefined;
  try {
    fd = stream ?? fs.openSync(file, into ? 'w' : 'wx');
    for (const chunk of chunks) {
      writeAll(fd, Buffer.from(chunk));
      await new Promise((resolve) => setImmediate(resolve)); // a signal is heard between chunks
    }
    if (stream === undefined) fs.closeSync(fd);
    fd = undefined;
    if (!into) fs.renameSync(file, target);
  } catch (err) {
    if (fd !== undefined && stream === undefined) fs.closeSync(fd);
    if (!into) fs.rmSync(file, { force: true });
    if (err instanceof UsageError) throw err;
    throw new UsageError(option, `cannot write '${target}': ${describe(err)}`);
  }
}

/**
 * Temporary files are named `.actplot-TTTTTTTT-PID-RRRRRR.tmp`: a name no one else makes, of a fixed
 * length however long the target's name (so a valid target name never fails for its temporary's), with the
 * target's name hashed in (T), so that a later run for the same target can remove one a killed run left.
 */
const TEMPORARY = /^\.actplot-([0-9a-f]{8})-(\d{1,10})-[0-9a-f]{6}\.tmp$/;

/**
 * The tag: FNV-1a (32 bits) of the target's file name as UTF-8, in hex. A tag to find a target's leftovers
 * by, not a secret: node:crypto would add about 3 ms to every start for it.
 */
function nameTag(target: string): string {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(path.basename(target), 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Six hex digits that, with the process id, no other writer picks at the same time. */
const randomHex = () =>
  Math.floor(Math.random() * 0x1000000)
    .toString(16)
    .padStart(6, '0');

function temporaryFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  if (!cleanedFolders.has(dir)) removeStaleTemporaries(dir, nameTag(target));
  return path.join(dir, `.actplot-${nameTag(target)}-${process.pid}-${randomHex()}.tmp`);
}

/**
 * Folders already cleaned of every stale temporary by this process (a render's output folder, at the start of
 * the batch): their writes need not read the folder again, one figure at a time.
 */
const cleanedFolders = new Set<string>();

/**
 * Removes the temporary files of ours (for one target's tag, or all) that a killed run left in `dir`; those of
 * a process still running are left alone, and nothing else is touched.
 */
export function removeStaleTemporaries(dir: string, tag?: string): void {
  if (tag === undefined) cleanedFolders.add(path.resolve(dir));
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m || (tag !== undefined && m[1] !== tag) || processAlive(Number(m[2]))) continue;
    const file = path.join(dir, name);
    try {
      if (fs.lstatSync(file).isFile()) fs.rmSync(file, { force: true });
    } catch {
      // gone already, or not ours to remove: either way nothing to do
    }
  }
}

export function isTemporary(name: string): boolean {
  return TEMPORARY.test(name);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Fails with a usage error unless `dir` is an existing, writable folder. */
export function checkFolder(dir: string, option: string, given: string = dir): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENAMETOOLONG') {
      throw new UsageError(option, `got '${given}', a path longer than the system allows`);
    }
    throw new UsageError(option, `got '${given}', but the folder '${dir}' does not exist; create it first`);
  }
  if (!st.isDirectory()) throw new UsageError(option, `got '${given}', but '${dir}' is not a folder`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'EROFS' ? 'is on a read-only file system' : 'is not writable';
    throw new UsageError(option, `got '${given}', but the folder '${dir}' ${why}`);
  }
}

/** Creates an output folder (and its parents) or fails with a usage error. */
export function ensureFolder(dir: string, option: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw badValue(option, dir, 'a folder (it is a file)', 'give a folder, or another name');
    }
    throw new UsageError(option, `cannot create folder '${dir}': ${describe(err)}`);
  }
  checkFolder(dir, option);
}

export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    ENOENT: 'no such folder',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EDQUOT: 'disk quota exceeded',
    EIO: 'input/output error',
    ENAMETOOLONG: 'the path is longer than the system allows',
    ENXIO: 'no reader is there (a socket or a closed device)',
    EFBIG: 'the file is larger than the file system allows',
    EPIPE: 'the reader went away',
  };
  return (e && e.code && known[e.code]) || (e && e.code) || String(err);
}

/** Whether `target` is this process's standard output itself (-o /dev/stdout, or the file it is redirected to). */
export function isStandardOutput(target: string): boolean {
  try {
    const out = fs.fstatSync(1);
    const st = fs.statSync(target);
    return out.dev === st.dev && out.ino === st.ino;
  } catch {
    return false;
  }
}
