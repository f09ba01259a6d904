/**
 * plt.plot() of data points (--plot, a config's plot key, CurveOptions.plot) as matplotlib 3.6 reads its
 * arguments: plot(y) against 0, 1, 2...; a format string's colour, line and marker, with keywords beside it
 * winning; linestyle 'None' for markers alone; the colour cycle's turn taken only without a colour. Expected
 * values worked by hand from matplotlib's rules (axes/_base.py _process_plot_var_args).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { parseConfig } from '../../src/config/load';
import { planFigures } from '../../src/config/plan';
import { evaluateFigure } from '../../src/data/evaluate';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { validateFigure } from '../../src/spec';
import { plotLines, readPlot } from '../../src/spec/plot-call';
import { figureLayout } from '../../src/render/pipeline';
import { scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';

const at = ['panels', 0, 'curves', 0, 'plot'];
const figure = (...args: string[]) => figureFor(parsePlotArgs(args).panels).fig;

describe('readPlot: plot()’s arguments', () => {
  it('plot(RANGE, y): y over a range of its own, in the values and dtype its call gives', () => {
    // np.linspace: numpy's float64 values, 50 unless told; torch.arange: float32 unless dtype= says otherwise.
    const numpy = readPlot("np.linspace(0, 5, 11), relu(x), 'r--'", at);
    assert.deepEqual(numpy.sampling, { kind: 'linspace', from: 0, to: 5, num: 11, dtype: 'float64', method: 'numpy' });
    assert.equal(numpy.expr, 'relu(x)');
    assert.equal(numpy.color, 'r');
    assert.deepEqual(readPlot('torch.arange(-3, 3, 0.5), torch.tanh(x)', at).sampling, {
      kind: 'arange',
      from: -3,
      to: 3,
      step: 0.5,
      dtype: 'float32',
    });
    assert.equal(readPlot('torch.arange(0, 1, 0.1, dtype=torch.float64), x**2', at).sampling?.dtype, 'float64');
    assert.equal(readPlot('np.linspace(-1, 1), x', at).sampling?.kind, 'linspace');
    // Values written out are data at the range's values: np.linspace(0, 1, 3) is 0, 0.5, 1.
    assert.deepEqual(readPlot("np.linspace(0, 1, 3), [1, 4, 9], 'ro'", at).points, { x: [0, 0.5, 1], y: [1, 4, 9] });
    assert.throws(() => readPlot('np.linspace(0, 1, 3), [1, 4]', at), /x and y must have the same length.*3 and 2/);
    // A first argument actplot cannot read is said as such, not as the call syntax it then fails to parse as.
    assert.throws(() => readPlot('z', at), /plot: 'z' has no value here: nothing actplot reads defines it/);
    assert.throws(
      () => plotLines('(np.random.randn(100)), np.tanh(x)', at),
      /plot\.x: got 'np\.random\.randn\(100\)'; expected x \(the sampled range\), a range .* is not read/,
    );
    assert.throws(() => plotLines('data[:, 0], data[:, 1]', at), /plot\.x: got 'data\[:, 0\]'; expected x/);
    assert.throws(
      () => plotLines("np.tanh(x), 'r'", at),
      /plot\(y\) of computed values \(np\.tanh\(x\)\) against 0, 1, 2\.\.\. is not read; write plot\(x, y\)/,
    );
    // Alone, its values against 0, 1, 2..., as plot(y) draws them.
    assert.deepEqual(readPlot('np.linspace(0, 1, 3)', at).points, { x: [0, 1, 2], y: [0, 0.5, 1] });
    // A quoted second argument is the format: np.arange(3) is 0, 1, 2.
    const formatted = readPlot("np.arange(3), 'r--'", at);
    assert.deepEqual(
      [formatted.points, formatted.color, formatted.linestyle],
      [{ x: [0, 1, 2], y: [0, 1, 2] }, 'r', '--'],
    );
    assert.equal(readPlot("np.arange(3), x**2, 'r--'", at).expr, 'x**2');
    assert.throws(() => readPlot('np.linspace(0, 1, 3, endpoint=False), x', at), /endpoint=False/);
    // Drawn through every sample, as data: no more than plot()'s points.
    assert.throws(
      () => validateFigure(buildFigure({ panels: [{ curves: [{ plot: 'np.linspace(0, 1, 100001), x' }] }] })),
      /plot\.x: got '100001 points'; expected at most 100000 in a plot\(\) over a range of its own/,
    );
  });
  it("drawstyle= (ds=): 'steps' is 'steps-pre'; 'default' draws straight", () => {
    assert.equal(readPlot("[0, 1], [0, 1], drawstyle='steps-mid'", at).steps, 'mid');
    assert.equal(readPlot("[0, 1], [0, 1], ds='steps'", at).steps, 'pre');
    assert.equal(readPlot("[0, 1], [0, 1], ds='steps-post'", at).steps, 'post');
    assert.equal(readPlot("[0, 1], [0, 1], drawstyle='default'", at).steps, undefined);
    assert.equal(readPlot({ x: [0, 1], y: [0, 1], drawstyle: 'steps-pre' }, at).steps, 'pre');
    assert.throws(
      () => readPlot("[0, 1], [0, 1], ds='toString'", at),
      /drawstyle: got 'toString'; expected default, steps, steps-pre, steps-mid, steps-post/,
    );
  });
  it('markerfacecolor, markeredgecolor, markeredgewidth (mfc, mec, mew), fillstyle and zorder', () => {
    const c = readPlot("[0, 1], [0, 1], 'o-', mfc='white', mec='C1', mew=2, zorder=3", at);
    assert.deepEqual([c.markerfacecolor, c.markeredgecolor, c.markeredgewidth, c.zorder], ['white', 'C1', 2, 3]);
    assert.equal(readPlot("[0, 1], [0, 1], 's', fillstyle='none'", at).markerfacecolor, 'none');
    assert.equal(readPlot("[0, 1], [0, 1], 's', markerfacecolor='None'", at).markerfacecolor, 'none');
    assert.throws(
      () => readPlot("[0, 1], [0, 1], 'o', fillstyle='left'", at),
      /fillstyle: got 'left'; expected 'full' or 'none'/,
    );
    assert.throws(() => readPlot("[0, 1], [0, 1], 'o', mec='nocolour'", at), /markeredgecolor/);
  });
  it("lays the markers out with their own colours (the line's alpha), the line at its zorder", () => {
    const fig = buildFigure({
      panels: [{ curves: [{ plot: "[0, 1, 2], [5, 6, 7], 'o', mfc='none', mec='k', mew=2, alpha=0.5, zorder=1" }] }],
    });
    const layout = figureLayout(fig, 'png');
    const [line] = layout.axes[0].curves;
    assert.equal(line.zorder, 1);
    assert.deepEqual([line.markers!.face, line.markers!.edge], ['none', 'rgba(0, 0, 0, 0.5)']);
    // mew=2 points at 100 dpi: 2 * 100 / 72 pixels.
    assert.ok(Math.abs(line.markers!.edgeWidth - 200 / 72) < 1e-9);
  });
  it('lines.markerfacecolor and lines.markeredgecolor for markers without their own; a scatter reads neither', () => {
    // Line2D.__init__ takes both from the rc when not given; 'auto' is the line's colour (get_markeredgecolor).
    const fig = buildFigure({
      rc: { 'lines.markerfacecolor': 'white', 'lines.markeredgecolor': 'none' },
      panels: [
        {
          curves: [
            { plot: "[0, 1, 2], [5, 6, 7], 'o'" },
            { plot: "[0, 1, 2], [6, 7, 8], 'o', mfc='k', mec='auto'" },
            { scatter: '[0, 1, 2], [4, 5, 6]' },
          ],
        },
      ],
    });
    const [rcOnly, own, scatter] = figureLayout(fig, 'png').axes[0].curves;
    assert.deepEqual([rcOnly.markers!.face, rcOnly.markers!.edge], ['rgb(255, 255, 255)', 'none']);
    assert.deepEqual([own.markers!.face, own.markers!.edge], ['rgb(0, 0, 0)', undefined]);
    assert.deepEqual([scatter.markers!.face, scatter.markers!.edge], [undefined, undefined]);
  });
  it('a stepped line goes through the step vertices; its markers stay at the points', () => {
    const fig = buildFigure({ panels: [{ curves: [{ plot: "[0, 1, 2], [5, 6, 7], 'o', ls='-', ds='steps-post'" }] }] });
    const [c] = evaluateFigure(fig)[0].curves;
    assert.deepEqual(
      [Array.from(c.xs), Array.from(c.ys)],
      [
        [0, 1, 1, 2, 2],
        [5, 5, 6, 6, 7],
      ],
    );
    assert.deepEqual(
      [Array.from(c.markers!.xs), Array.from(c.markers!.ys)],
      [
        [0, 1, 2],
        [5, 6, 7],
      ],
    );
  });
  it('plot(y) is plotted against 0, 1, 2...; plot(y, fmt) reads the second argument as the format', () => {
    assert.deepEqual(readPlot('[3, 1, 2]', at).points, { x: [0, 1, 2], y: [3, 1, 2] });
    const c = readPlot("[3, 1], 'g^'", at);
    assert.deepEqual([c.points, c.color, c.marker, c.noLine], [{ x: [0, 1], y: [3, 1] }, 'g', '^', true]);
    assert.deepEqual(readPlot('5', at).points, { x: [0], y: [5] }, 'a number alone is one point');
  });
  it("x, y and a format: keywords beside it win, as plot(x, y, 'r--', color='b') draws blue", () => {
    const c = readPlot("(0, 1, 2), [0, 0.5, 1], 'r--', color='b', lw=3", at);
    assert.deepEqual([c.points, c.color, c.linestyle, c.linewidth], [{ x: [0, 1, 2], y: [0, 0.5, 1] }, 'b', '--', 3]);
    const markersOnly = readPlot("[0, 1], [1, 0], marker='s', ls='None', ms=10, markevery=2, alpha=0.5", at);
    assert.deepEqual(
      [markersOnly.noLine, markersOnly.marker, markersOnly.markersize, markersOnly.markevery, markersOnly.alpha],
      [true, 's', 10, 2, 0.5],
    );
    assert.equal(readPlot("[0, 1], [1, 0], 'o', ls='-'", at).noLine, undefined, 'a linestyle brings the line back');
  });
  it('by name too (a config, the API), and no legend entry without a label', () => {
    const c = readPlot({ x: [1, 2], y: [3, 4], fmt: 'k:', label: 'measured' }, at);
    assert.deepEqual([c.points, c.color, c.linestyle, c.label], [{ x: [1, 2], y: [3, 4] }, 'k', ':', 'measured']);
    assert.equal(readPlot({ y: [1] }, at).label, '');
  });
  it('plot() of several lines: two positional arguments at a time, and a format string after them', () => {
    // _process_plot_var_args: (x1, y1, 'r-'), (x2, y2); (y1, 'r'), (y2); keywords on every line.
    assert.deepEqual(plotLines("[0, 1], [2, 3], 'r-', [4, 5], [6, 7], lw=2", at), [
      { lw: 2, x: [0, 1], y: [2, 3], fmt: 'r-' },
      { lw: 2, x: [4, 5], y: [6, 7] },
    ]);
    assert.deepEqual(plotLines("[0, 1], 'r', [1, 2]", at), [{ x: [0, 1], y: 'r' }, { x: [1, 2] }]);
    assert.deepEqual(
      plotLines("[0, 1], 'r', [1, 2]", at).map((g) => readPlot(g, at)),
      [
        { points: { x: [0, 1], y: [0, 1] }, label: '', color: 'r' },
        { points: { x: [0, 1], y: [1, 2] }, label: '' },
      ],
    );
    // One line: the call as it was given.
    assert.deepEqual(plotLines("[0, 1], [1, 2], 'r'", at), ["[0, 1], [1, 2], 'r'"]);
  });
  it("lines.marker: every line without a marker of its own takes it, not one saying 'None' nor a scatter", () => {
    // Line2D.__init__: marker=None is rcParams['lines.marker']; a scatter is a collection. A format string that
    // is more than a colour says marker 'None' (_process_plot_format; matplotlib 3.6 with lines.marker 's'
    // prints get_marker() 'None' for 'r-' and '--', 's' for 'r' and 'C2').
    const fig = buildFigure({
      style: 'matplotlib',
      rc: { 'lines.marker': 's' },
      panels: [
        {
          curves: [
            { function: 'tanh' },
            { plot: "[0, 1], [0, 1], 'r-'" },
            { plot: "[0, 1], [1, 0], marker='None'" },
            { scatter: '[0, 1], [2, 3]' },
            { plot: "[0, 1], [0, 1], 'r'" },
            { plot: "[0, 1], [0, 1], '--'" },
          ],
          axhline: ['0.5'],
        },
      ],
    });
    const ax = fig.axes[0];
    assert.deepEqual(
      ax.curves.map((c) => c.marker),
      ['s', undefined, undefined, 'o', 's', undefined],
    );
    assert.equal(ax.refLines?.[0].marker, 's');
    assert.throws(() => buildFigure({ rc: { 'lines.marker': 'p' }, panels: [{ curves: [{ function: 'relu' }] }] }), {
      message: /lines\.marker: got 'p'; expected 'None' or a marker actplot draws/,
    });
  });
  it('markevery: N, (start, N), a list of indices (negative from the end), a list of True/False', () => {
    // Line2D's markevery, by hand: (1, 2) of 7 points marks 1, 3, 5; a mask marks where it is True.
    const at7 = (m: string) => readPlot(`[0, 1, 2, 3, 4, 5, 6], 'o', markevery=${m}`, at);
    assert.equal(at7('3').markevery, 3);
    assert.deepEqual(at7('(1, 2)').markAt, [1, 3, 5]);
    assert.deepEqual(at7('[0, -1, 3]').markAt, [0, 6, 3]);
    assert.deepEqual(at7('[True, False, True, False, False, False, True]').markAt, [0, 2, 6]);
    assert.throws(() => at7('[0, 7]'), /markevery: got '\[0, 7\]'.*indices from -7 to 6/);
    assert.throws(() => at7('[True, False]'), /got '2 True\/False'; expected one for each of the 7 points/);
    // A float is a distance along the line (markevery-distance.test.ts draws it); not above 0, refused.
    assert.deepEqual(at7('0.1').markDistance, { start: 0, step: 0.1 });
    assert.throws(() => at7('-0.5'), /or a distance above 0/);
  });
  it('refuses what plot() refuses or actplot does not draw, naming the argument', () => {
    const cases: [string, RegExp][] = [
      ['[0, 1, 2], [0, 1]', /x and y must have the same length.*got 3 and 2/],
      ["[0, 1], [0, 1], 'rq'", /expected a format string/],
      ['[0, 1], [0, 1], gapcolor="r"', /plot\(gapcolor=\.\.\.\) is matplotlib's, but actplot does not draw it yet/],
      ["[0, 1], [0, 1], colr='r'", /did you mean 'color'/],
      ["[0, 1], ls='None'", /draws nothing: no line and no marker/],
      ["[0, 'a']", /a list of finite numbers/],
      ['', /plot\(\)'s data/],
    ];
    for (const [text, pattern] of cases) {
      assert.throws(
        () => readPlot(text, at),
        (e: unknown) => e instanceof UsageError && pattern.test(e.message),
        text,
      );
    }
  });
});

describe('--plot in a figure', () => {
  it('keeps the command line order; the cycle advances only for curves without a colour', () => {
    const f = figure(
      '--plot',
      "[0, 1], [0, 1], 'r'",
      'relu',
      '--plot',
      '[0, 1], [1, 0]',
      'tanh',
      '--style',
      'matplotlib',
    );
    const curves = f.axes[0].curves;
    assert.deepEqual(
      curves.map((c) => c.fn ?? 'data'),
      ['data', 'relu', 'data', 'tanh'],
    );
    const data = evaluateFigure(f)[0].curves;
    assert.deepEqual(Array.from(data[2].ys), [1, 0]);
  });
  it("the document's style leaves data as its call draws it; --color a,b goes to the functions", () => {
    const f = figure('sigmoid', '--plot', "[0], [0.5], 'ro'", 'tanh', '--color', 'k,m');
    const [s, d, t] = f.axes[0].curves;
    assert.deepEqual([s.color, d.color, t.color], ['k', 'r', 'm']);
    assert.deepEqual([s.linewidth, d.linewidth, t.linewidth], [2, undefined, 2]);
  });
  it('with --grad, data takes its turn in the cycle and has no derivative', () => {
    const f = figure('relu', '--plot', '[0, 1], [0, 1]', 'tanh', '--grad');
    assert.deepEqual(
      f.axes[0].curves.map((c) => [c.fn ?? 'data', !!c.derivative, c.color]),
      [
        ['relu', false, 'C0'],
        ['relu', true, 'C0'],
        ['data', false, 'C1'],
        ['tanh', false, 'C2'],
        ['tanh', true, 'C2'],
      ],
    );
  });
  it('the API takes it as a curve of its own; a plot alone is a figure, named plot', async () => {
    const fig = buildFigure({ panels: [{ curves: [{ plot: { y: [1, 4, 9] } }] }] });
    assert.deepEqual(fig.axes[0].curves[0].points, { x: [0, 1, 2], y: [1, 4, 9] });
    const dir = scratch();
    const r = await cli(['--plot', '[1, 4, 9]', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'plot.png')));
  });
  it('a config error is placed at its plot entry and keyword', () => {
    const config = parseConfig(
      'figures:\n  - {name: a, function: relu, plot: ["[0, 1], [0, 1]", {y: [1, 2], fmt: "rq"}]}\n',
      'c.yaml',
    );
    assert.throws(
      () => planFigures(config, 'c.yaml'),
      (e: unknown) => e instanceof UsageError && /^c\.yaml: figures\[0\]\.plot\[1\]\.fmt: got 'rq'/.test(e.message),
    );
  });
});

describe("plot(x, f(x)): the panel's own x and an expression in it, as a script's line is copied", () => {
  it('reads what follows a bare x as written, up to its comma; a quoted text after x stays a text', async () => {
    const { parseCallArgs } = await import('../../src/pycall');
    const after = ['x'];
    assert.deepEqual(parseCallArgs("x, torch.sigmoid(x), 'r--', lw=2", at, [], after).positional, [
      'x',
      'torch.sigmoid(x)',
      'r--',
    ]);
    assert.deepEqual(parseCallArgs("x, 'x'", at, [], after).positional, ['x', 'x']);
    // A quoted 'x' (a format string's marker) is no bare x: the data after it stay data.
    assert.deepEqual(parseCallArgs("[0, 1], [1, 0], 'x', [2, 3]", at, [], after).positional, [
      [0, 1],
      [1, 0],
      'x',
      [2, 3],
    ]);
  });
  it('is a curve of that expression, out of the legend unless labelled, styled by its format and keywords', () => {
    assert.deepEqual(readPlot("x, x * torch.sigmoid(x), 'r--', label='swish'", at), {
      expr: 'x * torch.sigmoid(x)',
      label: 'swish',
      color: 'r',
      linestyle: '--',
      noMarker: true,
    });
    assert.deepEqual(readPlot('x, F.relu(x), markevery=50', at), { expr: 'F.relu(x)', label: '', markevery: 50 });
    const lines = plotLines("x, np.tanh(x), 'b', x, np.maximum(0, x), 'g:'", at);
    assert.deepEqual(
      lines.map((l) => readPlot(l, at)),
      [
        { expr: 'np.tanh(x)', label: '', color: 'b' },
        { expr: 'np.maximum(0, x)', label: '', color: 'g', linestyle: ':', noMarker: true },
      ],
    );
  });
  it('refuses what it cannot read: an unknown name, markevery by index (the points are sampled)', () => {
    assert.throws(() => readPlot('x, y', at), /y: at column 1 of 'y': unknown name 'y'/);
    assert.throws(
      () => readPlot('x, sigmoid(x), markevery=[1, 2]', at),
      /N or a distance, for a curve of the panel's x/,
    );
  });
});

describe('plot(solid_capstyle=..., dash_joinstyle=...): the line own caps and joins', () => {
  it("takes them over lines.*'s rcParams, the solid ones for a solid line, the dash ones for a dashed one", () => {
    const c = readPlot("x, x, lw=8, solid_capstyle='round', dash_capstyle='projecting', solid_joinstyle='bevel'", [
      'plot',
    ]);
    assert.deepEqual([c.capstyle, c.joinstyle], [{ solid: 'round', dash: 'projecting' }, { solid: 'bevel' }]);
    assert.throws(
      () => readPlot("x, x, solid_capstyle='square'", ['plot']),
      /solid_capstyle: got 'square'; expected butt, round, projecting/,
    );
    // matplotlib's rc defaults: a solid line's caps projecting (the canvas's 'square'), a dashed one's butt.
    const layout = figureLayout(
      buildFigure({
        style: 'matplotlib',
        panels: [
          {
            x: 'np.linspace(0, 1, 3)',
            curves: [
              { plot: "x, x, solid_capstyle='round'" },
              { plot: "x, x, '--'" },
              { plot: "x, x, '--', dash_capstyle='round', dash_joinstyle='miter'" },
              { plot: 'x, x' },
            ],
          },
        ],
      }),
      'png',
    );
    assert.deepEqual(
      layout.axes[0].curves.map((l) => [l.cap, l.join]),
      [
        ['round', 'round'],
        ['butt', 'round'],
        ['round', 'miter'],
        ['square', 'round'],
      ],
    );
  });
});

describe('plot(x[a:b:c], y[a:b:c]): the samples a slice keeps', () => {
  it("keeps Python's slice of the indices: omitted bounds, negative ones from the end, clamped, steps down", () => {
    const { sliceIndices } = require('../../src/data/slice') as typeof import('../../src/data/slice');
    // Python 3: list(range(10))[s] for each slice s.
    const cases: [import('../../src/pycall').PySlice, number[]][] = [
      [{ step: 3 }, [0, 3, 6, 9]],
      [{ start: 2, stop: 8, step: 2 }, [2, 4, 6]],
      [{ start: -3 }, [7, 8, 9]],
      [{ step: -1 }, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
      [{ start: -100, stop: 100 }, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
      [{ start: 5, stop: 2 }, []],
      [{ start: 8, stop: 2, step: -2 }, [8, 6, 4]],
      [{ stop: -1, step: 4 }, [0, 4, 8]],
      [{ start: -1, stop: -100, step: -3 }, [9, 6, 3, 0]],
      [{ start: 12, step: -1 }, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
    ];
    for (const [s, expected] of cases) assert.deepEqual(sliceIndices(10, s), expected, JSON.stringify(s));
  });
  it('draws the kept samples of the range and of y, through the CLI, a script and data written out', () => {
    // torch.linspace(-1, 1, 9): -1, -0.75, ..., 1; [::4] keeps -1, 0, 1; [1:-1:3] keeps -0.75, 0, 0.75.
    const drawn = (fig: ReturnType<typeof figure>) => evaluateFigure(fig)[0].curves.map((c) => [...c.xs, ...c.ys]);
    const fig = figure(
      '--x',
      'torch.linspace(-1, 1, 9)',
      '--plot',
      "x[::4], (2 * x)[::4], 'o'",
      '--plot',
      'x[1:-1:3], x[1:-1:3]',
    );
    assert.deepEqual(drawn(fig), [
      [-1, 0, 1, -2, 0, 2],
      [-0.75, 0, 0.75, -0.75, 0, 0.75],
    ]);
    const data = buildFigure({ panels: [{ curves: [{ plot: '[0, 1, 2, 3, 4][1::2], [5, 6, 7, 8, 9][1::2]' }] }] });
    assert.deepEqual(drawn(data), [[1, 3, 6, 8]]);
  });
  it('reads a script whose y is a name, and refuses y sliced otherwise or a step of 0', () => {
    const { readScript } = require('../../src/spec/script') as typeof import('../../src/spec/script');
    const options = readScript(
      [
        'import numpy as np',
        'import matplotlib.pyplot as plt',
        'x = np.linspace(0, 4, 5)',
        'y = x ** 2',
        "plt.plot(x[::2], y[::2], 'o')",
      ].join('\n'),
    );
    // x = 0, 1, 2, 3, 4; [::2] keeps 0, 2, 4, whose squares are 0, 4, 16.
    assert.deepEqual(
      evaluateFigure(buildFigure(options))[0].curves.map((c) => [...c.xs, ...c.ys]),
      [[0, 2, 4, 0, 4, 16]],
    );
    assert.throws(() => readPlot('x[::2], x[1::2]', at), /y sliced as x is, x\[::2\]: y\[::2\]/);
    assert.throws(() => readPlot('x[::0], x[::0]', at), /a slice step other than 0/);
  });
});
