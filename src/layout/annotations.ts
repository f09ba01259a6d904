/**
 * annotate(): the text at xytext (or xy) in its coordinate system, and the arrow from the text's box to xy, as
 * matplotlib 3.6's Annotation.update_positions places them. Canvas units, y down; the arrow's geometry
 * (arrows.ts) is worked in y-up units, as matplotlib's display space is.
 */
import type { AnnotationSpec, ArrowSpec, PointCoords, TextCoords } from '../spec';
import type { Rc } from '../style/rcparams';
import { faceFor } from '../style/fonts';
import { textBackground } from './artists';
import {
  insideBox,
  insideRoundBox,
  connect,
  curveArrow,
  simpleArrow,
  type ArrowPath,
  type PathOp,
  type Pt,
} from './arrows';
import { rcColor } from './axis-style';
import type { Box } from './geometry';
import { dashesOf } from './lines';
import { rotatedPlacer, type PlacedText, type TextMeasurer } from './text';
import type { ArrowLayout } from './types';

/** What an annotation is placed against: the axes, its data mapping, the figure's page, the units. */
export interface AnnotationFrame {
  box: Box;
  toX: (v: number) => number;
  toY: (v: number) => number;
  /** The figure's rectangle in canvas units (moved with a cut page). */
  page: Box;
  /** Canvas units per point, and per pixel of the figure. */
  scale: number;
  pixel: number;
  measure: TextMeasurer;
  rc: Rc;
}

/** A point given in one of matplotlib's coordinate systems, in canvas units: data, or a frame and a unit. */
function pointIn(coords: PointCoords, [x, y]: [number, number], f: AnnotationFrame): Pt {
  if (coords === 'data') return [f.toX(x), f.toY(y)];
  const [frame, unit] = coords.split(' ');
  const r = frame === 'axes' ? f.box : f.page;
  const [sx, sy] =
    unit === 'fraction'
      ? [r.right - r.left, r.bottom - r.top]
      : unit === 'pixels'
        ? [f.pixel, f.pixel]
        : [f.scale, f.scale];
  return [r.left + x * sx, r.bottom - y * sy];
}

function textPoint(coords: TextCoords, xy: [number, number], anchor: Pt, f: AnnotationFrame): Pt {
  if (coords === 'offset points') return [anchor[0] + xy[0] * f.scale, anchor[1] - xy[1] * f.scale];
  if (coords === 'offset pixels') return [anchor[0] + xy[0] * f.pixel, anchor[1] - xy[1] * f.pixel];
  return pointIn(coords, xy, f);
}

/**
 * Each annotation's text and arrow, in the order given. An annotation whose point lies outside the axes is
 * left out, text and arrow, when annotation_clip says so (by default, for a point in data coordinates).
 */
export function placeAnnotations(
  annotations: readonly AnnotationSpec[],
  f: AnnotationFrame,
): { texts: PlacedText[]; arrows: ArrowLayout[]; drawn: { text: PlacedText; arrow?: ArrowLayout }[] } {
  const texts: PlacedText[] = [];
  const arrows: ArrowLayout[] = [];
  const drawn: { text: PlacedText; arrow?: ArrowLayout }[] = [];
  for (const a of annotations) {
    const xy = pointIn(a.xycoords, a.xy, f);
    const eps = 1e-9 * Math.max(1, Math.abs(xy[0]), Math.abs(xy[1]));
    const inAxes =
      xy[0] >= f.box.left - eps &&
      xy[0] <= f.box.right + eps &&
      xy[1] >= f.box.top - eps &&
      xy[1] <= f.box.bottom + eps;
    if ((a.clip ?? a.xycoords === 'data') && !inAxes) continue;
    const [tx, ty] = a.xytext ? textPoint(a.textcoords, a.xytext, xy, f) : xy;
    const size = (a.fontsize ?? f.rc['font.size']) * f.scale;
    const color = rcColor(f.rc, a.color ?? f.rc['text.color'], a.alpha);
    const place = rotatedPlacer(a.rotation ?? 0);
    const text = place(f.measure, a.text, size, tx, ty, a.ha, a.va, color, faceFor(f.rc, a.font));
    const sizePt = a.fontsize ?? f.rc['font.size'];
    const style = a.bbox?.linestyle ?? '-';
    if (a.bbox)
      text.background = textBackground(text, a.bbox, sizePt, f.scale, f.rc, (w) => dashesOf(style, w, f.rc, f.scale));
    texts.push(text);
    const arrow = a.arrow && arrowLayout(a.arrow, text, xy, sizePt, f);
    if (arrow) arrows.push(arrow);
    drawn.push({ text, arrow });
  }
  return { texts, arrows, drawn };
}

/** An annotation's arrow in canvas units: its geometry worked y up, as matplotlib's display space is. */
function arrowLayout(arrow: ArrowSpec, text: PlacedText, xy: Pt, fontsize: number, f: AnnotationFrame): ArrowLayout {
  const box = { x0: text.box.left, y0: -text.box.bottom, x1: text.box.right, y1: -text.box.top };
  // With a bbox the arrow starts at the patch's outline, grown by half its edge's width in points taken as
  // pixels (Patch.contains_point's radius is the line width, unconverted).
  const bg = text.background;
  const patch = bg && {
    box: { x0: bg.box.left, y0: -bg.box.bottom, x1: bg.box.right, y1: -bg.box.top },
    radius: bg.radius,
    grow: bg.edge ? (bg.width / f.scale / 2) * f.pixel : 0,
  };
  const paths = arrowPaths(arrow, box, text.text !== '', [xy[0], -xy[1]], fontsize, f.scale, patch);
  const down = (op: PathOp): PathOp =>
    op[0] === 'Z' ? op : op[0] === 'Q' ? ['Q', op[1], -op[2], op[3], -op[4]] : [op[0], op[1], -op[2]];
  const flipped = paths.map((p) => ({ fillable: p.fillable, ops: p.ops.map(down) }));
  const points = flipped.flatMap((p) =>
    p.ops.flatMap((op): Pt[] =>
      op[0] === 'Z'
        ? []
        : op[0] === 'Q'
          ? [
              [op[1], op[2]],
              [op[3], op[4]],
            ]
          : [[op[1], op[2]]],
    ),
  );
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    paths: flipped,
    face: rcColor(f.rc, arrow.face, arrow.alpha),
    edge: rcColor(f.rc, arrow.edge, arrow.alpha),
    width: arrow.linewidth * f.scale,
    box: { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) },
  };
}

/**
 * Annotation.update_positions and FancyArrowPatch._get_path_in_displaycoord, y up: the arrow from the text's
 * box (x0, y0 its lower left) to `end`, its sizes in points times `dpiCor` (points_to_pixels(1)).
 */
export function arrowPaths(
  arrow: ArrowSpec,
  box: { x0: number; y0: number; x1: number; y1: number },
  hasText: boolean,
  end: Pt,
  fontsize: number,
  dpiCor: number,
  patch?: { box: { x0: number; y0: number; x1: number; y1: number }; radius: number; grow: number },
): ArrowPath[] {
  const { x0, y0, x1, y1 } = box;
  const ms = arrow.mutationScale ?? fontsize;
  let relpos = arrow.relpos;
  let shrinkA = arrow.shrinkA;
  let shrinkB = arrow.shrinkB;
  const style = arrow.style;
  if (style.kind === 'legacy') {
    // The older arrow: from the text box's corner or side middle nearest the point, shrunk by a fraction of
    // that distance at both ends (the first of equals, as Python's min() picks).
    const nearest = (options: [number, number][], v: number) =>
      options.reduce((best, o) => (Math.abs(o[0] - v) < Math.abs(best[0] - v) ? o : best));
    const [x, rx] = nearest(
      [
        [x0, 0],
        [(x0 + x1) / 2, 0.5],
        [x1, 1],
      ],
      end[0],
    );
    const [y, ry] = nearest(
      [
        [y0, 0],
        [(y0 + y1) / 2, 0.5],
        [y1, 1],
      ],
      end[1],
    );
    relpos = [rx, ry];
    shrinkA = shrinkB = (style.shrink * Math.hypot(y - end[1], x - end[0])) / dpiCor;
  }
  const begin: Pt = [x0 + (x1 - x0) * relpos[0], y0 + (y1 - y0) * relpos[1]];
  // patchA: the text's bbox patch; else its box padded by 4 points in all (2 a side); none for an empty text.
  const pad = 2 * dpiCor;
  const p = patch?.box;
  const patchA = patch
    ? insideRoundBox(p!.x0, p!.y0, p!.x1, p!.y1, patch.radius, patch.grow)
    : hasText
      ? insideBox(x0 - pad, y0 - pad, x1 + pad, y1 + pad)
      : undefined;
  const path = connect(begin, end, arrow.rad, patchA, shrinkA * dpiCor, shrinkB * dpiCor);
  const mutation = ms * dpiCor;
  if (style.kind === 'curve') return curveArrow(path, style, mutation, arrow.linewidth * dpiCor);
  const sizes =
    style.kind === 'simple'
      ? style
      : { headLength: style.headLength / ms, headWidth: style.headWidth / ms, tailWidth: style.width / ms };
  return simpleArrow(path, sizes, mutation);
}
