/**
 * plot(x, Y) of a 2-D Y: a line for each column. Which stacking makes columns follows numpy's shapes, worked by
 * hand: np.stack(vs, axis=1) and np.column_stack(vs) are (n, k), a column per v; np.stack(vs) (axis 0),
 * np.vstack(vs) and np.array(vs) are (k, n), rows, and their .T columns again; np.c_[a, b] is column_stack.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plotsOfColumns, stackedColumns } from '../../src/spec/script-columns';
import { readScript } from '../../src/spec/script';

describe('stackedColumns', () => {
  it('gives the columns of the stackings that make them', () => {
    const columns = ['np.tanh(x)', 'np.maximum(x, 0)'];
    for (const text of [
      'np.stack([np.tanh(x), np.maximum(x, 0)], axis=1)',
      'np.stack((np.tanh(x), np.maximum(x, 0)), axis=-1)',
      'np.column_stack((np.tanh(x), np.maximum(x, 0)))',
      'np.c_[np.tanh(x), np.maximum(x, 0)]',
      'np.vstack([np.tanh(x), np.maximum(x, 0)]).T',
      'np.array([np.tanh(x), np.maximum(x, 0)]).T',
      'np.stack([np.tanh(x), np.maximum(x, 0)]).T',
      'torch.stack([np.tanh(x), np.maximum(x, 0)], dim=1)',
    ]) {
      assert.deepEqual(stackedColumns(text), columns, text);
    }
  });
  it('leaves rows, a 1-D value and a stack of columns turned back to rows alone', () => {
    for (const text of [
      'np.stack([a, b])',
      'np.vstack([a, b])',
      'np.array([a, b])',
      'np.stack([a, b], axis=1).T',
      'np.column_stack((a, b)).T',
      'np.tanh(x)',
      'np.stack(ys, axis=1)',
    ]) {
      assert.equal(stackedColumns(text), undefined, text);
    }
  });
});

describe('plotsOfColumns', () => {
  const none = () => undefined;
  it("writes a plot of each column, the call's format and keywords on each, a label list's labels in order", () => {
    const out = plotsOfColumns(undefined, "ax.plot(x, np.c_[a, b], 'r--', lw=2, label=['A', 'B'])", none, []);
    assert.deepEqual(out, {
      statements: ["ax.plot(x, a, 'r--', lw=2, label='A')", "ax.plot(x, b, 'r--', lw=2, label='B')"],
    });
  });
  it('names each line of a list of them, or each name unpacked, and takes a name stacked before', () => {
    const columns = (n: string) => (n === 'Y' ? ['a', 'b'] : undefined);
    assert.deepEqual(plotsOfColumns('lines', 'plt.plot(Y)', columns, []), {
      statements: ['lines_0_, = plt.plot(a)', 'lines_1_, = plt.plot(b)'],
      names: ['lines', ['lines_0_', 'lines_1_']],
    });
    assert.deepEqual(plotsOfColumns('l1, l2', 'plt.plot(x, Y)', columns, [])?.statements, [
      'l1, = plt.plot(x, a)',
      'l2, = plt.plot(x, b)',
    ]);
    assert.equal(plotsOfColumns(undefined, 'plt.plot(x, y)', columns, []), undefined);
  });
  it('reads a script whose legend names the list of lines', () => {
    const o = readScript(
      [
        'import numpy as np',
        'import matplotlib.pyplot as plt',
        'x = np.linspace(-1, 1, 5)',
        'Y = np.stack([np.tanh(x), x ** 2], axis=1)',
        'lines = plt.plot(x, Y)',
        "plt.legend(lines, ['tanh', 'square'])",
      ].join('\n'),
    );
    assert.deepEqual(
      o.panels[0].curves.map((c) => c.plot),
      ["x, np.tanh(x), label='tanh'", "x, x ** 2, label='square'"],
    );
  });
});
