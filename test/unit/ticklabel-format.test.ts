/**
 * plt.ticklabel_format as matplotlib 3.6's Axes.ticklabel_format reads it (its keywords onto each named axis's
 * ScalarFormatter), and what the settings do to labels: a hand calculation from ScalarFormatter's rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import {
  autoMinorTicks,
  chooseTickFormat,
  formatTick,
  multipleMinorTicks,
  offsetText,
  SCI_LIMITS,
} from '../../src/layout/ticks';
import { scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';

const axesOf = (ticklabelFormat: string[]) =>
  buildFigure({ style: 'matplotlib', panels: [{ curves: [{ function: 'relu' }], ticklabelFormat }] }).axes[0];

describe("ticklabel_format (--ticklabel-format; a config's ticklabelFormat)", () => {
  it("reads style, scilimits, useOffset (a flag or the offset) and useMathText for axis 'x', 'y' or both", () => {
    const a = axesOf(["axis='y', style='sci', scilimits=(0, 0), useMathText=True", "style='plain', useOffset=1000"]);
    assert.deepEqual(a.yformat, { scientific: false, limits: [0, 0], useMathText: true, offset: 1000 });
    assert.deepEqual(a.xformat, { scientific: false, offset: 1000 });
    assert.deepEqual(axesOf(["axis='x', useOffset=False"]).xformat, { useOffset: false });
  });
  it("style='plain' takes no power of ten out; scilimits=(0, 0) takes one out of anything", () => {
    const base = { limits: SCI_LIMITS, useOffset: true, offsetThreshold: 4 };
    // 0 to 4e6: the labels 0, 2000000, 4000000 in plain style, 0, 2, 4 with 1e6 at the axis end otherwise.
    const plain = chooseTickFormat([0, 2e6, 4e6], 0, 4e6, { ...base, scientific: false });
    assert.deepEqual(
      [0, 2e6, 4e6].map((v) => formatTick(v, plain)),
      ['0', '2000000', '4000000'],
    );
    assert.equal(offsetText(plain), '');
    const sci = chooseTickFormat([0, 20, 40], 0, 40, { ...base, limits: [0, 0], useMathText: true });
    assert.deepEqual(
      [0, 20, 40].map((v) => formatTick(v, sci)),
      ['$\\mathdefault{0}$', '$\\mathdefault{2}$', '$\\mathdefault{4}$'],
    );
    assert.equal(offsetText(sci), '$\\times\\mathdefault{10^{1}}\\mathdefault{}$');
    // A fixed offset: every label less 1000, "+1e3" at the axis end.
    const fixed = chooseTickFormat([1000, 1000.5, 1001], 1000, 1001, { ...base, fixedOffset: 1000 });
    assert.deepEqual(
      [1000, 1000.5, 1001].map((v) => formatTick(v, fixed)),
      ['0.0', '0.5', '1.0'],
    );
    assert.equal(offsetText(fixed), '+1e3');
  });
  it("minor ticks: AutoMinorLocator's n divisions, a MultipleLocator's multiples off the major ticks (hand counts)", () => {
    // Major ticks every 2 over [-7, 7], 4 divisions: a step of 0.5 from -6.5 (the first above -7, as
    // AutoMinorLocator starts) to 7, 28 values, less the 7 majors in view: 21 (matplotlib's count too).
    const major = [-8, -6, -4, -2, 0, 2, 4, 6, 8];
    const four = autoMinorTicks(major, -7, 7, 4);
    assert.equal(four.length, 21);
    assert.ok(four.includes(0.5) && four.includes(-6.5) && !four.includes(2));
    // Multiples of 0.5 over [0, 2] with majors at 0, 1, 2: only 0.5 and 1.5 remain.
    assert.deepEqual(multipleMinorTicks([0, 1, 2], 0, 2, 0.5), [0.5, 1.5]);
  });
  it('refuses a bad style, scilimits or axis, and a log axis, each in one line', async () => {
    const dir = scratch();
    for (const [args, pattern] of [
      [
        ['--ticklabel-format', "style='fancy'"],
        /^actplot: --ticklabel-format style: got 'fancy'; expected 'sci', 'scientific' or 'plain'/,
      ],
      [
        ['--ticklabel-format', 'scilimits=(1, 2, 3)'],
        /^actplot: --ticklabel-format scilimits: got '\(1, 2, 3\)'; expected two whole numbers/,
      ],
      [['--ticklabel-format', "axis='z'"], /^actplot: --ticklabel-format axis: got 'z'; expected 'x', 'y' or 'both'/],
      [
        ['--yscale', 'log', '--ticklabel-format', "axis='y', style='plain'"],
        /^actplot: --ticklabel-format: ticklabel_format on a log y axis: matplotlib refuses it/,
      ],
    ] as const) {
      const r = await cli(['relu', ...args, '-o', 'a.png'], dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });
});
