/**
 * Step functions' vertices as matplotlib's cbook.pts_to_prestep, pts_to_poststep and pts_to_midstep make them,
 * and Agg's own snapping of axis-aligned lines (path_converters.h, PathSnapper::should_snap). Expected values
 * worked by hand from those definitions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stepPoints } from '../../src/data/steps';
import { snapsAuto } from '../../src/layout/lines';

const lists = (arrays: Float64Array[]) => arrays.map((a) => Array.from(a));

describe('stepPoints', () => {
  const x = [0, 1, 3];
  const y = [10, 20, 30];
  it('pre: 2n - 1 vertices, the value changing at the start of each interval', () => {
    // (0, 10) (0, 20) (1, 20) (1, 30) (3, 30)
    assert.deepEqual(lists(stepPoints('pre', x, y)), [
      [0, 0, 1, 1, 3],
      [10, 20, 20, 30, 30],
    ]);
  });
  it('post: 2n - 1 vertices, the value held to the end of each interval', () => {
    // (0, 10) (1, 10) (1, 20) (3, 20) (3, 30)
    assert.deepEqual(lists(stepPoints('post', x, y)), [
      [0, 1, 1, 3, 3],
      [10, 10, 20, 20, 30],
    ]);
  });
  it('mid: 2n vertices, the value changing halfway between samples', () => {
    // (0, 10) (0.5, 10) (0.5, 20) (2, 20) (2, 30) (3, 30)
    assert.deepEqual(lists(stepPoints('mid', x, y)), [
      [0, 0.5, 0.5, 2, 2, 3],
      [10, 10, 20, 20, 30, 30],
    ]);
  });
  it('steps every y alike (fill_between steps y1 and y2 together)', () => {
    const [, y1, y2] = lists(stepPoints('pre', x, y, [1, 2, 3]));
    assert.deepEqual(
      [y1, y2],
      [
        [10, 20, 20, 30, 30],
        [1, 2, 2, 3, 3],
      ],
    );
  });
  it('one sample: itself (pre, post) or twice (mid); none: nothing', () => {
    assert.deepEqual(lists(stepPoints('pre', [2], [5])), [[2], [5]]);
    assert.deepEqual(lists(stepPoints('post', [2], [5])), [[2], [5]]);
    assert.deepEqual(lists(stepPoints('mid', [2], [5])), [
      [2, 2],
      [5, 5],
    ]);
    for (const kind of ['pre', 'post', 'mid'] as const) assert.deepEqual(lists(stepPoints(kind, [], [])), [[], []]);
  });
  it('a non-finite value stays at its vertices (the line breaks there)', () => {
    const [, ys] = lists(stepPoints('post', [0, 1, 2], [1, NaN, 3]));
    assert.deepEqual(ys, [1, 1, NaN, NaN, 3]);
  });
});

describe('snapsAuto: whether Agg snaps a line of its own accord', () => {
  const f = (v: number[]) => Float64Array.from(v);
  it('a path of horizontal and vertical segments only, of at most 1024 vertices', () => {
    assert.equal(snapsAuto(f([0, 10, 10, 20]), f([5, 5, 9, 9]), 4), true);
    assert.equal(snapsAuto(f([0, 10, 10, 20]), f([5, 5, 9, 9]), 1025), false, 'more than 1024 vertices');
  });
  it('a slanted segment, however short, beyond 1e-4 both ways: no', () => {
    assert.equal(snapsAuto(f([0, 10, 10.001]), f([5, 5, 9]), 3), false);
    assert.equal(snapsAuto(f([0, 10, 10.00001]), f([5, 5, 9]), 3), true, 'within 1e-4 counts as vertical');
  });
  it('a gap joins nothing; a single point is no line', () => {
    assert.equal(snapsAuto(f([0, 10, NaN, 3, 4]), f([5, 5, NaN, 1, 1]), 5), true);
    assert.equal(snapsAuto(f([0]), f([5]), 1), false);
  });
});
