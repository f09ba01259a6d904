/**
 * An axes' ticks along one axis, labelled: the locator's (or a log axis's LogLocator's) in view, each label its
 * formatter's (the rc's ScalarFormatter with ticklabel_format over it, or set_major_formatter's), and the offset
 * text; and the map from data to canvas along an axis.
 */
import { isSymlog, type AxesSpec, type FormatterSpec, type ScalarFormatSpec, type ScaleSpec } from '../spec';
import type { Rc } from '../style/rcparams';
import { locatorRc, ticksFor } from './axis';
import type { FormatterRc } from './ticks';

/* Loaded for an axes that has a log or symlog scale: a linear figure starts without them. */
const logScale = () => require('./log-scale') as typeof import('./log-scale');
const symlogScale = () => require('./symlog-scale') as typeof import('./symlog-scale');
/* A script's tick formatter (and Python's formatting it needs), loaded for an axis given one. */
const formatters = () => require('./formatters') as typeof import('./formatters');

/**
 * An axes' ticker: the ticks of either axis in view with their labels, its minor ticks and its offset text. The
 * locators' and formatters' rc is read once an axes, here.
 */
export function axisTicker(spec: AxesSpec, tickRc: Rc, rc: Rc) {
  const locating = locatorRc(rc);
  const logRc = { ...locating, minExponent: rc['axes.formatter.min_exponent'] };
  const formatter = formatterRc(rc);
  return (axis: 'x' | 'y', lim: [number, number], lengthPt: number, labelPoints: number) => {
    const scale = spec[`${axis}scale`];
    const [fixed, fixedLabels] = [spec[`${axis}ticks`], spec[`${axis}tickLabels`]];
    const located = scale
      ? isSymlog(scale)
        ? symlogScale().symlogAxisTicks(scale, lim, fixed, fixedLabels, logRc)
        : logScale().logAxisTicks(axis, scale, lim, lengthPt, labelPoints, fixed, fixedLabels, logRc)
      : ticksFor(
          axis,
          spec[`${axis}ticks`] ?? spec[`${axis}locator`],
          lim,
          lengthPt,
          labelPoints,
          scalarFormatter(formatter, spec[`${axis}format`]),
          spec[`${axis}minorLocator`] ?? tickRc[`${axis}tick.minor.visible`],
          spec[`${axis}tickLabels`],
          locating,
        );
    return withFormatter(located, spec[`${axis}formatter`], lim, rc);
  };
}

/** ScalarFormatter's settings in the rc. */
const formatterRc = (rc: Rc): FormatterRc => ({
  limits: rc['axes.formatter.limits'],
  useOffset: rc['axes.formatter.useoffset'],
  offsetThreshold: rc['axes.formatter.offset_threshold'],
  unicodeMinus: rc['axes.unicode_minus'],
  useMathText: rc['axes.formatter.use_mathtext'],
});

/** The axis's ScalarFormatter: the rc's settings, with ticklabel_format's over them. */
function scalarFormatter(rc: FormatterRc, own: ScalarFormatSpec | undefined): FormatterRc {
  if (!own) return rc;
  return {
    ...rc,
    ...(own.limits && { limits: own.limits }),
    ...(own.useOffset !== undefined && { useOffset: own.useOffset }),
    ...(own.offset !== undefined && { fixedOffset: own.offset }),
    ...(own.useMathText !== undefined && { useMathText: own.useMathText }),
    ...(own.scientific !== undefined && { scientific: own.scientific }),
  };
}

/**
 * set_major_formatter: the major ticks labelled by the formatter, in order (pos counts the ticks in view, as
 * Axis passes it), and no offset text; the minor ticks' labels (a log axis's) stay.
 */
function withFormatter<T extends { ticks: { value: number; label: string; minor?: boolean }[]; offset: string }>(
  axis: T,
  formatter: FormatterSpec | undefined,
  lim: [number, number],
  rc: Rc,
): T {
  if (!formatter) return axis;
  const format = formatters().formatterOf(formatter, {
    viewRange: Math.abs(lim[1] - lim[0]),
    unicodeMinus: rc['axes.unicode_minus'],
  });
  let pos = 0;
  const ticks = axis.ticks.map((t) => (t.minor ? t : { ...t, label: format(t.value, pos++) }));
  return { ...axis, ticks, offset: '' };
}

/**
 * Data to canvas along one axis, from `start` (the low limit's end) to `end`: linear, or the scale's transform
 * of the value (LogTransform, SymmetricalLogTransform). The linear map is its own function: it runs for every
 * sample of every curve.
 */
export function axisMap(lim: [number, number], start: number, end: number, scale?: ScaleSpec): (v: number) => number {
  if (!scale) return (v) => start + ((v - lim[0]) / (lim[1] - lim[0])) * (end - start);
  const { symlogOf } = symlogScale();
  const { logOf } = logScale();
  const transform = isSymlog(scale) ? (v: number) => symlogOf(v, scale) : (v: number) => logOf(v, scale);
  const [t0, t1] = [transform(lim[0]), transform(lim[1])];
  return (v) => start + ((transform(v) - t0) / (t1 - t0)) * (end - start);
}
