/**
 * Axes spanning cells: plt.subplot(2, 2, (1, 2)), subplot2grid() and a GridSpec's slices, read as matplotlib 3.6
 * reads them (SubplotSpec.rowspan and colspan, GridSpecBase.__getitem__; the values below are what those give,
 * and each can be worked by hand: index k of a grid of c columns is row (k - 1) // c, column (k - 1) % c), placed
 * where SubplotSpec.get_position() puts them, and read from scripts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { readScript } from '../../src/spec/script';
import { gridSpecCells, panelSpans, readSubplot, readSubplot2grid } from '../../src/spec/span-call';
import { placeBoxes, type GridSpan } from '../../src/spec/subplots';

const at = ['panels', 0];
const span = (grid: [number, number], rows: [number, number], cols: [number, number]): GridSpan => ({
  grid,
  rows,
  cols,
});
const refusedWith = (pattern: RegExp) => (err: unknown) => err instanceof UsageError && pattern.test(err.message);

describe('readSubplot: plt.subplot(nrows, ncols, index)', () => {
  it('gives an index its cell, counted along the rows from 1, in either spelling', () => {
    // subplot(2, 2, 3): the second row's first cell.
    assert.deepEqual(readSubplot('2, 2, 3', at), span([2, 2], [1, 2], [0, 1]));
    assert.deepEqual(readSubplot('223', at), span([2, 2], [1, 2], [0, 1]));
  });
  it('gives a first and last index the rectangle from one to the other', () => {
    // (2, 6) of 2x3: cells (0, 1) and (1, 2); (3, 4): cells (0, 2) and (1, 0), the columns sorted (0 to 2).
    assert.deepEqual(readSubplot('2, 3, (2, 6)', at), span([2, 3], [0, 2], [1, 3]));
    assert.deepEqual(readSubplot('2, 3, (3, 4)', at), span([2, 3], [0, 2], [0, 3]));
  });
  it('refuses an index off the grid and a last index before the first, as matplotlib does', () => {
    assert.throws(() => readSubplot('2, 2, 5', at), refusedWith(/index from 1 to 4/));
    assert.throws(() => readSubplot('2, 2, (4, 1)', at), refusedWith(/takes no space/));
    assert.throws(() => readSubplot('0, 2, 1', at), refusedWith(/rows: a whole number from 1/));
  });
});

describe('readSubplot2grid: subplot2grid(shape, loc, rowspan, colspan)', () => {
  it('spans rowspan rows down and colspan columns across from loc', () => {
    assert.deepEqual(readSubplot2grid('(3, 3), (1, 0), colspan=2, rowspan=2', at), span([3, 3], [1, 3], [0, 2]));
    assert.deepEqual(readSubplot2grid('(3, 3), (2, 2)', at), span([3, 3], [2, 3], [2, 3]));
    // fig= names the figure, the one drawn.
    assert.deepEqual(readSubplot2grid('(2, 1), (1, 0), fig=None', at), span([2, 1], [1, 2], [0, 1]));
  });
  it('refuses a span past the grid and a cell off it', () => {
    assert.throws(() => readSubplot2grid('(2, 2), (0, 1), colspan=2', at), refusedWith(/from 1 to 1/));
    assert.throws(() => readSubplot2grid('(2, 2), (2, 0)', at), refusedWith(/a cell of the 2x2 grid/));
    assert.throws(() => readSubplot2grid('(2, 2)', at), refusedWith(/the first cell \(row, column\)/));
  });
});

describe("gridSpecCells: a GridSpec's subscript", () => {
  const grid: [number, number] = [3, 4];
  it('takes indices and slices of rows and columns, negative ones from the end', () => {
    assert.deepEqual(gridSpecCells(grid, '1, :2', at), span(grid, [1, 2], [0, 2]));
    assert.deepEqual(gridSpecCells(grid, '-1, 0', at), span(grid, [2, 3], [0, 1]));
    assert.deepEqual(gridSpecCells(grid, ':, -2:', at), span(grid, [0, 3], [2, 4]));
  });
  it('counts one subscript along the rows, a slice of it the rectangle of its first and last cells', () => {
    assert.deepEqual(gridSpecCells(grid, '5', at), span(grid, [1, 2], [1, 2]));
    // gs[2:7]: cells 2 (0, 2) to 6 (1, 2); gs[1:]: cells 1 (0, 1) to 11 (2, 3).
    assert.deepEqual(gridSpecCells(grid, '2:7', at), span(grid, [0, 2], [2, 3]));
    assert.deepEqual(gridSpecCells(grid, '1:', at), span(grid, [0, 3], [1, 4]));
  });
  it('refuses what matplotlib refuses, and leaves a subscript it does not read (a step) to its caller', () => {
    assert.throws(() => gridSpecCells(grid, '3, 0', at), refusedWith(/index 3 is out of bounds/));
    assert.throws(() => gridSpecCells(grid, '12', at), refusedWith(/index 12 is out of bounds/));
    assert.throws(() => gridSpecCells(grid, '0, 2:1', at), refusedWith(/takes no cell/));
    assert.equal(gridSpecCells(grid, '::2, 0', at), undefined);
  });
});

describe('panelSpans: every panel placed once one is', () => {
  const figure = {};
  it("gives each panel its span and a twin none (it is in its host's place)", () => {
    const spans = panelSpans(
      [
        { subplot: '2, 1, 1', curves: [] },
        { twinx: true, curves: [] },
        { subplot2grid: '(2, 2), (1, 1)', curves: [] },
      ],
      figure,
    );
    assert.deepEqual(spans, [span([2, 1], [0, 1], [0, 1]), undefined, span([2, 2], [1, 2], [1, 2])]);
    assert.equal(panelSpans([{ curves: [] }], figure), undefined);
  });
  it('refuses a panel without a place, one with two, and a grid said otherwise', () => {
    const placed = { subplot: '2, 1, 1', curves: [] };
    assert.throws(() => panelSpans([placed, { curves: [] }], figure), refusedWith(/panel 2 says not where it goes/));
    assert.throws(() => panelSpans([{ ...placed, subplot2grid: '(2, 1), (0, 0)' }], figure), refusedWith(/not both/));
    assert.throws(() => panelSpans([placed], { layout: [2, 1] }), refusedWith(/no --layout/));
    assert.throws(() => panelSpans([placed], { subplots: '2, 1' }), refusedWith(/subplots\(\) makes the grid/));
  });
});

describe('placeBoxes: a span from its first cell to its last', () => {
  it("puts spans of grids of their own where SubplotSpec.get_position() does (matplotlib's figure.subplot.*)", () => {
    const boxes = placeBoxes(
      {
        places: [
          span([2, 1], [0, 1], [0, 1]),
          span([2, 2], [1, 2], [0, 1]),
          span([2, 2], [1, 2], [1, 2]),
          span([3, 3], [1, 3], [2, 3]),
        ],
      },
      800,
      600,
    );
    // matplotlib 3.6, figsize (8, 6): get_position().bounds (left, bottom, width, height) of
    // subplot(2, 1, 1), (2, 2, 3), (2, 2, 4) and subplot2grid((3, 3), (1, 2), rowspan=2).
    const bounds = [
      [0.125, 0.53, 0.775, 0.35],
      [0.125, 0.11, 0.352273, 0.35],
      [0.547727, 0.11, 0.352273, 0.35],
      [0.672059, 0.11, 0.227941, 0.498235],
    ];
    boxes.forEach((b, k) => {
      const [l, bottom, w, h] = bounds[k];
      const want = [l * 800, (1 - bottom - h) * 600, (l + w) * 800, (1 - bottom) * 600];
      [b.left, b.top, b.right, b.bottom].forEach((v, j) => assert.ok(Math.abs(v - want[j]) < 1e-3, `${k}: ${v}`));
    });
  });
});

describe('actplot script: axes spanning cells', () => {
  const HEAD = ['import numpy as np', 'import matplotlib.pyplot as plt', 'x = np.linspace(-1, 1, 5)'];
  const read = (...lines: string[]) => readScript([...HEAD, ...lines].join('\n'));
  it('places every axes by its span once one spans cells, the cells made before kept in order', () => {
    const o = read(
      'plt.subplot(2, 2, 2)',
      'plt.plot(x, x)',
      "plt.title('second')",
      'plt.subplot(2, 2, 1)',
      'plt.plot(x, -x)',
      'plt.subplot(2, 1, 2)',
      'plt.plot(x, x * x)',
    );
    assert.equal(o.layout, undefined);
    assert.deepEqual(
      o.panels.map((p) => [p.subplot2grid, p.title]),
      [
        ['(2, 2), (0, 0), rowspan=1, colspan=1', undefined],
        ['(2, 2), (0, 1), rowspan=1, colspan=1', "'second'"],
        ['(2, 1), (1, 0), rowspan=1, colspan=1', undefined],
      ],
    );
  });
  it("reads a GridSpec's slices, indices worked out in a loop, and fig.axes", () => {
    const o = read(
      'fig = plt.figure()',
      'gs = fig.add_gridspec(2, 3)',
      'for i in range(2):',
      '    ax = fig.add_subplot(gs[i, 2 * i // 2])',
      '    ax.plot(x, x)',
      'ax = fig.add_subplot(gs[:, 2:])',
      'ax.plot(x, x)',
      'for ax in fig.axes:',
      '    ax.grid(True)',
    );
    assert.deepEqual(
      o.panels.map((p) => [p.subplot2grid, p.grid]),
      [
        ['(2, 3), (0, 0), rowspan=1, colspan=1', ['True']],
        ['(2, 3), (1, 1), rowspan=1, colspan=1', ['True']],
        ['(2, 3), (0, 2), rowspan=2, colspan=1', ['True']],
      ],
    );
  });
  it('picks an axes again by plt.subplot() of its place, and hides the inner labels of label_outer() by span', () => {
    const o = read(
      'ax = plt.subplot(2, 2, (1, 3))',
      'plt.plot(x, x)',
      'plt.subplot(2, 2, 2)',
      'plt.plot(x, x)',
      'plt.subplot(2, 2, (1, 3))',
      "plt.title('left')",
      'ax = plt.subplot(2, 2, 4)',
      'ax.label_outer()',
      'plt.plot(x, x)',
    );
    assert.equal(o.panels.length, 3);
    assert.equal(o.panels[0].title, "'left'");
    // The right column's lower axes is on the last row: its x tick labels stay, its y ones go.
    assert.deepEqual(o.panels[2].tickParams, ["axis='y', which='both', labelleft=False"]);
  });
  it("gives the figure a GridSpec's ratios and parameters, its cells placed by span", () => {
    const o = read(
      'fig = plt.figure()',
      'gs = fig.add_gridspec(1, 2, width_ratios=[2, 1], wspace=0, figure=fig)',
      'ax = fig.add_subplot(gs[0])',
      'ax.plot(x, x)',
      'ax = fig.add_subplot(gs[1])',
      'ax.plot(x, x)',
    );
    assert.equal(o.gridspec, '1, 2, width_ratios=[2, 1], wspace=0');
    assert.deepEqual(
      o.panels.map((p) => p.subplot2grid),
      ['(1, 2), (0, 0), rowspan=1, colspan=1', '(1, 2), (0, 1), rowspan=1, colspan=1'],
    );
    const fig = buildFigure(o);
    assert.deepEqual([fig.gridRatios, fig.gridParams], [{ width: [2, 1] }, { wspace: 0 }]);
  });
  it('makes a new axes for a subplot() of the place of one removed, as matplotlib does', () => {
    const o = read(
      'plt.subplot(2, 1, 1)',
      'plt.plot(x, x)',
      'ax = plt.subplot(2, 2, 3)',
      'ax.remove()',
      'plt.subplot(2, 2, 4)',
      'plt.plot(x, -x)',
      'plt.subplot(2, 2, 3)',
      "plt.title('again')",
    );
    assert.deepEqual(
      o.panels.map((p) => [p.subplot2grid, p.axis, p.title]),
      [
        ['(2, 1), (0, 0), rowspan=1, colspan=1', undefined, undefined],
        ['(2, 2), (1, 0), rowspan=1, colspan=1', "'off'", undefined],
        ['(2, 2), (1, 1), rowspan=1, colspan=1', undefined, undefined],
        ['(2, 2), (1, 0), rowspan=1, colspan=1', undefined, "'again'"],
      ],
    );
  });
  it('draws the figure with each axes in its span', () => {
    const fig = buildFigure(
      read(
        'plt.subplot2grid((3, 3), (0, 0), colspan=3)',
        'plt.plot(x, x)',
        'plt.subplot2grid((3, 3), (1, 1))',
        'plt.plot(x, x)',
      ),
    );
    assert.deepEqual(
      fig.axes.map((a) => a.span),
      [span([3, 3], [0, 1], [0, 3]), span([3, 3], [1, 2], [1, 2])],
    );
  });
  it('refuses what it does not read yet, at its line', () => {
    const refused = (pattern: RegExp, ...lines: string[]) =>
      assert.throws(() => read(...lines), refusedWith(pattern), lines.join('\n'));
    refused(/line 4: a GridSpec's subplot_spec is not read yet/, 'gs = plt.GridSpec(2, 2, subplot_spec=None)');
    refused(
      /line 5: a second GridSpec's ratios or parameters/,
      'gs = plt.GridSpec(2, 2, hspace=0)',
      'gs2 = plt.GridSpec(1, 2, wspace=0)',
    );
    refused(/line 5: subplots\(\) made the grid/, 'fig, axs = plt.subplots(2, 2)', 'fig.add_subplot(2, 1, 1)');
    refused(
      /line 5: subplot\(\.\.\., sharex=\.\.\.\) of axes placed by spans/,
      'ax = plt.subplot(2, 1, 1)',
      'plt.subplot(2, 2, 3, sharex=ax)',
    );
    refused(/line 4: subplot\(hs\[0, 0\]\): hs is no GridSpec/, 'plt.subplot(hs[0, 0])');
  });
});
