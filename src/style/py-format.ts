/**
 * Python's number formatting for tick labels, as FormatStrFormatter ('%.2f' % x) and StrMethodFormatter
 * ('{x:.2f}'.format(x=x, pos=pos)) apply it to a tick's float. Written here rather than taken from npm: the
 * packages that mimic printf or str.format round as JavaScript's toFixed does (a tie to the larger digit),
 * where Python rounds the float's exact decimal value, a tie to the even digit, and they differ on the exponent's
 * two digits and the repr of a float. Pure functions of numbers and strings.
 */

/** One conversion's parsed specification (printf's or the format mini-language's). */
export interface NumberSpec {
  fill: string;
  align: '<' | '>' | '=' | '^' | '';
  sign: '+' | '-' | ' ' | '';
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: ',' | '_' | '';
  precision?: number;
  type: string;
}

/** The exact decimal digits of a finite double: value = 0.DIGITS × 10^point (no leading zero; '' for 0). */
function exactDigits(x: number): { digits: string; point: number } {
  const a = Math.abs(x);
  if (a === 0) return { digits: '', point: 0 };
  // toFixed(100) is exact for the doubles of tick values (a binary fraction has as many decimals as bits).
  const text = a >= 1e21 ? BigInt(a).toString() : a.toFixed(100);
  const [int, frac = ''] = text.split('.');
  const all = (int === '0' ? '' : int) + frac;
  const lead = all.search(/[1-9]/);
  const point = int === '0' ? -(frac.search(/[1-9]/) ?? 0) : int.length;
  return { digits: all.slice(lead).replace(/0+$/, ''), point };
}

/** The digits rounded to `keep` of them, half to even on the exact value; `carry`: rounded up to 10…0, a digit more. */
function roundDigits(digits: string, keep: number): { digits: string; carry: boolean } {
  if (keep < 0) return { digits: '', carry: false };
  if (digits.length <= keep) return { digits: digits.padEnd(keep, '0'), carry: false };
  const head = digits.slice(0, keep);
  const rest = digits.slice(keep);
  const up =
    rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || Number(head.at(-1) ?? '0') % 2 === 1));
  if (!up) return { digits: head, carry: false };
  const n = (BigInt(head || '0') + 1n).toString();
  return n.length > keep ? { digits: n, carry: true } : { digits: n.padStart(keep, '0'), carry: false };
}

/** |x| with `decimals` digits after the point ('f'). */
function fixed(x: number, decimals: number): string {
  const { digits, point } = exactDigits(x);
  if (!digits) return decimals ? `0.${'0'.repeat(decimals)}` : '0';
  const keep = point + decimals;
  const r = roundDigits(digits, keep);
  let all = r.digits;
  const intLength = r.carry ? point + 1 : point;
  if (keep <= 0 && !r.carry) all = '';
  const padded = all.padStart(decimals + 1, '0');
  const cut = Math.max(intLength, padded.length - decimals);
  const int = padded.slice(0, cut) || '0';
  const frac = padded.slice(cut).padEnd(decimals, '0');
  return decimals ? `${int.replace(/^0+(?=\d)/, '')}.${frac}` : int.replace(/^0+(?=\d)/, '');
}

/** |x| as d.ddd e±XX with `decimals` digits after the point ('e'), and its exponent. */
function exponential(x: number, decimals: number): { text: string; exponent: number } {
  const { digits, point } = exactDigits(x);
  if (!digits) return { text: `${decimals ? `0.${'0'.repeat(decimals)}` : '0'}e+00`, exponent: 0 };
  const r = roundDigits(digits, decimals + 1);
  const all = r.carry ? r.digits.slice(0, -1) : r.digits;
  const exponent = point - 1 + (r.carry ? 1 : 0);
  const mantissa = decimals ? `${all[0]}.${all.slice(1)}` : all[0];
  const e = Math.abs(exponent).toString().padStart(2, '0');
  return { text: `${mantissa}e${exponent < 0 ? '-' : '+'}${e}`, exponent };
}

/** 'g': `precision` significant digits, fixed or exponential by the exponent, trailing zeros dropped unless '#'. */
function general(x: number, precision: number, alternate: boolean): string {
  const p = precision === 0 ? 1 : precision;
  const e = exponential(x, p - 1);
  const s = e.exponent >= -4 && e.exponent < p ? fixed(x, p - 1 - e.exponent) : e.text;
  // '#' keeps the trailing zeros, and the point even with no digit after it.
  if (alternate) return s.includes('.') ? s : s.replace(/^(\d+)/, '$1.');
  return s.replace(/(\.\d*?)0+(?=e|$)/, '$1').replace(/\.(?=e|$)/, '');
}

/** Python's repr of a float: the shortest digits that read back, '.0' on whole numbers, e-05 past the range. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const a = Math.abs(x);
  const [mantissa, exp] = a.toExponential().split('e');
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${sign}${mantissa}e${e < 0 ? '-' : '+'}${Math.abs(e).toString().padStart(2, '0')}`;
  const s = String(a);
  return sign + (s.includes('.') ? s : `${s}.0`);
}

/** Digits grouped by thousands with the separator (str.format's ',' and '_'). */
function group(int: string, separator: string): string {
  return separator ? int.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : int;
}

/** A number formatted by a parsed spec: the type's digits, the sign, grouping, padding and alignment. */
export function formatNumber(x: number, spec: NumberSpec): string {
  // %d takes int() of the float: -0.5 is 0, unsigned.
  const integral = spec.type === 'd' || spec.type === 'i';
  const negative = integral ? Math.trunc(x) < 0 : x < 0 || Object.is(x, -0);
  let body: string;
  const t = spec.type;
  const p = spec.precision;
  if (t === 'f' || t === 'F') body = fixed(x, p ?? 6);
  else if (t === 'e' || t === 'E') body = exponential(x, p ?? 6).text;
  else if (t === 'g' || t === 'G') body = general(x, p ?? 6, spec.alternate);
  else if (t === '%') body = `${fixed(x * 100, p ?? 6)}%`;
  else if (t === 'd' || t === 'i') body = fixed(Math.trunc(x), 0);
  else if (t === 'r' || t === 's' || t === '') body = floatRepr(Math.abs(x));
  else throw new Error(`unsupported format type '${t}'`);
  if (t === 'E' || t === 'G' || t === 'F') body = body.toUpperCase();
  if (spec.alternate && (t === 'f' || t === 'F' || t === 'e' || t === 'E' || t === '%') && p === 0) {
    body = body.replace(/^(\d+)/, '$1.');
  }
  if (spec.grouping) {
    const [int, rest] = [body.match(/^\d+/)?.[0] ?? '', body.replace(/^\d+/, '')];
    body = group(int, spec.grouping) + rest;
  }
  // Python keeps a negative number's sign even where its digits round to zero ('%.1f' % -0.01 is '-0.0').
  const sign = negative ? '-' : spec.sign === '-' ? '' : spec.sign;
  const width = spec.width;
  if (spec.zero && !spec.align) return sign + body.padStart(Math.max(0, width - sign.length), '0');
  const whole = sign + body;
  const fill = spec.fill || ' ';
  const gap = Math.max(0, width - whole.length);
  const align = spec.align || '>';
  if (align === '<') return whole + fill.repeat(gap);
  if (align === '^') return fill.repeat(Math.floor(gap / 2)) + whole + fill.repeat(Math.ceil(gap / 2));
  if (align === '=') return sign + fill.repeat(gap) + body;
  return fill.repeat(gap) + whole;
}

const PRINTF = /%([-+ #0]*)(\d*)(?:\.(\d+))?([diouxXeEfFgGcrs%])/g;

/**
 * '%.2f' % x, for one float: the specifications of the conversion and the text around it; '%%' a percent sign.
 * Undefined for what a FormatStrFormatter cannot format a float with (no conversion, two of them, %c...).
 */
export function parsePrintf(fmt: string): ((x: number) => string) | undefined {
  const parts: (string | NumberSpec)[] = [];
  let last = 0;
  let conversions = 0;
  for (const m of fmt.matchAll(PRINTF)) {
    parts.push(fmt.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const [, flags, width, precision, type] = m;
    if (type === '%') {
      if (flags || width || precision) return undefined;
      parts.push('%');
      continue;
    }
    if (!'dieEfFgGrs'.includes(type)) return undefined;
    conversions++;
    parts.push({
      fill: ' ',
      align: flags.includes('-') ? '<' : '',
      sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '',
      alternate: flags.includes('#'),
      zero: flags.includes('0') && !flags.includes('-'),
      width: width ? Number(width) : 0,
      grouping: '',
      ...(precision !== undefined && { precision: Number(precision) }),
      // printf's %s and %r of a float are str() and repr(), both Python's repr.
      type: type === 'i' ? 'd' : type,
    });
  }
  parts.push(fmt.slice(last));
  if (conversions !== 1 || parts.some((p) => typeof p === 'string' && p.includes('%') && p !== '%')) return undefined;
  return (x) => parts.map((p) => (typeof p === 'string' ? p : formatNumber(x, p))).join('');
}

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%]|d)?$/;

/**
 * '{x:.2f}'.format(x=x, pos=pos): replacement fields {x} and {pos} with format specs, '{{' and '}}' as braces.
 * Undefined for a field other than x and pos, or a spec Python would refuse for a float.
 */
export function parseStrFormat(fmt: string): ((x: number, pos: number) => string) | undefined {
  const parts: (string | { field: 'x' | 'pos'; spec: NumberSpec })[] = [];
  let i = 0;
  let text = '';
  while (i < fmt.length) {
    const c = fmt[i];
    if ((c === '{' || c === '}') && fmt[i + 1] === c) {
      text += c;
      i += 2;
      continue;
    }
    if (c === '}') return undefined;
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    const end = fmt.indexOf('}', i);
    if (end < 0) return undefined;
    const [name, specText = ''] = fmt.slice(i + 1, end).split(/:(.*)/s);
    if (name !== 'x' && name !== 'pos') return undefined;
    const m = SPEC.exec(specText);
    // 'd' and 'n' are refused for a float by Python (pos, an int, takes 'd'); a precision without a type is
    // 'g' with a digit kept after the point, not drawn yet.
    if (!m || (m[9] === 'd' && name === 'x') || m[9] === 'n') return undefined;
    if (m[8] !== undefined && !m[9]) return undefined;
    parts.push(text);
    text = '';
    parts.push({
      field: name,
      spec: {
        fill: m[1] ?? '',
        align: (m[2] as NumberSpec['align']) ?? '',
        sign: (m[3] as NumberSpec['sign']) ?? '',
        alternate: !!m[4],
        zero: !!m[5],
        width: m[6] ? Number(m[6]) : 0,
        grouping: (m[7] as NumberSpec['grouping']) ?? '',
        ...(m[8] !== undefined && { precision: Number(m[8]) }),
        // The tick's position is an int: str() of it is its digits.
        type: m[9] ?? (name === 'pos' ? 'd' : ''),
      },
    });
    i = end + 1;
  }
  parts.push(text);
  return (x, pos) =>
    parts.map((p) => (typeof p === 'string' ? p : formatNumber(p.field === 'x' ? x : pos, p.spec))).join('');
}
