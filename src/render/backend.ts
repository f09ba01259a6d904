/**
 * Layout → bytes. chart.js, through chartjs-node-canvas, draws the data lines; a plugin of ours draws
 * matplotlib's decorations around them on the same canvas. The chart's scales map canvas units one to one,
 * because the layout has already turned data into canvas coordinates the way matplotlib does.
 */
import type { Chart, ChartConfiguration, ChartDataset, ChartItem, Plugin } from 'chart.js';
import type { Canvas, CanvasRenderingContext2D as NodeContext } from 'canvas';
import { clipPolyline, type Box } from '../layout/geometry';
import type { CurveLayout, FigureLayout } from '../layout/layout';
import type { OutputFormat } from '../spec';
import { drawMarkers } from './markers';
import { drawAxesEnd, drawAxesStart, drawFigureEnd, drawFigureStart } from './decorations';
import { ArtistGroups, artistGroups, closeGroup, openGroup } from './groups';
import { clipTo, snapper, thinnedWidth } from './strokes';
import { drawGroupMarker } from './targets/svg-groups';
import { registerFonts } from './fonts';
import { TARGETS } from './targets';
import { encodePng, encodePngAsync } from './targets/png';
import { PngSlots, type Slot } from './png-slots';

declare module 'chart.js' {
  interface LineControllerDatasetOptions {
    /**
     * chart.js's mark of a dataset its decimation plugin has reduced: such a line is drawn point to point. Our
     * points are already what each pixel column shows (data/reduce.ts); without the mark chart.js's "fast path"
     * would collapse them again at each column's average x. The plugin itself cannot set it here: it finds the
     * visible points by a binary search on x, and our lines are not sorted in x (they have gaps, NaN).
     */
    _decimated?: boolean;
  }
}

type LineDataset = ChartDataset<'line', { x: number; y: number }[]>;

/** The Chart class, loaded once through chartjs-node-canvas (which sets chart.js up for node-canvas). */
let chartClass: typeof Chart | undefined;

function chartJs(): typeof Chart {
  if (!chartClass) {
    registerFonts();
    const { ChartJSNodeCanvas } = require('chartjs-node-canvas') as typeof import('chartjs-node-canvas');
    // Its constructor hands over the Chart class it sets up; the instance itself is not needed.
    new ChartJSNodeCanvas({ width: 1, height: 1, chartCallback: (C) => void (chartClass = C) });
  }
  return chartClass!;
}

/**
 * node-canvas implements the parts of the DOM canvas that chart.js uses, under types of its own: these two
 * crossings between the type worlds are the only ones.
 */
const asChartItem = (ctx: NodeContext) => ctx as unknown as ChartItem;
const nodeContext = (chart: Chart) => chart.ctx as unknown as NodeContext;
const nodeCanvas = (chart: Chart) => nodeContext(chart).canvas;

/**
 * The PNG charts of this thread, kept per size (png-slots.ts says why). Opaque figures are drawn on an RGB
 * surface, which Cairo encodes as an RGB PNG: the same pixels, a quarter fewer bytes to compress.
 */
interface PngChart {
  chart: Chart<'line'>;
  drawing: Drawing;
}
const pngCharts = new PngSlots<PngChart>((kept) => kept.chart.destroy());

/** What the decorations plugin draws: the figure of the chart's current datasets. */
interface Drawing {
  layout: FigureLayout;
  refs: CurveRef[];
}

/**
 * Loads node-canvas, the font and chart.js ahead of the first figure: a render worker does this while it
 * waits for its first job (the main thread is still reading the config then).
 */
export function preloadRenderer(): void {
  chartJs();
}

interface CurveRef {
  axes: number;
  curve: CurveLayout;
}

const HIDDEN_TICKS = { display: false, callback: () => '', maxTicksLimit: 2 };

/** The figure's curves in drawing order, and chart.js's datasets of them. */
function prepare(layout: FigureLayout): { drawing: Drawing; datasets: LineDataset[] } {
  const drawing: Drawing = {
    layout,
    // Axes by axes, as matplotlib draws each whole; in each by zorder, in order of addition among equals (a
    // stable sort), as matplotlib draws an axes' artists.
    refs: layout.axes
      .flatMap((ax, axes) => ax.curves.map((curve) => ({ axes, curve })))
      .sort((a, b) => a.axes - b.axes || a.curve.zorder - b.curve.zorder),
  };
  const snap = snapper(layout);
  const datasets = drawing.refs.map((ref, i) =>
    dataset(ref, layout.axes[ref.axes].box, drawing.refs.length - i, layout, snap),
  );
  return { drawing, datasets };
}

export function renderLayout(layout: FigureLayout, format: OutputFormat): Buffer {
  const { drawing, datasets } = prepare(layout);
  if (format === 'png') return renderPng(drawing, datasets);
  // A vector surface records one figure: a canvas and a chart of its own, as chartjs-node-canvas makes them.
  const Chart = chartJs();
  const { createCanvas } = require('canvas') as typeof import('canvas');
  // Whole points: a page of fractions of a point is cut from it when encoded.
  const canvas = createCanvas(Math.ceil(layout.width), Math.ceil(layout.height), format) as Canvas & {
    style?: object;
  };
  canvas.style = {}; // chart.js reads the DOM canvas's style
  // An SVG keeps matplotlib's groups of artists (figure_1, axes_1, line2d_1...).
  const groups = format === 'svg' ? new ArtistGroups(drawGroupMarker) : undefined;
  if (groups) artistGroups.set(layout, groups);
  try {
    const chart = new Chart(asChartItem(canvas.getContext('2d')), chartConfig(drawing, datasets));
    try {
      return TARGETS[format].encode(nodeCanvas(chart), layout.width, layout.height, groups?.steps);
    } finally {
      chart.destroy();
    }
  } finally {
    artistGroups.delete(layout);
  }
}

/**
 * A figure drawn on a PNG chart of its size and encoded; while a batch has both of the size's charts being
 * encoded, on one of its own.
 */
function renderPng(drawing: Drawing, datasets: LineDataset[]): Buffer {
  const kept = drawPng(drawing, datasets);
  const slots = kept ? pngCharts : new PngSlots<PngChart>((k) => k.chart.destroy());
  const slot = kept ?? drawPng(drawing, datasets, slots)!;
  try {
    const bytes = encodePng(nodeCanvas(slot.item!.chart));
    if (kept) slots.done(slot);
    else slots.drop(slot);
    return bytes;
  } catch (err) {
    slots.drop(slot);
    throw err;
  }
}

/**
 * The same bytes, encoded on libuv's threads: the caller draws its next figure meanwhile (on the size's other
 * chart; a third waits for one of the two).
 */
export async function renderPngAsync(layout: FigureLayout): Promise<Buffer> {
  const { drawing, datasets } = prepare(layout);
  const { width, height, transparent } = layout;
  const size = sizeKey(width, height, transparent);
  let slot: PngSlot | undefined;
  while (!(slot = drawPng(drawing, datasets))) await pngCharts.anyEncoded(size);
  const bytes = encodePngAsync(nodeCanvas(slot.item!.chart));
  pngCharts.encoding(slot, bytes);
  return bytes;
}

type PngSlot = Slot<PngChart>;
const sizeKey = (width: number, height: number, transparent: boolean) =>
  `${width}x${height}${transparent ? ':alpha' : ''}`;

/** Draws the figure on an idle chart of its size (made if need be); undefined while both are being encoded. */
function drawPng(drawing: Drawing, datasets: LineDataset[], slots = pngCharts): PngSlot | undefined {
  const { width, height, transparent } = drawing.layout;
  const slot = slots.idle(sizeKey(width, height, transparent), width * height * 4);
  if (!slot) return undefined;
  try {
    if (slot.item) {
      slot.item.drawing.layout = drawing.layout;
      slot.item.drawing.refs = drawing.refs;
      slot.item.chart.data.datasets = datasets;
      slot.item.chart.update();
    } else {
      const Chart = chartJs();
      const { createCanvas } = require('canvas') as typeof import('canvas');
      const canvas = createCanvas(width, height);
      // The first getContext call fixes the pixel format; chart.js's own call then gets this context.
      if (!transparent) canvas.getContext('2d', { pixelFormat: 'RGB24' });
      slot.item = { chart: new Chart(asChartItem(canvas.getContext('2d')), chartConfig(drawing, datasets)), drawing };
    }
    return slot;
  } catch (err) {
    // A chart that failed part-way is not drawn on again.
    slots.drop(slot);
    throw err;
  }
}

function chartConfig(
  drawing: Drawing,
  datasets: LineDataset[],
): ChartConfiguration<'line', { x: number; y: number }[]> {
  const { layout } = drawing;
  const config: ChartConfiguration<'line', { x: number; y: number }[]> = {
    type: 'line',
    data: { datasets },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      events: [],
      layout: { padding: 0 },
      // The scales only map canvas units one to one; their ticks are never shown: not formatted (the default
      // formatter builds an Intl.NumberFormat, tens of milliseconds at start-up), measured or thinned.
      scales: {
        x: { type: 'linear', display: false, min: 0, max: layout.width, bounds: 'data', grace: 0, ticks: HIDDEN_TICKS },
        y: {
          type: 'linear',
          display: false,
          min: 0,
          max: layout.height,
          reverse: true,
          bounds: 'data',
          grace: 0,
          ticks: HIDDEN_TICKS,
        },
      },
      // chart.js's own plugins are all off (its documented `false`, which its option types do not list):
      // matplotlib's texts and legend are drawn by the decorations plugin, and decimation would undo the
      // datasets' "already decimated" mark.
      plugins: Object.fromEntries(
        ['legend', 'tooltip', 'title', 'subtitle', 'filler', 'colors', 'decimation'].map((id) => [id, false]),
      ),
    },
    plugins: [matplotlibDecorations(drawing)],
  };
  return config;
}

function dataset(
  ref: CurveRef,
  box: Box,
  order: number,
  layout: Pick<FigureLayout, 'curveThinning' | 'dashTilt'>,
  snap: (v: number, width: number) => number,
): LineDataset {
  const c = ref.curve;
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
  const data: { x: number; y: number }[] = [];
  for (const run of runs) {
    if (data.length) data.push({ x: NaN, y: NaN });
    for (let i = 0; i < run.xs.length; i++) {
      // A straight axis-aligned line is snapped to the pixel grid as Agg snaps it (as the frame's lines are).
      data.push(c.snap ? { x: snap(run.xs[i], c.width), y: snap(run.ys[i], c.width) } : { x: run.xs[i], y: run.ys[i] });
    }
  }
  if (layout.dashTilt && c.snap && c.dash.length) tiltEnd(data, layout.dashTilt);
  return {
    data,
    order,
    // Drawn point to point (see the _decimated declaration above).
    _decimated: true,
    parsing: false,
    // Markers alone ('o'): the line is there for its markers, drawn in no colour.
    borderColor: c.noLine ? 'rgba(0, 0, 0, 0)' : c.color,
    borderWidth: thinnedWidth(c.width, layout),
    ...thinnedDashes(c.dash, thinning),
    // lines.solid_capstyle (projecting) for solid lines, lines.dash_capstyle (butt) for dashed ones.
    borderCapStyle: c.cap,
    borderJoinStyle: 'round',
    pointRadius: 0,
    pointHoverRadius: 0,
    fill: false,
    tension: 0,
    spanGaps: false,
    clip: false,
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
function thinnedDashes(dash: number[], thinning: number): { borderDash: number[]; borderDashOffset: number } {
  if (!dash.length || !thinning) return { borderDash: dash, borderDashOffset: 0 };
  const cut = Math.min(thinning, ...dash.filter((_, i) => i % 2 === 0).map((d) => d / 2));
  return { borderDash: dash.map((d, i) => (i % 2 ? d + cut : d - cut)), borderDashOffset: -cut / 2 };
}

/**
 * The plugin that draws all but the data lines, in matplotlib's order: the figure's background; each axes in
 * turn, its artists below the lines, its lines (chart.js's datasets, axes by axes), the rest of it; the
 * figure's texts. An axes opens when its first line is drawn, or when the lines are done.
 */
function matplotlibDecorations(drawing: Drawing): Plugin<'line'> {
  /** The axes being drawn: its start is drawn and its end is not. */
  let current = -1;
  const enter = (ctx: NodeContext, axes: number) => {
    const { layout } = drawing;
    for (; current < axes; current++) {
      if (current >= 0) drawAxesEnd(ctx, layout, layout.axes[current]);
      drawAxesStart(ctx, layout, layout.axes[current + 1]);
    }
  };
  return {
    id: 'matplotlibDecorations',
    beforeDraw(chart) {
      current = -1;
      drawFigureStart(ctxOf(chart), drawing.layout);
    },
    beforeDatasetDraw(chart, args) {
      const ctx = ctxOf(chart);
      const { axes, curve } = drawing.refs[args.index];
      enter(ctx, axes);
      // hlines and vlines are each one collection of lines: a group from its first line to its last.
      if (!curve.collection) openGroup(ctx, drawing.layout, 'line2d');
      else if (curve.collection.part === 0) openGroup(ctx, drawing.layout, 'LineCollection');
      ctx.save();
      clipTo(ctx, drawing.layout, drawing.layout.axes[axes].box);
    },
    afterDatasetDraw(chart, args) {
      const ctx = ctxOf(chart);
      const curve = drawing.refs[args.index].curve;
      if (curve.markers) drawMarkers(ctx, drawing.layout, curve.markers, curve.color);
      ctx.restore();
      if (!curve.collection || curve.collection.part === curve.collection.parts - 1) closeGroup(ctx, drawing.layout);
    },
    afterDatasetsDraw(chart) {
      const ctx = ctxOf(chart);
      const { layout } = drawing;
      enter(ctx, layout.axes.length - 1);
      if (current >= 0) drawAxesEnd(ctx, layout, layout.axes[current]);
      drawFigureEnd(ctx, layout);
    },
  };
}

const ctxOf = nodeContext;
