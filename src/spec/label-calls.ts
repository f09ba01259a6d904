/**
 * title(), xlabel() and ylabel() by their arguments: the text alone, the call's arguments copied from a script
 * ("'Sigmoid', fontsize=14, fontweight='bold'", the text quoted first, as a script has it), or by name (a
 * config, the API). Their keywords override the rc's for that text alone (axes.titlesize, axes.labelpad, ...).
 */
import { badValue, type FieldPath } from '../errors';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import type { TitleOptions, XLabelOptions, YLabelOptions } from './options';
import { bindCall, parseCallArgs, quotedFirst, type CallSignature, type PyArgs, type PyValue } from '../pycall';
import { FONT_ALIASES, FONT_KEYWORDS, fontKeywords, textAlpha, withFontdict } from './text-call';
import { bound, choice, colour, finite, fontSize, shownPy, textAngle } from './pyplot-calls';
import type { LabelStyle } from './types';

export type LabelCall = 'title' | 'xlabel' | 'ylabel';

/** Text's keywords the three calls take, with matplotlib's aliases. */
const TEXT_KEYWORDS = ['fontsize', 'color', 'alpha', 'rotation', ...FONT_KEYWORDS];
const TEXT_ALIASES = { size: 'fontsize', c: 'color', ...FONT_ALIASES };
const TEXT_NOT_YET = [
  'rotation_mode',
  'bbox',
  'wrap',
  'fontproperties',
  'backgroundcolor',
  'linespacing',
  'ha',
  'va',
  'horizontalalignment',
  'verticalalignment',
  'fontvariant',
  'fontstretch',
  'usetex',
];

const XLABEL: CallSignature = {
  call: 'xlabel',
  positional: ['xlabel', 'fontdict', 'labelpad'],
  keywords: ['loc', ...TEXT_KEYWORDS],
  aliases: TEXT_ALIASES,
  unsupported: ['x', 'y', ...TEXT_NOT_YET],
};

/** ylabel() also aligns its text: plt.ylabel('y', rotation=0, ha='right') is common. */
const TURNING = ['ha', 'va'];
const YLABEL: CallSignature = {
  ...XLABEL,
  call: 'ylabel',
  positional: ['ylabel', 'fontdict', 'labelpad'],
  keywords: [...XLABEL.keywords, ...TURNING],
  aliases: { ...TEXT_ALIASES, horizontalalignment: 'ha', verticalalignment: 'va' },
  unsupported: ['x', 'y', ...TEXT_NOT_YET.filter((k) => !TURNING.includes(k) && !k.endsWith('alignment'))],
};

const SIGNATURES: Record<LabelCall, CallSignature> = {
  title: {
    call: 'title',
    positional: ['label', 'fontdict', 'loc', 'pad'],
    keywords: ['y', ...TEXT_KEYWORDS],
    aliases: TEXT_ALIASES,
    unsupported: TEXT_NOT_YET,
  },
  xlabel: XLABEL,
  ylabel: YLABEL,
};

/** Where each call may put its text along the axes (set_xlabel's and set_ylabel's loc, title's loc). */
const LOCATIONS = {
  title: ['left', 'center', 'right'],
  xlabel: ['left', 'center', 'right'],
  ylabel: ['bottom', 'center', 'top'],
} as const;

/** The text of the call and its keywords (none for a plain text). */
export function readLabelCall(
  given: string | TitleOptions | XLabelOptions | YLabelOptions,
  call: LabelCall,
  at: FieldPath,
  rc: Rc = DEFAULT_RC,
): { text: string; style: LabelStyle } {
  const sig = SIGNATURES[call];
  const args = typeof given === 'string' ? callArgs(given, at) : undefined;
  if (typeof given === 'string' && !args) return { text: given, style: {} };
  const b = withFontdict(args ? bindCall(args, sig, at) : bound(given, sig, at), sig, at, TEXT_KEYWORDS);
  const textKey = sig.positional[0];
  const text = b[textKey];
  if (text === undefined || text === null) throw badValue([...at, textKey], 'nothing', `${call}()'s text`);
  const style: LabelStyle = {};
  const has = (key: string) => b[key] !== undefined && b[key] !== null;
  if (has('fontsize')) style.fontsize = fontSize(b.fontsize, [...at, 'fontsize'], rc);
  if (has('color')) style.color = colour(b.color, [...at, 'color']);
  const alpha = textAlpha(b, at);
  if (alpha !== undefined) style.alpha = alpha;
  const font = fontKeywords(b, at, rc);
  if (font) style.font = font;
  if (has('loc')) {
    const accepted: readonly string[] = LOCATIONS[call];
    if (typeof b.loc !== 'string' || !accepted.includes(b.loc))
      throw badValue([...at, 'loc'], shownPy(b.loc), accepted.join(', '));
    style.loc = b.loc as LabelStyle['loc'];
  }
  if (b.rotation !== undefined && b.rotation !== null) style.rotation = textAngle(b.rotation, [...at, 'rotation']);
  if (call === 'ylabel') Object.assign(style, aligned(b, at));
  if (call === 'title' && has('y')) {
    const y = finite(b.y, [...at, 'y'], 'a height in axes fractions, 1.0 the top');
    if (Math.abs(y) > 100) throw badValue([...at, 'y'], y, 'a height in axes fractions, within ±100');
    style.y = y;
  }
  const pad = call === 'title' ? 'pad' : 'labelpad';
  if (has(pad)) {
    const n = finite(b[pad], [...at, pad], 'points');
    if (Math.abs(n) > 1000) throw badValue([...at, pad], n, 'points, within ±1000');
    style.pad = n;
  }
  return { text: String(text), style };
}

/**
 * ylabel's alignment about its place, before it turns. loc sets the alignment along the axis, so it is not given
 * with ha, as matplotlib refuses.
 */
function aligned(b: Record<string, PyValue>, at: FieldPath): Pick<LabelStyle, 'ha' | 'va'> {
  const style: Pick<LabelStyle, 'ha' | 'va'> = {};
  if (b.ha !== undefined && b.loc !== undefined && b.loc !== null) {
    throw badValue([...at, 'loc'], shownPy(b.loc), 'loc or ha, not both', "matplotlib disallows 'loc' with ha");
  }
  if (b.ha !== undefined) style.ha = choice(b, 'ha', ['left', 'center', 'right'] as const, 'center', at);
  if (b.va !== undefined) style.va = choice(b, 'va', ['top', 'center', 'bottom', 'baseline'] as const, 'bottom', at);
  return style;
}

/**
 * A call's arguments when the text is one: it begins with a quote, as the text argument does in a script, and
 * reads as Python's call syntax. Anything else is the text itself, quotes, commas and '=' included.
 */
function callArgs(given: string, at: FieldPath): PyArgs | undefined {
  if (!quotedFirst(given)) return undefined;
  try {
    return parseCallArgs(given, at);
  } catch {
    return undefined;
  }
}

/** The titles of title() called more than once: the one drawn first and those at the other places. */
export interface Titles {
  text: string;
  style: LabelStyle;
  others: { text: string; style: LabelStyle }[];
}

/**
 * title() called more than once (a list, in the order of the calls): one title at each loc, a later one at the
 * same loc replacing the earlier (set_title sets the Text of that place). As in matplotlib, the titles share
 * the last call's pad (set_title sets the one titleOffsetTrans all three are drawn with; no pad is the rc's),
 * and a y given to any call stops the auto-positioning of them all (_autotitlepos), the others then staying at
 * their own y (axes.titley, else 1.0). The centred title is drawn first, then the left and the right one
 * (Axes.get_children); an empty one is not drawn. Undefined when none has a text.
 */
export function readTitles(given: (string | TitleOptions)[], at: FieldPath, rc: Rc = DEFAULT_RC): Titles | undefined {
  const calls = given.map((g, i) =>
    typeof g === 'string' && !quotedFirst(g)
      ? { text: g, style: {} as LabelStyle }
      : readLabelCall(g, 'title', [...at, i], rc),
  );
  const places = new Map<string, { text: string; style: LabelStyle }>();
  for (const c of calls) places.set(c.style.loc ?? rc['axes.titlelocation'], c);
  const pad = calls.at(-1)?.style.pad;
  const fixed = calls.some((c) => c.style.y !== undefined) && rc['axes.titley'] === 'None';
  const titles = (['center', 'left', 'right'] as const).flatMap((loc) => {
    const t = places.get(loc);
    if (!t?.text) return [];
    const style: LabelStyle = { ...t.style, loc };
    if (pad === undefined) delete style.pad;
    else style.pad = pad;
    if (fixed) style.y ??= 1;
    return [{ text: t.text, style }];
  });
  return titles.length ? { ...titles[0], others: titles.slice(1) } : undefined;
}
