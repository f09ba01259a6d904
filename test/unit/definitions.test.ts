/**
 * A script's definitions (--def; functions/definitions.ts, spec/script-definitions.ts): an expression naming
 * them draws what the script's Python computes. Expected values by hand: swish(1, beta=2) = 1 / (1 + e^-2);
 * sigmoid's slope at 0 is 1/4; a leaky ReLU of slope 0.2 at -2 is -0.4.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { inline, readDefinition, readDefinitions, type Definition } from '../../src/functions/definitions';
import { compileExpression } from '../../src/functions/expression';
import { expressionContext } from '../../src/functions/registry';
import { buildFigure } from '../../src/spec/build';
import { readScript } from '../../src/spec/script';
import { evaluateFigure } from '../../src/data/evaluate';
import { statementsOf } from '../../src/spec/script-definitions';
import { parseConfig } from '../../src/config/load';
import { planFigures } from '../../src/config/plan';
import { scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';

const defsOf = (...lines: string[]) =>
  new Map<string, Definition>(lines.map((l, i) => readDefinition(l, ['def', i])).map((d) => [d.name, d]));
const valueAt = (expr: string, defs: Map<string, Definition>, x: number) =>
  compileExpression(inline(expr, defs, ['expr']), expressionContext).value(x);

describe('definitions', () => {
  it('read as Python binds them: defaults, arguments in order or by name, values naming values', () => {
    const defs = defsOf(
      'def swish(x, beta=1.0): return x * torch.sigmoid(beta * x)',
      'y = torch.sigmoid(x)',
      'dy = y * (1 - y)',
      'leaky = lambda z, a=0.01: np.where(z > 0, z, a * z)',
      'def f(t):\n    return swish(t, beta=2) + 0 * dy',
    );
    const swish2 = 1 / (1 + Math.exp(-2));
    assert.ok(Math.abs(valueAt('swish(x, 2)', defs, 1) - swish2) < 1e-15);
    assert.ok(Math.abs(valueAt('swish(x, beta=2)', defs, 1) - swish2) < 1e-15);
    assert.ok(Math.abs(valueAt('f(x)', defs, 1) - swish2) < 1e-15);
    assert.equal(valueAt('dy', defs, 0), 0.25);
    assert.equal(valueAt('leaky(x, 0.2)', defs, -2), -0.4);
    assert.equal(valueAt('leaky(x)', defs, -2), -0.02);
    // A def that names values before its return: sigmoid's slope, s * (1 - s), is 1/4 at 0.
    const slope = defsOf('def ds(x):\n    s = torch.sigmoid(x)\n    return s * (1 - s)');
    assert.equal(valueAt('ds(x)', slope, 0), 0.25);
    // A local naming itself means the value before it, as Python rebinds it: x = 2 * x; x = x + 1 at 3 is 7,
    // squared 49; a parameter made an array (x = np.asarray(x)) is the same values.
    const rebound = defsOf(
      'def f(x):\n    x = 2 * x\n    x = x + 1\n    return x * x',
      'def g(t, beta=1.0):\n    t = np.asarray(t)\n    return t / (1 + np.exp(-beta * t))',
    );
    assert.equal(valueAt('f(x)', rebound, 3), 49);
    // A tuple of locals, each value read before any is assigned: a, b = t, 2 * t then a, b = b, a swaps them,
    // so a - b at 3 is 6 - 3 = 3; SELU's two constants named on one line, scale * alpha * (e^-1 - 1) at -1.
    const tuples = defsOf(
      'def f(t):\n    a, b = t, 2 * t\n    a, b = b, a\n    return a - b',
      'def selu(t):\n    alpha, scale = 1.6732632423543772, 1.0507009873554805\n    return scale * alpha * (np.exp(t) - 1)',
    );
    assert.equal(valueAt('f(x)', tuples, 3), 3);
    assert.ok(
      Math.abs(valueAt('selu(x)', tuples, -1) - 1.0507009873554805 * 1.6732632423543772 * (Math.exp(-1) - 1)) < 1e-15,
    );
    assert.equal(valueAt('g(x)', rebound, 0), 0);
    assert.ok(Math.abs(valueAt('g(x, beta=2)', rebound, 1) - swish2) < 1e-15);
    // A tuple's names, and a function under another name: sigmoid, g = torch.sigmoid, F.gelu.
    const aliases = new Map(readDefinitions('sig, g = torch.sigmoid, F.gelu', ['def', 0]).map((d) => [d.name, d]));
    assert.equal(valueAt('sig(x) + g(x)', aliases, 0), 0.5);
    // A tuple of one name unpacked from autograd's grad(): its one gradient, drawn as a curve; tanh's slope at 0
    // is 1, at 1 it is 1 - tanh(1)^2.
    for (const lhs of ['g,', '(g,)', '[g]']) {
      const options = readScript(
        [
          'x = torch.linspace(-1, 1, 3, requires_grad=True)',
          `${lhs} = torch.autograd.grad(torch.tanh(x).sum(), x)`,
          'plt.plot(x.detach(), g)',
        ].join('\n'),
      );
      const [curve] = evaluateFigure(buildFigure(options))[0].curves;
      assert.equal(curve.ys[1], 1, lhs);
      assert.ok(Math.abs(curve.ys[2] - (1 - Math.tanh(1) ** 2)) < 1e-7, lhs);
    }
    // The derivative is exact through them: d/dx of sigmoid at 0 is dy there.
    assert.equal(compileExpression(inline('y', defs, ['expr']), expressionContext).grad(0), 0.25);
  });
  it('refuses what Python would, or a definition that never ends, in one line at the option', () => {
    const defs = defsOf('def f(x, beta=1.0): return beta * x', 'k = 2', 'a = b + 1', 'b = a * 2');
    for (const [expr, message] of [
      ['f(x, gamma=1)', /f\(\) has no parameter 'gamma'; it takes x, beta/],
      ['f(x, 1, 2)', /f\(\) takes at most 2 arguments \(x, beta\)/],
      ['f()', /f\(\) needs its x/],
      ['f', /f is a function: call it, f\(x\)/],
      ['k(x)', /k is a value \(k = \.\.\.\), not a function/],
      ['a', /'a' is defined in terms of itself/],
    ] as const) {
      assert.throws(
        () => inline(expr, defs, ['expr']),
        (e: unknown) => e instanceof UsageError && message.test(e.message),
        expr,
      );
    }
    assert.throws(
      () => readDefinition('x = np.linspace(-5, 5)', ['def', 0]),
      /a name other than x \(x's line is --x's\)/,
    );
    assert.throws(
      () => readDefinition('def f(x): y = 2', ['def', 0]),
      /a def of assignments and one return expression/,
    );
    assert.throws(() => readDefinition('def f(x, x): return x', ['def', 0]), /x is twice/);
    assert.throws(
      () => readDefinition('def f(x):\n    a, b = 1, 2, 3\n    return a * x', ['def', 0]),
      /as many values as names in 'a, b = 1, 2, 3' \(2\), as Python unpacks them/,
    );
  });
});

describe('--def in a figure', () => {
  it('writes the definitions out in --expr, --plot and --fill-between; a function curve of a def is its call', () => {
    const fig = buildFigure({
      style: 'matplotlib',
      def: ['y = torch.sigmoid(x)', 'def mysig(x): return 1 / (1 + np.exp(-x))'],
      panels: [
        {
          curves: [{ expr: 'y * (1 - y)' }, { function: 'mysig' }, { plot: "x, y, '--'" }],
          fillBetween: ['x, y, alpha=0.2'],
        },
      ],
    });
    const [slope, mysig] = fig.axes[0].curves;
    assert.equal(slope.label, 'y * (1 - y)');
    assert.equal(compileExpression(slope.expr!, expressionContext).value(0), 0.25);
    assert.equal(mysig.label, 'mysig');
    assert.equal(compileExpression(mysig.expr!, expressionContext).value(0), 0.5);
  });
  it("takes a part of a script at once: its statements, comments passed over, its x line the x's", () => {
    const part = [
      'import numpy as np',
      '# the activation',
      'def swish(x, beta=1.0):',
      '    return x * torch.sigmoid(beta * x)',
      '',
      'x = np.linspace(-6, 6, 300)',
      'y = swish(x, 2)',
    ].join('\n');
    // A statement over several lines inside its brackets, whatever their indent.
    assert.deepEqual(statementsOf('y = np.where(x > 0,\nx, 0.01 * x\n)\nz = 1'), [
      'y = np.where(x > 0,\nx, 0.01 * x\n)',
      'z = 1',
    ]);
    assert.deepEqual(statementsOf(part), [
      // Read for the names it gives (none here: np is numpy's name already).
      'import numpy as np',
      'def swish(x, beta=1.0):\n    return x * torch.sigmoid(beta * x)',
      'x = np.linspace(-6, 6, 300)',
      'y = swish(x, 2)',
    ]);
    const fig = buildFigure({ style: 'matplotlib', def: [part], panels: [{ curves: [{ plot: 'x, y' }] }] });
    assert.deepEqual(fig.axes[0].sampling, {
      kind: 'linspace',
      from: -6,
      to: 6,
      num: 300,
      dtype: 'float64',
      method: 'numpy',
    });
    // plot(x, y): y, with swish written out, is x * sigmoid(2x) (at 1: 1 / (1 + e^-2)).
    const y = compileExpression(fig.axes[0].curves[0].expr!, expressionContext);
    assert.ok(Math.abs(y.value(1) - 1 / (1 + Math.exp(-2))) < 1e-15);
  });
  it("reaches a config as a block of the script's lines (def: |) or a list", () => {
    const block = 'figures:\n  - name: a\n    def: |\n      def f(x):\n          return 2 * x\n    expr: f(x)\n';
    const list = "figures:\n  - name: a\n    def: ['def f(x): return 2 * x']\n    expr: f(x)\n";
    const [a] = planFigures(parseConfig(block, 'c.yaml'), 'c.yaml');
    const [b] = planFigures(parseConfig(list, 'c.yaml'), 'c.yaml');
    assert.deepEqual(a, b);
    assert.equal(compileExpression(a.spec.axes[0].curves[0].expr!, expressionContext).value(3), 6);
  });
  it('reaches the command line and configs: the file is named after the def', async () => {
    const dir = scratch();
    const r = await cli(['mysig', '--def', 'def mysig(x):\n    return 1 / (1 + np.exp(-x))', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(dir), ['mysig.png']);
  });
});
