/**
 * A script's colours taken from a colormap, `colors = plt.cm.viridis(np.linspace(0, 1, 4))`, `cmap =
 * plt.get_cmap('tab10')` then `color=cmap(i)`, written out as the colours they are ('#440154', a list of them),
 * for the loops and calls that use them. Pure.
 */
import type { FieldPath } from '../errors';
import { argumentTexts, closingParen, parseCallArgs, QUOTED } from '../pycall';
import { colormapColor } from '../style/colormaps';
import { wholeNumberOf } from './whole-numbers';

const MODULE = String.raw`(?:(?:plt|pyplot|matplotlib\.pyplot|mpl|matplotlib)\.)?`;
/** A colormap as a script names it; the name in the group of its way. */
const COLORMAP_SOURCE = [
  String.raw`${MODULE}cm\.(?!get_cmap\b)([A-Za-z_]\w*)`,
  String.raw`${MODULE}(?:cm\.)?get_cmap\(\s*(${QUOTED})\s*\)`,
  String.raw`(?:mpl|matplotlib)\.colormaps\[\s*(${QUOTED})\s*\]`,
  String.raw`(?:mpl|matplotlib)\.colormaps\.get_cmap\(\s*(${QUOTED})\s*\)`,
].join('|');
const COLORMAP = new RegExp(String.raw`^\s*(?:${COLORMAP_SOURCE})\s*$`);

/** The colormap's name a text makes, or undefined. */
export function colormapOf(text: string, at: FieldPath): string | undefined {
  const m = COLORMAP.exec(text);
  if (!m) return undefined;
  const name = m.slice(1).find((g) => g !== undefined)!;
  return /^['"]/.test(name) ? String(parseCallArgs(name, at).positional[0]) : name;
}

export interface ColormapScope {
  /** Names bound to a colormap: cmap = plt.get_cmap('viridis'). */
  bound: ReadonlyMap<string, string>;
  /** A range call's values (np.linspace(0, 1, 4)), or undefined where it is none. */
  rangeValues: (call: string) => ArrayLike<number> | undefined;
  /** A number the script computes (i / 4 of a loop's item), or undefined. */
  numberOf: (text: string) => number | undefined;
}

/**
 * The statement with each colormap called on values written out, or on a range of them, as the colour or the
 * list of colours it gives; a call on anything else is left as it is.
 */
export function withColormapColors(statement: string, scope: ColormapScope, at: FieldPath): string {
  // Most statements name no colormap: passed over before any pattern is built.
  const named = [...scope.bound.keys()].some((name) => statement.includes(name));
  if (!named && !/\bcm\.|get_cmap\(|colormaps\b/.test(statement)) return statement;
  const heads = new RegExp(
    String.raw`(?<![\w.])(?:${COLORMAP_SOURCE}${scope.bound.size ? `|(${[...scope.bound.keys()].join('|')})` : ''})\s*\(`,
    'g',
  );
  let out = statement;
  for (let m = heads.exec(out); m; m = heads.exec(out)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(out, open);
    if (close < 0) break;
    const source = out.slice(m.index, open);
    const name = colormapOf(source, at) ?? scope.bound.get(source.trim());
    const made = name === undefined ? undefined : colours(name, out.slice(open + 1, close), scope, at);
    if (made === undefined) continue;
    out = out.slice(0, m.index) + made + out.slice(close + 1);
    heads.lastIndex = m.index + made.length;
  }
  return out;
}

/** The colour (or list of them) of a colormap's call, as a Python literal; undefined where not told. */
function colours(name: string, args: string, scope: ColormapScope, at: FieldPath): string | undefined {
  const { positional, keywords } = argumentTexts(args);
  if (positional.length !== 1 || [...keywords.keys()].some((k) => k !== 'alpha')) return undefined;
  const alpha = keywords.has('alpha') ? scope.numberOf(keywords.get('alpha')!) : 1;
  if (alpha === undefined || !(alpha >= 0 && alpha <= 1)) return undefined;
  const withAlpha = (hex: string | undefined) =>
    hex === undefined
      ? "'none'"
      : `'${hex}${
          alpha < 1
            ? Math.round(alpha * 255)
                .toString(16)
                .padStart(2, '0')
            : ''
        }'`;
  const arg = positional[0];
  const whole = wholeNumberOf(arg);
  if (whole !== undefined) return withAlpha(colormapColor(name, whole, true, at));
  // np.linspace(0, 1, n), np.arange(n): a colour for each value (ints for an arange of whole numbers).
  const values = /^(?:np|numpy|torch)\.(?:linspace|arange)\(/.test(arg) ? scope.rangeValues(arg) : undefined;
  if (values) {
    const ints =
      /\barange\(/.test(arg) &&
      argumentTexts(arg.slice(arg.indexOf('(') + 1, -1)).positional.every((a) => /^[-+]?\d+$/.test(a));
    return `[${Array.from(values, (v) => withAlpha(colormapColor(name, v, ints, at))).join(', ')}]`;
  }
  const value = scope.numberOf(arg);
  return value === undefined ? undefined : withAlpha(colormapColor(name, value, false, at));
}
