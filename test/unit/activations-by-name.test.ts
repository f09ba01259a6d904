/**
 * transformers' activations as LLM code reaches them in a script: by name (ACT2FN["gelu_new"], ACT2CLS[...](),
 * get_activation(...)) and by class (NewGELUActivation()). The expected functions are transformers' own
 * (src/transformers/activations.py: ACT2CLS's classes and what each forward() computes), checked by value
 * against the registered function of that meaning.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { compileExpression } from '../../src/functions/expression';
import { expressionContext, getFunction } from '../../src/functions/registry';
import { withActivationsByName } from '../../src/functions/activations-by-name';
import { readScript } from '../../src/spec/script';

/** ACT2CLS in transformers' activations.py: each name, and the function its class computes. */
const ACT2CLS: Record<string, string> = {
  gelu: 'gelu',
  gelu_10: 'gelu_10',
  gelu_fast: 'gelu_fast',
  gelu_new: 'gelu_new',
  gelu_python: 'gelu_python',
  gelu_pytorch_tanh: 'gelu_pytorch_tanh',
  gelu_python_tanh: 'gelu_python_tanh',
  gelu_accurate: 'gelu_accurate',
  laplace: 'laplace',
  leaky_relu: 'leaky-relu',
  linear: 'linear',
  mish: 'mish',
  quick_gelu: 'quick-gelu',
  relu: 'relu',
  relu2: 'relu2',
  relu6: 'relu6',
  sigmoid: 'sigmoid',
  silu: 'silu',
  swish: 'silu', // nn.SiLU
  tanh: 'tanh',
  prelu: 'prelu',
  xielu: 'xielu',
};

/** transformers' own classes (activations.py), each with the ACT2CLS name whose function it computes. */
const CLASSES: Record<string, string> = {
  GELUActivation: 'gelu',
  FastGELUActivation: 'gelu_fast',
  NewGELUActivation: 'gelu_new',
  GELUTanh: 'gelu_pytorch_tanh',
  PytorchGELUTanh: 'gelu_pytorch_tanh', // PytorchGELUTanh = GELUTanh
  AccurateGELUActivation: 'gelu_accurate',
  LaplaceActivation: 'laplace',
  LinearActivation: 'linear',
  MishActivation: 'mish',
  QuickGELUActivation: 'quick_gelu',
  ReLUSquaredActivation: 'relu2',
  SiLUActivation: 'silu',
  XIELUActivation: 'xielu',
};

const XS = [-4, -1.5, -0.3, 0, 0.2, 1, 3.5];

/** The y of a script's one plot, as values at XS. */
function plotted(lines: string[]): number[] {
  const script = ['import torch', 'import matplotlib.pyplot as plt', ...lines, 'x = torch.linspace(-4, 4, 9)'];
  const options = readScript([...script, 'plt.plot(x, act(x))'].join('\n'));
  const plot = options.panels[0].curves[0].plot as string;
  const y = plot.slice(plot.indexOf(',') + 1).trim();
  const f = compileExpression(y, expressionContext);
  return XS.map((x) => f.value(x));
}

const valuesOf = (fn: string) => {
  const f = getFunction(fn);
  const bound = f.bind(Object.fromEntries(f.params.map((p) => [p.name, p.default])));
  return XS.map((x) => bound.value(x));
};

describe("transformers' activations by name and by class, in a script", () => {
  it('reads every ACT2CLS name through ACT2FN, ACT2CLS and get_activation as its function', () => {
    for (const [name, fn] of Object.entries(ACT2CLS)) {
      const expected = valuesOf(fn);
      for (const made of [`ACT2FN["${name}"]`, `ACT2CLS['${name}']()`, `get_activation("${name}")`]) {
        const got = plotted(['from transformers.activations import ACT2FN, ACT2CLS, get_activation', `act = ${made}`]);
        assert.deepEqual(got, expected, made);
      }
    }
  });

  it('reads the module paths scripts import them by', () => {
    const expected = valuesOf('gelu_new');
    for (const [imports, made] of [
      ['import transformers', 'transformers.activations.ACT2FN["gelu_new"]'],
      ['from transformers import activations', 'activations.get_activation("gelu_new")'],
      ['from transformers import activations', 'activations.NewGELUActivation()'],
    ]) {
      assert.deepEqual(plotted([imports, `act = ${made}`]), expected, made);
    }
  });

  it('reads a name given its own function, as activations.py itself writes gelu_new = get_activation("gelu_new")', () => {
    const script = ['import torch', 'import matplotlib.pyplot as plt', 'x = torch.linspace(-4, 4, 9)'];
    const options = readScript(
      [...script, 'gelu_new = get_activation("gelu_new")', 'plt.plot(x, gelu_new(x))'].join('\n'),
    );
    assert.equal(options.panels[0].curves[0].plot, 'x, gelu_new(x)');
  });

  it("reads each of transformers' classes, made without arguments, as its function", () => {
    for (const [cls, name] of Object.entries(CLASSES)) {
      const got = plotted([`from transformers.activations import ${cls}`, `act = ${cls}()`]);
      assert.deepEqual(got, valuesOf(ACT2CLS[name]), cls);
    }
  });

  it("binds a class's arguments as Python binds them", () => {
    // ClippedGELUActivation(min, max): torch.clip(gelu(x), min, max), by hand at XS.
    const gelu = valuesOf('gelu');
    const clipped = gelu.map((v) => Math.min(Math.max(v, -0.1), 0.5));
    assert.deepEqual(plotted(['act = ClippedGELUActivation(-0.1, 0.5)']), clipped);
    assert.deepEqual(plotted(['act = ClippedGELUActivation(max=0.5, min=-0.1)']), clipped);
    // GELUActivation(use_gelu_python=False) is nn.functional.gelu; XIELUActivation's dtype is bfloat16 by default.
    assert.deepEqual(plotted(['act = GELUActivation(use_gelu_python=False)']), gelu);
    assert.deepEqual(plotted(['act = XIELUActivation(dtype=torch.bfloat16)']), valuesOf('xielu'));
  });

  it('titles a module of theirs as Python prints it: nn.Module with no extra_repr shows its class alone', () => {
    for (const [made, shown] of [
      ['NewGELUActivation()', 'NewGELUActivation()'],
      ['ClippedGELUActivation(-1, 1)', 'ClippedGELUActivation()'],
      ['activations.XIELUActivation(beta=0.4)', 'XIELUActivation()'],
    ]) {
      const script = [
        'import torch',
        'x = torch.linspace(-1, 1, 5)',
        `act = ${made}`,
        'plt.plot(x, act(x))',
        'plt.title(act)',
      ];
      assert.equal(readScript(script.join('\n')).panels[0].title, `'${shown}'`, made);
    }
  });

  it('refuses what it cannot read, naming what it reads instead', () => {
    const refused = (line: string, message: RegExp) =>
      assert.throws(
        () => plotted([line]),
        (err: unknown) => err instanceof UsageError && message.test(err.message),
      );
    refused('act = ACT2FN["gelu_neww"]', /ACT2FN has no 'gelu_neww' \(did you mean .*'gelu_new'/);
    refused('act = ACT2FN[config.hidden_act]', /ACT2FN\[config\.hidden_act\]: .* a name written in quotes/);
    refused('act = ACT2CLS["silu"]', /ACT2CLS\["silu"\] is a class: make one and call it/);
    refused('act = ClippedGELUActivation()', /ClippedGELUActivation needs min and max, as in transformers/);
    refused('act = GELUActivation(use_gelu_python=True)', /the Python formula is ACT2FN\["gelu_python"\]/);
    refused('act = XIELUActivation(dtype=torch.float32)', /xIELU's parameters in its default, torch\.bfloat16/);
  });

  it("reads them in an expression too (--expr, a config's expr)", () => {
    const f = compileExpression('ACT2FN["gelu_new"](x) - get_activation("gelu")(x)', expressionContext);
    const [newGelu, gelu] = [valuesOf('gelu_new'), valuesOf('gelu')];
    assert.deepEqual(
      XS.map((x) => f.value(x)),
      newGelu.map((v, i) => v - gelu[i]),
    );
  });

  it('leaves a string that only mentions them as it is', () => {
    const line = `plt.title("ACT2FN['silu'] and get_activation('relu')")`;
    assert.equal(withActivationsByName(line, ['script']), line);
    assert.equal(
      withActivationsByName(`y = ACT2FN['silu'](x) + 0 * len("ACT2FN['relu']")`, ['script']),
      `y = silu(x) + 0 * len("ACT2FN['relu']")`,
    );
  });

  it('reads a plot whose label has brackets in it', () => {
    const options = readScript(
      ['import torch', 'x = torch.linspace(-1, 1, 5)', 'act = torch.sigmoid', `plt.plot(x, act(x), label="f[x]")`].join(
        '\n',
      ),
    );
    assert.match(options.panels[0].curves[0].plot as string, /^x, torch\.sigmoid\(x\), label="f\[x\]"$/);
  });
});
