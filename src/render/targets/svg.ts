/** SVG: laid out in points, as matplotlib's SVG backend, and rasterised by viewers such as rsvg. */
import type { Canvas } from 'canvas';
import type { TargetProfile } from '../../layout/target';

export const svg: TargetProfile = {
  unitsPerInch: () => 72,
  textAsGlyphs: false,
  widenHairlines: false,
  curveThinningPx: 0,
  // Glyph outlines are not hinted by a viewer: each is stretched to where FreeType's autohinter would put its
  // bottom and top for matplotlib's Agg (text/glyph-runs.ts, hintedExtent), so text keeps the PNG's pixels.
  snapGlyphs: true,
  glyphNudgePx: 0,
};

export function encodeSvg(canvas: Canvas): Buffer {
  // An SVG canvas's toBuffer() gives its SVG document.
  return canonicalSvg(canvas.toBuffer());
}

/**
 * Cairo numbers SVG surfaces with a counter that runs for the life of the process; renumbering them in order
 * of appearance makes the same figure the same bytes however many were drawn before it.
 */
export function canonicalSvg(bytes: Buffer): Buffer {
  const ids = new Map<string, string>();
  const text = bytes.toString('utf8').replace(/\bsurface(\d+)\b/g, (_, n: string) => {
    if (!ids.has(n)) ids.set(n, String(ids.size + 1));
    return `surface${ids.get(n)}`;
  });
  return Buffer.from(text, 'utf8');
}
