/**
 * Texts where matplotlib's Agg backend puts their glyphs (see text/glyph-runs.ts): each bitmap at whole pixels
 * of the figure, plain text from the bundled fonts' outlines and hints, math typeset by the mathtext stage.
 */
import type { FigureLayout } from '../layout/layout';
import type { PlacedText, TextBackground } from '../layout/text';
import { aggBaseline } from '../text/glyph-runs';
import { aggTextOf, hintedGlyph, hintedInk, hintedOutline } from '../text/agg-text';
import { shownText } from '../text/is-math';
import { roundHalfEven } from '../layout/ticks';
import { withFontLock } from './font-lock';
import { fontSpec, useFace } from './fonts';
import { artistGroups, inGroup } from './groups';
import { drawMathText } from './math-text';
import { traceOutline } from './outline';
import { drawBox } from './boxes';
import { inPixels, snapper, thinnedWidth } from './strokes';

/* The PDF target's test of its simple font, loaded for a PDF figure. */
const pdfTarget = () => require('./targets/pdf') as typeof import('./targets/pdf');

type Ctx = import('canvas').CanvasRenderingContext2D;

/**
 * Agg draws a text's bitmap at whole pixels of the figure (x rounded; the baseline as drawText says). Cairo
 * would place glyphs at fractional positions, so every format rounds here, to the figure's pixel grid.
 */
const toPixel = (v: number, p: number) => Math.round(inPixels(v, p)) * p;

/**
 * The pixel row of a text's baseline, `v` pixels down a figure `rows` pixels high: RendererAgg.draw_text rounds
 * it with Python's round() in the figure's upward coordinates, so a baseline on a half pixel goes up or down
 * the page by the row's parity.
 */
const aggRow = (v: number, rows: number) => rows - roundHalfEven(rows - v);

/** Draws a placed text where Agg would put its glyphs (see glyph-runs.ts), holding the fonts' lock. */
export function drawText(ctx: Ctx, t: PlacedText, layout: FigureLayout): void {
  if (!t.text) return; // an empty text draws nothing (a shared axes' hidden tick labels)
  const shown = shownText(t.text, t.face);
  if (shown.math) {
    withFontLock(() => drawMath(ctx, t, layout));
    return;
  }
  const plain = shown.text === t.text ? t : { ...t, text: shown.text };
  // svg.fonttype 'none': the text is written as a <text> element (math is still typeset as paths).
  if (layout.svgTextElements) {
    const { textElement } = require('./targets/svg-text') as typeof import('./targets/svg-text');
    artistGroups.get(layout)?.element(ctx, textElement(plain));
    return;
  }
  withFontLock(() => drawPlain(ctx, plain, layout));
}

/**
 * A text as matplotlib's Text artist draws it: in a group of its own, its bbox patch first, nothing (not even
 * the group) if empty.
 */
export function drawTextArtist(ctx: Ctx, t: PlacedText | undefined, layout: FigureLayout): void {
  if (!t?.text) return;
  inGroup(ctx, layout, 'text', () => {
    if (t.background) inGroup(ctx, layout, 'patch', () => drawBackground(ctx, t.background!, layout));
    drawText(ctx, t, layout);
  });
}

/**
 * A text's bbox: a square one snapped to the pixel grid as Agg snaps a rectilinear path; a round one as is, its
 * edge as much thinner as a curve's (FigureLayout.curveThinning: poppler widens what it does not snap).
 */
function drawBackground(ctx: Ctx, bg: TextBackground, layout: FigureLayout): void {
  const snap = snapper(layout);
  const b = bg.box;
  const at = (v: number) => (bg.radius ? v : snap(v, bg.width));
  const width = bg.radius ? thinnedWidth(bg.width, layout) : bg.width;
  drawBox(ctx, [at(b.left), at(b.top), at(b.right), at(b.bottom)], bg.radius, { ...bg, width }, layout.pixel);
}

function drawMath(ctx: Ctx, t: PlacedText, layout: FigureLayout): void {
  const pixel = layout.pixel;
  const rows = Math.round(layout.height / pixel);
  drawMathText(
    ctx,
    t,
    layout,
    (v) => inPixels(v, pixel),
    (v) => aggRow(v, rows),
  );
}

/** A text's characters (as shownText gives them), each glyph where Agg puts it. */
function drawPlain(ctx: Ctx, t: PlacedText, layout: FigureLayout): void {
  const pixel = layout.pixel;
  const nudge = layout.glyphNudge;
  ctx.save();
  useFace(t.face);
  ctx.font = fontSpec(t.size, t.face);
  ctx.textDrawingMode = layout.textAsGlyphs ? 'glyph' : 'path';
  ctx.fillStyle = t.color;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  const sizePx = t.size / pixel;
  const placed = aggTextOf(t.text, sizePx, t.face);
  if (!placed) {
    drawTextByPango(ctx, t, layout);
    ctx.restore();
    return;
  }
  const ink = hintedInk(t.text, sizePx, t.face) ?? { bottom: 0, top: 0 };
  let x0: number;
  if (t.vertical) {
    // Agg turns the string's bitmap about its first column, which sits at the pen's row; the bitmap offset
    // moves it across the text instead of along it.
    const x = aggBaseline(inPixels(t.x, pixel) + placed.xMin, ink, roundHalfEven) - 1;
    ctx.translate(x * pixel, (Math.round(inPixels(t.box.bottom, pixel)) + 1) * pixel + nudge);
    ctx.rotate(-Math.PI / 2);
    x0 = 0;
  } else if (t.angle !== undefined) {
    turnToBitmap(ctx, t, placed.xMin, ink, layout);
    x0 = 0;
  } else {
    const rows = Math.round(layout.height / pixel);
    ctx.translate(0, aggBaseline(inPixels(t.baseline, pixel), ink, (v) => aggRow(v, rows)) * pixel + nudge);
    // Python's round(), as draw_text's: a text starting on a half pixel goes to the even one.
    x0 = roundHalfEven(inPixels(t.box.left, pixel) + placed.xMin);
  }
  // Hinted vector glyphs are each drawn on their own; Cairo hints PNG text, drawn a run at a time. SVG glyphs are
  // paths no viewer hints: each is drawn from its outline as the autohinter leaves it, every bar on its row.
  for (const r of layout.snapGlyphs ? placed.glyphs : placed.runs) {
    // A PDF glyph Cairo would embed the font a second time for is drawn from its outline (targets/pdf.ts).
    const asPath = layout.snapGlyphs && (!layout.textAsGlyphs || !pdfTarget().inSimpleFont(r.text));
    const outline = asPath ? hintedOutline(r.text, sizePx, t.face) : undefined;
    if (outline) {
      const left = (x0 + r.offset) * pixel;
      // The nudge is for poppler's placing of font glyphs; an outline is a path, drawn on the grid as it is.
      const lift = layout.textAsGlyphs ? nudge : 0;
      ctx.beginPath();
      traceOutline(ctx, outline, (p) => [left + p.x * pixel, -p.y * pixel - lift]);
      ctx.fill();
      continue;
    }
    const hinted = layout.snapGlyphs ? hintedGlyph(r.text, sizePx, layout.textAsGlyphs, t.face) : undefined;
    if (!hinted) {
      ctx.fillText(r.text, (x0 + r.offset) * pixel, 0);
      continue;
    }
    ctx.save();
    ctx.translate((x0 + r.offset) * pixel, -hinted.shift * pixel);
    ctx.scale(1, hinted.scale);
    ctx.fillText(r.text, 0, 0);
    ctx.restore();
  }
  ctx.restore();
}

/**
 * Moves and turns the canvas so that a text turned by t.angle is drawn from (0, 0) along x where Agg puts it.
 * RendererAgg.draw_text places the string's upright bitmap by its bottom-left corner, at whole pixels: the pen
 * plus the bitmap's offset along x and the descent turned, one row lower (draw_text_image's y + 1), and turns
 * the bitmap about that corner. The baseline lies the bitmap's margin row and the rows of the descent above it.
 */
function turnToBitmap(
  ctx: Ctx,
  t: PlacedText,
  xMin: number,
  ink: { bottom: number; top: number },
  layout: FigureLayout,
) {
  const { pixel, glyphNudge: nudge } = layout;
  const rad = ((t.angle ?? 0) * Math.PI) / 180;
  const [sin, cos] = [Math.sin(rad), Math.cos(rad)];
  const descent = -ink.bottom;
  const whole = (v: number) => Math.floor(v + 1e-6); // ink heights are sums of 64ths of a pixel
  const cornerX = roundHalfEven(inPixels(t.x, pixel) + xMin + descent * sin);
  const cornerY = Math.round(inPixels(t.baseline, pixel) + descent * cos) + 1;
  const up = 1 + whole(ink.top + descent) - whole(ink.top);
  ctx.translate((cornerX - up * sin) * pixel, (cornerY - up * cos) * pixel + nudge);
  ctx.rotate(-rad);
}

/** Text in characters the bundled font lacks: Pango's own placement, from the pen's start. */
function drawTextByPango(ctx: Ctx, t: PlacedText, layout: FigureLayout): void {
  const { pixel, glyphNudge: nudge } = layout;
  if (t.angle !== undefined) {
    ctx.translate(t.x, t.baseline + nudge);
    ctx.rotate((-t.angle * Math.PI) / 180);
    ctx.fillText(t.text, 0, 0);
  } else if (t.vertical) {
    ctx.translate(toPixel(t.x, pixel), toPixel(t.box.bottom, pixel) + nudge);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(t.text, -ctx.measureText(t.text).actualBoundingBoxLeft, 0);
  } else {
    const rows = Math.round(layout.height / pixel);
    ctx.fillText(t.text, toPixel(t.box.left, pixel), aggRow(inPixels(t.baseline, pixel), rows) * pixel + nudge);
  }
}
