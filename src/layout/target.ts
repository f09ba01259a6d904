/**
 * What the layout needs to know of the file it lays out for, as plain data: its units, and the viewer
 * compensations each output format asks for (render/targets/ defines them, one file a format, and says why).
 */
export interface TargetProfile {
  /** Canvas units per inch: the figure's dpi for a raster, or 72 (points) as matplotlib's vector backends. */
  unitsPerInch(dpi: number): number;
  /** A raster's size is whole units (Agg truncates a tight bounding box's); a vector page keeps the exact size. */
  wholeUnits: boolean;
  /** Text as font glyphs (selectable, as matplotlib embeds its fonts) rather than outlines. */
  textAsGlyphs: boolean;
  /** Axis-aligned lines thinner than a pixel drawn a pixel wide at their coverage. */
  widenHairlines: boolean;
  /** How much thinner curves and their dashes are drawn, in pixels of the figure's dpi. */
  curveThinningPx: number;
  /** Each glyph stretched so that its bottom and top land where FreeType's autohinter puts them. */
  snapGlyphs: boolean;
  /** How far below the pixel grid glyphs are placed, in pixels. */
  glyphNudgePx: number;
  /** How far a dashed axis-aligned data line's far end is moved across it, in pixels (0: not at all). */
  dashTiltPx: number;
}
