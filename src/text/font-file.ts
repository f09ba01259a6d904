/**
 * The figure fonts: the DejaVu faces of the dejavu-fonts-ttf package, never whatever the system has. A face is
 * a family, a weight and a style, as matplotlib's FontProperties names them; each is one TTF of the package.
 */
import { createRequire } from 'node:module';

export const FAMILIES = ['DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Mono'] as const;
export type FontFamily = (typeof FAMILIES)[number];

export interface FontFace {
  family: FontFamily;
  weight: 'normal' | 'bold';
  /** 'italic' is DejaVu Sans's Oblique, as matplotlib's font matching picks it for italic. */
  style: 'normal' | 'italic';
}

/** matplotlib's default face: DejaVu Sans, normal weight and style. */
export const REGULAR: FontFace = { family: 'DejaVu Sans', weight: 'normal', style: 'normal' };

/** Kept for the default face's users: its family name. */
export const FONT_FAMILY = REGULAR.family;

const STEMS: Record<FontFamily, string> = {
  'DejaVu Sans': 'DejaVuSans',
  'DejaVu Serif': 'DejaVuSerif',
  'DejaVu Sans Mono': 'DejaVuSansMono',
};

/** The TTF's name without extension: DejaVuSans, DejaVuSerif-BoldItalic, DejaVuSans-Oblique. */
export function faceKey(face: FontFace = REGULAR): string {
  const slant = face.style === 'italic' ? (face.family === 'DejaVu Serif' ? 'Italic' : 'Oblique') : '';
  const bold = face.weight === 'bold' ? 'Bold' : '';
  return bold || slant ? `${STEMS[face.family]}-${bold}${slant}` : STEMS[face.family];
}

/** Path of a face's bundled TTF (the regular DejaVu Sans by default). */
export function fontFile(face: FontFace = REGULAR): string {
  return createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${faceKey(face)}.ttf`);
}

/** Every face, for registering them all with the drawing library. */
export const ALL_FACES: readonly FontFace[] = FAMILIES.flatMap((family) =>
  (['normal', 'bold'] as const).flatMap((weight) =>
    (['normal', 'italic'] as const).map((style): FontFace => ({ family, weight, style })),
  ),
);

/** A CSS font for the canvas: '12px "DejaVu Sans"', 'bold italic 12px "DejaVu Serif"'. */
export const fontSpec = (size: number, face: FontFace = REGULAR) =>
  `${face.style === 'italic' ? 'italic ' : ''}${face.weight === 'bold' ? 'bold ' : ''}${size}px "${face.family}"`;

/** Whether two faces are one (undefined is the regular face). */
export const sameFace = (a: FontFace | undefined, b: FontFace | undefined) => faceKey(a) === faceKey(b);
