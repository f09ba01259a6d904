/**
 * Curves as written: command-line order, labels that show parameters, and Python's quoted strings. Expected
 * values are what a pyplot script would say for the same figure (the order of its plt.plot calls, the labels
 * it writes).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePlotArgs } from '../../src/cli/main';
import { optionsFromCli } from '../../src/cli/options';
import { compileExpression } from '../../src/functions/expression';
import { curveLabel, expressionContext, parseFunctionRef } from '../../src/functions/registry';
import { buildFigure } from '../../src/spec/build';
import { figureLayout } from '../../src/render/pipeline';

const curvesOf = (args: string[]) => optionsFromCli(parsePlotArgs(args).panels).panels.map((p) => p.curves);
const labelsOf = (args: string[]) =>
  buildFigure(optionsFromCli(parsePlotArgs(args).panels)).axes[0].curves.map((c) => c.label);

describe('curves keep the order they are typed in', () => {
  it('functions and --expr interleaved, values of options skipped', () => {
    assert.deepEqual(curvesOf(['sigmoid', '--from', '-3', '--expr', 'x', 'tanh', '--color', 'r,g,b', '--expr=2*x']), [
      [{ function: 'sigmoid' }, { expr: 'x' }, { function: 'tanh' }, { expr: '2*x' }],
    ]);
  });
  it('an expression first, and in each panel', () => {
    assert.deepEqual(
      curvesOf(['--expr', 'x', '--name', 'id', 'relu', '--panel', '--legend', '--expr', 'x*x', 'gelu']),
      [
        [{ expr: 'x', name: 'id' }, { function: 'relu' }],
        [{ expr: 'x*x' }, { function: 'gelu' }],
      ],
    );
  });
  it('the colour cycle follows the order: C0, C1, C2 as typed', () => {
    const fig = buildFigure(optionsFromCli(parsePlotArgs(['relu', '--expr', 'x', 'tanh', '--color', 'r,g,b']).panels));
    assert.deepEqual(
      fig.axes[0].curves.map((c) => [c.fn ?? c.expr, c.color]),
      [
        ['relu', 'r'],
        ['x', 'g'],
        ['tanh', 'b'],
      ],
    );
  });
});

describe('default labels show the parameters that differ from the defaults', () => {
  it('four swish curves, four labels; a default value is not shown', () => {
    assert.deepEqual(labelsOf(['swish', 'swish(beta=0.5)', 'swish(beta=2)', 'swish(beta=1)']), [
      'Swish(x)',
      'Swish(x, beta=0.5)',
      'Swish(x, beta=2)',
      'Swish(x)',
    ]);
  });
  it('a choice in quotes, as Python writes it; several parameters in their order', () => {
    assert.equal(curveLabel({ fn: 'gelu', params: { approximate: 'tanh' } }), "GELU(x, approximate='tanh')");
    assert.equal(
      curveLabel({ fn: 'softplus', params: { threshold: 10, beta: 2 } }),
      'Softplus(x, beta=2, threshold=10)',
    );
  });
  it('an explicit --label wins', () => {
    assert.deepEqual(labelsOf(['swish(beta=2)', 'relu', '--label', 'β = 2']), ['β = 2', 'ReLU(x)']);
  });
});

describe("Python's quoted strings", () => {
  it('in a function reference: "tanh" and \'tanh\' are tanh', () => {
    for (const text of ['gelu(approximate="tanh")', "gelu(approximate='tanh')", 'gelu(approximate=tanh)']) {
      assert.deepEqual(parseFunctionRef(text).params, { approximate: 'tanh' }, text);
    }
  });
  it("in an expression's parameter, and refused anywhere else", () => {
    const quoted = compileExpression("gelu(x, approximate='tanh')", expressionContext);
    const bare = compileExpression('gelu(x, approximate=tanh)', expressionContext);
    for (const x of [-2, -0.5, 0.3, 1.7]) assert.equal(quoted.value(x), bare.value(x));
    assert.throws(() => compileExpression("'x' * 2", expressionContext), /unexpected 'x'/);
    assert.throws(() => compileExpression("gelu(x, approximate='tanh)", expressionContext), /without its closing '/);
  });
});

describe('--arange', () => {
  it("numpy's is float64 unless --dtype says otherwise; a bad value is refused with the choices", async () => {
    const sampling = (args: string[]) => buildFigure(optionsFromCli(parsePlotArgs(args).panels)).axes[0].sampling;
    assert.deepEqual(sampling(['relu', 'tanh', '--arange', 'numpy', '--from', '-1', '--to', '1', '--step', '0.5']), {
      kind: 'arange',
      from: -1,
      to: 1,
      step: 0.5,
      dtype: 'float64',
      method: 'numpy',
    });
    assert.equal(sampling(['relu', 'tanh', '--arange', 'numpy', '--dtype', 'float32']).dtype, 'float32');
    assert.throws(
      () => sampling(['relu', 'tanh', '--arange', 'jax']),
      /arange: got 'jax'; expected numpy or torch: whose arange the x values are \(e\.g\. --arange numpy\)/,
    );
  });
});

describe('--all-panels', () => {
  it("gives every panel the options after it; a panel's own option still wins", () => {
    const panels = optionsFromCli(
      parsePlotArgs(['relu', '--panel', 'gelu', '--ylim', '0,2', '--all-panels', '--ylim', '-1,3', '--grid', '--grad'])
        .panels,
    ).panels;
    assert.deepEqual(
      panels.map((p) => [p.curves, p.ylim, p.grid, p.grad]),
      [
        // The limits as given, read by the builder as xlim()'s arguments.
        [[{ function: 'relu' }], '-1,3', true, true],
        [[{ function: 'gelu' }], '0,2', true, true],
      ],
    );
  });
});

describe('--aspect equal (set_aspect with adjustable box)', () => {
  it("a unit of y is a unit of x on the page, the box centred in its cell; 'auto' leaves the cell", async () => {
    const { figureLayout } = await import('../../src/render/pipeline');
    const layout = (aspect: string) =>
      figureLayout(buildFigure(optionsFromCli(parsePlotArgs(['tanh', 'relu', '--aspect', aspect]).panels)), 'png')
        .axes[0];
    const ax = layout('equal');
    const w = ax.box.right - ax.box.left;
    const h = ax.box.bottom - ax.box.top;
    const ratio = (ax.ylim[1] - ax.ylim[0]) / (ax.xlim[1] - ax.xlim[0]);
    assert.ok(Math.abs(h / w - ratio) < 1e-9, `${h / w} against ${ratio}`);
    // The default cell of an 8 x 4 inch figure at 100 dpi: x 100 to 720, y 48 to 356; here the height is the cell's.
    assert.deepEqual([ax.box.top, ax.box.bottom], [48, 356]);
    assert.ok(Math.abs((ax.box.left + ax.box.right) / 2 - 410) < 1e-9);
    assert.deepEqual(layout('auto').box, { left: 100, right: 720, top: 48, bottom: 356 });
  });
});

describe('--fill-between', () => {
  const fillsOf = (args: string[]) => buildFigure(optionsFromCli(parsePlotArgs(args).panels)).axes[0].fills!;
  it("a function, an expression or a number for each bound; PolyCollection's zorder 1, the face left to the cycle", () => {
    const [a, b] = fillsOf([
      'relu',
      '--fill-between',
      "relu, 'gelu(approximate=tanh)', alpha=0.3, label='gap'",
      '--fill-between',
      "'0.5 * tanh(x)', -0.5, color='C2'",
    ]);
    assert.deepEqual(
      [a.y1.fn, a.y2, a.alpha, a.label, a.zorder, a.facecolor],
      ['relu', { fn: 'gelu', params: { approximate: 'tanh' } }, 0.3, 'gap', 1, undefined],
    );
    assert.deepEqual([b.y1.expr, b.y2, b.facecolor], ['0.5 * tanh(x)', -0.5, 'C2']);
  });
  it('color= is the face and the edge (Collection.set_color); facecolor, edgecolor, lw and ls their own', () => {
    const [a, b, c] = fillsOf([
      'relu',
      '--fill-between',
      "relu, 0, color='C2'",
      '--fill-between',
      "relu, 0, color='C2', fc='none', ec='k', lw=2, ls='--'",
      '--fill-between',
      'relu, 0',
    ]);
    assert.deepEqual([a.facecolor, a.edgecolor], ['C2', 'C2']);
    assert.deepEqual([b.facecolor, b.edgecolor, b.linewidth, b.linestyle], ['none', 'k', 2, '--']);
    assert.deepEqual([c.facecolor, c.edgecolor], [undefined, undefined]);
    // Laid out: the edge at patch.linewidth (1 point, 100/72 pixels at 100 dpi) in the fill's colour.
    const fig = buildFigure(optionsFromCli(parsePlotArgs(['relu', '--fill-between', "relu, 0, color='red'"]).panels));
    const edge = figureLayout(fig, 'png').axes[0].patches[0].edge!;
    assert.deepEqual([edge.color, edge.dash], ['rgb(255, 0, 0)', []]);
    assert.ok(Math.abs(edge.width - 100 / 72) < 1e-9, String(edge.width));
  });
  it("a script's fill_between(x, y1, y2=0, ...): the panel's x, then expressions in it as written", () => {
    const [a, b] = fillsOf([
      'relu',
      '--fill-between',
      'x, F.relu(x), alpha=0.3',
      '--fill-between',
      "x, torch.sigmoid(x), 0.5 * x, color='C2'",
    ]);
    assert.deepEqual([a.y1.expr, a.y2, a.alpha], ['F.relu(x)', 0, 0.3]);
    assert.deepEqual([b.y1.expr, (b.y2 as { expr: string }).expr, b.facecolor], ['torch.sigmoid(x)', '0.5 * x', 'C2']);
    assert.throws(() => fillsOf(['relu', '--fill-between', 'x, F.nope(x)']), /'nope' is no elementwise activation/);
  });
  it("fill_between(x, 0, f(x)): a number first fills the same area, where='s y1 and y2 still the script's", () => {
    const [swapped] = fillsOf(['relu', '--fill-between', "x, 0, F.relu(x), where='y1 < y2'"]);
    const [plain] = fillsOf(['relu', '--fill-between', "x, F.relu(x), 0, where='y2 < y1'"]);
    assert.deepEqual(swapped, plain);
    // The script's y1 is the number 0: 'y1 < y2' holds where 0 < relu(x), which is the kept bounds' y2 < y1.
    assert.deepEqual(swapped.where!.terms[0], { left: { bound: 'y2' }, op: '<', right: { bound: 'y1' } });
    const [bare] = fillsOf(['relu', '--fill-between', '0, relu']);
    assert.deepEqual([bare.y1.fn, bare.y2], ['relu', 0]);
  });
  it('takes where, interpolate and step at their defaults, which change nothing', () => {
    const [plain] = fillsOf(['relu', '--fill-between', 'relu, 0']);
    const [given] = fillsOf(['relu', '--fill-between', 'relu, 0, where=None, interpolate=False, step=None']);
    assert.deepEqual(given, plain);
  });
  it('reads where= as a script writes it: comparisons of expressions, numbers, y1 and y2, joined by & or |', () => {
    const where = (w: string) => fillsOf(['relu', '--fill-between', `relu, gelu, where=${w}`])[0].where!;
    const x = where('(x > 0)');
    assert.deepEqual([x.join, x.terms[0].op, x.terms[0].right], ['&', '>', { value: 0 }]);
    assert.deepEqual(x.terms[0].left, { curve: { expr: 'x', label: 'x' } });
    // Quoted the same, as a config or the API gives it.
    assert.deepEqual(where("'x > 0'"), x);
    const both = where('(x >= -2) & (x <= -0.5)');
    assert.deepEqual(
      both.terms.map((t) => [t.op, t.right]),
      [
        ['>=', { value: -2 }],
        ['<=', { value: -0.5 }],
      ],
    );
    const bounds = where('y1 > y2 | (x < -1)');
    assert.deepEqual(
      [bounds.join, bounds.terms[0].left, bounds.terms[0].right],
      ['|', { bound: 'y1' }, { bound: 'y2' }],
    );
    assert.equal((where('relu(x) > gelu(x)').terms[0].right as { curve: { expr: string } }).curve.expr, 'gelu(x)');
  });
  it('fills each run of samples the condition holds at with a polygon of its own, as matplotlib does', () => {
    // x = -2, -1, 0, 1, 2; where x != 0 by two comparisons: runs [-2, -1] and [1, 2], each from y2 at its start.
    const fig = buildFigure(
      optionsFromCli(
        parsePlotArgs([
          'relu',
          '--from',
          '-2',
          '--to',
          '2',
          '--num',
          '5',
          '--fill-between',
          "'1 + 0 * x', 0, where=(x < 0) | (x > 0)",
        ]).panels,
      ),
    );
    const patch = figureLayout(fig, 'png').axes[0].patches[0];
    const { xs } = patch.polygon!;
    const breaks = Array.from(xs).filter(Number.isNaN).length;
    assert.equal(breaks, 1);
    // Each: (x0, y2), then x0, x1 along y1, then x1, x0 along y2: 5 points, twice, and the break.
    assert.equal(xs.length, 11);
  });
  it('with interpolate=True reaches out to where y1 and y2 cross between samples (get_interp_point)', () => {
    // x = -1, 0, 1; y1 = x - 0.5 > 0 at x = 1 alone: y1 - y2 goes from -0.5 to 0.5, so they cross at x = 0.5
    // (y1 = 0 there); after the last sample the run ends at that sample's y1.
    const args = ['relu', '--from', '-1', '--to', '1', '--num', '3', '--fill-between'];
    const fig = buildFigure(
      optionsFromCli(parsePlotArgs([...args, "'x - 0.5', 0, where=y1 > y2, interpolate=True"]).panels),
    );
    const ax = figureLayout(fig, 'png').axes[0];
    const { xs, ys } = ax.patches[0].polygon!;
    const { box } = ax;
    const toX = (v: number) => box.left + ((v - ax.xlim[0]) / (ax.xlim[1] - ax.xlim[0])) * (box.right - box.left);
    const toY = (v: number) => box.bottom - ((v - ax.ylim[0]) / (ax.ylim[1] - ax.ylim[0])) * (box.bottom - box.top);
    const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
    assert.ok(near(xs[0], toX(0.5)) && near(ys[0], toY(0)), `${xs[0]}, ${ys[0]}`);
    assert.deepEqual(xs.length, 4); // the crossing, y1 at x = 1, the run's end (the same point), y2 at x = 1
  });
  it("with step= goes along each bound's step function (pts_to_poststep)", () => {
    assert.equal(fillsOf(['relu', '--fill-between', "relu, step='mid'"])[0].step, 'mid');
    // x = -1, 0, 1 and relu 0, 0, 1 down to 0, post steps: along y1 (-1, 0) (0, 0) (0, 0) (1, 0) (1, 1), then
    // back along y2 (1, 0) (1, 0) (0, 0) (0, 0) (-1, 0).
    const args = ['relu', '--from', '-1', '--to', '1', '--num', '3', '--fill-between', "relu, step='post'"];
    const ax = figureLayout(buildFigure(optionsFromCli(parsePlotArgs(args).panels)), 'png').axes[0];
    const { xs, ys } = ax.patches[0].polygon!;
    const { box } = ax;
    const dataX = (v: number) => ax.xlim[0] + ((v - box.left) / (box.right - box.left)) * (ax.xlim[1] - ax.xlim[0]);
    const dataY = (v: number) => ax.ylim[0] + ((box.bottom - v) / (box.bottom - box.top)) * (ax.ylim[1] - ax.ylim[0]);
    const round = (v: number) => Math.round(v * 1e9) / 1e9 + 0; // + 0: -0 as 0
    assert.deepEqual(
      Array.from(xs, (v) => round(dataX(v))),
      [-1, 0, 0, 1, 1, 1, 1, 0, 0, -1],
    );
    assert.deepEqual(
      Array.from(ys, (v) => round(dataY(v))),
      [0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
    );
  });
  it('splits the fill at a sample where a bound is not finite, as fill_between masks it', () => {
    // x = -1, 0, 1: sqrt(x * x - 0.25) is NaN at 0 alone, so two polygons of one sample each (y1, then y2).
    const args = ['relu', '--from', '-1', '--to', '1', '--num', '3', '--fill-between', "'sqrt(x * x - 0.25)'"];
    const { xs } = figureLayout(buildFigure(optionsFromCli(parsePlotArgs(args).panels)), 'png').axes[0].patches[0]
      .polygon!;
    assert.equal(xs.length, 5);
    assert.ok(Number.isNaN(xs[2]) && [0, 1, 3, 4].every((i) => Number.isFinite(xs[i])));
  });
  it('lays out a fill of the most samples it takes (two million vertices)', () => {
    const args = ['relu', '--num', '1000000', '--fill-between', 'relu'];
    const ax = figureLayout(buildFigure(optionsFromCli(parsePlotArgs(args).panels)), 'png').axes[0];
    const { box } = ax.patches[0];
    // relu over the default sampling, filled down to 0: its bounds are the curve's own, within the axes.
    assert.ok([box.left, box.right, box.top, box.bottom].every(Number.isFinite), JSON.stringify(box));
    assert.ok(box.left >= ax.box.left && box.right <= ax.box.right && box.top >= ax.box.top, JSON.stringify(box));
  });
  it('refuses a condition it cannot read, a keyword not drawn yet and more points than a polygon is drawn through', () => {
    assert.throws(() => fillsOf(['relu', '--fill-between', 'relu, where=x']), /comparisons of expressions in x/);
    assert.throws(() => fillsOf(['relu', '--fill-between', 'relu, where=x == 0']), /== and != are matplotlib's/);
    assert.throws(
      () => fillsOf(['relu', '--fill-between', 'relu, where=(x > 0) & (x < 1) | (x > 2)']),
      /one of the two/,
    );
    assert.throws(() => fillsOf(['relu', '--fill-between', 'relu, where=(x > 0']), /unbalanced/);
    assert.throws(
      () => fillsOf(['relu', '--fill-between', 'relu, interpolate=1']),
      /interpolate: got '1'; expected True or False/,
    );
    assert.throws(
      () => fillsOf(['relu', '--fill-between', "relu, step='both'"]),
      /step: got 'both'; expected 'pre', 'post', 'mid' or None/,
    );
    assert.throws(() => fillsOf(['relu', '--fill-between', 'relu, hatch="//"']), /fill_between\(hatch=\.\.\.\)/);
    assert.throws(
      () => fillsOf(['relu', '--num', '1000001', '--fill-between', 'relu']),
      /got '1000001 points'; expected at most 1000000 points to fill/,
    );
  });
});

describe('--marker, --markersize, --markevery', () => {
  const curves = (args: string[]) => buildFigure(optionsFromCli(parsePlotArgs(args).panels)).axes[0].curves;
  it('one per function or one for all; None is no marker', () => {
    const c = curves(['relu', 'tanh', '--marker', 'o,None', '--markersize', '4', '--markevery', '10,3']);
    assert.deepEqual(
      c.map((k) => [k.marker, k.markersize, k.markevery]),
      [
        ['o', 4, 10],
        [undefined, 4, 3],
      ],
    );
  });
  it('refuses a marker not drawn yet, a bad spacing and more markers than drawn one by one', () => {
    assert.throws(
      () => curves(['relu', '--marker', 'p']),
      /got 'p'; expected one of matplotlib's markers actplot draws/,
    );
    assert.throws(() => curves(['relu', '--marker', 'o', '--markevery', '0']), /a whole number of samples, 1 or more/);
    assert.throws(
      () => curves(['relu', '--marker', 'o', '--num', '200001']),
      /at most 100000 markers \(this gives 200001\)/,
    );
  });
});

describe('--fmt: pyplot format strings', () => {
  it("'[marker][line][colour]' in any order; a marker alone means no line; --color still wins", async () => {
    const { parseFmt } = await import('../../src/spec/rules');
    // matplotlib 3.6's _process_plot_format: more than a colour sets the marker ('None' if not named) and the
    // line ('None' beside a marker alone, lines.linestyle if neither is named); a colour alone sets the colour.
    assert.deepEqual(parseFmt('fmt', 'r--'), { color: 'r', linestyle: '--', noMarker: true });
    assert.deepEqual(parseFmt('fmt', 'bo'), { color: 'b', marker: 'o', noLine: true });
    assert.deepEqual(parseFmt('fmt', 'r'), { color: 'r' });
    assert.deepEqual(parseFmt('fmt', 'C3'), { color: 'C3' });
    assert.deepEqual(parseFmt('fmt', '--'), { linestyle: '--', noMarker: true });
    assert.deepEqual(parseFmt('fmt', 'C2s-'), { color: 'C2', marker: 's', linestyle: '-' });
    assert.deepEqual(parseFmt('fmt', '-.k^'), { linestyle: '-.', color: 'k', marker: '^' });
    assert.throws(() => parseFmt('fmt', 'r-b'), /two colors/);
    assert.throws(() => parseFmt('fmt', 'q'), /a format string: \[marker\]\[line\]\[colour\]/);
    const c = buildFigure(optionsFromCli(parsePlotArgs(['relu', '--fmt', 'r--', '--color', 'k']).panels)).axes[0]
      .curves[0];
    assert.deepEqual([c.color, c.linestyle], ['k', '--']);
  });
});

describe("--alpha: plot()'s alpha, one per function or one for all", () => {
  const axesOf = (args: string[]) => buildFigure(optionsFromCli(parsePlotArgs(args).panels)).axes[0];
  it("each line and its derivative take its alpha; one value is every line's", () => {
    const alphas = (args: string[]) => axesOf(args).curves.map((c) => c.alpha);
    assert.deepEqual(alphas(['sigmoid', 'tanh', '--alpha', '0.6,0.5', '--grad']), [0.6, 0.6, 0.5, 0.5]);
    assert.deepEqual(alphas(['sigmoid', 'tanh', '--alpha', '0.3']), [0.3, 0.3]);
    const fromConfig = buildFigure({ panels: [{ curves: [{ function: 'relu', alpha: 0.25 }] }] }).axes[0];
    assert.equal(fromConfig.curves[0].alpha, 0.25);
  });
  it('refuses an opacity out of 0 to 1, and more values than functions', () => {
    assert.throws(() => axesOf(['sigmoid', '--alpha', '1.5']), /got 1\.5; expected a number from 0 to 1/);
    assert.throws(() => axesOf(['sigmoid', '--alpha', '0.5,0.5']), /one per function/);
  });
});
