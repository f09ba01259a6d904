/**
 * set_major_locator()'s locators besides MultipleLocator and MaxNLocator. Expected values: matplotlib 3.6's
 * FixedLocator(locs, nbins).tick_values(0, 1), printed by /usr/bin/python3 for these five cases; the others as
 * matplotlib's ticker documents them (AutoLocator is the axis's default, NullLocator places none).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { fixedLocatorTicks, readMajorLocator } from '../../src/spec/locator-call';
import { figureLayout } from '../../src/render/pipeline';

describe('FixedLocator(locs, nbins)', () => {
  it("keeps every step-th position, from the offset nearest 0, as matplotlib's tick_values", () => {
    const cases: [number[], number, number[]][] = [
      [[-6, -4, -2, 0, 2, 4, 6], 3, [-6, 0, 6]],
      [[-6, -4, -2, 0, 2, 4, 6], 2, [0]],
      [[1, 2, 3, 4, 5, 6, 7, 8], 3, [1, 4, 7]],
      [[-5, -3, -1, 1, 3, 5], 4, [-5, -1, 3]],
      [[0.5, 1.5, 2.5], 1, [0.5, 2.5]],
    ];
    for (const [locs, nbins, expected] of cases) assert.deepEqual(fixedLocatorTicks(locs, nbins), expected);
  });
});

describe('set_major_locator() by the locator it names', () => {
  const at = ['xaxis'];
  it('reads FixedLocator, NullLocator and AutoLocator under any module prefix', () => {
    assert.deepEqual(readMajorLocator('ticker.FixedLocator([-4, 0, 4])', at), { kind: 'fixed', locs: [-4, 0, 4] });
    assert.deepEqual(readMajorLocator('mticker.NullLocator()', at), { kind: 'fixed', locs: [] });
    assert.deepEqual(readMajorLocator('plt.AutoLocator()', at), { kind: 'auto' });
    assert.deepEqual(readMajorLocator('matplotlib.ticker.MultipleLocator(2)', at), { kind: 'multiple', base: 2 });
  });
  it('refuses the locators it does not draw, instead of reading them as another', () => {
    // LinearLocator(5) was once read as MultipleLocator(5); it is its own now (linear-locator.test.ts).
    assert.deepEqual(readMajorLocator('ticker.LinearLocator(5)', at), { kind: 'linear', numticks: 5 });
    assert.throws(() => readMajorLocator('IndexLocator(1, 0)', at), /IndexLocator is matplotlib's/);
    assert.throws(() => readMajorLocator('LogLocator()', at), /LogLocator is matplotlib's/);
    assert.throws(() => readMajorLocator('Foo(3)', at), /a locator as a script makes one/);
  });
  it('sets the ticks FixedLocator places, and AutoLocator() undoes an earlier locator', () => {
    const fig = (xaxis: string[]) => buildFigure({ panels: [{ curves: [{ function: 'relu' }], xaxis }] }).axes[0];
    assert.deepEqual(fig(['set_major_locator(FixedLocator([4, -4, 0]))']).xticks, [-4, 0, 4]);
    assert.deepEqual(fig(['set_major_locator(NullLocator())']).xticks, []);
    const undone = fig(['set_major_locator(MultipleLocator(2))', 'set_major_locator(AutoLocator())']);
    assert.deepEqual([undone.xticks, undone.xlocator], [undefined, undefined]);
  });
});

describe("an Axis's methods that are an Axes call for that axis", () => {
  const axes = (xaxis: string[], yaxis: string[] = []) =>
    buildFigure({ panels: [{ curves: [{ function: 'relu' }], xaxis, yaxis }] }).axes[0];
  it('set_ticks and set_ticklabels are xticks(ticks, labels), after the plots (the view widened to them)', () => {
    const ax = axes(['set_ticks([-4, 0, 4])', "set_ticklabels(['a', 'b', 'c'])"]);
    assert.deepEqual([ax.xticks, ax.xtickLabels, ax.ticksAfterPlots], [[-4, 0, 4], ['a', 'b', 'c'], true]);
    // matplotlib: "The number of FixedLocator locations (3) ... does not match the number of labels (2)".
    assert.throws(() => axes(['set_ticks([-4, 0, 4])', "set_ticklabels(['a', 'b'])"]), /one for each of the 3/);
  });
  it("set_ticklabels without ticks labels the locator's ticks in order, those beyond the view first", () => {
    // matplotlib 3.6, plot([-7.7, 7.7], [0, 1]) then set_xticklabels('abcdefghij'): the view is (-8.47, 8.47),
    // the locator's ticks -10..10; 'a' goes to the hidden -10, 'b' to -8, ... 'j' to 8, '' to the hidden 10.
    const fig = buildFigure({
      style: 'matplotlib',
      panels: [
        { curves: [{ plot: '[-7.7, 7.7], [0, 1]' }], xaxis: [`set_ticklabels(${JSON.stringify([...'abcdefghij'])})`] },
      ],
    });
    assert.deepEqual(fig.axes[0].warnings, ['FixedFormatter should only be used together with FixedLocator']);
    const ticks = figureLayout(fig, 'png').axes[0].xTicks;
    assert.deepEqual(
      ticks.map((t) => [t.value, t.label.text]),
      [-8, -6, -4, -2, 0, 2, 4, 6, 8].map((v, i) => [v, 'bcdefghij'[i]]),
    );
    // Fewer labels than ticks: '' past the last one (FixedFormatter).
    const short = buildFigure({
      style: 'matplotlib',
      panels: [{ curves: [{ plot: '[-7.7, 7.7], [0, 1]' }], xaxis: ["set_ticklabels(['a', 'b', 'c'])"] }],
    });
    assert.deepEqual(
      figureLayout(short, 'png').axes[0].xTicks.map((t) => t.label.text),
      ['b', 'c', '', '', '', '', '', '', ''],
    );
    const onLog = { curves: [{ function: 'relu' }], xscale: 'log', xaxis: ["set_ticklabels(['a'])"] };
    assert.throws(
      () => buildFigure({ panels: [onLog] }),
      /on a log or symlog axis is matplotlib's, but actplot does not/,
    );
  });
  it("grid(), set_tick_params() and set_inverted() are the Axes' own for this axis", () => {
    const ax = axes([], ['grid(True, alpha=0.5)', 'set_tick_params(labelsize=8)', 'set_inverted(True)']);
    assert.deepEqual(ax.grids?.at(-1), { visible: true, axis: 'y', which: 'major', style: { alpha: 0.5 } });
    assert.deepEqual(ax.tickParams?.at(-1)?.axes, ['y']);
    assert.equal(ax.invert?.y, true);
    assert.throws(() => axes([], ["grid(True, axis='x')"]), /takes no axis=/);
  });
});

describe('set_major_formatter() with NullFormatter() and ScalarFormatter(...)', () => {
  const axes = (xaxis: string[]) => buildFigure({ panels: [{ curves: [{ function: 'relu' }], xaxis }] }).axes[0];
  it('NullFormatter labels nothing; a ScalarFormatter made anew replaces the formatter set before', () => {
    assert.deepEqual(axes(['set_major_formatter(ticker.NullFormatter())']).xformatter, { kind: 'null' });
    const ax = axes(["set_major_formatter('{x:.1f}')", 'set_major_formatter(ScalarFormatter(useMathText=True))']);
    assert.deepEqual([ax.xformatter, ax.xformat], [undefined, { useMathText: true }]);
    assert.deepEqual(axes(['set_major_formatter(ScalarFormatter(useOffset=1000))']).xformat, { offset: 1000 });
    assert.throws(() => axes(['set_major_formatter(ScalarFormatter(useLocale=True))']), /not drawn yet/);
  });
});
