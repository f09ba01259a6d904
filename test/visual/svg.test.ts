import { describe } from 'node:test';
import { visualSuite } from '../helpers/visual';

describe("figures against matplotlib's: SVG, rasterised at the figure's dpi", () => visualSuite('svg'));
