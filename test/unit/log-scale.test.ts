/**
 * A log axis as matplotlib 3.6 makes one. Expected values are matplotlib's own: LogLocator(numticks=...)
 * .tick_values, ax.get_ylim() after plotting [0, 0.01, 100] on set_yscale('log'), and the texts of
 * LogFormatterSciNotation's labels; positions compared to a relative 1e-12 (numpy's power of 10.0 is an ulp
 * off some decades, 9.999999999999999e-05).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logAutoLimits, logLocatorTicks, logTickLabel, sublabels } from '../../src/layout/log-scale';
import { readScale } from '../../src/spec/scale-call';

const TEN = { base: 10, nonpositive: 'clip' } as const;
const near = (a: number[], b: number[]) =>
  a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1e-12 * Math.abs(b[i]));

describe('LogLocator', () => {
  it('decades a stride apart, one stride beyond each end', () => {
    const nine = logLocatorTicks(1e-3, 150, TEN, 9, false);
    assert.ok(near(nine, [1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100, 1e3, 1e4]), `${nine}`);
    const five = logLocatorTicks(1e-9, 150, TEN, 5, false);
    assert.ok(near(five, [1e-12, 1e-9, 1e-6, 1e-3, 1, 1e3, 1e6]), `${five}`);
    const two = logLocatorTicks(0.45, 4.4, { base: 2, nonpositive: 'clip' }, 9, false);
    assert.ok(near(two, [0.125, 0.25, 0.5, 1, 2, 4, 8, 16]), `${two}`);
  });
  it("minor ticks at 2 to 9 of each decade (subs 'auto')", () => {
    const minor = logLocatorTicks(0.62, 0.98, TEN, 9, true);
    const expected = [0.02, 0.2, 2, 20].flatMap((d) => [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5].map((k) => d * k));
    assert.ok(near(minor, expected), `${minor}`);
  });
});

describe('log autoscale', () => {
  it('from the smallest positive value, the margins in log space: [0, 0.01, 100] -> (10^-2.2, 10^2.2)', () => {
    const { limits } = logAutoLimits([Float64Array.of(0, 0.01, 100)], 0.05, TEN);
    assert.ok(near(limits, [0.006309573444801929, 158.48931924611142]), `${limits}`);
  });
  it('warns and takes (1, 10) when nothing is above zero', () => {
    const r = logAutoLimits([Float64Array.of(-1, 0)], 0.05, TEN);
    assert.deepEqual(
      [r.limits, r.warning],
      [[1, 10], 'Data has no positive values, and therefore cannot be log-scaled.'],
    );
  });
});

describe('LogFormatterSciNotation', () => {
  it('labels the decades over more than a decade, and the multiples below one', () => {
    const wide = sublabels(1e-3, 100, 10);
    assert.equal(logTickLabel(1e-4, 10, wide), '$\\mathdefault{10^{-4}}$');
    assert.equal(logTickLabel(1, 10, wide), '$\\mathdefault{10^{0}}$');
    assert.equal(logTickLabel(0.2, 10, wide), '');
    const narrow = sublabels(0.62, 0.98, 10);
    assert.equal(logTickLabel(0.2, 10, narrow), '$\\mathdefault{2\\times10^{-1}}$');
    assert.equal(logTickLabel(90, 10, narrow), '$\\mathdefault{9\\times10^{1}}$');
  });
  it('axes.formatter.min_exponent: a smaller exponent written as a plain number (%g)', () => {
    // matplotlib 3.6's LogFormatterSciNotation with min_exponent 2, every multiple labelled.
    const all = sublabels(0.62, 0.98, 10);
    const expected: [number, string][] = [
      [0.01, '10^{-2}'],
      [0.1, '0.1'],
      [1, '1'],
      [10, '10'],
      [100, '10^{2}'],
      [0.2, '0.2'],
      [90, '90'],
      [1e-5, '10^{-5}'],
      [-0.5, '-0.5'],
    ];
    for (const [x, label] of expected)
      assert.equal(logTickLabel(x, 10, all, 2), `$\\mathdefault{${label}}$`, String(x));
  });
});

describe("plt.yscale()'s arguments", () => {
  it("reads 'log' with its base and nonpositive, and 'linear' as none", () => {
    assert.deepEqual(readScale('log', 'y', ['yscale']), TEN);
    assert.deepEqual(readScale("'log', base=2, nonpositive='mask'", 'x', ['xscale']), { base: 2, nonpositive: 'mask' });
    assert.equal(readScale('linear', 'y', ['yscale']), undefined);
    assert.throws(
      () => readScale('logit', 'y', ['yscale']),
      /'logit' scale is matplotlib's, but actplot does not draw it/,
    );
    assert.throws(() => readScale("'log', base=1", 'y', ['yscale']), /a whole base from 2 to 100/);
  });
});

describe('a log axis over a twentieth of a decade', () => {
  it("takes AutoLocator's minor ticks and labels them as matplotlib does: 5.1×10^-1 (%g)", async () => {
    // matplotlib 3.6: ax.set_yscale('log'); ax.plot([0, 1], [0.5, 0.55]): minor ticks 0.5 to 0.55 by 0.01,
    // labelled 5×10^{-1}, 5.1×10^{-1}, ... 5.5×10^{-1}; no major tick in view.
    const { buildFigure } = await import('../../src/spec/build');
    const { figureLayout } = await import('../../src/render/pipeline');
    const fig = buildFigure({
      style: 'matplotlib',
      panels: [{ curves: [{ plot: '[0, 1], [0.5, 0.55]' }], yscale: 'log' }],
    });
    const ticks = figureLayout(fig, 'png').axes[0].yTicks;
    assert.deepEqual(
      ticks.map((t) => t.label.text),
      ['5', '5.1', '5.2', '5.3', '5.4', '5.5'].map((c) => `$\\mathdefault{${c}\\times10^{-1}}$`),
    );
    assert.ok(ticks.every((t) => t.minor));
    // A minor label sits ytick.minor.size (2, outward) + ytick.minor.pad (3.4) points left of the spine.
    const ax = figureLayout(fig, 'png').axes[0];
    for (const t of ticks) assert.ok(Math.abs(t.label.x - (ax.box.left - (5.4 * 100) / 72)) < 1e-9, `${t.label.x}`);
  });
});
