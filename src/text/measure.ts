/**
 * Text measurement from the bundled font's own tables (no Pango, no canvas): advances and kerning as FreeType
 * lays a string out for matplotlib, and the ink's height as its autohinter puts each glyph's edges. Strings
 * with a character the font lacks (a CJK label, say) are measured by `fallback`, the drawing backend's, made
 * on first need.
 */
import { aggTextOf, hintedInk } from './agg-text';
import { DEFAULT_MATH, faceKey, REGULAR, type FontFace } from '../style/font-faces';
import type { MathLayout } from '../mathtext';
import { isMath } from './is-math';

export { isMath };

const mathKey = (face: FontFace) => `${(face.math ?? DEFAULT_MATH).fontset} ${(face.math ?? DEFAULT_MATH).default}`;

/** A math text typeset at a size in pixels; the typesetter is loaded with the first. */
export function mathLayout(text: string, sizePx: number, face: FontFace = REGULAR): MathLayout {
  const { layoutMath } = require('../mathtext') as typeof import('../mathtext');
  const math = face.math ?? DEFAULT_MATH;
  return layoutMath(text, sizePx, face, { fontset: math.fontset, mathDefault: math.default });
}

/** Measures a string at a font size in canvas units, in a face (the regular one by default). */
export interface TextMeasurer {
  /** Advance width, ink ascent above and ink descent below the baseline. */
  measure(text: string, size: number, face?: FontFace): { width: number; ascent: number; descent: number };
}

export function fontMeasurer(fallback?: () => TextMeasurer): TextMeasurer {
  let other: TextMeasurer | undefined;
  const cache = new Map<string, { width: number; ascent: number; descent: number }>();
  return {
    measure(text, size, face = REGULAR) {
      const math = isMath(text);
      const key = `${faceKey(face)}\u0000${math ? mathKey(face) : ''}\u0000${size}\u0000${text}`;
      let m = cache.get(key);
      if (!m && math) {
        // mathtext's box: ink plus a pixel all round, its depth below the baseline (matplotlib's to_raster).
        const laid = mathLayout(text, size, face);
        m = { width: laid.width, ascent: laid.height - laid.depth, descent: laid.depth };
        cache.set(key, m);
      }
      if (!m) {
        const laid = aggTextOf(text, size, face);
        const ink = laid || !fallback ? hintedInk(text, size, face) : undefined;
        m =
          !laid && fallback
            ? (other ??= fallback()).measure(text, size, face)
            : {
                width: laid?.width ?? 0,
                // Ink extents in whole pixels, rounded outward, as a rasteriser's bounding box is.
                ascent: ink ? Math.max(0, Math.ceil(ink.top - 1e-9)) : 0,
                descent: ink ? Math.max(0, Math.ceil(-ink.bottom - 1e-9)) : 0,
              };
        cache.set(key, m);
      }
      return m;
    },
  };
}
