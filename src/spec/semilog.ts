/**
 * matplotlib's semilogx, semilogy and loglog: plot() with its arguments, on axes whose x, y or both are made
 * log-scaled first (Axes.semilogy sets set_yscale('log', base=, subs=, nonpositive=) with those of its keywords,
 * then plots with the rest). A script's call is read as those two statements. Pure.
 */
import { argumentTexts, closingParen, joinedArguments } from '../pycall';

const CALL = /^(\s*)((?:[A-Za-z_]\w*(?:\[[^\]]*\])*\.)+)(semilogx|semilogy|loglog)\s*\(/;
const SCALE_KEYWORDS = ['base', 'subs', 'nonpositive'];

/** The statements a semilog call is, in matplotlib's order (scales, then plot); undefined for any other. */
export function semilogStatements(statement: string): string[] | undefined {
  const m = CALL.exec(statement);
  if (!m) return undefined;
  const close = closingParen(statement, m[0].length - 1);
  if (close < 0 || statement.slice(close + 1).trim() !== '') return undefined;
  const [indent, object, method] = [m[1], m[2], m[3]];
  const { positional, keywords } = argumentTexts(statement.slice(m[0].length, close));
  const scale = new Map([...keywords].filter(([k]) => SCALE_KEYWORDS.includes(k)));
  const plot = new Map([...keywords].filter(([k]) => !SCALE_KEYWORDS.includes(k)));
  const pyplot = object === 'plt.';
  const axes = method === 'loglog' ? ['x', 'y'] : [method === 'semilogx' ? 'x' : 'y'];
  const scales = axes.map(
    (a) => `${indent}${object}${pyplot ? '' : 'set_'}${a}scale(${joinedArguments(["'log'"], scale)})`,
  );
  return [...scales, `${indent}${object}plot(${joinedArguments(positional, plot)})`];
}
