/** Figure description → numbers: every curve's x and y values. Pure; no drawing. */
import { bindCurve, curveLabel } from './functions/registry';
import { sample } from './sampling';
import type { AxesSpec, CurveSpec, FigureSpec } from './spec';

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
  const bound = bindCurve(curve);
  const at = curve.derivative ? bound.grad : bound.value;
  const ys = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) ys[i] = at(xs[i]);
  return ys;
}

export function defaultLabel(curve: CurveSpec): string {
  const label = curveLabel(curve);
  return curve.derivative ? `${label}'` : label;
}

export function evaluateFigure(fig: FigureSpec): AxesData[] {
  return fig.axes.map((ax) => {
    const xs = sample(ax.sampling);
    return {
      spec: ax,
      curves: ax.curves.map((c) => ({ spec: c, label: c.label ?? defaultLabel(c), xs, ys: evaluateCurve(c, xs) })),
    };
  });
}
