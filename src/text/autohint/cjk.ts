/**
 * FreeType's fallback style for glyphs no script covers (math symbols, arrows): its CJK hinter (afcjk.c), here
 * without blue zones or standard widths, as for a face without CJK letters.
 */
import type { Edge } from './analysis';

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
export function hintEdgesCjk(edges: Edge[]): void {
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
