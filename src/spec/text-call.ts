/**
 * text() and figtext() as options, and the keywords every Text takes (font, alpha, fontdict, rotation, bbox):
 * the call's argument text copied from a script, or its values by matplotlib's names, bound and checked as
 * the other pyplot calls are (pyplot-calls.ts).
 */
import { badValue, type FieldPath } from '../errors';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import { faceFor, type FontKeywords } from '../style/fonts';
import type { TextOptions } from './options';
import { bindCall, type CallSignature, type PyValue } from '../pycall';
import { bound, choice, colour, finite, fontSize, shownPy, text, textAngle } from './pyplot-calls';
import { parseAlpha } from './rules';
import type { TextBoxSpec, TextSpec } from './types';

/** A text's font keywords (Text's fontweight, fontstyle, family), with their aliases. */
export const FONT_KEYWORDS = ['fontweight', 'fontstyle', 'family'];
export const FONT_ALIASES = { weight: 'fontweight', style: 'fontstyle', fontfamily: 'family' } as const;

/** fontweight=, fontstyle=, family=, checked against the faces actplot has (style/fonts.ts) now. */
export function fontKeywords(b: Record<string, PyValue>, at: FieldPath, rc: Rc): FontKeywords | undefined {
  const font: FontKeywords = {};
  if (b.fontweight !== undefined && b.fontweight !== null) {
    const w = b.fontweight;
    if (typeof w !== 'string' && typeof w !== 'number') throw badValue([...at, 'fontweight'], shownPy(w), 'a weight');
    font.weight = w;
  }
  if (b.fontstyle !== undefined && b.fontstyle !== null) font.style = text(b.fontstyle, [...at, 'fontstyle']);
  if (b.family !== undefined && b.family !== null) {
    const f = b.family;
    font.family = Array.isArray(f) ? f.map((n) => text(n, [...at, 'family'])) : text(f, [...at, 'family']);
  }
  if (!Object.keys(font).length) return undefined;
  const key = font.family !== undefined ? 'family' : font.weight !== undefined ? 'fontweight' : 'fontstyle';
  faceFor(rc, font, [...at, key]);
  return font;
}

const TEXT: CallSignature = {
  call: 'text',
  positional: ['x', 'y', 's'],
  keywords: [
    'fontsize',
    'color',
    'alpha',
    'ha',
    'va',
    'transform',
    'zorder',
    'bbox',
    'rotation',
    'fontdict',
    ...FONT_KEYWORDS,
  ],
  aliases: {
    size: 'fontsize',
    c: 'color',
    horizontalalignment: 'ha',
    verticalalignment: 'va',
    ...FONT_ALIASES,
  },
  unsupported: ['wrap', 'rotation_mode'],
};

/** The transforms as scripts reach them: ax.transAxes, plt.gca().transAxes, fig.transFigure, or the bare name. */
const AXES_TRANSFORM = /^(data|axes|((ax|plt\.gca\(\))\.)?trans(Data|Axes))$/;
const FIGURE_TRANSFORM = /^(figure|((fig|plt\.gcf\(\))\.)?transFigure)$/;

/**
 * text(x, y, s, fontsize=font.size, color=text.color, ha='left', va='baseline'): at data coordinates, or at
 * the axes' fractions with transform=ax.transAxes, or the figure's with fig.transFigure (read as its name).
 * For plt.figtext (`figure`), the figure's fractions and no other.
 */
export function readText(given: string | TextOptions, at: FieldPath, rc: Rc = DEFAULT_RC, figure = false): TextSpec {
  // Axes.text: fontdict's entries under the keywords given beside it.
  const b = withFontdict(
    bound(given, TEXT, at),
    TEXT,
    at,
    TEXT.keywords.filter((k) => k !== 'fontdict'),
  );
  for (const key of ['x', 'y', 's'] as const) {
    if (b[key] === undefined || b[key] === null) throw badValue([...at, key], 'nothing', `text()'s ${key}`);
  }
  const transform = b.transform === undefined ? (figure ? 'figure' : 'data') : text(b.transform, [...at, 'transform']);
  if (
    figure ? !FIGURE_TRANSFORM.test(transform) : !AXES_TRANSFORM.test(transform) && !FIGURE_TRANSFORM.test(transform)
  ) {
    const expected = figure
      ? "fig.transFigure (figtext's own)"
      : 'ax.transData (the default), ax.transAxes or fig.transFigure';
    throw badValue([...at, 'transform'], transform, expected);
  }
  const spec: TextSpec = {
    x: finite(b.x, [...at, 'x']),
    y: finite(b.y, [...at, 'y']),
    text: String(b.s),
    inAxes: AXES_TRANSFORM.test(transform) && /axes/i.test(transform),
    ...(FIGURE_TRANSFORM.test(transform) && { inFigure: true }),
    ha: choice(b, 'ha', ['left', 'center', 'right'] as const, 'left', at),
    va: choice(b, 'va', ['baseline', 'top', 'bottom', 'center', 'center_baseline'] as const, 'baseline', at),
  };
  return Object.assign(spec, textLook(b, at, rc));
}

/** What a Text looks like, as text() and annotate() take it: its size, colour, alpha, face, box and angle. */
export function textLook(
  b: Record<string, PyValue>,
  at: FieldPath,
  rc: Rc,
): Pick<TextSpec, 'fontsize' | 'color' | 'alpha' | 'font' | 'bbox' | 'rotation'> {
  const look: Pick<TextSpec, 'fontsize' | 'color' | 'alpha' | 'font' | 'bbox' | 'rotation'> = {};
  if (b.fontsize !== undefined && b.fontsize !== null) look.fontsize = fontSize(b.fontsize, [...at, 'fontsize'], rc);
  if (b.color !== undefined && b.color !== null) look.color = colour(b.color, [...at, 'color']);
  const alpha = textAlpha(b, at);
  if (alpha !== undefined) look.alpha = alpha;
  const font = fontKeywords(b, at, rc);
  if (font) look.font = font;
  if (b.bbox !== undefined && b.bbox !== null) look.bbox = textBox(b.bbox, [...at, 'bbox']);
  const angle = textRotation(b, look.bbox !== undefined, at);
  if (angle) look.rotation = angle;
  return look;
}

/**
 * A text's rotation= in degrees (0 to 360). A box turned with a slanted text is not drawn yet (quarter turns
 * are; math at a slant neither: math-texts.ts).
 */
export function textRotation(b: Record<string, PyValue>, boxed: boolean, at: FieldPath): number {
  const angle = textAngle(b.rotation, [...at, 'rotation']);
  if (angle % 90 && boxed) {
    throw badValue(
      [...at, 'bbox'],
      shownPy(b.bbox),
      'no bbox at a rotation other than a multiple of 90 degrees',
      "matplotlib's, not drawn yet",
    );
  }
  return angle;
}

/** A text's bbox, its reader loaded with the first one. */
export function textBox(given: PyValue, at: FieldPath): TextBoxSpec {
  return (require('./text-box') as typeof import('./text-box')).readTextBox(given, at);
}

/** A Text's alpha=: 0 to 1, or None (the colour's own). */
export function textAlpha(b: Record<string, PyValue>, at: FieldPath): number | undefined {
  if (b.alpha === undefined || b.alpha === null) return undefined;
  return parseAlpha([...at, 'alpha'], finite(b.alpha, [...at, 'alpha']));
}

/** fontdict's entries as keywords (checked as keywords are), under the ones given beside it. */
export function withFontdict(
  b: Record<string, PyValue>,
  sig: CallSignature,
  at: FieldPath,
  keywords: readonly string[],
): Record<string, PyValue> {
  const dict = b.fontdict;
  if (dict === undefined || dict === null) return b;
  if (typeof dict !== 'object' || Array.isArray(dict))
    throw badValue([...at, 'fontdict'], shownPy(dict), "a dict of Text's keywords: {'fontsize': 14}");
  const fromDict = bindCall({ positional: [], keywords: dict }, { ...sig, positional: [], keywords: [...keywords] }, [
    ...at,
    'fontdict',
  ]);
  const given = Object.fromEntries(Object.entries(b).filter(([k, v]) => k !== 'fontdict' && v !== undefined));
  return { ...fromDict, ...given };
}
