/** Registering the bundled font with node-canvas (Cairo and Pango), so that no system font is ever used. */
import { createRequire } from 'node:module';
import { FONT_FAMILY, fontFile } from '../text/font-file';

export { FONT_FAMILY, fontFile, fontSpec } from '../text/font-file';

let registered = false;

/** Registers the bundled TTF with node-canvas; must run before the first canvas is created. */
export function registerFonts(): void {
  if (registered) return;
  const req = createRequire(__filename);
  const { registerFont } = req('canvas') as typeof import('canvas');
  registerFont(fontFile(), { family: FONT_FAMILY });
  registered = true;
}
