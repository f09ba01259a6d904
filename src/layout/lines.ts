/**
 * The lines of an axes as matplotlib's Line2D and LineCollection draw them: curves with their markers,
 * reference lines and segments, with the rcParams' caps and dash patterns. Canvas units, y down.
 */
import { countInside, type AxesData } from '../data/evaluate';
import type { CurveSpec, LineStyle, RefLineSpec } from '../spec';
import type { CapStyle, JoinStyle, Rc } from '../style/rcparams';
import { rcColor } from './axis-style';
import type { Box } from './geometry';
import { segmentLayouts } from './artists';
import type { CanvasCap, CurveLayout, Dashes, MarkerLayout } from './types';

/**
 * An axes' lines in canvas units, in the order they are added: the curves (the colour cycle advancing only for
 * those without a colour), then the axhlines and axvlines, then the hlines and vlines.
 */
export function curveLayouts(
  d: AxesData,
  box: Box,
  toX: (v: number) => number,
  toY: (v: number) => number,
  scale: number,
  rc: Rc,
): CurveLayout[] {
  const spec = d.spec;
  const pt = (v: number) => v * scale;
  let cycle = 0; // as matplotlib, the colour cycle advances only for curves without a colour of their own
  let patchCycle = 0; // a scatter's colour is the patches' cycle's turn (_get_patches_for_fill), from C0
  const curves = d.curves.map((c): CurveLayout => {
    const widthPt = c.spec.linewidth ?? rc['lines.linewidth'];
    const style = c.spec.linestyle ?? rc['lines.linestyle'];
    const color = c.spec.color ?? (c.spec.scatter ? `C${patchCycle++}` : `C${cycle++}`);
    const px = new Float64Array(c.xs.length);
    const py = new Float64Array(c.xs.length);
    for (let k = 0; k < c.xs.length; k++) {
      const y = c.ys[k];
      const ok = Number.isFinite(y);
      px[k] = ok ? toX(c.xs[k]) : NaN;
      py[k] = ok ? toY(y) : NaN;
    }
    return {
      label: c.label,
      color: rcColor(rc, color, c.spec.alpha),
      width: pt(widthPt),
      style,
      ...dashesOf(style, pt(widthPt), rc, scale),
      cap: capOf(style, rc, c.spec.capstyle),
      join: joinOf(style, rc, c.spec.joinstyle),
      px,
      py,
      zorder: c.spec.zorder ?? 2,
      ...(snapsAuto(px, py, c.full?.n ?? c.xs.length) && { snap: true }),
      ...(c.spec.noLine && { noLine: true }),
      ...(c.spec.scatter && { scatter: true }),
      ...((c.markers || c.spec.markDistance) &&
        c.spec.marker && {
          markers: {
            kind: c.spec.marker,
            size: pt(c.spec.markersize ?? rc['lines.markersize']),
            edgeWidth: pt(c.spec.markeredgewidth ?? defaultEdgeWidth(c.spec, rc)),
            ...markerColours(c.spec, rc),
            ...(c.spec.scatter && { collection: true }),
            ...(c.spec.markerSizes && { sizes: Float64Array.from(c.spec.markerSizes, pt) }),
            ...(c.spec.markerColors && { faces: c.spec.markerColors.map((f) => rcColor(rc, f, c.spec.alpha)) }),
            // Markers a distance apart are picked here, from the line's canvas points; the others were sampled.
            ...(c.spec.markDistance
              ? markedAlong(px, py, c.spec.markDistance, Math.hypot(box.right - box.left, box.bottom - box.top))
              : { xs: c.markers!.xs.map(toX), ys: c.markers!.ys.map((y) => (Number.isFinite(y) ? toY(y) : NaN)) }),
          },
        }),
      ...(c.full && { countInside: (boxes: readonly Box[]) => countInside(c.spec, c.full!, toX, toY, boxes) }),
    };
  });
  for (const line of spec.refLines ?? []) curves.push(refLineLayout(line, box, toX, toY, scale, rc));
  for (const s of spec.segments ?? []) {
    curves.push(...segmentLayouts(s, toX, toY, scale, rc, (w) => dashesOf(s.linestyle, w, rc, scale)));
  }
  return curves;
}

/**
 * markevery as a distance (Line2D's _mark_every_path with a float): the line's length along its drawn points,
 * markers wanted every `step` diagonals of the axes from `start`, each at the point whose distance along the
 * line is nearest (a point once). A gap in the line (a value not finite) adds no length.
 */
export function markedAlong(
  px: Float64Array,
  py: Float64Array,
  { start, step }: { start: number; step: number },
  diagonal: number,
): { xs: Float64Array; ys: Float64Array } {
  const along = new Float64Array(px.length);
  for (let k = 1; k < px.length; k++) {
    const d = Math.hypot(px[k] - px[k - 1], py[k] - py[k - 1]);
    along[k] = along[k - 1] + (Number.isFinite(d) ? d : 0);
  }
  const picked: number[] = [];
  const total = along[along.length - 1] ?? 0;
  const count = Math.max(0, Math.ceil((total - start * diagonal) / (step * diagonal)));
  for (let i = 0; i < count; i++) {
    const want = start * diagonal + i * step * diagonal;
    // argmin |along - want|: the first point at or past it, or the one before, the earlier on a tie; then the
    // first point of that distance (a run of equal ones), as argmin returns the first.
    let [lo, hi] = [0, along.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (along[mid] < want) lo = mid + 1;
      else hi = mid;
    }
    let k = lo >= along.length || (lo > 0 && want - along[lo - 1] <= along[lo] - want) ? lo - 1 : lo;
    while (k > 0 && along[k - 1] === along[k]) k--;
    // The wanted distances ascend, and so do the points found: a point found twice is the last one kept.
    if (picked[picked.length - 1] !== k) picked.push(k);
  }
  return { xs: Float64Array.from(picked, (j) => px[j]), ys: Float64Array.from(picked, (j) => py[j]) };
}

/**
 * Whether Agg snaps a line to the pixel grid on its own (PathSnapper's SNAP_AUTO, a Line2D's default): a path of
 * at most 1024 vertices (all of a reduced curve's samples counted) whose every drawn segment is horizontal or
 * vertical, a step function's line for one. A gap (a non-finite point) joins nothing.
 */
export function snapsAuto(px: Float64Array, py: Float64Array, vertices: number): boolean {
  if (vertices > 1024 || px.length < 2) return false;
  for (let i = 1; i < px.length; i++) {
    const dx = Math.abs(px[i] - px[i - 1]);
    const dy = Math.abs(py[i] - py[i - 1]);
    // NaN differences (a gap) compare false and pass.
    if (dx >= 1e-4 && dy >= 1e-4) return false;
  }
  return true;
}

/**
 * A marker's edge width when none is given: lines.markeredgewidth for a line's; for a scatter, the collection's
 * patch.linewidth, or lines.linewidth for a marker that cannot be filled ('x', '+'), as scatter() sets it.
 */
function defaultEdgeWidth(spec: CurveSpec, rc: Rc): number {
  if (!spec.scatter) return rc['lines.markeredgewidth'];
  return spec.marker === 'x' || spec.marker === '+' ? rc['lines.linewidth'] : rc['patch.linewidth'];
}

/**
 * A marker's own face and edge colours, with the line's alpha: Line2D's markerfacecolor and markeredgecolor,
 * given or lines.markerfacecolor and lines.markeredgecolor ('auto': the line's colour, the edge black for filled
 * markers in classic mode). A scatter's collection reads neither.
 */
function markerColours(spec: CurveSpec, rc: Rc): Pick<MarkerLayout, 'face' | 'edge'> {
  const shown = (c: string) => (c === 'none' ? 'none' : rcColor(rc, c, spec.alpha));
  const own = (given: string | undefined, key: 'lines.markerfacecolor' | 'lines.markeredgecolor') => {
    const c = given ?? (spec.scatter ? 'auto' : rc[key]);
    return c === 'auto' ? undefined : c;
  };
  const face = own(spec.markerfacecolor, 'lines.markerfacecolor');
  const edge = own(spec.markeredgecolor, 'lines.markeredgecolor') ?? classicEdge(spec, rc);
  return {
    ...(face !== undefined && { face: shown(face) }),
    ...(edge !== undefined && { edge: shown(edge) }),
  };
}

/** Filled markers but the point: Line2D.get_markeredgecolor's 'auto' is black for them in classic mode. */
const EDGED_IN_CLASSIC: ReadonlySet<string> = new Set(['o', 's', '^', 'v', 'D']);
const classicEdge = (spec: CurveSpec, rc: Rc) =>
  rc['_internal.classic_mode'] && !spec.scatter && EDGED_IN_CLASSIC.has(spec.marker ?? '') ? 'k' : undefined;

/**
 * matplotlib's caps: solid lines lines.solid_capstyle (projecting), dashed ones lines.dash_capstyle (butt), or
 * the line's own (plot(solid_capstyle='round')).
 */
export function capOf(style: LineStyle, rc: Rc, own?: { solid?: CapStyle; dash?: CapStyle }): CanvasCap {
  // A dash tuple is dashed: Line2D keeps '--' for it (is_dashed).
  const cap = style === '-' ? (own?.solid ?? rc['lines.solid_capstyle']) : (own?.dash ?? rc['lines.dash_capstyle']);
  return cap === 'projecting' ? 'square' : cap;
}

/** matplotlib's joins: solid lines lines.solid_joinstyle, dashed ones lines.dash_joinstyle (both round). */
export const joinOf = (style: LineStyle, rc: Rc, own?: { solid?: JoinStyle; dash?: JoinStyle }): JoinStyle =>
  style === '-' ? (own?.solid ?? rc['lines.solid_joinstyle']) : (own?.dash ?? rc['lines.dash_joinstyle']);

/** An axhline or axvline: two points, at its value across the span of the axes it covers. */
export function refLineLayout(
  line: RefLineSpec,
  box: Box,
  toX: (v: number) => number,
  toY: (v: number) => number,
  scale: number,
  rc: Rc,
): CurveLayout {
  const width = line.linewidth * scale;
  const [a, b] = line.span;
  const along =
    line.orientation === 'h'
      ? [box.left + a * (box.right - box.left), box.left + b * (box.right - box.left)]
      : [box.bottom - a * (box.bottom - box.top), box.bottom - b * (box.bottom - box.top)];
  const at = line.orientation === 'h' ? toY(line.value) : toX(line.value);
  const [px, py] = line.orientation === 'h' ? [along, [at, at]] : [[at, at], along];
  return {
    label: line.label ?? '',
    color: rcColor(rc, line.color, line.alpha ?? 1),
    width,
    style: line.linestyle,
    ...dashesOf(line.linestyle, width, rc, scale),
    cap: capOf(line.linestyle, rc),
    join: joinOf(line.linestyle, rc),
    px: Float64Array.from(px),
    py: Float64Array.from(py),
    zorder: line.zorder,
    snap: true,
    // lines.marker: at both ends, in the rc's size, edge and colours, as any Line2D that says none.
    ...(line.marker && {
      markers: {
        kind: line.marker,
        size: rc['lines.markersize'] * scale,
        edgeWidth: rc['lines.markeredgewidth'] * scale,
        ...markerColours({ marker: line.marker, alpha: line.alpha }, rc),
        xs: Float64Array.from(px),
        ys: Float64Array.from(py),
      },
    }),
  };
}

export const PATTERN = {
  '--': 'lines.dashed_pattern',
  '-.': 'lines.dashdot_pattern',
  ':': 'lines.dotted_pattern',
} as const;

/**
 * matplotlib's dash pattern for a style (lines._get_dash_pattern, _scale_dashes): the rc's pattern for a name,
 * the tuple's own for a dash tuple, in points, times the line width unless lines.scale_dashes is off; the
 * offset taken modulo the pattern's length. `pxPerPt` turns points into canvas units, as the renderer does.
 */
export function dashesOf(style: LineStyle, width: number, rc: Rc, pxPerPt: number): Dashes {
  if (style === '-') return { dash: [] };
  const [offset, pattern] = typeof style === 'string' ? [0, rc[PATTERN[style]]] : [style.offset, style.dashes];
  const scale = rc['lines.scale_dashes'] ? width : pxPerPt;
  const total = pattern.reduce((a, b) => a + b, 0);
  const dash = pattern.map((v) => v * scale);
  const start = (((offset % total) + total) % total) * scale;
  return start ? { dash, dashOffset: start } : { dash };
}
