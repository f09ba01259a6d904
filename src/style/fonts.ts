/**
 * Which bundled face a text is drawn in, as matplotlib's font_manager.findfont picks one: the first family of
 * font.family (or the text's own) that is available, a generic family (sans-serif, serif, monospace) standing
 * for its rc list; the weight and style nearest among the faces. actplot has DejaVu Sans, Serif and Sans Mono
 * (font-faces.ts): a family it lacks is passed over, as on a machine without it, and none at all is an error.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import {
  addedFamily,
  addFontFile,
  addInstalledFamily,
  DEFAULT_MATH,
  FAMILIES,
  REGULAR,
  sameFace,
  type FileFace,
  type FontFace,
} from './font-faces';
import type { Rc } from './rcparams';

/** matplotlib's weight_dict (font_manager.py). */
const WEIGHT_VALUES: Record<string, number> = {
  ultralight: 100,
  light: 200,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  roman: 500,
  semibold: 600,
  demibold: 600,
  demi: 600,
  bold: 700,
  heavy: 800,
  'extra bold': 800,
  black: 900,
};

const GENERIC: Record<string, 'font.sans-serif' | 'font.serif' | 'font.monospace'> = {
  'sans-serif': 'font.sans-serif',
  sans: 'font.sans-serif',
  serif: 'font.serif',
  monospace: 'font.monospace',
};

/** A text's own font keywords (fontweight=, fontstyle=, family=), over the rc's. */
export interface FontKeywords {
  family?: string | string[];
  weight?: string | number;
  style?: string;
}

/** A weight as a number, 100 to 900 (matplotlib's weight_dict for names). */
function weightOf(weight: string | number, at: FieldPath): number {
  const w = typeof weight === 'number' ? weight : (WEIGHT_VALUES[weight] ?? Number(weight));
  if (!Number.isFinite(w) || w < 100 || w > 1000) {
    throw badValue(at, weight, `a weight: ${Object.keys(WEIGHT_VALUES).join(', ')} or 100 to 900`);
  }
  return w;
}

/** The bold face for a weight nearer 700 than 400 (DejaVu's Book and Bold), as findfont's weight score picks. */
function isBold(w: number, at: FieldPath): boolean {
  if (w < 300) {
    throw new UsageError(at, {
      problem: `a weight of ${w} is matplotlib's (DejaVu Sans ExtraLight), but actplot draws normal and bold yet`,
    });
  }
  return w > 550;
}

/** The first family of the list that is bundled or added from a file (font files first, as added fonts win). */
function fileFace(file: string, at: FieldPath): FileFace {
  try {
    return addFontFile(file);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw badValue(at, file, 'a TrueType font file that can be read', why);
  }
}

function familyOf(names: readonly string[], rc: Rc, at: FieldPath): string | readonly FileFace[] {
  for (const name of names) {
    const list = Object.hasOwn(GENERIC, name.toLowerCase()) ? rc[GENERIC[name.toLowerCase()]] : [name];
    for (const n of list) {
      // A font file named in the list (font.sans-serif=./NotoSansSC.ttf): its face, as --font-file adds it.
      if (/\.(ttf|otf)$/i.test(n)) return [fileFace(n, at)];
      const file = addedFamily(n);
      if (file) return file;
      const hit = FAMILIES.find((f) => f.toLowerCase() === n.toLowerCase());
      if (hit) return hit;
      if (Object.hasOwn(GENERIC, n.toLowerCase())) continue; // the end of a generic list, as 'sans-serif'
      const system = addInstalledFamily(n);
      if (system) return system;
    }
  }
  // font.family named a generic family alone: what failed is that family's list (font.sans-serif=SimHei).
  const name = names.length === 1 && at[1] === 'font.family' ? names[0].toLowerCase() : '';
  const generic = Object.hasOwn(GENERIC, name) ? GENERIC[name] : undefined;
  throw badValue(
    generic ? ['rc', generic] : at,
    generic ? rc[generic].join(', ') : names.join(', '),
    `a family actplot has: ${FAMILIES.join(', ')}, sans-serif, serif, monospace, one of a --font-file, or a TrueType family installed on the system`,
    "fc-list shows the installed families; 'serif' is DejaVu Serif",
  );
}

/**
 * Among a family's files, the face findfont scores best: the asked style first (italic and oblique alike),
 * then the weight nearest (score_weight: |w1 - w2|).
 */
function nearestFile(faces: readonly FileFace[], weight: number, italic: boolean): FileFace {
  const score = (f: FileFace) => ((f.style === 'italic') === italic ? 0 : 10_000) + Math.abs(f.weightClass - weight);
  return faces.reduce((best, f) => (score(f) < score(best) ? f : best));
}

/**
 * The face of a text: `own` keywords over the rc's font.family, font.weight (or `weight`, e.g. axes.titleweight)
 * and font.style. Undefined for the regular face, which every text has unless told otherwise.
 */
export function faceFor(rc: Rc, own: FontKeywords = {}, at: FieldPath = ['rc', 'font.family']): FontFace | undefined {
  const names = own.family === undefined ? rc['font.family'] : Array.isArray(own.family) ? own.family : [own.family];
  const family = familyOf(names, rc, own.family === undefined ? ['rc', 'font.family'] : at);
  const weightAt: FieldPath = own.weight === undefined ? ['rc', 'font.weight'] : at;
  const weight = weightOf(own.weight ?? rc['font.weight'], weightAt);
  const style = own.style ?? rc['font.style'];
  if (!['normal', 'italic', 'oblique'].includes(style)) throw badValue(at, style, 'normal, italic or oblique');
  // Only DejaVu's fontsets are drawn: a figure with math under another is refused (spec/math-texts.ts).
  const given = rc['mathtext.fontset'] ?? DEFAULT_MATH.fontset;
  const fontset = given === 'dejavuserif' ? given : DEFAULT_MATH.fontset;
  const mathDefault = rc['mathtext.default'] ?? DEFAULT_MATH.default;
  const math =
    fontset === DEFAULT_MATH.fontset && mathDefault === DEFAULT_MATH.default
      ? {}
      : { math: { fontset, default: mathDefault } };
  if (typeof family !== 'string') {
    const f = nearestFile(family, weight, style !== 'normal');
    return { family: f.family, weight: f.weight, style: f.style, file: f.file, css: f.css, ...math };
  }
  const face: FontFace = {
    family,
    weight: isBold(weight, weightAt) ? 'bold' : 'normal',
    style: style === 'normal' ? 'normal' : 'italic',
    ...math,
  };
  return sameFace(face, REGULAR) && !face.math ? undefined : face;
}
