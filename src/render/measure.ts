/**
 * Text measurement through Pango, for a string with a character the bundled font lacks (the font's own
 * measurer, text/measure.ts, measures every other string and caches both kinds).
 */
import type { TextMeasurer } from '../layout/text';
import { fontSpec, registerFonts, useFace } from './fonts';
import { withFontLock } from './font-lock';

export function canvasMeasurer(): TextMeasurer {
  registerFonts();
  const { createCanvas } = require('canvas') as typeof import('canvas');
  const ctx = createCanvas(1, 1).getContext('2d');
  return {
    measure(text, size, face) {
      useFace(face);
      ctx.font = fontSpec(size, face);
      const t = withFontLock(() => ctx.measureText(text));
      return { width: t.width, ascent: t.actualBoundingBoxAscent, descent: Math.max(0, t.actualBoundingBoxDescent) };
    },
  };
}
