/**
 * plt.ticklabel_format(axis='both', style='', scilimits=None, useOffset=None, useLocale=None, useMathText=None)
 * as a script calls it: the axes' ScalarFormatter settings, over the rc's (axes.formatter.*), for the axes named.
 */
import { badValue, type FieldPath } from '../errors';
import { bindCall, parseCallArgs, shownPy, type CallSignature, type PyValue } from '../pycall';
import type { AxesSpec, ScalarFormatSpec } from './types';

const TICKLABEL_FORMAT: CallSignature = {
  call: 'ticklabel_format',
  positional: [],
  keywords: ['axis', 'style', 'scilimits', 'useOffset', 'useMathText', 'useLocale'],
};

/** Applies each call, in order: a later call keeps what an earlier one set and it does not. */
export function applyTicklabelFormat(ax: AxesSpec, calls: readonly string[], at: FieldPath): void {
  calls.forEach((text, i) => {
    const where = [...at, i];
    const b = bindCall(parseCallArgs(text, where), TICKLABEL_FORMAT, where);
    const axis = b.axis ?? 'both';
    if (axis !== 'both' && axis !== 'x' && axis !== 'y') {
      throw badValue([...where, 'axis'], shownPy(axis), "'x', 'y' or 'both'");
    }
    const given = settingsOf(b, where);
    for (const a of axis === 'both' ? (['x', 'y'] as const) : [axis as 'x' | 'y']) {
      ax[`${a}format`] = { ...ax[`${a}format`], ...given };
    }
  });
}

function settingsOf(b: Record<string, PyValue>, at: FieldPath): ScalarFormatSpec {
  const out: ScalarFormatSpec = {};
  const style = b.style === undefined ? '' : b.style;
  if (typeof style !== 'string' || !['sci', 'scientific', 'plain', ''].includes(style.toLowerCase())) {
    throw badValue([...at, 'style'], shownPy(style), "'sci', 'scientific' or 'plain'");
  }
  if (style) out.scientific = style.toLowerCase() !== 'plain';
  const limits = b.scilimits;
  if (limits !== undefined && limits !== null) {
    if (!Array.isArray(limits) || limits.length !== 2 || limits.some((v) => !Number.isInteger(v))) {
      throw badValue(
        [...at, 'scilimits'],
        shownPy(limits),
        'two whole numbers (m, n): powers of ten outside 10^m to 10^n',
      );
    }
    out.limits = limits as [number, number];
  }
  const offset = b.useOffset;
  if (offset !== undefined && offset !== null) {
    if (typeof offset === 'number' && Number.isFinite(offset)) out.offset = offset;
    else if (typeof offset === 'boolean') out.useOffset = offset;
    else throw badValue([...at, 'useOffset'], shownPy(offset), 'True, False or a number (the offset itself)');
  }
  const math = b.useMathText;
  if (math !== undefined && math !== null) {
    if (typeof math !== 'boolean') throw badValue([...at, 'useMathText'], shownPy(math), 'True or False');
    out.useMathText = math;
  }
  if (b.useLocale !== undefined && b.useLocale !== null && b.useLocale !== false) {
    throw badValue([...at, 'useLocale'], shownPy(b.useLocale), "False (the locale's separators are not drawn yet)");
  }
  return out;
}
