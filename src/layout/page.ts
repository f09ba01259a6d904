/**
 * The figure's page around its axes: savefig(bbox_inches='tight')'s cut, the suptitle, moving texts with a
 * cut, and text measured at the figure's pixel size. Pure geometry on what layout.ts lays out.
 */
import type { FigureSpec, SuptitleSpec } from '../spec';
import { fontPoints, type Rc } from '../style/rcparams';
import { faceFor } from '../style/fonts';
import { rcColor } from './axis-style';
import type { Box } from './geometry';
import type { TargetProfile } from './target';
import { placeNote } from './notes';
import { rotatedPlacer, type PlacedText, type TextMeasurer } from './text';
import type { AxesLayout } from './types';

/**
 * savefig(bbox_inches='tight', pad_inches=pad): the page cut to what the axes and their texts take, padded,
 * everything moved by (dx, dy) with it (matplotlib's _tight_bbox.adjust_bbox). Agg sizes a raster in whole
 * pixels, cut from the bottom, and turns paths upside down by that whole height but texts by the exact one:
 * texts then sit textDy lower than paths. A vector page keeps the exact size: render/targets/ cuts it from
 * the whole-point canvas it is drawn on.
 */
export function tightPage(
  axes: AxesLayout[],
  texts: PlacedText[],
  pad: number,
  target: TargetProfile,
  others: Box[] = [],
): { width: number; height: number; dx: number; dy: number; textDy: number } {
  const all = [...axes.map((a) => a.bounds), ...texts.map((t) => t.box), ...others];
  const b = {
    left: Math.min(...all.map((a) => a.left)) - pad,
    top: Math.min(...all.map((a) => a.top)) - pad,
    right: Math.max(...all.map((a) => a.right)) + pad,
    bottom: Math.max(...all.map((a) => a.bottom)) + pad,
  };
  const w = b.right - b.left;
  const h = b.bottom - b.top;
  if (target.wholeUnits) {
    // Truncated as int() does, past the rounding noise of the sums that led here (6.85 − 0.15 inches at
    // 100 dpi is 670 pixels, not 669).
    const whole = (v: number) => Math.floor(v + 1e-6);
    const cut = Math.max(0, h - whole(h));
    return { width: whole(w), height: whole(h), dx: -b.left, dy: -b.top - cut, textDy: cut };
  }
  return { width: w, height: h, dx: -b.left, dy: -b.top, textDy: 0 };
}

/**
 * Moves a text by (dx, dy); its box behind it (a patch, a path) too where `withBackground` (a cut of the page
 * moves paths and texts alike; Agg's own text offset, textDy, moves the glyphs alone).
 */
export function shiftText(t: PlacedText, dx: number, dy: number, withBackground = false): void {
  const moved = (b: Box): Box => ({ left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy });
  t.x += dx;
  t.baseline += dy;
  t.box = moved(t.box);
  if (withBackground && t.background) t.background = { ...t.background, box: moved(t.background.box) };
}

/** The figure's own labels, each placed where its call puts it, and its texts (plt.figtext). */
export interface FigureLabels {
  suptitle?: PlacedText;
  supxlabel?: PlacedText;
  supylabel?: PlacedText;
  texts?: PlacedText[];
}

/**
 * fig.suptitle(), fig.supxlabel(), fig.supylabel() and plt.figtext's texts, placed `dy` down the page (their
 * glyphs `textDy` lower still: tightPage says why). Under constrained layout a
 * label its script did not place (autopos) goes h_pad (w_pad) from its edge of the figure, as
 * make_margin_suptitles moves it. The y label is turned a quarter and its box aligned (rotation_mode 'default':
 * Figure._suplabels passes no rotation_mode on).
 */
export function placeFigureLabels(
  fig: FigureSpec,
  width: number,
  height: number,
  scale: number,
  rc: Rc,
  measure: TextMeasurer,
  dy: number,
  textDy = 0,
): FigureLabels {
  const engine = fig.constrainedLayout;
  const [w, h] = fig.size;
  const moved = (s: SuptitleSpec | undefined, at: Partial<SuptitleSpec>) =>
    s && engine && s.autopos ? { ...s, ...at } : s;
  const suptitle = moved(fig.suptitle, { y: 1 - (engine?.hPad ?? 0) / h });
  const supx = moved(fig.supxlabel, { y: (engine?.hPad ?? 0) / h });
  const supy = moved(fig.supylabel, { x: (engine?.wPad ?? 0) / w });
  // Each at (x, y) of the figure, aligned there: suptitle in figure.titlesize and titleweight, the labels in
  // figure.labelsize and labelweight, text.color unless given.
  const label = (s: SuptitleSpec, kind: keyof FigureLabels, angle: number) => {
    const rcOf = kind === 'suptitle' ? 'title' : 'label';
    const size = (s.fontsize ?? fontPoints(rc, rc[`figure.${rcOf}size`])) * scale;
    const color = rcColor(rc, s.color ?? rc['text.color']);
    const face = faceFor(rc, { weight: rc[`figure.${rcOf}weight`], ...s.font }, [kind]);
    const y = (1 - s.y) * height + dy + textDy;
    return rotatedPlacer(angle)(measure, s.text, size, s.x * width, y, s.ha, s.va, color, face);
  };
  // plt.figtext: at the figure's fractions, as plt.text is placed, in font.size; no layout engine moves it.
  const baseFace = fig.texts?.length ? faceFor(rc) : undefined;
  // Its box is a patch, placed with the paths; the glyphs go textDy lower (tightPage).
  const texts = (fig.texts ?? []).map((t) => {
    const placed = placeNote(t, [t.x * width, (1 - t.y) * height + dy], measure, scale, rc, baseFace);
    shiftText(placed, 0, textDy);
    return placed;
  });
  return {
    ...(suptitle && { suptitle: label(suptitle, 'suptitle', 0) }),
    ...(supx && { supxlabel: label(supx, 'supxlabel', 0) }),
    ...(supy && { supylabel: label(supy, 'supylabel', 90) }),
    ...(texts.length && { texts }),
  };
}

/** The figure's labels and texts that are there, in drawing order. */
export const labelTexts = (l: FigureLabels): PlacedText[] => [
  ...[l.suptitle, l.supxlabel, l.supylabel].filter((t): t is PlacedText => !!t),
  ...(l.texts ?? []),
];

/**
 * What the figure's labels take off its edges: the suptitle's height, supxlabel's height, supylabel's width.
 * Given the figure, only the labels its script did not place (autopos), as constrained layout counts them.
 */
export function labelRoom(l: FigureLabels, onlyMoved?: FigureSpec) {
  const counted = (t: PlacedText | undefined, s: SuptitleSpec | undefined) =>
    !onlyMoved || s?.autopos ? t : undefined;
  const top = counted(l.suptitle, onlyMoved?.suptitle);
  const bottom = counted(l.supxlabel, onlyMoved?.supxlabel);
  const left = counted(l.supylabel, onlyMoved?.supylabel);
  return {
    ...(top && { top: { height: top.box.bottom - top.box.top } }),
    ...(bottom && { bottom: { height: bottom.box.bottom - bottom.box.top } }),
    ...(left && { left: { width: left.box.right - left.box.left } }),
  };
}

/** Moves every text of an axes down by dy (tick labels, titles, labels, legend entries). */
export function shiftTexts(ax: AxesLayout, dy: number): void {
  const move = (t: PlacedText) => shiftText(t, 0, dy);
  for (const t of [...ax.xTicks, ...ax.yTicks]) move(t.label);
  ax.texts.forEach(move);
  for (const e of ax.legend?.entries ?? []) move(e.label);
}

/**
 * Text measured at its size in the figure's pixels, then given in canvas units. Agg measures the text it
 * draws at the figure's dpi, where font metrics fall on whole pixels; measured in points, a vector figure's
 * texts would sit up to half a point away from the PNG's.
 */
export function atPixelSize(m: TextMeasurer, pixelsPerUnit: number, pxPerPt?: number): TextMeasurer {
  if (pixelsPerUnit === 1 && pxPerPt === undefined) return m;
  return {
    measure(text, size, face) {
      const r = m.measure(text, size * pixelsPerUnit, face, pxPerPt);
      if (pixelsPerUnit === 1) return r;
      return { width: r.width / pixelsPerUnit, ascent: r.ascent / pixelsPerUnit, descent: r.descent / pixelsPerUnit };
    },
  };
}

/**
 * The smallest box around the boxes that have an area (an axes leaves out empty texts' boxes), or, for the
 * figure's bounds, around every box that is not a bare point.
 */
export function unionOf(boxes: Box[], lines = false): Box {
  const real = boxes.filter((b) =>
    lines ? b.right > b.left || b.bottom > b.top : b.right > b.left && b.bottom > b.top,
  );
  return {
    left: Math.min(...real.map((b) => b.left)),
    top: Math.min(...real.map((b) => b.top)),
    right: Math.max(...real.map((b) => b.right)),
    bottom: Math.max(...real.map((b) => b.bottom)),
  };
}
