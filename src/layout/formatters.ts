/** A script's tick formatter as a function of the tick's value and position (style/py-format.ts formats). */
import type { FormatterSpec } from '../spec';
import { parsePrintf, parseStrFormat } from '../style/py-format';

/**
 * FormatStrFormatter: fmt % x; StrMethodFormatter: fmt.format(x=x, pos=pos). The spec stage has checked the
 * format (spec/formatter-call.ts), so that a refusal here is a programming error.
 */
export function formatterOf(f: FormatterSpec): (x: number, pos: number) => string {
  if (f.kind === 'printf') {
    const format = parsePrintf(f.format);
    if (!format) throw new Error(`unchecked format ${f.format}`);
    return (x) => format(x);
  }
  const format = parseStrFormat(f.format);
  if (!format) throw new Error(`unchecked format ${f.format}`);
  return format;
}
