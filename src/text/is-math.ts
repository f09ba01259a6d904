import type { FontFace } from '../style/font-faces';

/**
 * What a text shows (Text._preprocess_math): math, typeset; else its characters, an escaped dollar sign shown as
 * a dollar sign; with text.parse_math False (the face's `plain`), every character as given.
 */
export function shownText(text: string, face?: FontFace): { math: boolean; text: string } {
  if (face?.plain) return { math: false, text };
  if (isMath(text)) return { math: true, text };
  return { math: false, text: text.includes('\\$') ? text.replaceAll('\\$', '$') : text };
}

/** Whether a text is typeset as math: an even, non-zero number of unescaped dollar signs (matplotlib's test). */
export function isMath(text: string): boolean {
  if (!text.includes('$')) return false;
  const dollars = text.split('$').length - 1 - (text.split('\\$').length - 1);
  return dollars > 0 && dollars % 2 === 0;
}
