/** matplotlib's default style (mpl-data/matplotlibrc), in points unless said otherwise. */
export const RC = {
  fontSize: 10,
  titleSize: 12, // 'large'
  labelSize: 10, // 'medium'
  tickLabelSize: 10,
  legendFontSize: 10,
  titlePad: 6,
  labelPad: 4,
  tickSize: 3.5,
  tickWidth: 0.8,
  tickPad: 3.5,
  spineWidth: 0.8,
  lineWidth: 1.5,
  gridColor: '#b0b0b0',
  gridWidth: 0.8,
  gridAlpha: 1,
  /** Axes' autoscale margins, as fractions of the data span. */
  margin: 0.05,
  /** figure.subplot.* as fractions of the figure. */
  subplot: { left: 0.125, right: 0.9, bottom: 0.11, top: 0.88, wspace: 0.2, hspace: 0.2 },
  /** savefig.pad_inches: the padding of a tight bounding box. */
  savefigPadInches: 0.1,
  /** ScalarFormatter's offset text sits this far from the tick labels. */
  offsetTextPad: 3,
  legend: {
    // All in units of the legend's font size.
    borderPad: 0.4,
    labelSpacing: 0.5,
    handleLength: 2,
    handleHeight: 0.7,
    handleTextPad: 0.8,
    borderAxesPad: 0.5,
    roundingSize: 0.2,
    frameAlpha: 0.8,
    edgeColor: '#cccccc',
    faceColor: '#ffffff',
    /** Points. */
    frameWidth: 1,
  },
  /** lines.*_pattern, in multiples of the line width. */
  dashes: { '--': [3.7, 1.6], '-.': [6.4, 1.6, 1, 1.6], ':': [1, 1.65] } as Record<string, number[]>,
} as const;
