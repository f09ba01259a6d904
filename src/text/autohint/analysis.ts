/**
 * The autohinter's reading of an outline (aflatin.c, afhints.c), vertical direction: each point's directions in
 * and out, the horizontal segments, their links into stems and serifs, and the edges they make.
 */
import type { GlyphMetrics, OutlinePoint } from '../font-metrics';

export const enum Dir {
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

export interface Point {
  x: number;
  y: number;
  on: boolean;
  next: number;
  prev: number;
  outDir: Dir;
  inDir: Dir;
  /** Left to the interpolation between touched points (IUP), not to the one between edges. */
  weak: boolean;
}

export interface Segment {
  dir: Dir;
  pos: number;
  /** Half how far its points' heights spread (a slanted run), as FreeType keeps it. */
  delta: number;
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

export interface Edge {
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
  /** FreeType's AF_EDGE_SERIF: another edge's serif, when that edge comes later (see edgesOf). */
  serifOfLater: boolean;
}

/**
 * The contours' points with their neighbours, the directions in and out of each, and which are weak
 * (af_glyph_hints_reload). Vectors between points nearer than `nearLimit` are added up into one, whose
 * direction every point along it takes.
 */
export function pointsOf(outline: readonly OutlinePoint[], unitsPerEm = 2048): Point[] {
  const points: Point[] = [];
  const starts: number[] = [];
  let start = 0;
  outline.forEach((p, i) => {
    if (!p.end) return;
    starts.push(start);
    for (let j = start; j <= i; j++) {
      const next = j === i ? start : j + 1;
      const prev = j === start ? i : j - 1;
      const { x, y, on } = outline[j];
      points[j] = { x, y, on, next, prev, outDir: Dir.None, inDir: Dir.None, weak: false };
    }
    start = i + 1;
  });
  const nearLimit = Math.trunc((20 * unitsPerEm) / 2048);
  // FreeType keeps these as index deltas in each point's u and v: the next and previous points not near.
  const nextFar = points.map((_, i) => i);
  const prevFar = points.map((_, i) => i);
  const taxicab = (a: Point, b: Point) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  for (const c0 of starts) {
    // The contour's first point may be in a run of near points: step back to where the run starts.
    let point = c0;
    for (let prev = points[c0].prev; prev !== c0; prev = points[prev].prev) {
      if (taxicab(points[point], points[prev]) >= 2 * nearLimit - 1) break;
      point = prev;
    }
    const first = point;
    let curr = first;
    nextFar[curr] = first;
    prevFar[first] = curr;
    let [ox, oy] = [0, 0];
    let next = first;
    do {
      point = next;
      next = points[point].next;
      ox += points[next].x - points[point].x;
      oy += points[next].y - points[point].y;
      if (Math.abs(ox) + Math.abs(oy) < nearLimit) {
        points[next].weak = true;
        continue;
      }
      nextFar[curr] = next;
      prevFar[next] = curr;
      const dir = direction(ox, oy);
      points[curr].outDir = dir;
      for (curr = points[curr].next; curr !== next; curr = points[curr].next) {
        points[curr].inDir = dir;
        points[curr].outDir = dir;
      }
      points[next].inDir = dir;
      // As FreeType leaves it: on the last step `curr` is `first`, whose neighbours then point to itself, so
      // that a first point with no direction either way is always weak (below).
      nextFar[curr] = first;
      prevFar[first] = curr;
      [ox, oy] = [0, 0];
    } while (next !== first);
  }
  const vectors = (i: number) => {
    const [p, a, b] = [points[i], points[prevFar[i]], points[nextFar[i]]];
    return [p.x - a.x, p.y - a.y, b.x - p.x, b.y - p.y];
  };
  const skip = (i: number) => {
    nextFar[prevFar[i]] = nextFar[i];
    prevFar[nextFar[i]] = prevFar[i];
  };
  // Points between vectors into one quadrant are no extremum: weak, and their neighbours joined.
  points.forEach((p, i) => {
    if (p.weak || p.inDir !== Dir.None || p.outDir !== Dir.None) return;
    const [inX, inY, outX, outY] = vectors(i);
    if ((inX ^ outX) >= 0 && (inY ^ outY) >= 0) {
      p.weak = true;
      skip(i);
    }
  });
  points.forEach((p, i) => {
    if (p.weak) return;
    if (!p.on) p.weak = true;
    else if (p.inDir === p.outDir) {
      if (p.outDir !== Dir.None) p.weak = true;
      else if (cornerIsFlat(...(vectors(i) as [number, number, number, number]))) {
        skip(i);
        p.weak = true;
      }
    } else if (p.inDir === -p.outDir) p.weak = true; // a spike
  });
  return points;
}

/** ft_corner_is_flat, with FreeType's approximate hypotenuse (FT_HYPOT). */
function cornerIsFlat(inX: number, inY: number, outX: number, outY: number): boolean {
  const hypot = (x: number, y: number) => {
    [x, y] = [Math.abs(x), Math.abs(y)];
    return x > y ? x + ((3 * y) >> 3) : y + ((3 * x) >> 3);
  };
  const dHypot = hypot(inX + outX, inY + outY);
  return hypot(inX, inY) + hypot(outX, outY) - dHypot < dHypot >> 4;
}

/** af_latin_hints_compute_segments for the vertical direction: runs of points going right or left. */
export function segmentsOf(points: Point[]): Segment[] {
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
        delta: (Math.max(...ys) - Math.min(...ys)) >> 1,
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
export function linkSegments(segments: Segment[], unitsPerEm: number, maxWidth = 0): void {
  const lenThreshold = Math.max(1, Math.trunc((8 * unitsPerEm) / 2048));
  const lenScore = Math.trunc((6000 * unitsPerEm) / 2048);
  for (const s1 of segments) {
    if (s1.dir !== Dir.Left) continue;
    for (const s2 of segments) {
      if (s1.dir + s2.dir !== 0 || s2.pos <= s1.pos) continue;
      const len = Math.min(s1.max, s2.max) - Math.max(s1.min, s2.min);
      if (len < lenThreshold) continue;
      const dist = s2.pos - s1.pos;
      // Demerits for a distance beyond the widest standard stem, in 1024ths of it: a "stem" far wider is no
      // stem. Without standard widths (when they are being measured), the distance itself.
      let distScore = dist;
      if (maxWidth) {
        const delta = Math.trunc((dist * 1024) / maxWidth) - 1024;
        distScore = delta > 10000 ? 32000 : delta > 0 ? Math.trunc((delta * delta) / 3000) : 0;
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
export function edgesOf(segments: Segment[], scale: number, threshold: number, minLength = 0): Edge[] {
  const edges: Edge[] = [];
  for (const s of segments) {
    // A segment slanted by more than half a pixel makes no edge; across (the horizontal pass), nor one shorter
    // than a pixel, nor a serif shorter than 1.5.
    if (s.delta > 32 / scale) continue;
    const length = s.max - s.min;
    if (minLength && (length < minLength || (s.serif && 2 * length < 3 * minLength))) continue;
    const found = edges.find((e) => Math.abs(s.pos - e.fpos) < threshold && e.dir === s.dir);
    if (found) found.segments.push(s);
    else {
      const opos = Math.round(s.pos * scale);
      edges.push({
        fpos: s.pos,
        opos,
        pos: opos,
        dir: s.dir,
        round: false,
        segments: [s],
        done: false,
        serifOfLater: false,
      });
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
      if (isSerif) {
        e.serif = candidate;
        candidate.serifOfLater = true;
      } else e.link = candidate;
    }
    // FreeType resets an edge's flags once its segments are read, so the serif flag an earlier edge gave it is
    // lost and only a later edge's stays.
    e.serifOfLater = false;
    if (e.link && e.serif) e.serif = undefined;
  }
  return edges;
}

/**
 * af_latin_metrics_init_widths: the stem widths of a script's standard character (its 'o'), merged within 1 %;
 * `across`, of its upright stems (the horizontal pass's widths).
 */
export function standardWidths(m: GlyphMetrics, ch: string, across = false): number[] {
  const outline = m.outline(ch);
  if (!outline?.length) return [];
  const segments = segmentsOf(pointsOf(across ? turned(outline) : outline, m.unitsPerEm));
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

/**
 * An outline turned a quarter turn anticlockwise (x' = -y, y' = x): the autohinter's horizontal pass is its
 * vertical one on the turned outline, a glyph's upright stems becoming level ones with the same orientation
 * (FreeType's major direction up becomes left, as the vertical pass's is).
 */
export function turned(outline: readonly OutlinePoint[]): OutlinePoint[] {
  return outline.map((p) => ({ ...p, x: -p.y, y: p.x }));
}
