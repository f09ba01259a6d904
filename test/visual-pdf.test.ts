import { describe } from 'node:test';
import { visualSuite } from './helpers/visual';

describe("figures against matplotlib's: PDF, rasterised at the figure's dpi", () => visualSuite('pdf'));
