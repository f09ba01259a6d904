/**
 * Registering the bundled fonts with node-canvas (Cairo and Pango), so that no system font is ever used. The
 * regular face before the first canvas; any other on first use (a dozen faces cost ~10 ms at start-up, and
 * node-canvas takes a face registered after its first canvas for the canvases and contexts that follow).
 */
import { createRequire } from 'node:module';
import { faceKey, fontFile, REGULAR, type FontFace } from '../style/font-faces';
import { withFontLock } from './font-lock';

export { FONT_FAMILY, fontFile, fontSpec } from '../style/font-faces';

const registered = new Set<string>();

/** Registers a bundled face with node-canvas, once. */
export function useFace(face: FontFace = REGULAR): void {
  const key = faceKey(face);
  if (registered.has(key)) return;
  const { registerFont } = createRequire(__filename)('canvas') as typeof import('canvas');
  withFontLock(() =>
    registerFont(fontFile(face), { family: face.css ?? face.family, weight: face.weight, style: face.style }),
  );
  registered.add(key);
}

/** Registers the regular face; must run before the first canvas is created. */
export function registerFonts(): void {
  useFace(REGULAR);
}
