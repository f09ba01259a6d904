/**
 * plt.scatter(x, y, s, c, marker, ...) as an option (--scatter, a config's scatter key): the call's argument text
 * copied from a script, or its values by name. A scatter is a PathCollection: one marker at each point, no line,
 * its colour the patches' cycle's turn (shared with fill_between) unless given, under the lines (zorder 1). One
 * size and colour for all its points is stamped with draw_markers, as a line's markers are (Collection.draw's
 * single-path optimisation); a size or colour for each point is drawn as draw_path_collection draws it.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { MAX_PLOT_POINTS } from '../limits';
import type { ScatterCallOptions } from './options';
import { argumentTexts, isWrittenValue, joinedArguments, unwrapped, type CallSignature, type PyValue } from '../pycall';
import { bound, colour, finite, shownPy, text } from './pyplot-calls';
import { parseAlpha, parseMarker, parseWidth } from './rules';
import type { CurveSpec, MarkerKind } from './types';
import { DEFAULT_RC, type Rc } from '../style/rcparams';

const SCATTER: CallSignature = {
  call: 'scatter',
  positional: ['x', 'y', 's', 'c', 'marker', 'cmap', 'norm', 'vmin', 'vmax', 'alpha', 'linewidths'],
  keywords: ['edgecolors', 'color', 'label', 'zorder'],
  // Collection's aliases (collections.py _alias_map), and scatter's own facecolor(s) for its colour.
  aliases: {
    linewidth: 'linewidths',
    lw: 'linewidths',
    edgecolor: 'edgecolors',
    ec: 'edgecolors',
    facecolor: 'color',
    facecolors: 'color',
    fc: 'color',
  },
  unsupported: ['cmap', 'norm', 'vmin', 'vmax', 'plotnonfinite', 'hatch', 'linestyle', 'linestyles', 'ls', 'offsets'],
};

/** The points' coordinates: a number alone is one point, as np.ma.ravel makes it; NaN points are left out. */
function values(v: PyValue, at: FieldPath): number[] {
  const list = Array.isArray(v) ? v : [v];
  if (list.length > MAX_PLOT_POINTS) {
    throw badValue(at, `${list.length} values`, `at most ${MAX_PLOT_POINTS} points in one scatter()`);
  }
  return list.map((x) => finite(x, at, 'a list of finite numbers, e.g. [0, 0.5, 1]'));
}

/** s=: the markers' area in points squared, one for all or one for each point (cycled, as a collection's). */
function markerAreas(v: PyValue, at: FieldPath): number[] {
  const list = Array.isArray(v) ? v : [v];
  const sizes = list.map((s) => finite(s, at, 'an area in points squared, e.g. 36'));
  if (!sizes.length || sizes.some((s) => s < 0 || s > 10_000)) {
    throw badValue(at, shownPy(v), 'an area in points squared, 0 to 10000 (a marker 6 points wide is 36)');
  }
  return sizes;
}

/**
 * c= or color=: one colour, or a colour for each point (a list of colour names); numbers through a colormap
 * are not drawn yet.
 */
function scatterColours(v: PyValue, at: FieldPath): string[] {
  const list = Array.isArray(v) ? v : [v];
  if (!list.length || list.some((c) => typeof c === 'number')) {
    throw new UsageError(at, {
      problem: "values through a colormap (numbers for c) are matplotlib's, but actplot does not draw them yet",
    });
  }
  return list.map((c, i) => colour(c, Array.isArray(v) ? [...at, i] : at));
}

/**
 * scatter(x, f(x), ...) of the panel's own x (the sampled range) and an expression in it: the expression, and the
 * call's other arguments with x and y left out (None), to be read as written values.
 */
function overRange(given: string): { y: string; rest: string } | undefined {
  const { positional, keywords } = argumentTexts(given);
  const [x, y] = positional.map((p) => unwrapped(p));
  // Values written out are data.
  if (x !== 'x' || y === undefined || isWrittenValue(y)) return undefined;
  return { y, rest: joinedArguments(['None', 'None', ...positional.slice(2)], keywords) };
}

/** One plt.scatter(): a curve of markers at its points, drawn and listed in the legend as matplotlib does. */
export function readScatter(given: string | ScatterCallOptions, at: FieldPath, rc: Rc = DEFAULT_RC): CurveSpec {
  const sampled = typeof given === 'string' ? overRange(given) : undefined;
  const b = bound(sampled?.rest ?? given, SCATTER, at);
  const has = (key: string) => b[key] !== undefined && b[key] !== null;
  let points: Pick<CurveSpec, 'points' | 'expr' | 'derivative' | 'gradient'>;
  if (sampled) {
    const { sampledCurve } = require('./plot-call') as typeof import('./plot-call');
    const { expr, derivative, gradient } = sampledCurve(sampled.y, [...at, 'y']);
    points = { expr, derivative, gradient };
  } else {
    if (!has('x') || !has('y')) throw badValue(at, 'no points', 'x and y, e.g. "[0, 1, 2], [0, 0.5, 1]"');
    points = { points: { x: values(b.x, [...at, 'x']), y: values(b.y, [...at, 'y']) } };
  }
  const xs = points.points?.x;
  if (xs && xs.length !== points.points!.y.length) {
    throw new UsageError(at, {
      problem: `x and y must be the same size, as scatter() requires; got ${xs.length} and ${points.points!.y.length}`,
    });
  }
  // scatter.marker and scatter.edgecolors where the call says none.
  const marker = rc['scatter.marker'] as MarkerKind;
  const curve: CurveSpec = { ...points, label: '', noLine: true, marker, scatter: true, zorder: 1 };
  const rcEdge = rc['scatter.edgecolors'];
  if (rcEdge !== 'face') curve.markeredgecolor = rcEdge;
  if (has('c') && has('color')) {
    throw new UsageError([...at, 'color'], {
      problem: "Supply a 'c' argument or a 'color' kwarg but not both; they differ but their functionalities overlap.",
    });
  }
  for (const key of ['c', 'color'] as const) {
    if (!has(key)) continue;
    const colours = scatterColours(b[key], [...at, key]);
    if (colours.length > 1 && colours.length !== xs?.length) {
      throw badValue(
        [...at, key],
        `${colours.length} colours`,
        xs ? `one colour, or one for each of the ${xs.length} points` : 'one colour for the points over the range',
      );
    }
    curve.color = colours[0];
    if (new Set(colours).size > 1) curve.markerColors = colours;
  }
  // s: sqrt(s) points across, a Line2D marker's markersize; left to lines.markersize (s = markersize²) unsaid.
  if (has('s')) {
    const areas = markerAreas(b.s, [...at, 's']);
    if (areas.length > 1 && areas.length !== xs?.length) {
      const each = xs
        ? `one size, or one for each of the ${xs.length} points`
        : 'one size for the points over the range';
      throw badValue([...at, 's'], `${areas.length} sizes`, each);
    }
    curve.markersize = Math.sqrt(areas[0]);
    if (new Set(areas).size > 1) curve.markerSizes = areas.map(Math.sqrt);
  }
  if (has('marker')) {
    const kind = parseMarker([...at, 'marker'], text(b.marker, [...at, 'marker']));
    if (!kind) throw badValue([...at, 'marker'], shownPy(b.marker), "a marker, e.g. 'o' (scatter's default)");
    curve.marker = kind;
  }
  if (has('alpha')) curve.alpha = parseAlpha([...at, 'alpha'], finite(b.alpha, [...at, 'alpha']));
  if (has('linewidths')) {
    const lw = Array.isArray(b.linewidths) && b.linewidths.length === 1 ? b.linewidths[0] : b.linewidths;
    curve.markeredgewidth = parseWidth([...at, 'linewidths'], finite(lw, [...at, 'linewidths']));
  }
  if (has('edgecolors')) {
    const e = text(b.edgecolors, [...at, 'edgecolors'], "'face', 'none' or a colour");
    // 'face' (scatter.edgecolors) is the face's colour: the edge drawn as the marker's own.
    delete curve.markeredgecolor;
    if (e === 'none') curve.markeredgecolor = 'none';
    else if (e !== 'face') curve.markeredgecolor = colour(e, [...at, 'edgecolors']);
  }
  if (has('label')) curve.label = String(b.label);
  if (has('zorder')) curve.zorder = finite(b.zorder, [...at, 'zorder']);
  return curve;
}
