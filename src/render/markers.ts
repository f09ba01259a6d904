/**
 * Line2D markers as Agg stamps them: the marker's path (matplotlib's markers.py shapes, scaled by markersize)
 * rasterised once and placed at each point rounded to a whole pixel (RendererAgg::draw_markers floors x + 0.5);
 * its corners snapped as Agg snaps a marker's path (or, unsnapped, the marker moved half a pixel). Filled in
 * the line's colour, edged in it. A scatter's markers, one size and colour, are stamped the same way
 * (Collection.draw's draw_markers), snapped only where their path is rectilinear.
 */
import type { FigureLayout } from '../layout/layout';
import type { MarkerLayout } from '../layout/types';

type Ctx = import('canvas').CanvasRenderingContext2D;

/** The marker's path about its centre, in canvas units (y down), by matplotlib's unit shapes. */
function shape(
  ctx: Ctx,
  kind: MarkerLayout['kind'],
  s: number,
  snap: (v: number) => number,
  snapY: (v: number) => number = snap,
): void {
  const h = s / 2;
  const poly = (pts: [number, number][]) => {
    ctx.moveTo(pts[0][0], pts[0][1]);
    for (const [x, y] of pts.slice(1)) ctx.lineTo(x, y);
    ctx.closePath();
  };
  switch (kind) {
    case 'o':
    case '.': {
      ctx.arc(0, 0, kind === 'o' ? h : h / 2, 0, 2 * Math.PI);
      return;
    }
    case 's':
      return poly([
        [snap(-h), snapY(-h)],
        [snap(h), snapY(-h)],
        [snap(h), snapY(h)],
        [snap(-h), snapY(h)],
      ]);
    case '^':
      return poly([
        [snap(0), snap(-h)],
        [snap(-h), snap(h)],
        [snap(h), snap(h)],
      ]);
    case 'v':
      return poly([
        [snap(0), snap(h)],
        [snap(-h), snap(-h)],
        [snap(h), snap(-h)],
      ]);
    case 'D': {
      const d = s * Math.SQRT1_2;
      return poly([
        [snap(0), snap(-d)],
        [snap(d), snap(0)],
        [snap(0), snap(d)],
        [snap(-d), snap(0)],
      ]);
    }
    case 'x':
      ctx.moveTo(snap(-h), snap(-h));
      ctx.lineTo(snap(h), snap(h));
      ctx.moveTo(snap(-h), snap(h));
      ctx.lineTo(snap(h), snap(-h));
      return;
    case '+':
      ctx.moveTo(snap(-h), snapY(0));
      ctx.lineTo(snap(h), snapY(0));
      ctx.moveTo(snap(0), snapY(-h));
      ctx.lineTo(snap(0), snapY(h));
      return;
  }
}

const FILLED = new Set(['o', '.', 's', '^', 'v', 'D']);

/**
 * A line's marker is snapped (SNAP_TRUE) when its size in pixels reaches its MarkerStyle's _snap_threshold
 * (Line2D.draw); a circle never is. A collection's (scatter) is snapped as any path is by default (SNAP_AUTO):
 * when its segments are all horizontal or vertical.
 */
const SNAP_THRESHOLD: Record<MarkerLayout['kind'], number> = {
  o: Infinity,
  '.': Infinity,
  '^': 5,
  v: 5,
  s: 2,
  D: 5,
  x: 3,
  '+': 1,
};
const RECTILINEAR = new Set(['s', '+']);

/** Every marker of a line, in its colour. */
export function drawMarkers(ctx: Ctx, layout: FigureLayout, m: MarkerLayout, color: string): void {
  if (m.sizes || m.faces) {
    drawPathCollection(ctx, layout, m, color);
    return;
  }
  const p = layout.pixel;
  // Agg snaps an odd-width path's corners to pixel centres, an even one's to pixel edges.
  const odd = Math.round(m.edgeWidth / p) % 2 === 1;
  const snapping = m.collection ? RECTILINEAR.has(m.kind) : m.size / p >= SNAP_THRESHOLD[m.kind];
  const snap = snapping ? (v: number) => (Math.floor(v / p + 0.5) + (odd ? 0.5 : 0)) * p : (v: number) => v;
  // RendererAgg::draw_markers: a marker the path snapper leaves alone is moved half a pixel, so that a circle
  // at a whole pixel is centred on a pixel.
  const nudge = snapping ? 0 : p / 2;
  ctx.save();
  // markerfacecolor 'none': a hollow marker, its edge alone.
  const filled = FILLED.has(m.kind) && m.face !== 'none';
  ctx.fillStyle = m.face ?? color;
  ctx.strokeStyle = m.edge ?? color;
  ctx.lineWidth = m.edgeWidth;
  // A line's marker joins as its MarkerStyle says; a collection's with the graphics context's round joins.
  ctx.lineJoin = m.collection || m.kind === 'o' || m.kind === '.' ? 'round' : 'miter';
  ctx.lineCap = 'butt';
  for (let i = 0; i < m.xs.length; i++) {
    const x = m.xs[i];
    const y = m.ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    ctx.save();
    ctx.translate(Math.floor(x / p + 0.5) * p + nudge, Math.floor(y / p + 0.5) * p + nudge);
    ctx.beginPath();
    shape(ctx, m.kind, m.size, snap);
    if (filled) ctx.fill();
    if (m.edge !== 'none' && m.edgeWidth > 0) ctx.stroke();
    ctx.restore();
  }
  ctx.restore();
}

/**
 * A scatter with a size or colour for each point, as RendererAgg::draw_path_collection draws it: each marker
 * at its point as it falls (no rounding to whole pixels), a rectilinear one's corners snapped where they land
 * on the pixel grid, its edge its own face's colour unless one is given.
 */
function drawPathCollection(ctx: Ctx, layout: FigureLayout, m: MarkerLayout, color: string): void {
  const p = layout.pixel;
  const odd = Math.round(m.edgeWidth / p) % 2 === 1;
  const grid = (v: number) => (Math.floor(v / p + 0.5) + (odd ? 0.5 : 0)) * p;
  const rectilinear = RECTILINEAR.has(m.kind);
  ctx.save();
  ctx.lineWidth = m.edgeWidth;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'butt';
  for (let i = 0; i < m.xs.length; i++) {
    const [x, y] = [m.xs[i], m.ys[i]];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const face = m.faces ? m.faces[i % m.faces.length] : (m.face ?? color);
    const size = m.sizes ? m.sizes[i % m.sizes.length] : m.size;
    ctx.save();
    ctx.translate(x, y);
    ctx.beginPath();
    if (rectilinear)
      shape(
        ctx,
        m.kind,
        size,
        (v) => grid(x + v) - x,
        (v) => grid(y + v) - y,
      );
    else shape(ctx, m.kind, size, (v) => v);
    ctx.fillStyle = face;
    ctx.strokeStyle = m.edge ?? face;
    if (FILLED.has(m.kind) && face !== 'none') ctx.fill();
    if (m.edge !== 'none' && m.edgeWidth > 0) ctx.stroke();
    ctx.restore();
  }
  ctx.restore();
}
