/**
 * spec/script.ts and `actplot script`: a pyplot script's lines as options. The drawing of the reference
 * scripts against matplotlib's PNGs is test/visual/script.test.ts; here what each kind of statement becomes, what
 * is refused (with its line), and the command itself.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { evaluateFigure } from '../../src/data/evaluate';
import { compileExpression } from '../../src/functions/expression';
import { expressionContext } from '../../src/functions/registry';
import { readScript, readScriptFigures } from '../../src/spec/script';
import { scratch } from '../helpers/cli';
import { FIXTURES } from '../helpers/reference';

interface TorchReprFixture {
  cases: { function: string; params: Record<string, number>; repr: string }[];
}
import { cli } from '../helpers/in-process';

const SCRIPT = `import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
%matplotlib inline

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

x = np.linspace(-6, 6, 200)
fig, axes = plt.subplots(1, 2, figsize=(8, 3))
axes[0].plot(x, sigmoid(x), label='sigmoid'); axes[0].legend(loc='upper left')
axes[1].plot(x, np.tanh(x))
axes[1].set_title('tanh')
axes[1].spines['top'].set_visible(False)
plt.tight_layout()
plt.savefig('two.png', dpi=80)
plt.show()
`;

describe('readScript', () => {
  it('reads each statement as the option that says it, on the axes it is made on', () => {
    assert.deepEqual(readScript(SCRIPT), {
      style: ['matplotlib'],
      subplots: '1, 2, figsize=(8, 3)',
      tightLayout: '',
      savefig: "'two.png', dpi=80",
      panels: [
        {
          x: 'x = np.linspace(-6, 6, 200)',
          legend: "loc='upper left'",
          // The def written out where the plot calls it.
          curves: [{ plot: "x, (1 / (1 + np.exp(-x))), label='sigmoid'" }],
        },
        {
          x: 'x = np.linspace(-6, 6, 200)',
          title: "'tanh'",
          spine: ["'top', visible=False"],
          curves: [{ plot: 'x, np.tanh(x)' }],
        },
      ],
    });
  });
  it('reads a name defined again as Python does: each plot with the value of its moment, a value with those before it', () => {
    const options = readScript(
      [
        'x = torch.linspace(-5, 5, 100)',
        'beta = 1.0',
        'def swish(x): return x * torch.sigmoid(beta * x)',
        'y = torch.sigmoid(x)',
        'z = 2 * y',
        'plt.plot(x, y)',
        'y = torch.tanh(x)',
        'plt.plot(x, y); plt.plot(x, z)',
        'beta = 2.0',
        'plt.plot(x, swish(x))',
        'y, z = z, y',
        'plt.plot(x, y - z)',
      ].join('\n'),
    );
    const at = (k: number, v: number) =>
      compileExpression(/^x, ([^]*)$/.exec(options.panels[0].curves[k].plot as string)![1], expressionContext).value(v);
    const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
    // By hand: sigmoid(1), tanh(1), z = 2 sigmoid(1) still after y changed, swish with the beta of the call (2),
    // and the swap: (2 sigmoid(1)) - tanh(1).
    assert.equal(at(0, 1), sigmoid(1));
    assert.equal(at(1, 1), Math.tanh(1));
    assert.equal(at(2, 1), 2 * sigmoid(1));
    assert.ok(Math.abs(at(3, 1) - sigmoid(2)) < 1e-15);
    assert.ok(Math.abs(at(4, 1) - (2 * sigmoid(1) - Math.tanh(1))) < 1e-15);
  });
  it('reads twinx(), step(), an x of data, an if on a written-out value and a module kept under a name', () => {
    const repr = (fn: string, params: Record<string, number>) =>
      (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'torch-repr.json'), 'utf8')) as TorchReprFixture).cases.find(
        (c) => c.function === fn && JSON.stringify(c.params) === JSON.stringify(params),
      )!.repr;
    const twin = readScript(
      [
        'x = np.linspace(-5, 5, 100)',
        'fig, ax1 = plt.subplots()',
        'ax1.plot(x, np.tanh(x))',
        'ax2 = ax1.twinx()',
        "ax2.plot(x, 1 - np.tanh(x) ** 2, 'C1--')",
        "plt.ylabel('slope')",
      ].join('\n'),
    );
    // twinx() makes the twin the current axes, as matplotlib's figure.sca() does: plt.ylabel goes to it.
    assert.deepEqual(
      twin.panels.map((p) => [p.twinx, p.ylabel, p.curves.length]),
      [
        [undefined, undefined, 1],
        [true, "'slope'", 1],
      ],
    );
    const steps = readScript(
      [
        'x = [-1, 0, 1]',
        "plt.step(x, [0, 1, 1], where='mid', label='mid')",
        'plt.step(x, [0, 0, 1])',
        "if 'f(x)': plt.ylabel('f(x)')",
        'if None: plt.title(None)',
        "if __name__ == '__main__':",
        "    plt.xlabel('x')",
      ].join('\n'),
    );
    assert.deepEqual(
      steps.panels[0].curves.map((c) => c.plot),
      ["[-1, 0, 1], [0, 1, 1], label='mid', drawstyle='steps-mid'", "[-1, 0, 1], [0, 0, 1], drawstyle='steps-pre'"],
    );
    assert.deepEqual(
      [steps.panels[0].ylabel, steps.panels[0].title, steps.panels[0].xlabel],
      ["'f(x)'", undefined, "'x'"],
    );
    // PyTorch's docs script: the module called on x, and str(module) as the title (PyTorch's own print).
    const docs = readScript(
      [
        'function = torch.nn.ELU(alpha=2.0)',
        'x = torch.arange(-7.0, 7.0, 0.01)',
        'plt.plot(x.numpy(), function(x).detach().numpy())',
        'plt.title(function)',
      ].join('\n'),
    );
    assert.equal(docs.panels[0].title, `'${repr('elu', { alpha: 2 })}'`);
    assert.equal(docs.panels[0].curves[0].plot, 'x, torch.nn.ELU(alpha=2.0)(x)');
    for (const [script, message] of [
      [
        'x = np.linspace(0, 1)\nfig, axs = plt.subplots(1, 2)\naxs[0].plot(x, x)\naxs[1].plot(x, x)\nt = axs[0].twinx()',
        /a twin follows its host/,
      ],
      ["x = [0, 1]\nplt.step(x, x, where='both')", /where='pre', 'post' or 'mid'/],
      ["x = [0, 1]\nplt.step(x, x, ds='steps')", /sets the drawstyle itself/],
      [
        'x = np.linspace(0, 1)\nif np.any(x > 0): plt.title("t")\nplt.plot(x, x)',
        /only a condition of values written out/,
      ],
    ] as const) {
      assert.throws(
        () => buildFigure(readScript(script)),
        (err: unknown) => err instanceof UsageError && /line \d+/.test(err.message) && message.test(err.message),
        script,
      );
    }
  });
  it('reads a legend of get_legend_handles_labels(), addfont() and an empty cell of subplots() given options', () => {
    const legend = readScript(
      [
        'x = np.linspace(-1, 1)',
        "plt.plot(x, x, label='a'); plt.plot(x, -x, label='b')",
        'handles, labels = plt.gca().get_legend_handles_labels()',
        "plt.legend(handles[::-1], labels[::-1], loc='upper left')",
      ].join('\n'),
    );
    assert.equal(legend.panels[0].legend, "reverse=True, loc='upper left'");
    const font = readScript(
      [
        'from matplotlib import font_manager',
        "font_manager.fontManager.addfont('fonts/cmr10.ttf')",
        "plt.rcParams['font.family'] = 'cmr10'",
        'x = np.linspace(-1, 1)',
        'plt.plot(x, x)',
      ].join('\n'),
    );
    assert.deepEqual(font.fontFile, ['fonts/cmr10.ttf']);
    const cells = readScript(
      [
        'x = np.linspace(-1, 1)',
        'fig, axes = plt.subplots(2, 2)',
        'for ax in axes.flat[:3]: pass',
        'axes[0, 0].plot(x, x); axes[0, 1].plot(x, -x); axes[1, 0].plot(x, x * x)',
        "axes[1, 1].axis('off')",
      ]
        .filter((l) => !l.startsWith('for'))
        .join('\n'),
    );
    assert.deepEqual(cells.panels[3], { axis: "'off'", curves: [] });
    // Drawn as four axes, the last one's axis off: its frame and ticks hidden (matplotlib's axis('off')).
    const fig = buildFigure(cells);
    assert.equal(fig.axes.length, 4);
    assert.equal(fig.axes[3].empty, true);
    assert.throws(
      () => buildFigure({ subplots: '1, 2', panels: [{ curves: [{ expr: 'x' }] }, { curves: [] }, { curves: [] }] }),
      (err: unknown) => err instanceof UsageError && /with room for all 3 panels/.test(err.message),
    );
  });
  it('unrolls a loop over a list or a dict the script wrote out by name, its items(), keys and values()', () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1)',
        "acts = {'tanh': np.tanh, 'sin': lambda t: np.sin(t)}",
        'fs = [np.cos]',
        'for name, f in acts.items(): plt.plot(x, f(x), label=name)',
        'for f in fs: plt.plot(x, f(x))',
        'for k in acts: plt.plot(x, x, label=k)',
        'for g in acts.values(): plt.plot(x, g(x))',
      ].join('\n'),
    );
    assert.deepEqual(
      options.panels[0].curves.map((c) => c.plot),
      [
        "x, np.tanh(x), label='tanh'",
        "x, (np.sin(x)), label='sin'",
        'x, np.cos(x)',
        "x, x, label='tanh'",
        "x, x, label='sin'",
        'x, np.tanh(x)',
        'x, (np.sin(x))',
      ],
    );
  });
  it('reads the names an import gives functions and modules: from scipy.special import expit, import numpy as npy', () => {
    const options = readScript(
      [
        'import numpy as npy',
        'from scipy.special import expit, erf as E',
        'from scipy.stats import norm',
        'x = npy.linspace(-3, 3, 61)',
        'plt.plot(x, expit(x) + E(x) + norm.cdf(x) + npy.tanh(x))',
      ].join('\n'),
    );
    assert.equal(
      options.panels[0].curves[0].plot,
      'x, scipy.special.expit(x) + scipy.special.erf(x) + scipy.stats.norm.cdf(x) + numpy.tanh(x)',
    );
    // By hand at 0: expit 1/2, erf 0, the normal CDF 1/2, tanh 0.
    const y = /^x, ([^]*)$/.exec(options.panels[0].curves[0].plot as string)![1];
    assert.equal(compileExpression(y, expressionContext).value(0), 1);
  });
  it('reads x under another name, str() of a module as PyTorch prints it, and a class only where it is used', () => {
    const repr = (
      JSON.parse(fs.readFileSync(path.join(FIXTURES, 'torch-repr.json'), 'utf8')) as TorchReprFixture
    ).cases.find((c) => c.function === 'elu' && c.params.alpha === 2)!.repr;
    const options = readScript(
      [
        'class Act:',
        '    def __call__(self, v): return v',
        'xs = torch.linspace(-5, 5, 101)',
        'layers = [nn.ELU(alpha=2.0)]',
        'for layer in layers: plt.plot(xs, layer(xs), label=str(layer))',
      ].join('\n'),
    );
    assert.equal(options.panels[0].x, 'x = torch.linspace(-5, 5, 101)');
    assert.deepEqual(options.panels[0].curves, [{ plot: `x, nn.ELU(alpha=2.0)(x), label='${repr}'` }]);
    assert.throws(
      () => buildFigure(readScript('class Act: pass\nx = np.linspace(0, 1)\nplt.plot(x, Act(x))')),
      (err: unknown) => err instanceof UsageError && /line 3: .*Act is a class of the script's/.test(err.message),
    );
  });
  it("draws each plot over the range it names, an axes' later plots over another range over their own", () => {
    // Python's values: x_neg and x_pos are two arrays; x is assigned anew before the last plot.
    const options = readScript(
      [
        'x_neg = np.linspace(-5, 0, 50)',
        'x_pos = np.linspace(0, 5, 50)',
        'fig, ax = plt.subplots()',
        'ax.plot(x_neg, 0 * x_neg)',
        'ax.plot(x_pos, x_pos)',
        'x = torch.arange(-3, 3, 0.5)',
        'ax.plot(x.numpy(), torch.tanh(x).numpy())',
        'ax.plot(x_neg, -x_neg)',
      ].join('\n'),
    );
    assert.equal(options.panels[0].x, 'x = np.linspace(-5, 0, 50)');
    assert.deepEqual(
      options.panels[0].curves?.map((c) => (c as { plot: string }).plot),
      ['x, 0 * x', 'np.linspace(0, 5, 50), x', 'torch.arange(-3, 3, 0.5), torch.tanh(x)', 'x, -x'],
    );
    // Each on its own samples: 50 from 0 to 5, and torch.arange(-3, 3, 0.5)'s 12 from -3 by 0.5.
    const [, pos, tanh] = evaluateFigure(buildFigure(options))[0].curves;
    assert.deepEqual([pos.xs.length, pos.xs[0], pos.xs[49]], [50, 0, 5]);
    assert.deepEqual(Array.from(tanh.xs), [-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5]);
    assert.ok(Math.abs(tanh.ys[11] - 0.9866142981514303) < 1e-15); // tanh(2.5), Python's math.tanh
    // A panel of its own takes its first plot's range.
    const two = readScript(
      'a = np.linspace(0, 1, 5)\nb = np.linspace(2, 3, 5)\nplt.subplot(1, 2, 1)\nplt.plot(a, a)\n' +
        'plt.subplot(1, 2, 2)\nplt.plot(b, b)',
    );
    assert.deepEqual(
      two.panels.map((p) => p.x),
      ['x = np.linspace(0, 1, 5)', 'x = np.linspace(2, 3, 5)'],
    );
    // One call over two ranges, or of several lines over a range of its own, would need each line's own.
    assert.throws(
      () => readScript('u = np.linspace(-1, 1)\nx = np.linspace(-5, 5)\nplt.plot(x, x)\nplt.plot(u, u, x, x)'),
      /line 4: a plot naming two ranges \(u and x\)/,
    );
    assert.throws(
      () => readScript('x = np.linspace(-5, 5)\nt = np.linspace(0, 1, 5)\nplt.plot(x, x)\nplt.plot(t, t, t, t**2)'),
      /line 4: a plot\(\) of several lines over np.linspace\(0, 1, 5\), another range than its axes' first/,
    );
    // plot(t) alone: t's values against 0, 1, 2..., a format after it or not.
    const lone = readScript("t = torch.arange(0, 2, 0.5)\nplt.plot(t, 'ro', label='t')\nplt.plot(t)");
    assert.deepEqual(lone.panels[0].curves, [
      { plot: "torch.arange(0, 2, 0.5), 'ro', label='t'" },
      { plot: 'torch.arange(0, 2, 0.5)' },
    ]);
    // Data written out names no range: a scatter of points after a plot over another range is drawn.
    const points = readScript(
      'x = np.linspace(-5, 5)\nplt.plot(x, x)\nright = np.linspace(0, 5, 2)\nplt.scatter([0], [0.5])',
    );
    assert.deepEqual(points.panels[0].curves, [{ plot: 'x, x' }, { scatter: '[0], [0.5]' }]);
    // A range named inside a string is not one the plot is drawn over.
    const labelled = readScript("x = np.linspace(-5, 5)\nt = np.linspace(0, 1, 5)\nplt.plot(x, x, label='t vs x')");
    assert.deepEqual(labelled.panels[0].curves, [{ plot: "x, x, label='t vs x'" }]);
    assert.throws(
      () => readScript('x = np.linspace(-5, 5)\nt = np.linspace(0, 1, 10)\nplt.plot(x, x)\nplt.scatter(t, t)'),
      (err: unknown) =>
        err instanceof UsageError &&
        /line 4: scatter\(\) over np.linspace\(0, 1, 10\) \(line 2\) in an axes whose plots are over np.linspace\(-5, 5\) \(line 1\)/.test(
          err.message,
        ),
    );
  });
  it("makes the texts Python makes of __name__, str.format(), str() and a title's name; refuses what it cannot tell", () => {
    // Python's own results: sigmoid.__name__ 'sigmoid', np.tanh.__name__ 'tanh', a lambda's '<lambda>',
    // type(nn.ReLU()).__name__ 'ReLU', '{} (a={:.2f})'.format('elu', 0.5) 'elu (a=0.50)', 'k = ' + str(3) 'k = 3'.
    const options = readScript(
      [
        'def sigmoid(v): return 1 / (1 + np.exp(-v))',
        'f = lambda v: v',
        'x = np.linspace(-1, 1, 5)',
        'a = 0.5',
        'k = 3',
        "name = 'Title'",
        'plt.plot(x, sigmoid(x), label=sigmoid.__name__)',
        'plt.plot(x, np.tanh(x), label=np.tanh.__name__)',
        'plt.plot(x, f(x), label=f.__name__)',
        'plt.plot(x, x, label=type(nn.ReLU()).__name__)',
        "plt.plot(x, -x, label=nn.GELU().__class__.__name__ + '!')",
        "plt.plot(x, 2 * x, label='{} (a={:.2f})'.format('elu', a))",
        "plt.plot(x, 3 * x, label='T = %.1f, %s' % (a, name))",
        "plt.xlabel('k = ' + str(k))",
        'plt.title(name)',
      ].join('\n'),
    );
    const labels = options.panels[0].curves?.map((c) => /label=(.*)$/.exec((c as { plot: string }).plot)?.[1]);
    // '%.1f, %s' % (0.5, 'Title') is 'T = 0.5, Title'.
    assert.deepEqual(labels, [
      "'sigmoid'",
      "'tanh'",
      "'<lambda>'",
      "'ReLU'",
      "'GELU' + '!'",
      "'elu (a=0.50)'",
      "'T = 0.5, Title'",
    ]);
    const fig = buildFigure(options);
    assert.deepEqual([fig.axes[0].title, fig.axes[0].xlabel, fig.axes[0].curves[4].label], ['Title', 'k = 3', 'GELU!']);
    for (const [line, message] of [
      [
        "name = 'x'\nplt.title(name.split()[0])",
        /title\(\)'s text, name\.split\(\)\[0\], is read as a string written out/,
      ],
      ['plt.xlabel(label_text)', /xlabel\(\)'s text, label_text, is read as a string written out/],
      ["plt.title('{} {}'.format('one'))", /the field \{\} of .*: \.format\(\) has no argument for it/],
      ["plt.title('%.2f' % 'text')", /'%\.2f' % \.\.\.: a number for %\.2f, as Python formats it/],
    ] as const) {
      assert.throws(
        () => readScript(`x = np.linspace(-1, 1)\nplt.plot(x, x)\n${line}`),
        (err: unknown) => err instanceof UsageError && message.test(err.message),
        line,
      );
    }
  });
  it("makes the texts of str methods and of a torch.nn module's parameters, in a loop's body too", () => {
    const options = readScript(
      [
        'x = torch.linspace(-4, 4, 9)',
        "names = ['sigmoid', 'leaky_relu']",
        "for name in ['sigmoid', 'leaky_relu']: plt.plot(x, x, label=name.replace('_', ' ').title())",
        'for layer in [nn.Softplus(beta=2.0), nn.Softplus()]:',
        "    plt.plot(x, layer(x), label=f'beta={layer.beta}')",
        'act = nn.LeakyReLU()',
        "plt.title(f'slope {act.negative_slope}, {act.negative_slope:.1e}'.upper())",
      ].join('\n'),
    );
    // Python 3.11 and torch 1.13: 'leaky_relu'.replace('_', ' ').title() is 'Leaky Relu'; nn.Softplus(beta=2.0).beta
    // prints 2.0, nn.Softplus().beta 1 (an int default), nn.LeakyReLU().negative_slope 0.01 (1.0e-02 as .1e).
    assert.deepEqual(
      options.panels[0].curves.map((c) => /label=(.*)$/.exec(c.plot as string)![1]),
      ["'Sigmoid'", "'Leaky Relu'", "'beta=2.0'", "'beta=1'"],
    );
    assert.equal(options.panels[0].title, "'SLOPE 0.01, 1.0E-02'");
  });
  it("reads an axes picked by index arithmetic, and keeps subplots()'s axes left empty between plotted ones", () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 5)',
        'fig, axes = plt.subplots(2, 3)',
        'for i in range(2):',
        '    ax = axes[i // 3, i % 3]',
        '    ax.plot(x, x + i)',
        'axes[(5 - 1) // 3][5 % 3 - 1].set_title("empty")',
        'ax = axes.flat[5]',
        'ax.plot(x, -x)',
      ].join('\n'),
    );
    // By hand: i = 0 and 1 are axes[0, 0] and axes[0, 1]; axes[1][1] is the fifth axes, axes.flat[5] the sixth.
    assert.deepEqual(
      options.panels.map((p) => [p.title, p.curves.map((c) => c.plot)]),
      [
        [undefined, ['x, x + 0']],
        [undefined, ['x, x + 1']],
        [undefined, []],
        [undefined, []],
        ['"empty"', []],
        [undefined, ['x, -x']],
      ],
    );
    const fig = buildFigure(options);
    assert.deepEqual(
      fig.axes.map((ax) => [ax.empty ?? false, ax.curves.length, ax.title ?? '']),
      [
        [false, 1, ''],
        [false, 1, ''],
        [true, 0, ''],
        [true, 0, ''],
        [true, 0, 'empty'],
        [false, 1, ''],
      ],
    );
    // plt.subplot() makes only the axes it names: a cell between them is blank, which actplot does not draw yet.
    assert.throws(
      () =>
        readScript(
          'x = np.linspace(-1, 1)\nplt.subplot(1, 3, 1)\nplt.plot(x, x)\nplt.subplot(1, 3, 3)\nplt.plot(x, x)',
        ),
      (err: unknown) => err instanceof UsageError && /axes 2 has nothing plotted before others/.test(err.message),
    );
  });
  it('gives a dict the entries a script sets (results[name] = f(x)), each value as it is when set', () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 5)',
        "acts = {'sig': lambda v: 1 / (1 + np.exp(-v)), 'lin': lambda v: 2 * v}",
        'outputs, grads = {}, dict()',
        'outputs = {}',
        'grads = dict()',
        'for name, fn in acts.items():',
        '    outputs[name] = fn(x)',
        'outputs["lin"] = outputs[\'lin\'] + 1',
        'for k, y in outputs.items(): plt.plot(x, y, label=k)',
        "plt.plot(x, outputs['sig'], '--')",
      ].join('\n'),
    );
    // Each entry is its function's value at the turn of the loop that set it (fn is another function at the
    // next turn), in parentheses where a name stood; "lin" set again from its own value, in the dict's place of
    // 'lin', as Python keeps it. By hand: sigmoid(0) is 0.5, 2 * 1 + 1 is 3.
    assert.deepEqual(
      options.panels[0].curves.map((c) => c.plot),
      ["x, (1 / (1 + np.exp(-x))), label='sig'", "x, ((2 * x) + 1), label='lin'", "x, (1 / (1 + np.exp(-x))), '--'"],
    );
    const fig = buildFigure(options);
    const [sig, lin] = evaluateFigure(fig)[0].curves;
    assert.equal(sig.ys[2], 0.5);
    assert.equal(lin.ys[4], 3);
  });
  it("reads each call of the script's own drawing function as its body, its parameters the arguments", () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 5)',
        "def show(ax, f, title, xlim=(-2, 2), style='-'):",
        '    x = np.linspace(*xlim, 9)',
        '    y = f(x)',
        '    ax.plot(x, y, style)',
        '    ax.set_title(title)',
        '    return y',
        'fig, axs = plt.subplots(1, 3)',
        "show(axs[0], np.tanh, 'tanh')",
        "show(axs[1], lambda z: 2 * z + 1, 'line', xlim=(0, 4), style='--')",
        "show(ax=axs[2], f=np.sin, title='sin' + '!')",
        'axs[2].plot(x, x)',
      ].join('\n'),
    );
    const fig = buildFigure(options);
    const data = evaluateFigure(fig);
    // By hand: each call's own x (9 points over its xlim), the script's x (5 points over [-1, 1]) after them;
    // the lambda's 2 * z + 1 at z = 4 is 9.
    assert.deepEqual(
      fig.axes.map((ax) => ax.title),
      ['tanh', 'line', 'sin!'],
    );
    assert.deepEqual(
      data.map((ax) => ax.curves.map((c) => [c.xs.length, c.xs[0], c.xs[c.xs.length - 1]])),
      [
        [[9, -2, 2]],
        [[9, 0, 4]],
        [
          [9, -2, 2],
          [5, -1, 1],
        ],
      ],
    );
    assert.equal(data[1].curves[0].ys[8], 9);
    assert.deepEqual(
      fig.axes.map((ax) => ax.curves[0].linestyle),
      ['-', '--', '-'],
    );
    for (const [call, message] of [
      [
        "show(axs[0], np.tanh, 'a', (0, 1), '-', 5)",
        /show\(\) takes 5 arguments \(ax, f, title, xlim, style\), given 6/,
      ],
      ['show(axs[0], np.tanh)', /show\(\) needs its title/],
      ["show(axs[0], np.tanh, 'a', color='r')", /show\(\) has no parameter 'color'/],
      ['show(*args)', /arguments unpacked with \* or \*\* are not read/],
      ["show(axs[0], np.tanh, 'a', ax=axs[1])", /show\(\) got two values for its ax, in order and by name/],
    ] as const) {
      assert.throws(
        () =>
          readScript(
            `x = np.linspace(-1, 1)\ndef show(ax, f, title, xlim=(-2, 2), style='-'):\n    ax.plot(x, f(x))\nfig, axs = plt.subplots(1, 2)\n${call}`,
          ),
        (err: unknown) => err instanceof UsageError && message.test(err.message),
        call,
      );
    }
    // A function calling itself ends, refused.
    assert.throws(
      () => readScript('x = np.linspace(-1, 1)\ndef f(a):\n    plt.plot(x, x)\n    f(a)\nf(1)'),
      (err: unknown) =>
        err instanceof UsageError && /more than 500 calls of the script's own functions/.test(err.message),
    );
  });
  it("computes a call's arguments of numbers, and the extremes of a range or of a value over it", () => {
    const options = readScript(
      [
        'x = np.linspace(-5, 5, 11)',
        's = 1 / (1 + np.exp(-x))',
        'plt.plot(x, s)',
        'lo = x[0]',
        'plt.xlim(lo, -np.pi / 2 + np.pi)',
        'plt.ylim(s.min() - 0.1, s.max() + 0.1)',
        "plt.axhline(np.tanh(0.5) * 2, lw=2 * 0.75, color='k')",
        "plt.annotate('peak', xy=(x.max(), 1), xytext=(np.sqrt(4), 2 ** 0.5))",
      ].join('\n'),
    );
    const fig = buildFigure({ ...options, panels: options.panels });
    // Python 3.11 with numpy: x.min() -5.0; -np.pi / 2 + np.pi 1.5707963267948966; s.min() - 0.1 and s.max() + 0.1
    // -0.09330714907571515 and 1.0933071490757154; np.tanh(0.5) * 2 0.9242343145200195; np.sqrt(4) 2.0, 2 ** 0.5
    // 1.4142135623730951.
    assert.deepEqual(fig.axes[0].xlim, [-5, 1.5707963267948966]);
    assert.deepEqual(fig.axes[0].ylim, [-0.09330714907571515, 1.0933071490757154]);
    assert.deepEqual(options.panels[0].axhline, ["0.9242343145200195, lw=1.5, color='k'"]);
    assert.deepEqual(options.panels[0].annotate, ["'peak', xy=(5, 1), xytext=(2, 1.4142135623730951)"]);
  });
  it("formats a range's extremes in an f-string's fields with a format, as Python does", () => {
    const options = readScript(
      [
        'x = torch.linspace(-3, 3, 100)',
        'plt.plot(x, torch.sigmoid(x))',
        'plt.title(f"sigmoid on [{x.min():.1f}, {x.max():.1f}], {x[0]:+.2e}, {{x.min():.1f}}")',
      ].join('\n'),
    );
    // Python 3.11 with torch 1.13 prints: sigmoid on [-3.0, 3.0], -3.00e+00, {x.min():.1f}
    assert.equal(options.panels[0].title, '"sigmoid on [-3.0, 3.0], -3.00e+00, {x.min():.1f}"');
  });
  it("looks a key up in a dict written out, a loop's item, and calls the lambda found there", () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 3)',
        "specs = [{'name': 'S', 'f': lambda v: 1 / (1 + np.exp(-v)), 'c': 'r'}, {'name': 'T', 'f': np.tanh, 'c': 'g'}]",
        "for spec in specs: plt.plot(x, spec['f'](x), color=spec['c'], label=spec['name'])",
      ].join('\n'),
    );
    const fig = buildFigure(options);
    // By hand: sigmoid(0) 0.5 in red, tanh(1) in green, labelled by the dicts' names.
    const [s, t] = evaluateFigure(fig)[0].curves;
    assert.deepEqual([s.ys[1], t.ys[2]], [0.5, Math.tanh(1)]);
    assert.deepEqual(
      fig.axes[0].curves.map((c) => [c.label, c.color]),
      [
        ['S', 'r'],
        ['T', 'g'],
      ],
    );
  });
  it('makes the list a comprehension over items written out makes, for a loop over it or an index', () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 3)',
        'ks = (0.5, 1, 2)',
        'ys = [np.tanh(x * k) for k in ks]',
        'fs = [f for f in [np.sin, lambda v: 2 * v]]',
        "for k, y in zip(ks, ys): plt.plot(x, y, label='k=%s' % k)",
        "plt.plot(x, ys[-1] + fs[1](x), '--')",
      ].join('\n'),
    );
    // Python: 'k=%s' % 1 is 'k=1' (an int's digits), % 0.5 'k=0.5'; ys[-1] is tanh(2x), fs[1](x) 2x: at x = 1,
    // tanh(2) + 2.
    assert.deepEqual(
      options.panels[0].curves.map((c) => /label=(.*)$/.exec(c.plot as string)?.[1]),
      ["'k=0.5'", "'k=1'", "'k=2'", undefined],
    );
    const curves = evaluateFigure(buildFigure(options))[0].curves;
    assert.equal(curves[1].ys[2], Math.tanh(1));
    assert.equal(curves[3].ys[2], Math.tanh(2) + 2);
  });
  it("draws a comprehension of the script's own function as that function, whatever actplot's of its name", () => {
    // The script's relu is a leaky one: max(0.1 * v, v) at -2 is -0.2 (Python), not 0 as torch's relu.
    const options = readScript(
      [
        'def relu(v): return max(0.1 * v, v)',
        'def leaky(v): return v if v > 0 else 0.1 * v',
        'xs = np.linspace(-2, 2, 5)',
        'plt.plot(xs, [relu(v) for v in xs])',
        'plt.plot(xs, list(map(leaky, xs)))',
        'plt.plot(xs, list(map(lambda v: v if v > 0 else 0.5 * v, xs)))',
      ].join('\n'),
    );
    const curves = evaluateFigure(buildFigure(options))[0].curves;
    assert.deepEqual(
      curves.map((c) => c.ys[0]),
      [-0.2, -0.2, -1],
    );
  });
  it('reads later calls over earlier ones as matplotlib does: set() twice, setp(), set_facecolor(), label_outer()', () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1)',
        'fig, axs = plt.subplots(1, 2)',
        'for ax, f in zip(axs.flat, [lambda t: t, lambda t: -t]):',
        '    ax.plot(x, f(x))',
        "    ax.set(xlabel='x', title='first')",
        "    ax.set(ylabel='y')",
        '    ax.label_outer()',
        "axs[0].set_title('second')",
        'axs[0].set_xticks([-1, 0, 1])',
        "plt.setp(axs[0].get_xticklabels(), rotation=45, ha='right')",
        "axs[1].set_facecolor('#f0f0f0')",
        "axs[1].grid(linewidth='0.5')",
      ].join('\n'),
    );
    const [a, b] = buildFigure(options).axes;
    // By hand, as matplotlib 3.6 draws it: both calls of set() hold (x and y labels), the later set_title over
    // set(title=...); label_outer() of a 1x2 grid hides the right axes' y label (not in the first column); the
    // ticks set before setp() keep their places, turned 45 degrees; the face colour and a linewidth of '0.5'.
    assert.deepEqual(
      [a.title, a.xlabel, a.ylabel, b.title, b.xlabel, b.ylabel],
      ['second', 'x', 'y', 'first', 'x', ''],
    );
    assert.equal(options.panels[0].xticks, "[-1, 0, 1], rotation=45, ha='right'");
    assert.deepEqual(a.xticks, [-1, 0, 1]);
    assert.equal(b.facecolor, '#f0f0f0');
    assert.deepEqual(options.panels[1].grid, ["linewidth='0.5'"]);
  });
  it("writes a loop's f out as its item, but not the f of an f-string", () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 3)',
        'fig, axs = plt.subplots(1, 2)',
        "for i, (name, (f, df)) in enumerate({'Tanh': (np.tanh, np.cos), 'Sin': (np.sin, np.cos)}.items()):",
        '    axs[i].plot(x, f(x), label=rf"$\\mathrm{{{name}}}$")',
        "    axs[i].set_title(f'{name}')",
      ].join('\n'),
    );
    // By hand: f is np.tanh, then np.sin; the titles are the names (an f-string's prefix is no name).
    assert.deepEqual(
      options.panels.map((p) => [p.title, p.curves[0].plot]),
      [
        ["'Tanh'", 'x, np.tanh(x), label=r"$\\mathrm{Tanh}$"'],
        ["'Sin'", 'x, np.sin(x), label=r"$\\mathrm{Sin}$"'],
      ],
    );
  });
  it('passes over docstrings and comments after a statement, and reads add_axes() as the one axes', () => {
    const options = readScript(
      [
        '"""Plot GELU.',
        '',
        'Two lines of a module docstring."""',
        'import numpy as np  # numpy',
        'def gelu(x):',
        "    '''GELU, tanh form.'''",
        '    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))',
        'x = np.linspace(-3, 3, 7)  # seven points',
        'fig = plt.figure(figsize=(6, 4))',
        'ax = fig.add_axes([0.1, 0.1, 0.85, 0.8])',
        "ax.plot(x, gelu(x), color='#1f77b4')  # the # in a colour is kept",
        "ax.set_title('GELU')",
      ].join('\n'),
    );
    // The axes' edges as matplotlib places add_axes([l, b, w, h]): l, b, l + w, b + h.
    assert.equal(options.subplotsAdjust, 'left=0.1, bottom=0.1, right=0.95, top=0.9');
    assert.deepEqual(
      options.panels[0].curves.map((c) => /color=(.*)$/.exec(c.plot as string)?.[1]),
      ["'#1f77b4'"],
    );
    assert.equal(buildFigure(options).axes[0].title, 'GELU');
    assert.throws(
      () => readScript('x = np.linspace(-1, 1)\nplt.plot(x, x)\nfig = plt.gcf()\nfig.add_axes([0.6, 0.6, 0.2, 0.2])'),
      (err: unknown) =>
        err instanceof UsageError && /line 4: add_axes\(.*\) is read as the figure's one axes/.test(err.message),
    );
  });
  it('passes over calls that change nothing drawn (seeds, warnings, folders), and reads plt.rcdefaults()', () => {
    const options = readScript(
      [
        "plt.style.use('ggplot')",
        "plt.rcParams['font.size'] = 20",
        'torch.manual_seed(0)',
        'np.random.seed(42)',
        "warnings.filterwarnings('ignore')",
        "os.makedirs('figs', exist_ok=True)",
        'plt.rcdefaults()',
        "plt.rcParams['lines.linewidth'] = 3",
        'x = np.linspace(-1, 1)',
        'plt.plot(x, x)',
      ].join('\n'),
    );
    // rcdefaults() undoes the style and rcParams before it, as matplotlib's; the one after it stays.
    assert.deepEqual([options.style, options.rc], [['matplotlib'], ["plt.rcParams['lines.linewidth'] = 3"]]);
    assert.throws(
      () => readScript('torch.set_default_dtype(torch.float64)\nx = torch.linspace(-1, 1)\nplt.plot(x, x)'),
      (err: unknown) => err instanceof UsageError && /line 1: 'torch\.set_default_dtype/.test(err.message),
    );
  });
  it("reads a class of the script's with a forward() as the function it computes, made and called", () => {
    const options = readScript(
      [
        'class SquaredReLU(nn.Module):',
        '    """Primer\'s activation."""',
        '    def forward(self, x):',
        '        return torch.relu(x) ** 2',
        'class Swish(nn.Module):',
        '    def __init__(self, beta=1.0):',
        '        super().__init__()',
        '        self.beta = beta',
        '    def forward(self, t):',
        '        return t * torch.sigmoid(self.beta * t)',
        'x = torch.linspace(-2, 2, 5)',
        'act = SquaredReLU()',
        'plt.plot(x, act(x))',
        'plt.plot(x, Swish(2.0)(x))',
        'plt.plot(x, Swish(beta=0.5).forward(x))',
        'plt.plot(x, Swish()(x))',
      ].join('\n'),
    );
    const ys = evaluateFigure(buildFigure(options))[0].curves.map((c) => c.ys[4]);
    // By hand at x = 2: relu(2)^2 = 4; 2 * sigmoid(2 * 2), 2 * sigmoid(0.5 * 2), 2 * sigmoid(2) (float32 as torch's).
    const sig = (v: number) => 1 / (1 + Math.exp(-v));
    assert.equal(ys[0], 4);
    for (const [y, beta] of [
      [ys[1], 2],
      [ys[2], 0.5],
      [ys[3], 1],
    ]) {
      assert.ok(Math.abs(y - 2 * sig(beta * 2)) < 1e-6, `${y} for beta ${beta}`);
    }
    // A class of another shape (a method besides forward) is refused where it is used, as before.
    assert.throws(
      () => readScript('class A:\n    def f(self, x):\n        return x\nx = np.linspace(-1, 1)\nplt.plot(x, A()(x))'),
      (err: unknown) =>
        err instanceof UsageError && /A is a class of the script's, which actplot does not run/.test(err.message),
    );
  });
  it('reads each figure a script makes (readScriptFigures), which readScript refuses rather than drawing them as one', () => {
    const two = [
      "x = np.linspace(-1, 1)\nplt.figure()\nplt.plot(x, x)\nplt.savefig('a.png')\nplt.figure()\nplt.plot(x, -x)",
      "x = np.linspace(-1, 1)\nplt.plot(x, x)\nplt.savefig('a.png')\nplt.close()\nplt.plot(x, -x)",
      "x = np.linspace(-1, 1)\nplt.plot(x, x)\nplt.savefig('a.png')\nplt.clf()\nplt.plot(x, -x)",
      'x = np.linspace(-1, 1)\nplt.plot(x, x)\nplt.show()\nplt.plot(x, -x)\nplt.show()',
    ];
    for (const script of two) {
      // As matplotlib draws them: x in the first figure, -x in the second, each with its own savefig().
      const figures = readScriptFigures(script);
      assert.deepEqual(
        figures.map((f) => f.panels.map((p) => p.curves.map((c) => c.plot))),
        [[['x, x']], [['x, -x']]],
        script,
      );
      assert.throws(
        () => readScript(script),
        (err: unknown) => err instanceof UsageError && /(makes a second figure|clf\(\) clears)/.test(err.message),
        script,
      );
    }
    // A figure cleared or closed before it is saved is let go, as matplotlib lets it go.
    for (const script of [
      'x = np.linspace(-1, 1)\nplt.plot(x, x)\nplt.clf()\nplt.plot(x, -x)',
      'x = np.linspace(-1, 1)\nplt.plot(x, x)\nplt.close()\nplt.plot(x, -x)',
    ]) {
      assert.deepEqual(
        readScriptFigures(script).map((f) => f.panels[0].curves.map((c) => c.plot)),
        [['x, -x']],
        script,
      );
    }
    // As nbconvert writes a notebook: its magic is passed over; a figure closed after it is saved is drawn.
    const options = readScript(
      [
        "get_ipython().run_line_magic('matplotlib', 'inline')",
        'x = np.linspace(-1, 1)',
        'plt.plot(x, x)',
        "plt.savefig('a.png')",
        'plt.close()',
      ].join('\n'),
    );
    assert.deepEqual(options.panels[0].curves, [{ plot: 'x, x' }]);
  });
  it("gives a loop's names, nested ones too, the last item after it, as Python does", () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 3)',
        "variants = {'a': x, 'b': 2 * x}",
        "for (name, y), ls in zip(variants.items(), ['-', '--']):",
        '    plt.plot(x, y, ls, label=name)',
        'plt.title(name)',
        'plt.plot(x, y + 1)',
      ].join('\n'),
    );
    // By hand: after the loop name is 'b' and y is 2 * x, as Python leaves them.
    assert.equal(options.panels[0].title, "'b'");
    assert.equal(evaluateFigure(buildFigure(options))[0].curves[2].ys[2], 3);
  });
  it('unrolls a loop over np.linspace() and np.arange() of numbers, each value as Python prints it', () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 3)',
        "for a in np.linspace(0.5, 2.0, 4): plt.plot(x, a * x, label=f'{a}')",
        "for i in np.arange(2): plt.plot(x, x + i, label=f'{i}')",
      ].join('\n'),
    );
    // numpy: np.linspace(0.5, 2.0, 4) is 0.5, 1.0, 1.5, 2.0 (str() of each), np.arange(2) the ints 0 and 1.
    assert.deepEqual(
      options.panels[0].curves.map((c) => /label=(.*)$/.exec(c.plot as string)?.[1]),
      ["'0.5'", "'1.0'", "'1.5'", "'2.0'", "'0'", "'1'"],
    );
  });
  it('makes the lists of numbers a script without numpy makes (comprehensions over range()), and draws them', () => {
    const options = readScript(
      [
        'import math',
        'xs = [i / 2 for i in range(-4, 5, 2)]',
        'ys = [1 / (1 + math.exp(-v)) for v in xs]',
        'ds = [y * (1 - y) for y in ys]',
        'plt.plot(xs, ys)',
        'plt.plot(xs, ds)',
      ].join('\n'),
    );
    // Python: range(-4, 5, 2) is -4, -2, 0, 2, 4, halved -2.0, -1.0, 0.0, 1.0, 2.0; sigmoid(0) 0.5, its slope 0.25.
    const [s, d] = evaluateFigure(buildFigure(options))[0].curves;
    assert.deepEqual(Array.from(s.xs), [-2, -1, 0, 1, 2]);
    assert.deepEqual([s.ys[2], d.ys[2]], [0.5, 0.25]);
    assert.ok(Math.abs(s.ys[4] - 1 / (1 + Math.exp(-2))) < 1e-15);
  });
  it("makes an f-string's arithmetic of a loop's items the text Python makes", () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 3)',
        "for k in range(0, 3, 2): plt.plot(x, x / (k + 1), label=f'x/{k + 1} {k / 2} {2 ** k}')",
      ].join('\n'),
    );
    // Python 3.11: k = 0 gives 'x/1 0.0 1', k = 2 gives 'x/3 1.0 4'.
    assert.deepEqual(
      options.panels[0].curves.map((c) => /label=(.*)$/.exec(c.plot as string)?.[1]),
      ["'x/1 0.0 1'", "'x/3 1.0 4'"],
    );
  });
  it('draws plt.step() of an expression over the range with its steps, as of data', () => {
    const options = readScript("x = np.linspace(-1, 1, 3)\nplt.step(x, np.where(x > 0, 1, 0), where='post')");
    const [c] = evaluateFigure(buildFigure(options))[0].curves;
    // By hand, Line2D's steps-post through (-1, 0), (0, 0), (1, 1): each value held to the next sample.
    assert.deepEqual(
      [Array.from(c.xs), Array.from(c.ys)],
      [
        [-1, 0, 0, 1, 1],
        [0, 0, 0, 0, 1],
      ],
    );
  });
  it('reads plt.gcf() and set_size_inches(), which sets the size over a figsize said before', () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1)',
        'plt.figure(figsize=(8, 5), dpi=80)',
        'plt.plot(x, x)',
        'fig = plt.gcf()',
        'fig.set_size_inches(4, 3)',
        "fig.suptitle('t')",
      ].join('\n'),
    );
    const fig = buildFigure(options);
    assert.deepEqual([fig.size, fig.dpi, fig.suptitle?.text], [[4, 3], 80, 't']);
    assert.deepEqual(
      buildFigure(readScript('x = np.linspace(-1, 1)\nplt.plot(x, x)\nplt.gcf().set_size_inches((5, 2))')).size,
      [5, 2],
    );
    assert.throws(
      () => readScript('x = np.linspace(-1, 1)\nplt.plot(x, x)\nplt.gcf().set_size_inches(5)'),
      (err: unknown) =>
        err instanceof UsageError &&
        /line 3: set_size_inches\(5\) is read as set_size_inches\(width, height\)/.test(err.message),
    );
  });
  it('reads a with block of torch.no_grad() or of a style as its body, and refuses other contexts', () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1)',
        "with plt.style.context('ggplot'):",
        '    fig, ax = plt.subplots()',
        '    with torch.no_grad():',
        '        y = torch.tanh(torch.from_numpy(x))',
        '    ax.plot(x, np.tanh(x))',
      ].join('\n'),
    );
    assert.deepEqual(options.style, ['matplotlib', "plt.style.use('ggplot')"]);
    assert.deepEqual(options.panels[0].curves, [{ plot: 'x, np.tanh(x)' }]);
    for (const [script, message] of [
      [
        "x = np.linspace(-1, 1)\nwith open('f') as f:\n    plt.plot(x, x)",
        /line 2: with open\('f'\) as f: only contexts/,
      ],
      [
        "x = np.linspace(-1, 1)\nplt.plot(x, x)\nwith plt.style.context('bmh'):\n    plt.plot(x, -x)",
        /a figure already made/,
      ],
    ] as const) {
      assert.throws(
        () => readScript(script),
        (err: unknown) => err instanceof UsageError && message.test(err.message),
        script,
      );
    }
  });
  it("makes f-strings of a loop's items and written-out values the texts Python makes", () => {
    const options = readScript(
      [
        'x = np.linspace(-5, 5)',
        'alpha, name, n = 1e-05, "elu", 3',
        "for beta in [0.5, 1.0, 2]: plt.plot(x, x * beta, label=f'Swish (β={beta})')",
        'plt.plot(x, x, label=f"{name!r} {alpha} {n:03d} {beta:.2f} {{x}}")',
        "plt.title(F'{alpha:.1e}')",
      ].join('\n'),
    );
    // By hand, as Python 3 formats them: str(0.5), str(1.0), str(2); repr('elu'), str(1e-05), 3 as 003,
    // the last item of the loop (2) with .2f, braces doubled; 1e-05 as .1e.
    assert.deepEqual(
      options.panels[0].curves.map((c) => /label=(.*)$/.exec(c.plot as string)![1]),
      ["'Swish (β=0.5)'", "'Swish (β=1.0)'", "'Swish (β=2)'", '"\'elu\' 1e-05 003 2.00 {x}"'],
    );
    assert.equal(options.panels[0].title, "'1.0e-05'");
    assert.throws(
      () => readScript("x = np.linspace(-5, 5)\nplt.plot(x, x, label=f'{x * 2}')"),
      (err: unknown) => err instanceof UsageError && /line 2: the f-string field \{x \* 2\}/.test(err.message),
    );
  });
  it("unrolls a loop over a written-out list, zip() and enumerate(): its body for each item, its names as the item's parts", () => {
    const looped = readScript(
      [
        'x = np.linspace(-1, 1)',
        'fig, axes = plt.subplots(1, 2)',
        "for ax, (name, f) in zip(axes.flat, [('tanh', np.tanh), ('sin', np.sin)]):",
        '    ax.plot(x, f(x), label=name)',
        '    ax.set_title(name)',
      ].join('\n'),
    );
    assert.deepEqual(
      looped.panels.map((p) => [p.title, p.curves]),
      [
        ["'tanh'", [{ plot: "x, np.tanh(x), label='tanh'" }]],
        ["'sin'", [{ plot: "x, np.sin(x), label='sin'" }]],
      ],
    );
    const counted = readScript(
      'x = np.linspace(-1, 1)\nfor i, f in enumerate([np.tanh, np.sin]):\n    plt.subplot(1, 2, i + 1)\n    plt.plot(x, f(x))',
    );
    assert.deepEqual(counted.layout, [1, 2]);
    assert.deepEqual(
      counted.panels.map((p) => p.curves[0].plot),
      ['x, np.tanh(x)', 'x, np.sin(x)'],
    );
  });
  it('reads plt.box(False), ax.get_yaxis() and a title that mentions rcParams as what they are', () => {
    const o = readScript(
      [
        'plt.plot([0, 1], [0, 1])',
        'plt.box(False)',
        "plt.title('rcParams')",
        'ax = plt.gca()',
        'ax.get_yaxis().set_visible(False)',
      ].join('\n'),
    );
    assert.deepEqual(o.panels[0], {
      frameOn: false,
      title: "'rcParams'",
      yaxis: ['set_visible(False)'],
      curves: [{ plot: '[0, 1], [0, 1]' }],
    });
    assert.equal(o.rc, undefined);
  });
  it('refuses, naming the line, what it does not read: a loop over data, an unknown call, nothing plotted', () => {
    for (const [script, message] of [
      ['x = np.linspace(-1, 1)\nfor f in fs:\n    plt.plot(x, f(x))', /^script: line 2: a loop over 'fs'/],
      ['plt.plot([0, 1], [0, 1])\nplt.stem([0], [1])', /line 2: 'plt\.stem\(\[0\], \[1\]\)': stem\(\) is not drawn/],
      ["plt.title('nothing')", /nothing plotted/],
      ['plt.plot([0, 1], [0, 1])\nax3.plot([0], [0])', /line 2: 'ax3\.plot/],
    ] as const) {
      assert.throws(
        () => readScript(script),
        (e: unknown) => e instanceof UsageError && message.test(e.message),
        script,
      );
    }
  });
  it('gives a figure or a usage error for any lines a script might have (in process, 300 runs)', () => {
    const lines = fc.constantFrom(
      'x = np.linspace(-5, 5, 100)',
      't = torch.arange(0, 2, 0.5)',
      'g, = torch.autograd.grad(torch.tanh(x).sum(), x)',
      "name = 'T'",
      'plt.title(name)',
      "plt.plot(x, x, label='{}'.format(name))",
      'plt.plot(x, np.tanh(x), label=np.tanh.__name__)',
      "plt.title(name.replace('T', '').strip().title())",
      "for m in [nn.Softplus(beta=2)]: plt.plot(x, m(x), label=f'{m.beta:.1f} {m.threshold}'.upper())",
      'plt.plot(x, g)',
      "plt.plot(t, t ** 2, 'o')",
      'plt.scatter(t, t)',
      'plt.plot(x, np.tanh(x))',
      "ax.plot(x, x, 'r--')",
      'fig, ax = plt.subplots()',
      'fig, axs = plt.subplots(2, 2)',
      'axs[1, 1].plot(x, x)',
      'ax = axs[3 // 2, 3 % 2]',
      'axs[0][1 - 1].set_title("a")',
      'plt.subplot(2, 1, 2)',
      "plt.rcParams['font.size'] = 12",
      'def f(x): return f(x)',
      'y = f(x)',
      'plt.plot(x, y)',
      "plt.legend(loc='best')",
      'plt.show()',
      'for i in range(3):',
      "ax.spines['left'].set_position('zero')",
      'plt.savefig(1)',
      '',
      'ax2 = ax.twinx()',
      "plt.step(x, x, where='mid')",
      "acts = {'a': np.tanh, 'b': lambda t: t}",
      'plt.xlim(x.min(), -np.pi / 2)',
      'plt.ylim(y.min() - 0.1, y[-1])',
      'fig = plt.gcf()',
      'fig.set_size_inches(3, 2)',
      'ys = [np.tanh(x * k) for k in (1, 2)]',
      'for y in ys: plt.plot(x, y)',
      "plt.plot(x, ys[0] + {'a': np.sin}['a'](x))",
      "cmap = plt.get_cmap('viridis')",
      'plt.plot(x, x, color=cmap(0.5))',
      'cs = plt.cm.tab10(np.arange(3))',
      'plt.plot(x, x, color=plt.cm.nope(1))',
      'ax.label_outer()',
      'plt.setp(ax.get_xticklabels(), rotation=30)',
      "ax.set(xlabel='a')",
      "ax.set_facecolor('0.9')",
      'ax = fig.add_axes([0.1, 0.1, 0.8, 0.8])',
      '"""A docstring."""',
      "plt.title('t')  # a comment",
      'plt.close()',
      'plt.clf()',
      "get_ipython().run_line_magic('matplotlib', 'inline')",
      'outputs = {}',
      'def show(ax, f=np.tanh):\n    ax.plot(x, f(x))\n    return f',
      'show(plt.gca())',
      'show(ax, f=lambda t: t * 2)',
      "outputs['a'] = np.tanh(x) + outputs['a']",
      "plt.plot(x, outputs['b'])",
      'for k, g in acts.items():',
      '    plt.plot(x, g(x), label=f"{k}!{{")',
      "if 'f': plt.title(f'{k:.2f}')",
      "if k == 'a' or 1 < 2: plt.title('t')",
      "elif name in ['T']:",
      'else: plt.grid()',
      'y.sum().backward()',
      'plt.plot(x, x.grad)',
      'x.grad.zero_()',
      'line, = plt.plot(x, torch.autograd.grad(y, x)[0], color=line.get_color())',
      'function = torch.nn.ELU(0.5); plt.title(function)',
      "axs[1, 1].axis('off')",
      'from scipy.special import expit as x',
      'import numpy as npy',
      'plt.plot(x, npy.tanh(expit(x)))',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(lines, fc.string({ maxLength: 12 })), { maxLength: 8 }), (ls) => {
        try {
          const o = readScript(ls.join('\n'));
          delete o.savefig;
          buildFigure(o);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
        }
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

describe('actplot script', () => {
  it("writes the file its savefig() names, or -o's; a refusal is one line, nothing written", async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'plot.py'), SCRIPT);
    let r = await cli(['script', 'plot.py', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'two.png')));
    r = await cli(['script', 'plot.py', '-o', 'mine.svg', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'mine.svg')));
    fs.writeFileSync(path.join(dir, 'loop.py'), 'for f in fs:\n    plt.plot(x, f(x))\n');
    r = await cli(['script', 'loop.py'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^actplot: script: line 1: a loop over 'fs'/);
    r = await cli(['script', 'missing.py'], dir);
    assert.match(r.stderr, /^actplot: script: cannot read 'missing.py' \(ENOENT\)/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['loop.py', 'mine.svg', 'plot.py', 'two.png']);
  });
  it('writes each figure of a script that makes several where its savefig() says, else numbered; -o is refused', async () => {
    const dir = scratch();
    const two = [
      'import numpy as np',
      'x = np.linspace(-1, 1, 5)',
      'plt.plot(x, x)',
      "plt.savefig('first.png')",
      'plt.figure()',
      'plt.plot(x, -x)',
      "plt.savefig('second.svg')",
      'plt.figure()',
      'plt.plot(x, 2 * x)',
      'plt.show()',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'two.py'), two);
    let r = await cli(['script', 'two.py', '-o', 'one.png'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^actplot: -o: names one file, and the script makes 3 figures/);
    assert.deepEqual(fs.readdirSync(dir), ['two.py']);
    r = await cli(['script', 'two.py'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.out.trim().split('\n'), ['first.png', 'second.svg', 'two-3.png']);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['first.png', 'second.svg', 'two-3.png', 'two.py']);
    assert.ok(fs.readFileSync(path.join(dir, 'second.svg'), 'utf8').startsWith('<?xml'));
  });
  it("words an error in what a line became at that line, not at the option's flag", async () => {
    const dir = scratch();
    const script = (...lines: string[]) => ['import numpy as np', 'x = np.linspace(-3, 3, 50)', ...lines].join('\n');
    for (const [text, message] of [
      [
        script('plt.plot(x, np.tanh(x))', "plt.plot(x, x, color='blu')"),
        /^actplot: script: line 4: plot\.color: got 'blu'/,
      ],
      [script('plt.plot(x, x)', "plt.title('t', fontsize='hugee')"), /^actplot: script: line 4: fontsize: got 'hugee'/],
      [script('plt.plot(x, np.tanhh(x))'), /^actplot: script: line 3: plot\.y: at column 1 of 'np\.tanhh\(x\)'/],
      [script('plt.plot(x, x)', "plt.savefig('a.png', dpi=-5)"), /^actplot: script: line 4: dpi: got -5/],
    ] as const) {
      fs.writeFileSync(path.join(dir, 'bad.py'), text);
      const r = await cli(['script', 'bad.py', '-o', 'bad.png'], dir);
      assert.equal(r.code, 2, text);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, message);
    }
    assert.deepEqual(fs.readdirSync(dir), ['bad.py']);
    // readScript's map of the lines that set each option, for its caller.
    const lines = new Map<string, number>();
    readScript(script("plt.plot(x, x); plt.title('a')", 'plt.axhline(0)', "plt.title('b')"), ['script'], lines);
    assert.deepEqual(Object.fromEntries(lines), {
      'panels[0].x': 2,
      'panels[0].curves[0]': 3,
      'panels[0].axhline[0]': 4,
      // title() again: the calls in order, each at its line (the first's line kept from when it was alone).
      'panels[0].title': 3,
      'panels[0].title[0]': 3,
      'panels[0].title[1]': 5,
    });
  });
});
