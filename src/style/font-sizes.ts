/** matplotlib's font size names, as multiples of font.size (font_manager.font_scalings). */
export const FONT_SCALINGS: Readonly<Record<string, number>> = {
  'xx-small': 0.579,
  'x-small': 0.694,
  small: 0.833,
  medium: 1.0,
  large: 1.2,
  'x-large': 1.44,
  'xx-large': 1.728,
  larger: 1.2,
  smaller: 0.833,
};
