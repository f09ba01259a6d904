/** A script's tick formatter as a function of the tick's value and position (style/py-format.ts formats). */
import type { FormatterSpec } from '../spec';
import { parsePrintf, parseStrFormat } from '../style/py-format';

/** What a formatter may read of its axis: the view's span, and axes.unicode_minus (Formatter.fix_minus). */
export interface FormatterContext {
  viewRange: number;
  unicodeMinus: boolean;
}

/**
 * FormatStrFormatter: fmt % x; StrMethodFormatter: fmt.format(x=x, pos=pos); PercentFormatter: 100 * x / xmax
 * with its decimals and symbol, the minus fixed. The spec stage has checked the format
 * (spec/formatter-call.ts), so that a refusal here is a programming error.
 */
export function formatterOf(f: FormatterSpec, context: FormatterContext): (x: number, pos: number) => string {
  if (f.kind === 'percent') return percentFormatter(f, context);
  if (f.kind === 'null') return () => '';
  if (f.kind === 'printf') {
    const format = parsePrintf(f.format);
    if (!format) throw new Error(`unchecked format ${f.format}`);
    return (x) => format(x);
  }
  const format = parseStrFormat(f.format);
  if (!format) throw new Error(`unchecked format ${f.format}`);
  return format;
}

/**
 * PercentFormatter.format_pct: decimals, where not given, from the view's span in percent (ceil(2 -
 * log10(2 * span)), 0 to 5), the value as '{x:0.{decimals}f}' then the symbol, and fix_minus.
 */
function percentFormatter(
  f: Extract<FormatterSpec, { kind: 'percent' }>,
  { viewRange, unicodeMinus }: FormatterContext,
): (x: number) => string {
  const pct = (x: number) => 100 * (x / f.xmax);
  const span = pct(viewRange);
  const decimals = f.decimals ?? (span <= 0 ? 0 : Math.min(5, Math.max(0, Math.ceil(2 - Math.log10(2 * span)))));
  const format = parseStrFormat(`{x:0.${decimals}f}`)!;
  return (x) => {
    const s = format(pct(x), 0) + f.symbol;
    return unicodeMinus ? s.replaceAll('-', '\u2212') : s;
  };
}
