/**
 * The ranges a script samples (x = np.linspace(...), t = torch.arange(...)): which one a plot is drawn over, and
 * a plot's arguments rewritten to draw over its own range where it is not its axes' first (spec/script.ts).
 */
import { UsageError, type FieldPath } from '../errors';
import { withoutConversions } from '../functions/conversions';
import { argumentTexts, outsideStrings, splitOutside } from '../pycall';
import { sample } from '../data/sampling';
import { ownSampling, RANGE_OPENING } from './x-call';

/** A sampled range under a name: `t = torch.linspace(-5, 5, 101)` (the name, the call). */
export const RANGE_LINE = new RegExp(String.raw`^\s*([A-Za-z_]\w*)\s*=\s*(${RANGE_OPENING}[^]*)$`);
/** A call that draws over x: plot(), scatter(), fill_between(), step(). */
export const PLOT_CALL = /\.(?:plot|scatter|fill_between|step)\s*\(/;

/** The ranges a statement names, outside its strings (label='x < 0' names none). */
export function rangesNamed(statement: string, ranges: ReadonlyMap<string, unknown>): string[] {
  const code = outsideStrings(
    statement,
    (part) => part,
    () => "''",
  );
  return [...ranges.keys()].filter((name) => new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code));
}

/** The name a plot's first argument gives: plt.plot(t, ...), ax.plot(t.numpy(), ...). */
export const PLOTTED_OVER =
  /\.(?:plot|scatter|fill_between|step)\s*\(\s*([A-Za-z_]\w*)\s*(?:\.\s*(?:numpy|detach|cpu)\(\s*\)\s*)*[,)]/;

/**
 * A plot()'s arguments with its x, the range read as x, written as the range's call: the curve drawn over it
 * rather than over its axes' first range (plot-call.ts reads plot(np.linspace(0, 5, 50), x**2)).
 */
export function overOwnRange(args: string, call: string, at: FieldPath): string {
  const parts = splitOutside(withoutConversions(args), ',');
  if (parts[0] !== 'x') {
    throw new UsageError(at, { problem: `a plot over ${call}: its x first, as plot(t, f(t)) names it` });
  }
  return [call, ...parts.slice(1)].join(', ');
}

/** plot(x) or plot(x, 'r--', ...): the range alone, which plot() draws against 0, 1, 2... */
export function alone(args: string): boolean {
  const { positional } = argumentTexts(withoutConversions(args));
  return positional[0] === 'x' && (positional.length === 1 || (positional.length === 2 && /^['"]/.test(positional[1])));
}

/** A range's smallest or largest value, or its first or last: x.min(), np.max(x), x[0], x[-1]. */
const EXTREME = new RegExp(
  String.raw`(?<![\w.])([A-Za-z_]\w*)\.(min|max)\(\s*\)(?:\.item\(\s*\))?` +
    String.raw`|(?<![\w.])(?:np|numpy|torch)\.(min|max|amin|amax)\(\s*([A-Za-z_]\w*)\s*\)` +
    String.raw`|(?<![\w.])([A-Za-z_]\w*)\[\s*(0|-1)\s*\]`,
  'g',
);

/**
 * A statement with the extremes of a sampled range or of a value over it (`ax.set_xlim(x.min(), x.max())`,
 * `ylim(s.min() - 0.1, ...)`, `lo = x[0]`) as the numbers they are; `valuesOf` gives a name's values, or
 * undefined for a name that is neither.
 */
export function withRangeExtremes(
  statement: string,
  valuesOf: (name: string) => ArrayLike<number> | undefined,
): string {
  if (!/\.(?:min|max)\(|\b(?:np|numpy|torch)\.a?(?:min|max)\(|\[\s*-?[01]\s*\]/.test(statement)) return statement;
  const extremes = (part: string) =>
    part.replace(EXTREME, (whole, a?: string, am?: string, fn?: string, b?: string, c?: string, index?: string) => {
      const values = valuesOf((a ?? b ?? c)!);
      if (!values?.length) return whole;
      const which = am ?? fn?.replace(/^a/, '');
      let v = values[index === '-1' ? values.length - 1 : 0];
      for (let i = 0; i < values.length && which !== undefined; i++) {
        v = which === 'min' ? Math.min(v, values[i]) : Math.max(v, values[i]);
      }
      // numpy's min of values with a NaN is nan, which no limit takes: left for the reader to refuse.
      return Number.isFinite(v) ? String(v) : whole;
    });
  // An f-string's fields with a format are code too: f'on [{x.min():.1f}, {x.max():.1f}]'. (A bare {x.min()}
  // prints as its type does, -3 for numpy's whole numbers and -3.0 for floats: left for the reader to refuse.)
  const fString = (quoted: string, before: string) =>
    /(?:^|[^\w])[rR]?[fF][rR]?$/.test(before)
      ? quoted.replace(
          /(?<!\{)\{([^{}:!]+)(:[^{}]*)\}(?!\})/g,
          (_, expr: string, spec: string) => `{${extremes(expr)}${spec}}`,
        )
      : quoted;
  return outsideStrings(statement, extremes, fString);
}

/** A range call's values, or undefined where it is not a range actplot samples. */
export function rangeValues(call: string): Float64Array | undefined {
  try {
    return sample(ownSampling(call, ['x']));
  } catch {
    return undefined;
  }
}
