/** plt.text and plt.figtext placed: a text at a point, aligned, turned, its box behind it. */
import type { TextSpec } from '../spec';
import type { Rc } from '../style/rcparams';
import type { FontFace } from '../style/font-faces';
import { faceFor } from '../style/fonts';
import { textBackground } from './artists';
import { rcColor } from './axis-style';
import { dashesOf } from './lines';
import { rotatedPlacer, type PlacedText, type TextMeasurer } from './text';

/**
 * plt.text and plt.figtext: the text placed at (x, y) in canvas units by its alignment, turned by its rotation,
 * font.size and text.color unless given, its bbox behind it.
 */
export function placeNote(
  t: TextSpec,
  [x, y]: [number, number],
  measure: TextMeasurer,
  scale: number,
  rc: Rc,
  baseFace: FontFace | undefined,
): PlacedText {
  const sizePt = t.fontsize ?? rc['font.size'];
  const placed = rotatedPlacer(t.rotation ?? 0)(
    measure,
    t.text,
    sizePt * scale,
    x,
    y,
    t.ha,
    t.va,
    rcColor(rc, t.color ?? rc['text.color'], t.alpha),
    t.font ? faceFor(rc, t.font) : baseFace,
  );
  const style = t.bbox?.linestyle ?? '-';
  const dashes = (w: number) => dashesOf(style, w, rc, scale);
  if (t.bbox) placed.background = textBackground(placed, t.bbox, sizePt, scale, rc, dashes);
  return placed;
}
