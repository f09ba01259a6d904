/**
 * A TrueType font file's tables, and what the file says of itself (family, weight, slant): what picking a face
 * needs (font-faces.ts, as matplotlib's font manager reads a file), and what text/font-metrics.ts reads the
 * glyphs' numbers from. Hand-written for start-up speed: it reads the table directory and then only the tables
 * asked for (test/contract/font-reader.test.ts holds what it reads against opentype.js).
 */
import * as fs from 'node:fs';

/**
 * The font's tables by tag, read on first use (placing text needs a tenth of the file), and parts of a table
 * (glyph outlines are read one by one: the glyf table is three quarters of the file). The file stays open for
 * the life of the process, read-only.
 */
export function tableReader(file: string): {
  table(tag: string): Buffer | undefined;
  part(tag: string, offset: number, length: number): Buffer;
} {
  let fd: number | undefined;
  const read = (offset: number, length: number) => {
    fd ??= fs.openSync(file, 'r');
    const buf = Buffer.alloc(length);
    fs.readSync(fd, buf, 0, length, offset);
    return buf;
  };
  const where = new Map<string, [number, number]>();
  const cache = new Map<string, Buffer>();
  const count = read(4, 2).readUInt16BE(0);
  const dir = read(12, 16 * count);
  for (let i = 0; i < count; i++)
    where.set(dir.toString('latin1', 16 * i, 16 * i + 4), [
      dir.readUInt32BE(16 * i + 8),
      dir.readUInt32BE(16 * i + 12),
    ]);
  return {
    table(tag) {
      if (!cache.has(tag) && where.has(tag)) cache.set(tag, read(...(where.get(tag) as [number, number])));
      return cache.get(tag);
    },
    part(tag, offset, length) {
      const [start, size] = where.get(tag) ?? [0, 0];
      return read(start + offset, Math.max(0, Math.min(length, size - offset)));
    },
  };
}

/** What a font file says of itself: its family (name table), weight class (OS/2) and whether it is italic. */
export interface FaceInfo {
  family: string;
  weight: number;
  italic: boolean;
}

/** The tables the text layout reads: a font without them (a CFF-flavoured OpenType, say) cannot be laid out. */
const NEEDED = ['head', 'hhea', 'hmtx', 'cmap', 'loca', 'glyf', 'name'];

/**
 * A TrueType file's family, weight and slant, as matplotlib's font manager reads them (the name table's family,
 * nameID 1; OS/2 usWeightClass; the italic bit of fsSelection, or of head's macStyle). Throws an Error saying
 * what is missing for a file that is not a TrueType font actplot can lay out.
 */
export function readFaceInfo(file: string): FaceInfo {
  const fd = fs.openSync(file, 'r');
  const magic = Buffer.alloc(4);
  try {
    fs.readSync(fd, magic, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  const tag = magic.toString('latin1');
  if (tag === 'OTTO') throw new Error('an OpenType font with CFF outlines, which actplot does not read yet');
  if (magic.readUInt32BE(0) !== 0x00010000 && tag !== 'true') throw new Error('not a TrueType font file');
  const { table } = tableReader(file);
  const missing = NEEDED.filter((tag) => table(tag) === undefined);
  if (missing.length) throw new Error(`not a TrueType font with outlines actplot reads (no ${missing.join(', ')})`);
  const name = table('name') as Buffer;
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  let family: string | undefined;
  for (let i = 0; i < count && family === undefined; i++) {
    const rec = 6 + 12 * i;
    const [platform, encoding, , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => name.readUInt16BE(rec + o));
    if (nameId !== 1) continue;
    const bytes = name.subarray(strings + offset, strings + offset + length);
    if (platform === 3 || platform === 0) family = Buffer.from(bytes).swap16().toString('utf16le');
    else if (platform === 1 && encoding === 0) family = bytes.toString('latin1');
  }
  const os2 = table('OS/2');
  const head = table('head') as Buffer;
  return {
    family: family ?? '',
    weight: os2 ? os2.readUInt16BE(4) : head.readUInt16BE(44) & 1 ? 700 : 400,
    italic: os2 ? (os2.readUInt16BE(62) & 1) === 1 : (head.readUInt16BE(44) & 2) === 2,
  };
}
