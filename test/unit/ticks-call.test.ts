/** Ticks as scripts write them (spec/ticks-call.ts): the values numpy gives, and refusals in one line. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { figureLayout } from '../../src/render/pipeline';
import { readLocator, readLocatorParams } from '../../src/spec/locator-call';
import { readTicksCall } from '../../src/spec/ticks-call';
import { maxNLocatorTicks, multipleLocatorCount, multipleLocatorTicks } from '../../src/layout/ticks';
import { validateFigure } from '../../src/spec/validate';
import { cli } from '../helpers/in-process';
import { scratch } from '../helpers/cli';

const at = ['panels', 0, 'xticks'];

describe("plt.xticks()'s argument as a script writes it", () => {
  it("gives numpy 1.24's values for np.arange and np.linspace, last bits included, and range()'s", () => {
    // Printed by numpy 1.24.2: [float(v) for v in np.arange(-1, 1.05, 0.1)] and so on.
    assert.deepEqual(
      readTicksCall('np.arange(-1, 1.05, 0.1)', at).values,
      [
        -1.0, -0.9, -0.8, -0.7000000000000001, -0.6000000000000001, -0.5000000000000001, -0.40000000000000013,
        -0.30000000000000016, -0.20000000000000018, -0.1000000000000002, -2.220446049250313e-16, 0.09999999999999964,
        0.19999999999999973, 0.2999999999999998, 0.3999999999999997, 0.49999999999999956, 0.5999999999999996,
        0.6999999999999997, 0.7999999999999996, 0.8999999999999995, 0.9999999999999996,
      ],
    );
    assert.deepEqual(
      readTicksCall('np.linspace(-1, 1, 7)', at).values,
      [-1.0, -0.6666666666666667, -0.33333333333333337, 0.0, 0.33333333333333326, 0.6666666666666665, 1.0],
    );
    assert.deepEqual(
      readTicksCall('numpy.arange(-6, 6.5, step=1.5)', at).values,
      [-6, -4.5, -3, -1.5, 0, 1.5, 3, 4.5, 6],
    );
    assert.deepEqual(readTicksCall('np.arange(4)', at).values, [0, 1, 2, 3]);
    assert.deepEqual(readTicksCall('range(-6, 7, 2)', at).values, [-6, -4, -2, 0, 2, 4, 6]);
    // An empty range is no ticks, as plt.xticks([]) is.
    assert.deepEqual(readTicksCall('np.arange(5, 0, 1)', at).values, []);
  });
  it('takes a list or tuple of numbers, sorted as the ticks are', () => {
    assert.deepEqual(readTicksCall('[5, -5, 0]', at).values, [-5, 0, 5]);
    assert.deepEqual(readTicksCall('(-1, 0.5, 1e-3)', at).values, [-1, 0.001, 0.5]);
  });
  it("minor=False, xticks()'s default, changes nothing; minor=True is refused at its keyword", () => {
    assert.deepEqual(readTicksCall('np.arange(-1, 2, 1), minor=False', at), readTicksCall('np.arange(-1, 2, 1)', at));
    assert.throws(
      () => readTicksCall('[0, 1], minor=True', at),
      (e: unknown) =>
        e instanceof UsageError && e.field.join('.') === `${at.join('.')}.minor` && /set_minor_locator/.test(e.message),
    );
  });
  it('refuses labels, keywords, strings, fractions in range() and too many ticks, naming the field', () => {
    for (const [text, pattern] of [
      ["[-1, 0, 1], ['a', 'b']", /one label for each of the 3 ticks \(2 given\)/],
      ['[-1, 0, 1], [-1, 0, 1]', /labels as strings \(-1 is not one\)/],
      ["[-1, 0, 1], 'abc'", /labels as a list of strings/],
      ["[0, 1], ['a', 'b'], labels=['c', 'd']", /labels given once/],
      ["np.arange(2), ['a', 'b'], ['c', 'd']", /the ticks and their labels: xticks\(ticks, labels\)/],
      ['np.arange(0, 3) + 1', /a list of numbers or one of numpy's calls/],
      ['np.arange(0, 3', /a list of numbers or one of numpy's calls/],
      ["[-1, 0, 1], ['a', 'b', 'c'], wrap=True", /wrap= is not read here/],
      ['[-1, 0, 1], labelsize=8', /labelsize= is not read here.*--tick-params/],
      ["[1, 'a']", /expected finite numbers/],
      ['range(0, 1.5)', /range\(\) of whole numbers/],
      ['np.arange(0, 1e9, 1)', /at most 20000 ticks \(this gives 1000000000\)/],
      ['np.arange(0, 1, -1)', /a step > 0/],
      ['np.ones(3)', /a list of numbers or one of numpy's calls/],
      ['np.linspace(0, 1, 2.5)', /np\.linspace of 0 to 20000 ticks/],
      ['np.arange(0, 5, dtype=np.float32)', /np\.arange\(\) without dtype= \(ticks are float64 positions\)/],
      [
        'np.linspace(0, 1, retstep=True)',
        /np\.linspace\(\) without retstep= \(np\.linspace\(\) takes start, stop, num, endpoint\)/,
      ],
    ] as const) {
      assert.throws(
        () => readTicksCall(text, at),
        (e: unknown) => e instanceof UsageError && e.field.join('.') === at.join('.') && pattern.test(e.message),
        text,
      );
    }
  });
  it('fontsize= (size=) and color= (c=) for the labels, a size name relative to font.size', () => {
    assert.deepEqual(readTicksCall('fontsize=12', at), { fontsize: 12 });
    assert.deepEqual(readTicksCall("[0, 1], size='large', c='r'", at), { values: [0, 1], fontsize: 12, color: 'r' });
    // font_manager.font_scalings['small'] = 0.833 of font.size
    assert.ok(Math.abs(readTicksCall("fontsize='small'", at).fontsize! - 8.33) < 1e-9);
    assert.throws(
      () => readTicksCall('fontsize=-1', at),
      /fontsize: got '-1'; expected a size in points, above 0 up to 1000/,
    );
    assert.throws(() => readTicksCall("color='nocolour'", at), /color/);
  });
  it('keeps each label with its tick, as a FixedFormatter labels them in the order given', () => {
    assert.deepEqual(readTicksCall("[2, -2, 0], ['two', 'minus two', 'zero']", at), {
      values: [-2, 0, 2],
      labels: ['minus two', 'zero', 'two'],
    });
    // np.linspace(1, -1, 3) is [1, 0, -1] (numpy), labelled in that order; labels= as a keyword, r'' strings.
    assert.deepEqual(readTicksCall("np.linspace(1, -1, 3), labels=['one', r'$\\frac{1}{2}$', 'neg']", at), {
      values: [-1, 0, 1],
      labels: ['neg', '$\\frac{1}{2}$', 'one'],
    });
    assert.deepEqual(readTicksCall("range(3), ('a', 'b', 'c')", at), { values: [0, 1, 2], labels: ['a', 'b', 'c'] });
    // xticks(ticks, None) is xticks(ticks).
    assert.deepEqual(readTicksCall('[1, 0], None', at), { values: [0, 1] });
  });
  it('labels only the ticks inside the view, with no offset text, and checks their math', () => {
    const fig = buildFigure({
      style: 'matplotlib',
      panels: [
        {
          curves: [{ function: 'relu' }],
          from: -1,
          to: 1,
          xticks: "[1000.25, -0.5, 0.5], ['far', 'left', 'right']",
          xlim: [-1, 1],
          yticks: "[0, 1], ['$0$', 'one']",
        },
      ],
    });
    const ax = figureLayout(fig, 'png').axes[0];
    // A ScalarFormatter would offset ticks 1000.25 apart; FixedFormatter shows the labels as given.
    assert.deepEqual(
      ax.xTicks.map((t) => t.label.text),
      ['left', 'right'],
    );
    assert.deepEqual(
      ax.yTicks.map((t) => t.label.text),
      ['$0$', 'one'],
    );
    const badMath = buildFigure({ panels: [{ curves: [{ function: 'relu' }], yticks: "[0], ['$\\frac{1}$']" }] });
    assert.throws(
      () => validateFigure(badMath),
      (e: unknown) => e instanceof UsageError && e.field.join('.') === 'panels.0.yticks',
    );
  });
  it('reach the figure from the API and the command line; "a,b,c" stays as it was', async () => {
    const fig = buildFigure({
      panels: [{ curves: [{ function: 'relu' }], xticks: 'np.arange(-6, 7, 3)', yticks: '-1,0,1' }],
    });
    assert.deepEqual(
      [fig.axes[0].xticks, fig.axes[0].yticks],
      [
        [-6, -3, 0, 3, 6],
        [-1, 0, 1],
      ],
    );
    const dir = scratch();
    const r = await cli(['relu', '--xticks', 'np.arange(-6, 7, 3)', '--yticks', "[0, 'x']", '-o', 'a.png'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^actplot: --yticks: got '\[0, 'x'\]'; expected finite numbers/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    // A config's key is the same, its errors at its path.
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: a, function: relu, xticks: "range(0, 1.5)"}\n');
    const bad = await cli(['render', 'c.yaml', '--out-dir', 'o'], dir);
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /c\.yaml: figures\[0\]\.xticks: got 'range\(0, 1\.5\)'; expected range\(\) of whole numbers/,
    );
  });
});

describe('ticks outside the data', () => {
  const relu = (style: string) =>
    figureLayout(
      buildFigure({
        style,
        panels: [{ curves: [{ function: 'relu' }], from: -3, to: 3, step: 0.01, yticks: 'np.linspace(-0.5, 3, 8)' }],
      }),
      'png',
    ).axes[0].ylim;
  it("widen the view to every tick in a pyplot script's style, which sets them after its plots", () => {
    // Axis.set_ticks -> set_view_interval(-0.5, 3): relu over arange(-3, 3, 0.01) spans 0 to 2.99, with 5 %
    // margins -0.1495 to 3.1395; widened below to the tick at -0.5, kept above.
    const [lo, hi] = relu('matplotlib');
    assert.equal(lo, -0.5);
    assert.ok(Math.abs(hi - 3.1395) < 1e-6, String(hi)); // 2.99 as float32 is 2.990000009536743
  });
  it("leave it to the data in the document's style, whose scripts set them before plotting", () => {
    const [lo] = relu('document');
    assert.ok(lo > -0.5, String(lo));
  });
});

describe('MultipleLocator(base): ax.xaxis.set_major_locator() as a script writes it', () => {
  it('reads the step by position or name, under the names scripts import it by', () => {
    assert.deepEqual(readLocator('MultipleLocator(0.5)', at), { kind: 'multiple', base: 0.5 });
    assert.deepEqual(readLocator('ticker.MultipleLocator(base=2)', at), { kind: 'multiple', base: 2 });
    assert.deepEqual(readLocator('plt.MultipleLocator()', at), { kind: 'multiple', base: 1 });
    assert.throws(() => readLocator('MultipleLocator(0)', at), /base: got '0'; expected a step > 0/);
    assert.throws(() => readLocator('MultipleLocator(1) + 1', at), /a locator as a script makes one/);
    assert.throws(() => readLocator('MultipleLocator(1, 2)', at), /at most 1 positional arguments/);
  });
  it('gives the axis its ticks from the view, labelled as the automatic ones (command line, config, API)', () => {
    const fig = buildFigure({
      style: 'matplotlib',
      panels: [{ curves: [{ function: 'relu' }], from: -3, to: 3, xticks: 'MultipleLocator(2)' }],
    });
    assert.deepEqual(fig.axes[0].xlocator, { kind: 'multiple', base: 2 });
    // Samples -3 to 3 (the last below 3), margins 5 %: a view of about -3.3 to 3.3, and every multiple of 2 in it.
    const layout = figureLayout(fig, 'png').axes[0];
    assert.ok(layout.xlim[0] > -3.5 && layout.xlim[1] < 3.5, String(layout.xlim));
    assert.deepEqual(
      layout.xTicks.map((t) => [t.value, t.label.text]),
      [
        [-2, '\u22122'],
        [0, '0'],
        [2, '2'],
      ],
    );
  });
  it('ticks every multiple of the step from the first at or above vmin, and one more each side (tick_values)', () => {
    // vmin -4.4: the first multiple at or above it is -4; n = (4.4 + 4 + 0.001) // 1 = 8; -5 + 0, 1, ... 10.
    assert.deepEqual(multipleLocatorTicks(-4.4, 4.4, 1), [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    // An edge within 1e-10 of a step counts as on it: 0.30000000000000004 / 0.1 is 3.0000000000000004.
    assert.equal(multipleLocatorTicks(0.30000000000000004, 0.5, 0.1)[1], 0.30000000000000004);
    assert.equal(multipleLocatorCount(-4.4, 4.4, 1), 11);
    assert.equal(multipleLocatorCount(4.4, -4.4, 1), 11, 'an inverted view alike');
  });
});

describe('MaxNLocator and locator_params(): values from matplotlib 3.6 (MaxNLocator(...).tick_values)', () => {
  // MaxNLocator's own steps when given none; the automatic locator's are 1, 2, 2.5, 5, 10.
  const own = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  it('integer=True, prune=, steps=, symmetric=', () => {
    assert.deepEqual(maxNLocatorTicks(-0.5, 3.3, 10, { steps: own, integer: true }), [-1, 0, 1, 2, 3, 4]);
    assert.deepEqual(maxNLocatorTicks(-1.1, 4.2, 4, { steps: own, prune: 'lower' }), [0, 1.5, 3, 4.5]);
    assert.deepEqual(maxNLocatorTicks(-6.6, 6.6, 5, { steps: [1, 2, 5, 10] }), [-10, -5, 0, 5, 10]);
    assert.deepEqual(maxNLocatorTicks(-1, 4, 3, { steps: own, symmetric: true }), [-6, -3, 0, 3, 6]);
    // Fewer than min_n_ticks integers in view: the integer constraint is relaxed.
    assert.deepEqual(
      maxNLocatorTicks(0.1, 0.9, 10, { steps: own, integer: true }),
      [
        0.08, 0.16, 0.24, 0.32, 0.4, 0.48000000000000004, 0.5599999999999999, 0.64, 0.72, 0.7999999999999999, 0.88,
        0.96,
      ],
    );
  });
  it('reads MaxNLocator(...) and locator_params(...) as scripts write them', () => {
    assert.deepEqual(readLocator("MaxNLocator(4, prune='lower')", at), {
      kind: 'maxn',
      steps: own,
      prune: 'lower',
      nbins: 4,
    });
    assert.deepEqual(readLocator('mticker.MaxNLocator(integer=True)', at), {
      kind: 'maxn',
      steps: own,
      integer: true,
      nbins: 10,
    });
    // Steps without 1 or 10 get them, as _validate_steps adds them.
    assert.deepEqual(readLocatorParams("axis='x', nbins=5, steps=[2, 5]", at), {
      axes: ['x'],
      locator: { kind: 'maxn', steps: [1, 2, 5, 10], nbins: 5 },
      given: { steps: [1, 2, 5, 10], nbins: 5 },
    });
    assert.deepEqual(readLocatorParams('integer=True', at).axes, ['x', 'y']);
    assert.throws(() => readLocator('MaxNLocator(0)', at), /nbins: got '0'; expected a whole number of intervals/);
    assert.throws(() => readLocatorParams('steps=[5, 2]', at), /steps: got '\[5, 2\]'; expected increasing numbers/);
    assert.throws(() => readLocatorParams("axis='z'", at), /axis: got 'z'; expected 'x', 'y' or 'both'/);
  });
  it('a later locator_params() call keeps what an earlier one set; fixed ticks refuse it', () => {
    const fig = buildFigure({
      panels: [{ curves: [{ function: 'relu' }], locatorParams: ["axis='x', nbins=3", "axis='x', integer=True"] }],
    });
    // Steps not given: the automatic locator's, whichever the figure's rc makes it (classic mode's or the usual).
    assert.deepEqual(fig.axes[0].xlocator, { kind: 'maxn', nbins: 3, integer: true });
    assert.equal(fig.axes[0].ylocator, undefined);
    assert.throws(
      () => buildFigure({ panels: [{ curves: [{ function: 'relu' }], xticks: [0, 1], locatorParams: ['nbins=3'] }] }),
      /the automatic ticks or a MaxNLocator on the x axis/,
    );
  });
});

describe("plt.yticks(fontsize=...) against tick_params(labelsize=...): the locator's tick space", () => {
  it("counts bins with the axis's label size, which xticks()'s keywords leave alone (matplotlib 3.6's ticks)", () => {
    // matplotlib 3.6, figsize=(6.4, 2.0), plot(x, sigmoid(x)) over np.linspace(-5, 5, 101), after a draw:
    // plt.yticks(fontsize=6) gives 0, 0.25 ... 1.0 (get_tick_space with the rc's 10 points: 5 bins); tick_params(
    // axis='y', labelsize=6) gives 0, 0.2 ... 1.0 (6 points: 9 bins).
    const ticksWith = (extra: Record<string, unknown>) => {
      const fig = buildFigure({
        style: 'matplotlib',
        size: [6.4, 2],
        panels: [{ curves: [{ expr: '1 / (1 + np.exp(-x))' }], x: 'np.linspace(-5, 5, 101)', ...extra }],
      });
      const { ylim, yTicks } = figureLayout(fig, 'png').axes[0];
      return yTicks.map((t) => t.value).filter((v) => v >= ylim[0] && v <= ylim[1]);
    };
    assert.deepEqual(ticksWith({ yticks: 'fontsize=6' }), [0, 0.25, 0.5, 0.75, 1]);
    const params = ticksWith({ tickParams: ["axis='y', labelsize=6"] });
    assert.equal(params.length, 6);
    params.forEach((v, i) => assert.ok(Math.abs(v - 0.2 * i) < 1e-12, String(params)));
  });
});
