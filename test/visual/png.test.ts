import { describe } from 'node:test';
import { visualSuite } from '../helpers/visual';

describe("figures against matplotlib's: PNG", () => visualSuite('png'));
