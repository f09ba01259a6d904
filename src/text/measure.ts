/**
 * Text measurement from the bundled font's own tables (no Pango, no canvas): advances and kerning as FreeType
 * lays a string out for matplotlib, and the ink's height as its autohinter puts each glyph's edges. Strings
 * with a character the font lacks (a CJK label, say) are measured by `fallback`, the drawing backend's, made
 * on first need.
 */
import { aggTextOf, hintedInk } from './agg-text';
import { DEFAULT_MATH, faceKey, REGULAR, type FontFace } from '../style/font-faces';
import { shownText } from './is-math';

const mathKey = (face: FontFace) => `${(face.math ?? DEFAULT_MATH).fontset} ${(face.math ?? DEFAULT_MATH).default}`;

/** A measure of text: advance width, ink ascent above and descent below the baseline. */
export type Extent = { width: number; ascent: number; descent: number };

/** Measures a string at a font size in canvas units, in a face (the regular one by default). */
export interface TextMeasurer {
  /** Advance width, ink ascent above and ink descent below the baseline. */
  /** `pxPerPt`: the figure's pixels a point (dpi / 72), for math, whose scripts FreeType sizes in 64ths of a point. */
  measure(text: string, size: number, face?: FontFace, pxPerPt?: number): Extent;
}

/**
 * The font's own measurer; `fallback` for a string the font lacks characters of, `math` for a text with $...$
 * math (mathtext's box), both given by the drawing stage, which loads them on first need.
 */
export function fontMeasurer(
  fallback?: () => TextMeasurer,
  math?: (text: string, sizePx: number, face: FontFace, pxPerPt?: number) => Extent,
): TextMeasurer {
  let other: TextMeasurer | undefined;
  const cache = new Map<string, Extent>();
  return {
    measure(given, size, face = REGULAR, pxPerPt) {
      const { math: isMath, text } = shownText(given, face);
      const typeset = math && isMath;
      const kind = typeset ? `${mathKey(face)} ${pxPerPt}` : face.plain ? 'plain' : '';
      const key = `${faceKey(face)}\u0000${kind}\u0000${size}\u0000${given}`;
      let m = cache.get(key);
      if (!m && typeset) cache.set(key, (m = math(text, size, face, pxPerPt)));
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
