/**
 * FreeType's autohinter in the vertical direction (src/autofit/aflatin.c, afhints.c), for where it puts a glyph's
 * bottom and top: the outline's horizontal segments, linked into stems and serifs, grouped into edges; edges on
 * blue zones snapped to them, stems given a fitted width and centred on the grid, lone edges and serifs placed
 * from those; then every point moved with its edge or interpolated between edges. Lengths in 26.6 fixed point
 * (64ths of a pixel) where FreeType rounds them, so that its roundings are the same.
 */
import type { GlyphMetrics, OutlinePoint } from '../font-metrics';
import { edgesOf, linkSegments, pointsOf, segmentsOf, turned, type Edge, type Point } from './analysis';
import { hintEdgesCjk } from './cjk';
import { hintEdges, snapToZones } from './latin';

export { standardWidths } from './analysis';
export type { ScriptMetrics, Zone } from './types';
import type { ScriptMetrics } from './types';

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
  if (scaled > 0 && fitted > 0 && Math.round(scaled) !== fitted) {
    const fit = (scale * fitted) / scaled;
    // Not where it would move the font's tallest point by two pixels (a symbol font's odd "x-height", cmex10's).
    if (Math.abs((script.maxHeight ?? upem) * (fit - scale)) < 128) scale = fit;
  }

  const points = pointsOf(outline, upem);
  const edges = edgesFor(points, upem, script.widths, scale);
  if (script.hinter === 'cjk') hintEdgesCjk(edges);
  else {
    snapToZones(edges, script, scale);
    hintEdges(edges, script, scale);
  }
  return { points: outline, ys: alignPoints(points, edges, scale) };
}

/**
 * A pass's edges (af_latin_hints_detect_features): the outline's segments, linked by the demerits of the
 * standard `widths` (smallest first), grouped into edges within a fifth of the narrowest (at most a quarter
 * pixel) and, across, longer than `minLength` font units.
 */
function edgesFor(points: Point[], upem: number, widths: number[], scale: number, minLength = 0): Edge[] {
  const segments = segmentsOf(points);
  linkSegments(segments, upem, widths[widths.length - 1]);
  const std = widths[0];
  const threshold = Math.min(((std ?? (50 * upem) / 2048) / 5) * scale, 16) / scale;
  return edgesOf(segments, scale, threshold, minLength);
}

/**
 * How far the autohinter's horizontal pass moves each point of a glyph, in pixels: matplotlib loads glyphs at
 * eight times the resolution across (FT2Font's hinting_factor), so its upright stems land on eighths of a
 * pixel, their widths fitted as the vertical pass fits the level ones, and the rest is interpolated between.
 * No zones across; an italic face is not hinted across (FreeType leaves it); undefined without outline. The
 * glyph's own place (FreeType's rounding of its left side bearing) is the text layout's (glyph-runs.ts).
 */
export function autohintedXShifts(
  m: GlyphMetrics,
  ch: string,
  script: ScriptMetrics,
  sizePx: number,
): number[] | undefined {
  const pass = horizontalPass(m, ch, script, sizePx);
  if (!pass) return undefined;
  const { outline, scale, xs } = pass;
  return xs.map((x, i) => (x / 64 - outline[i].x * (scale / 64)) / ACROSS);
}

/** matplotlib's FT2Font hinting_factor: glyphs are loaded at eight times the resolution across. */
const ACROSS = 8;

/**
 * The horizontal pass on a glyph's outline turned a quarter (at ACROSS times the resolution): its edges as
 * hinted, each point's hinted x (26.6), and the scale; undefined without outline or across widths.
 */
function horizontalPass(m: GlyphMetrics, ch: string, script: ScriptMetrics, sizePx: number) {
  const outline = m.outline(ch);
  if (!outline?.length || !script.xWidths) return undefined;
  const upem = script.unitsPerEm;
  const scale = (sizePx * ACROSS * 64) / upem;
  const points = pointsOf(turned(outline), upem);
  const widths = script.xWidths;
  // A pixel in font units, measured up the glyph (FreeType's y scale): shorter segments make no edge.
  const edges = edgesFor(points, upem, widths, scale, upem / sizePx);
  hintEdges(edges, { ...script, zones: [], widths }, scale);
  return { outline, edges, scale, upem, xs: alignPoints(points, edges, scale) };
}

/**
 * A glyph's advance and left bearing as the autohinter's horizontal pass leaves them, in pixels: the advance on
 * whole eighths (matplotlib's eightfold resolution across), undefined where FreeType keeps the font's own (fewer
 * than two edges, or `keepAdvance`: FreeType's AF_SCALER_FLAG_NO_ADVANCE); the bearing from the origin to the
 * hinted outline's leftmost point. Undefined without outline
 * or across widths. af_loader_load_glyph moves the glyph's phantom points with its outermost edges: the left one
 * by as far as the leftmost edge moved, the right one to where the rightmost edge went plus the original right
 * side bearing, each rounded to the grid (a side bearing under 24/64 given an eighth more room first), and a
 * pixel more where the rounding would leave an edge touching the side it had room from; the outline then moves
 * with the left one.
 */
export function autohintedAcross(
  m: GlyphMetrics,
  ch: string,
  script: ScriptMetrics,
  sizePx: number,
  keepAdvance = false,
): { advance?: number; bearing: number } | undefined {
  const pass = horizontalPass(m, ch, script, sizePx);
  if (!pass) return undefined;
  const { edges, scale, upem } = pass;
  const factor = ACROSS;
  const xMin = Math.min(...pass.xs);
  const px = (v: number) => v / 64 / factor;
  // FT_Set_Transform's eighth across, as FT_MulFix rounds it (half away from zero), in real 26.6.
  const toReal = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) / factor)) / 64 + 0; // + 0: never -0
  if (edges.length < 2 || keepAdvance) return { bearing: toReal(xMin) };
  const [left, right] = [edges[0], edges[edges.length - 1]];
  const pixRound = (v: number) => Math.floor((v + 32) / 64) * 64;
  const oldLsb = left.opos;
  const oldRsb = Math.round(m.advance(ch) * upem * scale) - right.opos;
  let pp1 = left.pos - oldLsb;
  let pp2 = right.pos + oldRsb;
  if (oldLsb < 24) pp1 -= 8;
  if (oldRsb < 24) pp2 += 8;
  pp1 = pixRound(pp1);
  pp2 = pixRound(pp2);
  if (pp1 >= left.pos && oldLsb > 0) pp1 -= 64;
  if (pp2 <= right.pos && oldRsb > 0) pp2 += 64;
  return { advance: px(pp2 - pp1), bearing: toReal(xMin - pp1) };
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
    if (p.weak || !byPos.length) return;
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
