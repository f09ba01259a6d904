/**
 * The constants of matplotlib's drawing that are no rcParam (those are in rcparams.ts, the one home of every
 * default a user can change), in points unless said otherwise.
 */
export const RC = {
  /** ScalarFormatter's offset text sits this far from the tick labels (Axis.OFFSETTEXTPAD). */
  offsetTextPad: 3,
  legend: {
    /** The round box's corner radius, in units of the legend's font size (Legend's boxstyle). */
    roundingSize: 0.2,
  },
} as const;
