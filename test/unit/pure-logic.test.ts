/**
 * Pure logic with expected values worked by hand from matplotlib's rules: the legend's 'best' placement (the
 * order it tries, the overlap term), colour notations, and how eval prints values that are not finite.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluationText, formatNumber, toCsv, toJson } from '../../src/data/export';
import { placeLegend } from '../../src/layout/legend';
import { autoMinorTicks } from '../../src/layout/ticks';
import { tryParseColor } from '../../src/style/colors';
import { readPlot } from '../../src/spec/plot-call';
import { fixedMeasurer, lineThrough } from '../helpers/legend-fixtures';
import { DEFAULT_RC } from '../../src/style/rcparams';

const curve = (points: [number, number][]) => lineThrough(points);

// Axes 400 x 300 at scale 1 (10-pt legend text): the legend box is 2*4 + 20 + 8 + 6 = 42 wide and 8 + 9 = 17 high,
// 5 from the axes' edges (borderaxespad 0.5): upper right at x 353..395, upper left at 5..47, lower left at
// y 278..295.
const AXES = { left: 0, top: 0, right: 400, bottom: 300 };
const best = (points: [number, number][]) =>
  placeLegend([{ curves: [curve(points)], patches: [] }], 'best', AXES, 1, fixedMeasurer, DEFAULT_RC)!.box;

describe("the legend's 'best' location (matplotlib's _find_best_position)", () => {
  it('the box is where the worked example puts it', () => {
    const box = placeLegend(
      [{ curves: [curve([[0, 0]])], patches: [] }],
      'upper right',
      AXES,
      1,
      fixedMeasurer,
      DEFAULT_RC,
    )!.box;
    assert.deepEqual(box, { left: 353, top: 5, right: 395, bottom: 22 });
  });
  it("tries 'upper right' first: with both upper corners free, it takes that one", () => {
    const box = best([
      [10, 200],
      [390, 200],
    ]);
    assert.equal(box.left, 353);
    assert.equal(box.top, 5);
  });
  it('counts a line crossing the box with no vertex inside it (the overlap term)', () => {
    // A line along y = 10 from the axes' left edge to its right edge crosses both upper boxes, no vertex in
    // either: badness 1 each, so the first free location, lower left, is taken.
    const box = best([
      [0, 10],
      [400, 10],
    ]);
    assert.deepEqual([box.left, box.top], [5, 278]);
  });
  it('takes the first free location in its order', () => {
    // Vertices 3 apart all over the axes but for a region around 'center left' (tried sixth): only it is free.
    const points: [number, number][] = [];
    for (let x = 1; x < 400; x += 3)
      for (let y = 1; y < 300; y += 3) if (!(x < 60 && y > 120 && y < 180)) points.push([x, y]);
    // A NaN between vertices leaves them unconnected, so that only vertices count, never a segment.
    const box = best(points.flatMap((p) => [p, [NaN, NaN] as [number, number]]));
    assert.equal(box.left, 5, 'center left');
    assert.ok(box.top > 120 && box.bottom < 180, JSON.stringify(box));
  });
  it('takes the least covered location when none is free, even the last one tried', () => {
    // Vertices everywhere, 3 apart, but 9 apart around the centre (tried last): the centre covers fewest.
    const points: [number, number][] = [];
    for (let x = 1; x < 400; x += 3) {
      for (let y = 1; y < 300; y += 3) {
        const sparse = x > 150 && x < 250 && y > 120 && y < 180;
        if (!sparse || (x % 9 === 1 && y % 9 === 1)) points.push([x, y]);
      }
    }
    const box = best(points.flatMap((p) => [p, [NaN, NaN] as [number, number]]));
    assert.deepEqual([box.left, box.top], [179, 141.5]);
  });
});

describe('colours', () => {
  it("3- and 4-digit hex is CSS's shorthand, as matplotlib reads it", () => {
    // Channels as 8-bit values, alpha from 0 to 1.
    assert.deepEqual(tryParseColor('#f80'), { r: 255, g: 0x88, b: 0, a: 1 });
    assert.deepEqual(tryParseColor('#f80c'), { r: 255, g: 0x88, b: 0, a: 0xcc / 255 });
    assert.deepEqual(tryParseColor('#ff8800'), tryParseColor('#f80'));
    assert.equal(tryParseColor('#f8'), undefined);
    assert.equal(tryParseColor('#ff880'), undefined);
  });
  it('RGB and RGBA tuples of fractions, as a script writes color=(0.2, 0.4, 0.6); values past 0-1 refused', () => {
    // matplotlib: to_hex((0.2, 0.4, 0.6)) is '#336699'; an RGBA tuple keeps its alpha (to_rgba: 0.5).
    assert.deepEqual(tryParseColor('(0.2, 0.4, 0.6)'), { r: 0x33, g: 0x66, b: 0x99, a: 1 });
    assert.deepEqual(tryParseColor('(1, 0, 0.0, 0.5)'), { r: 255, g: 0, b: 0, a: 0.5 });
    // "RGBA values should be within 0-1 range" (matplotlib's ValueError); a pair is no colour.
    for (const bad of ['(1.2, 0, 0)', '(0, 0, 0, 2)', '(0.5, 0.5)', '(-0.1, 0, 0)'])
      assert.equal(tryParseColor(bad), undefined, bad);
    assert.equal(readPlot('x, x, color=(0.2, 0.4, 0.6)', ['plot']).color, '(0.2, 0.4, 0.6)');
  });
  it('grey levels, the cycle and names', () => {
    // A grey level of 0.5 is 127.5 of 255, which Agg rounds up to 128.
    assert.deepEqual(tryParseColor('0.5'), { r: 128, g: 128, b: 128, a: 1 });
    assert.deepEqual(tryParseColor('C1'), { r: 0xff, g: 0x7f, b: 0x0e, a: 1 });
    assert.deepEqual(tryParseColor('tab:blue'), tryParseColor('#1f77b4'));
  });
});

describe("eval's numbers that are not finite", () => {
  it("are printed nan, inf, -inf, as numpy's loadtxt and Python's float() read them", () => {
    assert.deepEqual([NaN, Infinity, -Infinity, -0, 0.1].map(formatNumber), ['nan', 'inf', '-inf', '-0', '0.1']);
  });
  it('in CSV as they are, in JSON as strings', () => {
    const e = { x: Float64Array.of(-1, 0), y: Float64Array.of(NaN, -Infinity) };
    assert.equal(toCsv(e), 'x,y\n-1,nan\n0,-inf\n');
    assert.equal(toJson(e), '{"x":[-1,0],"y":["nan","-inf"]}\n');
  });
  it('streamed the same way: log(x) at -1, 0 and 1 is nan, -inf and 0', () => {
    const text = [
      ...evaluationText({ expr: 'log(x)' }, { kind: 'linspace', from: -1, to: 1, num: 3 }, {}, false, 'csv'),
    ].join('');
    assert.equal(text, 'x,y\n-1,nan\n0,-inf\n1,0\n');
    const json = [
      ...evaluationText({ expr: 'log(x)' }, { kind: 'linspace', from: -1, to: 1, num: 3 }, {}, false, 'json'),
    ].join('');
    assert.equal(json, '{"x":[-1,0,1],"y":["nan","-inf",0]}\n');
  });
});

describe("minor ticks: AutoMinorLocator's places (worked by hand from its rule)", () => {
  const near = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) < 1e-12);
  it('five divisions of a major step of 1, 2.5 or 5 (times a power of ten), four otherwise; none on a major', () => {
    assert.ok(near(autoMinorTicks([0, 0.5, 1], 0, 1), [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9]));
    assert.ok(near(autoMinorTicks([-2, 0, 2], -2.2, 2.2), [-1.5, -1, -0.5, 0.5, 1, 1.5]));
    assert.ok(near(autoMinorTicks([0, 25, 50], -5, 55), [5, 10, 15, 20, 30, 35, 40, 45, 55]));
  });
  it('only in view, and none without two major ticks', () => {
    assert.ok(near(autoMinorTicks([0, 1, 2], 0.3, 1.5), [0.4, 0.6, 0.8, 1.2, 1.4]));
    assert.deepEqual(autoMinorTicks([1], 0, 2), []);
  });
});
