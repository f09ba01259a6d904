/** What the autohinter knows of a face for a script. */

/** A blue zone of a script: reference and overshoot heights in font units, and whether it is a top zone. */
export interface Zone {
  ref: number;
  shoot: number;
  top: boolean;
}

/** What the hinter knows of a face for a script: its zones, the x-height zone's overshoot, its stem widths. */
export interface ScriptMetrics {
  /** 'cjk': FreeType's fallback style for glyphs no script covers (math symbols), its CJK hinter without zones. */
  hinter?: 'latin' | 'cjk';
  zones: Zone[];
  xHeightShoot: number;
  /** The standard stem widths of horizontal strokes in font units, smallest first (from 'o'). */
  widths: number[];
  /** The same of its upright strokes, for the horizontal pass; absent where the style has none. */
  xWidths?: number[];
  unitsPerEm: number;
  /**
   * The greatest height or depth of the blue strings' glyphs, in font units, at least the em: the x-height's fitting
   * may not move a point this high by two pixels or more (af_latin_metrics_scale_dim), or it is not done.
   */
  maxHeight?: number;
}
