/** plt.xlim() and plt.ylim() as scripts call them (spec/lim-call.ts), and ends left to autoscale (data/extent.ts). */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { resolveLimits } from '../../src/data/extent';
import { UsageError } from '../../src/errors';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { readLimits } from '../../src/spec/lim-call';
import { cli } from '../helpers/in-process';
import { scratch } from '../helpers/cli';

const at = ['panels', 0, 'ylim'];

describe("xlim()'s and ylim()'s arguments", () => {
  it('take both ends in the forms scripts write, and one end alone', () => {
    for (const given of ['-1,3', '-1, 3', '(-1, 3)', '[-1, 3]', 'bottom=-1, top=3', 'ymin=-1, ymax=3', '-1, top=3']) {
      assert.deepEqual(readLimits(given, 'y', at), [-1, 3], given);
    }
    assert.deepEqual(readLimits([-1, 3], 'y', at), [-1, 3]);
    assert.deepEqual(readLimits('bottom=0', 'y', at), [0, null]);
    assert.deepEqual(readLimits('None, 3', 'x', ['panels', 0, 'xlim']), [null, 3]);
    // ylim(-1) is ylim(bottom=-1), as matplotlib takes a lone argument.
    assert.deepEqual(readLimits('-1', 'y', at), [-1, null]);
    assert.deepEqual(readLimits('right=2, emit=False, auto=None', 'x', at), [null, 2]);
    assert.deepEqual(readLimits([null, 2], 'x', at), [null, 2]);
    // Both ends free is no limit at all.
    assert.equal(readLimits('None, None', 'y', at), undefined);
    // MIN above MAX is an inverted axis, MIN equal to MAX a singular one matplotlib widens: both taken.
    assert.deepEqual(readLimits('3, -1', 'y', at), [3, -1]);
    assert.deepEqual(readLimits('bottom=1, top=1', 'y', at), [1, 1]);
  });
  it("refuse each end twice, the other axis's keywords and non-finite ends, naming the field", () => {
    const refused: [string, RegExp][] = [
      ['-1, bottom=0', /each end once/],
      ['bottom=0, ymin=1', /each end once/],
      ['left=0', /bottom=\/top=/],
      ['0, nan', /finite/],
      ["0, 'a'", /finite/],
      ['0, 1, 2', /MIN, MAX/],
      ['auto=True', /auto=False or None/],
      ['0, 1, emit=2', /emit=True or False/],
    ];
    for (const [given, pattern] of refused) {
      assert.throws(
        () => readLimits(given, 'y', at),
        (e: unknown) => e instanceof UsageError && e.field.join('.') === at.join('.') && pattern.test(e.message),
        given,
      );
    }
  });
});

describe('an end left to autoscale', () => {
  it('takes the autoscaled end; ends that cross invert the axis, ends that meet are widened (Axis._set_lim)', () => {
    const auto = (): [number, number] => [-1, 1];
    assert.deepEqual(resolveLimits(undefined, auto), { limits: [-1, 1], singular: false });
    assert.deepEqual(resolveLimits([0, null], auto), { limits: [0, 1], singular: false });
    assert.deepEqual(resolveLimits([null, -0.5], auto), { limits: [-1, -0.5], singular: false });
    assert.deepEqual(resolveLimits([2, null], auto), { limits: [2, 1], singular: false });
    assert.deepEqual(resolveLimits([null, -2], auto), { limits: [-1, -2], singular: false });
    // nonsingular(1, 1, expander=0.05): 1 - 0.05 and 1 + 0.05; about zero, ±0.05.
    assert.deepEqual(resolveLimits([1, null], auto), { limits: [0.95, 1.05], singular: true });
    assert.deepEqual(resolveLimits([0, 0], auto), { limits: [-0.05, 0.05], singular: true });
    // Inverted and singular: widened, then inverted again (sorted with reverse=v0 > v1).
    assert.deepEqual(resolveLimits([5, -5], auto), { limits: [5, -5], singular: false });
    // Both ends given: autoscale is not asked.
    resolveLimits([3, -3], () => assert.fail('autoscaled'));
  });
  it("is where matplotlib 3.6 puts it: ylim(bottom=-0.5), xlim(None, 3) after relu's and gelu's plots", () => {
    // matplotlib, x = torch.arange(-5.0, 5.0, 0.01): xlim (-5.499499988555908, 3.0), ylim (-0.5, 5.247998283058405)
    // (gelu in float32 there, in float64 here: the top differs in the ninth digit).
    const fig = buildFigure({
      style: 'matplotlib',
      panels: [
        {
          curves: [{ function: 'relu' }, { function: 'gelu' }],
          from: -5,
          to: 5,
          step: 0.01,
          ylim: 'bottom=-0.5',
          xlim: [null, 3],
        },
      ],
    });
    const { xlim, ylim } = figureLayout(fig, 'png').axes[0];
    assert.ok(Math.abs(xlim[0] + 5.499499988555908) < 1e-9 && xlim[1] === 3, String(xlim));
    assert.ok(ylim[0] === -0.5 && Math.abs(ylim[1] - 5.247998283058405) < 1e-6, String(ylim));
  });
  it("inverts the axis where the given end lies beyond the autoscaled one, with matplotlib's ticks", () => {
    // matplotlib 3.6, x = torch.arange(-5.0, 5.0, 0.01), plot(x, tanh(x)); ylim(bottom=2):
    // ylim (2.0, 1.0998982042074203), tick labels 1.2 to 2.0 from the bottom up.
    const fig = buildFigure({
      style: 'matplotlib',
      panels: [{ curves: [{ function: 'tanh' }], from: -5, to: 5, step: 0.01, ylim: 'bottom=2' }],
    });
    const layout = figureLayout(fig, 'png');
    const { ylim, yTicks, box } = layout.axes[0];
    assert.ok(ylim[0] === 2 && Math.abs(ylim[1] - 1.0998982042074203) < 1e-6, String(ylim));
    assert.deepEqual(
      yTicks.map((t) => t.label.text),
      ['1.2', '1.4', '1.6', '1.8', '2.0'],
    );
    // 2.0 at the bottom of the box, the labels rising downwards.
    const at2 = yTicks.find((t) => t.value === 2)!;
    assert.ok(Math.abs(at2.pos - box.bottom) < 1e-9, `${at2.pos} vs ${box.bottom}`);
    assert.ok(yTicks.every((t, i) => i === 0 || t.pos > yTicks[i - 1].pos));
    assert.equal(layout.warnings?.length ?? 0, 0);
  });
  it("widens equal ends with matplotlib's warning", () => {
    // set_xlim(1, 1): 'Attempting to set identical low and high xlims makes transformation singular;
    // automatically expanding.', and xlim (0.95, 1.05).
    const fig = buildFigure({ panels: [{ curves: [{ function: 'relu' }], xlim: '1, 1' }] });
    const layout = figureLayout(fig, 'png');
    assert.deepEqual(layout.axes[0].xlim, [0.95, 1.05]);
    assert.deepEqual(layout.warnings, [
      'xlim: Attempting to set identical low and high xlims makes transformation singular; automatically expanding.',
    ]); // On shared axes the limits are every panel's, the warning the one set_xlim() call's.
    const shared = buildFigure({
      sharex: true,
      panels: [{ curves: [{ function: 'relu' }], xlim: '1, 1' }, { curves: [{ function: 'tanh' }] }],
    });
    const both = figureLayout(shared, 'png');
    assert.deepEqual(
      both.axes.map((a) => a.xlim),
      [
        [0.95, 1.05],
        [0.95, 1.05],
      ],
    );
    assert.equal(both.warnings?.length, 1);
    assert.match(both.warnings![0], /^xlim \(panel 1\): Attempting/);
  });
  it('draws --xlim 5,-5 from right to left, with the ticks of -5..5 (matplotlib: -4 to 4 shown)', () => {
    const fig = buildFigure({ style: 'matplotlib', panels: [{ curves: [{ function: 'relu' }], xlim: [5, -5] }] });
    const { xlim, xTicks, box } = figureLayout(fig, 'png').axes[0];
    assert.deepEqual(xlim, [5, -5]);
    // matplotlib 3.6 locates -6..6 every 2 and shows those within the view.
    assert.deepEqual(
      xTicks.map((t) => t.value),
      [-4, -2, 0, 2, 4],
    );
    const pos = (v: number) => xTicks.find((t) => t.value === v)!.pos;
    assert.ok(pos(4) < pos(-4));
    // 4 is a tenth of the width from the left, as 5 is the left edge.
    assert.ok(Math.abs(pos(4) - (box.left + 0.1 * (box.right - box.left))) < 1e-9);
  });
  it('invert_xaxis() after the limits swaps them; on shared axes each call toggles the one view', () => {
    const limits = (panels: object[], sharey = false) =>
      figureLayout(buildFigure({ sharey, panels } as Parameters<typeof buildFigure>[0]), 'png').axes.map((a) => [
        a.xlim,
        a.ylim,
      ]);
    // matplotlib: set_xlim(5, -5) then invert_xaxis() gives (-5.0, 5.0).
    assert.deepEqual(limits([{ curves: [{ function: 'tanh' }], xlim: [5, -5], invertXaxis: true }])[0][0], [-5, 5]);
    assert.deepEqual(limits([{ curves: [{ function: 'tanh' }], xlim: [-3, 3], invertXaxis: true }])[0][0], [3, -3]);
    // matplotlib: two axes sharing y, x = linspace(-4, 4, 10), tanh and x/4, invert_yaxis() on each: both
    // (-1.1, 1.1), the two calls undoing each other; on one of them: both (1.1, -1.1).
    const two = (second: boolean) =>
      limits(
        [
          { curves: [{ expr: 'tanh(x)' }], from: -4, to: 4, num: 10, invertYaxis: true },
          { curves: [{ expr: 'x / 4' }], from: -4, to: 4, num: 10, invertYaxis: second },
        ],
        true,
      ).map(([, y]) => y.map((v) => Math.round(v * 1e12) / 1e12));
    assert.deepEqual(two(true), [
      [-1.1, 1.1],
      [-1.1, 1.1],
    ]);
    assert.deepEqual(two(false), [
      [1.1, -1.1],
      [1.1, -1.1],
    ]);
  });
  it('reaches the figure from the command line and a config, with errors in one line', async () => {
    const dir = scratch();
    const r = await cli(['relu', '--ylim', 'bottom=0, ymin=1', '-o', 'a.png'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^actplot: --ylim: got 'bottom=0, ymin=1'; expected each end once/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: a, function: relu, ylim: [0, null]}\n');
    const ok = await cli(['render', 'c.yaml', '--out-dir', 'o'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'o', 'a.png')));
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: a, function: relu, xlim: "left=1, xmin=2"}\n');
    const bad = await cli(['render', 'c.yaml', '--out-dir', 'o'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /c\.yaml: figures\[0\]\.xlim: got 'left=1, xmin=2'; expected each end once/);
  });
});
