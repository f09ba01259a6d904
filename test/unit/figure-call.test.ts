/**
 * plt.figure() and plt.subplots() by their arguments. Expected: matplotlib 3.6's own meaning of each keyword,
 * figure(figsize=(w, h)) the figure's size in inches, dpi=figure.dpi (what savefig saves at unless told),
 * facecolor=figure.facecolor, layout='tight' / tight_layout=True the tight layout engine, and subplots(nrows,
 * ncols, sharex=..., sharey=...) the grid of axes and what they share.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
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
  it("frameon=False draws no figure background, as savefig(facecolor='none') (whatever the style's face)", () => {
    const said = buildFigure({ panels: one, style: 'dark_background', figure: 'frameon=False' });
    assert.equal(said.rc!['savefig.facecolor'], 'none');
    assert.equal(buildFigure({ panels: one, figure: 'frameon=True' }).rc?.['savefig.facecolor'], undefined);
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
  it('refuses a grid with more axes than panels (matplotlib would draw the rest empty)', () => {
    assert.throws(() => buildFigure({ panels: two, subplots: '2, 2' }), /makes 4 axes and 2 are given/);
    assert.throws(() => buildFigure({ panels: two, subplots: '1, 1' }), /with room for all 2 panels/);
    assert.throws(() => buildFigure({ panels: two, subplots: "1, 2, gridspec_kw={'wspace': 0}" }), /not draw it yet/);
  });
});
