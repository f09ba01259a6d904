/**
 * title(), xlabel() and ylabel() by their arguments: which texts are calls, what their keywords become, and
 * the errors, worded with the option and keyword.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { readLabelCall } from '../../src/spec/label-calls';

const at = ['title'];

describe('readLabelCall', () => {
  it('a text not begun with a quote is the text, commas, quotes and = included', () => {
    for (const t of ['Sigmoid', 'Swish, beta=1.5', 'GELU(x) = x Φ(x)', "it's", '$\\sigma(x) = 1/(1+e^{-x})$'])
      assert.deepEqual(readLabelCall(t, 'title', at), { text: t, style: {} });
    // Begun with a quote but no call: the text as typed.
    assert.deepEqual(readLabelCall("'quoted' word", 'title', at), { text: "'quoted' word", style: {} });
  });
  it("the call's arguments copied from a script: sizes by name (large is 12 pt), loc, pad, Text's keywords", () => {
    assert.deepEqual(readLabelCall("'Sigmoid', fontsize='large', fontweight='bold', loc='left', pad=12", 'title', at), {
      text: 'Sigmoid',
      style: { fontsize: 12, font: { weight: 'bold' }, loc: 'left', pad: 12 },
    });
    assert.deepEqual(readLabelCall("'x', None, 3, loc='right', c='r'", 'xlabel', at), {
      text: 'x',
      style: { color: 'r', loc: 'right', pad: 3 },
    });
  });
  it("fontdict's entries are keywords, under those given beside it", () => {
    const { style } = readLabelCall("'y', fontdict={'fontsize': 14, 'color': 'C2'}, color='k'", 'ylabel', at);
    assert.deepEqual(style, { fontsize: 14, color: 'k' });
  });
  it("by name, under the call's own name for the text", () => {
    assert.deepEqual(readLabelCall({ ylabel: 'f(x)', loc: 'top', labelpad: 2 }, 'ylabel', at), {
      text: 'f(x)',
      style: { loc: 'top', pad: 2 },
    });
  });
  it('refuses what matplotlib refuses, and what actplot does not draw yet, naming the keyword', () => {
    assert.throws(
      () => readLabelCall("'x', loc='top'", 'xlabel', ['xlabel']),
      /got 'top'; expected left, center, right/,
    );
    assert.throws(() => readLabelCall("'y', loc='left'", 'ylabel', at), /expected bottom, center, top/);
    assert.throws(() => readLabelCall("'t', y=1.05", 'title', at), /title\(y=\.\.\.\) is matplotlib's, but actplot/);
    assert.throws(() => readLabelCall("'t', fontsze=3", 'title', at), /did you mean 'fontsize'/);
    assert.throws(() => readLabelCall("'t', fontdict=3", 'title', at), /a dict of Text's keywords/);
    assert.throws(() => readLabelCall("'t', pad=1e6", 'title', at), /points, within ±1000/);
  });
});

describe('labels placed by loc', () => {
  it('ylabel from the bottom up, or down from the top; xlabel at the left or right edge', () => {
    const layout = (x: string, y: string) =>
      figureLayout(
        buildFigure({
          panels: [{ curves: [{ function: 'relu' }], xlabel: `'x', loc='${x}'`, ylabel: `'y', loc='${y}'` }],
        }),
        'png',
      ).axes[0];
    const low = layout('left', 'bottom');
    assert.equal(low.roles.ylabel!.box.bottom, low.box.bottom);
    assert.equal(low.roles.xlabel!.box.left, low.box.left);
    const high = layout('right', 'top');
    assert.equal(high.roles.ylabel!.box.top, high.box.top);
    assert.equal(high.roles.xlabel!.box.right, high.box.right);
  });
});
