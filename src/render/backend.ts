/**
 * Layout → bytes. chart.js draws the data lines with its line element; the decorations around them
 * (matplotlib's axes, ticks, texts, legend) are drawn by ours on the same canvas, in matplotlib's order. The
 * layout has already turned data into canvas coordinates the way matplotlib does.
 *
 * The line element is used without a Chart: a Chart's scales would only map canvas units one to one, its
 * plugins are all off and its controller would only copy our points. Its option resolvers made building one
 * about 15 ms of a start without the start-up cache (a cold start measured 6 ms faster without it, with the
 * cache) and updating one 2.5 ms of every 1,400-point figure; the element alone draws the same path in a
 * tenth of a millisecond.
 */
import type { LineElement, LineOptions } from 'chart.js';
import type { Canvas } from 'canvas';
import { clipPolyline, type Box } from '../layout/geometry';
import type { AxesLayout, CurveLayout, FigureLayout } from '../layout/layout';
import type { OutputFormat } from '../spec';
import { axesSteps, drawAxesEnd, drawAxesStart, drawAxesStep, drawFigureEnd, drawFigureStart } from './decorations';
import { ArtistGroups, artistGroups, closeGroup, openGroup } from './groups';
import { clipTo, snapper, thinnedWidth } from './strokes';
import { registerFonts } from './fonts';
import { targetOf } from './targets';
import { encodePng, encodePngAsync } from './targets/png';
import { PngSlots, type Slot } from './png-slots';

/* Markers' drawing, loaded for a figure whose lines have them. */
const markers = () => require('./markers') as typeof import('./markers');

/** chart.js's line element and its canvas helpers, loaded once. */
interface ChartJs {
  LineElement: new (cfg: LineConfig) => LineElement;
  clearCanvas(canvas: unknown, ctx: unknown): void;
}
let chartJsParts: ChartJs | undefined;

function chartJs(): ChartJs {
  if (!chartJsParts) {
    registerFonts();
    chartJsParts = lineElementBundle() ?? throughChartJsNodeCanvas();
  }
  return chartJsParts;
}

/**
 * The two parts from the build's bundle of them (scripts/bundle-vendor.cjs): the element needs none of the
 * registry's controllers, scales and plugins, whose loading was most of chart.js's share of a start.
 */
export function lineElementBundle(): ChartJs | undefined {
  try {
    return require('../vendor/chartjs-line') as ChartJs;
  } catch {
    return undefined; // a build by tsc alone
  }
}

/** The packages themselves: chartjs-node-canvas sets chart.js up for node-canvas and hands over its Chart class. */
export function throughChartJsNodeCanvas(): ChartJs {
  let parts: ChartJs | undefined;
  const { ChartJSNodeCanvas } = require('chartjs-node-canvas') as typeof import('chartjs-node-canvas');
  new ChartJSNodeCanvas({
    width: 1,
    height: 1,
    chartCallback: (C) => {
      const { clearCanvas } = require('chart.js/helpers') as typeof import('chart.js/helpers');
      parts = { LineElement: C.registry.getElement('line') as unknown as ChartJs['LineElement'], clearCanvas };
    },
  });
  return parts!;
}

/**
 * node-canvas implements the parts of the DOM canvas that chart.js uses, under types of its own: this
 * crossing between the type worlds is the only one.
 */
const asDomContext = (ctx: import('canvas').CanvasRenderingContext2D) => ctx as unknown as CanvasRenderingContext2D;

type DrawRange = (ctx: CanvasRenderingContext2D, area: undefined, start: number, count: number) => void;

/**
 * What chart.js's line controller gives its element: the points, and the resolved options. `_decimated` is
 * chart.js's mark of a line its decimation plugin has reduced, drawn point to point: our points are already
 * what each pixel column shows (data/reduce.ts), and without the mark the element's "fast path" would
 * collapse them again at each column's average x.
 */
interface LineConfig {
  points: { x: number; y: number; skip: boolean }[];
  options: Partial<LineOptions>;
  _decimated: boolean;
  _loop: boolean;
  _fullLoop: boolean;
}

/**
 * The PNG canvases of this thread, kept per size (png-slots.ts says why). Opaque figures are drawn on an RGB
 * surface, which Cairo encodes as an RGB PNG: the same pixels, a quarter fewer bytes to compress.
 */
const pngCanvases = new PngSlots<Canvas>(() => undefined);

/** A figure to draw: its layout, and chart.js's line element of each axes' curves. */
interface Drawing {
  layout: FigureLayout;
  lines: LineElement[][];
}

/**
 * Loads node-canvas, the font and chart.js ahead of the first figure: a render worker does this while it
 * waits for its first job (the main thread is still reading the config then).
 */
export function preloadRenderer(): void {
  chartJs();
}

/** chart.js's line element of each curve, axes by axes. */
function prepare(layout: FigureLayout): Drawing {
  const snap = snapper(layout);
  const { LineElement } = chartJs();
  const lines = layout.axes.map((ax) => ax.curves.map((c) => new LineElement(lineConfig(c, ax.box, layout, snap))));
  return { layout, lines };
}

export function renderLayout(layout: FigureLayout, format: OutputFormat): Buffer {
  const drawing = prepare(layout);
  if (format === 'png') return renderPng(drawing);
  // A vector surface records one figure: a canvas of its own.
  const { createCanvas } = require('canvas') as typeof import('canvas');
  // Whole points: a page of fractions of a point is cut from it when encoded.
  const canvas = createCanvas(Math.ceil(layout.width), Math.ceil(layout.height), format);
  // An SVG keeps matplotlib's groups of artists (figure_1, axes_1, line2d_1...).
  // SVG's group marks: their module is loaded for an SVG figure.
  const groups =
    format === 'svg'
      ? new ArtistGroups((require('./targets/svg-groups') as typeof import('./targets/svg-groups')).drawGroupMarker)
      : undefined;
  if (groups) artistGroups.set(layout, groups);
  try {
    drawFigure(canvas, drawing);
    return targetOf(format).encode(canvas, layout.width, layout.height, groups?.steps);
  } finally {
    artistGroups.delete(layout);
  }
}

/**
 * A figure drawn on a PNG canvas of its size and encoded; while a batch has both of the size's canvases being
 * encoded, on one of its own, let go after.
 */
function renderPng(drawing: Drawing): Buffer {
  const slot = drawPng(drawing);
  if (!slot) {
    const canvas = pngCanvas(drawing.layout);
    drawFigure(canvas, drawing);
    return encodePng(canvas);
  }
  try {
    const bytes = encodePng(slot.item!);
    pngCanvases.done(slot);
    return bytes;
  } catch (err) {
    pngCanvases.drop(slot);
    throw err;
  }
}

/**
 * The same bytes, encoded on libuv's threads: the caller draws its next figure meanwhile (on the size's other
 * canvas; a third waits for one of the two).
 */
export async function renderPngAsync(layout: FigureLayout): Promise<Buffer> {
  const drawing = prepare(layout);
  const size = sizeKey(layout);
  let slot: Slot<Canvas> | undefined;
  while (!(slot = drawPng(drawing))) await pngCanvases.anyEncoded(size);
  const bytes = encodePngAsync(slot.item!);
  pngCanvases.encoding(slot, bytes);
  return bytes;
}

const sizeKey = (layout: FigureLayout) => `${layout.width}x${layout.height}${withAlpha(layout) ? ':alpha' : ''}`;

/**
 * Whether the PNG keeps an alpha channel: a page whose pixels matplotlib writes see-through (transparent, a
 * face that is not opaque or not drawn). Else RGB, a quarter smaller and faster to encode.
 */
const withAlpha = (layout: FigureLayout) => layout.seeThrough;

/** Draws the figure on an idle canvas of its size (made if need be); undefined while both are being encoded. */
function drawPng(drawing: Drawing): Slot<Canvas> | undefined {
  const { width, height } = drawing.layout;
  const slot = pngCanvases.idle(sizeKey(drawing.layout), width * height * 4);
  if (!slot) return undefined;
  try {
    slot.item ??= pngCanvas(drawing.layout);
    // An opaque page is painted over every pixel first (drawFigureStart): clearing a kept canvas before it
    // would only cost a pass over its pixels.
    drawFigure(slot.item, drawing, drawing.layout.seeThrough);
    return slot;
  } catch (err) {
    // A canvas that failed part-way is not drawn on again.
    pngCanvases.drop(slot);
    throw err;
  }
}

/** A PNG canvas of the figure's size: RGB unless the image keeps an alpha channel. */
function pngCanvas(layout: FigureLayout): Canvas {
  const { width, height } = layout;
  const { createCanvas } = require('canvas') as typeof import('canvas');
  const canvas = createCanvas(width, height);
  // The first getContext call fixes the pixel format.
  if (!withAlpha(layout)) canvas.getContext('2d', { pixelFormat: 'RGB24' });
  return canvas;
}

/**
 * Draws the whole figure in matplotlib's order: the figure's background; each axes whole, one after the other
 * (its background, its artists by zorder (decorations.ts axesSteps), the rest of it); the figure's texts.
 */
function drawFigure(canvas: Canvas, drawing: Drawing, clear = true): void {
  const ctx = canvas.getContext('2d');
  const { layout } = drawing;
  // As a Chart clears its canvas before each drawing (a kept PNG canvas holds the previous figure).
  if (clear) chartJs().clearCanvas(canvas, ctx);
  drawFigureStart(ctx, layout);
  layout.axes.forEach((ax, a) => {
    drawAxesStart(ctx, layout, ax);
    for (const step of axesSteps(ax)) {
      if (step.kind === 'curve') drawCurve(ctx, layout, ax, ax.curves[step.index], drawing.lines[a][step.index]);
      else drawAxesStep(ctx, layout, ax, step);
    }
    drawAxesEnd(ctx, layout, ax);
  });
  drawFigureEnd(ctx, layout);
}

/** A line (with its markers) in its group, clipped to its axes; hlines and vlines are one group each. */
function drawCurve(
  ctx: import('canvas').CanvasRenderingContext2D,
  layout: FigureLayout,
  ax: AxesLayout,
  curve: CurveLayout,
  line: LineElement,
): void {
  if (!curve.collection) openGroup(ctx, layout, 'line2d');
  else if (curve.collection.part === 0) openGroup(ctx, layout, 'LineCollection');
  ctx.save();
  clipTo(ctx, layout, ax.box);
  // From its first point to its last, as its controller asks when every point is visible (the range is an
  // argument chart.js's types leave out; without it no segment is drawn).
  (line.draw as unknown as DrawRange).call(line, asDomContext(ctx), undefined, 0, line.points.length);
  if (curve.markers) markers().drawMarkers(ctx, layout, curve.markers, curve.color);
  ctx.restore();
  if (!curve.collection || curve.collection.part === curve.collection.parts - 1) closeGroup(ctx, layout);
}

/** A curve as chart.js's line controller would hand it to the line element, our points as they are. */
function lineConfig(
  c: CurveLayout,
  box: Box,
  layout: Pick<FigureLayout, 'curveThinning' | 'dashTilt'>,
  snap: (v: number, width: number) => number,
): LineConfig {
  const thinning = layout.curveThinning;
  // Cut the line a little outside the axes: the canvas clip trims it exactly, and far-away points never
  // reach the rasteriser.
  const m = c.width * 2 + 2;
  const runs = clipPolyline(c.px, c.py, {
    left: box.left - m,
    top: box.top - m,
    right: box.right + m,
    bottom: box.bottom + m,
  });
  const points: LineConfig['points'] = [];
  for (const run of runs) {
    // A gap between runs: chart.js ends a segment at a skipped point (spanGaps false).
    if (points.length) points.push({ x: NaN, y: NaN, skip: true });
    for (let i = 0; i < run.xs.length; i++) {
      // A straight axis-aligned line is snapped to the pixel grid as Agg snaps it (as the frame's lines are).
      const x = c.snap ? snap(run.xs[i], c.width) : run.xs[i];
      const y = c.snap ? snap(run.ys[i], c.width) : run.ys[i];
      points.push({ x, y, skip: false });
    }
  }
  if (layout.dashTilt && c.snap && c.dash.length) tiltEnd(points, layout.dashTilt);
  return {
    points,
    options: {
      // Markers alone ('o'): the line is there for its markers, drawn in no colour.
      borderColor: c.noLine ? 'rgba(0, 0, 0, 0)' : c.color,
      borderWidth: thinnedWidth(c.width, layout),
      ...thinnedDashes(c.dash, thinning, c.dashOffset ?? 0),
      // lines.solid_capstyle (projecting) for solid lines, lines.dash_capstyle (butt) for dashed ones.
      borderCapStyle: c.cap,
      // lines.solid_joinstyle and lines.dash_joinstyle (round).
      borderJoinStyle: c.join,
      capBezierPoints: true,
      cubicInterpolationMode: 'default',
      fill: false,
      spanGaps: false,
      stepped: false,
      tension: 0,
    },
    _decimated: true,
    _loop: false,
    _fullLoop: false,
  };
}

/** A straight axis-aligned line's last point moved across it by `by` (TargetProfile.dashTiltPx says why). */
function tiltEnd(data: { x: number; y: number }[], by: number): void {
  if (data.length < 2) return;
  const [first, last] = [data[0], data[data.length - 1]];
  if (first.y === last.y) last.y += by;
  else if (first.x === last.x) last.x += by;
}

/**
 * A dash pattern with each dash shortened by `thinning` and each gap lengthened by as much, the dashes kept
 * centred where they were (see FigureLayout.curveThinning: poppler widens a dash along the line as across).
 */
function thinnedDashes(
  dash: number[],
  thinning: number,
  offset: number,
): { borderDash: number[]; borderDashOffset: number } {
  if (!dash.length || !thinning) return { borderDash: dash, borderDashOffset: offset };
  const cut = Math.min(thinning, ...dash.filter((_, i) => i % 2 === 0).map((d) => d / 2));
  return { borderDash: dash.map((d, i) => (i % 2 ? d + cut : d - cut)), borderDashOffset: offset - cut / 2 };
}
