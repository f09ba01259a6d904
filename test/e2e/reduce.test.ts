import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { renderFigure } from '../../src/render/pipeline';
import { reduceOnTwoCores, reduceToColumns } from '../../src/data/reduce';
import { decodePng } from '../helpers/image';

const figure = (...args: string[]) => figureFor(parsePlotArgs(args).panels).fig;

/** Pixels whose colour differs by more than 8 levels between two renderings. */
function differing(a: Buffer, b: Buffer): number {
  const [p, q] = [decodePng(a), decodePng(b)];
  let n = 0;
  for (let i = 0; i < p.px.length; i += 3) {
    if (
      Math.max(Math.abs(p.px[i] - q.px[i]), Math.abs(p.px[i + 1] - q.px[i + 1]), Math.abs(p.px[i + 2] - q.px[i + 2])) >
      8
    )
      n++;
  }
  return n;
}

describe('many points reduced to what each pixel column shows', () => {
  it('keeps at most four points a column, whatever the number of points', () => {
    const s = { kind: 'linspace' as const, from: -8, to: 8, num: 2_000_000 };
    const r = reduceToColumns(s, s.num, Math.sin, [-8.8, 8.8], 620);
    assert.ok(r.xs.length <= 4 * 622, String(r.xs.length));
    assert.equal(r.xs[0], -8);
    assert.equal(r.xs[r.xs.length - 1], 8);
  });
  it("keeps each column's lowest and highest value", () => {
    const s = { kind: 'linspace' as const, from: 0, to: 1, num: 100_001 };
    const r = reduceToColumns(s, s.num, (x) => Math.sin(2000 * x), [0, 1], 10);
    assert.equal(
      Math.max(...r.ys),
      Math.max(...Array.from({ length: s.num }, (_, i) => Math.sin(2000 * (i / 100_000)))),
    );
    assert.ok(Math.min(...r.ys) < -0.9999);
  });
  it('keeps gaps where the value is not finite', () => {
    const s = { kind: 'linspace' as const, from: -1, to: 1, num: 100_000 };
    const r = reduceToColumns(s, s.num, (x) => (x < 0 ? NaN : Math.sqrt(x)), [-1.1, 1.1], 600);
    assert.ok(Array.from(r.ys).every((y) => Number.isNaN(y) || y >= 0));
    assert.ok(r.xs.length < 4 * 602);
  });
  it('long curves are reduced on two cores, each half in order', () => {
    const s = { kind: 'linspace' as const, from: -8, to: 8, num: 3_000_000 };
    const r = reduceOnTwoCores({ fn: 'gelu' }, s, s.num, [-8.8, 8.8], 620);
    assert.ok(r.xs.length <= 8 * 622, String(r.xs.length));
    for (let i = 1; i < r.xs.length; i++) assert.ok(r.xs[i] > r.xs[i - 1], `x increases at ${i}`);
    assert.equal(r.xs[0], -8);
    assert.equal(r.xs[r.xs.length - 1], 8);
  });
  for (const args of [
    ['gelu', '--num', '200000'],
    ['sigmoid', 'tanh', 'relu', '--num', '100000'],
    ['threshold', '--num', '100000', '--from', '-1', '--to', '1'],
    ['gelu', '--num', '2100000'],
  ]) {
    it(`draws the picture of every point: ${args.join(' ')}`, () => {
      const fig = figure(...args);
      const diff = differing(renderFigure(fig, 'png'), renderFigure(fig, 'png', { reduce: false }));
      assert.ok(diff <= 16, `${diff} pixels differ`);
    });
  }
});
