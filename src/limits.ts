/**
 * Every limit on what actplot accepts, in one place (README's "Limits" lists them). Each keeps one figure,
 * config or evaluation within seconds and well under a gigabyte on a 2-core machine (npm run bench measures
 * the worst accepted cases), so that a mistaken or hostile input is refused at once instead of swapping the
 * machine.
 */

/** Figure canvases: the longest side (Cairo's limit), in pixels for PNG and points for SVG and PDF. */
export const MAX_SIDE = 32767;
/** A PNG's pixels: 100 megapixels is a 400 MB canvas. */
export const MAX_PIXELS = 100_000_000;
/** Resolutions, in dots per inch. */
export const DPI_RANGE: readonly [number, number] = [1, 10000];
/** Subplots in one figure. */
export const MAX_PANELS = 100;
/** fill_between draws a polygon through every sample: 24 bytes a point for x and its two bounds. */
export const MAX_FILL_POINTS = 1_000_000;
/** np.gradient curves are drawn through every sample (differences of neighbours, not reduced per column). */
export const MAX_GRADIENT_POINTS = 1_000_000;
/** Markers are drawn one by one: a line's at most. */
export const MAX_MARKERS = 100_000;
/** Points of one plt.plot(x, y) of data (--plot): drawn as given, one by one. */
export const MAX_PLOT_POINTS = 100_000;
/** Curves in one figure, derivatives included: a thousand take about 4 s and 500 MB to draw. */
export const MAX_CURVES = 500;
/** Entries in axes.prop_cycle (products and repeats multiply them): more than any figure's lines need. */
export const MAX_CYCLE_ENTRIES = 10_000;
/** Tick positions given explicitly, in one figure. */
export const MAX_TICKS = 20_000;
/** Characters of one text (title, label, legend entry), and of all of a figure's texts. */
export const MAX_TEXT = 10_000;
export const MAX_FIGURE_TEXT = 100_000;

/** Points of one curve. */
export const MAX_POINTS = 50_000_000;
/**
 * A figure's evaluation work: the sum over its curves of points times the curve's cost (a registered function
 * counts FUNCTION_COST; an expression one per operator and operand, 2 per elementary function, 4 per power
 * and twice FUNCTION_COST per registered function it calls). At most about 24 ns a unit on a 2-core machine
 * (measured for the costliest functions and expressions), so the largest accepted figure evaluates in 5 s.
 */
export const MAX_WORK = 200_000_000;
export const FUNCTION_COST = 5;
/** Expressions: characters and levels of nesting. */
export const MAX_EXPRESSION_LENGTH = 2000;
export const MAX_EXPRESSION_DEPTH = 100;
/** Braces, scripts and commands inside one another in a text's math (matplotlib's parser overflows Python's stack). */
export const MAX_MATH_DEPTH = 100;
/**
 * Points `eval` prints: printing a double in its shortest exact form takes 0.3-0.4 µs, so a point with its
 * derivative takes about 2 µs, and 2e6 points (120 MB of CSV) about 4 s.
 */
export const MAX_EVAL_POINTS = 2_000_000;
/** `eval`'s evaluation work (as MAX_WORK's, doubled with the derivative, which is computed apart): 2.5 s. */
export const MAX_EVAL_WORK = 100_000_000;

/** Config files: bytes, levels of nesting, values after YAML aliases are expanded, figures. */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;
export const MAX_CONFIG_DEPTH = 32;
export const MAX_CONFIG_VALUES = 1_000_000;
export const MAX_FIGURES = 10_000;
/** The render manifest: a larger one is not ours to trust, and is started afresh. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
