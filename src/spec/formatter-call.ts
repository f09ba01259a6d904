/**
 * A tick formatter as a script makes one for set_major_formatter: FormatStrFormatter('%.1f'),
 * StrMethodFormatter('{x:.2f}') (under the names scripts import them by: ticker., mticker.), or a format string
 * alone, which matplotlib takes as a StrMethodFormatter. Checked here, so that the layout can format without
 * failing: Python would refuse the same formats for a float.
 */
import { badValue, type FieldPath } from '../errors';
import { parsePrintf, parseStrFormat } from '../style/py-format';
import { bindCall, parseCallArgs, shownPy, type CallSignature } from '../pycall';
import type { FormatterSpec, ScalarFormatSpec } from './types';

const FORMAT_STR: CallSignature = { call: 'FormatStrFormatter', positional: ['fmt'], keywords: [] };
const STR_METHOD: CallSignature = { call: 'StrMethodFormatter', positional: ['fmt'], keywords: [] };
const PERCENT: CallSignature = {
  call: 'PercentFormatter',
  positional: ['xmax', 'decimals', 'symbol', 'is_latex'],
  keywords: [],
};

/** set_major_formatter()'s formatter: one of the labels' own, or a fresh ScalarFormatter with its settings. */
export type FormatterCall = FormatterSpec | { kind: 'scalar'; settings: ScalarFormatSpec };

const SCALAR: CallSignature = {
  call: 'ScalarFormatter',
  positional: ['useOffset', 'useMathText', 'useLocale'],
  keywords: [],
};

export function readFormatter(text: string, at: FieldPath): FormatterCall {
  const call =
    /^\s*((?:[A-Za-z_]\w*\.)*)(FormatStrFormatter|StrMethodFormatter|PercentFormatter|NullFormatter|ScalarFormatter)\s*\(([\s\S]*)\)\s*$/.exec(
      text,
    );
  if (call?.[2] === 'PercentFormatter') return readPercent(call[3], at);
  if (call?.[2] === 'NullFormatter') {
    if (call[3].trim()) throw badValue(at, text, 'NullFormatter(), which takes no arguments');
    return { kind: 'null' };
  }
  if (call?.[2] === 'ScalarFormatter') return readScalar(call[3], at);
  if (!call) {
    // A format string alone: set_major_formatter('{x:.1f}') makes a StrMethodFormatter of it.
    const fmt = formatStringOf(text, at);
    if (fmt !== undefined) return checked({ kind: 'str', format: fmt }, at);
    throw badValue(
      at,
      text,
      "a formatter as a script makes one: FormatStrFormatter('%.1f'), StrMethodFormatter('{x:.2f}'), '{x:.2f}' or PercentFormatter(1.0)",
      'a function (FuncFormatter, a lambda) is not drawn: write its format as one of these',
    );
  }
  const kind = call[2] === 'FormatStrFormatter' ? 'printf' : 'str';
  const b = bindCall(parseCallArgs(call[3], at), kind === 'printf' ? FORMAT_STR : STR_METHOD, at);
  if (typeof b.fmt !== 'string')
    throw badValue([...at, 'fmt'], b.fmt === undefined ? 'nothing' : shownPy(b.fmt), 'a format string');
  return checked({ kind, format: b.fmt }, at);
}

/**
 * ScalarFormatter(useOffset=None, useMathText=None, useLocale=None): the axis's usual formatter made anew, its
 * offset (on, off, or a number) and math text as given, else as the rcParams say.
 */
function readScalar(args: string, at: FieldPath): FormatterCall {
  const b = bindCall(parseCallArgs(args, at), SCALAR, at);
  const settings: ScalarFormatSpec = {};
  const offset = b.useOffset;
  if (typeof offset === 'boolean') settings.useOffset = offset;
  else if (typeof offset === 'number' && Number.isFinite(offset)) settings.offset = offset;
  else if (offset !== undefined && offset !== null) {
    throw badValue([...at, 'useOffset'], shownPy(offset), 'True, False, a number or None');
  }
  if (b.useMathText !== undefined && b.useMathText !== null) {
    if (typeof b.useMathText !== 'boolean')
      throw badValue([...at, 'useMathText'], shownPy(b.useMathText), 'True or False');
    settings.useMathText = b.useMathText;
  }
  if (b.useLocale === true) {
    throw badValue([...at, 'useLocale'], 'True', 'False or None', "the locale's number format is not drawn yet");
  }
  return { kind: 'scalar', settings };
}

/**
 * PercentFormatter(xmax=100, decimals=None, symbol='%', is_latex=False): xmax the value that is 100 %, decimals
 * a whole number from 0 (None: as many as the view needs), symbol a string (None or '': none). is_latex matters
 * only under text.usetex, which is not drawn.
 */
function readPercent(args: string, at: FieldPath): FormatterSpec {
  const b = bindCall(parseCallArgs(args, at), PERCENT, at);
  const xmax = b.xmax === undefined || b.xmax === null ? 100 : b.xmax;
  if (typeof xmax !== 'number' || !Number.isFinite(xmax) || xmax === 0)
    throw badValue([...at, 'xmax'], shownPy(xmax), 'the value that is 100 %, a number other than 0');
  const spec: FormatterSpec = { kind: 'percent', xmax, symbol: '%' };
  if (b.decimals !== undefined && b.decimals !== null) {
    const d = b.decimals;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 20)
      throw badValue([...at, 'decimals'], shownPy(d), 'a whole number of decimals from 0 to 20, or None');
    spec.decimals = d;
  }
  if (b.symbol !== undefined) {
    if (b.symbol !== null && typeof b.symbol !== 'string')
      throw badValue([...at, 'symbol'], shownPy(b.symbol), "a string ('%'), or None for none");
    spec.symbol = b.symbol ?? '';
  }
  if (b.is_latex !== undefined && b.is_latex !== null && typeof b.is_latex !== 'boolean')
    throw badValue([...at, 'is_latex'], shownPy(b.is_latex), 'True or False');
  return spec;
}

/** The text as one Python string literal, or undefined (a lambda, a name, a number...). */
function formatStringOf(text: string, at: FieldPath): string | undefined {
  try {
    const args = parseCallArgs(text, at);
    const fmt = args.positional[0];
    return args.positional.length === 1 && !Object.keys(args.keywords).length && typeof fmt === 'string'
      ? fmt
      : undefined;
  } catch {
    return undefined;
  }
}

function checked(f: FormatterSpec, at: FieldPath): FormatterSpec {
  if (f.kind === 'printf' && !parsePrintf(f.format)) {
    throw badValue(
      [...at, 'fmt'],
      f.format,
      "a '%' format of one number: %d, %f, %e, %g, %s with flags, width and precision (e.g. '%.2f')",
    );
  }
  if (f.kind === 'str') {
    if (/\{pos[:}]/.test(f.format)) {
      throw badValue([...at, 'fmt'], f.format, "fields of x alone ({pos} is matplotlib's, not drawn yet)");
    }
    if (!parseStrFormat(f.format)) {
      throw badValue(
        [...at, 'fmt'],
        f.format,
        "a str.format string of x: '{x:.2f}', '{x:,.0f}', '{x:.0%}', '{x:g}' (types e, f, g, %)",
      );
    }
  }
  return f;
}
