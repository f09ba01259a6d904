/**
 * Side bearings read from the bundled DejaVu Sans TTF (its cmap, hmtx and loca tables). Pango reports ink
 * extents rounded to whole pixels; matplotlib places a text's bitmap by the first glyph's exact left bearing,
 * so the drawing stage needs the font's own numbers.
 */
import * as fs from 'node:fs';

export interface GlyphMetrics {
  /** Left side bearing in em, or undefined when the font lacks the character (Pango falls back). */
  leftBearing(ch: string): number | undefined;
  /** Advance width in em (0 for a character the font lacks). */
  advance(ch: string): number;
  /** The kern table's adjustment between two characters in em: FreeType's kerning, which matplotlib uses. */
  kerning(left: string, right: string): number;
  /** True for a glyph with no outline (a space): FreeType gives it an empty box at the origin. */
  isEmpty(ch: string): boolean;
}

interface Tables { [tag: string]: number }

function tableOffsets(b: Buffer): Tables {
  const out: Tables = {};
  for (let i = 0, n = b.readUInt16BE(4); i < n; i++) out[b.toString('latin1', 12 + 16 * i, 16 + 16 * i)] = b.readUInt32BE(20 + 16 * i);
  return out;
}

/** Glyph index of a code point from the cmap's Unicode subtable (format 12 or 4). */
function cmapLookup(b: Buffer, cmap: number): (cp: number) => number {
  let best = -1, format = 0;
  for (let i = 0, n = b.readUInt16BE(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const [platform, encoding] = [b.readUInt16BE(rec), b.readUInt16BE(rec + 2)];
    const sub = cmap + b.readUInt32BE(rec + 4);
    const f = b.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (f === 12 || (f === 4 && format !== 12))) [best, format] = [sub, f];
  }
  if (best < 0) return () => 0;
  if (format === 12) {
    const groups = b.readUInt32BE(best + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const o = best + 16 + 12 * g;
        const start = b.readUInt32BE(o);
        if (cp >= start && cp <= b.readUInt32BE(o + 4)) return b.readUInt32BE(o + 8) + cp - start;
      }
      return 0;
    };
  }
  const segs = b.readUInt16BE(best + 6) / 2;
  const ends = best + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
  return (cp) => {
    for (let s = 0; s < segs; s++) {
      if (cp > b.readUInt16BE(ends + 2 * s)) continue;
      const start = b.readUInt16BE(starts + 2 * s);
      if (cp < start) return 0;
      const delta = b.readInt16BE(deltas + 2 * s), range = b.readUInt16BE(ranges + 2 * s);
      if (range === 0) return (cp + delta) & 0xffff;
      const g = b.readUInt16BE(ranges + 2 * s + range + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

/** Pair kerning in font units from the kern table's first subtable (horizontal, format 0), by binary search. */
function kernPairs(b: Buffer, kern: number | undefined): (left: number, right: number) => number {
  if (kern === undefined || b.readUInt16BE(kern) !== 0) return () => 0;
  const sub = kern + 4;
  const coverage = b.readUInt16BE(sub + 4);
  if (coverage >> 8 !== 0 || (coverage & 1) === 0) return () => 0;
  const count = b.readUInt16BE(sub + 6), pairs = sub + 14;
  return (left, right) => {
    const key = left * 65536 + right;
    let lo = 0, hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1, at = pairs + 6 * mid;
      const k = b.readUInt16BE(at) * 65536 + b.readUInt16BE(at + 2);
      if (k === key) return b.readInt16BE(at + 4);
      if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    return 0;
  };
}

export function readGlyphMetrics(file: string): GlyphMetrics {
  const b = fs.readFileSync(file);
  const t = tableOffsets(b);
  const unitsPerEm = b.readUInt16BE(t.head + 18);
  const longLoca = b.readInt16BE(t.head + 50) === 1;
  const hMetrics = b.readUInt16BE(t.hhea + 34);
  const glyphOf = cmapLookup(b, t.cmap);
  const loca = (g: number) => (longLoca ? b.readUInt32BE(t.loca + 4 * g) : 2 * b.readUInt16BE(t.loca + 2 * g));
  const glyph = (ch: string) => glyphOf(ch.codePointAt(0) ?? 0);
  const kern = kernPairs(b, t.kern);
  return {
    leftBearing(ch) {
      const g = glyph(ch);
      if (g === 0) return undefined;
      const at = g < hMetrics ? t.hmtx + 4 * g + 2 : t.hmtx + 4 * hMetrics + 2 * (g - hMetrics);
      return b.readInt16BE(at) / unitsPerEm;
    },
    advance(ch) {
      const g = glyph(ch);
      return g === 0 ? 0 : b.readUInt16BE(t.hmtx + 4 * Math.min(g, hMetrics - 1)) / unitsPerEm;
    },
    kerning(left, right) {
      const [l, r] = [glyph(left), glyph(right)];
      return l && r ? kern(l, r) / unitsPerEm : 0;
    },
    isEmpty(ch) {
      const g = glyph(ch);
      return g !== 0 && loca(g) === loca(g + 1);
    },
  };
}
