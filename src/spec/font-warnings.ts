/**
 * matplotlib's findfont warnings for the figure's font families: font.family of its rcParams (every figure has
 * tick labels in it) and each text's own family=, once each. A family not found is drawn around, as matplotlib
 * does (style/fonts.ts), so a script written where its font is installed still draws elsewhere.
 */
import { familyWarnings, type FontKeywords } from '../style/fonts';
import type { Rc } from '../style/rcparams';
import type { FigureSpec } from './types';

/** Each text's font keywords across the figure. */
function fontsOf(fig: FigureSpec): (FontKeywords | undefined)[] {
  const fonts = [fig.suptitle?.font, fig.supxlabel?.font, fig.supylabel?.font, fig.figureLegend?.style.font];
  for (const ax of fig.axes) {
    fonts.push(ax.legendStyle?.font);
    fonts.push(...Object.values(ax.labelStyles ?? {}).map((s) => s?.font));
    fonts.push(...(ax.texts ?? []).map((t) => t.font), ...(ax.annotations ?? []).map((a) => a.font));
  }
  return fonts;
}

export function familyWarningsOf(fig: FigureSpec, rc: Rc): string[] {
  const lists: (string | readonly string[])[] = fig.rc ? [rc['font.family']] : [];
  for (const font of fontsOf(fig)) if (font?.family !== undefined) lists.push(font.family);
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const family of lists) {
    const key = JSON.stringify(family);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const w of familyWarnings(family, rc, ['rc', 'font.family'])) if (!warnings.includes(w)) warnings.push(w);
  }
  return warnings;
}
