/** The figure font: DejaVu Sans from the dejavu-fonts-ttf package, never whatever the system has. */
import { createRequire } from 'node:module';

export const FONT_FAMILY = 'DejaVu Sans';

/** Path of the bundled TTF. */
export function fontFile(): string {
  return createRequire(__filename).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
}

export const fontSpec = (size: number) => `${size}px "${FONT_FAMILY}"`;
