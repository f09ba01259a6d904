import { badValue, didYouMean, type FieldPath } from '../errors';
import { CSS4, TABLEAU } from './color-names';

export interface RGBA {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The default property cycle: C0..C9 (Tableau 10). */
export const DEFAULT_CYCLE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
] as const;

const BASE: Record<string, [number, number, number]> = {
  b: [0, 0, 1],
  g: [0, 0.5, 0],
  r: [1, 0, 0],
  c: [0, 0.75, 0.75],
  m: [0.75, 0, 0.75],
  y: [0.75, 0.75, 0],
  k: [0, 0, 0],
  w: [1, 1, 1],
};

const ACCEPTED =
  "a matplotlib colour: a name ('blue', 'tab:orange'), 'C0'..'C9', a hex '#1f77b4' or '#1f77b480', a grey level '0.8', or an RGB(A) tuple (0.2, 0.4, 0.6)";

/** Parses any colour matplotlib accepts as a string; undefined when it is not one. */
export function tryParseColor(text: string): RGBA | undefined {
  const t = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(t);
  if (hex) return fromHex(hex[1]);
  const cycle = /^c(\d)$/.exec(t);
  if (cycle) return fromHex(DEFAULT_CYCLE[Number(cycle[1])].slice(1));
  if (t in BASE) {
    const [r, g, b] = BASE[t];
    return { r: Math.round(r * 255), g: Math.round(g * 255), b: Math.round(b * 255), a: 1 };
  }
  const named = CSS4[t] ?? TABLEAU[t];
  if (named) return fromHex(named.slice(1));
  if (/^(0(\.\d*)?|1(\.0*)?|\.\d+)$/.test(t)) {
    const v = Math.round(Number(t) * 255);
    return { r: v, g: v, b: v, a: 1 };
  }
  if (t === 'none' || t === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  return t.startsWith('(') ? fromTuple(t) : undefined;
}

const FRACTION = String.raw`\s*(0(?:\.\d*)?|1(?:\.0*)?|\.\d+|\d?\.?\d+e-\d+)\s*`;
const TUPLE = new RegExp(String.raw`^\(${FRACTION},${FRACTION},${FRACTION}(?:,${FRACTION})?,?\s*\)$`);

/** An RGB or RGBA tuple of fractions, '(0.2, 0.4, 0.6)' (a script's color=(0.2, 0.4, 0.6)); the alpha kept exact. */
function fromTuple(t: string): RGBA | undefined {
  const m = TUPLE.exec(t);
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Math.round(Number(v) * 255));
  const a = m[4] === undefined ? 1 : Number(m[4]);
  return [r, g, b].every((v) => v <= 255) && a <= 1 ? { r, g, b, a } : undefined;
}

export function parseColor(text: string, option: string | FieldPath = 'color'): RGBA {
  const c = tryParseColor(text);
  if (c) return c;
  throw badValue(option, text, ACCEPTED, didYouMean(text, [...Object.keys(CSS4), ...Object.keys(TABLEAU)]));
}

/**
 * A colour where 'CN' means the N-th colour of the axes' property cycle (axes.prop_cycle, wrapping around),
 * as matplotlib reads it; any other colour as parseColor does.
 */
export function colorInCycle(text: string, cycle: readonly string[], option: string | FieldPath = 'color'): RGBA {
  const n = /^\s*C(\d+)\s*$/.exec(text);
  return n ? parseColor(cycle[Number(n[1]) % cycle.length], option) : parseColor(text, option);
}

function fromHex(h: string): RGBA {
  const full = h.length <= 4 ? [...h].map((c) => c + c).join('') : h;
  const v = (i: number) => parseInt(full.slice(2 * i, 2 * i + 2), 16);
  return { r: v(0), g: v(1), b: v(2), a: full.length === 8 ? v(3) / 255 : 1 };
}

/** A CSS colour string for the canvas, with an extra alpha multiplied in. */
export function cssColor(c: RGBA, alpha = 1): string {
  const a = c.a * alpha;
  return a >= 1 ? `rgb(${c.r}, ${c.g}, ${c.b})` : `rgba(${c.r}, ${c.g}, ${c.b}, ${+a.toFixed(6)})`;
}
