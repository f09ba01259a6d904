/**
 * PyTorch's autograd as scripts write it (functions/autograd.ts, spec/script-definitions.ts): what
 * `torch.autograd.grad(y.sum(), x)[0]`, `y.backward(...)` then `x.grad`, and a grad() helper of the script's own
 * draw is the derivative PyTorch's autograd computes, held to its float64 values (test/fixtures/torch-float64.json,
 * from scripts/make-expression-fixtures.py). Also the two Python forms such scripts use around them: a label of
 * strings added up, and a line's colour asked back (line.get_color()).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import fc from 'fast-check';
import { curveExpression } from '../../src/functions/autograd';
import { curveY } from '../../src/spec/curve-y';
import { compileExpression } from '../../src/functions/expression';
import { expressionContext } from '../../src/functions/registry';
import { parseCallArgs } from '../../src/pycall';
import { buildFigure } from '../../src/spec/build';
import { readScript } from '../../src/spec/script';
import type { CurveSpec } from '../../src/spec/types';
import { loadReference } from '../helpers/reference';

const REF = loadReference();
/** Every tenth point of the fixture's x (-10 to 10), for speed. */
const POINTS = REF.x.map((x, i) => ({ x, i })).filter((_, i) => i % 10 === 0);

/** The curves a script draws, as the figure holds them. */
function curvesOf(script: string): CurveSpec[] {
  const fig = buildFigure(readScript(`x = torch.linspace(-10, 10, 2001)\n${script}`));
  return fig.axes[0].curves;
}

/** A drawn curve's values where the fixture has PyTorch's: its derivative where it is one. */
function assertDraws(curve: CurveSpec, expected: (i: number) => number, what: string): void {
  assert.ok(curve.expr !== undefined, `${what}: an expression curve`);
  const f = compileExpression(curve.expr, expressionContext);
  for (const { x, i } of POINTS) {
    const got = curve.derivative ? f.grad(x) : f.value(x);
    const want = expected(i);
    assert.ok(Math.abs(got - want) <= 1e-12 * Math.max(1, Math.abs(want)), `${what} at ${x}: ${got}, not ${want}`);
  }
}

const dy = (name: string) => (i: number) => REF.functions[name].dy[i];

describe('autograd as scripts write it', () => {
  it('reads torch.autograd.grad(...)[0] as the derivative of its outputs, in its forms', () => {
    for (const [text, expr] of [
      ['torch.autograd.grad(torch.tanh(x).sum(), x)[0]', 'torch.tanh(x)'],
      ['torch.autograd.grad(F.silu(x), x, torch.ones_like(x))[0]', 'F.silu(x)'],
      ['torch.autograd.grad(outputs=F.silu(x), inputs=(x,), grad_outputs=torch.ones_like(x))[0]', 'F.silu(x)'],
      [
        'torch.autograd.grad(torch.sigmoid(x), [x], grad_outputs=torch.ones(x.shape), retain_graph=True)[0]',
        'torch.sigmoid(x)',
      ],
      ['autograd.grad(torch.tanh(x).sum(), x, create_graph=True)[0].detach().numpy()', 'torch.tanh(x)'],
    ]) {
      assert.deepEqual(curveExpression(text, ['plot']), { expr, derivative: true }, text);
    }
    assert.deepEqual(curveExpression('torch.tanh(x)', ['plot']), { expr: 'torch.tanh(x)', derivative: false });
  });
  it("draws PyTorch's autograd values: grad() in a plot, backward() then x.grad, a grad() helper of the script", () => {
    const curves = curvesOf(
      [
        'plt.plot(x, torch.autograd.grad(torch.tanh(x).sum(), x)[0])',
        'y = torch.sigmoid(x)',
        'y.backward(torch.ones_like(x))',
        'plt.plot(x.detach(), x.grad.numpy())',
        'x.grad.data.zero_()',
        'y = F.silu(x)',
        'y.sum().backward()',
        'plt.plot(x.detach(), x.grad)',
        'def grad(f, x):',
        '    x = x.detach().clone().requires_grad_(True)',
        '    y = f(x)',
        '    return torch.autograd.grad(y.sum(), x)[0]',
        'plt.plot(x, grad(F.gelu, x))',
      ].join('\n'),
    );
    assert.equal(curves.length, 4);
    assertDraws(curves[0], dy('tanh'), 'autograd.grad of tanh');
    assertDraws(curves[1], dy('sigmoid'), 'x.grad after sigmoid');
    assertDraws(curves[2], dy('silu'), 'x.grad after zero_() and silu');
    assertDraws(curves[3], dy('gelu'), "the script's grad(F.gelu, x)");
  });
  it('adds up the gradients of backward() lines until x.grad is zeroed, as PyTorch accumulates them', () => {
    const curves = curvesOf(
      [
        'torch.tanh(x).backward(torch.ones_like(x), retain_graph=True)',
        'torch.sigmoid(x).sum().backward()',
        'plt.plot(x, x.grad)',
        'x.grad.zero_()',
        'plt.plot(x, x.grad)',
      ].join('\n'),
    );
    assertDraws(curves[0], (i) => REF.functions.tanh.dy[i] + REF.functions.sigmoid.dy[i], 'two backward() lines');
    assertDraws(curves[1], () => 0, 'x.grad zeroed');
  });
  it('refuses what PyTorch would refuse or actplot cannot draw, naming the line', () => {
    for (const [script, message] of [
      ['y = torch.tanh(x)\ny.backward()\nplt.plot(x, x.grad)', /of y\.sum\(\), or of y with torch\.ones_like/],
      ['y = torch.tanh(x)\ny.mean().backward()\nplt.plot(x, x.grad)', /divided by the count of points/],
      ['y = torch.tanh(x)\ny.sum().backward()\nplt.plot(x, 2 * x.grad)', /drawn as the whole of a curve/],
      ['plt.plot(x, x.grad)', /x\.grad is known after a backward\(\) line/],
      ['plt.plot(x, torch.autograd.grad(torch.tanh(x).sum(), (x, x))[0])', /one input, x/],
      ['y = torch.tanh(x)\ny.sum().backward()\nx.grad = None\nplt.plot(x, x.grad)', /x\.grad is known after/],
    ] as const) {
      assert.throws(
        () => curvesOf(script),
        (err: unknown) => err instanceof UsageError && message.test(err.message),
        script,
      );
    }
  });
  it('refuses --grad of a curve that is a derivative already (its second derivative is not drawn)', () => {
    assert.throws(
      () =>
        buildFigure({
          panels: [{ grad: true, curves: [{ plot: 'x, torch.autograd.grad(torch.tanh(x).sum(), x)[0]' }] }],
        }),
      (err: unknown) => err instanceof UsageError && /is a derivative already/.test(err.message),
    );
  });
  it('reads any y text to a curve or a usage error, promptly (empty, unbalanced, nested parentheses)', () => {
    const pieces = fc.constantFrom(
      '(',
      ')',
      'np.gradient(',
      'torch.autograd.grad(',
      'x',
      ', x',
      '.sum()',
      '[0]',
      ' ',
      '',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        try {
          curveY(parts.join(''), ['plot']);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
        }
      }),
      { numRuns: 2000, seed: 20261203 },
    );
    for (const text of ['', '()', '(((', ')', '( )']) assert.doesNotThrow(() => curveY(text, ['plot']), text);
  });
  it('reads strings added up as one, as a loop writes a label', () => {
    const { keywords } = parseCallArgs("x, y, label='sigmoid(x)' + ' gradient' + r' $\\sigma$'", ['plot']);
    assert.equal(keywords.label, 'sigmoid(x) gradient $\\sigma$');
  });
  it("gives a line's get_color() as the colour it was drawn in: its own, or the cycle's turn", () => {
    const options = readScript(
      [
        'x = np.linspace(-5, 5, 100)',
        'a, = plt.plot(x, np.tanh(x))',
        "plt.plot(x, np.sin(x), 'r')",
        'lines = plt.plot(x, np.cos(x), x, np.exp(x))',
        "b, = plt.plot(x, x, color='#123456')",
        "plt.plot(x, 2 * x, color=a.get_color(), label='a.get_color()')",
        'plt.plot(x, 3 * x, c=lines[1].get_color())',
        'plt.plot(x, 4 * x, color=b.get_color())',
      ].join('\n'),
    );
    // By hand: tanh takes C0; the red line no turn; cos and exp C1 and C2; the #123456 line its own colour.
    assert.deepEqual(
      options.panels[0].curves.slice(4).map((c) => c.plot),
      ["x, 2 * x, color='C0', label='a.get_color()'", "x, 3 * x, c='C2'", "x, 4 * x, color='#123456'"],
    );
  });
});
