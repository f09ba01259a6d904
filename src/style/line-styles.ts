/** matplotlib's line styles: the short forms, and the long names for them. */
export type LineStyle = '-' | '--' | '-.' | ':';
/** matplotlib's long names for the line styles. */
export const LINE_STYLE_NAMES: Record<string, LineStyle> = {
  '-': '-',
  '--': '--',
  '-.': '-.',
  ':': ':',
  solid: '-',
  dashed: '--',
  dashdot: '-.',
  dotted: ':',
};
