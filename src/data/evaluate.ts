/**
 * Figure description → numbers: every curve's x and y values. Pure; no drawing.
 * A curve with many more points than pixel columns is reduced as it is evaluated (reduce.ts).
 */
import { curveLabel } from '../functions/registry';
import { REDUCE_ABOVE, reduceOnTwoCores, valueOrDerivative } from './reduce';
import { subplotBoxes } from '../spec/subplots';
import { autoLimits } from './extent';
import { fillSamples, sampleAt, validateSampling } from './sampling';
import type { AxesSpec, CurveSpec, FigureSpec } from '../spec';

export interface CurveData {
  spec: CurveSpec;
  label: string;
  xs: Float64Array;
  ys: Float64Array;
}

export interface AxesData {
  spec: AxesSpec;
  curves: CurveData[];
}

export function evaluateCurve(curve: CurveSpec, xs: Float64Array): Float64Array {
  const at = valueOrDerivative(curve);
  const ys = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) ys[i] = at(xs[i]);
  return ys;
}

export function defaultLabel(curve: CurveSpec): string {
  const label = curveLabel(curve);
  return curve.derivative ? `${label}'` : label;
}

/** reduce: false draws every point as it is (for comparing; memory then grows with the point count). */
export function evaluateFigure(fig: FigureSpec, options: { reduce?: boolean } = {}): AxesData[] {
  const cols = fig.cols ?? Math.max(1, fig.axes.length);
  const rows = fig.rows ?? Math.ceil(fig.axes.length / cols);
  const boxes = subplotBoxes(rows, cols, fig.size[0] * fig.dpi, fig.size[1] * fig.dpi);
  return fig.axes.map((ax, i) => {
    const n = validateSampling(ax.sampling);
    const columns = Math.max(1, Math.round(boxes[i].right - boxes[i].left));
    const label = (c: CurveSpec) => c.label ?? defaultLabel(c);
    if (options.reduce === false || n <= REDUCE_ABOVE * columns) {
      const xs = new Float64Array(n);
      fillSamples(ax.sampling, n, 0, xs);
      return { spec: ax, curves: ax.curves.map((c) => ({ spec: c, label: label(c), xs, ys: evaluateCurve(c, xs) })) };
    }
    const xlim = ax.xlim ?? autoLimits([Float64Array.of(sampleAt(ax.sampling, n, 0), sampleAt(ax.sampling, n, n - 1))]);
    return {
      spec: ax,
      curves: ax.curves.map((c) => ({
        spec: c,
        label: label(c),
        ...reduceOnTwoCores(c, ax.sampling, n, xlim, columns),
      })),
    };
  });
}
