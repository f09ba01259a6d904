/**
 * The layout is pure: it runs on the bundled font's own metrics, with no canvas and no Pango, and its geometry
 * follows matplotlib's rcParams (expected values worked by hand from mpl-data/matplotlibrc).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { autoLimits } from '../../src/data/extent';
import { placeText, placeVerticalText, type HAlign, type TextMeasurer, type VAlign } from '../../src/layout/text';
import { subplotBoxes } from '../../src/spec/subplots';
import { chooseTickFormat, formatTick, offsetText } from '../../src/layout/ticks';
import { loadReference } from '../helpers/reference';

const OUT_SRC = path.resolve(__dirname, '../../src');

describe('a pure layout', () => {
  it('lays out a document figure without loading node-canvas', () => {
    const script = `
      const { documentFigure } = require(${JSON.stringify(path.join(OUT_SRC, 'spec/presets'))});
      const { evaluateFigure } = require(${JSON.stringify(path.join(OUT_SRC, 'data/evaluate'))});
      const { layoutFigure } = require(${JSON.stringify(path.join(OUT_SRC, 'layout/layout'))});
      const { fontMeasurer } = require(${JSON.stringify(path.join(OUT_SRC, 'text/measure'))});
      const { png } = require(${JSON.stringify(path.join(OUT_SRC, 'render/targets/png'))});
      const fig = documentFigure('gelu');
      const layout = layoutFigure(fig, evaluateFigure(fig), png, fontMeasurer());
      const canvas = Object.keys(require.cache).some((m) => m.includes('/node_modules/canvas/'));
      const ax = layout.axes[0];
      const zero = ax.xTicks.find((t) => t.value === 0);
      console.log(JSON.stringify({ canvas, box: ax.box, xlim: ax.xlim, zero: zero && zero.pos, size: [layout.width, layout.height] }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      canvas: boolean;
      box: Record<string, number>;
      xlim: [number, number];
      zero: number;
      size: [number, number];
    };
    assert.equal(out.canvas, false, 'node-canvas was loaded');
    // The document's GELU figure: 8 x 4 inches at 100 dpi, x from torch.arange(-8, 8, 0.1) in float32, whose
    // last value PyTorch gives as 7.899999618530273 (test/fixtures/torch-float64.json); matplotlib's axes take
    // figure.subplot.* of the figure, and 5 % margins.
    assert.deepEqual(out.size, [800, 400]);
    const box = { left: 0.125 * 800, right: 0.9 * 800, top: 0.12 * 400, bottom: 0.89 * 400 };
    for (const side of ['left', 'right', 'top', 'bottom'] as const)
      assert.ok(Math.abs(out.box[side] - box[side]) < 1e-9);
    const torch = loadReference().arange['-8.0,8.0,0.1'];
    const [lo, hi] = [torch[0], torch[torch.length - 1]];
    const xlim = [lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)];
    assert.ok(Math.abs(out.xlim[0] - xlim[0]) < 1e-12 && Math.abs(out.xlim[1] - xlim[1]) < 1e-12, String(out.xlim));
    const zero = box.left + ((0 - xlim[0]) / (xlim[1] - xlim[0])) * (box.right - box.left);
    assert.ok(Math.abs(out.zero - zero) < 1e-9, `tick 0 at ${out.zero}, expected ${zero}`);
  });
});

describe("subplotBoxes: matplotlib's figure.subplot.* (left .125, right .9, bottom .11, top .88, wspace .2, hspace .2)", () => {
  it('one axes on 640 x 480 px', () => {
    const [box] = subplotBoxes(1, 1, 640, 480);
    const expected = { left: 0.125 * 640, right: 0.9 * 640, top: (1 - 0.88) * 480, bottom: (1 - 0.11) * 480 };
    for (const side of ['left', 'right', 'top', 'bottom'] as const)
      assert.ok(Math.abs(box[side] - expected[side]) < 1e-9, side);
  });
  it('a 1 x 2 grid: two cells of (0.775 / 2.2) of the width, 0.2 of a cell apart', () => {
    const [a, b] = subplotBoxes(1, 2, 1000, 400);
    const cell = (0.775 / 2.2) * 1000;
    assert.ok(Math.abs(a.left - 125) < 1e-9 && Math.abs(a.right - (125 + cell)) < 1e-9);
    assert.ok(Math.abs(b.left - (125 + 1.2 * cell)) < 1e-9 && Math.abs(b.right - 900) < 1e-9);
    assert.deepEqual([a.top, a.bottom], [b.top, b.bottom]);
  });
  it('width_ratios=[3, 1]: the mean cell and gap as before, the columns 3:1 of their sum (1.5 and 0.5 cells)', () => {
    const [a, b] = subplotBoxes(1, 2, 1000, 400, undefined, { width: [3, 1] });
    const cell = (0.775 / 2.2) * 1000;
    assert.ok(Math.abs(a.left - 125) < 1e-9 && Math.abs(a.right - (125 + 1.5 * cell)) < 1e-9);
    assert.ok(Math.abs(b.left - (125 + 1.7 * cell)) < 1e-9 && Math.abs(b.right - 900) < 1e-9);
  });
  it('height_ratios=[1, 2], hspace 0: the rows a third and two thirds of the grid, touching', () => {
    const s = { left: 0.1, right: 0.9, bottom: 0.1, top: 0.9, wspace: 0, hspace: 0 };
    const [a, b] = subplotBoxes(2, 1, 100, 100, s, { height: [1, 2] });
    // The grid is 80 px tall from y = 10 (canvas, downwards): 80 / 3 and 160 / 3.
    assert.ok(Math.abs(a.top - 10) < 1e-9 && Math.abs(a.bottom - (10 + 80 / 3)) < 1e-9);
    assert.ok(Math.abs(b.top - a.bottom) < 1e-9 && Math.abs(b.bottom - 90) < 1e-9);
  });
});

describe("autoLimits: matplotlib's autoscale (5 % margins, nonsingular)", () => {
  const close = (a: [number, number], b: [number, number]) =>
    Math.abs(a[0] - b[0]) < 1e-12 && Math.abs(a[1] - b[1]) < 1e-12;
  it('data from 0 to 1 gets -0.05 to 1.05', () => assert.ok(close(autoLimits([[0, 1]]), [-0.05, 1.05])));
  it('a constant 2 is widened by 5 % (1.9 to 2.1), then given its margins: 1.89 to 2.11', () => {
    assert.ok(close(autoLimits([[2, 2, 2]]), [1.89, 2.11]), String(autoLimits([[2, 2, 2]])));
  });
  it('a constant 0 becomes -0.055 to 0.055', () => assert.ok(close(autoLimits([[0]]), [-0.055, 0.055])));
  it('no finite values: -0.05 to 0.05', () => assert.deepEqual(autoLimits([[NaN, Infinity]]), [-0.05, 0.05]));
  it('NaN values are ignored', () => assert.ok(close(autoLimits([[NaN, 0, 1, NaN]]), [-0.05, 1.05])));
});

describe("placeText: matplotlib's text alignment (a line at least as tall and deep as 'lp')", () => {
  // 'ab' is 12 wide, 8 above and 1 below the baseline; 'lp' 7 above and 3 below. As matplotlib's
  // Text._get_layout: the line is max(9, 10) = 10 high and max(1, 3) = 3 deep, so its baseline is 7 below its top.
  const m: TextMeasurer = {
    measure: (text) => (text === 'lp' ? { width: 12, ascent: 7, descent: 3 } : { width: 12, ascent: 8, descent: 1 }),
  };
  const cases: [HAlign, VAlign, { left: number; top: number; baseline: number }][] = [
    ['left', 'top', { left: 100, top: 50, baseline: 57 }],
    ['center', 'baseline', { left: 94, top: 43, baseline: 50 }],
    ['right', 'bottom', { left: 88, top: 40, baseline: 47 }],
    ['center', 'center', { left: 94, top: 45, baseline: 52 }],
    ['left', 'center_baseline', { left: 100, top: 46.5, baseline: 53.5 }],
  ];
  for (const [ha, va, expected] of cases) {
    it(`ha=${ha}, va=${va}`, () => {
      const t = placeText(m, 'ab', 10, 100, 50, ha, va);
      assert.deepEqual({ left: t.box.left, top: t.box.top, baseline: t.baseline }, expected);
      assert.deepEqual([t.box.right - t.box.left, t.box.bottom - t.box.top], [12, 10]);
    });
  }
  it('turned text (a y label): its box right edge at x, centred on y, the baseline a descent left of x', () => {
    const t = placeVerticalText(m, 'ab', 10, 100, 50);
    assert.deepEqual(t.box, { left: 90, top: 44, right: 100, bottom: 56 });
    assert.equal(t.x, 97);
  });
});

describe("axes.unicode_minus: the tick labels' minus (ScalarFormatter.fix_minus)", () => {
  const rc = { limits: [-5, 6] as [number, number], useOffset: true, offsetThreshold: 4 };
  it("is Unicode's minus by default and the hyphen when False, in the labels and the offset text", () => {
    const unicode = chooseTickFormat([-1, 0, 1], -1, 1, rc);
    const hyphen = chooseTickFormat([-1, 0, 1], -1, 1, { ...rc, unicodeMinus: false });
    assert.equal(formatTick(-1, unicode), '\u22121');
    assert.equal(formatTick(-1, hyphen), '-1');
    // Ticks near 1e-5 on a range of 1e-6: an exponent shown at the axis end, 1e-5.
    const locs = [-1.2e-5, -1.1e-5, -1e-5];
    assert.equal(offsetText(chooseTickFormat(locs, locs[0], locs[2], { ...rc, unicodeMinus: false })), '1e-5');
    assert.equal(offsetText(chooseTickFormat(locs, locs[0], locs[2], rc)), '1e\u22125');
  });
});
