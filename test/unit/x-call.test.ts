/**
 * A script's x line (torch.arange, np.arange, torch.linspace, np.linspace) read as the panel's sampling. Expected
 * values from the two libraries' signatures: arange(end) counts from 0 by 1; np.linspace draws 50 points unless
 * told, torch.linspace must be told; numpy's values are float64, torch's float32 unless dtype= says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { readXCall } from '../../src/spec/x-call';

const at = ['x'];

describe('readXCall', () => {
  it("reads arange's and linspace's arguments, in order or by name, numpy's or torch's", () => {
    const cases: [string, object][] = [
      ['torch.arange(-5.0, 5.0, 0.1)', { arange: 'torch', from: -5, to: 5, step: 0.1 }],
      ['x = np.arange(-5, 5, 0.01)', { arange: 'numpy', from: -5, to: 5, step: 0.01 }],
      ['torch.arange(10)', { arange: 'torch', from: 0, to: 10, step: 1 }],
      ['numpy.arange(-2, 2)', { arange: 'numpy', from: -2, to: 2, step: 1 }],
      ['torch.arange(start=-1, end=1, step=0.5, requires_grad=True)', { arange: 'torch', from: -1, to: 1, step: 0.5 }],
      ['x = np.linspace(-5, 5, 200)', { arange: 'numpy', from: -5, to: 5, num: 200 }],
      ['np.linspace(-5, 5)', { arange: 'numpy', from: -5, to: 5, num: 50 }],
      [
        'torch.linspace(-1, 1, steps=5, dtype=torch.float64)',
        { arange: 'torch', dtype: 'float64', from: -1, to: 1, num: 5 },
      ],
      ['np.arange(-1, 1, 0.5, dtype=np.float32)', { arange: 'numpy', dtype: 'float32', from: -1, to: 1, step: 0.5 }],
    ];
    for (const [text, expected] of cases) assert.deepEqual(readXCall(text, at), expected, text);
  });
  it('refuses what the libraries refuse or actplot does not draw, naming the keyword', () => {
    for (const [text, message] of [
      ['torch.linspace(-5, 5)', /torch\.linspace\(start, end, steps\)/],
      ['np.linspace(-5, 5, 100, endpoint=False)', /endpoint=False is numpy's, but actplot does not draw it yet/],
      ['np.arange(-5, 5, 0.1, foo=1)', /np\.arange\(\) has no 'foo'.*start, stop, step, dtype/],
      ['torch.arange(-5, 5, 0.1, dtype=torch.int32)', /got 'torch\.int32'; expected torch\.float32/],
      ['torch.arange(-5, 5, -0.1)', /got -0\.1; expected a step > 0/],
      ['torch.arange(-5, 5, step=0.1, end=4)', /end: given twice, in order and by name/],
      ['torch.range(-5, 5)', /a script's torch\.arange, np\.arange/],
      ['x * 2', /a script's torch\.arange/],
    ] as const) {
      assert.throws(() => readXCall(text, at), message, text);
    }
  });
});

describe('a panel given its x line', () => {
  it('samples as the line says, and refuses an option given on its own as well', () => {
    const panel = (extra: object) => ({ curves: [{ function: 'tanh' }], x: 'np.linspace(-5, 5, 9)', ...extra });
    const fig = buildFigure({ panels: [panel({})] });
    assert.deepEqual(fig.axes[0].sampling, {
      kind: 'linspace',
      from: -5,
      to: 5,
      num: 9,
      dtype: 'float64',
      method: 'numpy',
    });
    assert.throws(() => buildFigure({ panels: [panel({ num: 10 })] }), /num: given twice, on its own and in the x/);
  });
});
