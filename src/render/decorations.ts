/**
 * Everything of a matplotlib figure that is not a data line, drawn on the chart's canvas by a chart.js
 * plugin: backgrounds, grid, ticks, frame, texts and legend, in matplotlib's drawing order.
 */
import type { Box } from '../layout/geometry';
import type { AxesLayout, FigureLayout } from '../layout/layout';
import type { ArrowLayout, PatchLayout } from '../layout/types';
import type { LegendLayout } from '../layout/legend';
import type { PlacedText } from '../layout/text';
import { aggBaseline } from '../text/glyph-runs';
import { drawMarkers } from './markers';
import { aggTextOf, hintedGlyph, hintedInk, hintedOutline } from '../text/agg-text';
import { traceOutline } from './outline';
import { inSimpleFont } from './targets/pdf';
import { roundHalfEven } from '../layout/ticks';
import { fontSpec, useFace } from './fonts';
import { withFontLock } from './font-lock';
import { drawMathText } from './math-text';
import { isMath } from '../text/is-math';

type Ctx = import('canvas').CanvasRenderingContext2D;
type LineCap = 'butt' | 'round' | 'square';

/**
 * A length in canvas units as pixels of the figure, to a millionth: vector figures are laid out in points, and
 * a position on a pixel's half (where rounding goes one way or the other) must round as the PNG's does.
 */
const inPixels = (v: number, p: number) => Math.round((v / p) * 1e6) / 1e6;

/** Agg's snapping of axis-aligned lines: to pixel centres for odd widths, to pixel edges for even ones. */
export function snapper(layout: FigureLayout) {
  const p = layout.pixel;
  return (v: number, lineWidth: number) => {
    const odd = Math.round(lineWidth / p) % 2 === 1;
    return (Math.floor(inPixels(v, p) + 0.5) + (odd ? 0.5 : 0)) * p;
  };
}

/**
 * Agg draws a text's bitmap at whole pixels of the figure (x rounded; the baseline as drawText says). Cairo
 * would place glyphs at fractional positions, so every format rounds here, to the figure's pixel grid.
 */
const toPixel = (v: number, p: number) => Math.round(inPixels(v, p)) * p;

/**
 * The pixel row of a text's baseline, `v` pixels down a figure `rows` pixels high: RendererAgg.draw_text rounds
 * it with Python's round() in the figure's upward coordinates, so a baseline on a half pixel goes up or down
 * the page by the row's parity.
 */
const aggRow = (v: number, rows: number) => rows - roundHalfEven(rows - v);

/** The figure's background, then each axes' (its patch, snapped to whole pixels as Agg snaps it). */
export function drawBackground(ctx: Ctx, layout: FigureLayout): void {
  if (layout.transparent) return;
  ctx.save();
  ctx.fillStyle = layout.facecolor;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const r = (v: number) => Math.floor(inPixels(v, layout.pixel) + 0.5) * layout.pixel;
  for (const { box, facecolor } of layout.axes) {
    if (facecolor === layout.facecolor) continue;
    ctx.fillStyle = facecolor;
    ctx.fillRect(r(box.left), r(box.top), r(box.right) - r(box.left), r(box.bottom) - r(box.top));
  }
  ctx.restore();
}

/**
 * Below the lines, in matplotlib's order by zorder: bands under the grid, grid lines and tick marks (axes.axisbelow
 * True or 'line'), then bands under the lines.
 */
export function drawAxisUnderlay(ctx: Ctx, layout: FigureLayout, ax: AxesLayout): void {
  drawPatches(ctx, layout, ax, (z) => z < ax.gridZorder && z < 2);
  if (!ax.gridAbove) drawGridAndTicks(ctx, layout, ax);
  drawPatches(ctx, layout, ax, (z) => z >= ax.gridZorder && z < 2);
}

/** The axes' bands whose zorder passes, in the order added, each clipped to the axes. */
function drawPatches(ctx: Ctx, layout: FigureLayout, ax: AxesLayout, which: (zorder: number) => boolean): void {
  const chosen = ax.patches.filter((p) => which(p.zorder)).sort((a, b) => a.zorder - b.zorder);
  if (!chosen.length) return;
  ctx.save();
  clipTo(ctx, layout, ax.box);
  for (const p of chosen) {
    if (p.polygon) drawPolygon(ctx, p.polygon, p.face);
    else drawPatch(ctx, layout, p.box, p);
  }
  ctx.restore();
}

/** A filled polygon (fill_between): not snapped, as Agg leaves a path with slanted edges. */
function drawPolygon(ctx: Ctx, { xs, ys }: { xs: Float64Array; ys: Float64Array }, face: string | undefined): void {
  if (!face || xs.length < 3) return;
  ctx.beginPath();
  ctx.moveTo(xs[0], ys[0]);
  for (let i = 1; i < xs.length; i++) ctx.lineTo(xs[i], ys[i]);
  ctx.closePath();
  ctx.fillStyle = face;
  ctx.fill();
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
    ctx.lineJoin = 'miter';
    ctx.strokeRect(l, t, r - l, bt - t);
    ctx.restore();
  }
}

function drawGridAndTicks(ctx: Ctx, layout: FigureLayout, ax: AxesLayout): void {
  const snap = snapper(layout);
  const { box } = ax;
  if (ax.grid) {
    const { width: w, color, dash } = ax.grid;
    ctx.save();
    clipTo(ctx, layout, box);
    const { major, minor } = ax.grid;
    const xs = [...(major ? ax.xTicks.map((t) => t.pos) : []), ...(minor ? (ax.ticks.x.minor?.positions ?? []) : [])];
    const ys = [...(major ? ax.yTicks.map((t) => t.pos) : []), ...(minor ? (ax.ticks.y.minor?.positions ?? []) : [])];
    strokeLines(ctx, color, w, dash.length ? 'butt' : 'square', dash, layout, [
      ...(ax.grid.x ? xs : []).map((x) => [snap(x, w), snap(box.top, w), snap(x, w), snap(box.bottom, w)]),
      ...(ax.grid.y ? ys : []).map((y) => [snap(box.left, w), snap(y, w), snap(box.right, w), snap(y, w)]),
    ]);
    ctx.restore();
  }
  // A tick is a marker: Agg snaps its path (so its length) on its own, then places it at a whole pixel.
  const length = (v: number) => -Math.floor(0.5 - v / layout.pixel) * layout.pixel;
  // Ticks sit on their axis's spine, wherever it has been moved: out of the axes, into it, or across.
  // Mirrored marks (top, right) point the other way: 'in' is into the axes on every side.
  const { x, y } = ax.ticks;
  const bottom = snap(ax.spines.bottom.pos, x.width);
  const top = snap(ax.spines.top.pos, x.width);
  const left = snap(ax.spines.left.pos, y.width);
  const right = snap(ax.spines.right.pos, y.width);
  const xMarks = (at: number, into: 1 | -1) =>
    ax.xTicks.map((t) => [
      snap(t.pos, x.width),
      at - into * length(x.inward),
      snap(t.pos, x.width),
      at + into * length(x.outward),
    ]);
  const yMarks = (at: number, into: 1 | -1) =>
    ax.yTicks.map((t) => [
      at + into * length(y.inward),
      snap(t.pos, y.width),
      at - into * length(y.outward),
      snap(t.pos, y.width),
    ]);
  strokeLines(ctx, x.color, x.width, 'butt', [], layout, [
    ...(x.shown ? xMarks(bottom, 1) : []),
    ...(x.mirrored ? xMarks(top, -1) : []),
  ]);
  strokeLines(ctx, y.color, y.width, 'butt', [], layout, [
    ...(y.shown ? yMarks(left, 1) : []),
    ...(y.mirrored ? yMarks(right, -1) : []),
  ]);
  // Minor ticks: shorter and thinner, on the same sides, after the major ones as Axis.draw draws them.
  const minor = (m: NonNullable<typeof x.minor>, along: (pos: number, w: number) => number[][]) =>
    m.positions.flatMap((pos) => along(pos, m.width));
  if (x.minor) {
    const m = x.minor;
    const at = (spine: number, into: 1 | -1) => (pos: number, w: number) => [
      [snap(pos, w), snap(spine, w) - into * length(m.inward), snap(pos, w), snap(spine, w) + into * length(m.outward)],
    ];
    strokeLines(ctx, x.color, m.width, 'butt', [], layout, [
      ...(x.shown ? minor(m, at(ax.spines.bottom.pos, 1)) : []),
      ...(x.mirrored ? minor(m, at(ax.spines.top.pos, -1)) : []),
    ]);
  }
  if (y.minor) {
    const m = y.minor;
    const at = (spine: number, into: 1 | -1) => (pos: number, w: number) => [
      [snap(spine, w) + into * length(m.inward), snap(pos, w), snap(spine, w) - into * length(m.outward), snap(pos, w)],
    ];
    strokeLines(ctx, y.color, m.width, 'butt', [], layout, [
      ...(y.shown ? minor(m, at(ax.spines.left.pos, 1)) : []),
      ...(y.mirrored ? minor(m, at(ax.spines.right.pos, -1)) : []),
    ]);
  }
}

/** Frame, labels and legend: above the data (and the grid and ticks with axes.axisbelow False). */
export function drawAxisOverlay(ctx: Ctx, layout: FigureLayout, ax: AxesLayout): void {
  drawPatches(ctx, layout, ax, (z) => z >= 2 && z < ax.gridZorder);
  if (ax.gridAbove) drawGridAndTicks(ctx, layout, ax);
  drawPatches(ctx, layout, ax, (z) => z >= 2 && z >= ax.gridZorder);
  drawSpines(ctx, layout, ax);
  for (const tick of [...ax.xTicks, ...ax.yTicks]) drawText(ctx, tick.label, layout);
  for (const arrow of ax.arrows) drawArrow(ctx, arrow);
  for (const text of ax.texts) drawText(ctx, text, layout);
  if (ax.legend) drawLegend(ctx, layout, ax.legend);
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

/** Each visible spine across the whole axes, at its position (its own colour and width). */
function drawSpines(ctx: Ctx, layout: FigureLayout, ax: AxesLayout): void {
  const snap = snapper(layout);
  const { left, top, right, bottom } = ax.box;
  for (const side of ['left', 'right', 'bottom', 'top'] as const) {
    const s = ax.spines[side];
    if (!s.visible) continue;
    const w = s.width;
    const at = snap(s.pos, w);
    const line =
      side === 'left' || side === 'right'
        ? [at, snap(bottom, w), at, snap(top, w)]
        : [snap(left, w), at, snap(right, w), at];
    strokeLines(ctx, s.color, w, 'square', [], layout, [line]);
  }
}

/** Clips to an axes box; on raster output the box is rounded to whole pixels as Agg's clip box is. */
export function clipTo(ctx: Ctx, layout: FigureLayout, box: Box): void {
  const r = (v: number) => Math.floor(inPixels(v, layout.pixel) + 0.5) * layout.pixel;
  ctx.beginPath();
  ctx.rect(r(box.left), r(box.top), r(box.right) - r(box.left), r(box.bottom) - r(box.top));
  ctx.clip();
}

function strokeLines(
  ctx: Ctx,
  color: string,
  width: number,
  cap: LineCap,
  dash: number[],
  layout: FigureLayout,
  lines: number[][],
): void {
  if (!lines.length) return;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  if (layout.widenHairlines && width < layout.pixel) {
    // A whole pixel at the line's coverage: what Agg's antialiasing makes of it, and what a rasteriser that
    // widens thin strokes to a pixel (poppler) then shows, instead of a black line.
    ctx.globalAlpha *= width / layout.pixel;
    ctx.lineWidth = layout.pixel;
  }
  ctx.lineCap = cap;
  ctx.setLineDash(dash);
  for (const [x0, y0, x1, y1] of lines) {
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  }
  ctx.restore();
}

/** Draws a placed text where Agg would put its glyphs (see glyph-runs.ts), holding the fonts' lock. */
export function drawText(ctx: Ctx, t: PlacedText, layout: FigureLayout): void {
  if (!t.text) return; // an empty text draws nothing (a shared axes' hidden tick labels)
  const elements = svgTextElements.get(layout);
  // svg.fonttype 'none': the text is written as a <text> element (math is still typeset as paths).
  if (elements && !isMath(t.text)) {
    elements.push(t);
    return;
  }
  withFontLock(() => drawTextHeld(ctx, t, layout));
}

/** The plain texts of an SVG drawn with svg.fonttype 'none', gathered while it is drawn, by figure. */
export const svgTextElements = new WeakMap<FigureLayout, PlacedText[]>();

function drawTextHeld(ctx: Ctx, t: PlacedText, layout: FigureLayout): void {
  const pixel = layout.pixel;
  if (isMath(t.text)) {
    const rows = Math.round(layout.height / pixel);
    drawMathText(
      ctx,
      t,
      layout,
      (v) => inPixels(v, pixel),
      (v) => aggRow(v, rows),
    );
    return;
  }
  const nudge = layout.glyphNudge;
  ctx.save();
  useFace(t.face);
  ctx.font = fontSpec(t.size, t.face);
  ctx.textDrawingMode = layout.textAsGlyphs ? 'glyph' : 'path';
  ctx.fillStyle = t.color;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  const sizePx = t.size / pixel;
  const placed = aggTextOf(t.text, sizePx, t.face);
  if (!placed) {
    drawTextByPango(ctx, t, layout);
    ctx.restore();
    return;
  }
  const ink = hintedInk(t.text, sizePx, t.face) ?? { bottom: 0, top: 0 };
  let x0: number;
  if (t.vertical) {
    // Agg turns the string's bitmap about its first column, which sits at the pen's row; the bitmap offset
    // moves it across the text instead of along it.
    const x = aggBaseline(inPixels(t.x, pixel) + placed.xMin, ink, Math.round) - 1;
    ctx.translate(x * pixel, (Math.round(inPixels(t.box.bottom, pixel)) + 1) * pixel + nudge);
    ctx.rotate(-Math.PI / 2);
    x0 = 0;
  } else {
    const rows = Math.round(layout.height / pixel);
    ctx.translate(0, aggBaseline(inPixels(t.baseline, pixel), ink, (v) => aggRow(v, rows)) * pixel + nudge);
    x0 = Math.round(inPixels(t.box.left, pixel) + placed.xMin);
  }
  // Hinted vector glyphs are each drawn on their own; Cairo hints PNG text, drawn a run at a time. SVG glyphs are
  // paths no viewer hints: each is drawn from its outline as the autohinter leaves it, every bar on its row.
  for (const r of layout.snapGlyphs ? placed.glyphs : placed.runs) {
    // A PDF glyph Cairo would embed the font a second time for is drawn from its outline (targets/pdf.ts).
    const asPath = layout.snapGlyphs && (!layout.textAsGlyphs || !inSimpleFont(r.text));
    const outline = asPath ? hintedOutline(r.text, sizePx, t.face) : undefined;
    if (outline) {
      const left = (x0 + r.offset) * pixel;
      // The nudge is for poppler's placing of font glyphs; an outline is a path, drawn on the grid as it is.
      const lift = layout.textAsGlyphs ? nudge : 0;
      ctx.beginPath();
      traceOutline(ctx, outline, (p) => [left + p.x * pixel, -p.y * pixel - lift]);
      ctx.fill();
      continue;
    }
    const hinted = layout.snapGlyphs ? hintedGlyph(r.text, sizePx, layout.textAsGlyphs, t.face) : undefined;
    if (!hinted) {
      ctx.fillText(r.text, (x0 + r.offset) * pixel, 0);
      continue;
    }
    ctx.save();
    ctx.translate((x0 + r.offset) * pixel, -hinted.shift * pixel);
    ctx.scale(1, hinted.scale);
    ctx.fillText(r.text, 0, 0);
    ctx.restore();
  }
  ctx.restore();
}

/** Text in characters the bundled font lacks: Pango's own placement, from the pen's start. */
function drawTextByPango(ctx: Ctx, t: PlacedText, layout: FigureLayout): void {
  const { pixel, glyphNudge: nudge } = layout;
  if (t.vertical) {
    ctx.translate(toPixel(t.x, pixel), toPixel(t.box.bottom, pixel) + nudge);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(t.text, -ctx.measureText(t.text).actualBoundingBoxLeft, 0);
  } else {
    const rows = Math.round(layout.height / pixel);
    ctx.fillText(t.text, toPixel(t.box.left, pixel), aggRow(inPixels(t.baseline, pixel), rows) * pixel + nudge);
  }
}

function drawLegend(ctx: Ctx, layout: FigureLayout, legend: LegendLayout): void {
  const snap = snapper(layout);
  const fw = legend.frameWidth;
  const b = legend.box;
  const [l, t, r, bt] = [snap(b.left, fw), snap(b.top, fw), snap(b.right, fw), snap(b.bottom, fw)];
  const rad = legend.radius;
  if (legend.frame) drawLegendFrame(ctx, [l, t, r, bt], rad, fw, legend);
  if (legend.title) drawText(ctx, legend.title, layout);
  for (const e of legend.entries) {
    if (e.patch) drawPatch(ctx, layout, e.patch.box, e.patch.layout);
    if (!e.curve) {
      drawText(ctx, e.label, layout);
      continue;
    }
    const w = e.curve.width;
    ctx.save();
    ctx.strokeStyle = e.curve.color;
    ctx.lineWidth = w;
    ctx.lineCap = e.curve.cap;
    ctx.setLineDash(e.curve.dash);
    ctx.beginPath();
    ctx.moveTo(snap(e.x0, w), snap(e.y, w));
    ctx.lineTo(snap(e.x1, w), snap(e.y, w));
    if (!e.curve.noLine) ctx.stroke();
    ctx.restore();
    // legend.numpoints 1: one marker in the middle of the handle.
    const m = e.curve.markers;
    if (m)
      drawMarkers(
        ctx,
        layout,
        { ...m, xs: Float64Array.of((e.x0 + e.x1) / 2), ys: Float64Array.of(e.y) },
        e.curve.color,
      );
    drawText(ctx, e.label, layout);
  }
}

/** matplotlib's "round" box: straight edges joined by quadratic curves through the corners. */
function drawLegendFrame(
  ctx: Ctx,
  [l, t, r, bt]: number[],
  rad: number,
  fw: number,
  colors: Pick<LegendLayout, 'faceColor' | 'edgeColor' | 'frameAlpha'>,
): void {
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(l + rad, bt);
  ctx.lineTo(r - rad, bt);
  ctx.quadraticCurveTo(r, bt, r, bt - rad);
  ctx.lineTo(r, t + rad);
  ctx.quadraticCurveTo(r, t, r - rad, t);
  ctx.lineTo(l + rad, t);
  ctx.quadraticCurveTo(l, t, l, t + rad);
  ctx.lineTo(l, bt - rad);
  ctx.quadraticCurveTo(l, bt, l + rad, bt);
  ctx.closePath();
  ctx.globalAlpha = colors.frameAlpha;
  ctx.fillStyle = colors.faceColor;
  ctx.fill();
  ctx.strokeStyle = colors.edgeColor;
  ctx.lineWidth = fw;
  ctx.lineJoin = 'miter';
  ctx.stroke();
  ctx.restore();
}
