import { describe } from 'node:test';
import { CASES, visualSuite } from '../helpers/visual';

// The cases are split over two files, so that two test processes share them.
describe("figures against matplotlib's: PNG, and SVG and PDF rasterised at the figure's dpi (2 of 2)", () =>
  visualSuite(CASES.filter((_, i) => i % 2 === 1)));
