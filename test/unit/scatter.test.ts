/**
 * plt.scatter() as matplotlib 3.6 draws it. Expected values are matplotlib's own, read from the artists a script
 * makes (get_facecolor, get_sizes, get_linewidths, get_zorder after plot, scatter, scatter('x'), fill_between:
 * #1f77b4, #ff7f0e, #2ca02c; [36.], [1.], [1.5], 1), or hand calculations from its rcParams (legend's
 * scatteryoffsets, 3/8 of a 0.7-font-size handle).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePlotArgs } from '../../src/cli/main';
import { optionsFromCli } from '../../src/cli/options';
import { buildFigure } from '../../src/spec/build';
import { readScatter } from '../../src/spec/scatter-call';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { figureLayout } from '../../src/render/pipeline';
import { evaluateFigure } from '../../src/data/evaluate';

const layoutOf = (args: string[]) => figureLayout(buildFigure(optionsFromCli(parsePlotArgs(args).panels)), 'png');

describe("readScatter: scatter()'s arguments", () => {
  it('markers at the points, no line, under the lines (zorder 1), a circle by default', () => {
    const c = readScatter('[0, 1, 2], [0, 0.5, 1]', ['scatter']);
    assert.deepEqual(c.points, { x: [0, 1, 2], y: [0, 0.5, 1] });
    assert.deepEqual([c.noLine, c.marker, c.zorder, c.scatter, c.markersize], [true, 'o', 1, true, undefined]);
  });
  it('s is an area in points squared: s=80 is a marker sqrt(80) points across; a number alone is a point', () => {
    const c = readScatter("0.5, 2, s=80, c='r', marker='s', alpha=0.6, edgecolors='k', linewidths=1.5", ['scatter']);
    assert.deepEqual(c.points, { x: [0.5], y: [2] });
    assert.equal(c.markersize, Math.sqrt(80));
    assert.deepEqual([c.color, c.marker, c.alpha, c.markeredgecolor, c.markeredgewidth], ['r', 's', 0.6, 'k', 1.5]);
    assert.equal(readScatter("[0], [0], edgecolors='face'", ['scatter']).markeredgecolor, undefined);
  });
  it("scatter.marker and scatter.edgecolors where the call says none; the call's own over them", () => {
    const rc = { ...DEFAULT_RC, 'scatter.marker': 'D', 'scatter.edgecolors': 'k' };
    const plain = readScatter('[0, 1], [0, 1]', ['scatter'], rc);
    assert.deepEqual([plain.marker, plain.markeredgecolor], ['D', 'k']);
    const own = readScatter("[0, 1], [0, 1], marker='o', edgecolors='face'", ['scatter'], rc);
    assert.deepEqual([own.marker, own.markeredgecolor], ['o', undefined]);
  });
  it('takes a size and a colour for each point (s=[...], c=[...]), or one when they are all alike', () => {
    const c = readScatter("[0, 1], [0, 1], s=[16, 64], c=['red', 'blue']", ['scatter']);
    assert.deepEqual([c.markerSizes, c.markerColors, c.markersize, c.color], [[4, 8], ['red', 'blue'], 4, 'red']);
    const alike = readScatter("[0, 1], [0, 1], s=[9, 9], c=['k', 'k']", ['scatter']);
    assert.deepEqual([alike.markerSizes, alike.markerColors, alike.markersize], [undefined, undefined, 3]);
  });
  it("scatter(x, f(x)) of the sampled range: a marker at each sample, the call's other arguments as given", () => {
    const c = readScatter("x, (np.maximum(0, x)), 10, c='red', label='samples'", ['scatter']);
    assert.deepEqual(
      [c.expr, c.points, c.markersize, c.color, c.label],
      ['np.maximum(0, x)', undefined, Math.sqrt(10), 'red', 'samples'],
    );
    assert.deepEqual([c.noLine, c.scatter, c.zorder], [true, true, 1]);
    const fig = buildFigure(
      optionsFromCli(parsePlotArgs(['--x', 'np.linspace(-1, 1, 5)', '--scatter', 'x, np.tanh(x)']).panels),
    );
    const [drawn] = evaluateFigure(fig)[0].curves;
    // By hand: the 5 samples of [-1, 1]; Python's math.tanh(1) = 0.7615941559557649.
    assert.deepEqual(Array.from(drawn.xs), [-1, -0.5, 0, 0.5, 1]);
    assert.deepEqual([drawn.ys[2], drawn.ys[4]], [0, 0.7615941559557649]);
    // Per-point sizes and colours need the points written out.
    assert.throws(() => readScatter('x, np.tanh(x), s=[1, 2]', ['scatter']), /one size for the points over the range/);
  });
  it('refuses as matplotlib does, and says what is not drawn yet', () => {
    const cases: [string, RegExp][] = [
      ['[0, 1], [0]', /x and y must be the same size/],
      ["[0], [0], c='r', color='b'", /Supply a 'c' argument or a 'color' kwarg but not both/],
      ['[0, 1], [0, 1], c=[0.1, 0.9]', /values through a colormap .* does not draw them yet/],
      ["[0, 1, 2], [0, 1, 2], c=['r', 'g']", /got '2 colours'; expected one colour, or one for each of the 3 points/],
      ['[0, 1, 2], [0, 1, 2], s=[10, 20]', /got '2 sizes'; expected one size, or one for each of the 3 points/],
      ["[0], [0], cmap='viridis'", /scatter\(cmap=\.\.\.\) is matplotlib's, but actplot does not draw it yet/],
      ["[0], [0], 20, 'r', 'o', 'viridis'", /scatter\(cmap=\.\.\.\)/],
      ["[0], [0], colour='r'", /did you mean 'c' or 'color'/],
    ];
    for (const [args, message] of cases) assert.throws(() => readScatter(args, ['scatter']), message, args);
  });
});

describe('a scatter laid out', () => {
  const layout = layoutOf([
    'relu',
    '--style',
    'matplotlib',
    '--scatter',
    "[0, 1], [1, 0], label='dots'",
    '--scatter',
    "[0], [0], marker='x'",
    '--fill-between',
    'relu, 0, alpha=0.2',
    '--legend',
  ]);
  const ax = layout.axes[0];
  it("takes the patches' cycle, as fill_between does: C0 beside a C0 line, then C1, and the fill C2", () => {
    const [line, dots, cross] = ax.curves;
    // #1f77b4, #1f77b4, #ff7f0e and #2ca02c at alpha 0.2.
    assert.deepEqual(
      [line.color, dots.color, cross.color],
      ['rgb(31, 119, 180)', 'rgb(31, 119, 180)', 'rgb(255, 127, 14)'],
    );
    assert.equal(ax.patches[0].face, 'rgba(44, 160, 44, 0.2)');
  });
  it("edges: patch.linewidth (1 point) for a filled marker, lines.linewidth (1.5) for 'x'; zorder 1", () => {
    const [, dots, cross] = ax.curves;
    const px = 100 / 72;
    assert.deepEqual([dots.markers!.edgeWidth, cross.markers!.edgeWidth], [1 * px, 1.5 * px]);
    assert.deepEqual([dots.markers!.size, dots.zorder], [6 * px, 1]);
  });
  it("the legend's handle: a lone marker 3/8 of the handle's height up (scatteryoffsets), a line's halfway", () => {
    const [line, dots] = ax.legend!.entries;
    const handle = 0.7 * 10 * (100 / 72); // legend.handleheight times legend.fontsize ('medium', 10 points)
    assert.ok(Math.abs(line.label.baseline - line.y - handle / 2) < 1e-9);
    assert.ok(Math.abs(dots.label.baseline - dots.y - handle * 0.375) < 1e-9);
  });
});

describe("the document style's own legend", () => {
  it('is left out where nothing is labelled (data alone), as matplotlib draws none unless asked', () => {
    const fig = buildFigure(optionsFromCli(parsePlotArgs(['--scatter', '[0, 1], [1, 0]']).panels));
    assert.deepEqual([fig.axes[0].legend, fig.warnings], [false, undefined]);
    const labelled = buildFigure(optionsFromCli(parsePlotArgs(['--scatter', "[0, 1], [1, 0], label='pts'"]).panels));
    assert.equal(labelled.axes[0].legend, 'best');
  });
});

describe('legend(scatterpoints=3)', () => {
  it("puts a scatter's three handle markers at 3/8, 4/8 and 2.5/8 of the handle, 0.3 font sizes in", () => {
    const layout = layoutOf(['--scatter', "[0, 1], [1, 0], label='dots'", '--legend', 'scatterpoints=3']);
    const legend = layout.axes[0].legend!;
    const [entry] = legend.entries;
    const fs = 10 * (100 / 72); // legend.fontsize 'medium' is font.size, 10 points
    const handle = 0.7 * fs;
    const expected = [3 / 8, 4 / 8, 2.5 / 8].map((o) => entry.label.baseline - handle * o);
    entry.ys!.forEach((y, k) => assert.ok(Math.abs(y - expected[k]) < 1e-9, `${y}`));
    assert.deepEqual([legend.scatterpoints, legend.scatterInset], [3, 0.3 * fs]);
  });
});
