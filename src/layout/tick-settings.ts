/**
 * An axes' tick settings in effect: its tick_params calls (and the label keywords plt.xticks() passes on) over
 * the figure's rcParams, each setting the last call's that gives it, as each call updates the ticks in turn.
 * The major and the minor ticks have their own marks and labels on each side (tick_params(which=...)).
 */
import type { TickParamsSpec } from '../spec';
import type { Rc } from '../style/rcparams';

type Switch = Exclude<
  keyof TickParamsSpec,
  'axes' | 'rc' | 'which' | 'grid' | 'xRotation' | 'yRotation' | 'xAlign' | 'yAlign'
>;
type Align = NonNullable<TickParamsSpec['xAlign']>;

/** Something on each side of the axes: below and left (label1, tick1), above and right (label2, tick2). */
export interface Sides {
  bottom: boolean;
  left: boolean;
  top: boolean;
  right: boolean;
}

export interface TickSettings {
  /** The tick rcParams with this axes' own over the figure's (the figure's own object when none). */
  rc: Rc;
  /**
   * The same without what changed the labels' Text objects alone (plt.xticks(fontsize=8)): the tick space the
   * automatic locator counts with (Axis.get_tick_space reads the axis's tick keywords, not the labels).
   */
  locatingRc: Rc;
  /** The major ticks' labels on each side. */
  labels: Sides;
  /**
   * The major labels a tick_params() call turned on itself (labelleft=True): shown on an axes whose shared axis
   * hides them, as a call after plt.subplots(sharey=True) brings back what its label_outer took.
   */
  labelsAsked: Sides;
  /** The major ticks' marks on each side; top and right mirror the bottom and left ones. */
  marks: Sides;
  /** The minor ticks' own (a log axis's minor labels; the minor marks). */
  minorLabels: Sides;
  minorMarks: Sides;
  /** Each axis's labels: turned by degrees anticlockwise, and their own alignment (plt.xticks(ha=...)). */
  x: { angle: number; align: Align };
  y: { angle: number; align: Align };
}

export type TickKind = 'major' | 'minor';

/**
 * _AxesBase.clear's two tick_params calls: a side's marks and labels of each kind are on where both the side's
 * rcParam and the kind's side rcParam say so (xtick.top and xtick.minor.top; xtick.labeltop and xtick.minor.top).
 */
function rcSides(rc: Rc, kind: TickKind): { marks: Sides; labels: Sides } {
  const x = (side: 'top' | 'bottom') => rc[`xtick.${kind}.${side}`];
  const y = (side: 'left' | 'right') => rc[`ytick.${kind}.${side}`];
  return {
    marks: {
      bottom: rc['xtick.bottom'] && x('bottom'),
      left: rc['ytick.left'] && y('left'),
      top: rc['xtick.top'] && x('top'),
      right: rc['ytick.right'] && y('right'),
    },
    labels: {
      bottom: rc['xtick.labelbottom'] && x('bottom'),
      left: rc['ytick.labelleft'] && y('left'),
      top: rc['xtick.labeltop'] && x('top'),
      right: rc['ytick.labelright'] && y('right'),
    },
  };
}

export function tickSettings(params: readonly TickParamsSpec[], rc: Rc): TickSettings {
  // The rc is copied only for an axes that overrides it: laying out is per figure and per tight pass.
  const tickRc: Rc = params.length ? Object.assign({}, rc, ...params.map((t) => t.rc)) : rc;
  const locatingRc: Rc = params.some((t) => t.labelsOnly)
    ? Object.assign({}, rc, ...params.filter((t) => !t.labelsOnly).map((t) => t.rc))
    : tickRc;
  const sides = (kind: TickKind) => {
    // A call without `which` (set_ticks_position's, a twin's) sets both kinds.
    const calls = params.filter((t) => (t.which ?? kind) === kind);
    const last = (k: Switch, fallback: boolean) => calls.reduce<boolean>((v, t) => t[k] ?? v, fallback);
    const start = rcSides(rc, kind);
    return {
      labels: {
        bottom: last('xLabels', start.labels.bottom),
        left: last('yLabels', start.labels.left),
        top: last('xLabelsTop', start.labels.top),
        right: last('yLabelsRight', start.labels.right),
      },
      marks: {
        bottom: last('xMarks', start.marks.bottom),
        left: last('yMarks', start.marks.left),
        top: last('xTop', start.marks.top),
        right: last('yRight', start.marks.right),
      },
    };
  };
  const angle = (k: 'xRotation' | 'yRotation') => params.reduce((v, t) => t[k] ?? v, 0);
  const align = (k: 'xAlign' | 'yAlign') => params.reduce<Align>((v, t) => ({ ...v, ...t[k] }), {});
  const major = sides('major');
  const asked = (k: Switch) => params.some((t) => (t.which ?? 'major') === 'major' && t[k] !== undefined);
  const minor = sides('minor');
  return {
    rc: tickRc,
    locatingRc,
    labels: major.labels,
    marks: major.marks,
    labelsAsked: {
      bottom: major.labels.bottom && asked('xLabels'),
      left: major.labels.left && asked('yLabels'),
      top: major.labels.top && asked('xLabelsTop'),
      right: major.labels.right && asked('yLabelsRight'),
    },
    minorLabels: minor.labels,
    minorMarks: minor.marks,
    x: { angle: angle('xRotation'), align: align('xAlign') },
    y: { angle: angle('yRotation'), align: align('yAlign') },
  };
}
