/**
 * Checks that a FigureSpec is drawable in a format, before anything is drawn: its sizes (Cairo's limits, the
 * pixel budget), limits, widths, and how much it holds (limits.ts). Errors name the field of FigureOptions
 * that set the value: ['size'], ['panels', 1, 'xlim'].
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { bindCurve } from '../functions/registry';
import {
  DPI_RANGE,
  FUNCTION_COST,
  MAX_CURVES,
  MAX_FIGURE_TEXT,
  MAX_PANELS,
  MAX_PIXELS,
  MAX_PLOT_POINTS,
  MAX_SIDE,
  MAX_TEXT,
  MAX_TICKS,
  MAX_WORK,
  MAX_GRADIENT_POINTS,
} from '../limits';
import { validateSampling, type Sampling } from '../data/sampling';
import { WIDTH_RANGE } from './rules';
import type { AxesSpec, FigureSpec, OutputFormat } from './types';
import { validateMathTexts } from './math-texts';

/** The canvas a figure is drawn on: pixels for PNG, points for SVG and PDF (as matplotlib's backends). */
export function canvasSize(fig: Pick<FigureSpec, 'size' | 'dpi'>, format: OutputFormat): [number, number] {
  const perInch = format === 'png' ? fig.dpi : 72;
  return [Math.round(fig.size[0] * perInch), Math.round(fig.size[1] * perInch)];
}

/** Throws a UsageError naming the field unless `fig` can be drawn in `format`. */
export function validateFigure(fig: FigureSpec, format: OutputFormat = 'png'): void {
  validateCanvas(fig, format);
  if (fig.axes.length > MAX_PANELS) throw badValue('panels', `${fig.axes.length} panels`, `at most ${MAX_PANELS}`);
  fig.axes.forEach((ax, i) => {
    for (const key of ['xlim', 'ylim'] as const) {
      const lim = ax[key];
      if (!lim) continue;
      // MIN above MAX is an inverted axis; MIN equal to MAX is widened, as matplotlib does both.
      if (!lim.every((v) => v === null || Number.isFinite(v))) {
        throw badValue(['panels', i, key], lim.join(','), 'MIN,MAX, both finite (or null for autoscale)');
      }
    }
    validateAxisSharing(fig, ax, i);
    for (const axis of ['x', 'y'] as const) {
      // matplotlib: "This method only works with the ScalarFormatter" (a log axis has LogFormatterSciNotation).
      if (ax[`${axis}scale`] && ax[`${axis}format`]) {
        throw new UsageError(['panels', i, 'ticklabelFormat'], {
          problem: `ticklabel_format on a log ${axis} axis: matplotlib refuses it, it only works with the ScalarFormatter`,
        });
      }
    }
    ax.curves.forEach((c, k) => {
      if ([c.fn, c.expr, c.points].filter((v) => v !== undefined).length !== 1) {
        throw new UsageError(['panels', i, 'curves', k], {
          problem: 'a curve needs exactly one of a function name (fn), an expression (expr) and data (points)',
        });
      }
      // Named by the option that gives the points: --plot or --scatter (a config's plot or scatter key).
      if (c.points) validatePoints(c.points, ['panels', i, 'curves', k, c.scatter ? 'scatter' : 'plot']);
      if (c.sampling) validateOwnSampling(c.sampling, ['panels', i, 'curves', k, 'plot']);
      // Classic mode's scatter() has sizes, colours and margins of its own (s=20, 'b', at least 5 %).
      if (c.scatter && fig.rc?.['_internal.classic_mode']) {
        throw new UsageError(['panels', i, 'curves', k, 'scatter'], {
          problem:
            "scatter() in the classic style (_internal.classic_mode) is matplotlib's, but actplot does not draw it " +
            'yet; plot() the points with a marker instead, e.g. --plot "[0, 1], [0, 1], \'o\'"',
        });
      }
      const [lo, hi] = WIDTH_RANGE;
      if (c.linewidth !== undefined && !(Number.isFinite(c.linewidth) && c.linewidth >= lo && c.linewidth <= hi)) {
        throw badValue(['panels', i, 'linewidth'], c.linewidth, `a width in points from ${lo} to ${hi}`);
      }
    });
  });
  validateWork(fig);
  validateMathTexts(fig);
}

/**
 * plt.axis() on shared axes: matplotlib refuses 'equal' (adjustable='datalim') when both axes are shared, and
 * 'square' sets limits every sharing axes takes, which is not drawn yet (each panel's limits are its own here).
 */
function validateAxisSharing(fig: FigureSpec, ax: AxesSpec, i: number): void {
  const shared = (v: FigureSpec['sharex']) => v !== undefined && v !== 'none' && fig.axes.length > 1;
  const [x, y] = [shared(fig.sharex), shared(fig.sharey)];
  if (ax.squareLimits && (x || y)) {
    throw badValue(
      ['panels', i, 'axis'],
      'square',
      'an option other than square with sharex/sharey',
      "'scaled' keeps the shared limits",
    );
  }
  if (ax.aspectAdjustable === 'datalim' && x && y) {
    throw badValue(
      ['panels', i, 'axis'],
      'equal',
      "an option other than equal with both axes shared (adjustable='datalim' is not allowed when both axes are shared)",
      "'scaled' shrinks the box instead",
    );
  }
}

function validateCanvas(fig: FigureSpec, format: OutputFormat): void {
  const [w, h] = fig.size;
  if (!(Number.isFinite(w) && Number.isFinite(h) && w > 0 && h > 0)) {
    throw badValue('size', `${w}x${h}`, 'WIDTHxHEIGHT in inches, both > 0, e.g. 8x4');
  }
  const [minDpi, maxDpi] = DPI_RANGE;
  if (!(Number.isFinite(fig.dpi) && fig.dpi >= minDpi && fig.dpi <= maxDpi)) {
    throw badValue('dpi', fig.dpi, `a number from ${minDpi} to ${maxDpi}, e.g. 100`);
  }
  const [cw, ch] = canvasSize(fig, format);
  const png = format === 'png';
  const unit = png ? 'px' : 'pt';
  const perInch = png ? fig.dpi : 72;
  const given = `${w}x${h}${png ? ` at ${fig.dpi} dpi` : ` as ${format.toUpperCase()}`} (${cw}x${ch} ${unit})`;
  const fix = png ? 'lower --size or --dpi' : 'lower --size';
  if (cw < 1 || ch < 1) {
    const raise = png ? 'raise --size or --dpi' : 'raise --size';
    throw badValue('size', given, `a figure at least 1 ${unit} wide and high (${round3(1 / perInch)} in here)`, raise);
  }
  if (cw > MAX_SIDE || ch > MAX_SIDE) {
    throw badValue('size', given, `at most ${MAX_SIDE} ${unit} a side (${round3(MAX_SIDE / perInch)} in here)`, fix);
  }
  if (png && cw * ch > MAX_PIXELS) throw badValue('size', given, `at most ${MAX_PIXELS / 1e6} megapixels`, fix);
}

/**
 * savefig(bbox_inches='tight')'s page, known once the figure is laid out: within the same limits as --size
 * (matplotlib's Agg refuses such an image too). What stretches it is a text, an annotation or a legend placed
 * far outside the axes.
 */
export function validateTightPage(format: OutputFormat, width: number, height: number): void {
  const png = format === 'png';
  const [w, h] = [Math.ceil(width), Math.ceil(height)];
  const unit = png ? 'px' : 'pt';
  const given = `tight (the content spans ${w}x${h} ${unit})`;
  const fix = 'bring back the text, annotation or legend placed that far outside the axes';
  if (w > MAX_SIDE || h > MAX_SIDE)
    throw badValue('bboxInches', given, `a page at most ${MAX_SIDE} ${unit} a side`, fix);
  if (png && w * h > MAX_PIXELS)
    throw badValue('bboxInches', given, `a page of at most ${MAX_PIXELS / 1e6} megapixels`, fix);
}

/** The limits on how much a figure holds (limits.ts): curves, ticks, text, and the work its curves take. */
function validateWork(fig: FigureSpec): void {
  const curves = fig.axes.reduce((n, ax) => n + ax.curves.length, 0);
  if (curves > MAX_CURVES) {
    const expected = `at most ${MAX_CURVES} in a figure, derivatives included`;
    throw badValue('functions', `${curves} curves`, expected, 'split them over several figures');
  }
  const ticks = fig.axes.reduce((n, ax) => n + (ax.xticks?.length ?? 0) + (ax.yticks?.length ?? 0), 0);
  if (ticks > MAX_TICKS) throw badValue('xticks', `${ticks} ticks`, `at most ${MAX_TICKS} in a figure`);
  let text = 0;
  fig.axes.forEach((ax, i) => {
    const texts: [string, string | undefined][] = [
      ['title', ax.title],
      ...(ax.otherTitles ?? []).map((t): [string, string] => ['title', t.text]),
      ['xlabel', ax.xlabel],
      ['ylabel', ax.ylabel],
      ...ax.curves.map((c): [string, string | undefined] => ['label', c.label]),
    ];
    for (const [key, t] of texts) {
      if (t === undefined) continue;
      if (t.length > MAX_TEXT)
        throw badValue(['panels', i, key], `a text of ${t.length} characters`, `at most ${MAX_TEXT}`);
      text += t.length;
    }
  });
  if (text > MAX_FIGURE_TEXT) {
    throw badValue('title', `texts of ${text} characters in all`, `at most ${MAX_FIGURE_TEXT} in a figure`);
  }
  let work = 0;
  let points = 0;
  fig.axes.forEach((ax, i) => {
    const n = validateSampling(ax.sampling, ['panels', i]);
    points = Math.max(points, n);
    if (n > MAX_GRADIENT_POINTS && ax.curves.some((c) => c.gradient !== undefined)) {
      throw badValue(
        ['panels', i, 'num'],
        `${n} points`,
        `at most ${MAX_GRADIENT_POINTS} for np.gradient, drawn through every one`,
      );
    }
    for (const c of ax.curves) {
      const samples = c.sampling ? validateSampling(c.sampling) : n;
      work += c.points ? c.points.x.length : samples * (bindCurve(c).cost ?? FUNCTION_COST);
    }
  });
  if (work > MAX_WORK) {
    const key = fig.axes.some((ax) => ax.sampling.kind === 'linspace') ? 'num' : 'step';
    throw new UsageError(key, {
      given: `${points} points for ${curves} curve${curves > 1 ? 's' : ''}, ${work} units of work (points times each curve's cost)`,
      expected: `at most ${MAX_WORK} in a figure`,
      hint: 'fewer points, fewer curves or a simpler expression',
    });
  }
}

/** A curve's own range (plot(np.linspace(0, 5, 50), relu(x))): drawn through every sample, as plot()'s data is. */
function validateOwnSampling(s: Sampling, at: FieldPath): void {
  const n = validateSampling(s, at);
  if (n > MAX_PLOT_POINTS) {
    throw badValue([...at, 'x'], `${n} points`, `at most ${MAX_PLOT_POINTS} in a plot() over a range of its own`);
  }
}

/** Data as plot() takes it (the API hands it over directly): x and y of one length, finite, not too many. */
function validatePoints(points: { x: number[]; y: number[] }, at: FieldPath): void {
  const { x, y } = points;
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || !x.length) {
    throw new UsageError(at, { problem: 'expected x and y: lists of numbers of one length, at least one point' });
  }
  if (x.length > MAX_PLOT_POINTS) throw badValue(at, `${x.length} points`, `at most ${MAX_PLOT_POINTS} in one plot()`);
  if (![...x, ...y].every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new UsageError(at, { problem: 'expected finite numbers only' });
  }
}

const round3 = (v: number) => String(Math.round(v * 1000) / 1000);
