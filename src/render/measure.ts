/**
 * Text measurement through Pango, for strings with a character the bundled font lacks (the font's own
 * measurer, text/measure.ts, measures all others). Widths are FreeType's as matplotlib gets them where the
 * font has the characters; ink heights come from Pango.
 */
import type { TextMeasurer } from '../layout/text';
import { aggTextOf } from '../text/agg-text';
import { fontSpec, registerFonts } from './fonts';

export function canvasMeasurer(): TextMeasurer {
  registerFonts();
  const { createCanvas } = require('canvas') as typeof import('canvas');
  const ctx = createCanvas(1, 1).getContext('2d');
  const cache = new Map<string, { width: number; ascent: number; descent: number }>();
  return {
    measure(text, size) {
      const key = `${size}\u0000${text}`;
      let m = cache.get(key);
      if (!m) {
        ctx.font = fontSpec(size);
        const t = ctx.measureText(text);
        m = {
          width: aggTextOf(text, size)?.width ?? t.width,
          ascent: t.actualBoundingBoxAscent,
          descent: Math.max(0, t.actualBoundingBoxDescent),
        };
        cache.set(key, m);
      }
      return m;
    },
  };
}
