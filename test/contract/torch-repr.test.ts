import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { FUNCTIONS, getFunction, resolveParams } from '../../src/functions/registry';
import { pyFloat, torchRepr } from '../../src/functions/torch-repr';
import { FIXTURES } from '../helpers/reference';

/** str(module) from PyTorch itself (scripts/make-torch-repr-fixtures.py). */
const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'torch-repr.json'), 'utf8')) as {
  cases: { function: string; params: Record<string, number | string>; repr: string }[];
};

describe("the pytorch-docs style's titles: str(module) as PyTorch prints it", () => {
  for (const c of fixture.cases) {
    it(`${c.function} ${JSON.stringify(c.params)}: ${c.repr}`, () => {
      const f = getFunction(c.function);
      assert.equal(torchRepr(f.name, resolveParams(f, c.params)), c.repr);
    });
  }
  it("covers the document's and torch.nn's functions; only swish and newfun there lack a module", () => {
    const covered = new Set(fixture.cases.map((c) => c.function));
    const torchGroups = FUNCTIONS.filter((f) => f.group === 'document' || f.group === 'pytorch');
    const without = torchGroups.filter((f) => !covered.has(f.name)).map((f) => f.name);
    assert.deepEqual(without.sort(), ['newfun', 'swish']);
    // transformers' own classes and the gated units are not torch.nn modules: their titles are their labels.
    const others = FUNCTIONS.filter((f) => !torchGroups.includes(f)).map((f) => f.name);
    for (const name of [...without, ...others]) assert.equal(torchRepr(name, {}), undefined, name);
  });
  it("prints floats as Python's repr() does (worked from Python's rules: exponent below -4 or from 16)", () => {
    assert.equal(pyFloat(1), '1.0');
    assert.equal(pyFloat(-2), '-2.0');
    assert.equal(pyFloat(0.0001), '0.0001');
    assert.equal(pyFloat(0.00001), '1e-05');
    assert.equal(pyFloat(1.5e-7), '1.5e-07');
    assert.equal(pyFloat(1e15), '1000000000000000.0');
    assert.equal(pyFloat(1e16), '1e+16');
    assert.equal(pyFloat(-1.25e22), '-1.25e+22');
    assert.equal(pyFloat(1e100), '1e+100');
    assert.equal(pyFloat(NaN), 'nan');
    assert.equal(pyFloat(-Infinity), '-inf');
  });
});

describe("the pytorch-docs style: PyTorch's docs script (build_activation_images.py) as it draws", () => {
  const figure = (...args: string[]) => figureFor(parsePlotArgs(args).panels).fig;
  it('pyplot defaults, torch.arange(-7, 7, 0.01), axes from -7 to 7, a dashed grid, Input and Output', () => {
    const f = figure('elu', '--style', 'pytorch-docs');
    assert.deepEqual([f.size, f.dpi], [[6.4, 4.8], 100]);
    const ax = f.axes[0];
    assert.deepEqual(ax.sampling, { kind: 'arange', from: -7, to: 7, step: 0.01, dtype: 'float32' });
    assert.deepEqual([ax.xlim, ax.ylim, ax.xlabel, ax.ylabel], [[-7, 7], [-7, 7], 'Input', 'Output']);
    // plt.grid(color='k', alpha=0.2, linestyle='--'), as the docs' script calls it.
    assert.deepEqual(ax.grids, [
      { visible: true, axis: 'both', which: 'major', style: { color: 'k', alpha: 0.2, linestyle: '--' } },
    ]);
    assert.equal(ax.title, 'ELU(alpha=1.0)');
    assert.equal(ax.legend, false);
    assert.deepEqual(ax.curves[0].params ?? {}, {}, "PyTorch's default alpha, not a preset's");
  });
  it('titles one function with its module, given parameters included; --title still wins', () => {
    assert.equal(
      figure('leaky-relu', '--param', 'negative_slope=0.1', '--style', 'pytorch-docs').axes[0].title,
      'LeakyReLU(negative_slope=0.1)',
    );
    assert.equal(figure('gelu(approximate=tanh)', '--style', 'pytorch-docs').axes[0].title, "GELU(approximate='tanh')");
    assert.equal(figure('gelu', '--style', 'pytorch-docs', '--title', 'GELU').axes[0].title, 'GELU');
  });
  it('a function torch.nn has no module for keeps its name; several curves or an expression, no title', () => {
    assert.equal(figure('swish', '--style', 'pytorch-docs').axes[0].title, 'Swish(x)');
    assert.equal(figure('relu', 'gelu', '--style', 'pytorch-docs').axes[0].title, undefined);
    assert.equal(figure('--expr', 'x*tanh(x)', '--style', 'pytorch-docs').axes[0].title, undefined);
  });
});
