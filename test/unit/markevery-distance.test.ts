/**
 * markevery as a distance (Line2D._mark_every_path with a float): worked by hand on straight lines, where a
 * point's distance along the line is its x. Wanted distances are np.arange(start·d, length, step·d) for the
 * axes' diagonal d; each picks the point nearest along the line, the first on a tie (numpy's argmin).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markedAlong } from '../../src/layout/lines';
import { buildFigure } from '../../src/spec/build';

const line = (xs: number[]) => [Float64Array.from(xs), new Float64Array(xs.length)] as const;

describe('markers a distance apart along the line', () => {
  it('picks the nearest point to each wanted distance, the first on a tie', () => {
    // 0..10 by 1, diagonal 10, step 0.25: wanted 0, 2.5, 5, 7.5; 2.5 is as near 2 as 3, and 2 comes first.
    const [px, py] = line([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual([...markedAlong(px, py, { start: 0, step: 0.25 }, 10).xs], [0, 2, 5, 7]);
    // start 0.05: wanted 0.5, 3, 5.5, 8 -> 0 (tie with 1), 3, 5 (tie with 6), 8.
    assert.deepEqual([...markedAlong(px, py, { start: 0.05, step: 0.25 }, 10).xs], [0, 3, 5, 8]);
  });
  it('a run of points at one distance counts as its first; a point is marked once', () => {
    // Distances 0, 5, 5, 10; wanted 0 and 9: points 0 and 3.
    const [px, py] = line([0, 5, 5, 10]);
    assert.deepEqual([...markedAlong(px, py, { start: 0, step: 0.9 }, 10).xs], [0, 10]);
    // Wanted 0, 1, 2 ... 9: the nearest are 0 (for 0, 1, 2), 5 (3 to 7, the first of the two), 10 (8, 9).
    const picked = markedAlong(px, py, { start: 0, step: 0.1 }, 10);
    assert.deepEqual([...picked.xs], [0, 5, 10]);
  });
  it('is read from a float markevery and from (start, step) floats', () => {
    const fig = buildFigure({
      panels: [{ curves: [{ function: 'tanh' }, { plot: "[0, 1, 2], [0, 1, 0], 'o-', markevery=(0.05, 0.2)" }] }],
    });
    assert.deepEqual(fig.axes[0].curves[1].markDistance, { start: 0.05, step: 0.2 });
    const fn = buildFigure({ panels: [{ curves: [{ function: 'tanh' }], marker: ['o'], markevery: [0.1] }] });
    assert.deepEqual(fn.axes[0].curves[0].markDistance, { start: 0, step: 0.1 });
    assert.throws(
      () => buildFigure({ panels: [{ curves: [{ function: 'tanh' }], marker: ['o'], markevery: [-0.1] }] }),
      /a distance above 0/,
    );
  });
});
