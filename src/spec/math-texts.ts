/**
 * Every text of a figure that holds $...$ math is checked against mathtext's grammar before anything is drawn,
 * so that a command matplotlib would refuse ends the run with one line naming it, as the other bad values do.
 */
import { badValue, editDistance, type FieldPath } from '../errors';
import type { FigureSpec } from './types';

/** A figure's texts with the option each came from. */
function textsOf(fig: FigureSpec): [string | undefined, FieldPath][] {
  const texts: [string | undefined, FieldPath][] = [[fig.suptitle?.text, ['suptitle']]];
  texts.push([fig.supxlabel?.text, ['supxlabel']], [fig.supylabel?.text, ['supylabel']]);
  texts.push([fig.figureLegend?.style.title, ['figlegend']]);
  fig.texts?.forEach((t, k) => texts.push([t.text, ['figtext', k]]));
  fig.figureLegend?.style.labels?.forEach((t, k) => texts.push([t, ['figlegend', 'labels', k]]));
  fig.axes.forEach((ax, i) => {
    const at = (...rest: (string | number)[]): FieldPath => ['panels', i, ...rest];
    texts.push([ax.title, at('title')], [ax.xlabel, at('xlabel')], [ax.ylabel, at('ylabel')]);
    ax.otherTitles?.forEach((t, k) => texts.push([t.text, at('title', k)]));
    texts.push([ax.legendStyle?.title, at('legend')]);
    ax.legendStyle?.labels?.forEach((t, k) => texts.push([t, at('legend', 'labels', k)]));
    ax.curves.forEach((c, k) => texts.push([c.label, at('label', k)]));
    for (const axis of ['x', 'y'] as const)
      ax[`${axis}tickLabels`]?.forEach((t) => texts.push([t, at(`${axis}ticks`)]));
    ax.texts?.forEach((t, k) => texts.push([t.text, at('text', k)]));
    ax.annotations?.forEach((t, k) => texts.push([t.text, at('annotate', k)]));
    ax.refLines?.forEach((r, k) => texts.push([r.label, at('axhline', k)]));
    ax.segments?.forEach((r, k) => texts.push([r.label, at('hlines', k)]));
    ax.spans?.forEach((r, k) => texts.push([r.label, at('axhspan', k)]));
    ax.fills?.forEach((r, k) => texts.push([r.label, at('fillBetween', k)]));
  });
  return texts;
}

export function validateMathTexts(fig: FigureSpec): void {
  // text.parse_math False: dollar signs are characters like any other, nothing is typeset.
  if (fig.rc?.['text.parse_math'] === false) return;
  const texts = textsOf(fig).filter((t): t is [string, FieldPath] => typeof t[0] === 'string' && t[0].includes('$'));
  if (!texts.length) return;
  // The grammar is loaded only for a figure with math in it.
  const { isMathText, parseMathText, MathSyntaxError, knownCommands } =
    require('../mathtext/parse') as typeof import('../mathtext/parse');
  const fontset = fig.rc?.['mathtext.fontset'];
  for (const [text, field] of texts) {
    if (!isMathText(text)) continue;
    const slant = slanted(fig, field);
    if (slant) {
      throw badValue(
        slant.at,
        slant.angle,
        `0 or 90 degrees for ${JSON.stringify(text)}, which holds math`,
        "math at other angles is matplotlib's, not drawn yet",
      );
    }
    if (fontset === 'stixsans' || fontset === 'custom') {
      throw badValue(
        ['rc', 'mathtext.fontset'],
        fontset,
        'dejavusans, dejavuserif, stix or cm for a figure with math (the stixsans and custom fontsets are not drawn yet)',
        `a style sets it; --rc mathtext.fontset=dejavusans after --style keeps the style and draws ${field.at(-1)}'s math`,
      );
    }
    try {
      parseMathText(text);
    } catch (err) {
      if (!(err instanceof MathSyntaxError)) throw err;
      throw badValue(
        field,
        text,
        `math that matplotlib's mathtext reads: ${err.message}`,
        suggestion(err, knownCommands),
      );
    }
  }
}

/** The rotation of the text at `field` and where it was given, when it is neither 0 nor 90 degrees. */
function slanted(fig: FigureSpec, field: FieldPath): { at: FieldPath; angle: number } | undefined {
  const [, i, key, k] = field;
  const ax = typeof i === 'number' ? fig.axes[i] : undefined;
  if (!ax) return undefined;
  const off = (angle: number | undefined): angle is number => !!angle && angle !== 90;
  const own =
    typeof k !== 'number'
      ? undefined
      : key === 'text'
        ? ax.texts?.[k]?.rotation
        : key === 'annotate'
          ? ax.annotations?.[k]?.rotation
          : key === 'title'
            ? ax.otherTitles?.[k]?.style.rotation
            : undefined;
  const label =
    (key === 'title' || key === 'xlabel' || key === 'ylabel') && typeof k !== 'number'
      ? ax.labelStyles?.[key]?.rotation
      : undefined;
  for (const angle of [label, own]) if (off(angle)) return { at: [...field, 'rotation'], angle };
  if (key === 'xticks' || key === 'yticks') {
    const which = key === 'xticks' ? 'xRotation' : 'yRotation';
    const angle = (ax.tickParams ?? []).reduce<number | undefined>((v, t) => t[which] ?? v, undefined);
    if (off(angle)) return { at: [...field, 'rotation'], angle };
  }
  return undefined;
}

function suggestion(err: { message: string; symbol?: string }, known: () => string[]): string {
  const sym = err.symbol;
  if (sym === '\\text') return 'mathtext has no \\text; write \\mathrm{...} for upright words';
  if (/nested more than/.test(err.message)) return 'split the formula, or nest fewer braces and scripts';
  if (/Unbalanced/.test(err.message)) return 'every { needs its }, and a literal brace is \\{ or \\}';
  if (/'\$'/.test(err.message)) return 'escape a literal dollar sign as \\$';
  if (!sym?.startsWith('\\')) return 'the README lists what mathtext reads; \\$ is a literal dollar sign';
  const [best] = known()
    .map((k) => [k, editDistance(sym, k)] as const)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return best && best[1] <= Math.max(2, sym.length / 3)
    ? `did you mean ${best[0]}?`
    : 'see the README for the commands mathtext reads';
}
