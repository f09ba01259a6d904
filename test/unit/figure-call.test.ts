/**
 * plt.figure() and plt.subplots() by their arguments. Expected: matplotlib 3.6's own meaning of each keyword,
 * figure(figsize=(w, h)) the figure's size in inches, dpi=figure.dpi (what savefig saves at unless told),
 * facecolor=figure.facecolor, layout='tight' / tight_layout=True the tight layout engine, and subplots(nrows,
 * ncols, sharex=..., sharey=...) the grid of axes and what they share.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { figureLayout } from '../../src/render/pipeline';
import type { PanelOptions } from '../../src/spec/options';

const one: PanelOptions[] = [{ curves: [{ function: 'relu' }] }];
const two: PanelOptions[] = [{ curves: [{ function: 'sigmoid' }] }, { curves: [{ function: 'tanh' }] }];

describe('plt.figure() by its arguments', () => {
  it('says what --size, figure.dpi, figure.facecolor and the layout engine say', () => {
    const said = buildFigure({
      panels: one,
      style: 'matplotlib',
      figure: "1, figsize=(5, 4), dpi=90, facecolor='#eef3f8', layout='tight'",
    });
    const own = buildFigure({
      panels: one,
      style: 'matplotlib',
      size: [5, 4],
      rc: ['figure.dpi=90', 'figure.facecolor=#eef3f8'],
      tightLayout: true,
    });
    assert.deepEqual(said, own);
    assert.equal(said.dpi, 90);
  });
  it("a dpi savefig() gives wins over figure()'s, as matplotlib saves at savefig's", () => {
    assert.equal(buildFigure({ panels: one, figure: 'dpi=90', savefig: 'dpi=200' }).dpi, 200);
  });
  it('frameon=False draws no figure background, whatever the style or savefig() make its colour', () => {
    for (const o of [
      { style: 'dark_background', figure: 'frameon=False' },
      { figure: 'frameon=False', savefig: "facecolor='red'" },
      { subplots: 'frameon=False' },
    ]) {
      assert.equal(buildFigure({ panels: one, ...o }).frameon, false);
    }
    assert.equal(buildFigure({ panels: one, figure: 'frameon=True' }).frameon, undefined);
  });
  it('refuses what it does not draw, and an option said twice', () => {
    assert.throws(() => buildFigure({ panels: one, figure: 'figsize=(5, 4)', size: [6, 4] }), /given twice/);
    assert.throws(() => buildFigure({ panels: one, figure: "layout='grid'" }), /'constrained', 'tight' or 'none'/);
  });
});

describe('plt.subplots() by its arguments', () => {
  it("says what --layout, --sharex/--sharey and figure()'s keywords say", () => {
    const said = buildFigure({ panels: two, subplots: '1, 2, figsize=(9, 3.5), sharey=True' });
    const own = buildFigure({ panels: two, layout: [1, 2], size: [9, 3.5], sharey: true });
    assert.deepEqual(said, own);
    assert.deepEqual(
      buildFigure({ panels: two, subplots: { nrows: 2, sharex: 'col' } }),
      buildFigure({ panels: two, layout: [2, 1], sharex: 'col' }),
    );
  });
  it('draws the axes of a grid larger than the panels empty, as matplotlib does; --layout alone leaves them out', () => {
    const fig = buildFigure({ style: 'matplotlib', panels: two, subplots: '2, 2' });
    assert.deepEqual(
      fig.axes.map((a) => [a.curves.length, a.empty ?? false, a.legend]),
      [
        [1, false, false],
        [1, false, false],
        [0, true, false],
        [0, true, false],
      ],
    );
    // An axes nothing was drawn on keeps matplotlib's unit view, (0, 1) both ways; sharing x, it takes the others'.
    const lims = (options: object) =>
      figureLayout(buildFigure({ style: 'matplotlib', panels: two, ...options }), 'png').axes.map((a) => [
        a.xlim,
        a.ylim,
      ]);
    assert.deepEqual(lims({ subplots: '1, 3' })[2], [
      [0, 1],
      [0, 1],
    ]);
    const shared = lims({ subplots: '1, 3, sharex=True' });
    assert.deepEqual([shared[2][0], shared[2][1]], [shared[0][0], [0, 1]]);
    assert.equal(buildFigure({ panels: two, layout: [2, 2] }).axes.length, 2);
  });
  it('refuses a grid too small for the panels, and what it does not draw', () => {
    assert.throws(() => buildFigure({ panels: two, subplots: '1, 1' }), /with room for all 2 panels/);
    assert.throws(() => buildFigure({ panels: two, subplots: "1, 2, gridspec_kw={'figure': 0}" }), /not draw it yet/);
  });
  it("reads width_ratios and height_ratios, as keywords or in gridspec_kw, and gridspec_kw's own gaps", () => {
    assert.deepEqual(buildFigure({ panels: two, subplots: '1, 2, width_ratios=[3, 1]' }).gridRatios, { width: [3, 1] });
    const kw = buildFigure({ panels: two, subplots: "2, 1, gridspec_kw={'hspace': 0, 'height_ratios': [3, 1]}" });
    assert.deepEqual([kw.gridRatios, kw.gridParams], [{ height: [3, 1] }, { hspace: 0 }]);
  });
  it('refuses ratios of the wrong count or sign, given twice, or with the constrained layout', () => {
    const refused = (subplots: string, pattern: RegExp, constrainedLayout = false) =>
      assert.throws(() => buildFigure({ panels: two, subplots, constrainedLayout }), pattern);
    refused(
      '1, 2, width_ratios=[1]',
      /width_ratios: got '\[1\]'; expected a list of 2 positive numbers, one for each column/,
    );
    refused('1, 2, width_ratios=[1, 0]', /expected a list of 2 positive numbers/);
    refused("1, 2, width_ratios=[1, 2], gridspec_kw={'width_ratios': [1, 2]}", /given twice/);
    refused("1, 2, gridspec_kw={'hspace': -1}", /gridspec_kw\.hspace: got -1; expected a fraction of an axes, 0 to 10/);
    refused('1, 2, width_ratios=[1, 2]', /width_ratios with the constrained layout is not drawn yet/, true);
  });
});
