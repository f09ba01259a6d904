/** PNG: the figure's own pixels, as matplotlib's Agg backend draws them. */
import type { Canvas } from 'canvas';
import type { TargetProfile } from '../../layout/target';

export const png: TargetProfile = {
  wholeUnits: true,
  unitsPerInch: (dpi) => dpi,
  textAsGlyphs: false,
  widenHairlines: false,
  curveThinningPx: 0,
  // Cairo hints PNG text itself, much as FreeType's autohinter does for Agg.
  snapGlyphs: false,
  glyphNudgePx: 0,
  dashTiltPx: 0,
};

/**
 * Paeth alone at zlib level 4: half the time of trying every filter at level 6, files 1-3 % larger and still
 * smaller than matplotlib's (npm run bench measures both).
 */
let config: import('canvas').PngConfig | undefined;
function pngConfig(): import('canvas').PngConfig {
  if (!config) {
    const { Canvas: CanvasClass } = require('canvas') as typeof import('canvas');
    config = { compressionLevel: 4, filters: CanvasClass.PNG_FILTER_PAETH };
  }
  return config;
}

export function encodePng(canvas: Canvas): Buffer {
  return canvas.toBuffer('image/png', pngConfig());
}

/**
 * The same bytes, encoded on one of libuv's threads: a batch draws its next figure meanwhile. The canvas must
 * not be drawn on until the promise settles.
 */
export function encodePngAsync(canvas: Canvas): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    canvas.toBuffer((err, bytes) => (err ? reject(err) : resolve(bytes)), 'image/png', pngConfig()),
  );
}
