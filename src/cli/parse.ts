/** Command-line text → typed values; every failure is a usage error naming the option. */
import { badValue, didYouMean } from '../errors';
import { parseStrictNumber } from '../functions/registry';
import { LEGEND_LOCATIONS, OUTPUT_FORMATS, type LegendLocation, type OutputFormat } from '../spec';

export function parseNumber(option: string, text: string, expected = 'a finite number, e.g. -8 or 0.1'): number {
  const v = parseStrictNumber(text);
  if (v === undefined || !Number.isFinite(v)) throw badValue(option, text, expected);
  return v;
}

export function parsePositive(option: string, text: string, example: string): number {
  const v = parseNumber(option, text, `a number > 0, e.g. ${example}`);
  if (!(v > 0)) throw badValue(option, text, `a number > 0, e.g. ${example}`);
  return v;
}

export function parseInteger(option: string, text: string, min: number): number {
  const v = parseStrictNumber(text);
  if (v === undefined || !Number.isInteger(v) || v < min) throw badValue(option, text, `a whole number >= ${min}`);
  return v;
}

/** "A,B" with A < B. */
export function parseRange(option: string, text: string): [number, number] {
  const parts = text.split(',');
  const expected = 'MIN,MAX with MIN < MAX, e.g. -1.5,1.5';
  if (parts.length !== 2) throw badValue(option, text, expected);
  const [a, b] = parts.map((p) => parseStrictNumber(p));
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b))
    throw badValue(option, text, expected);
  if (!(a < b)) throw badValue(option, text, expected, `swap them: ${b},${a}`);
  return [a, b];
}

/** "a,b,c": tick values, in any order (sorted here). */
export function parseList(option: string, text: string): number[] {
  if (text.trim() === '') return [];
  const values = text.split(',').map((p) => parseStrictNumber(p));
  if (values.some((v) => v === undefined || !Number.isFinite(v))) {
    throw badValue(option, text, 'comma-separated finite numbers, e.g. -1,0,1 (or an empty string for none)');
  }
  return (values as number[]).sort((x, y) => x - y);
}

/** "8x4" (inches). */
export function parseSize(text: string): [number, number] {
  const m = /^\s*([^x×,]+)\s*[x×X,]\s*([^x×,]+)\s*$/.exec(text);
  const expected = 'WIDTHxHEIGHT in inches, both > 0, e.g. 8x4';
  if (!m) throw badValue('--size', text, expected);
  const w = parseStrictNumber(m[1]);
  const h = parseStrictNumber(m[2]);
  if (w === undefined || h === undefined || !(w > 0 && h > 0) || !Number.isFinite(w) || !Number.isFinite(h)) {
    throw badValue('--size', text, expected);
  }
  return [w, h];
}

/** "name=value" pairs, repeatable. */
export function collectParam(text: string, previous?: Record<string, string>): Record<string, string> {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw badValue('--param', text, 'NAME=VALUE, e.g. negative_slope=0.1');
  const name = text.slice(0, eq).trim();
  // No prototype: a parameter called __proto__ is a name like any other (and is refused as unknown).
  const params = Object.assign(Object.create(null) as Record<string, string>, previous);
  if (name in params)
    throw badValue('--param', text, 'each parameter once', `${name} is also given as ${name}=${params[name]}`);
  params[name] = text.slice(eq + 1).trim();
  return params;
}

const LEGEND_CODES: readonly LegendLocation[] = LEGEND_LOCATIONS;

/** A matplotlib legend location: its name (spaces, hyphens or underscores) or its code 0–10. */
export function parseLegend(text: string): LegendLocation {
  const t = text.trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
  if (/^\d+$/.test(t) && Number(t) < LEGEND_CODES.length) return LEGEND_CODES[Number(t)];
  const hit = LEGEND_LOCATIONS.find((l) => l === t);
  if (hit) return hit;
  throw badValue(
    '--legend',
    text,
    `a location: ${LEGEND_LOCATIONS.join(', ')} (or 0-10)`,
    didYouMean(t, LEGEND_LOCATIONS),
  );
}

export function parseFormat(option: string, text: string, accepted: readonly string[] = OUTPUT_FORMATS): OutputFormat {
  const t = text.trim().toLowerCase().replace(/^\./, '');
  if (!accepted.includes(t)) throw badValue(option, text, `one of ${accepted.join(', ')}`, didYouMean(t, accepted));
  return t as OutputFormat;
}
