/**
 * A text's bbox=dict(boxstyle='round', facecolor='wheat', alpha=0.5), as Text.set_bbox reads it: the box style
 * with its options in the string ("round,pad=0.5"), a pad given apart, and the patch's properties.
 */
import { badValue, type FieldPath } from '../errors';
import { bindCall, type CallSignature, type PyValue } from '../pycall';
import { colour, finite, flag, shownPy, text } from './pyplot-calls';
import { parseAlpha, parseLineStyle, parseWidth } from './rules';
import type { TextBoxSpec } from './types';

const BBOX: CallSignature = {
  call: 'bbox',
  positional: [],
  keywords: ['boxstyle', 'pad', 'facecolor', 'edgecolor', 'color', 'alpha', 'linewidth', 'linestyle', 'fill'],
  aliases: { fc: 'facecolor', ec: 'edgecolor', lw: 'linewidth', ls: 'linestyle' },
  unsupported: ['hatch', 'joinstyle', 'capstyle', 'mutation_scale', 'mutation_aspect', 'zorder', 'antialiased'],
};

/** matplotlib's other box styles: real, not drawn by actplot yet. */
const STYLES_NOT_YET = ['circle', 'ellipse', 'larrow', 'rarrow', 'darrow', 'round4', 'sawtooth', 'roundtooth'];

export function readTextBox(given: PyValue, at: FieldPath): TextBoxSpec {
  if (given === null || typeof given !== 'object' || Array.isArray(given))
    throw badValue(at, shownPy(given), "a dict of the box's properties: dict(boxstyle='round', facecolor='wheat')");
  const b = bindCall({ positional: [], keywords: given }, BBOX, at);
  const has = (key: string) => b[key] !== undefined && b[key] !== null;
  const pad = has('pad') ? finite(b.pad, [...at, 'pad'], 'a padding') : undefined;
  if (pad !== undefined && (pad < 0 || pad > 100)) throw badValue([...at, 'pad'], pad, 'a padding from 0 to 100');
  // No boxstyle: a square one padded by 4 points (or pad's points), as Text.set_bbox does.
  const spec: TextBoxSpec = has('boxstyle')
    ? boxStyle(text(b.boxstyle, [...at, 'boxstyle']), pad, [...at, 'boxstyle'])
    : { boxstyle: 'square', pad: pad ?? 4, padInPoints: true };
  if (has('color')) spec.facecolor = spec.edgecolor = colour(b.color, [...at, 'color']);
  if (has('facecolor')) spec.facecolor = colour(b.facecolor, [...at, 'facecolor']);
  if (has('edgecolor')) spec.edgecolor = colour(b.edgecolor, [...at, 'edgecolor']);
  if (has('alpha')) spec.alpha = parseAlpha([...at, 'alpha'], finite(b.alpha, [...at, 'alpha']));
  if (has('linewidth')) spec.linewidth = parseWidth([...at, 'linewidth'], finite(b.linewidth, [...at, 'linewidth']));
  if (has('linestyle')) spec.linestyle = parseLineStyle([...at, 'linestyle'], b.linestyle);
  if (has('fill')) spec.fill = flag(b.fill, [...at, 'fill']);
  return spec;
}

/**
 * "round,pad=0.5,rounding_size=0.2" or "square": the style and its options; a pad given beside the style is
 * appended as Text.set_bbox appends it, rounded to two decimals ("%0.2f").
 */
function boxStyle(given: string, pad: number | undefined, at: FieldPath): TextBoxSpec {
  const [name, ...options] = given.split(',').map((p) => p.trim());
  const style = name.toLowerCase();
  if (STYLES_NOT_YET.includes(style)) {
    throw badValue(at, given, 'square or round (matplotlib has this one too, which actplot does not draw yet)');
  }
  if (style !== 'square' && style !== 'round') throw badValue(at, given, "a box style: 'square' or 'round'");
  const spec: TextBoxSpec = { boxstyle: style, pad: Math.round((pad ?? 0.3) * 100) / 100 };
  for (const option of options) {
    const m = /^(pad|rounding_size)\s*=\s*([-+0-9.eE]+)$/.exec(option);
    const v = m ? Number(m[2]) : NaN;
    if (!m || !Number.isFinite(v) || v < 0 || v > 100 || (m[1] === 'rounding_size' && style !== 'round')) {
      throw badValue(
        at,
        given,
        `${style}'s options: pad=${style === 'round' ? ', rounding_size=' : ''}, numbers from 0 to 100`,
      );
    }
    if (m[1] === 'pad') spec.pad = v;
    else spec.roundingSize = v;
  }
  return spec;
}
