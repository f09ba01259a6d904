/**
 * How each rcParam reads its text, as matplotlib's rcsetup validators read it: each reader gives the value, or
 * undefined for text the key does not accept (rcparams.ts words the error with what the key accepts).
 */
import { lineStyleOf, type LineStyle } from './line-styles';
import { tryParseColor } from './colors';
import { FONT_SCALINGS } from './font-sizes';
import { readCycler, type PropCycle } from './cycler';

/** A font size as given: points, or a name relative to font.size ('large'); fontPoints reads it. */
export type FontSize = number | string;

export type Reader<T> = (text: string) => T | undefined;

/**
 * The numbers a reader accepts at most and at least, where it has bounds: a key's wording must say them
 * (rcparams.test.ts holds every key to it), or a refused 1001 would read as if 1001 were no number.
 */
const ranges = new WeakMap<Reader<unknown>, readonly [number, number]>();
export const rangeOf = (read: Reader<unknown>) => ranges.get(read);
export const bounded = <T>(read: Reader<T>, range: readonly [number, number] | undefined): Reader<T> => {
  if (range) ranges.set(read, range);
  return read;
};

export const bool: Reader<boolean> = (t) => {
  const v = t.trim().toLowerCase();
  if (['t', 'y', 'yes', 'on', 'true', '1'].includes(v)) return true;
  if (['f', 'n', 'no', 'off', 'false', '0'].includes(v)) return false;
  return undefined;
};
export const num = (min = -Infinity, max = Infinity): Reader<number> =>
  bounded(
    (t) => {
      const v = Number(t.trim());
      return t.trim() !== '' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;
    },
    [min, max],
  );
/** A whole number, as validate_int reads one ('2', not '2.5'). */
export const whole = (min = -Infinity, max = Infinity): Reader<number> =>
  bounded(
    (t) => {
      const v = num(min, max)(t);
      return v !== undefined && Number.isInteger(v) && /^\s*[-+]?\d+\s*$/.test(t) ? v : undefined;
    },
    [min, max],
  );
/** A word the key also takes (matplotlib's None, figure), read as `value`; anything else as `read` reads it. */
export const orWord = <T, W>(word: string, value: W, read: Reader<T>): Reader<T | W> =>
  bounded((t) => (t.trim() === word ? value : read(t)), rangeOf(read));

export const numbers =
  (count?: number): Reader<number[]> =>
  (t) => {
    const parts = t
      .replace(/^\s*[[(]|[\])]\s*$/g, '')
      .split(',')
      .map((p) => num(0)(p));
    if ((count !== undefined && parts.length !== count) || parts.some((p) => p === undefined)) return undefined;
    return parts as number[];
  };
export const oneOf =
  <T extends string>(...values: T[]): Reader<T> =>
  (t) =>
    values.find((v) => v === t.trim());

/** matplotlib's validate_color: names, hex with or without '#', grey levels, 'none'. */
export const color =
  (...specials: string[]): Reader<string> =>
  (t) => {
    const v = t.trim().replace(/^['"]|['"]$/g, '');
    if (specials.includes(v)) return v;
    if (/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(v)) return `#${v}`;
    return tryParseColor(v) ? v : undefined;
  };

const pointSize = num(0.01, 1000);
export const fontSize: Reader<FontSize> = bounded((t) => {
  const v = t.trim();
  if (Object.hasOwn(FONT_SCALINGS, v)) return v;
  return pointSize(v);
}, rangeOf(pointSize));

export const lineStyle: Reader<LineStyle> = (t) => lineStyleOf(t);

/** A comma-separated list of names, as matplotlibrc writes font families (quotes dropped). */
export const nameList: Reader<string[]> = (t) => {
  const names = t
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(',')
    .map((n) => n.trim().replace(/^['"]|['"]$/g, ''))
    .filter((n) => n !== '');
  return names.length ? names : undefined;
};

/** matplotlib's font weights: a name of its weight_dict or a number from 100 to 900. */
const WEIGHTS = [
  'ultralight',
  'light',
  'normal',
  'regular',
  'book',
  'medium',
  'roman',
  'semibold',
  'demibold',
  'demi',
  'bold',
  'heavy',
  'extra bold',
  'black',
];
export const weight: Reader<string> = (t) => {
  const v = t.trim().replace(/^['"]|['"]$/g, '');
  return WEIGHTS.includes(v) || (/^\d+$/.test(v) && Number(v) >= 100 && Number(v) <= 900) ? v : undefined;
};
export const WEIGHT = `a weight: ${WEIGHTS.join(', ')} or 100 to 900`;

/**
 * "cycler('color', ['E24A33', '348ABD'])", "cycler(color=[...]) + cycler(ls=[...])": the property cycle as
 * validate_cycler reads it (cycler.ts), also as a script names it (plt.cycler, mpl.cycler, matplotlib.cycler).
 * A problem with the cycle is a UsageError of its own, which readRcValue places at the key.
 */
export const cycler: Reader<PropCycle> = (t) => (/\bcycler\s*\(/.test(t) ? readCycler(t) : undefined);
