/**
 * matplotlib's line styles: the short forms and their long names, and the on-off ink sequences a script gives
 * as a tuple, `(offset, (on, off, ...))` in points (rcsetup._validate_linestyle).
 */

/** A dash tuple: where in the pattern the line starts, and the on-off lengths, in points. */
export interface DashTuple {
  offset: number;
  dashes: number[];
}

export type NamedLineStyle = '-' | '--' | '-.' | ':';
export type LineStyle = NamedLineStyle | DashTuple;

/** matplotlib's long names for the line styles. */
export const LINE_STYLE_NAMES: Record<string, NamedLineStyle> = {
  '-': '-',
  '--': '--',
  '-.': '-.',
  ':': ':',
  solid: '-',
  dashed: '--',
  dashdot: '-.',
  dotted: ':',
};

/** What a line style may be, in an error's words. */
export const LINE_STYLES_ACCEPTED =
  "one of '-', '--', '-.', ':' (or solid, dashed, dashdot, dotted), or a dash tuple such as (0, (5, 2))";

type Nested = number | Nested[];

const TOKEN = /\s*([()[\],]|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;

/**
 * Numbers in brackets, as a matplotlibrc value or a config's string writes a tuple: '(0, (5, 2))', '5, 2'.
 * Written here, as this is the whole grammar (Python's literal_eval of nested number tuples).
 */
function readNested(text: string): Nested[] | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text))) tokens.push(m[1]);
  if (text.slice(TOKEN.lastIndex).trim()) return undefined;
  let i = 0;
  const list = (close: string): Nested[] | undefined => {
    const out: Nested[] = [];
    while (i < tokens.length && tokens[i] !== close) {
      const t = tokens[i++];
      if (t === '(' || t === '[') {
        const inner = list(t === '(' ? ')' : ']');
        if (!inner) return undefined;
        i++; // the closing bracket
        out.push(inner);
      } else if (t === ',' || t === ')' || t === ']') return undefined;
      else out.push(Number(t));
      if (tokens[i] === ',') i++;
      else if (i < tokens.length && tokens[i] !== close) return undefined;
    }
    return close && tokens[i] !== close ? undefined : out;
  };
  const top = list('');
  return top && top.length === 1 && Array.isArray(top[0]) ? top[0] : top;
}

/**
 * An on-off ink sequence as _validate_linestyle takes it: (offset, (on, off, ...)), or the older (on, off, ...)
 * with an offset of 0; an even count of lengths, none negative and not all zero (Agg cannot draw those).
 */
export function dashTupleOf(value: unknown): DashTuple | undefined {
  const v = typeof value === 'string' ? readNested(value) : value;
  if (!Array.isArray(v)) return undefined;
  const [offset, dashes] = v.length === 2 && Array.isArray(v[1]) ? [v[0], v[1] as unknown[]] : [0, v];
  const numbers = (xs: unknown[]): xs is number[] => xs.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (typeof offset !== 'number' || !Number.isFinite(offset)) return undefined;
  if (!dashes.length || dashes.length % 2 || !numbers(dashes) || dashes.some((d) => d < 0)) return undefined;
  if (!dashes.some((d) => d > 0)) return undefined;
  return { offset, dashes: [...dashes] };
}

/** A line style by name, or as a dash tuple in text or as a script's tuple. */
export function lineStyleOf(value: unknown): LineStyle | undefined {
  if (typeof value === 'string' && Object.hasOwn(LINE_STYLE_NAMES, value.trim())) return LINE_STYLE_NAMES[value.trim()];
  return dashTupleOf(value);
}

/** A named style, or any dash tuple as dashed ('--'): matplotlib's Line2D keeps '--' for a tuple (is_dashed). */
export function styleName(style: LineStyle): NamedLineStyle {
  return typeof style === 'string' ? style : '--';
}
