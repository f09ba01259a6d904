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
  });
  it("refuse each end twice, the other axis's keywords, inverted and non-finite ends, naming the field", () => {
    const refused: [string, RegExp][] = [
      ['-1, bottom=0', /each end once/],
      ['bottom=0, ymin=1', /each end once/],
      ['left=0', /bottom=\/top=/],
      ['3, -1', /MIN < MAX.*swap them: -1, 3/],
      ['1, 1', /MIN < MAX/],
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
  it('takes the autoscaled end, and the autoscaled limits where the two ends cross or meet', () => {
    assert.deepEqual(resolveLimits(undefined, [-1, 1]), { limits: [-1, 1], drawn: true });
    assert.deepEqual(resolveLimits([0, null], [-1, 1]), { limits: [0, 1], drawn: true });
    assert.deepEqual(resolveLimits([null, -0.5], [-1, 1]), { limits: [-1, -0.5], drawn: true });
    assert.deepEqual(resolveLimits([1, null], [-1, 1]), { limits: [-1, 1], drawn: false });
    assert.deepEqual(resolveLimits([null, -2], [-1, 1]), { limits: [-1, 1], drawn: false });
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
  it('says so when the given end lies beyond the autoscaled one, and autoscales the axis', () => {
    const fig = buildFigure({ panels: [{ curves: [{ function: 'tanh' }], ylim: 'bottom=2' }] });
    const layout = figureLayout(fig, 'png');
    assert.ok(layout.axes[0].ylim[1] < 2, String(layout.axes[0].ylim));
    assert.match(layout.warnings?.join('\n') ?? '', /^ylim: the end given and the one autoscale places cross/);
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
