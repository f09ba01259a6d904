/**
 * np.gradient's values to the bit (data/gradient.ts against test/fixtures/numpy-gradient.json, from
 * scripts/make-gradient-fixtures.py): y = x³ - x over coordinates of even spacing, uneven spacing (the last
 * bits of np.linspace's and np.arange's), a spacing given as a number, and none.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { evaluateFigure } from '../../src/data/evaluate';
import { numpyGradient } from '../../src/data/gradient';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { readScript } from '../../src/spec/script';
import { FIXTURES, fromHex } from '../helpers/reference';

describe("np.gradient's values to the bit (test/fixtures/numpy-gradient.json)", () => {
  const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'numpy-gradient.json'), 'utf8')) as {
    cases: { name: string; spacing: 'coordinates' | number | null; x: string[]; gradient: string[] }[];
  };
  for (const c of cases) {
    it(c.name, () => {
      const xs = Float64Array.from(c.x, fromHex);
      const ys = xs.map((x) => x * x * x - x);
      const spacing = c.spacing === 'coordinates' ? xs : (c.spacing ?? undefined);
      const ours = numpyGradient(ys, spacing);
      c.gradient.forEach((h, i) =>
        assert.ok(Object.is(ours[i], fromHex(h)), `[${i}]: ${ours[i]} against ${fromHex(h)}`),
      );
    });
  }
  it("draws a script's np.gradient(y, x) through numpy's values, and np.gradient(y) per sample", () => {
    for (const [name, call] of [
      ['linspace', 'np.gradient(y, x)'],
      ['none', 'np.gradient(y)'],
    ] as const) {
      const c = cases.find((k) => k.name === name)!;
      const xs = c.x.map(fromHex);
      const line = name === 'linspace' ? 'x = np.linspace(-5, 5, 201)' : 'x = np.linspace(-1, 1, 21)';
      const fig = buildFigure(readScript(`${line}\ny = x * x * x - x\nplt.plot(x, ${call})`));
      const [curve] = evaluateFigure(fig)[0].curves;
      xs.forEach((x, i) => assert.ok(Object.is(curve.xs[i], x), `x[${i}]: ${curve.xs[i]} against ${x}`));
      c.gradient.forEach((h, i) => assert.ok(Object.is(curve.ys[i], fromHex(h)), `${name} [${i}]`));
    }
  });
  it('refuses what it does not draw as numpy would: edge_order=2, a spacing of another name, inside an expression', () => {
    for (const [y, message] of [
      ['np.gradient(x * x, x, edge_order=2)', /its edge_order=1 \(numpy's default\) alone/],
      ['np.gradient(x * x, t)', /of the panel's x, or of a spacing written out/],
      ['2 * np.gradient(x * x, x)', /np\.gradient\(y, x\) is drawn as the whole of a curve/],
    ] as const) {
      assert.throws(
        () => buildFigure({ panels: [{ x: 'np.linspace(-1, 1, 5)', curves: [{ plot: `x, ${y}` }] }] }),
        (err: unknown) => err instanceof UsageError && message.test(err.message),
        y,
      );
    }
    assert.throws(
      () => buildFigure({ panels: [{ grad: true, curves: [{ plot: 'x, np.gradient(x * x, x)' }] }] }),
      (err: unknown) => err instanceof UsageError && /is a derivative already/.test(err.message),
    );
  });
  it('has no value for fewer than two points, which numpy refuses', () => {
    assert.ok(Number.isNaN(numpyGradient(Float64Array.of(1))[0]));
  });
});
