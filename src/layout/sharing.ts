/**
 * An axes' data limits, and plt.subplots(sharex=..., sharey=...): shared axes take the limits of all their
 * data together (or the limits one of them is given), and, as subplots() leaves them, show tick labels only
 * on the outer panels: x on the bottom row, y on the left column.
 */
import type { AxesData } from '../data/evaluate';
import { autoLimits, resolveLimits } from '../data/extent';
import { isSymlog, type Share } from '../spec';
import type { GridSpan } from '../spec/subplots';
import type { Rc } from '../style/rcparams';
import { artistExtents } from './artists';
import { locatorRc, viewLimits } from './axis';

/* Loaded for an axes that has a log or symlog scale: a linear figure starts without them. */
const logScale = () => require('./log-scale') as typeof import('./log-scale');
const symlogScale = () => require('./symlog-scale') as typeof import('./symlog-scale');

/** Every data value that widens an axes' limits, x and y: curves, axhline/axvline, hlines/vlines, bands. */
export function dataValues(
  d: AxesData,
  margins?: { x: number; y: number },
): { xs: Float64Array[]; ys: Float64Array[] } {
  const spec = d.spec;
  // hlines and vlines widen both limits, a band only across its direction (add_collection, add_patch).
  const more = artistExtents(spec.segments ?? [], spec.spans ?? []);
  // A fill widens both limits by its points (add_collection); with where=, by the points it fills.
  const fills = (d.fills ?? []).map((f) => {
    const mask = f.where;
    if (!mask) return f;
    const kept = (a: Float64Array) => a.filter((_, i) => mask[i]);
    return { ...f, xs: kept(f.xs), y1: kept(f.y1), y2: kept(f.y2) };
  });
  // A line's points with both coordinates finite: Line2D's data limits come from its path with the NaN and
  // infinite points taken out (update_path_extents' PathNanRemover), so a point left out by np.nan widens neither.
  const points = d.curves.map((c) => finitePoints(c.xs, c.ys));
  // The plots' values: curves and fills, which come before the lines.
  const plotted = (axis: 'x' | 'y') =>
    axis === 'x'
      ? [...points.map((p) => p.xs), ...fills.map((f) => f.xs)]
      : [...points.map((p) => p.ys), ...fills.flatMap((f) => [finiteOnly(f.y1), finiteOnly(f.y2)])];
  // An axhline widens the y data limits by its value, an axvline the x ones (matplotlib's add_line); but one
  // inside the view the plots before it made requests no new autoscale (Axes.axhline: scaley only for a y
  // outside get_ybound()), so the view stays theirs. Where hlines, vlines or spans come after the lines (the
  // command line's order), they request one, over every line's value; so do log and symlog axes here.
  const refValues = (o: 'h' | 'v') => {
    const all = (spec.refLines ?? []).filter((l) => l.orientation === o).map((l) => l.value);
    const axis = o === 'h' ? 'y' : 'x';
    if (!margins || !all.length || spec[`${axis}scale`] || spec.segments?.length || spec.spans?.length) {
      return Float64Array.from(all);
    }
    // Only the plots' ends matter to a view: found once, not again for each line.
    let lo = Infinity;
    let hi = -Infinity;
    for (const a of plotted(axis)) {
      for (let i = 0; i < a.length; i++) {
        if (a[i] < lo) lo = a[i];
        if (a[i] > hi) hi = a[i];
      }
    }
    const ends = Float64Array.of(lo, hi);
    let view = autoLimits([ends], margins[axis]);
    let kept = 0;
    all.forEach((v, k) => {
      if (v >= view[0] && v <= view[1]) return;
      kept = k + 1;
      view = autoLimits([ends, Float64Array.from(all.slice(0, kept))], margins[axis]);
    });
    return Float64Array.from(all.slice(0, kept));
  };
  return {
    xs: [...points.map((p) => p.xs), refValues('v'), Float64Array.from(more.x), ...fills.map((f) => f.xs)],
    ys: [
      ...points.map((p) => p.ys),
      refValues('h'),
      Float64Array.from(more.y),
      ...fills.flatMap((f) => [finiteOnly(f.y1), finiteOnly(f.y2)]),
    ],
  };
}

/** The points whose x and y are both finite (all of them, as given, in the usual case). */
function finitePoints(xs: Float64Array, ys: Float64Array): { xs: Float64Array; ys: Float64Array } {
  const ok = (i: number) => Number.isFinite(xs[i]) && Number.isFinite(ys[i]);
  let all = true;
  for (let i = 0; i < xs.length && all; i++) all = ok(i);
  if (all) return { xs, ys };
  return { xs: xs.filter((_, i) => ok(i)), ys: ys.filter((_, i) => ok(i)) };
}

function finiteOnly(a: Float64Array): Float64Array {
  return a.every(Number.isFinite) ? a : a.filter(Number.isFinite);
}

/** What sharing decides for one axes: its limits, and whether its tick labels are shown. */
export interface AxesShare {
  xlim: [number, number];
  ylim: [number, number];
  xTickLabels: boolean;
  yTickLabels: boolean;
  /** Labels on the top and right, where asked for: the first row's and the last column's alone when shared. */
  xTopLabels: boolean;
  yRightLabels: boolean;
  /** Whether another axes shares this one's x (y) axis: apply_aspect then leaves that axis alone. */
  sharedX: boolean;
  sharedY: boolean;
  /** The data's own extent (Axes.dataLim), without margins: for adjustable 'datalim' alone, which needs it. */
  dataLim?: { x: [number, number]; y: [number, number] };
  /** Limits whose two ends were the same number (matplotlib warns, and widens them). */
  singular?: ('x' | 'y')[];
  /** What else matplotlib warns of while autoscaling (a log axis with nothing above zero). */
  warnings?: string[];
}

/**
 * Each axes' limits and tick labels, by the rows and columns of the grid each spans (`placeOf`; by default the
 * axes fill the grid row by row, a cell each). A twin shares its host's x axis (and so every axes the host shares
 * it with) and keeps its y axis to itself.
 */
export function shareAxes(
  data: readonly AxesData[],
  grid: { rows: number; cols: number },
  share: { x: Share; y: Share },
  rc: Rc,
  placeOf: (i: number) => Pick<GridSpan, 'rows' | 'cols'> | undefined = (i) => ({
    rows: [Math.floor(i / grid.cols), Math.floor(i / grid.cols) + 1],
    cols: [i % grid.cols, (i % grid.cols) + 1],
  }),
  tickSpace: (i: number, axis: 'x' | 'y') => number = () => 9,
): AxesShare[] {
  const locating = locatorRc(rc);
  // Under 'round_numbers' the view is the locator's, which the lines' rule above does not follow: every value.
  const values = data.map((d) =>
    dataValues(
      d,
      locating.roundNumbers
        ? undefined
        : { x: d.spec.margins?.x ?? rc['axes.xmargin'], y: d.spec.margins?.y ?? rc['axes.ymargin'] },
    ),
  );
  const twinOf = (k: number) => data[k].spec.twinOf;
  // Each axes' rows and columns of the grid (a span's, scaled to it; a grid that does not divide it, none).
  const places = data.map((_, i) => placeOf(i));
  const [firstRow, firstCol] = [(k: number) => places[k]?.rows[0], (k: number) => places[k]?.cols[0]];
  const byCell = (s: Share, i: number) =>
    data
      .map((_, k) => k)
      .filter(
        (k) =>
          twinOf(k) === undefined &&
          (s === 'all' ||
            (s === 'row' && firstRow(k) === firstRow(i)) ||
            (s === 'col' && firstCol(k) === firstCol(i)) ||
            k === i),
      );
  const groups = {
    x: (s: Share, i: number) => {
      const hosts = byCell(s, twinOf(i) ?? i);
      return data.map((_, k) => k).filter((k) => hosts.includes(twinOf(k) ?? k));
    },
    y: (s: Share, i: number) => (twinOf(i) === undefined ? byCell(s, i) : [i]),
  };
  const singular = data.map(() => [] as ('x' | 'y')[]);
  const warnings = data.map(() => [] as string[]);
  const limits = (axis: 'x' | 'y', i: number): [number, number] => {
    const members = groups[axis](share[axis], i);
    // A limit given to one shared axes is every one's (set_xlim on a shared axes), the last one given; an end
    // given as null is where autoscale puts it.
    const setters = members.filter((k) => data[k].spec[`${axis}lim`] !== undefined);
    const setter = setters[setters.length - 1];
    const resolved = resolveLimits(data[setter]?.spec[`${axis}lim`], () => autoscaled(axis, i, members));
    // matplotlib warns once, of the set_xlim() call: on the axes it was given to.
    if (resolved.singular && setter === i) singular[i].push(axis);
    // invert_xaxis() after the limits swaps them, on every axes sharing them; each call toggles.
    const inverts = members.filter((k) => data[k].spec.invert?.[axis]).length;
    const [a, b] = resolved.limits;
    return inverts % 2 ? [b, a] : [a, b];
  };
  const autoscaled = (axis: 'x' | 'y', i: number, members: number[]): [number, number] => {
    // Axes with nothing on them never autoscale: their view stays the unit one, unless shared with one that does.
    if (members.every((k) => data[k].spec.empty)) return [0, 1];
    const all = members.flatMap((k) => values[k][`${axis}s`]);
    const margin = data[i].spec.margins?.[axis] ?? rc[`axes.${axis}margin`];
    const scale = data[i].spec[`${axis}scale`];
    const spec = data[i].spec;
    const round = locating.roundNumbers && !spec.autoscaleTight;
    // The locator the axis had when autoscaled (the automatic one still, if the script set ticks after the plots).
    const locator = spec.ticksAfterPlots ? spec[`${axis}locator`] : (spec[`${axis}ticks`] ?? spec[`${axis}locator`]);
    const symlog = scale && isSymlog(scale) ? scale : undefined;
    const log = scale && !isSymlog(scale) ? scale : undefined;
    let auto: [number, number];
    // SymmetricalLogLocator.view_limits: decades under 'round_numbers' (a FixedLocator's, set ticks', do not round).
    if (symlog) auto = symlogScale().symlogAutoLimits(all, margin, symlog, round && !Array.isArray(locator));
    else if (log) {
      const scaled = logScale().logAutoLimits(all, margin, log);
      if (scaled.warning) warnings[i].push(scaled.warning);
      auto = scaled.limits;
    } else auto = autoLimits(all, margin);
    // Locator.view_limits: out to round numbers under axes.autolimit_mode 'round_numbers', by that locator.
    if (round && !symlog) {
      if (!log) auto = viewLimits(auto, locator, () => tickSpace(i, axis), locating);
      else if (!Array.isArray(locator)) auto = logScale().logViewLimits(auto[0], auto[1], log.base);
    }
    // plt.xticks(ticks) after the plots: Axis.set_ticks widens the view, of every shared axes, to the ticks
    // (set_view_interval, which never narrows it). Before them (the document's scripts), autoscale undoes it.
    return widenedTo(
      auto,
      members.flatMap((k) => (data[k].spec.ticksAfterPlots ? (data[k].spec[`${axis}ticks`] ?? []) : [])),
    );
  };
  return data.map((_, i) => ({
    xlim: limits('x', i),
    ylim: limits('y', i),
    ...(singular[i].length && { singular: singular[i] }),
    ...(warnings[i].length && { warnings: [...new Set(warnings[i])] }),
    // _label_outer_xaxis and _label_outer_yaxis: the last row's x labels, the first column's y labels.
    // SubplotSpec.is_last_row() and is_first_col(): a span's end or start.
    xTickLabels: !(share.x === 'all' || share.x === 'col') || places[i]?.rows[1] === grid.rows,
    yTickLabels: !(share.y === 'all' || share.y === 'row') || places[i]?.cols[0] === 0,
    xTopLabels: !(share.x === 'all' || share.x === 'col') || places[i]?.rows[0] === 0,
    yRightLabels: !(share.y === 'all' || share.y === 'row') || places[i]?.cols[1] === grid.cols,
    sharedX: groups.x(share.x, i).length > 1,
    sharedY: groups.y(share.y, i).length > 1,
    ...(data[i].spec.aspectAdjustable === 'datalim' && {
      dataLim: { x: autoLimits(values[i].xs, 0), y: autoLimits(values[i].ys, 0) },
    }),
  }));
}

function widenedTo([lo, hi]: [number, number], ticks: readonly number[]): [number, number] {
  for (const t of ticks) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  return [lo, hi];
}

/** matplotlib's own warning (Axis._set_lim) for each axis given equal ends, which it widens and draws on. */
export function singularWarnings(shares: readonly AxesShare[]): string[] {
  return shares.flatMap((share, i) => [
    ...(share.warnings ?? []),
    ...(share.singular ?? []).map((axis) => {
      const panel = shares.length > 1 ? ` (panel ${i + 1})` : '';
      return (
        `${axis}lim${panel}: Attempting to set identical low and high ${axis}lims makes transformation ` +
        `singular; automatically expanding.`
      );
    }),
  ]);
}
