/**
 * An axes' x and y axes as matplotlib's Axis.draw draws them: tick by tick (each its grid line, its marks on
 * either spine and its labels), the major ticks then the minor ones, then the axis label and the offset text.
 */
import type { AxesLayout, FigureLayout } from '../layout/layout';
import type { GridLines } from '../layout/types';
import { closeGroup, inGroup, openGroup } from './groups';
import { clipTo, inPixels, snapper, strokeLines } from './strokes';
import { drawTextArtist } from './text-draw';

type Ctx = import('canvas').CanvasRenderingContext2D;

/** The x axis, then the y axis. */
export function drawAxes(ctx: Ctx, layout: FigureLayout, ax: AxesLayout): void {
  drawAxis(ctx, layout, ax, 'x');
  drawAxis(ctx, layout, ax, 'y');
}

function drawAxis(ctx: Ctx, layout: FigureLayout, ax: AxesLayout, which: 'x' | 'y'): void {
  const snap = snapper(layout);
  const { box, grid, roles } = ax;
  const marks = ax.ticks[which];
  const horizontal = which === 'x';
  // A tick is a marker: Agg snaps its path (so its length) on its own, then places it at a whole pixel.
  const length = (v: number) => -Math.floor(0.5 - v / layout.pixel) * layout.pixel;
  // Ticks sit on their axis's spine, wherever it has been moved: out of the axes, into it, or across.
  // Mirrored marks (top, right) point the other way: 'in' is into the axes on every side.
  const [near, far] = horizontal
    ? [ax.spines.bottom.pos, ax.spines.top.pos]
    : [ax.spines.left.pos, ax.spines.right.pos];
  /** A mark at `pos` on the spine at `at`, `into` the axes (+1 from the bottom or left spine, -1 from the other). */
  const mark = (pos: number, at: number, into: 1 | -1, m: { width: number; inward: number; outward: number }) => {
    const p = snap(pos, m.width);
    const s = snap(at, m.width);
    const line = horizontal
      ? [p, s - into * length(m.inward), p, s + into * length(m.outward)]
      : [s + into * length(m.inward), p, s - into * length(m.outward), p];
    inGroup(ctx, layout, 'line2d', () => strokeLines(ctx, marks.color, m.width, 'butt', [], layout, [line]));
  };
  /**
   * A grid line, clipped to the axes as matplotlib clips it. Its ends are cut where the clip would cut them (a
   * solid line's square caps reach past the axes' pixel edges), so that only a line on the axes' edge, which
   * the clip cuts along its length, needs the clip (a clip path of its own in SVG and PDF).
   */
  const gridLine = (pos: number, lines: GridLines | undefined) => {
    if (!lines) return;
    const w = lines.width;
    const drawn = layout.widenHairlines ? Math.max(w, layout.pixel) : w;
    const edge = (v: number) => Math.floor(inPixels(v, layout.pixel) + 0.5) * layout.pixel;
    const [lo, hi] = horizontal ? [box.top, box.bottom] : [box.left, box.right];
    const [acrossLo, acrossHi] = horizontal ? [box.left, box.right] : [box.top, box.bottom];
    const solid = !lines.dash.length;
    const reach = solid ? drawn / 2 : 0;
    const from = Math.max(edge(lo), snap(lo, w) - reach);
    const to = Math.min(edge(hi), snap(hi, w) + reach);
    const at = snap(pos, w);
    const inside = at - drawn / 2 >= edge(acrossLo) && at + drawn / 2 <= edge(acrossHi);
    // A gridline runs from the axes' 0 to its 1 (Tick's Line2D: left to right, bottom to top), where its dash
    // pattern starts: a vertical one from the bottom up. Dashes keep their start: only a solid line's moves.
    const line = horizontal ? [at, solid ? to : snap(hi, w), at, from] : [solid ? from : snap(lo, w), at, to, at];
    inGroup(ctx, layout, 'line2d', () => {
      ctx.save();
      if (!inside) clipTo(ctx, layout, box);
      strokeLines(ctx, lines.color, w, 'butt', lines.dash, layout, [line], lines.dashOffset);
      ctx.restore();
    });
  };
  const axisGrid = grid?.[which];
  const tickKind = horizontal ? 'xtick' : 'ytick';
  openGroup(ctx, layout, 'matplotlib.axis');
  const ticks = horizontal ? ax.xTicks : ax.yTicks;
  const mirroredLabels = horizontal ? roles.top : roles.right;
  ticks.forEach((t, i) =>
    inGroup(ctx, layout, tickKind, () => {
      if (!t.minor) {
        gridLine(t.pos, axisGrid?.major);
        if (marks.shown) mark(t.pos, near, 1, marks);
        if (marks.mirrored) mark(t.pos, far, -1, marks);
      }
      drawTextArtist(ctx, t.label, layout);
      drawTextArtist(ctx, mirroredLabels[i], layout);
    }),
  );
  // Minor ticks: shorter and thinner, on their own sides, after the major ones as Axis.draw draws them.
  const minor = marks.minor;
  for (const pos of minor?.positions ?? [])
    inGroup(ctx, layout, tickKind, () => {
      gridLine(pos, axisGrid?.minor);
      if (minor!.shown) mark(pos, near, 1, minor!);
      if (minor!.mirrored) mark(pos, far, -1, minor!);
    });
  drawTextArtist(ctx, horizontal ? roles.xlabel : roles.ylabel, layout);
  drawTextArtist(ctx, horizontal ? roles.offsetX : roles.offsetY, layout);
  closeGroup(ctx, layout);
}
