/**
 * Glyph metrics read from the bundled DejaVu Sans TTF (cmap, hmtx, loca, kern, glyf). Pango reports ink
 * extents rounded to whole pixels and kerns from GPOS; matplotlib places text by the exact bearings, advances
 * and kern-table pairs FreeType reads, so the drawing stage needs the font's own numbers.
 */
import { tableReader } from '../style/font-file';

export interface GlyphMetrics {
  /** Font units per em (heights in em times this are the font's own integers). */
  unitsPerEm: number;
  /** Left side bearing in em, or undefined when the font lacks the character (Pango falls back). */
  leftBearing(ch: string): number | undefined;
  /** Advance width in em (0 for a character the font lacks). */
  advance(ch: string): number;
  /** The kern table's adjustment between two characters in em: FreeType's kerning, which matplotlib uses. */
  kerning(left: string, right: string): number;
  /** The same between two glyph indices. */
  kerningOfGlyphs(left: number, right: number): number;
  /** Bottom and top of the glyph's outline in em (yMin, yMax of its glyf header); undefined when empty. */
  verticalExtent(ch: string): [number, number] | undefined;
  /** Left and right of the glyph's outline in em (xMin, xMax of its glyf header); undefined when empty. */
  horizontalExtent(ch: string): [number, number] | undefined;
  /** The outline's points in font units, each contour's last marked `end`; undefined when empty. */
  outline(ch: string): readonly OutlinePoint[] | undefined;
  /** Heights of the outline's on-curve points in em; undefined when empty or composite. */
  pointHeights(ch: string): number[] | undefined;
  /** True for a glyph with no outline (a space): FreeType gives it an empty box at the origin. */
  isEmpty(ch: string): boolean;
  /**
   * Whether the outline's leftmost edge is one the autohinter aligns: the side of a bowl (an extremum between
   * control points, as in 0, 6, Q, e) or a stem (an upright run of a quarter em or more, as in L); not a corner
   * or the end of a bar (T, the minus sign, the flag of 1).
   */
  uprightLeft(ch: string): boolean;
  /** The PCLT table's xHeight in font units, where the font has the table (BaKoMa's fonts do). */
  pcltXHeight(): number | undefined;
}

/** Glyph index of a code point from the cmap's Unicode subtable (format 12 or 4). */
function cmapLookup(b: Buffer): (cp: number) => number {
  let best = -1,
    format = 0;
  for (let i = 0, n = b.readUInt16BE(2); i < n; i++) {
    const rec = 4 + 8 * i;
    const [platform, encoding] = [b.readUInt16BE(rec), b.readUInt16BE(rec + 2)];
    const sub = b.readUInt32BE(rec + 4);
    const f = b.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (f === 12 || (f === 4 && format !== 12))) [best, format] = [sub, f];
  }
  if (best < 0) return () => 0;
  if (format === 12) {
    const groups = b.readUInt32BE(best + 12);
    return (cp) => {
      let lo = 0,
        hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1,
          o = best + 16 + 12 * mid;
        if (cp < b.readUInt32BE(o)) hi = mid - 1;
        else if (cp > b.readUInt32BE(o + 4)) lo = mid + 1;
        else return b.readUInt32BE(o + 8) + cp - b.readUInt32BE(o);
      }
      return 0;
    };
  }
  const segs = b.readUInt16BE(best + 6) / 2;
  const ends = best + 14,
    starts = ends + 2 * segs + 2,
    deltas = starts + 2 * segs,
    ranges = deltas + 2 * segs;
  return (cp) => {
    let lo = 0,
      hi = segs - 1;
    while (lo < hi) {
      // the first segment whose end is at or past cp
      const mid = (lo + hi) >> 1;
      if (b.readUInt16BE(ends + 2 * mid) < cp) lo = mid + 1;
      else hi = mid;
    }
    const s = lo,
      start = b.readUInt16BE(starts + 2 * s);
    if (cp > b.readUInt16BE(ends + 2 * s) || cp < start) return 0;
    const delta = b.readInt16BE(deltas + 2 * s),
      range = b.readUInt16BE(ranges + 2 * s);
    if (range === 0) return (cp + delta) & 0xffff;
    const g = b.readUInt16BE(ranges + 2 * s + range + 2 * (cp - start));
    return g === 0 ? 0 : (g + delta) & 0xffff;
  };
}

/** Pair kerning in font units from the kern table's first subtable (horizontal, format 0), by binary search. */
function kernPairs(b: Buffer | undefined): (left: number, right: number) => number {
  if (b === undefined || b.readUInt16BE(0) !== 0) return () => 0;
  const sub = 4;
  const coverage = b.readUInt16BE(sub + 4);
  if (coverage >> 8 !== 0 || (coverage & 1) === 0) return () => 0;
  const count = b.readUInt16BE(sub + 6),
    pairs = sub + 14;
  return (left, right) => {
    const key = left * 65536 + right;
    let lo = 0,
      hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1,
        at = pairs + 6 * mid;
      const k = b.readUInt16BE(at) * 65536 + b.readUInt16BE(at + 2);
      if (k === key) return b.readInt16BE(at + 4);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
}

export function readGlyphMetrics(file: string): GlyphMetrics {
  const { table, part } = tableReader(file);
  const [head, hhea, hmtx, locaTable] = ['head', 'hhea', 'hmtx', 'loca'].map((tag) => table(tag) as Buffer);
  const unitsPerEm = head.readUInt16BE(18);
  const longLoca = head.readInt16BE(50) === 1;
  const hMetrics = hhea.readUInt16BE(34);
  const glyphOf = cmapLookup(table('cmap') as Buffer);
  const loca = (g: number) => (longLoca ? locaTable.readUInt32BE(4 * g) : 2 * locaTable.readUInt16BE(2 * g));
  const glyphs = new Map<string, number>();
  const glyph = (ch: string) => {
    let g = glyphs.get(ch);
    if (g === undefined) glyphs.set(ch, (g = glyphOf(ch.codePointAt(0) ?? 0)));
    return g;
  };
  const kern = kernPairs(table('kern'));
  const outlines = new Map<number, Buffer>();
  /** A glyph's glyf record, or undefined when it has no outline. */
  const outline = (g: number) => {
    if (g === 0 || loca(g) === loca(g + 1)) return undefined;
    let b = outlines.get(g);
    if (!b) outlines.set(g, (b = part('glyf', loca(g), loca(g + 1) - loca(g))));
    return b;
  };
  /** A glyph's points, composites resolved (each component moved and transformed as FreeType places it). */
  const pointsOfGlyph = (g: number, depth = 0): OutlinePoint[] | undefined => {
    const b = outline(g);
    if (!b) return undefined;
    if (b.readInt16BE(0) >= 0) return outlinePoints(b, 0);
    if (depth > 8) return undefined;
    return compositePoints(b, (c) => pointsOfGlyph(c, depth + 1) ?? []);
  };
  const pointsOf = new Map<number, OutlinePoint[] | undefined>();
  /** A glyph's points, parsed once. */
  const points = (ch: string) => {
    const g = glyph(ch);
    if (!pointsOf.has(g)) pointsOf.set(g, pointsOfGlyph(g));
    return pointsOf.get(g);
  };
  /** A glyph's outline box in font units: the box of its points (a composite's placed parts). */
  const extent = (ch: string): [number, number, number, number] | undefined => {
    const b = outline(glyph(ch));
    if (!b) return undefined;
    // From the points, as FreeType measures a glyph: some headers are stale (DejaVu Sans Oblique's Greek).
    const all = points(ch);
    if (all?.length) {
      const [xs, ys] = [all.map((p) => p.x), all.map((p) => p.y)];
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    }
    return [b.readInt16BE(2), b.readInt16BE(4), b.readInt16BE(6), b.readInt16BE(8)];
  };
  return {
    pcltXHeight: () => table('PCLT')?.readUInt16BE(10),
    unitsPerEm,
    leftBearing(ch) {
      const g = glyph(ch);
      if (g === 0) return undefined;
      return hmtx.readInt16BE(g < hMetrics ? 4 * g + 2 : 4 * hMetrics + 2 * (g - hMetrics)) / unitsPerEm;
    },
    advance(ch) {
      const g = glyph(ch);
      return g === 0 ? 0 : hmtx.readUInt16BE(4 * Math.min(g, hMetrics - 1)) / unitsPerEm;
    },
    kerning(left, right) {
      const [l, r] = [glyph(left), glyph(right)];
      return l && r ? kern(l, r) / unitsPerEm : 0;
    },
    kerningOfGlyphs(left, right) {
      return kern(left, right) / unitsPerEm;
    },
    verticalExtent(ch) {
      const e = extent(ch);
      return e && [e[1] / unitsPerEm, e[3] / unitsPerEm];
    },
    horizontalExtent(ch) {
      const e = extent(ch);
      return e && [e[0] / unitsPerEm, e[2] / unitsPerEm];
    },
    isEmpty(ch) {
      const g = glyph(ch);
      return g !== 0 && loca(g) === loca(g + 1);
    },
    outline(ch) {
      return points(ch);
    },
    pointHeights(ch) {
      return points(ch)
        ?.filter((p) => p.on)
        .map((p) => p.y / unitsPerEm);
    },
    uprightLeft(ch) {
      const all = points(ch);
      if (!all?.length) return false;
      const min = Math.min(...all.map((p) => p.x));
      const left = all.filter((p) => p.x === min);
      const span = Math.max(...left.map((p) => p.y)) - Math.min(...left.map((p) => p.y));
      return left.some((p) => !p.on) || span >= unitsPerEm / 4;
    },
  };
}

export interface OutlinePoint {
  x: number;
  y: number;
  on: boolean;
  /** The last point of its contour. */
  end?: boolean;
}

/** Every point of a simple glyph at `at` in glyf, on and off the curve, in font units (TrueType's packed flags
 * and deltas). */
function outlinePoints(glyf: Buffer, at: number): OutlinePoint[] | undefined {
  const contours = glyf.readInt16BE(at);
  if (contours < 0) return undefined;
  const count = contours ? glyf.readUInt16BE(at + 10 + 2 * (contours - 1)) + 1 : 0;
  let p = at + 10 + 2 * contours;
  p += 2 + glyf.readUInt16BE(p);
  const flags: number[] = [];
  while (flags.length < count) {
    const f = glyf[p++];
    const repeat = f & 8 ? glyf[p++] : 0;
    for (let i = 0; i <= repeat; i++) flags.push(f);
  }
  const points: OutlinePoint[] = [];
  let x = 0;
  for (const f of flags) {
    if (f & 2) x += f & 16 ? glyf[p++] : -glyf[p++];
    else if (!(f & 16)) {
      x += glyf.readInt16BE(p);
      p += 2;
    }
    points.push({ x, y: 0, on: (f & 1) === 1 });
  }
  for (let c = 0; c < contours; c++) points[glyf.readUInt16BE(at + 10 + 2 * c)].end = true;
  let y = 0;
  flags.forEach((f, i) => {
    if (f & 4) y += f & 32 ? glyf[p++] : -glyf[p++];
    else if (!(f & 32)) {
      y += glyf.readInt16BE(p);
      p += 2;
    }
    points[i].y = y;
  });
  return points;
}

/**
 * A composite glyph's points: each component's points scaled or transformed by its matrix and moved by its
 * offset (ARGS_ARE_XY_VALUES; components placed by point matching keep their own places).
 */
function compositePoints(glyf: Buffer, component: (glyph: number) => OutlinePoint[]): OutlinePoint[] {
  const out: OutlinePoint[] = [];
  let p = 10;
  for (;;) {
    const flags = glyf.readUInt16BE(p);
    const index = glyf.readUInt16BE(p + 2);
    p += 4;
    const words = (flags & 1) !== 0;
    const [a, b] = words ? [glyf.readInt16BE(p), glyf.readInt16BE(p + 2)] : [glyf.readInt8(p), glyf.readInt8(p + 1)];
    p += words ? 4 : 2;
    const f2dot14 = (at: number) => glyf.readInt16BE(at) / 16384;
    let [xx, xy, yx, yy] = [1, 0, 0, 1];
    if (flags & 8) {
      xx = yy = f2dot14(p);
      p += 2;
    } else if (flags & 0x40) {
      [xx, yy] = [f2dot14(p), f2dot14(p + 2)];
      p += 4;
    } else if (flags & 0x80) {
      [xx, xy, yx, yy] = [f2dot14(p), f2dot14(p + 2), f2dot14(p + 4), f2dot14(p + 6)];
      p += 8;
    }
    const [dx, dy] = flags & 2 ? [a, b] : [0, 0];
    for (const q of component(index))
      out.push({ x: xx * q.x + yx * q.y + dx, y: xy * q.x + yy * q.y + dy, on: q.on, end: q.end });
    if (!(flags & 0x20)) return out;
  }
}
