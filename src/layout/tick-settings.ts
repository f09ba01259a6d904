/**
 * An axes' tick settings in effect: its tick_params calls (and the label keywords plt.xticks() passes on) over
 * the figure's rcParams, each setting the last call's that gives it, as each call updates the ticks in turn.
 */
import type { TickParamsSpec } from '../spec';
import type { Rc } from '../style/rcparams';

type Switch = Exclude<keyof TickParamsSpec, 'axes' | 'rc' | 'xRotation' | 'yRotation' | 'xAlign' | 'yAlign'>;
type Align = NonNullable<TickParamsSpec['xAlign']>;

export interface TickSettings {
  /** The tick rcParams with this axes' own over the figure's (the figure's own object when none). */
  rc: Rc;
  /** Labels on each side: below and left (label1), above and right (label2). */
  labels: { bottom: boolean; left: boolean; top: boolean; right: boolean };
  /** Marks on each side; top and right mirror the bottom and left ones. */
  marks: { bottom: boolean; left: boolean; top: boolean; right: boolean };
  /** Each axis's labels: turned by degrees anticlockwise, and their own alignment (plt.xticks(ha=...)). */
  x: { angle: number; align: Align };
  y: { angle: number; align: Align };
}

export function tickSettings(params: readonly TickParamsSpec[], rc: Rc): TickSettings {
  // The rc is copied only for an axes that overrides it: laying out is per figure and per tight pass.
  const tickRc: Rc = params.length ? Object.assign({}, rc, ...params.map((t) => t.rc)) : rc;
  const last = (k: Switch, fallback: boolean) => params.reduce<boolean>((v, t) => t[k] ?? v, fallback);
  const angle = (k: 'xRotation' | 'yRotation') => params.reduce((v, t) => t[k] ?? v, 0);
  const align = (k: 'xAlign' | 'yAlign') => params.reduce<Align>((v, t) => ({ ...v, ...t[k] }), {});
  return {
    rc: tickRc,
    labels: {
      bottom: last('xLabels', rc['xtick.labelbottom']),
      left: last('yLabels', rc['ytick.labelleft']),
      top: last('xLabelsTop', rc['xtick.labeltop']),
      right: last('yLabelsRight', rc['ytick.labelright']),
    },
    marks: {
      bottom: last('xMarks', rc['xtick.bottom']),
      left: last('yMarks', rc['ytick.left']),
      top: last('xTop', rc['xtick.top']),
      right: last('yRight', rc['ytick.right']),
    },
    x: { angle: angle('xRotation'), align: align('xAlign') },
    y: { angle: angle('yRotation'), align: align('yAlign') },
  };
}
