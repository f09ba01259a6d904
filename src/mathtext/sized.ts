/**
 * Symbols sized to their contents, as matplotlib's mathtext sizes them: AutoHeightChar (radicals and \\left ...
 * \\right delimiters, from STIX's sizes or the symbol scaled) and AutoWidthChar (wide accents).
 */
import { Hlist, type Char, type MathNode } from './boxes';
import type { Fontset } from './fontset';

/** The parser's state where a symbol is made: TeX font, font class and size in pixels. */
export interface State {
  font: string;
  fontClass: string;
  sizePx: number;
}

export interface SizedContext {
  fonts: Fontset;
  char(c: string, s: State, accent?: boolean): Char;
}

/** An Hlist of one sized character, shifted down so its depth is the one asked for. */
class AutoHeightChar extends Hlist {}

/** A character as tall as height + depth: a larger STIX size, or the symbol scaled. */
export function autoHeight(
  ctx: SizedContext,
  c: string,
  height: number,
  depth: number,
  s: State,
  factor?: number,
): AutoHeightChar {
  const xHeight = ctx.fonts.xHeight(s.font, s.sizePx);
  const state = { ...s };
  const target = height + depth;
  let char: Char | undefined;
  let sym = c;
  for (const [font, alt] of ctx.fonts.sizedAlternatives(s.font, c)) {
    state.font = font;
    sym = alt;
    char = ctx.char(alt, state);
    // Size 0 is kept for text of regular size with descenders.
    if (char.height + char.depth >= target - 0.2 * xHeight) break;
  }
  char ??= ctx.char(c, state);
  let shift = 0;
  if (state.font !== '0') {
    state.sizePx *= factor ?? target / (char.height + char.depth);
    char = ctx.char(sym, state);
    shift = depth - char.depth;
  }
  const list = new AutoHeightChar([char]);
  list.shiftAmount = shift;
  return list;
}

/** A wide accent as wide as its body: a wider STIX size, or the accent scaled. */
export function autoWidthAccent(ctx: SizedContext, c: string, width: number, s: State): MathNode {
  const state = { ...s };
  let char: Char | undefined;
  let sym = c;
  for (const [font, alt] of ctx.fonts.sizedAlternatives(s.font, c)) {
    state.font = font;
    sym = alt;
    char = ctx.char(alt, state, true);
    if (char.width >= width) break;
  }
  char ??= ctx.char(c, state, true);
  state.sizePx *= width / char.width;
  char = ctx.char(sym, state, true);
  const list = new Hlist([char]);
  list.width = char.width;
  return list;
}

/** Delimiters around a list, as tall as it is ('.' is none). */
export function delimited(ctx: SizedContext, front: string, middle: MathNode[], back: string, s: State): MathNode {
  const height = middle.length ? Math.max(...middle.map((n) => n.height)) : 0;
  const depth = middle.length ? Math.max(...middle.map((n) => n.depth)) : 0;
  const factor = middle.length ? undefined : 1;
  const parts: MathNode[] = [];
  if (front !== '.') parts.push(autoHeight(ctx, front, height, depth, s, factor));
  parts.push(...middle);
  if (back !== '.') parts.push(autoHeight(ctx, back, height, depth, s, factor));
  return new Hlist(parts);
}
