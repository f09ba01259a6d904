/**
 * hlines, vlines, axhspan, axvspan, fill_between, suptitle and subplots_adjust as options: the call's argument
 * text copied from a script, or its values by matplotlib's names, bound and checked as the other pyplot calls
 * are (pyplot-calls.ts). text() and the Text keywords: text-call.ts.
 */
import { badValue, type FieldPath } from '../errors';
import { withoutConversions } from '../functions/conversions';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import type { FillOptions, SegmentsOptions, SpanOptions, SubplotsAdjustOptions, SuptitleOptions } from './options';
import { quotedFirst, type CallSignature, type PyValue } from '../pycall';
import { bound, choice, colour, finite, flag, fontSize, shownPy, text, widthValue } from './pyplot-calls';
import { parseAlpha, parseLineStyle, parseWidth } from './rules';
import { FONT_ALIASES, FONT_KEYWORDS, fontKeywords } from './text-call';
import type {
  CurveSpec,
  FigureSpec,
  FillSpec,
  SegmentsSpec,
  SpanSpec,
  StepKind,
  SuptitleSpec,
  WhereSide,
  WhereSpec,
} from './types';

const COLLECTION_NOT_YET = ['norm', 'cmap', 'hatch', 'antialiased', 'antialiaseds', 'capstyle', 'joinstyle', 'offsets'];

const HLINES: CallSignature = {
  call: 'hlines',
  positional: ['y', 'xmin', 'xmax', 'colors', 'linestyles', 'label'],
  keywords: ['alpha', 'zorder', 'linewidths'],
  // Collection's aliases: dashes names the line style, as linestyles does.
  aliases: {
    color: 'colors',
    linestyle: 'linestyles',
    ls: 'linestyles',
    dashes: 'linestyles',
    linewidth: 'linewidths',
    lw: 'linewidths',
  },
  unsupported: COLLECTION_NOT_YET,
};
const VLINES: CallSignature = {
  ...HLINES,
  call: 'vlines',
  positional: ['x', 'ymin', 'ymax', 'colors', 'linestyles', 'label'],
};

const AXHSPAN: CallSignature = {
  call: 'axhspan',
  positional: ['ymin', 'ymax', 'xmin', 'xmax'],
  keywords: ['facecolor', 'edgecolor', 'color', 'alpha', 'label', 'zorder', 'linewidth', 'linestyle', 'fill'],
  aliases: { fc: 'facecolor', ec: 'edgecolor', lw: 'linewidth', ls: 'linestyle' },
  unsupported: ['hatch', 'joinstyle', 'capstyle', 'antialiased', 'aa', 'transform', 'snap', 'clip_on'],
};
const AXVSPAN: CallSignature = { ...AXHSPAN, call: 'axvspan', positional: ['xmin', 'xmax', 'ymin', 'ymax'] };

/** A number or a list of numbers, as a list. */
function numbers(v: PyValue | undefined, at: FieldPath, what: string): number[] {
  if (v === undefined) throw badValue(at, 'nothing', what);
  const list = Array.isArray(v) ? v : [v];
  if (!list.length) throw badValue(at, '[]', what);
  return list.map((x) => finite(x, at, what));
}

/**
 * hlines(y, xmin, xmax, colors=None, linestyles='solid', label='', ...) and vlines: y (x) and the ends are
 * numbers or lists; a list's ends pair up with its positions, one end for all when single. Colours default
 * to lines.color, widths to lines.linewidth, as LineCollection's.
 */
export function readSegments(
  orientation: 'h' | 'v',
  given: string | SegmentsOptions,
  at: FieldPath,
  rc: Rc = DEFAULT_RC,
): SegmentsSpec {
  const sig = orientation === 'h' ? HLINES : VLINES;
  const b = bound(given, sig, at);
  const [atKey, fromKey, toKey] = sig.positional;
  const where = numbers(b[atKey], [...at, atKey], `the ${atKey} of each line: a number or a list`);
  const ends = (key: string) => {
    const v = numbers(
      b[key],
      [...at, key],
      `where the lines ${key.endsWith('min') ? 'start' : 'end'}: a number or a list`,
    );
    if (v.length !== 1 && v.length !== where.length) {
      throw badValue([...at, key], shownPy(b[key]), `one value, or one for each of the ${where.length} lines`);
    }
    return where.map((_, i) => v[v.length === 1 ? 0 : i]);
  };
  const spec: SegmentsSpec = {
    orientation,
    at: where,
    from: ends(fromKey),
    to: ends(toKey),
    colors: [rc['lines.color']],
    linestyle: '-',
    linewidth: rc['lines.linewidth'],
    // LineCollection's zorder is 2: drawn with the curves, after those added before it.
    zorder: b.zorder === undefined ? 2 : finite(b.zorder, [...at, 'zorder']),
  };
  if (b.colors !== undefined && b.colors !== null) {
    const list = Array.isArray(b.colors) ? b.colors : [b.colors];
    spec.colors = list.map((c) => colour(c, [...at, 'colors']));
  }
  if (b.linestyles !== undefined) spec.linestyle = parseLineStyle([...at, 'linestyles'], b.linestyles);
  if (b.linewidths !== undefined) spec.linewidth = parseWidth([...at, 'linewidths'], widthValue(b.linewidths, at));
  if (b.alpha !== undefined && b.alpha !== null) spec.alpha = parseAlpha([...at, 'alpha'], finite(b.alpha, at));
  if (b.label !== undefined && b.label !== null && b.label !== '') spec.label = String(b.label);
  return spec;
}

/**
 * axhspan(ymin, ymax, xmin=0, xmax=1, **kwargs) and axvspan: a Polygon of patch.facecolor, no edge unless
 * one is given, zorder 1.
 */
export function readSpan(
  orientation: 'h' | 'v',
  given: string | SpanOptions,
  at: FieldPath,
  rc: Rc = DEFAULT_RC,
): SpanSpec {
  const sig = orientation === 'h' ? AXHSPAN : AXVSPAN;
  const b = bound(given, sig, at);
  const [loKey, hiKey, minKey, maxKey] = sig.positional;
  const need = (key: string) => {
    if (b[key] === undefined) throw badValue([...at, key], 'nothing', `the band's ${key}: a number`);
    return finite(b[key], [...at, key]);
  };
  const frac = (key: string, fallback: number) => (b[key] === undefined ? fallback : finite(b[key], [...at, key]));
  const spec: SpanSpec = {
    orientation,
    lo: need(loKey),
    hi: need(hiKey),
    span: [frac(minKey, 0), frac(maxKey, 1)],
    facecolor: rc['patch.facecolor'],
    edgecolor: 'none',
    linewidth: rc['patch.linewidth'],
    linestyle: '-',
    zorder: b.zorder === undefined ? 1 : finite(b.zorder, [...at, 'zorder']),
  };
  // color sets both face and edge, as Patch.set_color does; facecolor and edgecolor then override.
  if (b.color !== undefined && b.color !== null) spec.facecolor = spec.edgecolor = colour(b.color, [...at, 'color']);
  if (b.facecolor !== undefined && b.facecolor !== null) spec.facecolor = colour(b.facecolor, [...at, 'facecolor']);
  if (b.edgecolor !== undefined && b.edgecolor !== null) spec.edgecolor = colour(b.edgecolor, [...at, 'edgecolor']);
  if (b.fill === false) spec.facecolor = 'none';
  if (b.linewidth !== undefined) spec.linewidth = parseWidth([...at, 'linewidth'], widthValue(b.linewidth, at));
  if (b.linestyle !== undefined) spec.linestyle = parseLineStyle([...at, 'linestyle'], b.linestyle);
  if (b.alpha !== undefined && b.alpha !== null) spec.alpha = parseAlpha([...at, 'alpha'], finite(b.alpha, at));
  if (b.label !== undefined && b.label !== null) spec.label = String(b.label);
  return spec;
}

/** The figure's labels: suptitle(), supxlabel() and supylabel(), with Figure._suplabels' defaults. */
export type SupLabel = 'suptitle' | 'supxlabel' | 'supylabel';
const SUP_LABELS: Record<SupLabel, Pick<SuptitleSpec, 'x' | 'y' | 'ha' | 'va'>> = {
  suptitle: { x: 0.5, y: 0.98, ha: 'center', va: 'top' },
  supxlabel: { x: 0.5, y: 0.01, ha: 'center', va: 'bottom' },
  supylabel: { x: 0.02, y: 0.5, ha: 'left', va: 'center' },
};

const SUPTITLE: CallSignature = {
  call: 'suptitle',
  positional: ['t'],
  keywords: ['x', 'y', 'fontsize', 'ha', 'va', 'color', ...FONT_KEYWORDS],
  aliases: { size: 'fontsize', horizontalalignment: 'ha', verticalalignment: 'va', c: 'color', ...FONT_ALIASES },
  unsupported: ['fontproperties', 'rotation', 'wrap'],
};

/**
 * suptitle(t, x=0.5, y=0.98, ha='center', va='top', fontsize=figure.titlesize): as text, "Title, fontsize=14"
 * (a text with no '=' is the title alone, commas and all), or by name.
 */
export function readSuptitle(
  given: string | SuptitleOptions,
  at: FieldPath,
  rc: Rc = DEFAULT_RC,
  kind: SupLabel = 'suptitle',
): SuptitleSpec {
  const d = SUP_LABELS[kind];
  const sig = { ...SUPTITLE, call: kind };
  const b = typeof given === 'string' ? suptitleArgs(given, at, sig) : bound(given, sig, at);
  if (b.t === undefined || b.t === null) throw badValue([...at, 't'], 'nothing', "the title's text");
  const spec: SuptitleSpec = {
    text: String(b.t),
    x: b.x === undefined ? d.x : finite(b.x, [...at, 'x']),
    y: b.y === undefined ? d.y : finite(b.y, [...at, 'y']),
    ha: choice(b, 'ha', ['left', 'center', 'right'] as const, d.ha, at),
    va: choice(b, 'va', ['top', 'center', 'bottom', 'baseline'] as const, d.va, at),
    // Not placed by the script along its axis: a layout engine may move it (Figure._suplabels' _autopos).
    ...((kind === 'supylabel' ? b.x : b.y) === undefined && { autopos: true }),
  };
  if (b.fontsize !== undefined && b.fontsize !== null) spec.fontsize = fontSize(b.fontsize, [...at, 'fontsize'], rc);
  if (b.color !== undefined && b.color !== null) spec.color = colour(b.color, [...at, 'color']);
  const font = fontKeywords(b, at, rc);
  if (font) spec.font = font;
  return spec;
}

/**
 * The suptitle's text arguments: a text with no '=' is the title alone (commas and all); else the call's
 * arguments, where a title left unquoted is taken up to its first ', keyword=' (Four activations, fontsize=16).
 * A text that is neither, not begun with a quote, is a title with an '=' in it: 'GELU(x) = x Φ(x)'.
 */
function suptitleArgs(given: string, at: FieldPath, sig: CallSignature): Record<string, PyValue> {
  if (!given.includes('=')) {
    // A quoted text alone is the call's one argument, suptitle('Activations'), as for title().
    if (!quotedFirst(given)) return { t: given };
    try {
      return bound(given, sig, at);
    } catch {
      return { t: given };
    }
  }
  try {
    return bound(given, sig, at);
  } catch (err) {
    const m = /^([^'"=]*?),\s*([A-Za-z_]\w*\s*=.*)$/s.exec(given);
    if (m && m[1].trim()) return { ...bound(m[2], sig, at), t: m[1].trim() };
    if (quotedFirst(given)) throw err;
    return { t: given };
  }
}

const SUBPLOTS_ADJUST: CallSignature = {
  call: 'subplots_adjust',
  positional: ['left', 'bottom', 'right', 'top', 'wspace', 'hspace'],
  keywords: [],
};

/** subplots_adjust(left, bottom, right, top, wspace, hspace): checked as matplotlib checks them. */
export function readSubplotsAdjust(given: string | SubplotsAdjustOptions, at: FieldPath): FigureSpec['subplotsAdjust'] {
  const b = bound(given, SUBPLOTS_ADJUST, at);
  const out: NonNullable<FigureSpec['subplotsAdjust']> = {};
  for (const key of SUBPLOTS_ADJUST.positional) {
    const v = b[key];
    if (v === undefined || v === null) continue;
    const n = finite(v, [...at, key]);
    const gap = key === 'wspace' || key === 'hspace';
    if (n < 0 || n > (gap ? 10 : 1)) {
      throw badValue([...at, key], n, gap ? 'a fraction of an axes, 0 to 10' : 'a fraction of the figure, 0 to 1');
    }
    out[key as keyof typeof out] = n;
  }
  for (const [lo, hi] of [
    ['left', 'right'],
    ['bottom', 'top'],
  ] as const) {
    const a = out[lo] ?? DEFAULT_RC[`figure.subplot.${lo}`];
    const z = out[hi] ?? DEFAULT_RC[`figure.subplot.${hi}`];
    if (a >= z) throw badValue([...at, lo], a, `less than ${hi} (${z}), as matplotlib requires`);
  }
  return out;
}

const STEP_KINDS: readonly StepKind[] = ['pre', 'post', 'mid'];
const STEP_EXPECTED = "'pre', 'post', 'mid' or None";

const FILL_BETWEEN: CallSignature = {
  call: 'fill_between',
  positional: ['y1', 'y2'],
  keywords: [
    'color',
    'facecolor',
    'edgecolor',
    'linewidth',
    'linestyle',
    'alpha',
    'label',
    'zorder',
    'where',
    'interpolate',
    'step',
  ],
  aliases: { fc: 'facecolor', ec: 'edgecolor', lw: 'linewidth', ls: 'linestyle', c: 'color' },
  unsupported: ['hatch'],
  expressions: ['where'],
};

/** fill_between(x, y1, y2=0, ...) as a script writes it: the panel's own x, then expressions in it. */
const FILL_BETWEEN_OF_X: CallSignature = { ...FILL_BETWEEN, positional: ['x', 'y1', 'y2'], writtenFrom: ['x'] };

/**
 * fill_between(y1, y2=0, ...) at the axes' x values (matplotlib's x is the sampling): y1 a function or an
 * expression (quoted, as a Python string), y2 a number, a function or an expression; or a script's
 * fill_between(x, F.relu(x), 0, ...), x the panel's own. Face from the patches' own cycle, no edge, zorder 1,
 * as matplotlib's PolyCollection.
 */
export function readFillBetween(
  given: string | FillOptions,
  at: FieldPath,
  curveOf: (text: string, at: FieldPath) => CurveSpec,
): FillSpec {
  // fill_between(x.numpy(), F.relu(x).numpy(), ...) as fill_between(x, F.relu(x), ...).
  if (typeof given === 'string') given = withoutConversions(given);
  const ofX = typeof given === 'string' && /^\s*x\s*,/.test(given);
  const b = bound(given, ofX ? FILL_BETWEEN_OF_X : FILL_BETWEEN, at);
  if (b.y1 === undefined || b.y1 === null) throw badValue([...at, 'y1'], 'nothing', 'a function or an expression');
  // fill_between(x, 0, F.relu(x)): a number first and a curve second fill the same area as the other way round;
  // the bounds are kept the way round they are drawn (a curve, then a number or a curve).
  const swapped = typeof b.y1 === 'number' && b.y2 !== undefined && b.y2 !== null && typeof b.y2 !== 'number';
  const [first, second] = swapped ? (['y2', 'y1'] as const) : (['y1', 'y2'] as const);
  const y1 = curveOf(text(b[first], [...at, first], 'a function or an expression'), [...at, first]);
  const y2 =
    b[second] === undefined || b[second] === null
      ? 0
      : typeof b[second] === 'number'
        ? finite(b[second], [...at, second])
        : curveOf(text(b[second], [...at, second], 'a number, a function or an expression'), [...at, second]);
  const spec: FillSpec = { y1, y2, zorder: b.zorder === undefined ? 1 : finite(b.zorder, [...at, 'zorder']) };
  // color= is the face and the edge (Collection.set_color); facecolor= and edgecolor= each their own over it.
  const has = (key: string) => b[key] !== undefined && b[key] !== null;
  const colourOrNone = (key: string) => {
    const v = b[key];
    return typeof v === 'string' && v.toLowerCase() === 'none' ? 'none' : colour(v, [...at, key]);
  };
  if (has('color')) spec.facecolor = spec.edgecolor = colourOrNone('color');
  if (has('facecolor')) spec.facecolor = colourOrNone('facecolor');
  if (has('edgecolor')) spec.edgecolor = colourOrNone('edgecolor');
  if (has('linewidth'))
    spec.linewidth = parseWidth([...at, 'linewidth'], widthValue(b.linewidth, [...at, 'linewidth']));
  if (has('linestyle')) spec.linestyle = parseLineStyle([...at, 'linestyle'], b.linestyle);
  if (b.alpha !== undefined && b.alpha !== null) spec.alpha = parseAlpha([...at, 'alpha'], finite(b.alpha, at));
  if (b.label !== undefined && b.label !== null) spec.label = String(b.label);
  if (b.interpolate !== undefined && b.interpolate !== null && flag(b.interpolate, [...at, 'interpolate'])) {
    spec.interpolate = true;
  }
  if (b.step !== undefined && b.step !== null) {
    const step = text(b.step, [...at, 'step'], STEP_EXPECTED);
    if (!(STEP_KINDS as readonly string[]).includes(step)) throw badValue([...at, 'step'], step, STEP_EXPECTED);
    spec.step = step as StepKind;
  }
  if (b.where !== undefined && b.where !== null) {
    const where = text(b.where, [...at, 'where'], "a condition, 'x > 0'");
    const { readWhere } = require('./fill-where') as typeof import('./fill-where');
    spec.where = readWhere(where, [...at, 'where'], curveOf);
    if (swapped) spec.where = swapBounds(spec.where);
  }
  return spec;
}

/** A where= whose y1 and y2 name the bounds as the script gave them, for bounds kept the other way round. */
function swapBounds(where: WhereSpec): WhereSpec {
  const side = (w: WhereSide): WhereSide => ('bound' in w ? { bound: w.bound === 'y1' ? 'y2' : 'y1' } : w);
  return { ...where, terms: where.terms.map((t) => ({ ...t, left: side(t.left), right: side(t.right) })) };
}
