/**
 * Dash tuples as matplotlib 3.6 reads and draws them. Expected values are matplotlib's own:
 * rcsetup._validate_linestyle for what is accepted, lines._get_dash_pattern and _scale_dashes for the pattern.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dashTupleOf, lineStyleOf } from '../../src/style/line-styles';
import { capOf, dashesOf, joinOf } from '../../src/layout/lines';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { readPlot } from '../../src/spec/plot-call';
import { readRefLine } from '../../src/spec/pyplot-calls';

describe('lineStyleOf: what _validate_linestyle accepts', () => {
  it("reads a tuple as matplotlibrc text: '(0, (5, 2))', the older '5, 2', brackets alike", () => {
    // _validate_linestyle: (0, (5, 2)), (0, (5, 2)), (0, [1, 1]), (2.5, [1, 3]).
    assert.deepEqual(lineStyleOf('(0, (5, 2))'), { offset: 0, dashes: [5, 2] });
    assert.deepEqual(lineStyleOf('5, 2'), { offset: 0, dashes: [5, 2] });
    assert.deepEqual(lineStyleOf('[1, 1]'), { offset: 0, dashes: [1, 1] });
    assert.deepEqual(lineStyleOf('(2.5, [1, 3])'), { offset: 2.5, dashes: [1, 3] });
    assert.equal(lineStyleOf('dotted'), ':');
  });
  it('refuses what it refuses: an unclosed tuple, an odd count, a word', () => {
    for (const bad of ['(0, (5, 2', '(0, (5, 2, 1))', 'foo', '()', '(0, ())'])
      assert.equal(lineStyleOf(bad), undefined, bad);
  });
  it("takes a script's tuple as the call reader gives it (nested arrays)", () => {
    assert.deepEqual(dashTupleOf([1, [3, 1, 1, 1]]), { offset: 1, dashes: [3, 1, 1, 1] });
    assert.deepEqual(dashTupleOf([4, 2]), { offset: 0, dashes: [4, 2] });
  });
});

describe('dashesOf: _get_dash_pattern and _scale_dashes', () => {
  it('a tuple scaled by the line width: (2.5, (1, 3)) at lw 2 is (5.0, [2.0, 6.0])', () => {
    // One canvas unit a point (72 dpi): the numbers are matplotlib's in points.
    assert.deepEqual(dashesOf({ offset: 2.5, dashes: [1, 3] }, 2, DEFAULT_RC, 1), { dash: [2, 6], dashOffset: 5 });
  });
  it('the offset taken modulo the pattern: (7, (5, 2)) starts at 0, (-1, (5, 2)) at 6', () => {
    assert.deepEqual(dashesOf({ offset: 7, dashes: [5, 2] }, 1, DEFAULT_RC, 1), { dash: [5, 2] });
    assert.deepEqual(dashesOf({ offset: -1, dashes: [5, 2] }, 1, DEFAULT_RC, 1), { dash: [5, 2], dashOffset: 6 });
  });
  it('lines.scale_dashes False: the points unscaled, turned into pixels (100 dpi: 100/72 a point)', () => {
    const rc = { ...DEFAULT_RC, 'lines.scale_dashes': false };
    const { dash, dashOffset } = dashesOf({ offset: 2.5, dashes: [1, 3] }, 2, rc, 100 / 72);
    // matplotlib: (2.5, (1, 3)) points whatever the width.
    assert.deepEqual(
      [...dash, dashOffset!].map((v) => +(v / (100 / 72)).toFixed(12)),
      [1, 3, 2.5],
    );
    // '--' from lines.dashed_pattern (3.7, 1.6), unscaled.
    assert.deepEqual(dashesOf('--', 3, rc, 1).dash, [3.7, 1.6]);
  });
});

describe('dashes= of a Line2D (set_dashes)', () => {
  it('is the style (0, dashes), over linestyle=; [] is solid', () => {
    const curve = readPlot("[0, 1], [0, 1], '--', dashes=[8, 2, 1, 2]", ['plot']);
    assert.deepEqual(curve.linestyle, { offset: 0, dashes: [8, 2, 1, 2] });
    assert.equal(readRefLine('h', '0, ls=":", dashes=[]', ['axhline']).linestyle, '-');
    assert.throws(() => readRefLine('h', '0, dashes=[8, 2, 1]', ['axhline']), /axhline\.dashes: got .*even count/);
  });
});

describe("capOf and joinOf: Line2D's solid and dash cap and join styles from the rc", () => {
  it('a solid line takes the solid_ ones, any dashed one (a dash tuple too) the dash_ ones', () => {
    const rc = {
      ...DEFAULT_RC,
      'lines.solid_joinstyle': 'miter',
      'lines.dash_joinstyle': 'bevel',
      'lines.solid_capstyle': 'butt',
      'lines.dash_capstyle': 'projecting',
    } as const;
    assert.deepEqual([capOf('-', rc), joinOf('-', rc)], ['butt', 'miter']);
    assert.deepEqual([capOf('--', rc), joinOf('--', rc)], ['square', 'bevel']);
    const tuple = { offset: 0, dashes: [3, 1] };
    assert.deepEqual([capOf(tuple, rc), joinOf(tuple, rc)], ['square', 'bevel']);
    // matplotlib's defaults: round joins both; projecting (the canvas's square) solid caps, butt dashed ones.
    assert.deepEqual([joinOf('-', DEFAULT_RC), joinOf(':', DEFAULT_RC)], ['round', 'round']);
    assert.deepEqual([capOf('-', DEFAULT_RC), capOf(':', DEFAULT_RC)], ['square', 'butt']);
  });
});
