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
 * One PNG canvas and chart per size, drawn again for each figure of that size: a new node-canvas surface for
 * every chart is not given back (about 1.2 MB a 640×480 figure), and a chart that is updated keeps its
 * scales and elements instead of building them again. Opaque figures are drawn on an RGB surface, which
 * Cairo encodes as an RGB PNG: the same pixels, a quarter fewer bytes to compress.
 */
const pngCharts = new Map<string, { chart: Chart<'line'>; drawing: Drawing }>();
/**
 * A canvas larger than this is drawn once and let go, and the kept ones stay within CACHED_BYTES all told:
 * a batch of large figures of different sizes would otherwise keep hundreds of megabytes each.
 */
const LARGEST_CACHED_BYTES = 32 * 1024 * 1024;
const CACHED_BYTES = 96 * 1024 * 1024;
const canvasBytes = (key: string) => {
  const [w, h] = key.split(/[x:]/).map(Number);
  return w * h * 4;
};

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

export function renderLayout(layout: FigureLayout, format: OutputFormat): Buffer {
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

function renderPng(drawing: Drawing, datasets: LineDataset[]): Buffer {
  const { width, height, transparent } = drawing.layout;
  const key = `${width}x${height}${transparent ? ':alpha' : ''}`;
  let entry = pngCharts.get(key);
  try {
    if (entry) {
      entry.drawing.layout = drawing.layout;
      entry.drawing.refs = drawing.refs;
      entry.chart.data.datasets = datasets;
      entry.chart.update();
    } else {
      const Chart = chartJs();
      const { createCanvas } = require('canvas') as typeof import('canvas');
      const canvas = createCanvas(width, height);
      // The first getContext call fixes the pixel format; chart.js's own call then gets this context.
      if (!transparent) canvas.getContext('2d', { pixelFormat: 'RGB24' });
      const kept = [...pngCharts.keys()].reduce((sum, k) => sum + canvasBytes(k), 0);
      if (pngCharts.size > 16 || kept + canvasBytes(key) > CACHED_BYTES) {
        for (const e of pngCharts.values()) e.chart.destroy();
        pngCharts.clear();
      }
      entry = {
        chart: new Chart(asChartItem(canvas.getContext('2d')), chartConfig(drawing, datasets)),
        drawing,
      };
      pngCharts.set(key, entry);
    }
    const bytes = TARGETS.png.encode(nodeCanvas(entry.chart), width, height);
    if (canvasBytes(key) > LARGEST_CACHED_BYTES) {
      entry.chart.destroy();
      pngCharts.delete(key);
    }
    return bytes;
  } catch (err) {
    // A chart that failed part-way is not drawn on again.
    entry?.chart.destroy();
    pngCharts.delete(key);
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
