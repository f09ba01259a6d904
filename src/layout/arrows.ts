/**
 * annotate()'s arrow as matplotlib 3.6 builds a FancyArrowPatch (patches.py, bezier.py): the connection arc3
 * as one quadratic Bézier from the text to the point, cut where it leaves the text's padded box, shortened by
 * shrinkA and shrinkB, then given its style's heads or shape. The cuts are found by bisection to 0.01 display
 * units, as matplotlib finds them (exact intersections would differ from its by less than that).
 *
 * Pure arithmetic in y-up coordinates, as matplotlib's display space is: callers flip y on the way in and out.
 * Written here rather than taken from a library: no npm package reproduces these constructions (wedged and
 * parallel Béziers, the heads' pull-back for the stroke), and the point is to match them exactly.
 */
import { flattenQuad } from './geometry';

export type Pt = [number, number];

/** A path of straight and quadratic pieces: M x y, L x y, Q cx cy x y, Z. */
export type PathOp = ['M', number, number] | ['L', number, number] | ['Q', number, number, number, number] | ['Z'];

export interface ArrowPath {
  ops: PathOp[];
  /** Filled with the arrow's face as well as stroked (a closed head, the 'simple' shape). */
  fillable: boolean;
}

type Inside = (p: Pt) => boolean;

/** A quadratic Bézier at t (Bernstein form). */
function pointAt([p0, p1, p2]: Pt[], t: number): Pt {
  const u = 1 - t;
  return [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]];
}

/** split_de_casteljau: the control points of the curve before t and after it. */
function split(beta: Pt[], t: number): [Pt[], Pt[]] {
  const levels: Pt[][] = [beta];
  let cur = beta;
  while (cur.length > 1) {
    cur = cur.slice(0, -1).map((p, i): Pt => [p[0] * (1 - t) + cur[i + 1][0] * t, p[1] * (1 - t) + cur[i + 1][1] * t]);
    levels.push(cur);
  }
  return [levels.map((l) => l[0]), levels.map((l) => l[l.length - 1]).reverse()];
}

/**
 * find_bezier_t_intersecting_with_closedpath + split_bezier_intersecting_with_closedpath: bisection until the
 * two ends are within `tolerance`, split at the middle; undefined when both ends are on the same side.
 */
function splitAtBoundary(bezier: Pt[], inside: Inside, tolerance = 0.01): [Pt[], Pt[]] | undefined {
  let [t0, t1] = [0, 1];
  let start = pointAt(bezier, t0);
  let end = pointAt(bezier, t1);
  let startInside = inside(start);
  if (startInside === inside(end) && (start[0] !== end[0] || start[1] !== end[1])) return undefined;
  while (Math.hypot(start[0] - end[0], start[1] - end[1]) >= tolerance) {
    const mt = 0.5 * (t0 + t1);
    const middle = pointAt(bezier, mt);
    const middleInside = inside(middle);
    if (startInside !== middleInside) {
      t1 = mt;
      end = middle;
    } else {
      t0 = mt;
      start = middle;
      startInside = middleInside;
    }
  }
  return split(bezier, (t0 + t1) / 2);
}

/** split_path_inout on a path of one quadratic piece: before and after the crossing, or undefined. */
function splitInOut(bezier: Pt[], inside: Inside): [Pt[], Pt[]] | undefined {
  if (inside(bezier[2]) === inside(bezier[0])) return undefined; // "the path does not intersect"
  return splitAtBoundary(bezier, inside);
}

const insideCircle =
  ([cx, cy]: Pt, r: number): Inside =>
  ([x, y]) =>
    (x - cx) ** 2 + (y - cy) ** 2 < r * r;

/** A rectangle (x0, y0, x1, y1), y up, as Path.contains_point of a Rectangle with no edge sees it. */
export const insideBox =
  (x0: number, y0: number, x1: number, y1: number): Inside =>
  ([x, y]) =>
    x > x0 && x < x1 && y > y0 && y < y1;

/**
 * A FancyBboxPatch box (x0, y0, x1, y1, y up) with BoxStyle.Round's corners of radius r (0: square), as
 * Patch.contains_point sees it: its path flattened as Agg flattens curves (conv_curve), grown by `grow` all
 * round (conv_contour of half the edge's width, the line width being its radius), mitred. The polygon is convex,
 * so a point is inside when it is within `grow` of the inner side of every edge.
 */
export const insideRoundBox = (x0: number, y0: number, x1: number, y1: number, r: number, grow: number): Inside => {
  if (!r) return insideBox(x0 - grow, y0 - grow, x1 + grow, y1 + grow);
  // BoxStyle.Round's path, counter-clockwise from the bottom left's end: each corner a quadratic through it.
  const corners: [Pt, Pt, Pt][] = [
    [
      [x1 - r, y0],
      [x1, y0],
      [x1, y0 + r],
    ],
    [
      [x1, y1 - r],
      [x1, y1],
      [x1 - r, y1],
    ],
    [
      [x0 + r, y1],
      [x0, y1],
      [x0, y1 - r],
    ],
    [
      [x0, y0 + r],
      [x0, y0],
      [x0 + r, y0],
    ],
  ];
  const polygon: Pt[] = corners.flatMap(([a, c, b]) => flattenQuad(a, c, b));
  const edges = polygon
    .map((p, i): [Pt, Pt] => [p, polygon[(i + 1) % polygon.length]])
    .filter(([p, q]) => p[0] !== q[0] || p[1] !== q[1]);
  return ([x, y]) =>
    edges.every(([p, q]) => {
      // Counter-clockwise: the inside is to the left of each edge.
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
      return ((q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])) / len > -grow;
    });
};

/**
 * ConnectionStyle.Arc3 then its _clip and _shrink: the quadratic from a to b, bent by rad, cut at patchA (the
 * text's box) and shortened by shrinkA and shrinkB (display units).
 */
export function connect(a: Pt, b: Pt, rad: number, patchA: Inside | undefined, shrinkA: number, shrinkB: number): Pt[] {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const [dx, dy] = [x2 - x1, y2 - y1];
  let path: Pt[] = [a, [(x1 + x2) / 2 + rad * dy, (y1 + y2) / 2 - rad * dx], b];
  if (patchA) path = splitInOut(path, patchA)?.[1] ?? path;
  if (shrinkA) path = splitInOut(path, insideCircle(path[0], shrinkA))?.[1] ?? path;
  if (shrinkB) path = splitInOut(path, insideCircle(path[2], shrinkB))?.[0] ?? path;
  return path;
}

/** _Curve._get_arrow_wedge: a head at (x1, y1) pointing away from (x0, y0), pulled back for the stroke. */
function wedge(from: Pt, tip: Pt, headDist: number, cos: number, sin: number, linewidth: number) {
  let [dx, dy] = [from[0] - tip[0], from[1] - tip[1]];
  const d = Math.hypot(dx, dy) || 1;
  const pad = (0.5 * linewidth) / sin;
  const [ddx, ddy] = [(pad * dx) / d, (pad * dy) / d];
  [dx, dy] = [(dx / d) * headDist, (dy / d) * headDist];
  const [dx1, dy1] = [cos * dx + sin * dy, -sin * dx + cos * dy];
  const [dx2, dy2] = [cos * dx - sin * dy, sin * dx + cos * dy];
  const [x, y] = [tip[0] + ddx, tip[1] + ddy];
  const vertices: Pt[] = [
    [x + dx1, y + dy1],
    [x, y],
    [x + dx2, y + dy2],
  ];
  return { vertices, ddx, ddy };
}

/** A head as a path: open (two strokes) or filled (closed). */
function headPath(v: Pt[], filled: boolean): ArrowPath {
  const ops: PathOp[] = [
    ['M', ...v[0]],
    ['L', ...v[1]],
    ['L', ...v[2]],
  ];
  if (filled) ops.push(['L', ...v[0]], ['Z']);
  return { ops, fillable: filled };
}

/** ArrowStyle._Curve.transmute: the line, with a head at either end ('->', '<|-|>'...). */
export function curveArrow(
  path: Pt[],
  style: { begin: 'none' | 'open' | 'filled'; end: 'none' | 'open' | 'filled'; headLength: number; headWidth: number },
  mutation: number,
  linewidth: number,
): ArrowPath[] {
  const headLength = style.headLength * mutation;
  const headWidth = style.headWidth * mutation;
  const headDist = Math.hypot(headLength, headWidth);
  const [cos, sin] = [headLength / headDist, headWidth / headDist];
  const [p0, p1, p2] = path;
  const differ = (a: Pt, b: Pt) => a[0] !== b[0] || a[1] !== b[1];
  const begin = style.begin !== 'none' && differ(p0, p1) ? wedge(p1, p0, headDist, cos, sin, linewidth) : undefined;
  const end = style.end !== 'none' && differ(p1, p2) ? wedge(p1, p2, headDist, cos, sin, linewidth) : undefined;
  const out: ArrowPath[] = [
    {
      ops: [
        ['M', p0[0] + (begin?.ddx ?? 0), p0[1] + (begin?.ddy ?? 0)],
        ['Q', p1[0], p1[1], p2[0] + (end?.ddx ?? 0), p2[1] + (end?.ddy ?? 0)],
      ],
      fillable: false,
    },
  ];
  if (begin) out.push(headPath(begin.vertices, style.begin === 'filled'));
  if (end) out.push(headPath(end.vertices, style.end === 'filled'));
  return out;
}

const cosSin = (a: Pt, b: Pt): Pt => {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const d = Math.hypot(dx, dy);
  return d === 0 ? [0, 0] : [dx / d, dy / d];
};

/** get_normal_points: the two points `length` either side of c, across the direction (cos, sin). */
function normals(c: Pt, [cos, sin]: Pt, length: number): [Pt, Pt] {
  if (length === 0) return [c, c];
  return [
    [length * sin + c[0], length * -cos + c[1]],
    [length * -sin + c[0], length * cos + c[1]],
  ];
}

/** find_control_points: the quadratic through c1, m and c2 at t = 0, 0.5 and 1. */
const through = (c1: Pt, m: Pt, c2: Pt): Pt[] => [
  c1,
  [0.5 * (4 * m[0] - (c1[0] + c2[0])), 0.5 * (4 * m[1] - (c1[1] + c2[1]))],
  c2,
];

/** make_wedged_bezier2 (w1 = 1, wm = 0.5, w2 = 0): the head's two sides, from `width` either side to the tip. */
function wedged([c1, cm, c3]: Pt[], width: number): [Pt[], Pt[]] {
  const [c1l, c1r] = normals(c1, cosSin(c1, cm), width);
  const [c3l, c3r] = normals(c3, cosSin(cm, c3), 0);
  const c12: Pt = [(c1[0] + cm[0]) * 0.5, (c1[1] + cm[1]) * 0.5];
  const c23: Pt = [(cm[0] + c3[0]) * 0.5, (cm[1] + c3[1]) * 0.5];
  const c123: Pt = [(c12[0] + c23[0]) * 0.5, (c12[1] + c23[1]) * 0.5];
  const [ml, mr] = normals(c123, cosSin(c12, c23), width * 0.5);
  return [through(c1l, ml, c3l), through(c1r, mr, c3r)];
}

/** get_intersection: where the lines through c1 at angle t1 and through c2 at angle t2 meet. */
function intersection(c1: Pt, [cos1, sin1]: Pt, c2: Pt, [cos2, sin2]: Pt): Pt | undefined {
  const rhs1 = sin1 * c1[0] - cos1 * c1[1];
  const rhs2 = sin2 * c2[0] - cos2 * c2[1];
  const [a, b, c, d] = [sin1, -cos1, sin2, -cos2];
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12) return undefined;
  const [a_, b_, c_, d_] = [d / det, -b / det, -c / det, a / det];
  return [a_ * rhs1 + b_ * rhs2, c_ * rhs1 + d_ * rhs2];
}

/** get_parallels: the quadratic's two sides `width` away (the tail of 'simple'). */
function parallels([c1, cm, c2]: Pt[], width: number): [Pt[], Pt[]] {
  const theta1 = Math.atan2(c1[0] - cm[0], c1[1] - cm[1]);
  const theta2 = Math.atan2(cm[0] - c2[0], cm[1] - c2[1]);
  const opposite = Math.abs(Math.abs(theta1 - theta2) - Math.PI) < 1e-5;
  const t1 = opposite ? cosSin(c1, c2) : cosSin(c1, cm);
  const t2 = opposite ? t1 : cosSin(cm, c2);
  const [c1l, c1r] = normals(c1, t1, width);
  const [c2l, c2r] = normals(c2, t2, width);
  const mid = (p: Pt, q: Pt): Pt => [0.5 * (p[0] + q[0]), 0.5 * (p[1] + q[1])];
  const cml = intersection(c1l, t1, c2l, t2) ?? mid(c1l, c2l);
  const cmr = intersection(c1r, t1, c2r, t2) ?? mid(c1r, c2r);
  return [
    [c1l, cml, c2l],
    [c1r, cmr, c2r],
  ];
}

/** ArrowStyle.Simple.transmute: a tail and a head, one filled shape. */
export function simpleArrow(
  path: Pt[],
  style: { headLength: number; headWidth: number; tailWidth: number },
  mutation: number,
): ArrowPath[] {
  const [, p1, p2] = path;
  const headLength = style.headLength * mutation;
  const parts = splitAtBoundary(path, insideCircle(p2, headLength));
  let tail: Pt[] | undefined;
  let head: Pt[];
  if (parts) [tail, head] = parts;
  else {
    // _point_along_a_line: headLength from the tip, back towards the control point.
    const [dx, dy] = [p2[0] - p1[0], p2[1] - p1[1]];
    const ff = headLength / Math.hypot(dx, dy);
    const start: Pt = [p2[0] - ff * dx, p2[1] - ff * dy];
    head = [start, [0.5 * (start[0] + p2[0]), 0.5 * (start[1] + p2[1])], p2];
  }
  const [hl, hr] = wedged(head, (style.headWidth * mutation) / 2);
  const q = (c: Pt, e: Pt): PathOp => ['Q', c[0], c[1], e[0], e[1]];
  if (!tail) {
    return [{ ops: [['M', ...hr[0]], q(hr[1], hr[2]), q(hl[1], hl[0]), ['Z']], fillable: true }];
  }
  const [tl, tr] = parallels(tail, (style.tailWidth * mutation) / 2);
  const ops: PathOp[] = [
    ['M', ...tr[0]],
    q(tr[1], tr[2]),
    ['L', ...hr[0]],
    q(hr[1], hr[2]),
    q(hl[1], hl[0]),
    ['L', ...tl[2]],
    q(tl[1], tl[0]),
    ['L', ...tr[0]],
    ['Z'],
  ];
  return [{ ops, fillable: true }];
}
