/**
 * A PyTorch script's tensor conversions, which change no value, taken out of a call's text; and plot()'s
 * lines split as _process_plot_var_args splits them when x is written bare. Expected texts by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutConversions } from '../../src/functions/conversions';
import { compileExpression } from '../../src/functions/expression';
import { expressionContext } from '../../src/functions/registry';
import { plotLines } from '../../src/spec/plot-call';

describe('withoutConversions', () => {
  it('takes out .numpy(), .detach(), .cpu(), .tolist() and .data, chained or alone', () => {
    for (const [given, expected] of [
      ['x.numpy(), F.relu(x).numpy()', 'x, F.relu(x)'],
      ['x.detach().cpu().numpy(), torch.sigmoid(x).detach().numpy()', 'x, torch.sigmoid(x)'],
      ['x.data.numpy(), y.tolist()', 'x, y'],
      ['x.numpy( ), F.gelu(x).float()', 'x, F.gelu(x)'],
      // A comparison's booleans as numpy's floats: here a comparison is a number already.
      ['x, (x > 1).astype(float) - (x < -1).astype(np.float64)', 'x, (x > 1) - (x < -1)'],
      ['torch.tensor([0.25]), torch.full((1,), 0.2)', '0.25, 0.2'],
    ]) {
      assert.equal(withoutConversions(given), expected, given);
    }
  });
  it("reads x's values taken one by one (a comprehension, map(), np.vectorize()) as the expression of x", () => {
    for (const [given, expected] of [
      ['[sigmoid(i) for i in x]', '(sigmoid(x))'],
      ['np.array([s(v) * (1 - s(v)) for v in x])', '(s(x) * (1 - s(x)))'],
      [
        'x, [1 / (1 + math.exp(-v)) for v in x], label="v for v in x"',
        'x, (1 / (1 + math.exp(-x))), label="v for v in x"',
      ],
      ['list(map(np.tanh, x))', 'np.tanh(x)'],
      ['np.vectorize(f)(x)', 'f(x)'],
      ['np.array(y) + np.asarray(x)', 'y + x'],
      // A dtype that keeps float64 values changes nothing; float32 would (left for the reader to refuse).
      ['np.asarray(x, dtype=float)', 'x'],
      ['np.asarray((x), dtype=np.float64) / 2', '(x) / 2'],
      ['np.asarray(x, dtype=np.float32)', 'np.asarray(x, dtype=np.float32)'],
      ['np.array([0.1, 0.2])', 'np.array([0.1, 0.2])'],
      // A name that only begins with the loop's (vx, v.real) is left; so is a loop over anything but x.
      ['[v + vx for v in x]', '(x + vx)'],
      ['[t for t in xs]', '[t for t in xs]'],
    ]) {
      assert.equal(withoutConversions(given), expected, given);
    }
  });
  it("reads Python's conditional expression as np.where, and map() of a lambda as its body", () => {
    for (const [given, expected] of [
      ['x if x > 0 else 0.1 * x', 'np.where(x > 0, x, 0.1 * x)'],
      ['list(map(lambda v: v if v > 0 else 0.1 * v, x))', '(np.where(x > 0, x, 0.1 * x))'],
      ['map(lambda t: 2 * t, x)', '(2 * x)'],
      // Right-associative, as Python groups a if c1 else b if c2 else d; a conditional ends at a comma.
      ['a if c1 else b if c2 else d', 'np.where(c1, a, np.where(c2, b, d))'],
      ['f(a if c else b, 2)', 'f(np.where(c, a, b), 2)'],
      ['(1 if x > 0 else 0) * x', '(np.where(x > 0, 1, 0)) * x'],
      // A comprehension's filter is no conditional expression; a lambda's body is.
      ['[v for v in xs if v > 0]', '[v for v in xs if v > 0]'],
      ['lambda v: 0 if v < 0 else v', 'lambda v: np.where(v < 0, 0, v)'],
      // A lambda called where it is written: its body of the arguments.
      ['(lambda v: 1 / (1 + np.exp(-v)))(x)', '(1 / (1 + np.exp(-(x))))'],
      ['(lambda a, b: a * b)(x, 2 + 1)', '((x) * (2 + 1))'],
    ]) {
      assert.equal(withoutConversions(given), expected, given);
    }
    // Python's own values: (lambda v: v if v > 0 else 0.1 * v)(-2) is -0.2, of 3 it is 3.
    const leaky = compileExpression(withoutConversions('x if x > 0 else 0.1 * x'), expressionContext);
    assert.deepEqual([leaky.value(-2), leaky.value(3)], [-0.2, 3]);
  });
  it('reads np.select and np.piecewise as the np.where chains they are', () => {
    const at = (text: string, v: number) => compileExpression(withoutConversions(text), expressionContext).value(v);
    // numpy's own results: a leaky ReLU by piecewise (-2 -> -0.2, 3 -> 3), a hardtanh by select (-2 -> -1,
    // 0.5 -> 0.5, 2 -> 1); select's first true condition wins, piecewise's last.
    const leaky = 'np.piecewise(x, [x < 0, x >= 0], [lambda v: 0.1 * v, lambda v: v])';
    assert.deepEqual([at(leaky, -2), at(leaky, 3)], [-0.2, 3]);
    const hardtanh = 'np.select([x < -1, x > 1], [-1, 1], default=x)';
    assert.deepEqual([at(hardtanh, -2), at(hardtanh, 0.5), at(hardtanh, 2)], [-1, 0.5, 1]);
    assert.equal(at('np.select([x > 0, x > 1], [1, 2])', 3), 1);
    assert.equal(at('np.piecewise(x, [x > 0, x > 1], [1, 2])', 3), 2);
    // One more function than conditions: the value where none holds; without it, 0.
    assert.equal(at('np.piecewise(x, x < 0, [0, lambda t: t ** 2])', 3), 9);
    assert.equal(at('np.piecewise(x, [x < 0], [lambda t: -t])', 3), 0);
    // Lists of other lengths are left for the reader to refuse.
    assert.equal(withoutConversions('np.select([x < 0], [0, 1])'), 'np.select([x < 0], [0, 1])');
  });
  it('keeps quoted strings, calls with arguments, longer names, and a text without a dot', () => {
    for (const text of [
      "x, F.relu(x), label='x.numpy()'",
      'x, F.relu(x), label="a.data"',
      'x.numpy, F.relu(x)',
      'x.float64(), x.database, x.data(1)',
      'x, relu',
      '',
    ]) {
      assert.equal(withoutConversions(text), text, text);
    }
  });
});

describe("plot()'s lines with a bare x", () => {
  it('a second bare x begins a line; a quoted text after a pair is its format string', () => {
    assert.deepEqual(plotLines("x, F.relu(x), x, F.gelu(x), 'r--'", ['plot']), [
      { x: 'x', y: 'F.relu(x)' },
      { x: 'x', y: 'F.gelu(x)', fmt: 'r--' },
    ]);
    // 'x' quoted is the x marker, as in matplotlib; the call is one line, given back as it is.
    assert.deepEqual(plotLines("x, F.relu(x), 'x'", ['plot']), ["x, F.relu(x), 'x'"]);
    assert.deepEqual(plotLines('x.numpy(), F.relu(x).numpy(), x.numpy(), F.gelu(x).numpy()', ['plot']), [
      { x: 'x', y: 'F.relu(x)' },
      { x: 'x', y: 'F.gelu(x)' },
    ]);
  });
});
