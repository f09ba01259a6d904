/**
 * pyplot calls as options: axhline, axvline and a spine's settings (legend()'s are in legend-call.ts), given
 * as the call's argument text copied from a script (the command line, a config) or as values by matplotlib's
 * names (a config, the API). Both go through the same binding, so the same keyword is accepted, or refused
 * with the same message, whichever way it comes.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import { parseColor } from '../style/colors';
import { DEFAULT_RC, fontPoints, type Rc } from '../style/rcparams';
import { FONT_SCALINGS } from '../style/font-sizes';
import type { AxhlineOptions, AxvlineOptions, SpineOptions, TightLayoutOptions } from './options';
import {
  bindCall,
  LINE_ALIASES,
  LINE_PROPERTIES_NOT_YET,
  parseCallArgs,
  type CallSignature,
  shownPy,
  type PyValue,
} from '../pycall';
import { parseAlpha, parseLineStyle, parseWidth } from './rules';
import { dashTupleOf, type LineStyle } from '../style/line-styles';
import {
  SIDES,
  type GridCall,
  type GridLineStyle,
  type RefLineSpec,
  type Side,
  type SpineSpec,
  type TightLayoutSpec,
} from './types';

const LINE_KEYWORDS = ['color', 'linestyle', 'linewidth', 'alpha', 'label', 'zorder', 'dashes'];

const AXHLINE: CallSignature = {
  call: 'axhline',
  positional: ['y', 'xmin', 'xmax'],
  keywords: LINE_KEYWORDS,
  aliases: LINE_ALIASES,
  unsupported: LINE_PROPERTIES_NOT_YET,
};
const AXVLINE: CallSignature = { ...AXHLINE, call: 'axvline', positional: ['x', 'ymin', 'ymax'] };

const SPINE: CallSignature = {
  call: 'spine',
  positional: ['spine'],
  keywords: ['position', 'visible', 'color', 'linewidth', 'bounds'],
  aliases: { lw: 'linewidth', edgecolor: 'color', ec: 'color' },
  unsupported: ['linestyle', 'ls', 'capstyle', 'joinstyle', 'alpha', 'zorder', 'smart_bounds'],
};

const GRID: CallSignature = {
  call: 'grid',
  positional: ['visible', 'which', 'axis'],
  keywords: ['color', 'linestyle', 'linewidth', 'alpha', 'dashes'],
  aliases: { ...LINE_ALIASES, b: 'visible' },
  unsupported: [...LINE_PROPERTIES_NOT_YET, 'zorder', 'label'],
};

/**
 * Grid lines' style from a call's keywords: grid()'s color, alpha, linestyle (or dashes) and linewidth, or, with
 * the prefix 'grid_', tick_params' grid_color and the rest.
 */
export function readGridLineStyle(b: Record<string, PyValue>, at: FieldPath, prefix = ''): GridLineStyle {
  const style: GridLineStyle = {};
  const value = (key: string) => b[prefix + key];
  const has = (key: string) => value(key) !== undefined && value(key) !== null;
  const here = (key: string): FieldPath => [...at, prefix + key];
  if (has('color')) style.color = colour(value('color'), here('color'));
  if (has('alpha')) style.alpha = parseAlpha(here('alpha'), finite(value('alpha'), here('alpha')));
  if (has('linestyle')) style.linestyle = parseLineStyle(here('linestyle'), value('linestyle'));
  if (has('dashes')) style.linestyle = dashesKeyword(value('dashes'), here('dashes'));
  if (has('linewidth'))
    style.linewidth = parseWidth(here('linewidth'), widthValue(value('linewidth'), here('linewidth')));
  return style;
}

/**
 * grid(visible=None, which='major', axis='both', **kwargs) from its argument text, as Axis.grid reads it: on or
 * off as visible says; line properties turn it on (even after False, with a warning); neither toggles it.
 */
export function readGridCall(given: string, at: FieldPath): { call: GridCall; warning?: string } {
  const b = bindCall(parseCallArgs(given, at), GRID, at);
  const has = (key: string) => b[key] !== undefined && b[key] !== null;
  const style = readGridLineStyle(b, at);
  const which = choice(b, 'which', ['major', 'minor', 'both'] as const, 'major', at);
  const axis = choice(b, 'axis', ['x', 'y', 'both'] as const, 'both', at);
  const styled = Object.keys(style).length > 0;
  const visible = has('visible') ? flag(b.visible, [...at, 'visible']) : styled ? true : 'toggle';
  if (visible === false && styled)
    return {
      call: { visible: true, axis, which, style },
      warning: 'First parameter to grid() is false, but line properties are supplied. The grid will be enabled.',
    };
  return { call: { visible, axis, which, style } };
}

const MARGINS: CallSignature = {
  call: 'margins',
  positional: ['x', 'y'],
  keywords: ['tight'],
};

/**
 * margins(*margins, x=None, y=None, tight=True): one value for both axes, or x and y, each above -0.5 (a
 * negative one clips the data), as Axes.margins checks them.
 */
export function readMargins(
  given: number | string | { x?: number; y?: number },
  at: FieldPath,
): { margins: { x?: number; y?: number }; tight?: boolean } {
  let b: Record<string, PyValue>;
  if (typeof given === 'number') b = { x: given, y: given };
  else if (typeof given === 'string') {
    const args = parseCallArgs(given, at);
    b = bindCall(args, MARGINS, at);
    // margins(0.1): one value given by position is both margins.
    if (args.positional.length === 1) b.y = b.x;
  } else b = bound(given, MARGINS, at);
  if (b.tight !== undefined && b.tight !== null && typeof b.tight !== 'boolean')
    throw badValue([...at, 'tight'], shownPy(b.tight), 'True, False or None');
  const out: { x?: number; y?: number } = {};
  for (const key of ['x', 'y'] as const) {
    const v = b[key];
    if (v === undefined || v === null) continue;
    const n = finite(v, [...at, key], 'a margin, a fraction of the data span above -0.5');
    if (n <= -0.5 || n > 100)
      throw badValue([...at, key], n, 'a margin, a fraction of the data span above -0.5, up to 100');
    out[key] = n;
  }
  // tight (True by default; None leaves it) is autoscale's from then on: True turns round_numbers off.
  return { margins: out, ...(b.tight !== null && { tight: b.tight !== false }) };
}

const TIGHT_LAYOUT: CallSignature = {
  call: 'tight_layout',
  positional: [],
  keywords: ['pad', 'h_pad', 'w_pad', 'rect'],
};

/** The call's arguments, bound to its parameter names: from its text, or from values given by name. */
export function bound(given: string | object, sig: CallSignature, at: FieldPath): Record<string, PyValue> {
  if (typeof given === 'string') {
    return bindCall(parseCallArgs(given, at, sig.expressions, sig.writtenFrom), sig, at);
  }
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw badValue(at, String(given), `${sig.call}()'s arguments, as text ("0, color='k'") or by name`);
  }
  const keywords = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Record<
    string,
    PyValue
  >;
  return bindCall({ positional: [], keywords }, sig, at);
}

/**
 * A line width as matplotlib's setters take it, float(w): a number, or a text of one (grid(linewidth='0.5'), as
 * scripts copy it from matplotlibrc's style).
 */
export function widthValue(v: PyValue, at: FieldPath): number {
  const n = typeof v === 'string' && /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : v;
  return finite(n, at);
}

export function finite(v: PyValue, at: FieldPath, what = 'a finite number'): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badValue(at, shownPy(v), what);
  return v;
}

export function text(v: PyValue, at: FieldPath, what = 'a string'): string {
  if (typeof v !== 'string') throw badValue(at, shownPy(v), what);
  return v;
}

/** A colour matplotlib accepts, kept as given (parseColor checks it). */
export function colour(v: PyValue, at: FieldPath): string {
  // color=(0.2, 0.4, 0.6) or an RGBA tuple: the colour its text names (colors.ts reads tuples of fractions).
  const tuple = Array.isArray(v) && (v.length === 3 || v.length === 4) && v.every((c) => typeof c === 'number');
  const c = tuple ? `(${(v as number[]).join(', ')})` : text(v, at, 'a colour');
  parseColor(c, at);
  return c;
}

/** One of a keyword's choices (ha='center'), or the call's default when it is not given. */
export function choice<T extends string>(
  b: Record<string, PyValue>,
  key: string,
  values: readonly T[],
  fallback: T,
  at: FieldPath,
): T {
  if (b[key] === undefined) return fallback;
  const v = text(b[key], [...at, key]);
  if (!(values as readonly string[]).includes(v)) throw badValue([...at, key], v, values.join(', '));
  return v as T;
}

export function flag(v: PyValue, at: FieldPath): boolean {
  if (typeof v !== 'boolean') throw badValue(at, shownPy(v), 'True or False');
  return v;
}

export { shownPy };

/**
 * Line2D's dashes=[on, off, ...] in points: the line style (0, dashes), over linestyle= (Line2D sets it after);
 * an empty list or (None, None) is solid (set_dashes).
 */
export function dashesKeyword(v: PyValue, at: FieldPath): LineStyle {
  if (Array.isArray(v) && (!v.length || (v.length === 2 && v[0] === null && v[1] === null))) return '-';
  const style = dashTupleOf([0, v]);
  if (!style) throw badValue(at, shownPy(v), 'on-off lengths in points, an even count of them, e.g. [5, 2]');
  return style;
}

/** An axhline or axvline with Line2D's defaults: lines.color, lines.linewidth and lines.linestyle of the rc. */
export function readRefLine(
  orientation: 'h' | 'v',
  given: string | AxhlineOptions | AxvlineOptions,
  at: FieldPath,
  rc: Rc = DEFAULT_RC,
): RefLineSpec {
  const sig = orientation === 'h' ? AXHLINE : AXVLINE;
  const b = bound(given, sig, at);
  const [valueKey, minKey, maxKey] = sig.positional;
  const num = (key: string, fallback: number) => (b[key] === undefined ? fallback : finite(b[key], [...at, key]));
  const line: RefLineSpec = {
    orientation,
    value: num(valueKey, 0),
    span: [num(minKey, 0), num(maxKey, 1)],
    color: rc['lines.color'],
    linestyle: rc['lines.linestyle'],
    linewidth: rc['lines.linewidth'],
    zorder: num('zorder', 2),
  };
  if (b.color !== undefined) {
    line.color = colour(b.color, [...at, 'color']);
  }
  if (b.linestyle !== undefined) line.linestyle = parseLineStyle([...at, 'linestyle'], b.linestyle);
  if (b.dashes !== undefined) line.linestyle = dashesKeyword(b.dashes, [...at, 'dashes']);
  if (b.linewidth !== undefined) line.linewidth = parseWidth([...at, 'linewidth'], widthValue(b.linewidth, at));
  if (b.alpha !== undefined && b.alpha !== null) line.alpha = parseAlpha([...at, 'alpha'], finite(b.alpha, at));
  if (b.label !== undefined && b.label !== null) line.label = String(b.label);
  return line;
}

/** A spine's settings and the spines they apply to ('all' or a list for several). */
export function readSpine(given: string | SpineOptions, at: FieldPath): { sides: Side[]; spec: SpineSpec } {
  const b = bound(given, SPINE, at);
  if (b.spine === undefined) {
    throw new UsageError([...at, 'spine'], { problem: `expected which spine first: ${SIDES.join(', ')} or all` });
  }
  const names = Array.isArray(b.spine) ? b.spine : [b.spine];
  const sides = names.flatMap((n): Side[] => {
    if (n === 'all') return [...SIDES];
    if (typeof n === 'string' && (SIDES as readonly string[]).includes(n)) return [n as Side];
    throw badValue([...at, 'spine'], shownPy(n), `a spine: ${SIDES.join(', ')} or all`);
  });
  const spec: SpineSpec = {};
  if (b.position !== undefined) spec.position = spinePosition(b.position, [...at, 'position']);
  if (b.visible !== undefined) spec.visible = flag(b.visible, [...at, 'visible']);
  if (b.color !== undefined) {
    spec.color = colour(b.color, [...at, 'color']);
  }
  if (b.linewidth !== undefined) spec.linewidth = parseWidth([...at, 'linewidth'], widthValue(b.linewidth, at));
  if (b.bounds !== undefined && b.bounds !== null) spec.bounds = spineBounds(b.bounds, [...at, 'bounds']);
  return { sides, spec };
}

/** Spine.set_bounds(low, high)'s two ends, either None (the view's end there). */
function spineBounds(v: PyValue, at: FieldPath): [number | null, number | null] {
  const expected = '(low, high): two finite numbers in data units, either None';
  if (!Array.isArray(v) || v.length !== 2) throw badValue(at, shownPy(v), expected);
  return v.map((k) => (k === null ? null : finite(k, at, expected))) as [number | null, number | null];
}

/** Spine.set_position: 'zero' is ('data', 0), 'center' is ('axes', 0.5). */
function spinePosition(v: PyValue, at: FieldPath): SpineSpec['position'] {
  const expected = "'zero', 'center', or ('outward', points), ('axes', fraction), ('data', value)";
  if (v === 'zero') return { kind: 'data', amount: 0 };
  if (v === 'center') return { kind: 'axes', amount: 0.5 };
  if (Array.isArray(v) && v.length === 2 && typeof v[1] === 'number' && Number.isFinite(v[1])) {
    const kind = v[0];
    if (kind === 'outward' || kind === 'axes' || kind === 'data') return { kind, amount: v[1] };
  }
  throw badValue(at, shownPy(v), expected);
}

/** A font size in points: a number, or one of matplotlib's names relative to font.size. */
export function fontSize(v: PyValue, at: FieldPath, rc: Rc = DEFAULT_RC): number {
  if (typeof v === 'string' && Object.hasOwn(FONT_SCALINGS, v)) return fontPoints(rc, v);
  const expected = `a size in points, above 0 up to 1000, or one of ${Object.keys(FONT_SCALINGS).join(', ')}`;
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v) || v > 1000) throw badValue(at, shownPy(v), expected);
  return v;
}

/** tight_layout(pad=1.08, h_pad=None, w_pad=None): true for the defaults, or the call's arguments. */
export function readTightLayout(given: true | string | TightLayoutOptions, at: FieldPath): TightLayoutSpec {
  const b = given === true ? {} : bound(given, TIGHT_LAYOUT, at);
  const pad = (key: string): number | undefined => {
    const v = b[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
      throw badValue(
        [...at, key],
        shownPy(v),
        'a padding from 0 to 100, in multiples of the font size',
        `e.g. ${key}=0.5`,
      );
    return v;
  };
  const out: TightLayoutSpec = { pad: pad('pad') ?? 1.08 };
  const h = pad('h_pad');
  const w = pad('w_pad');
  if (h !== undefined) out.hPad = h;
  if (w !== undefined) out.wPad = w;
  if (b.rect !== undefined && b.rect !== null) out.rect = readRect(b.rect, [...at, 'rect']);
  return out;
}

/** tight_layout's rect: four figure fractions (left, bottom, right, top), each a number or None. */
function readRect(v: PyValue, at: FieldPath): NonNullable<TightLayoutSpec['rect']> {
  const expected = '(left, bottom, right, top) in figure fractions, e.g. (0, 0, 1, 0.95)';
  if (!Array.isArray(v) || v.length !== 4) throw badValue(at, shownPy(v), expected);
  return v.map((x) => {
    if (x === null) return null;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < -1 || x > 2) throw badValue(at, shownPy(v), expected);
    return x;
  }) as NonNullable<TightLayoutSpec['rect']>;
}

/**
 * A rotation= as Text.set_rotation reads it: degrees anticlockwise, modulo 360; 'horizontal' (or None) is 0
 * and 'vertical' 90.
 */
export function textAngle(r: PyValue | undefined, at: FieldPath): number {
  if (r === undefined || r === null || r === 'horizontal') return 0;
  if (r === 'vertical') return 90;
  if (typeof r !== 'number' || !Number.isFinite(r)) {
    throw badValue(at, shownPy(r), "an angle in degrees, 'horizontal' or 'vertical'");
  }
  return ((r % 360) + 360) % 360;
}
