/**
 * FreeType's autohinter in the vertical direction (src/autofit/aflatin.c, afhints.c), for where it puts a glyph's
 * bottom and top: the outline's horizontal segments, linked into stems and serifs, grouped into edges; edges on
 * blue zones snapped to them, stems given a fitted width and centred on the grid, lone edges and serifs placed
 * from those; then every point moved with its edge or interpolated between edges. Lengths in 26.6 fixed point
 * (64ths of a pixel) where FreeType rounds them, so that its roundings are the same.
 */
import type { GlyphMetrics, OutlinePoint } from './font-metrics';

/** A blue zone of a script: reference and overshoot heights in font units, and whether it is a top zone. */
export interface Zone {
  ref: number;
  shoot: number;
  top: boolean;
}

/** What the hinter knows of a face for a script: its zones, the x-height zone's overshoot, its stem widths. */
export interface ScriptMetrics {
  /** 'cjk': FreeType's fallback style for glyphs no script covers (math symbols), its CJK hinter without zones. */
  hinter?: 'latin' | 'cjk';
  zones: Zone[];
  xHeightShoot: number;
  /** The standard stem widths of horizontal strokes in font units, smallest first (from 'o'). */
  widths: number[];
  unitsPerEm: number;
}

const enum Dir {
  None = 0,
  Right = 1,
  Left = -1,
  Up = 2,
  Down = -2,
}

/** af_direction_compute: the major direction of a vector, none when it is within ~4 degrees of a diagonal. */
function direction(dx: number, dy: number): Dir {
  let dir: Dir, long: number, short: number;
  if (dy >= dx) [dir, long, short] = dy >= -dx ? [Dir.Up, dy, dx] : [Dir.Left, -dx, dy];
  else [dir, long, short] = dy >= -dx ? [Dir.Right, dx, dy] : [Dir.Down, -dy, dx];
  return long <= 14 * Math.abs(short) ? Dir.None : dir;
}

interface Point {
  x: number;
  y: number;
  on: boolean;
  next: number;
  prev: number;
  outDir: Dir;
  inDir: Dir;
}

interface Segment {
  dir: Dir;
  pos: number;
  min: number;
  max: number;
  first: number;
  last: number;
  round: boolean;
  link?: Segment;
  serif?: Segment;
  score: number;
  edge?: Edge;
}

interface Edge {
  fpos: number;
  opos: number;
  pos: number;
  dir: Dir;
  round: boolean;
  segments: Segment[];
  link?: Edge;
  serif?: Edge;
  blue?: number;
  done: boolean;
}

/** The contours' points with their neighbours and the directions in and out of each. */
function pointsOf(outline: readonly OutlinePoint[]): Point[] {
  const points: Point[] = [];
  let start = 0;
  outline.forEach((p, i) => {
    if (!p.end) return;
    for (let j = start; j <= i; j++) {
      const next = j === i ? start : j + 1;
      const prev = j === start ? i : j - 1;
      points[j] = {
        x: outline[j].x,
        y: outline[j].y,
        on: outline[j].on,
        next,
        prev,
        outDir: Dir.None,
        inDir: Dir.None,
      };
    }
    start = i + 1;
  });
  for (const p of points) {
    const n = points[p.next];
    p.outDir = direction(n.x - p.x, n.y - p.y);
  }
  for (const p of points) p.inDir = points[p.prev].outDir;
  return points;
}

/** af_latin_hints_compute_segments for the vertical direction: runs of points going right or left. */
function segmentsOf(points: Point[]): Segment[] {
  const segments: Segment[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < points.length; i++) {
    if (seen.has(i)) continue;
    // Walk each contour once, from a point that starts no horizontal run in the middle.
    const contour: number[] = [];
    let j = i;
    do {
      contour.push(j);
      seen.add(j);
      j = points[j].next;
    } while (j !== i);
    let startAt = contour.findIndex(
      (k) => !isHorizontal(points[points[k].prev].outDir) || !isHorizontal(points[k].outDir),
    );
    if (startAt < 0) startAt = 0;
    const order = [...contour.slice(startAt), ...contour.slice(0, startAt)];
    let run: number[] = [];
    const close = () => {
      if (!run.length) return;
      const last = points[run[run.length - 1]].next;
      const all = [...run, last];
      const ys = all.map((k) => points[k].y);
      const xs = all.map((k) => points[k].x);
      segments.push({
        dir: points[run[0]].outDir,
        pos: (Math.min(...ys) + Math.max(...ys)) >> 1,
        min: Math.min(...xs),
        max: Math.max(...xs),
        first: run[0],
        last,
        round: !points[run[0]].on || !points[last].on,
        score: 32000,
      });
      run = [];
    };
    for (const k of order) {
      const d = points[k].outDir;
      if (isHorizontal(d) && (!run.length || points[run[0]].outDir === d)) run.push(k);
      else {
        close();
        if (isHorizontal(d)) run.push(k);
      }
    }
    close();
  }
  return segments;
}

const isHorizontal = (d: Dir) => d === Dir.Left || d === Dir.Right;

/** af_latin_hints_link_segments: each bottom segment (going left) to the top segment above it it faces best. */
function linkSegments(segments: Segment[], unitsPerEm: number, maxWidth = 0): void {
  const lenThreshold = Math.max(1, Math.trunc((8 * unitsPerEm) / 2048));
  const lenScore = Math.trunc((6000 * unitsPerEm) / 2048);
  for (const s1 of segments) {
    if (s1.dir !== Dir.Left || s1.first === s1.last) continue;
    for (const s2 of segments) {
      if (s1.dir + s2.dir !== 0 || s2.pos <= s1.pos) continue;
      const len = Math.min(s1.max, s2.max) - Math.max(s1.min, s2.min);
      if (len < lenThreshold) continue;
      const dist = s2.pos - s1.pos;
      // Distance demerits in multiples of the widest standard stem: a "stem" far wider is no stem.
      let distScore = dist;
      if (maxWidth) {
        const delta = Math.trunc((dist * 1024) / maxWidth) - 1024;
        if (delta > 10000) distScore = 32000;
        else if (delta > 0) distScore += Math.trunc((delta * delta) / 32);
      }
      const score = distScore + Math.trunc(lenScore / len);
      if (score < s1.score) [s1.score, s1.link] = [score, s2];
      if (score < s2.score) [s2.score, s2.link] = [score, s1];
    }
  }
  for (const s of segments) {
    if (s.link && s.link.link !== s) {
      s.serif = s.link.link;
      s.link = undefined;
    }
  }
}

/** af_latin_hints_compute_edges: segments at nearly one height in one direction make an edge. */
function edgesOf(segments: Segment[], scale: number, threshold: number): Edge[] {
  const edges: Edge[] = [];
  for (const s of segments) {
    const found = edges.find((e) => Math.abs(s.pos - e.fpos) < threshold && e.dir === s.dir);
    if (found) found.segments.push(s);
    else {
      const opos = Math.round(s.pos * scale);
      edges.push({ fpos: s.pos, opos, pos: opos, dir: s.dir, round: false, segments: [s], done: false });
    }
  }
  edges.sort((a, b) => a.fpos - b.fpos);
  for (const e of edges) for (const s of e.segments) s.edge = e;
  for (const e of edges) {
    const round = e.segments.filter((s) => s.round).length;
    e.round = round > 0 && round >= e.segments.length - round;
    for (const s of e.segments) {
      const isSerif = s.serif?.edge !== undefined && s.serif.edge !== e;
      const other = isSerif ? s.serif : s.link;
      if (!other?.edge) continue;
      const current = isSerif ? e.serif : e.link;
      const candidate =
        current && Math.abs(s.pos - other.pos) >= Math.abs(e.fpos - current.fpos) ? current : other.edge;
      if (isSerif) e.serif = candidate;
      else e.link = candidate;
    }
    if (e.link && e.serif) e.serif = undefined;
  }
  return edges;
}

/**
 * A glyph's outline points with their hinted heights (in 64ths of a pixel, y up), or undefined for a glyph
 * without outline.
 */
export function autohintedPoints(
  m: GlyphMetrics,
  ch: string,
  script: ScriptMetrics,
  sizePx: number,
): { points: readonly OutlinePoint[]; ys: number[] } | undefined {
  const outline = m.outline(ch);
  if (!outline?.length) return undefined;
  const upem = script.unitsPerEm;
  // The scale in 64ths of a pixel per font unit, fitted so that the x-height's overshoot is on the grid.
  let scale = (sizePx * 64) / upem;
  const scaled = script.xHeightShoot * scale;
  const fitted = Math.floor((scaled + 40) / 64) * 64;
  if (scaled > 0 && fitted > 0 && Math.round(scaled) !== fitted) scale = (scale * fitted) / scaled;

  const points = pointsOf(outline);
  const segments = segmentsOf(points);
  linkSegments(segments, upem, script.widths[script.widths.length - 1]);
  const std = script.widths[0];
  const edgeThreshold = Math.min(((std ?? (50 * upem) / 2048) / 5) * scale, 16) / scale;
  const edges = edgesOf(segments, scale, edgeThreshold);
  if (script.hinter === 'cjk') hintEdgesCjk(edges);
  else {
    snapToZones(edges, script, scale);
    hintEdges(edges, script, scale);
  }
  return { points: outline, ys: alignPoints(points, edges, scale) };
}

/** The hinted bottom and top of a glyph in pixels (y up), or undefined for a glyph without outline. */
export function autohintedExtent(
  m: GlyphMetrics,
  ch: string,
  script: ScriptMetrics,
  sizePx: number,
): [number, number] | undefined {
  const hinted = autohintedPoints(m, ch, script, sizePx);
  return hinted && [Math.min(...hinted.ys) / 64, Math.max(...hinted.ys) / 64];
}

/** Zones scaled and fitted (af_latin_metrics_scale_dim), and each edge on the zone nearest it. */
function snapToZones(edges: Edge[], script: ScriptMetrics, scale: number): void {
  const fitted = script.zones
    .map((z) => {
      const dist = Math.round((z.ref - z.shoot) * scale);
      if (Math.abs(dist) > 48) return undefined;
      const d = Math.abs(dist) < 32 ? 0 : Math.abs(dist) < 48 ? 32 : 64;
      const refFit = pixRound(Math.round(z.ref * scale)); // FT_MulFix gives whole 64ths
      return { ...z, refFit, shootFit: refFit - Math.sign(dist) * d };
    })
    .filter((z) => z !== undefined);
  for (const e of edges) {
    let best = Math.min(Math.trunc(script.unitsPerEm / 40) * scale, 32);
    for (const z of fitted) {
      // A top zone takes edges going right (tops of ink); a bottom zone edges going left.
      if (z.top !== (e.dir === Dir.Right)) continue;
      let dist = Math.abs(e.fpos - z.ref) * scale;
      if (dist < best) [best, e.blue] = [dist, z.refFit];
      if (e.round && dist !== 0 && z.top !== e.fpos < z.ref) {
        dist = Math.abs(e.fpos - z.shoot) * scale;
        if (dist < best) [best, e.blue] = [dist, z.shootFit];
      }
    }
  }
}

const pixRound = (v: number) => Math.floor((v + 32) / 64) * 64;

/** af_latin_compute_stem_width in FreeType's smooth (anti-aliased) mode. */
function stemWidth(width: number, base: Edge, stem: Edge, script: ScriptMetrics, scale: number): number {
  let dist = Math.abs(width);
  const std = script.widths.length ? script.widths[0] * scale : undefined;
  if (std !== undefined && std < 40) return width; // an extra-light face
  const serif = stem.serif !== undefined && stem.link === undefined;
  if (!(serif && dist < 3 * 64)) {
    if (base.round) {
      if (dist < 80) dist = 64;
    } else if (dist < 56) dist = 56;
    if (std !== undefined) {
      if (Math.abs(dist - std) < 40) dist = Math.max(std, 48);
      else if (dist < 3 * 64) {
        const delta = dist & 63;
        dist &= -64;
        dist += delta < 10 ? delta : delta < 32 ? 10 : delta < 54 ? 54 : delta;
      } else dist = (dist + 32) & ~63;
    }
  }
  return width < 0 ? -dist : dist;
}

/** af_latin_hint_edges for the vertical direction. */
function hintEdges(edges: Edge[], script: ScriptMetrics, scale: number): void {
  let anchor: Edge | undefined;
  const alignLinked = (base: Edge, stem: Edge) => {
    stem.pos = base.pos + stemWidth(stem.opos - base.opos, base, stem, script, scale);
  };
  for (const e of edges) {
    if (e.done) continue;
    let [e1, e2] = [e.blue !== undefined ? e : undefined, e.link];
    let blue = e.blue;
    if (!e1 && e2?.blue !== undefined) [e1, e2, blue] = [e2, e, e2.blue];
    if (!e1 || blue === undefined) continue;
    e1.pos = blue;
    e1.done = true;
    if (e2 && e2.blue === undefined) {
      alignLinked(e1, e2);
      e2.done = true;
    }
    anchor ??= e;
  }
  let serifs = false;
  edges.forEach((e, i) => {
    if (e.done) return;
    const e2 = e.link;
    if (!e2) {
      serifs = true;
      return;
    }
    if (e2.blue !== undefined) {
      alignLinked(e2, e);
      e.done = true;
      return;
    }
    const orgLen = e2.opos - e.opos;
    const curLen = stemWidth(orgLen, e, e2, script, scale);
    const [uOff, dOff] = curLen <= 64 ? [32, 32] : [38, 26];
    const centre = (orgCentre: number) => {
      let p = pixRound(orgCentre);
      p += Math.abs(orgCentre - (p - uOff)) < Math.abs(orgCentre - (p + dOff)) ? -uOff : dOff;
      return p;
    };
    if (!anchor) {
      if (curLen < 96) {
        e.pos = centre(e.opos + orgLen / 2) - curLen / 2;
        e2.pos = e.pos + curLen;
      } else e.pos = pixRound(e.opos);
      anchor = e;
      e.done = true;
      alignLinked(e, e2);
    } else {
      const orgPos = anchor.pos + (e.opos - anchor.opos);
      const orgCentre = orgPos + orgLen / 2;
      if (e2.done) e.pos = e2.pos - curLen;
      else if (curLen < 96) {
        const c = centre(orgCentre);
        e.pos = c - curLen / 2;
        e2.pos = c + curLen / 2;
      } else {
        const p1 = pixRound(orgPos);
        const p2 = pixRound(orgPos + orgLen) - curLen;
        const d1 = Math.abs(p1 + curLen / 2 - orgCentre);
        const d2 = Math.abs(p2 + curLen / 2 - orgCentre);
        e.pos = d1 < d2 ? p1 : p2;
        e2.pos = e.pos + curLen;
      }
      e.done = e2.done = true;
      if (i > 0 && e.pos < edges[i - 1].pos) e.pos = edges[i - 1].pos;
    }
  });
  if (!serifs && anchor) return;
  edges.forEach((e, i) => {
    if (e.done) return;
    const delta = e.serif ? Math.abs(e.serif.opos - e.opos) : 1000;
    if (e.serif && delta < 64 + 16) e.pos = e.serif.pos + (e.opos - e.serif.opos);
    else if (!anchor) {
      e.pos = pixRound(e.opos);
      anchor = e;
    } else {
      const before = edges
        .slice(0, i)
        .reverse()
        .find((b) => b.done);
      const after = edges.slice(i + 1).find((a) => a.done);
      if (before && after)
        e.pos =
          after.opos === before.opos
            ? before.pos
            : before.pos + ((e.opos - before.opos) * (after.pos - before.pos)) / (after.opos - before.opos);
      else e.pos = anchor.pos + ((e.opos - anchor.opos + 16) & ~31);
    }
    e.done = true;
    if (i > 0 && e.pos < edges[i - 1].pos) e.pos = edges[i - 1].pos;
    if (i + 1 < edges.length && edges[i + 1].done && e.pos > edges[i + 1].pos) e.pos = edges[i + 1].pos;
  });
}

/**
 * The points' hinted heights (26.6): a point of an edge's segment at its edge; another on-curve point that
 * turns (a strong point) between the edges around it; the rest interpolated along its contour (IUP).
 */
function alignPoints(points: Point[], edges: Edge[], scale: number): number[] {
  const ys: (number | undefined)[] = points.map(() => undefined);
  for (const e of edges)
    for (const s of e.segments) {
      for (let k = s.first; ; k = points[k].next) {
        ys[k] = e.pos;
        if (k === s.last) break;
      }
    }
  const byPos = [...edges].sort((a, b) => a.fpos - b.fpos);
  points.forEach((p, k) => {
    if (ys[k] !== undefined) return;
    const weak = !p.on || (p.inDir === p.outDir && p.inDir !== Dir.None);
    if (weak || !byPos.length) return;
    const first = byPos[0];
    const last = byPos[byPos.length - 1];
    if (p.y <= first.fpos) ys[k] = first.pos + (p.y - first.fpos) * scale;
    else if (p.y >= last.fpos) ys[k] = last.pos + (p.y - last.fpos) * scale;
    else {
      const after = byPos.findIndex((e) => e.fpos >= p.y);
      const [a, b] = [byPos[after - 1], byPos[after]];
      ys[k] = b.fpos === p.y ? b.pos : a.pos + ((p.y - a.fpos) * (b.pos - a.pos)) / (b.fpos - a.fpos);
    }
  });
  return interpolateUntouched(points, ys, scale);
}

/** af_glyph_hints_align_weak_points: each untouched point between the touched ones around it on its contour. */
function interpolateUntouched(points: Point[], ys: (number | undefined)[], scale: number): number[] {
  return points.map((p, k) => {
    const y = ys[k];
    if (y !== undefined) return y;
    let before = p.prev;
    while (ys[before] === undefined && before !== k) before = points[before].prev;
    let after = p.next;
    while (ys[after] === undefined && after !== k) after = points[after].next;
    if (ys[before] === undefined) return p.y * scale;
    const [b, a] = [points[before], points[after]];
    const [yb, ya] = [ys[before] as number, ys[after] as number];
    const [lo, hi] = b.y <= a.y ? [b, a] : [a, b];
    const [ylo, yhi] = b.y <= a.y ? [yb, ya] : [ya, yb];
    if (p.y <= lo.y) return ylo + (p.y - lo.y) * scale;
    if (p.y >= hi.y) return yhi + (p.y - hi.y) * scale;
    return ylo + ((p.y - lo.y) * (yhi - ylo)) / (hi.y - lo.y);
  });
}

/** af_latin_metrics_init_widths: the stem widths of a script's standard character (its 'o'), merged within 1 %. */
export function standardWidths(m: GlyphMetrics, ch: string): number[] {
  const outline = m.outline(ch);
  if (!outline?.length) return [];
  const segments = segmentsOf(pointsOf(outline));
  linkSegments(segments, m.unitsPerEm);
  const widths = segments
    .filter((s) => s.link && segments.indexOf(s.link) > segments.indexOf(s))
    .map((s) => Math.abs((s.link as Segment).pos - s.pos))
    .sort((a, b) => a - b);
  const merged: number[] = [];
  for (let i = 0; i < widths.length;) {
    let j = i;
    while (j < widths.length && widths[j] - widths[i] <= m.unitsPerEm / 100) j++;
    const group = widths.slice(i, j);
    merged.push(Math.trunc(group.reduce((a, b) => a + b, 0) / group.length));
    i = j;
  }
  return merged;
}

/** af_cjk_compute_stem_width in smooth mode, for a face without CJK standard widths. */
function cjkStemWidth(width: number): number {
  let dist = Math.abs(width);
  if (dist < 54) dist += Math.trunc((54 - dist) / 2);
  else if (dist < 3 * 64) {
    const delta = dist & 63;
    dist &= -64;
    dist += delta < 10 ? delta : delta < 22 ? 10 : delta < 42 ? delta : delta < 54 ? 54 : delta;
  }
  return width < 0 ? -dist : dist;
}

/**
 * af_hint_normal_stem (afcjk.c): the stem keeps its centre, moved by the least that puts one of its edges on the
 * grid without letting the other cross a pixel boundary it did not cross.
 */
function hintNormalStem(edge: Edge, edge2: Edge): void {
  const len = cjkStemWidth(edge2.opos - edge.opos);
  const centre = Math.trunc((edge.opos + edge2.opos) / 2);
  const pos1 = centre - Math.trunc(len / 2);
  const pos2 = pos1 + len;
  const floor = (v: number) => Math.floor(v / 64) * 64;
  let [dOff1, dOff2] = [pos1 - floor(pos1), pos2 - floor(pos2)];
  let [uOff1, uOff2] = [64 - dOff1, 64 - dOff2];
  let delta = 0;
  const threshold = 64;
  if (dOff1 !== 0 && dOff2 !== 0) {
    if (len <= threshold) {
      if (dOff2 < len) delta = uOff1 <= dOff2 ? uOff1 : -dOff2;
    } else {
      const offset = len & 63;
      if (!(offset < 32 && (uOff1 <= offset || dOff2 <= offset))) {
        const off = offset < 32 ? offset : 64 - threshold;
        [dOff1, uOff1, uOff2, dOff2] = [threshold - uOff1, uOff1 - off, threshold - dOff2, dOff2 - off];
        if (dOff1 <= uOff1) uOff1 = -dOff1;
        if (dOff2 <= uOff2) uOff2 = -dOff2;
        delta = Math.abs(uOff1) <= Math.abs(uOff2) ? uOff1 : uOff2;
      }
    }
  }
  edge.pos = pos1 + delta;
  edge2.pos = pos2 + delta;
  edge.done = edge2.done = true;
}

/** af_cjk_hint_edges without blue zones: each stem by hintNormalStem, serifs with their base, the rest between. */
function hintEdgesCjk(edges: Edge[]): void {
  for (const e of edges) {
    if (e.done || !e.link) continue;
    if (e.link.done) {
      e.pos = e.link.pos + cjkStemWidth(e.opos - e.link.opos);
      e.done = true;
    } else hintNormalStem(e, e.link);
  }
  edges.forEach((e, i) => {
    if (e.done) return;
    if (e.serif?.done) e.pos = e.serif.pos + (e.opos - e.serif.opos);
    else {
      const before = edges
        .slice(0, i)
        .reverse()
        .find((b) => b.done);
      const after = edges.slice(i + 1).find((a) => a.done);
      if (before && after && after.fpos !== before.fpos)
        e.pos = before.pos + ((e.fpos - before.fpos) * (after.pos - before.pos)) / (after.fpos - before.fpos);
      else if (before) e.pos = before.pos + (e.opos - before.opos);
      else if (after) e.pos = after.pos + (e.opos - after.opos);
    }
    e.done = true;
  });
}
