/**
 * What a plot() call says of its line's looks: its format string and keywords (colour, line style and width,
 * markers and where they go, caps and joins, draw style), read onto the curve plot-call.ts made of its data.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { isTuple, type PyValue } from '../pycall';
import { colour, dashesKeyword, finite, shownPy, text, widthValue } from './pyplot-calls';
import {
  parseAlpha,
  parseFmt,
  parseLineStyle,
  parseMarker,
  parseMarkerSize,
  parseMarkevery,
  parseWidth,
} from './rules';
import type { CurveSpec, StepKind } from './types';

/** Line2D's drawstyles: straight from point to point (default), or steps ('steps' is 'steps-pre'). */
const DRAWSTYLES: Record<string, StepKind | undefined> = {
  default: undefined,
  steps: 'pre',
  'steps-pre': 'pre',
  'steps-mid': 'mid',
  'steps-post': 'post',
};

/** What linestyle='None' (or '', ' ', 'none') says: no line, the markers alone. */
const NO_LINE = ['None', 'none', '', ' '];

/**
 * markevery as Line2D takes it for n points: N (every N-th from the first), (start, N), a list of indices, or a
 * list of True/False, one a point; the last three as the indices they mark. A float, or (start, step) floats: a
 * distance along the line in fractions of the axes' diagonal (1.0 written so is read as the whole number 1).
 */
function readMarkevery(v: PyValue, n: number | undefined, curve: CurveSpec, at: FieldPath): void {
  const here = [...at, 'markevery'];
  const expected = 'N, (start, N), a list of point indices or of True/False, one a point';
  if (typeof v === 'number' && !Number.isInteger(v)) {
    if (!(Number.isFinite(v) && v > 0)) throw badValue(here, v, `${expected}, or a distance above 0`);
    curve.markDistance = { start: 0, step: v };
    return;
  }
  if (typeof v === 'number') {
    curve.markevery = parseMarkevery(here, finite(v, here), 'points');
    return;
  }
  if (!Array.isArray(v) || !v.length) throw badValue(here, shownPy(v), expected);
  // (start, step) of floats: a distance along the line, in fractions of the axes' diagonal.
  if (isTuple(v) && v.length === 2 && v.every((k) => typeof k === 'number') && !v.every((k) => Number.isInteger(k))) {
    const [start, step] = v as number[];
    if (!(Number.isFinite(start) && start >= 0 && Number.isFinite(step) && step > 0))
      throw badValue(here, shownPy(v), '(start, step): distances, start 0 or more, step above 0');
    curve.markDistance = { start, step };
    return;
  }
  // The forms below mark points by index: a curve of the panel's x has its points sampled, not given.
  if (n === undefined) {
    throw badValue(here, shownPy(v), "N or a distance, for a curve of the panel's x (its points are sampled)");
  }
  if (isTuple(v) && v.length === 2 && v.every((k) => typeof k === 'number' && Number.isInteger(k))) {
    const [start, every] = v as number[];
    if (start < 0 || every < 1) throw badValue(here, shownPy(v), '(start, N): start 0 or more, N 1 or more');
    curve.markAt = [];
    for (let k = start; k < n; k += every) curve.markAt.push(k);
    return;
  }
  if (v.every((k) => typeof k === 'boolean')) {
    if (v.length !== n) throw badValue(here, `${v.length} True/False`, `one for each of the ${n} points`);
    curve.markAt = v.flatMap((k, i) => (k ? [i] : []));
    return;
  }
  if (v.every((k) => typeof k === 'number' && Number.isInteger(k) && k >= -n && k < n)) {
    // Negative indices count from the end, as numpy's do.
    curve.markAt = (v as number[]).map((k) => (k < 0 ? n + k : k));
    return;
  }
  throw badValue(here, shownPy(v), `${expected} (indices from ${-n} to ${n - 1})`);
}

/**
 * A plot()'s curve with what its format string and keywords say; markevery's lists need the count of points
 * (`n`), which a sampled curve does not have here (its N and distances it takes).
 */
export function styled(
  curve: CurveSpec,
  b: Record<string, PyValue>,
  fmt: PyValue | undefined,
  n: number | undefined,
  at: FieldPath,
): CurveSpec {
  if (fmt !== undefined && fmt !== null) {
    const style = parseFmt([...at, 'fmt'], text(fmt, [...at, 'fmt'], "a format string, e.g. 'ro' or 'b--'"));
    Object.assign(curve, style);
  }
  // Keywords beside a format string win, as plot(x, y, 'r--', color='b') draws blue.
  if (b.color !== undefined && b.color !== null) curve.color = colour(b.color, [...at, 'color']);
  if (b.linestyle !== undefined && b.linestyle !== null) {
    const ls = b.linestyle;
    if (typeof ls === 'string' && NO_LINE.includes(ls)) curve.noLine = true;
    else {
      curve.linestyle = parseLineStyle([...at, 'linestyle'], ls);
      delete curve.noLine;
    }
  }
  if (b.dashes !== undefined) {
    curve.linestyle = dashesKeyword(b.dashes, [...at, 'dashes']);
    delete curve.noLine;
  }
  if (b.linewidth !== undefined) curve.linewidth = parseWidth([...at, 'linewidth'], widthValue(b.linewidth, at));
  if (b.marker !== undefined && b.marker !== null) {
    const kind = parseMarker([...at, 'marker'], text(b.marker, [...at, 'marker']));
    if (kind) {
      curve.marker = kind;
      delete curve.noMarker;
    } else {
      delete curve.marker;
      curve.noMarker = true; // marker='None' said, lines.marker does not apply
    }
  }
  if (b.markersize !== undefined) {
    curve.markersize = parseMarkerSize([...at, 'markersize'], finite(b.markersize, [...at, 'markersize']));
  }
  if (b.markevery !== undefined && b.markevery !== null) readMarkevery(b.markevery, n, curve, at);
  if (b.alpha !== undefined && b.alpha !== null) curve.alpha = parseAlpha([...at, 'alpha'], finite(b.alpha, at));
  if (b.label !== undefined && b.label !== null) curve.label = String(b.label);
  if (b.zorder !== undefined && b.zorder !== null) curve.zorder = finite(b.zorder, [...at, 'zorder']);
  readMarkerLooks(b, curve, at);
  readCapsAndJoins(b, curve, at);
  if (b.drawstyle !== undefined && b.drawstyle !== null) {
    const style = text(b.drawstyle, [...at, 'drawstyle'], Object.keys(DRAWSTYLES).join(', '));
    if (!Object.hasOwn(DRAWSTYLES, style))
      throw badValue([...at, 'drawstyle'], style, Object.keys(DRAWSTYLES).join(', '));
    const steps = DRAWSTYLES[style];
    if (steps) curve.steps = steps;
  }
  if (curve.noLine && !curve.marker) {
    throw new UsageError(at, { problem: "draws nothing: no line and no marker; give a marker, e.g. marker='o'" });
  }
  return curve;
}

const CAPS = ['butt', 'round', 'projecting'] as const;
const JOINS = ['miter', 'round', 'bevel'] as const;

/** solid_capstyle=, dash_capstyle=, solid_joinstyle=, dash_joinstyle=: the line's own, over lines.*'s. */
function readCapsAndJoins(b: Record<string, PyValue>, curve: CurveSpec, at: FieldPath): void {
  for (const kind of ['solid', 'dash'] as const) {
    for (const [what, names] of [
      ['capstyle', CAPS],
      ['joinstyle', JOINS],
    ] as const) {
      const key = `${kind}_${what}`;
      if (b[key] === undefined || b[key] === null) continue;
      const v = text(b[key], [...at, key], names.join(', '));
      if (!(names as readonly string[]).includes(v)) throw badValue([...at, key], v, names.join(', '));
      Object.assign((curve[what] ??= {}), { [kind]: v });
    }
  }
}

/**
 * The markers' own colours and edge: markerfacecolor (mfc; 'none' for hollow), markeredgecolor (mec), either
 * 'auto' for the line's colour over lines.markerfacecolor and lines.markeredgecolor,
 * markeredgewidth (mew, points), and fillstyle 'none' (hollow) or 'full'; the halves matplotlib also fills
 * ('left', 'top'...) are not drawn yet.
 */
function readMarkerLooks(b: Record<string, PyValue>, curve: CurveSpec, at: FieldPath): void {
  const given = (key: string) => b[key] !== undefined && b[key] !== null;
  // 'auto' is the line's own colour (the edge black for filled markers in classic mode), as Line2D takes it.
  const colourOrNone = (key: string) => {
    const v = text(b[key], [...at, key], "a colour, 'none' or 'auto'");
    const special = v.toLowerCase();
    return special === 'none' || special === 'auto' ? special : colour(v, [...at, key]);
  };
  if (given('markerfacecolor')) curve.markerfacecolor = colourOrNone('markerfacecolor');
  if (given('markeredgecolor')) curve.markeredgecolor = colourOrNone('markeredgecolor');
  if (given('markeredgewidth')) {
    curve.markeredgewidth = parseWidth([...at, 'markeredgewidth'], widthValue(b.markeredgewidth, at));
  }
  if (given('fillstyle')) {
    const style = text(b.fillstyle, [...at, 'fillstyle']);
    if (style === 'none') curve.markerfacecolor = 'none';
    else if (style !== 'full') {
      const expected = "'full' or 'none' (the half-filled styles are matplotlib's, not drawn yet)";
      throw badValue([...at, 'fillstyle'], style, expected);
    }
  }
}
