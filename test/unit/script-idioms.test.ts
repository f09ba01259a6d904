/**
 * `actplot script` and idioms of tutorial scripts: axes counted from the end, dict comprehensions, continue, a
 * tuple unpacked from a list's item, axes removed, torch tensors of numpy arrays, dicts of keyword arguments.
 * Expected values by hand or from Python's own rules (cited where they decide).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { evaluateFigure } from '../../src/data/evaluate';
import { readScript } from '../../src/spec/script';
import { figureLayout } from '../../src/render/pipeline';
import { dictCallText, withDictArguments } from '../../src/spec/script-kwargs';
import { isIntervalMask, unmaskedPlotArgs } from '../../src/spec/masks';
import { withTensorMethods } from '../../src/functions/tensor-methods';

const HEAD = ['import numpy as np', 'import torch', 'import matplotlib.pyplot as plt', 'x = np.linspace(-1, 1, 5)'];
const read = (...lines: string[]) => readScript([...HEAD, ...lines].join('\n'));
const refused = (pattern: RegExp, ...lines: string[]) =>
  assert.throws(
    () => buildFigure(read(...lines)),
    (err: unknown) => err instanceof UsageError && pattern.test(err.message),
    lines.join('\n'),
  );

describe('actplot script: axes counted from the end', () => {
  it('names the last axes by axs[-1], after flatten() and of the grid itself (axes[-1, 0], axes[0][-1])', () => {
    const options = read(
      'fig, axes = plt.subplots(2, 3)',
      'axs = axes.flatten()',
      'axs[0].plot(x, x)',
      "axs[-1].axis('off')",
      "axes[-1, 0].set_title('row 2, column 1')",
      "axes[0][-1].set_title('row 1, column 3')",
      "axes[-2, -2].set_xlabel('row 1, column 2')",
    );
    // Python: a negative index counts from the end, -1 the last (of 6 cells; of 2 rows; of 3 columns).
    assert.equal(options.panels[5].axis, "'off'");
    assert.equal(options.panels[3].title, "'row 2, column 1'");
    assert.equal(options.panels[2].title, "'row 1, column 3'");
    assert.equal(options.panels[1].xlabel, "'row 1, column 2'");
  });
  it('refuses an index past either end, as Python raises IndexError', () => {
    for (const index of ['axes[4]', 'axes[-5]', 'axes[2, 0]', 'axes[0, -3]']) {
      refused(/no axes of the script is named so/, 'fig, axes = plt.subplots(2, 2)', `${index}.plot(x, x)`);
    }
  });
});

describe('actplot script: dict comprehensions', () => {
  it('makes the dict {key: value for ...} written out, each value at its turn', () => {
    const options = read(
      "fns = {'sig': lambda v: 1 / (1 + np.exp(-v)), 'double': lambda v: 2 * v}",
      'ys = {name: fn(x) for name, fn in fns.items()}',
      'for name, y in ys.items():',
      '    plt.plot(x, y, label=name)',
      "plt.plot(x, ys['double'] + 1, '--')",
    );
    const data = evaluateFigure(buildFigure(options))[0].curves;
    // By hand at x = 0 (the middle of 5 points over [-1, 1]): sigmoid 0.5, 2 * 0 = 0, 2 * 0 + 1 = 1; at x = 1, 2.
    assert.deepEqual(
      data.map((c) => c.ys[2]),
      [0.5, 0, 1],
    );
    assert.equal(data[1].ys[4], 2);
    assert.deepEqual(
      options.panels[0].curves.map((c) => /label='(\w+)'/.exec(String(c.plot))?.[1]),
      ['sig', 'double', undefined],
    );
  });
  it('looks a value up by a name that holds its key (ys[name] after name, f = funcs[1])', () => {
    const lines = [
      "funcs = [('sig', lambda v: 1 / (1 + np.exp(-v))), ('double', lambda v: 2 * v)]",
      'ys = {name: f(x) for name, f in funcs}',
      'name, f = funcs[1]',
      'plt.plot(x, ys[name])',
    ];
    // By hand: 'double' at x = 1 is 2.
    assert.equal(evaluateFigure(buildFigure(read(...lines)))[0].curves[0].ys[4], 2);
    // A name with no value written out is left as it is, for the expression reader to refuse.
    refused(/ys\[other\]|'\['/, ...lines.slice(0, 2), 'plt.plot(x, ys[other])');
  });
  it('leaves a set comprehension, which has no key, to be refused', () => {
    refused(/line 6: .*unexpected character '{'/, 'ys = {np.tanh(k * x) for k in (1, 2)}', 'plt.plot(x, ys)');
  });
});

describe('actplot script: continue', () => {
  const FUNCS = "funcs = [('ReLU', lambda v: np.maximum(v, 0)), ('Tanh', np.tanh), ('Id', lambda v: v)]";
  it("lets the rest of a loop's turn go, the next turn read (if i >= len(funcs): ax.axis('off'); continue)", () => {
    const options = read(
      FUNCS,
      'fig, axes = plt.subplots(2, 2)',
      'for i, ax in enumerate(axes.flat):',
      '    if i >= len(funcs):',
      "        ax.axis('off')",
      '        continue',
      '    name, f = funcs[i]',
      '    ax.plot(x, f(x))',
      '    ax.set_title(name)',
    );
    assert.deepEqual(
      options.panels.map((p) => [p.title, p.curves.length, p.axis]),
      [
        ["'ReLU'", 1, undefined],
        ["'Tanh'", 1, undefined],
        ["'Id'", 1, undefined],
        [undefined, 0, "'off'"],
      ],
    );
    // By hand: max(-1, 0) = 0, tanh(0) = 0, the identity at x = 1 is 1.
    const data = evaluateFigure(buildFigure(options));
    assert.deepEqual([data[0].curves[0].ys[0], data[1].curves[0].ys[2], data[2].curves[0].ys[4]], [0, 0, 1]);
  });
  it('goes on after the inner loop only, in a loop within a loop', () => {
    const options = read(
      'for a in (1, 2):',
      '    for b in (10, 20, 30):',
      '        if b == 20: continue',
      '        plt.plot(x, a * b + 0 * x)',
    );
    // Python: the inner continue skips b = 20 only; both turns of the outer loop go on.
    const data = evaluateFigure(buildFigure(options))[0].curves;
    assert.deepEqual(
      data.map((c) => c.ys[0]),
      [10, 30, 20, 60],
    );
  });
  it('refuses a continue outside a loop, as Python does (SyntaxError)', () => {
    refused(/'continue' outside a loop/, 'plt.plot(x, x)', 'continue');
  });
});

describe('actplot script: a tuple unpacked', () => {
  it('gives each name its value from a tuple in brackets, a list, or a list item that is a tuple', () => {
    const options = read(
      "funcs = [('ReLU', lambda v: np.maximum(v, 0)), ('Tanh', np.tanh)]",
      'name, f = funcs[-1]',
      'a, b = (2, 3)',
      'c, d = [0.5, 4]',
      'plt.plot(x, a * f(x) + b * c + d)',
      'plt.title(name)',
    );
    assert.equal(options.panels[0].title, "'Tanh'");
    // By hand at x = 0: 2 * tanh(0) + 3 * 0.5 + 4 = 5.5.
    assert.equal(evaluateFigure(buildFigure(options))[0].curves[0].ys[2], 5.5);
  });
});

describe('actplot script: axes removed', () => {
  it("draws fig.delaxes(ax) and ax.remove() as a blank cell, the axes' plots and options gone", () => {
    for (const removal of ['fig.delaxes(axes[1, 1])', 'axes[1, 1].remove()', 'axes[-1, -1].remove()']) {
      const options = read(
        'fig, axes = plt.subplots(2, 2)',
        'for ax in axes.flat:',
        '    ax.plot(x, x)',
        "    ax.set_title('t')",
        removal,
      );
      assert.deepEqual(options.panels[3], { curves: [], axis: "'off'" }, removal);
      assert.equal(options.panels[2].curves.length, 1);
    }
  });
});

describe('actplot script: tensors of numpy arrays', () => {
  it('reads torch.from_numpy(x), torch.tensor(x) and torch.as_tensor(x, requires_grad=True) as the same values', () => {
    for (const tensor of ['torch.from_numpy(x)', 'torch.tensor(x)', 'torch.as_tensor(x, requires_grad=True)']) {
      const options = read(`t = ${tensor}`, 'plt.plot(x, torch.sigmoid(t).detach().numpy())');
      // By hand: sigmoid(0) = 0.5, in the float64 of the numpy array the tensor keeps.
      assert.equal(evaluateFigure(buildFigure(options))[0].curves[0].ys[2], 0.5, tensor);
    }
  });
  it('refuses a tensor that would round the values to float32: torch.Tensor(x), a dtype=', () => {
    for (const tensor of ['torch.Tensor(x)', 'torch.tensor(x, dtype=torch.float32)']) {
      refused(/torch has no '(Tensor|tensor)'/, `plt.plot(x, torch.sigmoid(${tensor}))`);
    }
  });
});

describe('actplot script: dicts of keyword arguments (script-kwargs.ts)', () => {
  it("writes dict(k=v) out as Python's dict of it, and nothing else", () => {
    assert.equal(dictCallText("dict(facecolor='black', shrink=0.05)"), "{'facecolor': 'black', 'shrink': 0.05}");
    for (const other of ['dict()', "dict([('a', 1)])", "dict(a=1) | {'b': 2}", 'dicts(a=1)']) {
      assert.equal(dictCallText(other), undefined, other);
    }
  });
  it('gives a keyword a dict by name, spreads **name into keywords, and leaves any other name', () => {
    const dicts = new Map([
      ['props', "{'facecolor': 'black'}"],
      ['style', "{'lw': 2, 'ls': '--'}"],
      ['ys', '[1, 2]'],
      ['odd', "{1: 'a'}"],
    ]);
    assert.equal(
      withDictArguments("plt.annotate('s=props', xy=(0, 0), arrowprops=props)", dicts),
      "plt.annotate('s=props', xy=(0, 0), arrowprops={'facecolor': 'black'})",
    );
    assert.equal(withDictArguments('ax.plot(x, y, **style)', dicts), "ax.plot(x, y, lw=2, ls='--')");
    // A list, a dict whose keys are not names, a name the script has no dict under: as they are.
    for (const kept of ['f(a=ys)', 'f(**odd)', 'f(**other, k=other)', 'y = props']) {
      assert.equal(withDictArguments(kept, dicts), kept);
    }
  });
  it('reads annotate(arrowprops=props) and plot(**style) of a script as the keywords written out', () => {
    const options = read(
      "props = dict(arrowstyle='->')",
      "style = {'lw': 2, 'alpha': 0.5}",
      "plt.plot(x, x, **style, label='id')",
      "plt.annotate('here', xy=(0, 0), xytext=(0.5, -0.5), arrowprops=props)",
    );
    assert.equal(options.panels[0].curves[0].plot, "x, x, lw=2, alpha=0.5, label='id'");
    assert.deepEqual(options.panels[0].annotate, [
      "'here', xy=(0, 0), xytext=(0.5, -0.5), arrowprops={'arrowstyle': '->'}",
    ]);
  });
});

describe('actplot script: points kept by a mask (masks.ts)', () => {
  it('reads a mask of the range against numbers, joined by &, as an interval of it', () => {
    for (const mask of ['x < 0', '0 <= x', '(x > -1) & (x < 1)', '((x >= 1) & (x <= 3)) & (x < 2.5)']) {
      assert.ok(isIntervalMask(mask, 'x'), mask);
    }
    // Two runs, a mask of another name, one not against a number, a comparison chain numpy refuses.
    for (const mask of ['(x < -1) | (x > 1)', 'y > 0', 'x < t', '-1 < x < 1', 'x != 0', '~(x < 0)']) {
      assert.ok(!isIntervalMask(mask, 'x'), mask);
    }
  });
  it('writes plot(x[m], y[m]) as plot(x, np.where(m, y, np.nan)), and leaves anything else', () => {
    const ranges = new Set(['x', 'z']);
    assert.equal(
      unmaskedPlotArgs("z[z < 0], y[z<0], 'b', label='neg'", ranges),
      "z, np.where(z < 0, y, np.nan), 'b', label='neg'",
    );
    assert.equal(
      unmaskedPlotArgs('x[m], np.tanh(x)[m]', ranges, () => '(x > 1)'),
      'x, np.where(x > 1, np.tanh(x), np.nan)',
    );
    for (const other of ['x[x < 0], y[x > 0]', 'y[y < 0], x[y < 0]', 'x[x < 0]', 'x, y', 'u[u < 0], y[u < 0]']) {
      assert.equal(unmaskedPlotArgs(other, ranges), undefined, other);
    }
  });
  it("draws plt.plot(x[x < 0], y[x < 0]) as matplotlib does: the interval's points, the limits theirs", () => {
    const options = read(
      'y = np.tanh(x)',
      'neg = x < 0',
      "plt.plot(x[neg], y[neg], 'b')",
      'plt.plot(x[x > 0.5], y[x > 0.5])',
    );
    const fig = buildFigure(options);
    const [neg, pos] = evaluateFigure(fig)[0].curves;
    // By hand over x = -1, -0.5, 0, 0.5, 1: x < 0 keeps the first two, x > 0.5 the last.
    assert.deepEqual(Array.from(neg.ys, Number.isNaN), [false, false, true, true, true]);
    assert.deepEqual(Array.from(pos.ys, Number.isNaN), [true, true, true, true, false]);
    assert.equal(neg.ys[0], Math.tanh(-1));
  });
  it('refuses a mask of two runs, saying which masks are read', () => {
    refused(
      /x's points by a mask that keeps an interval of it/,
      'y = np.tanh(x)',
      'plt.plot(x[(x < -0.5) | (x > 0.5)], y[(x < -0.5) | (x > 0.5)])',
    );
  });
  it('reads np.nan and math.inf as the numbers they are', () => {
    const options = read('plt.plot(x, np.where(x < 0, x, np.nan))', 'plt.plot(x, np.minimum(x, math.inf))');
    const [gappy, same] = evaluateFigure(buildFigure(options))[0].curves;
    assert.deepEqual(Array.from(gappy.ys), [-1, -0.5, NaN, NaN, NaN]);
    assert.deepEqual(Array.from(same.ys), [-1, -0.5, 0, 0.5, 1]);
  });
});

describe('actplot script: enumerate() from a start', () => {
  it('counts from the start given, as Python does: enumerate(items, 1), enumerate(items, start=2)', () => {
    const options = read(
      'plt.figure()',
      "for i, f in enumerate(['np.tanh', 'np.sin'], 1):",
      '    plt.subplot(1, 3, i)',
      '    plt.plot(x, i + 0 * x)',
      'for i, k in enumerate([5], start=3): plt.subplot(1, 3, i); plt.plot(x, k + 0 * x)',
    );
    // By hand: subplots 1 and 2 hold 1 and 2, subplot 3 holds 5.
    const data = evaluateFigure(buildFigure(options));
    assert.deepEqual(
      data.map((a) => a.curves[0].ys[0]),
      [1, 2, 5],
    );
    refused(/enumerate\(\[1\], k\) of a list and a whole number/, 'for i, v in enumerate([1], k): plt.plot(x, x)');
  });
});

describe("a tensor's methods (tensor-methods.ts)", () => {
  it('writes x.sigmoid(), x.clamp(min=0), F.gelu(x).tanh(), (x + 1).pow(2) as the module functions', () => {
    assert.equal(
      withTensorMethods('F.gelu(x).tanh() + x.clamp(min=0) - (x + 1).pow(2) * x.neg() + x.clamp_min(0.5)'),
      'torch.tanh(F.gelu(x)) + torch.clamp(x, min=0) - torch.pow((x + 1), 2) * (-(x)) + torch.clamp(x, min=0.5)',
    );
    // Modules' functions, a name the script imported a module under, and what no method is: as they are.
    for (const kept of ['np.exp(x)', 'torch.nn.functional.silu(x)', '(torch.nn.functional).relu(x)', 'x.grad']) {
      assert.equal(withTensorMethods(kept), kept);
    }
    assert.equal(
      withTensorMethods('fn.relu(x)', (n) => n === 'fn'),
      'fn.relu(x)',
    );
  });
  it('draws them as PyTorch computes them; getattr(torch.nn, name) is the module it names', () => {
    const options = read(
      'import torch.nn.functional as fn',
      'h = torch.sigmoid(x)',
      'plt.plot(x, x.clamp(min=0))',
      'plt.plot(x, h.log())',
      'plt.plot(x, fn.relu(x).neg())',
      "act = getattr(torch.nn, 'Tanh')()",
      'plt.plot(x, act(x))',
    );
    const ys = evaluateFigure(buildFigure(options))[0].curves.map((c) => c.ys[4]);
    // By hand at x = 1: max(1, 0) = 1, log(sigmoid(1)) = -log(1 + e^-1), -relu(1) = -1, tanh(1).
    const want = [1, -Math.log1p(Math.exp(-1)), -1, Math.tanh(1)];
    ys.forEach((y, i) => assert.ok(Math.abs(y - want[i]) < 1e-15, `${ys} against ${want}`));
  });
});

describe("actplot script: plt.subplot()'s keywords", () => {
  it('gives the axes its properties (title=, xlim=, facecolor=), as set() does', () => {
    const options = read(
      "plt.subplot(1, 2, 1, title='ReLU', xlim=(-2, 2))",
      'plt.plot(x, x)',
      'fig = plt.gcf()',
      "ax = fig.add_subplot(122, facecolor='0.9')",
      'ax.plot(x, x)',
    );
    assert.equal(options.panels[0].set, "title='ReLU', xlim=(-2, 2)");
    assert.equal(options.panels[1].set, "facecolor='0.9'");
  });
  it('refuses another kind of axes (projection=), rather than drawing it as the usual one', () => {
    refused(
      /add_subplot\(\.\.\., projection=\.\.\.\) makes axes actplot does not draw/,
      'fig = plt.figure()',
      "ax = fig.add_subplot(111, projection='polar')",
      'ax.plot(x, x)',
    );
  });
});

describe('actplot script: divmod() and names of whole numbers in an axes index', () => {
  it('picks axes[r, c] of r, c = divmod(i, cols), as Python computes them', () => {
    const options = read(
      'rows, cols = 2, 3',
      'fig, axes = plt.subplots(rows, cols)',
      'for idx in range(6):',
      '    r, c = divmod(idx, cols)',
      '    axes[r, c].plot(x, idx + 0 * x)',
      "    axes[r, c].set_title('%d, %d' % (r, c))",
    );
    // By hand: divmod(4, 3) is (1, 1), the fifth cell, row by row.
    assert.equal(options.panels[4].title, "'1, 1'");
    assert.equal(evaluateFigure(buildFigure(options))[4].curves[0].ys[0], 4);
  });
});

describe("actplot script: a kept line's setters", () => {
  it("gives line.set_linewidth(3), line.set(alpha=0.5) to the line's plot(), over an alias given there", () => {
    const options = read(
      "line, = plt.plot(x, x, lw=1, label='id')",
      "(line2,) = plt.plot(x, 2 * x, color='purple')",
      'line.set_linewidth(3)',
      "line.set_linestyle('--')",
      "line2.set(alpha=0.5, label='double')",
    );
    assert.deepEqual(
      options.panels[0].curves.map((c) => c.plot),
      ["x, x, label='id', linewidth=3, linestyle='--'", "x, 2 * x, color='purple', alpha=0.5, label='double'"],
    );
  });
  it("keeps the cycle advanced past a line whose colour is set later, as matplotlib's is", () => {
    const options = read(
      "l1, = plt.plot(x, x, label='a')",
      "l1.set_color('purple')",
      'plt.plot(x, 2 * x)',
      "l3, = plt.plot(x, 3 * x, 'k--')",
      'plt.plot(x, 4 * x)',
      "l3.set_color('red')",
      "plt.plot(x, 5 * x, color=l1.get_color(), ls=':')",
    );
    // matplotlib: l1 took C0 and keeps it taken; 2x takes C1; 'k--' takes none; 4x takes C2; get_color() is the
    // colour set.
    assert.deepEqual(
      options.panels[0].curves.map((c) => /color='([^']+)'/.exec(String(c.plot))?.[1]),
      ['purple', 'C1', 'red', 'C2', 'purple'],
    );
    refused(
      /a colour set after the line took its turn of the axes' own cycle is not read yet/,
      "plt.gca().set_prop_cycle(color=['r', 'g'])",
      'line, = plt.plot(x, x)',
      "line.set_color('b')",
    );
  });
});

describe('actplot script: plt.subplot(..., sharey=ax1)', () => {
  const shownY = (options: ReturnType<typeof read>) =>
    figureLayout(buildFigure(options), 'png').axes.map((a) => a.yTicks.some((t) => t.label.text !== ''));
  it("shares the limits of the axes that share, keeping every axes' tick labels, as subplot() does", () => {
    const options = read(
      'ax1 = plt.subplot(1, 2, 1)',
      'ax1.plot(x, x)',
      'ax2 = plt.subplot(1, 2, 2, sharey=ax1)',
      'ax2.plot(x, 3 * x)',
    );
    assert.equal(options.sharey, 'all');
    const layout = figureLayout(buildFigure(options), 'png');
    // matplotlib: both axes take the union's limits, -3 to 3 with 5 % margins; both keep their y tick labels.
    assert.deepEqual(
      layout.axes.map((a) => a.ylim),
      [
        [-3.3, 3.3],
        [-3.3, 3.3],
      ],
    );
    assert.deepEqual(shownY(options), [true, true]);
  });
  it('reads sharing by rows or columns of a grid, and refuses any other grouping', () => {
    const cell = (name: string, k: number, share: string, y: string) => [
      `${name} = plt.subplot(2, 2, ${k}${share})`,
      `${name}.plot(x, ${y})`,
    ];
    const rows = read(
      ...cell('a', 1, '', 'x'),
      ...cell('b', 2, ', sharey=a', '2 * x'),
      ...cell('c', 3, '', 'x'),
      ...cell('d', 4, ', sharey=c', '3 * x'),
    );
    assert.equal(rows.sharey, 'row');
    // By hand: each row the union of its axes' data, 5 % margins: 2x over [-1, 1], then 3x.
    assert.deepEqual(
      figureLayout(buildFigure(rows), 'png').axes.map((a) => a.ylim),
      [
        [-2.2, 2.2],
        [-2.2, 2.2],
        [-3.3, 3.3],
        [-3.3, 3.3],
      ],
    );
    refused(
      /sharey=\.\.\.\) of axes that are not the whole grid, a row or a column each is not read yet/,
      ...cell('a', 1, '', 'x'),
      ...cell('b', 2, ', sharey=a', 'x'),
      ...cell('c', 3, '', 'x'),
      ...cell('d', 4, ', sharey=a', 'x'),
    );
  });
  it('shows tick labels that tick_params() turns back on after plt.subplots(sharey=True) hid them', () => {
    const options = read('fig, (a, b) = plt.subplots(1, 2, sharey=True)', 'a.plot(x, x)', 'b.plot(x, x)');
    assert.deepEqual(shownY(options), [true, false]);
    const back = read(
      'fig, (a, b) = plt.subplots(1, 2, sharey=True)',
      'a.plot(x, x)',
      'b.plot(x, x)',
      'b.tick_params(labelleft=True)',
    );
    assert.deepEqual(shownY(back), [true, true]);
  });
});

describe('actplot script: titles at two places', () => {
  it('keeps the title calls in order (one title at each loc), ax.set(title=...) among them', () => {
    const options = read('plt.plot(x, x)', "plt.title('a', loc='left')", "plt.title('b', loc='right')");
    assert.deepEqual(options.panels[0].title, ["'a', loc='left'", "'b', loc='right'"]);
    const set = read(
      'fig, ax = plt.subplots()',
      'ax.plot(x, x)',
      "ax.set(title='ReLU', xlabel='x')",
      "ax.set_title('(a)', loc='left')",
    );
    assert.deepEqual(set.panels[0].title, ["'ReLU'", "'(a)', loc='left'"]);
    assert.equal(set.panels[0].set, "xlabel='x'");
    const fig = buildFigure(set);
    assert.deepEqual([fig.axes[0].title, fig.axes[0].otherTitles?.map((t) => t.text)], ['ReLU', ['(a)']]);
    // A later title at the same place replaces the earlier, as set_title sets that place's Text.
    const same = buildFigure(
      read('plt.plot(x, x)', "plt.title('a', loc='left')", "plt.title('b', loc='left', fontsize=9)"),
    );
    assert.deepEqual([same.axes[0].title, same.axes[0].otherTitles], ['b', undefined]);
  });
});

describe('actplot script: set_xticklabels() keywords and fig.get_facecolor()', () => {
  it("turns tick labels set by set_xticklabels(labels, rotation=90, ha='right') as plt.xticks() turns them", () => {
    const options = read(
      'fig, ax = plt.subplots()',
      'ax.plot(x, x)',
      'ax.set_xticks([-1, 0, 1])',
      "ax.set_xticklabels(['a', 'b', 'c'], rotation=90, ha='right')",
    );
    assert.deepEqual(options.panels[0].xaxis, ["set_ticklabels(['a', 'b', 'c'])"]);
    assert.equal(options.panels[0].xticks, "[-1, 0, 1], rotation=90, ha='right'");
  });
  it('gives fig.get_facecolor() the colour the figure was made with, as savefig(facecolor=...) copies it', () => {
    const options = read(
      "fig = plt.figure(facecolor='lightgray')",
      'plt.plot(x, x)',
      "fig.savefig('f.png', facecolor=fig.get_facecolor())",
    );
    assert.equal(options.savefig, "'f.png', facecolor='lightgray'");
  });
});

describe('actplot script: autoscale()', () => {
  it('reads autoscale(tight=True) as margins of 0 (matplotlib: the data limits themselves), one axis or both', () => {
    const tight = read('plt.plot(x, 2 * x)', 'plt.autoscale(tight=True)');
    assert.equal(tight.panels[0].margins, '0');
    // By hand: x over [-1, 1], 2x over [-2, 2], no margins.
    const { xlim, ylim } = figureLayout(buildFigure(tight), 'png').axes[0];
    assert.deepEqual(
      [xlim, ylim],
      [
        [-1, 1],
        [-2, 2],
      ],
    );
    assert.equal(read('plt.plot(x, x)', "plt.autoscale(axis='x', tight=True)").panels[0].margins, 'x=0');
    assert.equal(read('plt.plot(x, x)', 'plt.autoscale()').panels[0].margins, undefined);
    refused(
      /autoscale\(\) after limits were set is not read yet/,
      'plt.plot(x, x)',
      'plt.xlim(0, 1)',
      'plt.autoscale()',
    );
    refused(/autoscale\(enable=True/, 'plt.plot(x, x)', 'plt.autoscale(False)');
  });
});

describe('actplot script: np.ravel(axes) and axes.reshape(-1)', () => {
  it("flattens a grid of axes as axes.ravel() does, for a name and for a loop's iterable", () => {
    for (const flat of ['np.ravel(axes)', 'axes.reshape(-1)']) {
      const options = read(
        'fig, axes = plt.subplots(2, 2)',
        `axs = ${flat}`,
        `for k, ax in enumerate(${flat}):`,
        '    ax.plot(x, (k + 1) + 0 * x)',
        "axs[-1].set_title('last')",
      );
      // By hand: the cells row by row hold 1, 2, 3, 4; axs[-1] is the fourth.
      assert.deepEqual(
        evaluateFigure(buildFigure(options)).map((a) => a.curves[0].ys[0]),
        [1, 2, 3, 4],
        flat,
      );
      assert.equal(options.panels[3].title, "'last'");
    }
  });
});

describe('actplot script: legend() of lines kept by name', () => {
  const lines = ['fig, ax = plt.subplots()', 'a, = ax.plot(x, x)', 'b, = ax.plot(x, 2 * x)', 'c, = ax.plot(x, 3 * x)'];
  const labels = (...more: string[]) => buildFigure(read(...lines, ...more)).axes[0].curves.map((c) => c.label);
  it('shows the lines listed, labelled as given or by their own labels; the others are left out', () => {
    assert.deepEqual(labels("ax.legend([a, c], ['one', 'three'])"), ['one', '_nolegend_', 'three']);
    const own = buildFigure(
      read(
        'fig, ax = plt.subplots()',
        "a, = ax.plot(x, x, label='A')",
        "b, = ax.plot(x, 2 * x, label='B')",
        'ax.legend(handles=[b])',
      ),
    ).axes[0].curves.map((c) => c.label);
    assert.deepEqual(own, ['_nolegend_', 'B']);
  });
  it('lists them in reverse as legend(reverse=True) does; another order, or a name of no line, is refused', () => {
    const options = read(...lines, "ax.legend(handles=[c, a], labels=['three', 'one'], loc='upper left')");
    assert.equal(options.panels[0].legend, "loc='upper left', reverse=True");
    refused(/another order than the lines were drawn/, ...lines, 'ax.legend(handles=[b, a, c])');
    refused(/'d' is no line of this axes kept by name/, ...lines, 'ax.legend(handles=[a, d])');
    refused(/a list of 2 strings, one for each handle/, ...lines, "ax.legend([a, b], ['one'])");
  });
});

describe("actplot script: a plot's keywords computed from numbers", () => {
  it('reads zorder=3 - k and lw=1 + 0.5 * k of a loop as their numbers; the data stays as written', () => {
    const options = read('for k, a in enumerate([0.1, 0.3]):', '    plt.plot(x, a * x, zorder=3 - k, lw=1 + 0.5 * k)');
    const curves = buildFigure(options).axes[0].curves;
    // By hand: k = 0 gives zorder 3 and width 1; k = 1, zorder 2 and width 1.5.
    assert.deepEqual(
      curves.map((c) => [c.zorder, c.linewidth]),
      [
        [3, 1],
        [2, 1.5],
      ],
    );
    assert.match(String(options.panels[0].curves[1].plot), /^x, 0\.3 \* x, /);
  });
});
