/**
 * `npm run test:unit` runs its files in two processes instead of one each: a test file is a few tenths of a second
 * of Node start-up and module loading and a few hundredths of testing, so sharing one process is most of the
 * speed. The contracts with matplotlib and PyTorch here (the 'best' legend's long curves lead: the longest file),
 * the pure modules' unit tests in units.test.ts. `npm test` runs the two groups the same way.
 */
import '../contract/legend-best.test';
import '../contract/legend-anchor.test';
import '../contract/rc-styles.test';
import '../contract/prop-cycle.test';
import '../contract/expressions.test';
import '../contract/font-reader.test';
import '../contract/functions.test';
import '../contract/low-precision.test';
import '../contract/glyph-runs.test';
import '../contract/sampling.test';
import '../contract/numpy-gradient.test';
import '../contract/ticks.test';
import '../contract/py-format.test';
import '../contract/tight-layout.test';
import '../contract/fill-stamp.test';
import '../contract/torch-repr.test';
import '../contract/torch-signatures.test';
import '../contract/annotate-arrows.test';
import '../contract/mathtext.test';
import '../contract/hinting.test';
import '../contract/hinted-outlines.test';
import '../contract/svg-groups.test';
import '../contract/chartjs-line.test';
