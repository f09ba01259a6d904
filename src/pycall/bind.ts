/**
 * A call's arguments bound to its parameters, as Python binds them (positional in order, keywords by name,
 * matplotlib's aliases resolved), and its values shown as Python prints them, for messages.
 */
import { badValue, didYouMean, UsageError, type FieldPath } from '../errors';
import { isTuple, type PyArgs, type PyValue } from './literals';
/** What a call accepts: its positional parameters in order, its keywords, their aliases and known extras. */
export interface CallSignature {
  call: string;
  positional: readonly string[];
  keywords: readonly string[];
  /** matplotlib's short names: lw for linewidth. */
  aliases?: Readonly<Record<string, string>>;
  /** Real keywords of the call that actplot does not support yet (said so, not called unknown). */
  unsupported?: readonly string[];
  /** Keywords a script gives an expression (where=(x > 0)): read as written. */
  expressions?: readonly string[];
  /**
   * The positional arguments after one written so (plot's bare x), or beginning as a pattern says (a range
   * call), are expressions: read as written.
   */
  writtenFrom?: readonly (string | RegExp)[];
}

/** matplotlib's aliases of Line2D properties (Line2D._alias_map), shared by every call that draws lines. */
export const LINE_ALIASES = { c: 'color', ls: 'linestyle', lw: 'linewidth', ms: 'markersize' } as const;

/** The other Line2D properties a script may pass: accepted by matplotlib, not drawn by actplot yet. */
export const LINE_PROPERTIES_NOT_YET = [
  'antialiased',
  'aa',
  'dash_capstyle',
  'dash_joinstyle',
  'drawstyle',
  'ds',
  'fillstyle',
  'gapcolor',
  'marker',
  'markeredgecolor',
  'mec',
  'markeredgewidth',
  'mew',
  'markerfacecolor',
  'mfc',
  'markersize',
  'markevery',
  'path_effects',
  'rasterized',
  'solid_capstyle',
  'solid_joinstyle',
  'transform',
] as const;

/** Arguments bound to parameter names (aliases resolved), or an error naming the one that does not fit. */
export function bindCall(args: PyArgs, sig: CallSignature, at: FieldPath): Record<string, PyValue> {
  if (args.positional.length > sig.positional.length) {
    throw new UsageError(at, {
      problem: `${sig.call}() takes at most ${sig.positional.length} positional arguments (${sig.positional.join(', ')}); got ${args.positional.length}`,
    });
  }
  const bound: Record<string, PyValue> = Object.create(null) as Record<string, PyValue>;
  const accepted = [...sig.positional, ...sig.keywords].filter((k) => !sig.unsupported?.includes(k));
  const notYet = (given: string) =>
    new UsageError([...at, given], {
      problem: `${sig.call}(${given}=...) is matplotlib's, but actplot does not draw it yet; accepted: ${accepted.join(', ')}`,
    });
  args.positional.forEach((v, i) => {
    // A positional argument actplot does not draw (scatter's cmap), given other than None.
    if (sig.unsupported?.includes(sig.positional[i]) && v !== null) throw notYet(sig.positional[i]);
    bound[sig.positional[i]] = v;
  });
  for (const [given, v] of Object.entries(args.keywords)) {
    const name = sig.aliases?.[given] ?? given;
    if (sig.unsupported?.includes(given) || sig.unsupported?.includes(name)) throw notYet(given);
    if (!sig.keywords.includes(name) && !sig.positional.includes(name)) {
      const all = [...sig.positional, ...sig.keywords];
      throw badValue([...at, given], given, `a keyword of ${sig.call}(): ${all.join(', ')}`, didYouMean(given, all));
    }
    if (name in bound) {
      throw new UsageError([...at, name], { problem: `${sig.call}() got ${name} twice (by position, or by alias)` });
    }
    bound[name] = v;
  }
  return bound;
}

/** A value as Python would print it, for messages. */
export function shownPy(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v) && !isTuple(v) && v.length) return `[${v.map(shownPy).join(', ')}]`;
  if (Array.isArray(v)) return v.length === 1 ? `(${shownPy(v[0])},)` : `(${v.map(shownPy).join(', ')})`;
  if (typeof v === 'object') return '{...}';
  return String(v);
}
