/**
 * One definition of each rule on an option's value, for the command line (which has text) and configs and the
 * API (which have numbers, or text in the same notation: "8x4", "-1.5,1.5"). Each takes the field it checks,
 * so that its error names the field; whoever shows the error words it (errors.ts).
 */
import { badValue, didYouMean, type FieldPath } from '../errors';
import { parseStrictNumber } from '../functions/registry';
import { DTYPES, type DType } from '../functions/precision';
import type { ErrorUnit } from '../functions/precision';
import { dashTupleOf, LINE_STYLES_ACCEPTED, lineStyleOf, type DashTuple } from '../style/line-styles';
import { shownPy, type PyValue } from '../pycall';
import {
  LEGEND_LOCATIONS,
  MARKERS,
  type MarkerKind,
  OUTPUT_FORMATS,
  type LegendLocation,
  type LineStyle,
  type OutputFormat,
} from './types';

type Field = string | FieldPath;

/** Line widths accepted, in points. */
export const WIDTH_RANGE: readonly [number, number] = [0, 1000];

export function parseNumber(field: Field, text: string, expected = 'a finite number, e.g. -8 or 0.1'): number {
  const v = parseStrictNumber(text);
  if (v === undefined || !Number.isFinite(v)) throw badValue(field, text, expected);
  return v;
}

export function parsePositive(field: Field, text: string, example: string): number {
  const v = parseNumber(field, text, `a number > 0, e.g. ${example}`);
  if (!(v > 0)) throw badValue(field, text, `a number > 0, e.g. ${example}`);
  return v;
}

export function parseInteger(field: Field, text: string, min: number): number {
  const v = parseStrictNumber(text);
  if (v === undefined || !Number.isInteger(v) || v < min) throw badValue(field, text, `a whole number >= ${min}`);
  return v;
}

/** The numpy and Python calls scripts give plt.xticks(), up to their '(' (spec/ticks-call.ts reads the rest). */
export const TICKS_CALL_NAME = /^\s*(np\.arange|numpy\.arange|np\.linspace|numpy\.linspace|range)\s*\(/;

/** A tick locator as a script makes one, for ax.xaxis.set_major_locator(): MultipleLocator(0.5), MaxNLocator(5). */
export const isLocatorCall = (text: string) =>
  /^\s*(?:(?:matplotlib\.)?ticker\.|mticker\.|plt\.)?(?:Multiple|MaxN|Auto|Fixed|Null|Linear|Log|Index)Locator\s*\(/.test(
    text,
  );

/**
 * Whether ticks are written as a script writes them (a list, a tuple, a numpy or range call, or the line
 * whole: plt.xticks(...), ax.set_yticks(...)), not "a,b,c".
 */
export const isTicksCall = (text: string) =>
  /^\s*([[(]|(np|numpy)\.[A-Za-z_]|range\s*\(|[A-Za-z_]\w*\s*=)/.test(text) ||
  /^\s*(?:[A-Za-z_]\w*(?:\[[^\]]*\])?\.)+(?:set_)?[xy]ticks\s*\(/.test(text);

/** "a,b,c" or numbers: tick values, in any order (sorted here); '' for none. */
export function parseList(field: Field, given: string | readonly number[]): number[] {
  if (typeof given === 'string' && given.trim() === '') return [];
  const values = typeof given === 'string' ? given.split(',').map((p) => parseStrictNumber(p)) : [...given];
  if (values.some((v) => v === undefined || !Number.isFinite(v))) {
    throw badValue(field, given, 'comma-separated finite numbers, e.g. -1,0,1 (or an empty string for none)');
  }
  return (values as number[]).sort((x, y) => x - y);
}

/** "8x4" (inches), or a pair of numbers. */
export function parseSize(field: Field, given: string | readonly number[]): [number, number] {
  const expected = 'WIDTHxHEIGHT in inches, both > 0, e.g. 8x4';
  let w: number | undefined;
  let h: number | undefined;
  if (typeof given === 'string') {
    const m = /^\s*([^x×,]+)\s*[x×X,]\s*([^x×,]+)\s*$/.exec(given);
    if (!m) throw badValue(field, given, expected);
    [w, h] = [parseStrictNumber(m[1]), parseStrictNumber(m[2])];
  } else if (given.length === 2) {
    [w, h] = given;
  }
  if (w === undefined || h === undefined || !(w > 0 && h > 0) || !Number.isFinite(w) || !Number.isFinite(h)) {
    throw badValue(field, typeof given === 'string' ? given : given.join('x'), expected);
  }
  return [w, h];
}

/** "2x3" rows and columns, or a pair, with room for every panel. */
export function parseLayout(field: Field, given: string | readonly number[], panels: number): [number, number] {
  const m = typeof given === 'string' ? /^\s*(\d+)\s*[x×X]\s*(\d+)\s*$/.exec(given) : undefined;
  const pair = typeof given === 'string' ? (m ? [Number(m[1]), Number(m[2])] : []) : [...given];
  const shownGiven = typeof given === 'string' ? given : given.join('x');
  const expected = `ROWSxCOLS with room for all ${panels} panels, e.g. ${panels > 1 ? `1x${panels}` : '1x1'}`;
  const [rows, cols] = pair;
  const whole = (v: number | undefined) => v !== undefined && Number.isInteger(v) && v >= 1;
  if (pair.length !== 2 || !whole(rows) || !whole(cols) || rows * cols < panels || rows * cols > 100) {
    throw badValue(field, shownGiven, expected);
  }
  return [rows, cols];
}

/** What a format string sets of a line (CurveSpec's fields of the same names). */
export interface FmtStyle {
  color?: string;
  linestyle?: LineStyle;
  marker?: MarkerKind;
  noLine?: boolean;
  noMarker?: true;
}

/**
 * A pyplot format string, '[marker][line][color]' in any order ('r--', 'o-', 'C2:', 'ks'), as
 * matplotlib's _process_plot_format reads it: a marker alone means no line; a string that is more than a colour
 * sets the marker too, none if it names none (lines.marker and a property cycle's markers do not apply).
 */
export function parseFmt(field: Field, fmt: string): FmtStyle {
  const out: FmtStyle = {};
  const expected = "a format string: [marker][line][colour], e.g. 'r--', 'o-', 'C2:' or 'ks'";
  let i = 0;
  const once = (key: 'color' | 'linestyle' | 'marker', v: string) => {
    if (out[key] !== undefined)
      throw badValue(field, fmt, expected, `two ${key === 'linestyle' ? 'line styles' : `${key}s`}`);
    (out as Record<string, string>)[key] = v;
  };
  while (i < fmt.length) {
    const two = fmt.slice(i, i + 2);
    if (two === '--' || two === '-.') {
      once('linestyle', two);
      i += 2;
    } else if (fmt[i] === '-' || fmt[i] === ':') {
      once('linestyle', fmt[i]);
      i += 1;
    } else if (/^C\d/.test(fmt.slice(i))) {
      const m = /^C\d+/.exec(fmt.slice(i))!;
      once('color', m[0]);
      i += m[0].length;
    } else if ('bgrcmykw'.includes(fmt[i])) {
      once('color', fmt[i]);
      i += 1;
    } else if ((MARKERS as readonly string[]).includes(fmt[i])) {
      once('marker', fmt[i]);
      i += 1;
    } else {
      throw badValue(field, fmt, expected);
    }
  }
  if (out.marker && !out.linestyle) out.noLine = true;
  const colourAlone = out.color !== undefined && !out.marker && !out.linestyle;
  if (!colourAlone && !out.marker) out.noMarker = true;
  return out;
}

/** --error's unit: alone (true) or 'abs', the difference itself; 'ulp', in units in the last place. */
export function parseErrorUnit(text: string | true, field: Field = 'error'): ErrorUnit {
  if (text === true || text === '' || text === 'abs') return 'abs';
  if (text === 'ulp') return 'ulp';
  throw badValue(field, text, 'abs (f_dtype - f_float64, the default) or ulp (that in units in the last place)');
}

export function parseDType(field: Field, text: string): DType {
  const given = text.trim().replace(/^torch\./, '');
  const alias: Record<string, DType> = {
    bf16: 'bfloat16',
    half: 'float16',
    fp16: 'float16',
    float: 'float32',
    double: 'float64',
  };
  const dtype = alias[given] ?? given;
  if ((DTYPES as readonly string[]).includes(dtype)) return dtype as DType;
  throw badValue(
    field,
    text,
    "float32 (torch's default, as the document's scripts), float64, bfloat16 or float16",
    didYouMean(given, [...DTYPES]),
  );
}

export function parseWidth(field: Field, given: string | number): number {
  const [lo, hi] = WIDTH_RANGE;
  const expected = `a width in points from ${lo} to ${hi}, e.g. 2`;
  const w = typeof given === 'number' ? given : parseNumber(field, given, expected);
  if (!Number.isFinite(w) || w < lo || w > hi) throw badValue(field, given, expected);
  return w;
}

export function parseAlpha(field: Field, given: string | number): number {
  const expected = 'a number from 0 to 1';
  const a = typeof given === 'number' ? given : parseNumber(field, given, expected);
  if (!Number.isFinite(a) || a < 0 || a > 1) throw badValue(field, given, expected);
  return a;
}

const isDashTuple = (v: unknown): v is DashTuple =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'dashes' in v && 'offset' in v;

/** A line style: a name, a dash tuple as text ('(0, (5, 2))'), a script's tuple, or the API's DashTuple. */
export function parseLineStyle(field: Field, given: unknown): LineStyle {
  const s = isDashTuple(given) ? dashTupleOf([given.offset, given.dashes]) : lineStyleOf(given);
  if (!s) throw badValue(field, typeof given === 'string' ? given : shownPy(given as PyValue), LINE_STYLES_ACCEPTED);
  return s;
}

/** A marker by matplotlib's code, or undefined for none ('None', 'none' or blank, as Line2D reads them). */
export function parseMarker(field: Field, text: string): MarkerKind | undefined {
  const kind = text.trim();
  if (kind === '' || kind === 'None' || kind === 'none') return undefined;
  if ((MARKERS as readonly string[]).includes(kind)) return kind as MarkerKind;
  throw badValue(field, text, `one of matplotlib's markers actplot draws: ${MARKERS.join(' ')}`);
}

export function parseMarkerSize(field: Field, size: number): number {
  if (!(Number.isFinite(size) && size > 0 && size <= 100)) throw badValue(field, size, 'points, above 0 up to 100');
  return size;
}

/** markevery=n: a marker on every n-th of the curve's points (its samples, for a function). */
export function parseMarkevery(field: Field, every: number, of: 'samples' | 'points' = 'samples'): number {
  if (!(Number.isInteger(every) && every >= 1)) throw badValue(field, every, `a whole number of ${of}, 1 or more`);
  return every;
}

/**
 * markevery for a curve: a whole number N (every N-th sample), or a float, a distance along the line in
 * fractions of the axes' diagonal (Line2D's markevery=0.1).
 */
export function markeveryOf(
  field: Field,
  every: number,
): { markevery: number } | { markDistance: { start: 0; step: number } } {
  if (Number.isInteger(every)) return { markevery: parseMarkevery(field, every) };
  if (!(Number.isFinite(every) && every > 0)) {
    throw badValue(
      field,
      every,
      'a whole number of samples, 1 or more, or a distance above 0 (0.1: a tenth of the axes diagonal)',
    );
  }
  return { markDistance: { start: 0, step: every } };
}

const normalLocation = (given: string | number) =>
  String(given).trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');

/** The legend location a name or code stands for, or undefined. */
export function legendLocationOf(given: string | number): LegendLocation | undefined {
  const t = normalLocation(given);
  if (/^\d+$/.test(t) && Number(t) < LEGEND_LOCATIONS.length) return LEGEND_LOCATIONS[Number(t)];
  return LEGEND_LOCATIONS.find((l) => l === t);
}

/** A matplotlib legend location: its name (spaces, hyphens or underscores) or its code 0–10. */
export function parseLegend(field: Field, given: string | number): LegendLocation {
  const hit = legendLocationOf(given);
  if (hit) return hit;
  const t = normalLocation(given);
  const expected = `a location: ${LEGEND_LOCATIONS.join(', ')} (or 0-10)`;
  throw badValue(field, given, expected, didYouMean(t, LEGEND_LOCATIONS));
}

export function parseFormat(field: Field, text: string, accepted: readonly string[] = OUTPUT_FORMATS): OutputFormat {
  const t = text.trim().toLowerCase().replace(/^\./, '');
  if (!accepted.includes(t)) throw badValue(field, text, `one of ${accepted.join(', ')}`, didYouMean(t, accepted));
  return t as OutputFormat;
}
