/**
 * The figure fonts: the DejaVu faces of the dejavu-fonts-ttf package, never whatever the system has, and the
 * font files a figure adds (fontManager.addfont). A face is a family, a weight and a style, as matplotlib's
 * FontProperties names them; each is one TTF.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { readFaceInfo } from './font-file';

/** The package's own font folder (mathtext's STIX and Computer Modern files), from out/src/style or src/style. */
export const PACKAGE_FONT_DIR = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}out${path.sep}`) ? '../../..' : '../..',
  'fonts',
);

export const FAMILIES = ['DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Mono'] as const;
export type FontFamily = (typeof FAMILIES)[number];

export interface FontFace {
  /** A bundled DejaVu family, or the family a font file names. */
  family: string;
  weight: 'normal' | 'bold';
  /** 'italic' is DejaVu Sans's Oblique, as matplotlib's font matching picks it for italic. */
  style: 'normal' | 'italic';
  /** A font file's face: its path, and the family it is registered under with the drawing library. */
  file?: string;
  css?: string;
  /** The fonts of $...$ math in the text when not matplotlib's defaults (FontProperties' math_fontfamily). */
  math?: MathFonts;
  /** rc text.parse_math False: no $...$ is math, every character is drawn as given. */
  plain?: true;
}

/** rc mathtext.fontset and mathtext.default. */
export interface MathFonts {
  fontset: 'dejavusans' | 'dejavuserif' | 'stix' | 'cm';
  default: string;
}

/** matplotlib's defaults: DejaVu Sans, letters in italic. */
export const DEFAULT_MATH: MathFonts = { fontset: 'dejavusans', default: 'it' };

/** node:crypto only when a font file is added: a start with the bundled fonts need not load it. */
const sha256Hex = (text: string) =>
  (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(text).digest('hex');

/** An added font file's face, with its own weight (OS/2 usWeightClass) for matching. */
export interface FileFace extends FontFace {
  file: string;
  css: string;
  weightClass: number;
}

/** The font files added in this process, by family in lower case (matplotlib's fontManager, for files). */
const added = new Map<string, FileFace[]>();

/**
 * Adds a TrueType file as matplotlib's fontManager.addfont does: its family becomes a name font.family can
 * give. Once per file; throws an Error saying why a file cannot be used.
 */
export function addFontFile(file: string, as?: string): FileFace {
  const resolved = path.resolve(file);
  for (const faces of added.values()) {
    const known = faces.find((f) => f.file === resolved);
    if (known) return known;
  }
  const info = readFaceInfo(resolved);
  if (!info.family) throw new Error('its name table gives no family name');
  const face: FileFace = {
    family: info.family,
    weight: info.weight > 550 ? 'bold' : 'normal',
    style: info.italic ? 'italic' : 'normal',
    file: resolved,
    // A name of its own for the drawing library, so that an installed font of the same family never stands in:
    // from the file's path, since the drawing library's fonts are the process's, shared by its worker threads.
    css: `actplot font ${sha256Hex(resolved).slice(0, 16)}`,
    weightClass: info.weight,
  };
  for (const key of new Set([info.family.toLowerCase(), ...(as ? [as.toLowerCase()] : [])])) {
    added.set(key, [...(added.get(key) ?? []), face]);
  }
  return face;
}

/** The installed fonts as fontconfig lists them: file and family names, TrueType ones only; read once. */
let installed: Map<string, string[]> | undefined;
function installedFonts(): Map<string, string[]> {
  if (installed) return installed;
  installed = new Map();
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const r = spawnSync('fc-list', ['--format', '%{file}\t%{family}\t%{fontformat}\n'], {
    encoding: 'utf8',
    timeout: 10_000,
    maxBuffer: 16 << 20,
  });
  if (r.status !== 0 || typeof r.stdout !== 'string') return installed;
  for (const line of r.stdout.split('\n')) {
    const [file, families, format] = line.split('\t');
    if (!file || !families || format !== 'TrueType') continue;
    for (const family of families.split(',')) {
      const key = family.trim().toLowerCase();
      installed.set(key, [...(installed.get(key) ?? []), file]);
    }
  }
  return installed;
}

/**
 * A family installed on the system (as matplotlib's font manager finds the system's fonts), added from its
 * TrueType files: undefined when fontconfig lists no such family, or none of its files can be read.
 */
export function addInstalledFamily(name: string): readonly FileFace[] | undefined {
  const files = installedFonts().get(name.toLowerCase());
  for (const file of files ?? []) {
    try {
      addFontFile(file, name);
    } catch {
      // A file fontconfig lists but actplot cannot lay out (a collection, say) is passed over, as findfont
      // passes over what it cannot load.
    }
  }
  return addedFamily(name);
}

/** The faces of an added family (undefined: no file of that family was added). */
export function addedFamily(name: string): readonly FileFace[] | undefined {
  return added.get(name.toLowerCase());
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
  if (face.file) return `file:${face.file}`;
  const family = face.family as FontFamily;
  const slant = face.style === 'italic' ? (face.family === 'DejaVu Serif' ? 'Italic' : 'Oblique') : '';
  const bold = face.weight === 'bold' ? 'Bold' : '';
  return bold || slant ? `${STEMS[family]}-${bold}${slant}` : STEMS[family];
}

/** Path of a face's bundled TTF (the regular DejaVu Sans by default). */
export function fontFile(face: FontFace = REGULAR): string {
  if (face.file) return face.file;
  const key = faceKey(face);
  let file = bundledFiles.get(key);
  if (!file) bundledFiles.set(key, (file = createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${key}.ttf`)));
  return file;
}

/** Each bundled face's file, resolved once: a figure asks for it at every text. */
const bundledFiles = new Map<string, string>();

/** Every face, for registering them all with the drawing library. */
export const ALL_FACES: readonly FontFace[] = FAMILIES.flatMap((family) =>
  (['normal', 'bold'] as const).flatMap((weight) =>
    (['normal', 'italic'] as const).map((style): FontFace => ({ family, weight, style })),
  ),
);

/** A CSS font for the canvas: '12px "DejaVu Sans"', 'bold italic 12px "DejaVu Serif"'. */
export const fontSpec = (size: number, face: FontFace = REGULAR) =>
  `${face.style === 'italic' ? 'italic ' : ''}${face.weight === 'bold' ? 'bold ' : ''}${size}px "${face.css ?? face.family}"`;

/** Whether two faces are one (undefined is the regular face). */
export const sameFace = (a: FontFace | undefined, b: FontFace | undefined) => faceKey(a) === faceKey(b);
