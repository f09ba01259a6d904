/** The figure font: DejaVu Sans from the dejavu-fonts-ttf package, never whatever the system has. */
import { createRequire } from 'node:module';

export const FONT_FAMILY = 'DejaVu Sans';
let registered = false;

/** Registers the bundled TTF with node-canvas; must run before the first canvas is created. */
export function registerFonts(): void {
  if (registered) return;
  const req = createRequire(__filename);
  const { registerFont } = req('canvas') as typeof import('canvas');
  registerFont(fontFile(), { family: FONT_FAMILY });
  registered = true;
}

/** Path of the bundled TTF. */
export function fontFile(): string {
  return createRequire(__filename).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
}

export const fontSpec = (size: number) => `${size}px "${FONT_FAMILY}"`;
