/**
 * plt.axis()'s arguments (Axes.axis in matplotlib 3.6), as a script writes them: limits `[xmin, xmax, ymin,
 * ymax]` or `xmin=..., ymax=...`, or an option: 'on', 'off', 'equal', 'scaled', 'tight', 'auto', 'image',
 * 'square' (also True/False). Read as a call placed after the plots, where scripts put it. Pure.
 */
import { badValue, didYouMean, type FieldPath } from '../errors';
import { parseCallArgs, type PyValue } from '../pycall';
import { shownPy } from './pyplot-calls';
import type { AxesSpec } from './types';

const OPTIONS = ['on', 'off', 'equal', 'scaled', 'tight', 'auto', 'image', 'square'] as const;
type AxisOption = (typeof OPTIONS)[number];
const LIMITS = ['xmin', 'xmax', 'ymin', 'ymax'] as const;
const EXPECTED = `[xmin, xmax, ymin, ymax], xmin=/xmax=/ymin=/ymax=, or one of ${OPTIONS.join(', ')}`;

/**
 * Which of the settings plt.axis() also makes were given on their own (--xlim, --ylim, --aspect). Limits given
 * are kept, as a script's set_xlim() after plt.axis() keeps them; two settings of one thing are refused.
 */
export interface GivenSettings {
  xlim?: boolean;
  ylim?: boolean;
  aspect?: boolean;
}

/** What plt.axis(...) does to an axes, onto `ax`. */
export function applyAxisCall(ax: AxesSpec, given: string | boolean, at: FieldPath, own: GivenSettings = {}): void {
  const apply = (o: AxisOption) => applyOption(ax, o, at, own);
  if (typeof given === 'boolean') return apply(given ? 'on' : 'off');
  const text = given.trim();
  // A bare option, as the command line takes a legend location: --axis off.
  if (/^[A-Za-z]+$/.test(text) && !/^(True|False|None)$/.test(text)) return apply(option(text, at));
  const { positional, keywords } = parseCallArgs(text, at);
  if (positional.length > 1) throw badValue(at, text, `one argument: ${EXPECTED}`);
  // emit= only says whether shared axes hear of the change; they always do here.
  const { emit, ...rest } = keywords;
  if (emit !== undefined && typeof emit !== 'boolean') throw badValue(at, shownPy(emit), 'emit=True or False');
  const [arg] = positional;
  if (arg !== undefined) {
    const other = Object.keys(rest)[0];
    if (other !== undefined) throw badValue(at, text, `axis() with one argument or keywords (${other}= too)`);
    if (typeof arg === 'boolean') return apply(arg ? 'on' : 'off');
    if (typeof arg === 'string') return apply(option(arg, at));
    return applyLimits(ax, limitList(arg, text, at), text, at, own);
  }
  const unknown = Object.keys(rest).find((k) => !(LIMITS as readonly string[]).includes(k));
  if (unknown !== undefined) {
    throw badValue(at, `${unknown}=`, `axis()'s keywords: ${LIMITS.join(', ')}, emit`, didYouMean(unknown, LIMITS));
  }
  const value = (k: (typeof LIMITS)[number]) => (rest[k] === undefined || rest[k] === null ? undefined : rest[k]);
  applyLimits(
    ax,
    LIMITS.map((k) => finite(value(k), text, at, true)),
    text,
    at,
    own,
  );
}

function option(word: string, at: FieldPath): AxisOption {
  const lower = word.toLowerCase();
  if (!(OPTIONS as readonly string[]).includes(lower)) {
    throw badValue(at, word, OPTIONS.join(', '), didYouMean(lower, OPTIONS));
  }
  return lower as AxisOption;
}

function applyOption(ax: AxesSpec, o: AxisOption, at: FieldPath, own: GivenSettings): void {
  if (o === 'on' || o === 'off') {
    if (o === 'off') ax.axisOff = true;
    else delete ax.axisOff;
    return;
  }
  if (own.aspect) {
    // Worded for the command line and a config alike: the aspect option is --aspect or the key aspect.
    throw badValue(at, o, "the aspect set once: by the aspect option or by plt.axis()'s", 'drop one of the two');
  }
  // Every other option starts again from automatic limits and aspect (set_autoscale_on, set_aspect('auto')):
  // the document's own limits go; those given stay, as set_xlim() called after plt.axis() keeps them.
  if (!own.xlim) delete ax.xlim;
  if (!own.ylim) delete ax.ylim;
  delete ax.aspect;
  delete ax.aspectAdjustable;
  delete ax.squareLimits;
  if (o === 'equal') {
    ax.aspect = 1;
    ax.aspectAdjustable = 'datalim';
  } else if (o === 'scaled' || o === 'image' || o === 'square') {
    ax.aspect = 1;
    if (o === 'square') ax.squareLimits = true;
  }
  // 'tight' and 'auto' leave the limits as autoscale makes them, which is what the figure draws; 'tight' and
  // 'image' autoscale tightly (no round numbers), the others not (autoscale_view(tight=False)).
  if (o === 'tight' || o === 'image') ax.autoscaleTight = true;
  else delete ax.autoscaleTight;
}

function limitList(arg: PyValue, text: string, at: FieldPath): (number | undefined)[] {
  if (!Array.isArray(arg) || arg.length !== 4) {
    throw badValue(at, text, `four limits [xmin, xmax, ymin, ymax], or one of ${OPTIONS.join(', ')}`);
  }
  return arg.map((v) => finite(v, text, at, false));
}

function finite(v: PyValue | undefined, text: string, at: FieldPath, optional: boolean): number | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badValue(at, text, `finite limits (${EXPECTED})`);
  return v;
}

/** set_xlim(xmin, xmax) and set_ylim(ymin, ymax), as axis() calls them: an end not given is autoscaled. */
function applyLimits(
  ax: AxesSpec,
  [xmin, xmax, ymin, ymax]: (number | undefined)[],
  text: string,
  at: FieldPath,
  own: GivenSettings,
): void {
  for (const [axis, lo, hi] of [
    ['x', xmin, xmax],
    ['y', ymin, ymax],
  ] as const) {
    if (lo === undefined && hi === undefined) continue;
    if (own[`${axis}lim`]) {
      throw badValue(
        at,
        text,
        `the ${axis} limits set once: by the ${axis}lim option or by plt.axis()`,
        `drop one of the two`,
      );
    }
    // set_xlim(xmin, None): an end not given stays where autoscale puts it.
    ax[`${axis}lim`] = [lo ?? null, hi ?? null];
  }
}
