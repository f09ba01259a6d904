/**
 * legend()'s keywords, from the call's argument text ("loc='upper left', frameon=False") or from values by
 * matplotlib's names (a config, the API). The keywords that are also rcParams (framealpha, borderpad, ...)
 * are checked as their rcParams are, and override them for this legend alone, as Legend.__init__'s
 * val_or_rc does.
 */
import { badValue, didYouMean, UsageError, type FieldPath } from '../errors';
import { DEFAULT_RC, LEGEND_HANDLE_COLOURS, type Rc } from '../style/rcparams';
import type { LegendOptions } from './options';
import { type CallSignature, type PyValue } from '../pycall';
import { bound, choice, colour, finite, flag, fontSize, shownPy } from './pyplot-calls';
import { parseLegend } from './rules';
import { fontKeywords } from './text-call';
import type { LegendLocation, LegendStyle } from './types';

/** legend()'s paddings and lengths, in multiples of its font size (legend.borderpad ...). */
const PADDINGS = [
  'borderpad',
  'labelspacing',
  'handlelength',
  'handleheight',
  'handletextpad',
  'borderaxespad',
  'columnspacing',
] as const;

const LEGEND: CallSignature = {
  call: 'legend',
  // legend(labels): a list of labels; legend(handles, labels) needs artists a script holds in variables.
  positional: ['labels'],
  keywords: [
    'loc',
    'fontsize',
    'frameon',
    'markerfirst',
    'ncol',
    'ncols',
    'title',
    'title_fontsize',
    'bbox_to_anchor',
    'framealpha',
    'facecolor',
    'edgecolor',
    'fancybox',
    'shadow',
    'labelcolor',
    'markerscale',
    'numpoints',
    'mode',
    'alignment',
    'reverse',
    'prop',
    'scatterpoints',
    ...PADDINGS,
  ],
  unsupported: ['bbox_transform', 'scatteryoffsets', 'handles', 'handler_map', 'title_fontproperties', 'draggable'],
};

/** legend()'s arguments; a text without '=' that is not a list of labels is a bare location, as before. */
export function readLegend(
  given: string | LegendOptions,
  at: FieldPath,
  rc: Rc = DEFAULT_RC,
): { loc?: LegendLocation; style: LegendStyle } {
  // legend() of no arguments (the line plt.legend() whole): the rc's location.
  if (typeof given === 'string' && !given.trim()) return { style: {} };
  if (typeof given === 'string' && !given.includes('=') && !/^\s*[[(]/.test(given)) {
    return { loc: parseLegend(at, given), style: {} };
  }
  const b = bound(given, LEGEND, at);
  const has = (key: string) => b[key] !== undefined && b[key] !== null;
  const out: { loc?: LegendLocation; style: LegendStyle } = { style: {} };
  const style = out.style;
  if (has('loc')) {
    // loc=(x, y): the lower-left corner at that fraction of the anchor box.
    if (Array.isArray(b.loc)) style.corner = pair(b.loc, [...at, 'loc']);
    else if (typeof b.loc === 'string' || typeof b.loc === 'number') out.loc = parseLegend([...at, 'loc'], b.loc);
    else throw badValue([...at, 'loc'], shownPy(b.loc), 'a location, or (x, y) in axes fractions');
  }
  // mode=None is matplotlib's default; 'expand' the one other.
  if (has('mode')) {
    if (b.mode !== 'expand') throw badValue([...at, 'mode'], shownPy(b.mode), "'expand' or None");
    style.mode = 'expand';
  }
  if (has('alignment')) {
    style.alignment = choice(b, 'alignment', ['center', 'left', 'right'] as const, 'center', at);
  }
  if (has('bbox_to_anchor')) style.anchor = anchorBox(b.bbox_to_anchor, [...at, 'bbox_to_anchor']);
  if (has('fontsize')) style.fontsize = fontSize(b.fontsize, [...at, 'fontsize'], rc);
  if (has('prop')) readProp(b.prop, [...at, 'prop'], style, rc);
  if (has('title_fontsize')) style.titleFontsize = fontSize(b.title_fontsize, [...at, 'title_fontsize'], rc);
  for (const key of ['frameon', 'fancybox', 'shadow', 'markerfirst', 'reverse'] as const)
    if (has(key)) style[key] = flag(b[key], [...at, key]);
  for (const key of ['ncol', 'ncols'] as const) if (has(key)) style.ncol = count(b[key], [...at, key], 'columns');
  if (has('numpoints')) style.numpoints = count(b.numpoints, [...at, 'numpoints'], 'markers in a line handle');
  if (has('scatterpoints'))
    style.scatterpoints = count(b.scatterpoints, [...at, 'scatterpoints'], "markers in a scatter's handle");
  if (has('labels')) style.labels = labelList(b.labels, [...at, 'labels']);
  if (has('title')) style.title = String(b.title);
  if (has('framealpha')) style.framealpha = inRange(b.framealpha, [...at, 'framealpha'], 1, 'an opacity, 0 to 1');
  for (const key of ['facecolor', 'edgecolor'] as const) {
    if (has(key)) style[key] = b[key] === 'inherit' ? 'inherit' : colour(b[key], [...at, key]);
  }
  if (has('labelcolor')) style.labelcolor = labelColor(b.labelcolor, [...at, 'labelcolor']);
  if (has('markerscale'))
    style.markerscale = inRange(
      b.markerscale,
      [...at, 'markerscale'],
      100,
      "a factor of the lines' marker size, 0 to 100",
    );
  for (const key of PADDINGS) if (has(key)) style[key] = inRange(b[key], [...at, key], 100, 'font sizes, 0 to 100');
  return out;
}

/** FontProperties' keys a legend's prop dict may give; the others are matplotlib's, not drawn yet. */
const PROP_KEYS = ['size', 'weight', 'style', 'family'];
const PROP_NOT_YET = ['variant', 'stretch', 'fname', 'math_fontfamily'];

/**
 * legend(prop={'size': 8, 'weight': 'bold'}): the labels' font. A prop wins over fontsize=, and without a size
 * is legend.fontsize (Legend.__init__), which the paddings are measured in too.
 */
function readProp(v: PyValue, at: FieldPath, style: LegendStyle, rc: Rc): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw badValue(at, shownPy(v), "a dict of font properties, e.g. {'size': 8, 'weight': 'bold'}");
  }
  for (const key of Object.keys(v)) {
    if (PROP_NOT_YET.includes(key)) {
      throw new UsageError([...at, key], {
        problem: `a legend prop's ${key} is matplotlib's, but actplot does not draw it yet`,
      });
    }
    if (!PROP_KEYS.includes(key))
      throw badValue([...at, key], key, `a font property: ${PROP_KEYS.join(', ')}`, didYouMean(key, PROP_KEYS));
  }
  delete style.fontsize;
  if (v.size !== undefined && v.size !== null) style.fontsize = fontSize(v.size, [...at, 'size'], rc);
  const font = fontKeywords(
    { fontweight: v.weight ?? null, fontstyle: v.style ?? null, family: v.family ?? null },
    at,
    rc,
  );
  if (font) style.font = font;
}

/**
 * legend(labels)'s list: its texts as Text shows them (a number by its Python str). A bare string is refused:
 * matplotlib would take each of its characters as a label.
 */
function labelList(v: PyValue, at: FieldPath): string[] {
  const expected = "a list of labels, one per line or band in order: ['sigmoid', 'tanh']";
  if (!Array.isArray(v)) {
    const hint = typeof v === 'string' ? `for one label, write ['${v}']` : undefined;
    throw badValue(at, shownPy(v), expected, hint);
  }
  return v.map((label, i) => {
    if (typeof label === 'string') return label;
    if (typeof label === 'number') return shownPy(label);
    throw badValue([...at, i], shownPy(label), 'a label: a string or a number');
  });
}

/** A whole number from 1 to 100. */
function count(v: PyValue, at: FieldPath, of: string): number {
  const n = finite(v, at);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw badValue(at, n, `a whole number of ${of}, 1 to 100`);
  return n;
}

/**
 * fig.legend()'s arguments: legend()'s, placed on the figure. Without loc, legend.loc, and 'upper right' for
 * its 'best', as Legend.__init__ does for a figure; 'best' given is refused, as matplotlib refuses it.
 */
export function readFigureLegend(
  given: true | string | LegendOptions,
  rc: Rc,
): { loc: LegendLocation; style: LegendStyle } {
  const at = ['figlegend'];
  const { loc, style } = given === true ? { loc: undefined, style: {} } : readLegend(given, at, rc);
  if (loc === 'best') {
    throw badValue([...at, 'loc'], 'best', "a location other than 'best' (a figure's legend has no best place)");
  }
  if (loc) return { loc, style };
  const fallback = parseLegend(['rc', 'legend.loc'], rc['legend.loc']);
  return { loc: fallback === 'best' ? 'upper right' : fallback, style };
}

/** A number from 0 to max. */
function inRange(v: PyValue, at: FieldPath, max: number, what: string): number {
  const n = finite(v, at, what);
  if (n < 0 || n > max) throw badValue(at, n, what);
  return n;
}

function pair(v: PyValue[], at: FieldPath): [number, number] {
  const expected = 'a location, or (x, y) in axes fractions';
  if (v.length !== 2) throw badValue(at, shownPy(v), expected);
  return [finite(v[0], [...at, 0], expected), finite(v[1], [...at, 1], expected)];
}

/** bbox_to_anchor: (x, y), a point, or (x, y, width, height), in fractions of the axes. */
function anchorBox(v: PyValue, at: FieldPath): [number, number, number, number] {
  const expected = '(x, y) or (x, y, width, height), in fractions of the axes';
  if (!Array.isArray(v) || (v.length !== 2 && v.length !== 4)) throw badValue(at, shownPy(v), expected);
  const n = v.map((x, i) => finite(x, [...at, i], expected));
  if (n.some((x) => Math.abs(x) > 1000)) throw badValue(at, shownPy(v), `${expected}, each within ±1000`);
  return n.length === 2 ? [n[0], n[1], 0, 0] : (n as [number, number, number, number]);
}

/** labelcolor: a colour, a list of colours (cycled over the entries), a handle's own colour, or 'none'. */
function labelColor(v: PyValue, at: FieldPath): string | string[] {
  // A line's marker colours are its colour (actplot's markers are the line's colour).
  if (typeof v === 'string' && LEGEND_HANDLE_COLOURS.includes(v)) return 'linecolor';
  if (v === 'none') return 'none';
  if (Array.isArray(v) && v.length) return v.map((c, i) => colour(c, [...at, i]));
  if (typeof v === 'string') return colour(v, at);
  throw badValue(at, shownPy(v), `a colour, a list of colours, ${LEGEND_HANDLE_COLOURS.join(', ')} or none`);
}
