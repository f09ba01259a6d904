/**
 * Line2D markers as Agg stamps them: the marker's path (matplotlib's markers.py shapes, scaled by markersize)
 * rasterised once and placed at each point rounded to a whole pixel (RendererAgg::draw_markers floors x + 0.5);
 * a rectilinear marker's own corners snapped as Agg snaps paths. Filled in the line's colour, edged in it.
 */
import type { FigureLayout } from '../layout/layout';
import type { MarkerLayout } from '../layout/types';

type Ctx = import('canvas').CanvasRenderingContext2D;

/** The marker's path about its centre, in canvas units (y down), by matplotlib's unit shapes. */
function shape(ctx: Ctx, kind: MarkerLayout['kind'], s: number, snap: (v: number) => number): void {
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
        [snap(-h), snap(-h)],
        [snap(h), snap(-h)],
        [snap(h), snap(h)],
        [snap(-h), snap(h)],
      ]);
    case '^':
      return poly([
        [0, -h],
        [-h, h],
        [h, h],
      ]);
    case 'v':
      return poly([
        [0, h],
        [-h, -h],
        [h, -h],
      ]);
    case 'D': {
      const d = s * Math.SQRT1_2;
      return poly([
        [0, -d],
        [d, 0],
        [0, d],
        [-d, 0],
      ]);
    }
    case 'x':
      ctx.moveTo(-h, -h);
      ctx.lineTo(h, h);
      ctx.moveTo(-h, h);
      ctx.lineTo(h, -h);
      return;
    case '+':
      ctx.moveTo(snap(-h), snap(0));
      ctx.lineTo(snap(h), snap(0));
      ctx.moveTo(snap(0), snap(-h));
      ctx.lineTo(snap(0), snap(h));
      return;
  }
}

const FILLED = new Set(['o', '.', 's', '^', 'v', 'D']);

/** Every marker of a line, in its colour. */
export function drawMarkers(ctx: Ctx, layout: FigureLayout, m: MarkerLayout, color: string): void {
  const p = layout.pixel;
  // Agg snaps an odd-width path's corners to pixel centres, an even one's to pixel edges.
  const odd = Math.round(m.edgeWidth / p) % 2 === 1;
  const snap = (v: number) => (Math.floor(v / p + 0.5) + (odd ? 0.5 : 0)) * p;
  ctx.save();
  // markerfacecolor 'none': a hollow marker, its edge alone.
  const filled = FILLED.has(m.kind) && m.face !== 'none';
  ctx.fillStyle = m.face ?? color;
  ctx.strokeStyle = m.edge ?? color;
  ctx.lineWidth = m.edgeWidth;
  ctx.lineJoin = m.kind === 'o' || m.kind === '.' ? 'round' : 'miter';
  ctx.lineCap = 'butt';
  for (let i = 0; i < m.xs.length; i++) {
    const x = m.xs[i];
    const y = m.ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    ctx.save();
    ctx.translate(Math.floor(x / p + 0.5) * p, Math.floor(y / p + 0.5) * p);
    ctx.beginPath();
    shape(ctx, m.kind, m.size, snap);
    if (filled) ctx.fill();
    if (m.edge !== 'none' && m.edgeWidth > 0) ctx.stroke();
    ctx.restore();
  }
  ctx.restore();
}
