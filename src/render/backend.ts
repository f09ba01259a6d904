/**
 * Layout → bytes. chart.js, through chartjs-node-canvas, draws the data lines; a plugin of ours draws
 * matplotlib's decorations around them on the same canvas. The chart's scales map canvas units one to one,
 * because the layout has already turned data into canvas coordinates the way matplotlib does.
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { clipPolyline, type Box } from '../layout/geometry';
import type { CurveLayout, FigureLayout } from '../layout/layout';
import type { OutputFormat } from '../spec';
import { clipTo, drawAxisOverlay, drawAxisUnderlay, drawBackground } from './decorations';
import { registerFonts } from './fonts';

const MIME: Record<OutputFormat, string> = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf' };

/** chartjs-node-canvas loads a fresh chart.js per instance, so instances are kept per canvas size and type. */
const renderers = new Map<string, ChartJSNodeCanvas>();
/** The Chart class chartjs-node-canvas registers (its chartCallback hands it over), for reused PNG canvases. */
let chartClass: typeof import('chart.js').Chart | undefined;
/**
 * One PNG canvas and chart per size, drawn again for each figure of that size: a new node-canvas surface for
 * every chart is not given back (about 1.2 MB a 640×480 figure), and a chart that is updated keeps its
 * scales and elements instead of building them again. Opaque figures are drawn on an RGB surface, which
 * Cairo encodes as an RGB PNG: the same pixels, a quarter fewer bytes to compress.
 */
const pngCharts = new Map<string, { chart: Chart; drawing: Drawing }>();
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

function rendererFor(width: number, height: number, format: OutputFormat): ChartJSNodeCanvas {
  const key = `${width}x${height}:${format}`;
  let r = renderers.get(key);
  if (!r) {
    registerFonts();
    const { ChartJSNodeCanvas: Renderer } = require('chartjs-node-canvas') as typeof import('chartjs-node-canvas');
    r = new Renderer({
      width,
      height,
      type: format === 'png' ? undefined : format,
      chartCallback: (C) => {
        chartClass ??= C as never;
      },
    });
    if (renderers.size > 16) renderers.clear();
    renderers.set(key, r);
  }
  return r;
}

/**
 * Loads node-canvas, the font and chart.js ahead of the first figure: a render worker does this while it
 * waits for its first job (the main thread is still reading the config then).
 */
export function preloadRenderer(): void {
  rendererFor(1, 1, 'png');
}

interface CurveRef {
  axes: number;
  curve: CurveLayout;
}

const HIDDEN_TICKS = { display: false, callback: () => '', maxTicksLimit: 2 };

export function renderLayout(layout: FigureLayout, format: OutputFormat): Buffer {
  const drawing: Drawing = {
    layout,
    refs: layout.axes.flatMap((ax, axes) => ax.curves.map((curve) => ({ axes, curve }))),
  };
  const datasets = drawing.refs.map((ref, i) =>
    dataset(ref, layout.axes[ref.axes].box, drawing.refs.length - i, layout.curveThinning),
  );
  if (format === 'png') return renderPng(drawing, datasets);
  // For SVG and PDF, chartjs-node-canvas's renderChart builds the canvas and the chart (a vector surface
  // records one figure); we encode ourselves to pass deterministic encoder options.
  const renderer = rendererFor(layout.width, layout.height, format) as unknown as {
    renderChart(c: ChartConfiguration): Chart;
  };
  const chart = renderer.renderChart(chartConfig(drawing, datasets));
  try {
    return encode(chart.canvas as unknown as import('canvas').Canvas, format);
  } finally {
    chart.destroy();
  }
}

function renderPng(drawing: Drawing, datasets: ReturnType<typeof dataset>[]): Buffer {
  const { width, height, transparent } = drawing.layout;
  const key = `${width}x${height}${transparent ? ':alpha' : ''}`;
  let entry = pngCharts.get(key);
  try {
    if (entry) {
      entry.drawing.layout = drawing.layout;
      entry.drawing.refs = drawing.refs;
      entry.chart.data.datasets = datasets as never;
      entry.chart.update();
    } else {
      rendererFor(1, 1, 'png'); // loads chart.js through chartjs-node-canvas, once
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
        chart: new chartClass!(canvas as never, chartConfig(drawing, datasets) as ChartConfiguration),
        drawing,
      };
      pngCharts.set(key, entry);
    }
    const bytes = encode(entry.chart.canvas as unknown as import('canvas').Canvas, 'png');
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

function chartConfig(drawing: Drawing, datasets: ReturnType<typeof dataset>[]): ChartConfiguration {
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
      // chart.js's own plugins are all off: matplotlib's texts and legend are drawn by the decorations plugin,
      // and decimation would undo the datasets' "already decimated" flag.
      plugins: {
        legend: false,
        tooltip: false,
        title: false,
        subtitle: false,
        filler: false,
        colors: false,
        decimation: false,
      } as never,
    },
    plugins: [matplotlibDecorations(drawing)],
  };
  return config as ChartConfiguration;
}

function encode(canvas: import('canvas').Canvas, format: OutputFormat): Buffer {
  if (format === 'png') {
    // Paeth alone at zlib level 4: half the time of trying every filter at level 6, files 1-3 % larger and
    // still smaller than matplotlib's (npm run bench measures both).
    const { Canvas } = require('canvas') as typeof import('canvas');
    return canvas.toBuffer('image/png', { compressionLevel: 4, filters: Canvas.PNG_FILTER_PAETH });
  }
  if (format === 'pdf') {
    return canvas.toBuffer('application/pdf', { creator: 'actplot', creationDate: new Date(0) } as never);
  }
  return canonicalSvg(canvas.toBuffer(MIME.svg as 'image/svg+xml' as never));
}

/**
 * Cairo numbers SVG surfaces with a counter that runs for the life of the process; renumbering them in order
 * of appearance makes the same figure the same bytes however many were drawn before it.
 */
export function canonicalSvg(svg: Buffer): Buffer {
  const ids = new Map<string, string>();
  const text = svg.toString('utf8').replace(/\bsurface(\d+)\b/g, (_, n: string) => {
    if (!ids.has(n)) ids.set(n, String(ids.size + 1));
    return `surface${ids.get(n)}`;
  });
  return Buffer.from(text, 'utf8');
}

function dataset(ref: CurveRef, box: Box, order: number, thinning: number) {
  const c = ref.curve;
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
    for (let i = 0; i < run.xs.length; i++) data.push({ x: run.xs[i], y: run.ys[i] });
  }
  return {
    data,
    order,
    // The points are already what each pixel column shows (samples.ts): chart.js must draw them as a true
    // polyline, not collapse them again at each column's average x (its "fast path" for undecimated data).
    _decimated: true,
    parsing: false as const,
    borderColor: c.color,
    borderWidth: Math.max(c.width - thinning, c.width / 2),
    ...thinnedDashes(c.dash, thinning),
    // matplotlib: solid lines have projecting caps, dashed ones butt caps.
    borderCapStyle: c.dash.length ? ('butt' as const) : ('square' as const),
    borderJoinStyle: 'round' as const,
    pointRadius: 0,
    pointHoverRadius: 0,
    fill: false,
    tension: 0,
    spanGaps: false,
    clip: false as const,
  };
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

function matplotlibDecorations(drawing: Drawing): Plugin<'line'> {
  return {
    id: 'matplotlibDecorations',
    beforeDraw(chart) {
      drawBackground(ctxOf(chart), drawing.layout);
    },
    beforeDatasetsDraw(chart) {
      for (const ax of drawing.layout.axes) drawAxisUnderlay(ctxOf(chart), drawing.layout, ax);
    },
    beforeDatasetDraw(chart, args) {
      const ctx = ctxOf(chart);
      ctx.save();
      clipTo(ctx, drawing.layout, drawing.layout.axes[drawing.refs[args.index].axes].box);
    },
    afterDatasetDraw(chart) {
      ctxOf(chart).restore();
    },
    afterDatasetsDraw(chart) {
      for (const ax of drawing.layout.axes) drawAxisOverlay(ctxOf(chart), drawing.layout, ax);
    },
  };
}

const ctxOf = (chart: Chart) => chart.ctx as unknown as import('canvas').CanvasRenderingContext2D;
