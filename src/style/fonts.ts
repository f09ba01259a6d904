/**
 * Which bundled face a text is drawn in, as matplotlib's font_manager.findfont picks one: the first family of
 * font.family (or the text's own) that is available, a generic family (sans-serif, serif, monospace) standing
 * for its rc list; the weight and style nearest among the faces. actplot has DejaVu Sans, Serif and Sans Mono
 * (font-faces.ts) and the families installed on the system: a family it lacks is passed over, as on a machine
 * without it, and with none found a text is drawn in DejaVu Sans, with matplotlib's warning (familyWarnings).
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

/** A weight as a number, 100 to 1000 (matplotlib's weight_dict for names). */
function weightOf(weight: string | number, at: FieldPath): number {
  const w = typeof weight === 'number' ? weight : (WEIGHT_VALUES[weight] ?? Number(weight));
  if (!Number.isFinite(w) || w < 100 || w > 1000) {
    throw badValue(at, weight, `a weight: ${Object.keys(WEIGHT_VALUES).join(', ')} or 100 to 1000`);
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

/** A family's faces, if actplot has it: bundled, added from a file, or installed (null: not found). */
function namedFamily(name: string, at: FieldPath): string | readonly FileFace[] | null {
  // A font file named in the list (font.sans-serif=./NotoSansSC.ttf): its face, as --font-file adds it.
  if (/\.(ttf|otf)$/i.test(name)) return [fileFace(name, at)];
  const file = addedFamily(name);
  if (file) return file;
  const hit = FAMILIES.find((f) => f.toLowerCase() === name.toLowerCase());
  if (hit) return hit;
  return addInstalledFamily(name) ?? null;
}

/** The first family of a generic family's rc list that is found ('sans-serif' ends the list: passed over). */
function genericFamily(list: readonly string[], at: FieldPath): string | readonly FileFace[] | null {
  for (const n of list) {
    if (Object.hasOwn(GENERIC, n.toLowerCase())) continue;
    const found = namedFamily(n, at);
    if (found) return found;
  }
  return null;
}

/** A name of font.family (or a text's family=): a generic family stands for its rc list. */
function oneFamily(name: string, rc: Rc, at: FieldPath): string | readonly FileFace[] | null {
  const key = name.toLowerCase();
  return Object.hasOwn(GENERIC, key) ? genericFamily(rc[GENERIC[key]], at) : namedFamily(name, at);
}

/** findfont's defaultFamily['ttf']: where a text goes when none of its families is found. */
const FALLBACK_FAMILY = 'DejaVu Sans';

function familyOf(names: readonly string[], rc: Rc, at: FieldPath): string | readonly FileFace[] {
  for (const name of names) {
    const found = oneFamily(name, rc, at);
    if (found) return found;
  }
  return FALLBACK_FAMILY;
}

/**
 * What matplotlib warns of when it looks up a text's families (font_manager's _find_fonts_by_props and
 * findfont): each family of the list that is not found, and, when none is, the fall back to DejaVu Sans. The
 * text is drawn all the same, as matplotlib draws it: a script written where SimHei is installed still runs.
 */
export function familyWarnings(family: string | readonly string[], rc: Rc, at: FieldPath): string[] {
  const names = typeof family === 'string' ? [family] : family;
  const warnings: string[] = [];
  let found = false;
  for (const name of names) {
    if (oneFamily(name, rc, at)) {
      found = true;
      continue;
    }
    const key = name.toLowerCase();
    warnings.push(
      Object.hasOwn(GENERIC, key)
        ? `findfont: Generic family '${name}' not found because none of the following families were found: ` +
            rc[GENERIC[key]].join(', ')
        : `findfont: Font family '${name}' not found.`,
    );
  }
  if (found) return warnings;
  const given = names.map((n) => `'${n}'`).join(', ');
  return [
    `findfont: Font family [${given}] not found. Falling back to ${FALLBACK_FAMILY} ` +
      `(${warnings.map((w) => w.replace(/^findfont: /, '').replace(/\.$/, '')).join('; ')}); ` +
      'fc-list shows the installed families, or give the font by its file: --font-file FILE',
  ];
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
  // DejaVu's and STIX's fontsets are drawn: a figure with math under another is refused (spec/math-texts.ts).
  const given = rc['mathtext.fontset'] ?? DEFAULT_MATH.fontset;
  const fontset = given === 'dejavuserif' || given === 'stix' || given === 'cm' ? given : DEFAULT_MATH.fontset;
  const mathDefault = rc['mathtext.default'] ?? DEFAULT_MATH.default;
  const math = {
    ...(!(fontset === DEFAULT_MATH.fontset && mathDefault === DEFAULT_MATH.default) && {
      math: { fontset, default: mathDefault },
    }),
    ...(rc['text.parse_math'] === false && { plain: true as const }),
  };
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
  return sameFace(face, REGULAR) && !face.math && !face.plain ? undefined : face;
}
