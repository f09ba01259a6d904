/**
 * title(), xlabel() and ylabel() by their arguments: which texts are calls, what their keywords become, and
 * the errors, worded with the option and keyword.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { readLabelCall, readTitles } from '../../src/spec/label-calls';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { parsePlotArgs } from '../../src/cli/main';
import { figureFor } from '../../src/cli/commands';

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
    assert.throws(() => readLabelCall("'x', x=0.9", 'xlabel', at), /xlabel\(x=\.\.\.\) is matplotlib's, but actplot/);
    assert.throws(() => readLabelCall("'t', fontsze=3", 'title', at), /did you mean 'fontsize'/);
    assert.throws(() => readLabelCall("'t', fontdict=3", 'title', at), /a dict of Text's keywords/);
    assert.throws(() => readLabelCall("'t', pad=1e6", 'title', at), /points, within ±1000/);
  });
});

describe("ylabel's rotation and alignment", () => {
  it("read as matplotlib reads them: angles modulo 360, 'horizontal' and 'vertical', ha/va and their long names", () => {
    // matplotlib 3.6: set_ylabel(rotation=450).get_rotation() is 90.0, rotation=-270 also 90.0.
    const style = (args: string) => readLabelCall(`'y', ${args}`, 'ylabel', at).style;
    assert.deepEqual(style('rotation=0'), { rotation: 0 });
    assert.deepEqual(style("rotation='horizontal', ha='right', va='center'"), {
      rotation: 0,
      ha: 'right',
      va: 'center',
    });
    assert.deepEqual(style('rotation=450'), { rotation: 90 });
    assert.deepEqual(style('rotation=-270.0'), { rotation: 90 });
    assert.deepEqual(style("horizontalalignment='left', verticalalignment='top'"), { ha: 'left', va: 'top' });
    assert.deepEqual(readLabelCall({ ylabel: 'y', rotation: 'vertical', va: 'baseline' }, 'ylabel', at).style, {
      rotation: 90,
      va: 'baseline',
    });
    // A script's raw string is a call's text too.
    assert.deepEqual(readLabelCall("r'$\\sigma(x)$', rotation=0", 'ylabel', at), {
      text: '$\\sigma(x)$',
      style: { rotation: 0 },
    });
  });
  it('takes any angle for each label; refuses loc with ha (as matplotlib does) and what is no angle', () => {
    assert.deepEqual(readLabelCall("'y', rotation=45", 'ylabel', at).style, { rotation: 45 });
    assert.deepEqual(readLabelCall("'x', rotation=-20", 'xlabel', at).style, { rotation: 340 });
    assert.deepEqual(readLabelCall("'t', rotation='vertical'", 'title', at).style, { rotation: 90 });
    assert.throws(() => readLabelCall("'y', rotation='diagonal'", 'ylabel', at), /expected an angle in degrees/);
    assert.throws(() => readLabelCall("'y', loc='top', ha='left'", 'ylabel', at), /loc or ha, not both/);
    assert.throws(() => readLabelCall("'y', va='middle'", 'ylabel', at), /expected top, center, bottom, baseline/);
    assert.throws(() => readLabelCall("'x', ha='left'", 'xlabel', at), /xlabel\(ha=\.\.\.\) is matplotlib's/);
  });
  it('places an upright label by its alignment left of the tick labels, and a turned one by va', () => {
    const placed = (ylabel: string) =>
      figureLayout(buildFigure({ panels: [{ curves: [{ function: 'relu' }], ylabel }] }), 'png').axes[0].roles.ylabel!;
    const turned = placed("'y'");
    const upright = placed("'y', rotation=0, ha='right', va='center'");
    assert.equal(upright.vertical, false);
    // The anchor is where the turned label's box ends on the right (va 'bottom'): labelpad left of the ticks.
    assert.equal(upright.box.right, turned.box.right);
    const mid = (upright.box.top + upright.box.bottom) / 2;
    assert.ok(Math.abs(mid - (turned.box.top + turned.box.bottom) / 2) < 1e-9);
    // va='top' turned: the box starts at the anchor and reaches right, as far as va 'bottom' reached left.
    const top = placed("'y', va='top'");
    assert.equal(top.box.left, turned.box.right);
    assert.ok(Math.abs(top.box.right - top.box.left - (turned.box.right - turned.box.left)) < 1e-9);
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

describe("title(y=...): the title's height in axes fractions", () => {
  // matplotlib 3.6: plt.subplots(); ax.set_title('T', y=1.05) anchors its baseline at (transAxes +
  // titleOffsetTrans).transform((0.5, 1.05)): 30.7867 px from the top of a 640x480 figure, and keeps it there
  // with tick labels on top (set_title turns _autotitlepos off).
  const titleOf = (tickParams?: string) =>
    figureLayout(
      buildFigure({
        style: 'matplotlib',
        panels: [
          { curves: [{ function: 'relu' }], title: "'T', y=1.05", ...(tickParams && { tickParams: [tickParams] }) },
        ],
      }),
      'png',
    ).axes[0].roles.title!;
  it('puts the baseline at y of the axes, the pad above it, with tick labels on top or not', () => {
    for (const t of [titleOf(), titleOf('labeltop=True')])
      assert.ok(Math.abs(t.baseline - 30.786666666666) < 1e-6, `${t.baseline}`);
  });
  it("takes axes.titley as every title's y (matplotlib 3.6 reads it in set_title)", () => {
    const fig = buildFigure({
      style: 'matplotlib',
      rc: { 'axes.titley': 1.05 },
      panels: [{ curves: [{ function: 'relu' }], title: 'T' }],
    });
    const t = figureLayout(fig, 'png').axes[0].roles.title!;
    assert.ok(Math.abs(t.baseline - 30.786666666666) < 1e-6, `${t.baseline}`);
  });
  it('reads y as a keyword of title() and refuses what is no height', () => {
    assert.equal(readLabelCall("'T', y=1.05", 'title', ['title']).style.y, 1.05);
    assert.throws(() => readLabelCall("'T', y='top'", 'title', ['title']), /title\.y: got .*axes fractions/);
  });
});

describe('title() called again: one title at each of its places', () => {
  // matplotlib 3.6's Axes.set_title: each loc has its own Text (title, _left_title, _right_title); pad sets the
  // one titleOffsetTrans the three share (None is axes.titlepad); y sets _autotitlepos False for all of them.
  it('keeps one at each loc, a later one at a place replacing the earlier; the centred one first, then left, right', () => {
    const t = readTitles(["'a', loc='right'", "'(a)', loc='left'", 'Centre', "'b', loc='right', fontsize=9"], at)!;
    assert.deepEqual([t.text, ...t.others.map((o) => o.text)], ['Centre', '(a)', 'b']);
    assert.deepEqual(t.style, { loc: 'center' });
    assert.deepEqual(t.others[1].style, { loc: 'right', fontsize: 9 });
  });
  it('without a centred one, the left title is drawn first; axes.titlelocation places a call given no loc', () => {
    const rc = { ...DEFAULT_RC, 'axes.titlelocation': 'right' as const };
    const t = readTitles(['R', "'L', loc='left'"], at, rc)!;
    assert.deepEqual([t.text, t.style.loc, t.others[0].text, t.others[0].style.loc], ['L', 'left', 'R', 'right']);
  });
  it("the last call's pad is every title's, the rc's when it gives none", () => {
    const given = readTitles(["'a', loc='left', pad=20", "'b', pad=3"], at)!;
    assert.deepEqual([given.style.pad, given.others[0].style.pad], [3, 3]);
    const none = readTitles(["'a', loc='left', pad=20", "'b'"], at)!;
    assert.deepEqual([none.style.pad, none.others[0].style.pad], [undefined, undefined]);
  });
  it('a y given to one keeps every title where it is: the others at 1.0, or at axes.titley', () => {
    const t = readTitles(["'a', loc='left', y=0.9", "'b'"], at)!;
    assert.deepEqual([t.style.y, t.others[0].style.y], [1, 0.9]);
    const rc = { ...DEFAULT_RC, 'axes.titley': 1.1 };
    const fromRc = readTitles(["'a', loc='left', y=0.9", "'b'"], at, rc)!;
    assert.equal(fromRc.style.y, undefined); // placed at axes.titley by the layout
    assert.equal(readTitles(["'a', loc='left'", "'b'"], at)!.style.y, undefined);
  });
  it('an empty title is not drawn; none left is no title; a bad loc names the call in the list', () => {
    assert.equal(readTitles(["'a', loc='left'", "'', loc='left'"], at), undefined);
    const t = readTitles(["'a', loc='left'", "''"], at)!;
    assert.deepEqual([t.text, t.others.length], ['a', 0]);
    assert.throws(
      () => readTitles(['a', "'b', loc='middle'"], at),
      /title\[1\]\.loc: got 'middle'; expected left, center, right/,
    );
  });
  it('--title given again on the command line is title() called again; once, the title as before', () => {
    const once = figureFor(parsePlotArgs(['sigmoid', '--title', "'S', loc='left'"]).panels).fig.axes[0];
    assert.deepEqual([once.title, once.labelStyles?.title, once.otherTitles], ['S', { loc: 'left' }, undefined]);
    const { panels } = parsePlotArgs(['sigmoid', '--title', 'S', '--title', "'(a)', loc='left'"]);
    assert.deepEqual(panels[0].opts.title, ['S', "'(a)', loc='left'"]);
    const [ax] = figureFor(panels).fig.axes;
    assert.deepEqual([ax.title, ax.otherTitles?.[0].text], ['S', '(a)']);
  });
  it('lines the titles up at the highest baseline when tick labels on top raise one more than another', () => {
    const layout = (titles: string[]) =>
      figureLayout(
        buildFigure({
          panels: [{ curves: [{ function: 'tanh' }], xaxis: ['tick_top()'], title: titles }],
        }),
        'png',
      ).axes[0];
    const ax = layout(['Plain', "r'$\\frac{1}{2}$', loc='right'"]);
    const [plain, fraction] = [ax.roles.title!, ax.roles.otherTitles[0]];
    // The fraction's depth passes the pad, so _update_title_position raises it further; the plain title
    // follows it to the same baseline.
    const alone = layout(['Plain']).roles.title!;
    assert.ok(plain.baseline < alone.baseline - 0.5, `${plain.baseline} above ${alone.baseline}`);
    assert.ok(Math.abs(plain.baseline - fraction.baseline) < 1e-9, `${plain.baseline} and ${fraction.baseline}`);
    // The fraction clears the top tick labels.
    const labelsTop = Math.min(...ax.roles.top.map((t) => t.box.top));
    assert.ok(fraction.box.bottom <= labelsTop + 1e-9, `${fraction.box.bottom} over ${labelsTop}`);
    assert.equal(ax.roles.otherTitles.length, 1);
  });
});
