/**
 * A config's text, read within the size limit from whatever the path names: a regular file, a device, a FIFO,
 * or standard input ('-'). A device such as /dev/zero never ends and /dev/urandom has no size, so the bytes
 * are counted as they come, never trusted from stat.
 */
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { MAX_CONFIG_BYTES } from '../limits';

/** What went wrong, for the loader to word with the file's name. */
export class ReadProblem extends Error {}

export function readConfigBytes(file: string): Buffer {
  const stdin = file === '-';
  let fd: number;
  try {
    if (!stdin && fs.statSync(file).isDirectory())
      throw new ReadProblem('is a folder; expected a config file (.json, .yaml or .yml)');
    fd = stdin ? 0 : fs.openSync(file, 'r');
  } catch (err) {
    if (err instanceof ReadProblem) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReadProblem(
      `cannot be read (${
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EACCES'
            ? 'permission denied'
            : code === 'ENXIO'
              ? 'a socket or a device with nothing behind it'
              : (err as Error).message
      })`,
    );
  }
  try {
    return readUpTo(fd, MAX_CONFIG_BYTES);
  } finally {
    if (!stdin) fs.closeSync(fd);
  }
}

function readUpTo(fd: number, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 16, max + 1 - total));
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Standard input may be a non-blocking pipe: wait a little for more.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw new ReadProblem(`cannot be read (${code === 'EISDIR' ? 'it is a folder' : (err as Error).message})`);
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > max) throw new ReadProblem(`is larger than ${max} bytes (10 MB), the most a config may hold`);
  }
  return Buffer.concat(chunks, total);
}

/**
 * The text of UTF-8 bytes (a leading byte-order mark dropped); a usage problem naming the first bad byte, or
 * saying it is binary (a NUL byte, as in an image given by mistake).
 */
export function decodeUtf8(bytes: Buffer): string {
  if (bytes.includes(0)) throw new ReadProblem('is a binary file; expected JSON or YAML text');
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    throw new ReadProblem(
      `is not UTF-8 text: byte ${at} (0x${bytes[at].toString(16).padStart(2, '0')}) starts no character; save it as UTF-8`,
    );
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (the Unicode standard's
 * table 3-7). buffer.isUtf8 says only yes or no; this runs only after a no.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) len = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      len = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= len; k++) {
      const d = b[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (d === undefined || d < min || d > max) return i;
    }
    i += len + 1;
  }
  return -1;
}
