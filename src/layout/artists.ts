/**
 * The layout of hlines / vlines (a LineCollection: straight segments, snapped to the pixel grid) and of
 * axhspan / axvspan (a Polygon patch spanning the axes in one direction), in canvas units.
 */
import type { LineStyle, SegmentsSpec, SpanSpec, TextBoxSpec } from '../spec';
import type { Rc } from '../style/rcparams';
import { rcColor } from './axis-style';
import type { Box } from './geometry';
import type { CurveLayout, Dashes, PatchLayout } from './types';
import type { PlacedText, TextBackground } from './text';
import type { FillData } from '../data/evaluate';
import { stepPoints } from '../data/steps';

type ToCanvas = (v: number) => number;

/** The data values each call adds to the limits: segments both ways, a band only across its direction. */
export function artistExtents(
  segments: readonly SegmentsSpec[],
  spans: readonly SpanSpec[],
): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const s of segments) {
    const [across, along] = s.orientation === 'h' ? [y, x] : [x, y];
    across.push(...s.at);
    along.push(...s.from, ...s.to);
  }
  for (const s of spans) (s.orientation === 'h' ? y : x).push(s.lo, s.hi);
  return { x, y };
}

/**
 * Each segment as a line of its own (its colour cycled from the call's colours); the call's label on the
 * first. A collection is left out of the legend's 'best' count, as matplotlib's counts only its offsets.
 */
export function segmentLayouts(
  s: SegmentsSpec,
  toX: ToCanvas,
  toY: ToCanvas,
  scale: number,
  rc: Rc,
  dashes: (width: number) => Dashes,
): CurveLayout[] {
  const width = s.linewidth * scale;
  return s.at.map((at, i): CurveLayout => {
    const [x0, x1, y0, y1] =
      s.orientation === 'h'
        ? [toX(s.from[i]), toX(s.to[i]), toY(at), toY(at)]
        : [toX(at), toX(at), toY(s.from[i]), toY(s.to[i])];
    return {
      label: i === 0 ? (s.label ?? '') : '',
      color: rcColor(rc, s.colors[i % s.colors.length], s.alpha ?? 1),
      width,
      style: s.linestyle,
      ...dashes(width),
      // A collection draws with the graphics context's butt caps and round joins (it sets none of its own).
      cap: 'butt',
      join: 'round',
      px: Float64Array.of(x0, x1),
      py: Float64Array.of(y0, y1),
      zorder: s.zorder,
      snap: true,
      inBest: false,
      collection: { part: i, parts: s.at.length },
    };
  });
}

/**
 * fill_between: the polygon forward along y1 and back along y2 (a PolyCollection of one path; non-finite
 * points split it in matplotlib, dropped here), its face from the patches' cycle unless given, no edge.
 */
export function fillLayout(
  f: FillData,
  color: string,
  toX: ToCanvas,
  toY: ToCanvas,
  rc: Rc,
  dashes: (style: LineStyle, width: number) => Dashes,
  scale: number,
): PatchLayout {
  const xs: number[] = [];
  const ys: number[] = [];
  const at = ([x, y]: [number, number]) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    xs.push(toX(x));
    ys.push(toY(y));
  };
  // One polygon for each run of samples filled, as fill_between makes them: from y2 at the run's first sample
  // along y1, then back along y2 (each a step function with step=); NaN between two polygons.
  for (const [start, end] of runs(filledMask(f), f.xs.length)) {
    if (xs.length) {
      xs.push(NaN);
      ys.push(NaN);
    }
    const [x, y1, y2] = runBounds(f, start, end);
    // interpolate=True: from where y1 and y2 cross before the run to where they cross after it.
    const cross = f.spec.interpolate && f.where;
    if (cross) at(crossing(f, start));
    else if (f.where) at([x[0], y2[0]]);
    for (let i = 0; i < x.length; i++) at([x[i], y1[i]]);
    if (cross) at(crossing(f, end));
    for (let i = x.length - 1; i >= 0; i--) at([x[i], y2[i]]);
  }
  // A loop, not Math.min(...xs): a fill of a million samples has two million vertices, too many arguments.
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (let i = 0; i < xs.length; i++) {
    if (Number.isNaN(xs[i])) continue; // between two polygons
    box.left = Math.min(box.left, xs[i]);
    box.right = Math.max(box.right, xs[i]);
    box.top = Math.min(box.top, ys[i]);
    box.bottom = Math.max(box.bottom, ys[i]);
  }
  // The edge where edgecolor or color= gives one: patch.linewidth, solid, at the collection's alpha.
  const { edgecolor, linewidth, linestyle } = f.spec;
  const width = (linewidth ?? rc['patch.linewidth']) * scale;
  const edge =
    edgecolor && edgecolor !== 'none' && width > 0
      ? { color: rcColor(rc, edgecolor, f.spec.alpha ?? 1), width, ...dashes(linestyle ?? '-', width) }
      : undefined;
  return {
    box,
    polygon: { xs: Float64Array.from(xs), ys: Float64Array.from(ys) },
    ...(color !== 'none' && { face: rcColor(rc, color, f.spec.alpha ?? 1) }),
    ...(edge && { edge }),
    zorder: f.spec.zorder,
    label: f.spec.label ?? '',
    inBest: false,
    collection: true,
  };
}

/** A band: its box on the canvas, between its data values and across its span of the axes. */
export function spanLayout(
  s: SpanSpec,
  box: Box,
  toX: ToCanvas,
  toY: ToCanvas,
  scale: number,
  rc: Rc,
  dashes: (width: number) => Dashes,
): PatchLayout {
  const [a, b] = s.span;
  const rect: Box =
    s.orientation === 'h'
      ? {
          left: box.left + a * (box.right - box.left),
          right: box.left + b * (box.right - box.left),
          top: Math.min(toY(s.lo), toY(s.hi)),
          bottom: Math.max(toY(s.lo), toY(s.hi)),
        }
      : {
          left: Math.min(toX(s.lo), toX(s.hi)),
          right: Math.max(toX(s.lo), toX(s.hi)),
          top: box.bottom - b * (box.bottom - box.top),
          bottom: box.bottom - a * (box.bottom - box.top),
        };
  const alpha = s.alpha ?? 1;
  const face = s.facecolor === 'none' ? undefined : rcColor(rc, s.facecolor, alpha);
  const edgeWidth = s.edgecolor === 'none' ? 0 : s.linewidth * scale;
  return {
    box: rect,
    face,
    edge: edgeWidth ? { color: rcColor(rc, s.edgecolor, alpha), width: edgeWidth, ...dashes(edgeWidth) } : undefined,
    zorder: s.zorder,
    label: s.label ?? '',
  };
}

/**
 * A text's bbox (Text.update_bbox_position_size): the FancyBboxPatch around the text's box, padded by `pad`
 * font sizes (points with no box style, turned into a fraction of the size and rounded to two decimals, as
 * Text.set_bbox writes it into the style's string); round corners of rounding_size, else the pad. A patch's
 * colours: facecolor patch.facecolor (C0), edgecolor patch.edgecolor, width patch.linewidth.
 */
export function textBackground(
  t: PlacedText,
  spec: TextBoxSpec,
  sizePt: number,
  scale: number,
  rc: Rc,
  dashes: (width: number) => Dashes,
): TextBackground {
  const fraction = spec.padInPoints ? Math.round((spec.pad / sizePt) * 100) / 100 : spec.pad;
  const size = sizePt * scale;
  const pad = fraction * size;
  const alpha = spec.alpha ?? 1;
  const face = spec.fill === false ? 'none' : (spec.facecolor ?? rc['patch.facecolor']);
  const edge = spec.edgecolor ?? rc['patch.edgecolor'];
  const width = (spec.linewidth ?? rc['patch.linewidth']) * scale;
  return {
    box: { left: t.box.left - pad, top: t.box.top - pad, right: t.box.right + pad, bottom: t.box.bottom + pad },
    radius: spec.boxstyle === 'round' ? (spec.roundingSize ?? fraction) * size : 0,
    ...(face !== 'none' && { face: rcColor(rc, face, alpha) }),
    ...(edge !== 'none' && width > 0 && { edge: rcColor(rc, edge, alpha) }),
    width,
    ...dashes(width),
  };
}

/**
 * The samples a fill covers: where= holds and x, y1 and y2 are finite (fill_between masks a non-finite sample,
 * which splits the fill there); none given and all finite: every sample.
 */
function filledMask(f: FillData): Uint8Array | undefined {
  const n = f.xs.length;
  const finite = (i: number) => Number.isFinite(f.xs[i]) && Number.isFinite(f.y1[i]) && Number.isFinite(f.y2[i]);
  let all = true;
  for (let i = 0; i < n && all; i++) all = finite(i);
  if (all) return f.where;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) mask[i] = (!f.where || f.where[i]) && finite(i) ? 1 : 0;
  return mask;
}

/** A run's x, y1 and y2, as step functions with step= (cbook.STEP_LOOKUP_MAP). */
function runBounds(f: FillData, start: number, end: number): Float64Array[] {
  const bounds = [f.xs, f.y1, f.y2].map((v) => v.subarray(start, end));
  return f.spec.step ? stepPoints(f.spec.step, bounds[0], bounds[1], bounds[2]) : bounds;
}

/** The runs [start, end) of samples set in `mask` (cbook.contiguous_regions); every sample without one. */
function runs(mask: Uint8Array | undefined, n: number): [number, number][] {
  if (!mask) return n ? [[0, n]] : [];
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (!mask[i]) continue;
    const start = i;
    while (i < n && mask[i]) i++;
    out.push([start, i]);
  }
  return out;
}

/**
 * Where y1 and y2 cross between the samples before `idx` and at it (fill_between's get_interp_point): numpy's
 * interp of the zero of y1 - y2 over the two samples, and y1 there; at either end of the samples, that sample.
 */
function crossing(f: FillData, idx: number): [number, number] {
  const n = f.xs.length;
  const a = Math.max(idx - 1, 0);
  const b = Math.min(idx, n - 1);
  if (a === b) return [f.xs[a], f.y1[a]];
  const [da, db] = [f.y1[a] - f.y2[a], f.y1[b] - f.y2[b]];
  // np.interp(0, sorted differences, their x): clamped to the ends.
  const [lo, hi] = da <= db ? [a, b] : [b, a];
  const [dLo, dHi] = [f.y1[lo] - f.y2[lo], f.y1[hi] - f.y2[hi]];
  const x = 0 <= dLo ? f.xs[lo] : 0 >= dHi ? f.xs[hi] : f.xs[lo] + ((0 - dLo) * (f.xs[hi] - f.xs[lo])) / (dHi - dLo);
  const t = (x - f.xs[a]) / (f.xs[b] - f.xs[a]);
  return [x, f.y1[a] + t * (f.y1[b] - f.y1[a])];
}
