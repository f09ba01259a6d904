/**
 * A plot of the points a boolean mask keeps, `plt.plot(x[x < 0], y[x < 0])`, as the plot over the whole range
 * with the other points left out: `plt.plot(x, np.where(x < 0, y, np.nan))`. Pure: text in, text out.
 *
 * The two draw the same where the mask keeps one run of the range's samples: matplotlib joins a masked array's
 * points from one to the next, and breaks a line at a NaN, and its data limits leave out a NaN point as they
 * leave out a point the mask drops. A mask of the range against numbers, joined by `&`, keeps an interval of it,
 * so one run of a sorted range; any other mask (`|`, a mask of y) is left as written, to be refused.
 */
import {
  argumentTexts,
  closingParen,
  isPyNumber,
  joinedArguments,
  subscripted,
  topLevelIndex,
  unwrapped,
} from '../pycall';

/** Whether a mask keeps an interval of the range `name`: comparisons of it with numbers, joined by &. */
export function isIntervalMask(mask: string, name: string, depth = 0): boolean {
  const t = unwrapped(mask);
  const and = topLevelIndex(t, 0, (k) => t[k] === '&');
  if (and >= 0) {
    return (
      depth < 20 &&
      isIntervalMask(t.slice(0, and), name, depth + 1) &&
      isIntervalMask(t.slice(and + 1), name, depth + 1)
    );
  }
  const m = /^([^<>=!]+?)\s*(<=|>=|<|>)\s*([^<>=!]+)$/.exec(t);
  if (!m) return false;
  const [left, right] = [m[1].trim(), m[3].trim()];
  return (left === name && isPyNumber(right)) || (right === name && isPyNumber(left));
}

/**
 * A plot call's arguments `R[M], B[M], ...` (R a range's name, M an interval mask of it, the same for both, or
 * a name `maskOf` gives such a mask for) as `R, np.where(M, B, np.nan), ...`; undefined for any other.
 */
export function unmaskedPlotArgs(
  args: string,
  ranges: ReadonlySet<string>,
  maskOf: (name: string) => string | undefined = () => undefined,
): string | undefined {
  const { positional, keywords } = argumentTexts(args);
  const [first, second] = positional.map(subscripted);
  if (!first || !second || !ranges.has(first.base)) return undefined;
  const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  if (!same(first.index, second.index)) return undefined;
  const mask = /^[A-Za-z_]\w*$/.test(first.index) ? maskOf(first.index) : first.index;
  if (mask === undefined || !isIntervalMask(mask, first.base)) return undefined;
  return joinedArguments(
    [first.base, `np.where(${unwrapped(mask)}, ${second.base}, np.nan)`, ...positional.slice(2)],
    keywords,
  );
}

/** A statement with its plot() call's masked arguments written as unmaskedPlotArgs() writes them. */
export function withUnmaskedPlot(
  statement: string,
  ranges: ReadonlySet<string>,
  maskOf?: (name: string) => string | undefined,
): string {
  const call = /\.plot\s*\(/.exec(statement);
  if (!call || !statement.includes('[')) return statement;
  const open = call.index + call[0].length - 1;
  const close = closingParen(statement, open);
  if (close < 0) return statement;
  const made = unmaskedPlotArgs(statement.slice(open + 1, close), ranges, maskOf);
  return made === undefined ? statement : statement.slice(0, open + 1) + made + statement.slice(close);
}
