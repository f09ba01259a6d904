/**
 * LinearLocator against matplotlib 3.6: tick_values(vmin, vmax) and view_limits under round_numbers, the
 * numbers matplotlib printed for each case (ticker.LinearLocator(numticks), rc_context round_numbers).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linearLocatorTicks, linearViewLimits } from '../../src/layout/linear-locator';
import { buildFigure } from '../../src/spec/build';

// [vmin, vmax, numticks, tick_values, view_limits], as matplotlib 3.6 printed them.
const CASES: [number, number, number, number[], [number, number]][] = [
  [
    -1.0999,
    1.0998,
    11,
    [
      -1.0999, -0.8799300000000001, -0.6599600000000001, -0.4399900000000001, -0.2200200000000001,
      -5.0000000000105516e-5, 0.2199199999999999, 0.4398899999999999, 0.6598599999999999, 0.8798299999999999, 1.0998,
    ],
    [-1.1, 1.1],
  ],
  [
    -1.0999,
    1.0998,
    5,
    [-1.0999, -0.5499750000000001, -5.0000000000105516e-5, 0.5498749999999999, 1.0998],
    [-1.25, 1.25],
  ],
  [0, 1, 4, [0.0, 0.3333333333333333, 0.6666666666666666, 1.0], [0.0, 1.0]],
  [-7, 7, 6, [-7.0, -4.2, -1.4000000000000004, 1.3999999999999986, 4.199999999999999, 7.0], [-7.0, 7.0]],
  [3, 3, 5, [2.85, 2.925, 3.0, 3.075, 3.15], [2.0, 4.0]],
  [
    0.1,
    1e5,
    7,
    [0.1, 16666.749999999996, 33333.399999999994, 50000.049999999996, 66666.7, 83333.34999999999, 100000.0],
    [0.0, 101087.99999999999],
  ],
  [-2.5, 0.3, 3, [-2.5, -1.1, 0.3], [-3.0, 1.0]],
];

describe('LinearLocator as matplotlib 3.6 places its ticks and rounds the view', () => {
  for (const [vmin, vmax, n, ticks, view] of CASES) {
    it(`LinearLocator(${n}) over (${vmin}, ${vmax})`, () => {
      assert.deepEqual(linearLocatorTicks(vmin, vmax, n), ticks);
      assert.deepEqual(linearViewLimits(vmin, vmax, n), view);
    });
  }
  it('no ticks for 0; fewer than 3 under round_numbers refused, as matplotlib raises ZeroDivisionError', () => {
    assert.deepEqual(linearLocatorTicks(0, 1, 0), []);
    const axes = (rc: Record<string, string>, n: string) =>
      buildFigure({ rc, panels: [{ curves: [{ function: 'relu' }], xticks: `LinearLocator(${n})` }] }).axes[0];
    assert.deepEqual(axes({}, '2').xlocator, { kind: 'linear', numticks: 2 });
    assert.deepEqual(axes({}, 'None').xlocator, { kind: 'linear', numticks: 11 });
    assert.throws(() => axes({ 'axes.autolimit_mode': 'round_numbers' }, '2'), /ZeroDivisionError/);
    assert.throws(() => axes({}, '2.5'), /numticks: got '2\.5'; expected a whole number of ticks/);
    assert.throws(
      () => axes({}, '5, presets={}'),
      /presets=\.\.\.\) is matplotlib's, but actplot does not draw it yet/,
    );
  });
});
