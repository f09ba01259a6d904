/**
 * A panel's curves from their options: each function, expression or plot() of data read and checked, the
 * options given one per function (--color a,b) and each curve's own, parameters, and the derivatives --grad adds.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import {
  compileWithFunctions,
  curveLabel,
  expressionContext,
  getFunction,
  parseFunctionRef,
  resolveParams,
} from '../functions/registry';
import { plotLines, readPlot } from './plot-call';
import { parseColor } from '../style/colors';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import type { CurveOptions, PanelOptions, ParamInput } from './options';
import { parseAlpha, parseFmt, parseLineStyle, parseMarker, parseMarkerSize, markeveryOf, parseWidth } from './rules';
import type { AxesSpec, CurveSpec } from './types';

/** A curve of data points (plt.plot of lists), not of a function or an expression. */
export const isData = (c: CurveSpec) => c.points !== undefined;

/** A fill's bound: 'relu' or 'gelu(approximate=tanh)' names a function; anything else is an expression in x. */
export function fillCurve(text: string, at: FieldPath): CurveSpec {
  const t = text.trim();
  const named = /^([A-Za-z][\w-]*)\s*(\(\s*[A-Za-z_]\w*\s*=.*\))?$/s.exec(t);
  return named && expressionContext.lookup(named[1]) ? curveSpec({ function: t }, at) : curveSpec({ expr: t }, at);
}

/**
 * The curves in the order given (the command line's as typed), each with its index in p.curves; a plot() of
 * several lines is each of them in turn, under the same index.
 */
export function orderedCurves(p: PanelOptions, at: FieldPath): { curve: CurveOptions; k: number }[] {
  return p.curves.flatMap((curve, k) =>
    curve.plot === undefined
      ? [{ curve, k }]
      : plotLines(curve.plot, [...at, 'curves', k, 'plot']).map((plot) => ({ curve: { ...curve, plot }, k })),
  );
}

/** A curve's function (with its inline parameters) or its expression, compiled now so a mistake is reported. */
export function curveSpec(c: CurveOptions, at: FieldPath, rc: Rc = DEFAULT_RC): CurveSpec {
  const kinds = [c.function, c.expr, c.plot, c.scatter].filter((v) => v !== undefined).length;
  if (kinds !== 1) throw new UsageError(at, { problem: 'expected exactly one of function, expr, plot and scatter' });
  if (c.plot !== undefined) return readPlot(c.plot, [...at, 'plot']);
  if (c.scatter !== undefined) {
    const { readScatter } = require('./scatter-call') as typeof import('./scatter-call');
    return readScatter(c.scatter, [...at, 'scatter'], rc);
  }
  if (c.expr !== undefined) {
    // curve-y.ts (and autograd's reader) loaded for an expression curve alone, not a function's.
    const y = (require('./curve-y') as typeof import('./curve-y')).curveY(c.expr, [...at, 'expr']);
    compileWithFunctions(y.expr, [...at, 'expr']);
    return { ...y, label: c.name ?? c.expr };
  }
  const { fn, params } = parseFunctionRef(c.function!, [...at, 'function']);
  return { fn, params };
}

/** `param` applies to every curve whose function has that parameter. */
export function applyParams(curves: CurveSpec[], given: Record<string, ParamInput>, at: FieldPath): void {
  const fnCurves = curves.filter((c): c is CurveSpec & { fn: string } => c.fn !== undefined);
  for (const [name, value] of Object.entries(given)) {
    const takers = fnCurves.filter((c) => getFunction(c.fn).params.some((p) => p.name === name));
    if (!takers.length) {
      if (!fnCurves.length) {
        const expected =
          'a function with parameters; an expression takes them inline, e.g. leaky_relu(x, negative_slope=0.2)';
        throw badValue(at, `${name}=${value}`, expected);
      }
      resolveParams(getFunction(fnCurves[0].fn), { [name]: value }, at); // names the accepted parameters
    }
    const family = typeof value === 'string' && value.includes(',') ? value.split(',').map((v) => v.trim()) : undefined;
    for (const c of takers) {
      if (!family) {
        c.params = { ...c.params, [name]: value };
        resolveParams(getFunction(c.fn), c.params, at);
        continue;
      }
      // NAME=a,b,c: a family, one curve per value in place of the one, each labelled with its value.
      const members = family.map((v) => {
        const params = { ...c.params, [name]: v };
        resolveParams(getFunction(c.fn), params, at);
        return { ...c, params, label: curveLabel({ fn: c.fn, params }, [name]) };
      });
      curves.splice(curves.indexOf(c), 1, ...members);
    }
  }
}

/** One value for every curve, or one per curve in order. */
export function perCurve<T>(at: FieldPath, values: T[] | undefined, count: number): T[] | undefined {
  if (values === undefined) return undefined;
  if (values.length === 1) return Array<T>(count).fill(values[0]);
  if (values.length !== count) {
    throw badValue(at, values.join(','), `one value, or ${count} comma-separated values (one per function)`);
  }
  return values;
}

export function applyCurveStyles(curves: CurveSpec[], p: PanelOptions, at: FieldPath): void {
  const n = curves.length;
  // A format string first: keywords given beside it win, as plt.plot(x, y, 'r--', color='b') draws blue.
  perCurve([...at, 'fmt'], p.fmt, n)?.forEach((f, i) => {
    Object.assign(curves[i], parseFmt([...at, 'fmt'], f.trim()));
  });
  perCurve([...at, 'color'], p.color, n)?.forEach((c, i) => {
    parseColor(c, [...at, 'color']);
    curves[i].color = c;
  });
  perCurve([...at, 'linewidth'], p.linewidth, n)?.forEach((w, i) => {
    curves[i].linewidth = parseWidth([...at, 'linewidth'], w);
  });
  perCurve([...at, 'alpha'], p.alpha, n)?.forEach((a, i) => {
    curves[i].alpha = parseAlpha([...at, 'alpha'], a);
  });
  perCurve([...at, 'linestyle'], p.linestyle, n)?.forEach((s, i) => {
    curves[i].linestyle = parseLineStyle([...at, 'linestyle'], s);
  });
  perCurve([...at, 'marker'], p.marker, n)?.forEach((m, i) => {
    const kind = parseMarker([...at, 'marker'], m);
    if (kind) {
      curves[i].marker = kind;
      delete curves[i].noMarker; // over a format string's none
    } else curves[i].noMarker = true;
  });
  perCurve([...at, 'markersize'], p.markersize, n)?.forEach((v, i) => {
    curves[i].markersize = parseMarkerSize([...at, 'markersize'], v);
  });
  perCurve([...at, 'markevery'], p.markevery, n)?.forEach((v, i) => {
    Object.assign(curves[i], markeveryOf([...at, 'markevery'], v));
  });
  if (p.label) {
    if (p.label.length > n) {
      throw badValue([...at, 'label'], p.label.join(' | '), `at most ${n} labels, one per function in order`);
    }
    p.label.forEach((l, i) => {
      curves[i].label = l;
    });
  }
}

/** A curve's own style and parameters (a config's curves), over the panel's. */
export function applyOwnStyles(
  curves: CurveSpec[],
  ordered: { curve: CurveOptions; k: number }[],
  at: FieldPath,
): void {
  ordered.forEach(({ curve: c, k }, i) => {
    const target = curves[i];
    const here = [...at, 'curves', k];
    if (c.params) {
      target.params = { ...target.params, ...c.params };
      resolveParams(getFunction(target.fn ?? ''), target.params, [...here, 'params']);
    }
    if (c.derivative) target.derivative = true;
    if (c.label !== undefined) target.label = c.label;
    if (c.color !== undefined) {
      parseColor(c.color, [...here, 'color']);
      target.color = c.color;
    }
    if (c.linewidth !== undefined) target.linewidth = parseWidth([...here, 'linewidth'], c.linewidth);
    if (c.alpha !== undefined) target.alpha = parseAlpha([...here, 'alpha'], c.alpha);
    if (c.linestyle !== undefined) target.linestyle = parseLineStyle([...here, 'linestyle'], c.linestyle);
  });
}

/**
 * The derivative of each function, after it: in green for a lone function, as the document draws it,
 * otherwise dashed in its function's colour.
 */
export function addDerivatives(ax: AxesSpec, single: boolean): void {
  let cycle = 0; // matplotlib advances its colour cycle only for lines without a colour of their own
  ax.curves = ax.curves.flatMap((c) => {
    if (single) return [c, { ...c, derivative: true, label: 'gradient', color: 'green' }];
    // 'CN' is read from the rc's cycle, wrapping around at its length as matplotlib does.
    const color = c.color ?? `C${cycle++}`;
    if (isData(c)) return [{ ...c, color }]; // data has no derivative; it takes its turn in the cycle all the same
    const label = `${c.label ?? curveLabel(c)} gradient`;
    return [
      { ...c, color },
      { ...c, color, derivative: true, label, linestyle: '--' as const },
    ];
  });
}
