import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { wordForCli } from '../../src/cli/wording';
import type { UsageError } from '../../src/errors';
import type { FigureSpec } from '../../src/spec';

const figure = (...args: string[]): FigureSpec => figureFor(parsePlotArgs(args).panels).fig;

describe('the pyplot vocabulary from the command line', () => {
  it("a lone function draws the document's figure", () => {
    const f = figure('sigmoid');
    assert.deepEqual(f.size, [16, 2]);
    assert.deepEqual(f.axes[0].yticks, [0, 0.25, 0.5, 0.75, 1]);
  });
  it('several functions share one axes, colours from the cycle, a legend at best', () => {
    const f = figure('sigmoid', 'tanh', 'gelu');
    assert.equal(f.axes.length, 1);
    assert.deepEqual(
      f.axes[0].curves.map((c) => c.fn),
      ['sigmoid', 'tanh', 'gelu'],
    );
    assert.deepEqual(
      f.axes[0].curves.map((c) => c.color),
      [undefined, undefined, undefined],
    );
    assert.equal(f.axes[0].legend, 'best');
    assert.deepEqual(f.size, [8, 4]);
  });
  it('per-curve colours, widths, styles and labels, in function order', () => {
    const f = figure(
      'relu',
      'gelu',
      '--color',
      'red,C1',
      '--linewidth',
      '1,3',
      '--linestyle',
      'dashed,:',
      '--label',
      'a',
      '--label',
      'b',
    );
    assert.deepEqual(
      f.axes[0].curves.map((c) => [c.color, c.linewidth, c.linestyle, c.label]),
      [
        ['red', 1, '--', 'a'],
        ['C1', 3, ':', 'b'],
      ],
    );
  });
  it('one value applies to every curve', () => {
    const f = figure('relu', 'gelu', '--linewidth', '0.5');
    assert.deepEqual(
      f.axes[0].curves.map((c) => c.linewidth),
      [0.5, 0.5],
    );
  });
  it('inline parameters and --param for every function that has it', () => {
    const f = figure('gelu(approximate=tanh)', 'leaky-relu', 'swish', '--param', 'beta=2');
    assert.deepEqual(
      f.axes[0].curves.map((c) => c.params),
      [{ approximate: 'tanh' }, {}, { beta: '2' }],
    );
  });
  it("--grad on several functions adds dashed derivatives in each function's colour", () => {
    const f = figure('sigmoid', 'tanh', '--grad');
    assert.deepEqual(
      f.axes[0].curves.map((c) => [c.fn, !!c.derivative, c.color, c.linestyle ?? '-']),
      [
        ['sigmoid', false, 'C0', '-'],
        ['sigmoid', true, 'C0', '--'],
        ['tanh', false, 'C1', '-'],
        ['tanh', true, 'C1', '--'],
      ],
    );
  });
  it('--panel starts the next subplot; --layout arranges them; options belong to their panel', () => {
    const f = figure(
      'sigmoid',
      '--title',
      'A',
      '--panel',
      'tanh',
      'relu',
      '--ylim',
      '-2,2',
      '--panel',
      'gelu',
      '--layout',
      '2x2',
      '--size',
      '9x7',
    );
    assert.equal(f.axes.length, 3);
    assert.deepEqual([f.rows, f.cols], [2, 2]);
    assert.deepEqual(f.size, [9, 7]);
    assert.equal(f.axes[0].title, 'A');
    assert.deepEqual(f.axes[1].ylim, [-2, 2]);
    assert.equal(f.axes[0].ylim, undefined);
    assert.deepEqual(
      f.axes[1].curves.map((c) => c.fn),
      ['tanh', 'relu'],
    );
  });
  it('panels default to one row, 5×4 inches each', () => {
    const f = figure('sigmoid', '--panel', 'tanh', '--panel', 'relu');
    assert.deepEqual([f.rows, f.cols, ...f.size], [1, 3, 15, 4]);
  });
  it('grid styling turns the grid on as plt.grid(color=...) does', () => {
    const f = figure(
      'relu',
      '--no-grid',
      '--panel',
      'gelu',
      '--grid-alpha',
      '0.3',
      '--grid-linestyle',
      ':',
      '--grid-color',
      'k',
    );
    assert.equal(f.axes[0].grids?.at(-1)?.visible, false);
    assert.deepEqual(f.axes[1].grids?.at(-1), {
      visible: true,
      axis: 'both',
      which: 'major',
      style: { alpha: 0.3, linestyle: ':', color: 'k' },
    });
  });
  it("a new range drops the document's limits and ticks; auto restores matplotlib's choice", () => {
    const f = figure('tanh', '--from', '-0.1', '--to', '0.1', '--step', '0.001');
    assert.equal(f.axes[0].ylim, undefined);
    assert.equal(f.axes[0].yticks, undefined);
    const g = figure('tanh', '--ylim', 'auto', '--yticks', 'auto');
    assert.equal(g.axes[0].ylim, undefined);
    assert.equal(g.axes[0].yticks, undefined);
    assert.deepEqual(g.axes[0].xticks, [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6]);
  });
  it('output options may come with any panel', () => {
    const { output } = parsePlotArgs(['sigmoid', '--panel', 'tanh', '-o', 'x.svg']);
    assert.equal(output.output, 'x.svg');
  });
  it("the document's comparison figure by name takes figure options", () => {
    const f = figure('sigmoid-newfun-tanh-compare', '--dpi', '200');
    assert.equal(f.dpi, 200);
    assert.equal(f.axes.length, 3);
  });
});

describe('vocabulary errors name the option', () => {
  const bad: [string[], RegExp][] = [
    [['relu', 'gelu', '--color', 'red,blue,green'], /--color: got 'red,blue,green'; expected one value, or 2/],
    [['relu', '--linestyle', '~'], /--linestyle: got '~'/],
    [['relu', 'tanh', '--label', 'a', '--label', 'b', '--label', 'c'], /--label: .*at most 2 labels/],
    [['relu', '--grid-alpha', '2'], /--grid-alpha: got '2'; expected a number from 0 to 1/],
    [['relu', '--grid-color', 'nope'], /--grid-color: got 'nope'/],
    [['relu', '--panel', 'tanh', '--layout', '1x1'], /--layout: got '1x1'/],
    [['relu', '--panel'], /--panel: got a panel without a function/],
    [['gelu(approximate=fast)'], /approximate to be one of none, tanh/],
    [['gelu(approximate'], /function: got 'gelu\(approximate'/],
    [['relu', '--param', 'beta=2'], /--param: got 'beta=2'; expected a parameter of relu/],
    [['sigmoid-newfun-tanh-compare', '--title', 'x'], /--title: 'sigmoid-newfun-tanh-compare' is a figure of 3 panels/],
    // A later panel's mistake is its own error, not 'no function' (the panels are read as the command is).
    [['relu', '--panel', 'tanh', '--param', '7e-3'], /--param: got '7e-3'; expected NAME=VALUE/],
  ];
  for (const [args, pattern] of bad) {
    // As the command line words the error: the field as its flag.
    it(args.join(' '), () =>
      assert.throws(
        () => figure(...args),
        (e: UsageError) => pattern.test(wordForCli(e)),
      ),
    );
  }
});
