/** Whether a text is typeset as math: an even, non-zero number of unescaped dollar signs (matplotlib's test). */
export function isMath(text: string): boolean {
  if (!text.includes('$')) return false;
  const dollars = text.split('$').length - 1 - (text.split('\\$').length - 1);
  return dollars > 0 && dollars % 2 === 0;
}
