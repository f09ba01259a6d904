/**
 * The Latin hinter's fitting (aflatin.c, af_latin_hint_edges), vertical direction: edges snapped to the script's
 * blue zones, stems given a fitted width and centred on the grid, lone edges and serifs placed from those.
 */
import { Dir, type Edge } from './analysis';
import type { ScriptMetrics } from './types';

/** Zones scaled and fitted (af_latin_metrics_scale_dim), and each edge on the zone nearest it. */
export function snapToZones(edges: Edge[], script: ScriptMetrics, scale: number): void {
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

export const pixRound = (v: number) => Math.floor((v + 32) / 64) * 64;

/** af_latin_compute_stem_width in FreeType's smooth (anti-aliased) mode. */
function stemWidth(width: number, base: Edge, stem: Edge, script: ScriptMetrics, scale: number): number {
  let dist = Math.abs(width);
  // FreeType keeps the scaled standard width in whole 64ths (FT_MulFix rounds).
  const std = script.widths.length ? Math.round(script.widths[0] * scale) : undefined;
  if (std !== undefined && std < 40) return width; // an extra-light face
  const serif = stem.serifOfLater;
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
export function hintEdges(edges: Edge[], script: ScriptMetrics, scale: number): void {
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
    // Halves as FreeType's integers take them: cur_len / 2 truncates, org_len >> 1 floors.
    const half = Math.trunc(curLen / 2);
    const [uOff, dOff] = curLen <= 64 ? [32, 32] : [38, 26];
    const centre = (orgCentre: number) => {
      let p = pixRound(orgCentre);
      p += Math.abs(orgCentre - (p - uOff)) < Math.abs(orgCentre - (p + dOff)) ? -uOff : dOff;
      return p;
    };
    if (!anchor) {
      if (curLen < 96) {
        e.pos = centre(e.opos + (orgLen >> 1)) - half;
        e2.pos = e.pos + curLen;
      } else e.pos = pixRound(e.opos);
      anchor = e;
      e.done = true;
      alignLinked(e, e2);
    } else {
      const orgPos = anchor.pos + (e.opos - anchor.opos);
      const orgCentre = orgPos + (orgLen >> 1);
      if (e2.done) e.pos = e2.pos - curLen;
      else if (curLen < 96) {
        const c = centre(orgCentre);
        e.pos = c - half;
        e2.pos = c + half;
      } else {
        const p1 = pixRound(orgPos);
        const p2 = pixRound(orgPos + orgLen) - curLen;
        const d1 = Math.abs(p1 + (curLen >> 1) - orgCentre);
        const d2 = Math.abs(p2 + (curLen >> 1) - orgCentre);
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
