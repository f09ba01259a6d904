/**
 * Everything of a matplotlib figure that is not a data line, drawn on the chart's canvas by a chart.js
 * plugin, in matplotlib's drawing order: the figure's background; each axes whole, one after the other (its
 * background, the bands, axes and lines by zorder, the frame, the texts and the legend); the figure's texts.
 * Each artist in its group (render/groups.ts), as matplotlib's SVG backend groups them.
 */
import type { Box } from '../layout/geometry';
import type { AxesLayout, FigureLayout } from '../layout/layout';
import type { ArrowLayout, LegendEntry, MarkerLayout, PatchLayout } from '../layout/types';
import type { LegendLayout } from '../layout/legend';
import { drawAxes } from './axis-draw';
import { drawBox } from './boxes';
import { closeGroup, inGroup, openGroup } from './groups';
import { clipTo, inPixels, snapper, strokeLines, thinnedWidth } from './strokes';
import { drawTextArtist } from './text-draw';

/* Markers' drawing, loaded for a figure whose lines have them. */
const markers = () => require('./markers') as typeof import('./markers');

type Ctx = import('canvas').CanvasRenderingContext2D;

/**
 * The figure's background (its patch), and the figure's group opened. Cairo's SVG drops whatever was drawn
 * before an opaque paint of the whole page, the groups' marks too: the background comes first, its group
 * after it, empty, and the SVG target moves it in (targets/svg-groups.ts).
 */
export function drawFigureStart(ctx: Ctx, layout: FigureLayout): void {
  if (!layout.transparent && layout.facecolor) {
    ctx.save();
    ctx.fillStyle = layout.facecolor;
    ctx.fillRect(0, 0, layout.width, layout.height);
    ctx.restore();
  }
  openGroup(ctx, layout, 'figure');
  // figure(frameon=False): an invisible patch, which matplotlib's SVG leaves out, group and all.
  if (layout.facecolor) inGroup(ctx, layout, 'patch', () => undefined);
}

/** The figure's own texts (suptitle), over its axes, and the end of its group. */
export function drawFigureEnd(ctx: Ctx, layout: FigureLayout): void {
  for (const t of layout.texts) drawTextArtist(ctx, t, layout);
  // A figure's legend (zorder 5) after its texts (3), as Figure.draw sorts its artists.
  if (layout.legend) drawLegend(ctx, layout, layout.legend);
  closeGroup(ctx, layout);
}

/**
 * What an axes draws between its background and its texts, in matplotlib's order (Axes.draw sorts its
 * artists by zorder, stably, in get_children's order): its lines and collections, its bands and fills, its
 * frame (the spines, zorder 2.5), then its axes (grid, ticks and labels, at axes.axisbelow's zorder: 2.5 too
 * when it is False, the classic style's, and then over the frame), each in order of addition among equals.
 */
export type AxesStep =
  { kind: 'curve'; index: number } | { kind: 'patch'; patch: PatchLayout } | { kind: 'spines' } | { kind: 'axis' };

/** Spine's zorder. */
const SPINES_ZORDER = 2.5;

export function axesSteps(ax: AxesLayout): AxesStep[] {
  const steps: { z: number; step: AxesStep }[] = [
    ...ax.curves.map((c, index) => ({ z: c.zorder, step: { kind: 'curve', index } as const })),
    ...ax.patches.map((patch) => ({ z: patch.zorder, step: { kind: 'patch', patch } as const })),
    { z: SPINES_ZORDER, step: { kind: 'spines' } },
    { z: ax.gridZorder, step: { kind: 'axis' } },
  ];
  return steps.sort((a, b) => a.z - b.z).map((s) => s.step);
}

/** An axes' step other than a line: a band or fill, its frame or its axes. */
export function drawAxesStep(ctx: Ctx, layout: FigureLayout, ax: AxesLayout, step: AxesStep): void {
  if (step.kind === 'axis') drawAxes(ctx, layout, ax);
  else if (step.kind === 'spines') drawSpines(ctx, layout, ax);
  else if (step.kind === 'patch') drawPatchArtist(ctx, layout, ax, step.patch);
}

/** An axes up to its artists: its group, its background (snapped to whole pixels as Agg snaps it). */
export function drawAxesStart(ctx: Ctx, layout: FigureLayout, ax: AxesLayout): void {
  openGroup(ctx, layout, 'axes');
  // No background at all (axis('off'), set_frame_on(False), a twin's hidden patch): matplotlib draws no patch.
  const face = ax.facecolor;
  if (!face) return;
  inGroup(ctx, layout, 'patch', () => {
    const { box } = ax;
    // The figure's colour again changes no pixel (an empty group, where matplotlib draws it over), unless an
    // axes drawn before reaches into this one (tick labels over a grid without gaps, subplots_adjust(hspace=0)),
    // which this background then covers, as matplotlib's does.
    if (layout.transparent) return;
    if (face === layout.facecolor && !drawnBefore(layout, ax).some((b) => overlaps(b, box))) return;
    const r = (v: number) => Math.floor(inPixels(v, layout.pixel) + 0.5) * layout.pixel;
    ctx.save();
    ctx.fillStyle = face;
    ctx.fillRect(r(box.left), r(box.top), r(box.right) - r(box.left), r(box.bottom) - r(box.top));
    ctx.restore();
  });
}

/** What the axes drawn before this one cover: each one's whole box (its texts, ticks and legend). */
const drawnBefore = (layout: FigureLayout, ax: AxesLayout) =>
  layout.axes.slice(0, Math.max(0, layout.axes.indexOf(ax))).map((a) => a.bounds);

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * An axes after its artists and frame: plt.text's texts, the annotations (each its arrow, then its text) and
 * the title; the legend; the end of its group.
 */
export function drawAxesEnd(ctx: Ctx, layout: FigureLayout, ax: AxesLayout): void {
  for (const t of ax.roles.notes) drawTextArtist(ctx, t, layout);
  for (const { text, arrow } of ax.roles.annotations) {
    if (arrow) inGroup(ctx, layout, 'patch', () => drawArrow(ctx, arrow));
    drawTextArtist(ctx, text, layout);
  }
  drawTextArtist(ctx, ax.roles.title, layout);
  for (const t of ax.roles.otherTitles) drawTextArtist(ctx, t, layout);
  if (ax.legend) drawLegend(ctx, layout, ax.legend);
  closeGroup(ctx, layout);
}

/** A band or fill, clipped to the axes, in its group. */
function drawPatchArtist(ctx: Ctx, layout: FigureLayout, ax: AxesLayout, p: PatchLayout): void {
  inGroup(ctx, layout, p.collection ? 'PolyCollection' : 'patch', () => {
    ctx.save();
    clipTo(ctx, layout, ax.box);
    if (p.polygon) drawPolygon(ctx, layout, p.polygon, p);
    else drawPatch(ctx, layout, p.box, p);
    ctx.restore();
  });
}

/**
 * A filled polygon (fill_between): not snapped, as Agg leaves a path with slanted edges; its edge, where it has
 * one, stroked over it as a collection's is (round joins, butt caps: the graphics context's).
 */
function drawPolygon(
  ctx: Ctx,
  layout: FigureLayout,
  { xs, ys }: { xs: Float64Array; ys: Float64Array },
  { face, edge }: Pick<PatchLayout, 'face' | 'edge'>,
): void {
  if ((!face && !edge) || xs.length < 3) return;
  ctx.save();
  // Collection.draw's single-path optimisation: one polygon with one solid edge (fill_between(..., color='red'))
  // is stamped by RendererAgg::draw_markers at the offset (0, 0), which moves a path the snapper leaves alone
  // (a slanted one) half a pixel right and down, as it moves a round marker.
  if (edge && !edge.dash.length && stampedWhole(xs, ys, layout)) ctx.translate(layout.pixel / 2, layout.pixel / 2);
  ctx.beginPath();
  // NaN separates the polygons of a fill with where=, each closed on its own.
  let start = true;
  for (let i = 0; i < xs.length; i++) {
    if (Number.isNaN(xs[i])) {
      ctx.closePath();
      start = true;
    } else if (start) {
      ctx.moveTo(xs[i], ys[i]);
      start = false;
    } else ctx.lineTo(xs[i], ys[i]);
  }
  ctx.closePath();
  if (face) {
    ctx.fillStyle = face;
    ctx.fill();
  }
  if (edge) {
    ctx.strokeStyle = edge.color;
    ctx.lineWidth = thinnedWidth(edge.width, layout);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    ctx.setLineDash(edge.dash);
    ctx.lineDashOffset = edge.dashOffset ?? 0;
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Whether draw_markers stamps a fill's polygon whole and unsnapped: one polygon (no NaN between pieces), within
 * the figure's width and height (Collection.draw's extents test), with a slanted segment or over 1024 vertices
 * (where the path snapper's auto mode leaves it alone).
 */
function stampedWhole(xs: Float64Array, ys: Float64Array, layout: FigureLayout): boolean {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  let slanted = xs.length > 1024;
  for (let i = 0; i < xs.length; i++) {
    if (Number.isNaN(xs[i])) return false;
    [x0, x1, y0, y1] = [Math.min(x0, xs[i]), Math.max(x1, xs[i]), Math.min(y0, ys[i]), Math.max(y1, ys[i])];
    const j = i === 0 ? xs.length - 1 : i - 1;
    const tiny = 1e-4 * layout.pixel;
    if (Math.abs(xs[i] - xs[j]) >= tiny && Math.abs(ys[i] - ys[j]) >= tiny) slanted = true;
  }
  return slanted && x1 - x0 < layout.width && y1 - y0 < layout.height;
}

/** A box as Agg draws a rectilinear patch: corners snapped (to pixel edges, or centres for an odd edge width). */
function drawPatch(ctx: Ctx, layout: FigureLayout, b: Box, p: Pick<PatchLayout, 'face' | 'edge'>): void {
  const snap = snapper(layout);
  const w = p.edge?.width ?? 0;
  const [l, t, r, bt] = [snap(b.left, w), snap(b.top, w), snap(b.right, w), snap(b.bottom, w)];
  if (p.face) {
    ctx.fillStyle = p.face;
    ctx.fillRect(l, t, r - l, bt - t);
  }
  if (p.edge) {
    ctx.save();
    ctx.strokeStyle = p.edge.color;
    ctx.lineWidth = p.edge.width;
    ctx.setLineDash(p.edge.dash);
    ctx.lineDashOffset = p.edge.dashOffset ?? 0;
    ctx.lineJoin = 'miter';
    ctx.strokeRect(l, t, r - l, bt - t);
    ctx.restore();
  }
}

/**
 * annotate()'s arrow as FancyArrowPatch draws it: each path filled with the face where it is fillable, then
 * stroked with the edge, round joins and caps; not snapped (its pieces are curves or slanted).
 */
function drawArrow(ctx: Ctx, arrow: ArrowLayout): void {
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.lineWidth = arrow.width;
  for (const p of arrow.paths) {
    ctx.beginPath();
    for (const op of p.ops) {
      if (op[0] === 'M') ctx.moveTo(op[1], op[2]);
      else if (op[0] === 'L') ctx.lineTo(op[1], op[2]);
      else if (op[0] === 'Q') ctx.quadraticCurveTo(op[1], op[2], op[3], op[4]);
      else ctx.closePath();
    }
    if (p.fillable) {
      ctx.fillStyle = arrow.face;
      ctx.fill();
    }
    if (arrow.width > 0) {
      ctx.strokeStyle = arrow.edge;
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** Each visible spine across the whole axes (or its bounds), at its position (its own colour and width). */
function drawSpines(ctx: Ctx, layout: FigureLayout, ax: AxesLayout): void {
  const snap = snapper(layout);
  const { left, top, right, bottom } = ax.box;
  for (const side of ['left', 'right', 'bottom', 'top'] as const) {
    const s = ax.spines[side];
    if (!s.visible) continue;
    const w = s.width;
    const at = snap(s.pos, w);
    const vertical = side === 'left' || side === 'right';
    const [from, to] = s.span ?? (vertical ? [bottom, top] : [left, right]);
    const line = vertical ? [at, snap(from, w), at, snap(to, w)] : [snap(from, w), at, snap(to, w), at];
    inGroup(ctx, layout, 'patch', () => strokeLines(ctx, s.color, w, 'square', [], layout, [line]));
  }
}

/** The legend in its group: its frame, its title, then each entry's handle (a line, or a patch) and label. */
function drawLegend(ctx: Ctx, layout: FigureLayout, legend: LegendLayout): void {
  const snap = snapper(layout);
  const fw = legend.frameWidth;
  const b = legend.box;
  const [l, t, r, bt] = [snap(b.left, fw), snap(b.top, fw), snap(b.right, fw), snap(b.bottom, fw)];
  const rad = legend.radius;
  openGroup(ctx, layout, 'legend');
  const shadow = legend.shadow;
  if (legend.frame && shadow) {
    // Shadow's path is the frame's moved, snapped only where the box is square (a round one has curves).
    const s = (v: number, d: number) => (rad ? v + d : snap(v + d, fw));
    const box = [s(b.left, shadow.dx), s(b.top, shadow.dy), s(b.right, shadow.dx), s(b.bottom, shadow.dy)];
    const paint = { face: shadow.color, edge: shadow.color, width: fw };
    inGroup(ctx, layout, 'patch', () => drawBox(ctx, box, rad, paint, layout.pixel));
  }
  const frame = { face: legend.faceColor, edge: legend.edgeColor, width: fw, alpha: legend.frameAlpha };
  if (legend.frame) inGroup(ctx, layout, 'patch', () => drawBox(ctx, [l, t, r, bt], rad, frame, layout.pixel));
  drawTextArtist(ctx, legend.title, layout);
  for (const e of legend.entries) {
    if (e.patch) inGroup(ctx, layout, 'patch', () => drawPatch(ctx, layout, e.patch!.box, e.patch!.layout));
    const curve = e.curve;
    if (curve)
      inGroup(ctx, layout, 'line2d', () => {
        const w = curve.width;
        ctx.save();
        ctx.strokeStyle = curve.color;
        ctx.lineWidth = w;
        ctx.lineCap = curve.cap;
        ctx.setLineDash(curve.dash);
        ctx.lineDashOffset = curve.dashOffset ?? 0;
        // HandlerLine2D: the line from end to end, or between the outer markers when there are several.
        const [x0, x1] = [e.x0 + legend.inset, e.x1 - legend.inset];
        ctx.beginPath();
        ctx.moveTo(snap(x0, w), snap(e.y, w));
        ctx.lineTo(snap(x1, w), snap(e.y, w));
        if (!curve.noLine) ctx.stroke();
        ctx.restore();
        const m = curve.markers;
        if (m) markers().drawMarkers(ctx, layout, handleMarkers(m, e, legend, curve.scatter), curve.color);
      });
    drawTextArtist(ctx, e.label, layout);
  }
  closeGroup(ctx, layout);
}

/** A handle's markers: one in its middle, or numpoints from end to end (np.linspace), markerscale times the line's. */
function handleMarkers(m: MarkerLayout, e: LegendEntry, legend: LegendLayout, scatter = false): MarkerLayout {
  // A scatter's handle shows legend.scatterpoints markers at their heights; a line's legend.numpoints in a row.
  const n = scatter ? legend.scatterpoints : legend.numpoints;
  const inset = scatter ? legend.scatterInset : legend.inset;
  const [x0, x1] = [e.x0 + inset, e.x1 - inset];
  const xs =
    n > 1 ? Float64Array.from({ length: n }, (_, i) => x0 + ((x1 - x0) * i) / (n - 1)) : Float64Array.of((x0 + x1) / 2);
  const ys = e.ys ? Float64Array.from(e.ys) : new Float64Array(n > 1 ? n : 1).fill(e.y);
  const sized = { ...m, size: m.size * legend.markerScale, xs, ys };
  if (!scatter || !m.sizes) return sized;
  // Sizes for each point: the handle's are HandlerRegularPolyCollection.get_sizes', by area (the mean of the
  // largest and smallest, then those two; or evenly from the one to the other past three).
  const areas = [...m.sizes].map((d) => d * d);
  const [lo, hi] = [Math.min(...areas), Math.max(...areas)];
  const handle =
    n < 4 ? [0.5 * (hi + lo), hi, lo].slice(0, n) : Array.from({ length: n }, (_, k) => lo + ((hi - lo) * k) / (n - 1));
  const sizes = Float64Array.from(handle, (a) => Math.sqrt(a) * legend.markerScale);
  // One size and one colour are stamped as a line's markers are (the single-path optimisation).
  if (sizes.length === 1 && !m.faces) return { ...sized, size: sizes[0], sizes: undefined };
  return { ...sized, sizes };
}
