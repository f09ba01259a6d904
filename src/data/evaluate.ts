/**
 * Figure description → numbers: every curve's x and y values. Pure; no drawing.
 * A curve with many more points than pixel columns is reduced as it is evaluated (reduce.ts).
 */
import { stepPoints } from './steps';
import { curveLabel } from '../functions/registry';
import { REDUCE_ABOVE, reduceOnTwoCores, valueOrDerivative } from './reduce';
import { gridPlaces, placeBoxes, subplotParamsOf } from '../spec/subplots';
import { DEFAULT_RC } from '../style/rcparams';
import { autoLimits, resolveLimits } from './extent';
import { isReduced } from './precision';
import { fillSamples, sample, sampleAt, validateSampling, type Sampling } from './sampling';
import type { AxesSpec, CurveSpec, FigureSpec, FillSpec, WhereSide } from '../spec';
import { whereMask } from './where';
import { sliced } from './slice';

export interface CurveData {
  spec: CurveSpec;
  label: string;
  /** The points drawn: every sample, or what each pixel column shows when `full` is set. */
  xs: Float64Array;
  ys: Float64Array;
  /** A reduced curve's whole sampling, for what needs every point (the legend's 'best' counts them). */
  full?: { sampling: Sampling; n: number };
  /** Where its markers go: every markevery-th sample from the first, whether or not the line is reduced. */
  markers?: { xs: Float64Array; ys: Float64Array };
}

/** A fill_between's two bounds at every sample of the axes. */
export interface FillData {
  spec: FillSpec;
  xs: Float64Array;
  y1: Float64Array;
  y2: Float64Array;
  /** where=: 1 for each sample filled. */
  where?: Uint8Array;
}

export interface AxesData {
  spec: AxesSpec;
  curves: CurveData[];
  fills?: FillData[];
}

/** A curve's values at samples xs (for np.gradient's, every sample of the axes, in order: it differences them). */
export function evaluateCurve(curve: CurveSpec, xs: Float64Array): Float64Array {
  const at = valueOrDerivative(curve);
  const ys = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) ys[i] = at(xs[i]);
  if (curve.gradient === undefined) return ys;
  const { numpyGradient } = require('./gradient') as typeof import('./gradient');
  return numpyGradient(ys, curve.gradient === 'x' ? xs : curve.gradient);
}

export function defaultLabel(curve: CurveSpec): string {
  const label = curveLabel(curve);
  return curve.derivative ? `${label}'` : label;
}

/** reduce: false draws every point as it is (for comparing; memory then grows with the point count). */
export function evaluateFigure(fig: FigureSpec, options: { reduce?: boolean } = {}): AxesData[] {
  // A twin (ax.twinx()) is in its host's cell.
  const grid = gridPlaces(fig);
  const cellOf = grid.placeOf;
  const rc = fig.rc ?? DEFAULT_RC;
  const params = { ...subplotParamsOf(rc), ...fig.subplotsAdjust, ...fig.gridParams };
  const boxes = placeBoxes(grid, fig.size[0] * fig.dpi, fig.size[1] * fig.dpi, params, fig.gridRatios);
  return fig.axes.map((ax, i) => {
    const n = validateSampling(ax.sampling);
    // tight_layout moves the axes after this: reduced to the figure's columns, the curve is fine for any place.
    const wide = fig.tightLayout ? fig.size[0] * fig.dpi : boxes[cellOf[i]].right - boxes[cellOf[i]].left;
    const columns = Math.max(1, Math.round(wide));
    const label = (c: CurveSpec) => c.label ?? defaultLabel(c);
    const fills = ax.fills?.length ? { fills: fillData(ax, n) } : {};
    // A log x axis does not put samples in even pixel columns, and np.gradient differences neighbours: their
    // curves are drawn whole.
    // A step curve's vertices are its samples': drawn whole too.
    // A sliced curve's points are the kept samples: drawn whole too.
    const whole =
      ax.xscale || ax.curves.some((c) => c.gradient !== undefined || c.steps !== undefined || c.slice !== undefined);
    if (options.reduce === false || n <= REDUCE_ABOVE * columns || whole) {
      const xs = new Float64Array(n);
      fillSamples(ax.sampling, n, 0, xs);
      const curves = ax.curves.map((c) =>
        c.points
          ? dataCurve(c, label(c))
          : c.sampling
            ? ownRangeCurve(c, label(c), ax)
            : keptSamples({ spec: c, label: label(c), xs, ys: evaluateCurve(c, xs) }, ax),
      );
      return { spec: ax, curves, ...fills };
    }
    const sampled = autoLimits([Float64Array.of(sampleAt(ax.sampling, n, 0), sampleAt(ax.sampling, n, n - 1))]);
    const xlim = resolveLimits(ax.xlim, () => sampled).limits;
    return {
      spec: ax,
      curves: ax.curves.map((c) =>
        c.points
          ? dataCurve(c, label(c))
          : c.sampling
            ? ownRangeCurve(c, label(c), ax)
            : withMarkers(
                {
                  spec: c,
                  label: label(c),
                  ...reduceOnTwoCores(c, ax.sampling, n, xlim, columns),
                  full: { sampling: ax.sampling, n },
                },
                ax,
                n,
              ),
      ),
      ...fills,
    };
  });
}

/**
 * A curve over a range of its own (plot(np.linspace(0, 5, 50), relu(x))): every sample of it, never reduced, as
 * plot() draws data (the builder keeps it within MAX_PLOT_POINTS).
 */
function ownRangeCurve(c: CurveSpec, label: string, ax: AxesSpec): CurveData {
  const xs = sample(c.sampling!);
  return keptSamples({ spec: c, label, xs, ys: evaluateCurve(c, xs) }, ax);
}

/**
 * A curve evaluated at every sample, drawn through those its slice keeps (all without one), its markers and
 * steps taken from them, as plot(x[::10], y[::10]) draws the sliced arrays.
 */
function keptSamples(d: CurveData, ax: AxesSpec): CurveData {
  const s = d.spec.slice;
  const kept = s ? { ...d, xs: sliced(d.xs, s), ys: sliced(d.ys, s) } : d;
  return stepped(withMarkers(kept, ax, kept.xs.length));
}

/**
 * drawstyle='steps-...' of a sampled curve (plt.step(x, f(x))): the line through the step function's vertices,
 * as for data, its markers where they were picked, at the samples.
 */
function stepped(d: CurveData): CurveData {
  if (!d.spec.steps) return d;
  const [xs, ys] = stepPoints(d.spec.steps, d.xs, d.ys);
  return { ...d, xs, ys };
}

/** plot() of data: its points as given, markers at every markevery-th of them. */
function dataCurve(c: CurveSpec, label: string): CurveData {
  const whole = (v: number[] | undefined) => Float64Array.from(v ?? []);
  const kept = (v: number[] | undefined) => (c.slice ? sliced(whole(v), c.slice) : whole(v));
  const xs = kept(c.points?.x);
  const ys = kept(c.points?.y);
  // drawstyle='steps-...': the line through the step function's vertices (Line2D.recache's STEP_LOOKUP_MAP).
  const [lineXs, lineYs] = c.steps ? stepPoints(c.steps, xs, ys) : [xs, ys];
  if (!c.marker || c.markDistance) return { spec: c, label, xs: lineXs, ys: lineYs };
  const every = c.markevery ?? 1;
  // markevery's indices where given ((start, N), a list, a mask), in their order; else every N-th point.
  const pick = (a: Float64Array) =>
    c.markAt ? Float64Array.from(c.markAt, (k) => a[k]) : a.filter((_, k) => k % every === 0);
  return { spec: c, label, xs: lineXs, ys: lineYs, markers: { xs: pick(xs), ys: pick(ys) } };
}

/** A curve with a marker gets its marker points: samples 0, every, 2·every... (Line2D's markevery=N). */
function withMarkers(c: CurveData, ax: AxesSpec, n: number): CurveData {
  // Markers a distance apart are picked from the drawn line's points by the layout.
  if (!c.spec.marker || c.spec.markDistance) return c;
  const every = c.spec.markevery ?? 1;
  const count = Math.ceil(n / every);
  const xs = new Float64Array(count);
  for (let k = 0; k < count; k++) xs[k] = c.full ? sampleAt(ax.sampling, n, k * every) : c.xs[k * every];
  // np.gradient's values are the drawn line's own (it is never reduced): taken at the marked samples.
  if (c.spec.gradient !== undefined) return { ...c, markers: { xs, ys: xs.map((_, k) => c.ys[k * every]) } };
  return { ...c, markers: { xs, ys: evaluateCurve(c.spec, xs) } };
}

/** Each fill_between's bounds at every sample (the builder keeps their count within MAX_FILL_POINTS). */
function fillData(ax: AxesSpec, n: number): FillData[] {
  const xs = new Float64Array(n);
  fillSamples(ax.sampling, n, 0, xs);
  // In a reduced type a fill's bounds are the curves' values in it, as its lines' are.
  const dtype = isReduced(ax.sampling.dtype) ? { dtype: ax.sampling.dtype } : {};
  return (ax.fills ?? []).map((spec) => {
    const y1 = evaluateCurve({ ...spec.y1, ...dtype }, xs);
    const y2 =
      typeof spec.y2 === 'number' ? new Float64Array(n).fill(spec.y2) : evaluateCurve({ ...spec.y2, ...dtype }, xs);
    if (!spec.where) return { spec, xs, y1, y2 };
    const side = (s: WhereSide) =>
      'value' in s
        ? s.value
        : 'bound' in s
          ? s.bound === 'y1'
            ? y1
            : y2
          : evaluateCurve({ ...s.curve, ...dtype }, xs);
    return { spec, xs, y1, y2, where: whereMask(spec.where, n, side) };
  });
}

/** A rectangle, in whatever coordinates the caller maps the points to. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How many of a curve's points lie strictly inside each rectangle, every sample counted (evaluated again a
 * chunk at a time, in flat memory): matplotlib's legend counts the vertices of the whole line, where the drawn
 * points of a reduced curve are only what each pixel column shows. `toX` and `toY` map data to the rectangles'
 * coordinates.
 */
export function countInside(
  curve: CurveSpec,
  full: { sampling: Sampling; n: number },
  toX: (v: number) => number,
  toY: (v: number) => number,
  rects: readonly Rect[],
): number[] {
  const at = valueOrDerivative(curve);
  const counts = rects.map(() => 0);
  const chunk = new Float64Array(Math.min(1 << 16, full.n));
  for (let first = 0; first < full.n; first += chunk.length) {
    const count = Math.min(chunk.length, full.n - first);
    fillSamples(full.sampling, full.n, first, chunk);
    for (let k = 0; k < count; k++) {
      const y = at(chunk[k]);
      if (!Number.isFinite(y)) continue;
      const px = toX(chunk[k]);
      const py = toY(y);
      for (let r = 0; r < rects.length; r++) {
        const b = rects[r];
        if (px > b.left && px < b.right && py > b.top && py < b.bottom) counts[r]++;
      }
    }
  }
  return counts;
}
