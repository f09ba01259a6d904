/**
 * A tick formatter as a script makes one for set_major_formatter: FormatStrFormatter('%.1f'),
 * StrMethodFormatter('{x:.2f}') (under the names scripts import them by: ticker., mticker.), or a format string
 * alone, which matplotlib takes as a StrMethodFormatter. Checked here, so that the layout can format without
 * failing: Python would refuse the same formats for a float.
 */
import { badValue, type FieldPath } from '../errors';
import { parsePrintf, parseStrFormat } from '../style/py-format';
import { bindCall, parseCallArgs, shownPy, type CallSignature } from './pycall';
import type { FormatterSpec } from './types';

const FORMAT_STR: CallSignature = { call: 'FormatStrFormatter', positional: ['fmt'], keywords: [] };
const STR_METHOD: CallSignature = { call: 'StrMethodFormatter', positional: ['fmt'], keywords: [] };

export function readFormatter(text: string, at: FieldPath): FormatterSpec {
  const call = /^\s*((?:[A-Za-z_]\w*\.)*)(FormatStrFormatter|StrMethodFormatter)\s*\(([\s\S]*)\)\s*$/.exec(text);
  if (!call) {
    // A format string alone: set_major_formatter('{x:.1f}') makes a StrMethodFormatter of it.
    const fmt = formatStringOf(text, at);
    if (fmt !== undefined) return checked({ kind: 'str', format: fmt }, at);
    throw badValue(
      at,
      text,
      "a formatter as a script makes one: FormatStrFormatter('%.1f'), StrMethodFormatter('{x:.2f}') or '{x:.2f}'",
      'a function (FuncFormatter, a lambda) is not drawn: write its format as one of these',
    );
  }
  const kind = call[2] === 'FormatStrFormatter' ? 'printf' : 'str';
  const b = bindCall(parseCallArgs(call[3], at), kind === 'printf' ? FORMAT_STR : STR_METHOD, at);
  if (typeof b.fmt !== 'string')
    throw badValue([...at, 'fmt'], b.fmt === undefined ? 'nothing' : shownPy(b.fmt), 'a format string');
  return checked({ kind, format: b.fmt }, at);
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
