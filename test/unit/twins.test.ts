/**
 * ax.twinx() as matplotlib 3.6 makes and places it. Expected values are matplotlib's own, from this script:
 *   x = np.arange(-5, 5, 0.01); fig, ax1 = plt.subplots(); ax1.plot(x, sigmoid(x)); ax1.set_xlabel('x')
 *   ax1.set_ylabel('sigmoid(x)'); ax2 = ax1.twinx(); ax2.plot(np.arange(-7, 3, 0.01), ...); ax2.set_ylabel('d')
 *   fig.tight_layout()
 * which puts both axes at (0.10375, 0.12141, 0.76476, 0.84734) and gives both x limits (-7.5995, 5.5895).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePlotArgs } from '../../src/cli/main';
import { optionsFromCli } from '../../src/cli/options';
import { buildFigure } from '../../src/spec/build';
import { figureLayout } from '../../src/render/pipeline';

const build = (args: string[]) => buildFigure(optionsFromCli(parsePlotArgs(args).panels));
const ARGS = [
  'sigmoid',
  '--from',
  '-5',
  '--to',
  '5',
  '--step',
  '0.01',
  '--style',
  'matplotlib',
  '--xlabel',
  'x',
  '--ylabel',
  'sigmoid(x)',
  '--twinx',
  '--plot',
  '[-7, 2.99], [0.1, 0.1]',
  '--ylabel',
  'd',
  '--tight-layout',
];

describe('--twinx: a twin of the panel before it', () => {
  const fig = build(ARGS);
  it('is an axes of its own in the same cell: one cell, the twin pointing at its host', () => {
    assert.deepEqual([fig.axes.length, fig.rows, fig.cols, fig.axes[1].twinOf], [2, 1, 1, 0]);
  });
  it("shares the x axis (limits from both axes' data) and keeps its own y axis", () => {
    const [host, twin] = figureLayout(fig, 'png').axes;
    // To float32's precision: actplot samples as torch.arange does, the script above as np.arange.
    for (const ax of [host, twin]) {
      assert.ok(Math.abs(ax.xlim[0] - -7.5995) < 1e-6 && Math.abs(ax.xlim[1] - 5.5895) < 1e-6, `${ax.xlim}`);
    }
    assert.notDeepEqual(host.ylim, twin.ylim);
  });
  it('tight_layout takes the two as one: both at matplotlib position, room for the labels on both sides', () => {
    const [host, twin] = figureLayout(fig, 'png').axes;
    const [w, h] = [640, 480];
    const bounds = (b: typeof host.box) => [
      b.left / w,
      1 - b.bottom / h,
      (b.right - b.left) / w,
      (b.bottom - b.top) / h,
    ];
    const expected = [0.10375434027777779, 0.12141203703703707, 0.7647569444444446, 0.8473379629629627];
    for (const ax of [host, twin])
      bounds(ax.box).forEach((v, k) => assert.ok(Math.abs(v - expected[k]) < 1e-6, `${v}`));
  });
  it("the twin's y ticks and label on the right, its x axis and background hidden; the host's ticks on the left", () => {
    const [host, twin] = figureLayout(fig, 'png').axes;
    assert.deepEqual(
      [twin.roles.xlabel, twin.facecolor, twin.xTicks.every((t) => !t.label.text)],
      [undefined, undefined, true],
    );
    assert.ok(twin.roles.right.length > 0 && twin.yTicks.every((t) => !t.label.text));
    assert.ok(twin.roles.ylabel!.box.left > Math.max(...twin.roles.right.map((t) => t.box.right)));
    assert.equal(host.roles.right.length, 0);
  });
  it('takes its x values from its host unless it gives its own, and has its own colour cycle (C0 again)', () => {
    const f = build(['relu', '--from', '-2', '--to', '2', '--step', '0.5', '--twinx', '--expr', 'x * x']);
    assert.deepEqual(f.axes[1].sampling, f.axes[0].sampling);
    const [host, twin] = figureLayout(build(['relu', '--style', 'matplotlib', '--twinx', 'gelu']), 'png').axes;
    assert.equal(host.curves[0].color, twin.curves[0].color);
  });
  it('takes no cell of the grid: --layout counts the panels that are not twins', () => {
    const f = build(['relu', '--panel', 'gelu', '--twinx', 'tanh', '--layout', '1x2']);
    assert.deepEqual([f.rows, f.cols, f.axes[2].twinOf], [1, 2, 1]);
  });
  it('refuses a twin with nothing before it, and what is not drawn with twins yet', () => {
    assert.throws(() => build(['--twinx', 'relu']), /a twin needs an axes before it/);
    assert.throws(() => build(['relu', '--twinx']), /a twin without a function/);
    assert.throws(() => build(['relu', '--twinx', 'gelu', '--aspect', 'equal']), /with an aspect/);
    assert.throws(() => build(['relu', '--twinx', 'gelu', '--constrained-layout']), /--constrained-layout/);
  });
});
