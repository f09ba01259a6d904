/** plt.axis() (spec/axis-call.ts, layout/aspect.ts): its arguments read, its options applied as matplotlib does. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { limitsForAspect, squareLimits } from '../../src/layout/aspect';
import { figureLayout } from '../../src/render/pipeline';
import { applyAxisCall } from '../../src/spec/axis-call';
import { buildFigure } from '../../src/spec/build';
import { validateFigure } from '../../src/spec/validate';
import type { AxesSpec } from '../../src/spec/types';
import { cli } from '../helpers/in-process';
import { scratch } from '../helpers/cli';

const at = ['panels', 0, 'axis'];
const axes = (extra: Partial<AxesSpec> = {}) => ({ curves: [], ...extra }) as unknown as AxesSpec;
const applied = (given: string | boolean, extra: Partial<AxesSpec> = {}) => {
  const ax = axes(extra);
  applyAxisCall(ax, given, at);
  return ax;
};

describe("plt.axis()'s arguments", () => {
  it('take the limits as a list, a tuple or keywords given in pairs', () => {
    assert.deepEqual(
      [applied('[-4, 4, -1.5, 1.5]').xlim, applied('[-4, 4, -1.5, 1.5]').ylim],
      [
        [-4, 4],
        [-1.5, 1.5],
      ],
    );
    assert.deepEqual(applied('(-1, 2, 0, 3), emit=False').ylim, [0, 3]);
    const kw = applied('ymin=-2, ymax=2');
    assert.deepEqual([kw.xlim, kw.ylim], [undefined, [-2, 2]]);
    // set_xlim(-1, None): the other end is left to autoscale.
    assert.deepEqual(applied('xmin=-1').xlim, [-1, null]);
    // set_xlim(1, -1): an inverted axis, as matplotlib draws it.
    assert.deepEqual(applied('xmin=1, xmax=-1').xlim, [1, -1]);
  });
  it("take an option bare, quoted or in any case, and True/False for 'on'/'off'", () => {
    for (const given of ['equal', "'equal'", '"EQUAL"']) {
      const ax = applied(given, { xlim: [0, 1] });
      assert.deepEqual([ax.aspect, ax.aspectAdjustable, ax.xlim], [1, 'datalim', undefined], given);
    }
    assert.equal(applied('off').axisOff, true);
    assert.equal(applied(false).axisOff, true);
    assert.equal(applied('False').axisOff, true);
    assert.equal(applied('on', { axisOff: true }).axisOff, undefined);
    const square = applied('square', { aspect: 2 });
    assert.deepEqual([square.aspect, square.aspectAdjustable, square.squareLimits], [1, undefined, true]);
    // 'auto' starts again from autoscaled limits and aspect, as set_autoscale_on(True) and set_aspect('auto') do.
    const auto = applied('auto', { aspect: 2, ylim: [0, 1] });
    assert.deepEqual([auto.aspect, auto.ylim], [undefined, undefined]);
  });
  it('keep the limits and aspect given on their own, refusing a second setting of them', () => {
    const ax = axes({ xlim: [-2, 3] });
    applyAxisCall(ax, 'equal', at, { xlim: true });
    assert.deepEqual(ax.xlim, [-2, 3]);
    assert.throws(
      () => applyAxisCall(axes(), '[0, 1, 0, 1]', at, { xlim: true }),
      (e: unknown) => e instanceof UsageError && /xlim option/.test(e.message),
    );
    assert.throws(
      () => applyAxisCall(axes(), 'equal', at, { aspect: true }),
      (e: unknown) => e instanceof UsageError && /aspect option/.test(e.message),
    );
  });
  it('refuse what plt.axis() refuses or what is not drawn, naming the field', () => {
    const refused: [string, RegExp][] = [
      ['[1, 2, 3]', /four limits/],
      ['equl', /did you mean 'equal'/i],
      ["'normal'", /on, off, equal/],
      ['[0, 1, nan, 1]', /finite/],
      ['xlim=(0, 1)', /keywords: xmin, xmax, ymin, ymax/],
      ["'equal', xmin=0", /one argument or keywords/],
      ['emit=1', /emit=True or False/],
    ];
    for (const [given, pattern] of refused) {
      assert.throws(
        () => applied(given),
        (e: unknown) => e instanceof UsageError && e.field.join('.') === at.join('.') && pattern.test(e.message),
        given,
      );
    }
  });
});

describe("axis('equal') and axis('square') when drawn", () => {
  // The default figure: 6.4 x 4.8 inches, the axes 0.775 of its width and 0.77 of its height, so the box is
  // 4.96 x 3.696 inches (any unit will do: only the ratio counts).
  const box = { left: 0, top: 0, right: 4.96, bottom: 3.696 };
  const tanh5 = Math.tanh(5);
  const dataLim = { x: [-5, 5] as [number, number], y: [-tanh5, tanh5] as [number, number] };
  const none = { x: false, y: false };
  it("widen y about its centre to one unit per unit, as matplotlib 3.6 draws axis('equal')", () => {
    // matplotlib: plot(linspace(-5, 5, 100), tanh(...)); axis('equal') gives ylim ±4.098387096774193.
    const { xlim, ylim } = limitsForAspect(box, 1, [-5.5, 5.5], [-1.1 * tanh5, 1.1 * tanh5], dataLim, none);
    assert.deepEqual(xlim, [-5.5, 5.5]);
    assert.ok(Math.abs(ylim[1] - 4.098387096774193) < 1e-12 && Math.abs(ylim[0] + ylim[1]) < 1e-12, String(ylim));
    // With set_xlim(-2, 3) after it: ylim ±1.8629032258064515 (the same script).
    const after = limitsForAspect(box, 1, [-2, 3], [-1.1 * tanh5, 1.1 * tanh5], dataLim, none);
    assert.ok(Math.abs(after.ylim[1] - 1.8629032258064515) < 1e-12, String(after.ylim));
  });
  it('widen x instead when y is shared, and leave limits already at the aspect', () => {
    const { xlim, ylim } = limitsForAspect(box, 1, [-1, 1], [-2, 2], dataLim, { x: false, y: true });
    // x spans 4 / (3.696 / 4.96) = 5.3679... about 0.
    assert.deepEqual(ylim, [-2, 2]);
    assert.ok(Math.abs(xlim[1] - xlim[0] - (4 * 4.96) / 3.696) < 1e-12, String(xlim));
    const fitted = limitsForAspect(box, 1, [0, 4.96], [0, 3.696], dataLim, none);
    assert.deepEqual(fitted, { xlim: [0, 4.96], ylim: [0, 3.696] });
  });
  it("give both axes the larger span from their lower limits, as axis('square')", () => {
    // matplotlib, the same tanh: axis('square') gives (-5.5, 5.5) and (-1.0999001246888547, 9.900099875311145).
    const { xlim, ylim } = squareLimits([-5.5, 5.5], [-1.0999001246888547, 1.0999001246888547]);
    assert.deepEqual(xlim, [-5.5, 5.5]);
    assert.ok(Math.abs(ylim[1] - 9.900099875311145) < 1e-12, String(ylim));
  });
  it('keep an inverted axis inverted (set_ybound), and take its span as np.diff does for square', () => {
    // matplotlib, the same tanh with set_ylim(1.1 tanh 5, -1.1 tanh 5), then axis('equal'): ylim
    // (4.098387096774193, -4.098387096774193).
    const eq = limitsForAspect(box, 1, [-5.5, 5.5], [1.1 * tanh5, -1.1 * tanh5], dataLim, none);
    assert.ok(Math.abs(eq.ylim[0] - 4.098387096774193) < 1e-12 && eq.ylim[0] === -eq.ylim[1], String(eq.ylim));
    // set_xlim(5.5, -5.5), then axis('square'): xlim (5.5, 7.699800249377709), ylim as it was.
    const sq = squareLimits([5.5, -5.5], [-1.0999001246888547, 1.0999001246888547]);
    assert.ok(sq.xlim[0] === 5.5 && Math.abs(sq.xlim[1] - 7.699800249377709) < 1e-12, String(sq.xlim));
    assert.deepEqual(sq.ylim, [-1.0999001246888547, 1.0999001246888547]);
  });
});

describe('plt.axis() on shared axes', () => {
  const twoPanels = (axis: string, sharex: boolean, sharey: boolean) =>
    buildFigure({
      sharex,
      sharey,
      panels: [{ curves: [{ function: 'relu' }] }, { curves: [{ function: 'tanh' }], axis }],
    });
  it("refuses 'equal' with both axes shared, as matplotlib does, and 'square' with either", () => {
    for (const [axis, x, y] of [
      ['equal', true, true],
      ['square', true, false],
    ] as const) {
      assert.throws(
        () => validateFigure(twoPanels(axis, x, y)),
        (e: unknown) => e instanceof UsageError && e.field.join('.') === 'panels.1.axis',
        axis,
      );
    }
  });
  it("takes 'equal' with one axis shared (the other widens) and 'scaled' with both", () => {
    assert.doesNotThrow(() => validateFigure(twoPanels('equal', true, false)));
    assert.doesNotThrow(() => validateFigure(twoPanels('scaled', true, true)));
  });
});

describe("axis('off')", () => {
  it('draws no spines, ticks, tick labels, axis labels, grid or background; the title and legend stay', () => {
    const fig = buildFigure({
      style: 'matplotlib',
      panels: [
        {
          curves: [{ function: 'sigmoid' }, { function: 'tanh' }],
          axis: 'off',
          title: 'bare',
          xlabel: 'x',
          grid: true,
          legend: 'upper left',
        },
      ],
    });
    const ax = figureLayout(fig, 'png').axes[0];
    assert.deepEqual(
      Object.values(ax.spines).map((s) => s.visible),
      [false, false, false, false],
    );
    assert.deepEqual([ax.ticks.x.shown, ax.ticks.y.shown, ax.ticks.x.mirrored], [false, false, false]);
    // The tick labels are not drawn: the title is the axes' one text (the legend's are its own).
    assert.deepEqual(
      ax.texts.map((t) => t.text),
      ['bare'],
    );
    assert.deepEqual([ax.roles.xlabel, ax.grid, ax.facecolor], [undefined, undefined, undefined]);
    assert.equal(ax.roles.title?.text, 'bare');
    assert.ok(ax.legend);
  });
  it('reaches the figure from the command line and a config, with errors in one line', async () => {
    const dir = scratch();
    const r = await cli(['relu', '--axis', '[0, 1, 2]', '-o', 'a.png'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^actplot: --axis: got '\[0, 1, 2\]'; expected four limits/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    const both = await cli(['relu', '--xlim', '0,1', '--axis', '[0, 1, 0, 1]', '-o', 'a.png'], dir);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--axis: .*expected the x limits set once/);
  });
});
