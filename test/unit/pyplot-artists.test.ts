/**
 * hlines, vlines, axhspan and axvspan read as matplotlib 3.6 reads their arguments (defaults from its
 * LineCollection and Polygon: zorder 2 and 1, lines.color and patch.facecolor C0, no edge), the limits they
 * add, and a band's weight in the legend's 'best' (Bbox.count_overlaps). Expected values worked by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { artistExtents } from '../../src/layout/artists';
import { placeLegend } from '../../src/layout/legend';
import type { PatchLayout } from '../../src/layout/types';
import { shareAxes } from '../../src/layout/sharing';
import { readSegments, readSpan, readSubplotsAdjust, readSuptitle } from '../../src/spec/pyplot-artists';
import { readText } from '../../src/spec/text-call';
import { readTickParams } from '../../src/spec/tick-params';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { fixedMeasurer, lineThrough } from '../helpers/legend-fixtures';

const at = ['panels', 0, 'hlines', 0];

describe('readSegments: hlines and vlines', () => {
  it("a list of positions with one pair of ends: LineCollection's defaults", () => {
    assert.deepEqual(readSegments('h', '[0, 1], -5, 5', at), {
      orientation: 'h',
      at: [0, 1],
      from: [-5, -5],
      to: [5, 5],
      colors: ['C0'],
      linestyle: '-',
      linewidth: 1.5,
      zorder: 2,
    });
  });
  it('ends paired with positions, colours by alias, keywords by name (a config)', () => {
    const s = readSegments('v', { x: [-2, 2], ymin: [-1, 0], ymax: 1, colors: ['k', 'r'], linestyles: 'dashed' }, at);
    assert.deepEqual([s.at, s.from, s.to, s.colors, s.linestyle], [[-2, 2], [-1, 0], [1, 1], ['k', 'r'], '--']);
    assert.deepEqual(readSegments('h', "0, 0, 1, color='g', lw=3", at).colors, ['g']);
  });
  it('refuses ends that do not pair up, a missing position and a keyword not drawn yet', () => {
    assert.throws(() => readSegments('h', '[0, 1], [-2, 3, 4], 2', at), /one value, or one for each of the 2 lines/);
    assert.throws(() => readSegments('h', 'xmin=0, xmax=1', at), /the y of each line: a number or a list/);
    assert.throws(() => readSegments('v', "0, 0, 1, cmap='viridis'", at), /vlines\(cmap=\.\.\.\) is matplotlib's/);
  });
});

describe('readSpan: axhspan and axvspan', () => {
  it("a Polygon's defaults: C0 face, no edge, zorder 1, across the whole axes", () => {
    assert.deepEqual(readSpan('h', '0, 1', at), {
      orientation: 'h',
      lo: 0,
      hi: 1,
      span: [0, 1],
      facecolor: 'C0',
      edgecolor: 'none',
      linewidth: 1,
      linestyle: '-',
      zorder: 1,
    });
  });
  it('color sets face and edge, facecolor and edgecolor then override; fill=False leaves no face', () => {
    const s = readSpan('v', "-1, 1, 0.25, 0.75, color='0.9', ec='k', alpha=0.5", at);
    assert.deepEqual([s.facecolor, s.edgecolor, s.span, s.alpha], ['0.9', 'k', [0.25, 0.75], 0.5]);
    assert.equal(readSpan('h', '0, 1, fill=False', at).facecolor, 'none');
    assert.throws(() => readSpan('h', '0', at), /the band's ymax: a number/);
    assert.throws(() => readSpan('h', "0, 1, hatch='//'", at), /axhspan\(hatch=\.\.\.\) is matplotlib's/);
  });
});

describe('artistExtents: what each call adds to the data limits', () => {
  it('segments both ways, a band only across its direction', () => {
    const h = readSegments('h', '[0, 3], -5, 2', at);
    const v = readSegments('v', '7, -1, 1', at);
    const band = readSpan('v', '10, 12, 0.2, 0.8', at);
    assert.deepEqual(artistExtents([h, v], [band]), { x: [-5, -5, 2, 2, 7, 10, 12], y: [0, 3, -1, 1] });
  });
});

describe("the legend's 'best' counts a band once where it overlaps the box", () => {
  // As pure-logic.test.ts: every character 6 wide, 7 up and 2 down; the legend box 42 x 17 at scale 1.
  const fixed = fixedMeasurer;
  const AXES = { left: 0, top: 0, right: 400, bottom: 300 };
  const line = lineThrough([[200, 150]]);
  const band = (box: PatchLayout['box']): PatchLayout => ({ box, face: '#00f', zorder: 1, label: '' });
  it('a band over the upper right sends the legend to the upper left (code 2)', () => {
    const legend = placeLegend(
      [{ curves: [line], patches: [band({ left: 340, top: 0, right: 400, bottom: 40 })] }],
      'best',
      AXES,
      1,
      fixed,
      DEFAULT_RC,
    )!;
    assert.deepEqual(legend.box, { left: 5, top: 5, right: 47, bottom: 22 });
  });
  it('a band that only touches the box edge does not count', () => {
    const legend = placeLegend(
      [{ curves: [line], patches: [band({ left: 395, top: 0, right: 400, bottom: 40 })] }],
      'best',
      AXES,
      1,
      fixed,
      DEFAULT_RC,
    )!;
    assert.deepEqual(legend.box, { left: 353, top: 5, right: 395, bottom: 22 });
  });
});

describe('readSuptitle and readSubplotsAdjust', () => {
  it("suptitle's defaults (x 0.5, y 0.98, centred, top, movable); a text with no '=' is the title, commas and all", () => {
    assert.deepEqual(readSuptitle('Sigmoid, tanh and ReLU', ['suptitle']), {
      text: 'Sigmoid, tanh and ReLU',
      x: 0.5,
      y: 0.98,
      ha: 'center',
      va: 'top',
      autopos: true,
    });
    // y given: a layout engine leaves it where it is (matplotlib's _autopos).
    assert.equal(readSuptitle("'A', y=0.9", ['suptitle']).autopos, undefined);
    // supxlabel at (0.5, 0.01) on its bottom, supylabel at (0.02, 0.5) by its left (Figure.supxlabel/supylabel);
    // the y label's autopos is about its x.
    const x = readSuptitle('x', ['supxlabel'], DEFAULT_RC, 'supxlabel');
    assert.deepEqual([x.x, x.y, x.ha, x.va, x.autopos], [0.5, 0.01, 'center', 'bottom', true]);
    const y = readSuptitle("'activation', y=0.4", ['supylabel'], DEFAULT_RC, 'supylabel');
    assert.deepEqual([y.x, y.y, y.ha, y.va, y.autopos], [0.02, 0.4, 'left', 'center', true]);
    assert.equal(readSuptitle("'a', x=0.1", ['supylabel'], DEFAULT_RC, 'supylabel').autopos, undefined);
    assert.throws(
      () => readSuptitle("'a', rotation=0", ['supylabel'], DEFAULT_RC, 'supylabel'),
      /supylabel\(rotation=/,
    );
  });
  it("the call's arguments, the title quoted or not; a size name is relative to font.size (large: 12); a face", () => {
    assert.deepEqual(readSuptitle("'A, B', fontsize=14, y=1.0", ['suptitle']).text, 'A, B');
    // A quoted text alone is suptitle()'s one argument, as plt.suptitle('A, B') passes it.
    assert.equal(readSuptitle("'A, B'", ['suptitle']).text, 'A, B');
    const s = readSuptitle('Four activations, fontsize=large, x=0.2, ha=left', ['suptitle']);
    assert.deepEqual([s.text, s.fontsize, s.x, s.ha], ['Four activations', 12, 0.2, 'left']);
    assert.deepEqual(readSuptitle("'A', fontweight='bold', family='serif'", ['suptitle']).font, {
      weight: 'bold',
      family: 'serif',
    });
    assert.throws(
      () => readSuptitle("'A', fontproperties=None", ['suptitle']),
      /suptitle\(fontproperties=\.\.\.\) is matplotlib's/,
    );
    assert.throws(
      () => readSuptitle("'A', va=middle", ['suptitle']),
      /got 'middle'; expected top, center, bottom, baseline/,
    );
  });
  it("a title with an '=' in it that is no call is the title: an equation, typeset or not", () => {
    assert.equal(readSuptitle('GELU(x) = x Φ(x)', ['suptitle']).text, 'GELU(x) = x Φ(x)');
    assert.equal(readSuptitle('$\\sigma(x) = 1/(1+e^{-x})$', ['suptitle']).text, '$\\sigma(x) = 1/(1+e^{-x})$');
    // Begun with a quote, it is a call, and its mistakes are said as such.
    assert.throws(() => readSuptitle("'A', fontsize=1,2", ['suptitle']), /keyword arguments after the positional ones/);
    assert.throws(() => readSuptitle('Four, fontsze=14', ['suptitle']), /did you mean 'fontsize'/);
  });
  it('subplots_adjust keeps what is given, and refuses left >= right as matplotlib does', () => {
    assert.deepEqual(readSubplotsAdjust('left=0.15, wspace=0.4', ['subplotsAdjust']), { left: 0.15, wspace: 0.4 });
    assert.deepEqual(readSubplotsAdjust({ bottom: 0.2, top: 0.9 }, ['subplotsAdjust']), { bottom: 0.2, top: 0.9 });
    assert.throws(
      () => readSubplotsAdjust('left=0.95', ['subplotsAdjust']),
      /left: got 0\.95; expected less than right \(0\.9\)/,
    );
    assert.throws(() => readSubplotsAdjust('hspace=-1', ['subplotsAdjust']), /a fraction of an axes, 0 to 10/);
  });
});

describe('shareAxes: plt.subplots(sharex, sharey) on a 2 x 2 grid', () => {
  // Four axes whose data spans x 0..10 (axes 0), 0..20 (1), 0..30 (2), 0..40 (3), y the same; 5 % margins.
  const axes = [10, 20, 30, 40].map((hi) => ({
    spec: { curves: [], sampling: { kind: 'linspace' as const, from: 0, to: 1, num: 2 } },
    curves: [{ spec: { fn: 'relu' }, label: '', xs: Float64Array.of(0, hi), ys: Float64Array.of(0, hi) }],
  }));
  it("'all': every axes the union's limits; x tick labels on the bottom row, y on the left column", () => {
    const s = shareAxes(axes, { rows: 2, cols: 2 }, { x: 'all', y: 'all' }, DEFAULT_RC);
    assert.deepEqual(
      s.map((a) => a.xlim),
      Array(4).fill([-2, 42]),
    );
    assert.deepEqual(
      s.map((a) => [a.xTickLabels, a.yTickLabels]),
      [
        [false, true],
        [false, false],
        [true, true],
        [true, false],
      ],
    );
  });
  it("leaves a line's NaN and infinite points out of its data limits, x and y alike (matplotlib's NaN remover)", () => {
    const gappy = {
      spec: { curves: [], sampling: { kind: 'linspace' as const, from: 0, to: 1, num: 2 } },
      curves: [
        {
          spec: { fn: 'relu' },
          label: '',
          xs: Float64Array.of(-5, 0, 5, 10),
          ys: Float64Array.of(1, 3, NaN, Infinity),
        },
      ],
    };
    // By hand: the finite points are (-5, 1) and (0, 3); 5 % margins of 5 and of 2.
    const [s] = shareAxes([gappy], { rows: 1, cols: 1 }, { x: 'none', y: 'none' }, DEFAULT_RC);
    assert.deepEqual(
      [s.xlim, s.ylim],
      [
        [-5.25, 0.25],
        [0.9, 3.1],
      ],
    );
  });
  it("'row' and 'col' share within a row or a column; 'none' leaves each its own", () => {
    const s = shareAxes(axes, { rows: 2, cols: 2 }, { x: 'col', y: 'row' }, DEFAULT_RC);
    assert.deepEqual(
      s.map((a) => a.xlim),
      [
        [-1.5, 31.5],
        [-2, 42],
        [-1.5, 31.5],
        [-2, 42],
      ],
    );
    assert.deepEqual(
      s.map((a) => a.ylim),
      [
        [-1, 21],
        [-1, 21],
        [-2, 42],
        [-2, 42],
      ],
    );
    const own = shareAxes(axes, { rows: 2, cols: 2 }, { x: 'none', y: 'none' }, DEFAULT_RC);
    assert.deepEqual(
      own.map((a) => a.xlim[1]),
      [10.5, 21, 31.5, 42],
    );
    assert.ok(own.every((a) => a.xTickLabels && a.yTickLabels));
  });
});

describe('readTickParams: tick_params as per-axes tick rcParams', () => {
  it("axis='both' sets both axes' keys; colors sets the marks' and the labels' colour", () => {
    const t = readTickParams("direction='in', length=6, width=1, pad=6, labelsize='small', colors='C3'", [
      'tickParams',
    ]);
    assert.deepEqual(t.axes, ['x', 'y']);
    assert.deepEqual(t.rc, {
      'xtick.direction': 'in',
      'xtick.major.size': 6,
      'xtick.major.width': 1,
      'xtick.major.pad': 6,
      'xtick.labelsize': 10 * 0.833,
      'xtick.color': 'C3',
      'xtick.labelcolor': 'C3',
      'ytick.direction': 'in',
      'ytick.major.size': 6,
      'ytick.major.width': 1,
      'ytick.major.pad': 6,
      'ytick.labelsize': 10 * 0.833,
      'ytick.color': 'C3',
      'ytick.labelcolor': 'C3',
    });
  });
  it('one axis, marks and labels turned off; marks and labels on top and right; minor ticks sized', () => {
    const t = readTickParams({ axis: 'y', left: false, labelleft: false }, ['tickParams']);
    assert.deepEqual([t.axes, t.rc, t.yMarks, t.yLabels], [['y'], {}, false, false]);
    // top and bottom go to the x axis, left and right to the y axis, when axis names it (Axes.tick_params).
    const mirrored = readTickParams("axis='x', top=True, right=True, left=False", ['tickParams']);
    assert.deepEqual([mirrored.xTop, mirrored.yRight, mirrored.yMarks], [true, undefined, undefined]);
    assert.deepEqual(readTickParams('top=True, right=True', ['tickParams']).yRight, true);
    const labels = readTickParams("axis='y', labeltop=True, labelright=True", ['tickParams']);
    assert.deepEqual([labels.xLabelsTop, labels.yLabelsRight], [undefined, true]);
    assert.deepEqual(readTickParams("axis='x', which='minor', length=4, width=1", ['tickParams']).rc, {
      'xtick.minor.size': 4,
      'xtick.minor.width': 1,
    });
    assert.deepEqual(readTickParams("axis='y', which='both', length=5", ['tickParams']).rc, {
      'ytick.major.size': 5,
      'ytick.minor.size': 5,
    });
    assert.throws(
      () => readTickParams("which='minor', direction='in'", ['tickParams']),
      /direction= for the minor ticks alone is matplotlib's, but actplot does not draw it yet/,
    );
    assert.throws(() => readTickParams("direction='up'", ['tickParams']), /got 'up'; expected in, out or inout/);
    assert.throws(() => readTickParams('lenght=3', ['tickParams']), /did you mean 'length'/);
  });
});

describe('readText: plt.text', () => {
  it("text(x, y, s)'s defaults: data coordinates, left and baseline, font.size and text.color left to the rc", () => {
    assert.deepEqual(readText("0, 0.6, 'kink at 0'", ['text']), {
      x: 0,
      y: 0.6,
      text: 'kink at 0',
      inAxes: false,
      ha: 'left',
      va: 'baseline',
    });
  });
  it("aliases, the axes' fractions by transform=ax.transAxes, and refusals", () => {
    const t = readText("0.03, 0.95, 'A', transform=ax.transAxes, verticalalignment='top', c='C3', size='large'", [
      'text',
    ]);
    assert.deepEqual([t.inAxes, t.va, t.color, t.fontsize], [true, 'top', 'C3', 12]);
    // The same transform as scripts reach it through pyplot, and the data's by name.
    assert.equal(readText("0.03, 0.95, 'A', transform=plt.gca().transAxes", ['text']).inAxes, true);
    assert.equal(readText("0.03, 0.95, 'A', transform=ax.transData", ['text']).inAxes, false);
    assert.throws(
      () => readText("0, 1, 'a', rotation='diagonal'", ['text']),
      /text.rotation: got 'diagonal'; expected an angle in degrees/,
    );
    assert.throws(
      () => readText("0, 1, 'a', transform=ax.transPolar", ['text']),
      /ax\.transData \(the default\), ax\.transAxes or fig\.transFigure/,
    );
    assert.throws(() => readText('0, 1', ['text']), /text\(\)'s s/);
  });
  it("alpha=, and fontdict's entries under the keywords beside it, as Axes.text merges them", () => {
    const t = readText("0, 1, 'a', fontdict={'fontsize': 14, 'color': 'C2'}, color='C3', alpha=0.4", ['text']);
    assert.deepEqual([t.fontsize, t.color, t.alpha], [14, 'C3', 0.4]);
    assert.throws(() => readText("0, 1, 'a', alpha=2", ['text']), /text\.alpha: got 2/);
    assert.throws(
      () => readText("0, 1, 'a', fontdict={'colr': 'r'}", ['text']),
      /fontdict.*colr.*did you mean 'color'/,
    );
  });
  it("the figure's fractions: text(transform=fig.transFigure), and plt.figtext's own", () => {
    const t = readText("0.5, 0.01, 'caption', transform=fig.transFigure, ha='center'", ['text']);
    assert.deepEqual([t.inFigure, t.inAxes, t.ha], [true, false, 'center']);
    assert.equal(readText("0.5, 0.01, 'caption'", ['figtext', 0], undefined, true).inFigure, true);
    assert.equal(
      readText("0.5, 0.01, 'c', transform=plt.gcf().transFigure", ['figtext', 0], undefined, true).inFigure,
      true,
    );
    assert.throws(
      () => readText("0.5, 0.01, 'c', transform=ax.transAxes", ['figtext', 0], undefined, true),
      /figtext\[0\]\.transform: got 'ax\.transAxes'; expected fig\.transFigure \(figtext's own\)/,
    );
  });
});

describe('legend(ncol=..., title=...): worked by hand with 6-unit characters, 7 up and 2 down', () => {
  const fixed = fixedMeasurer;
  const AXES = { left: 0, top: 0, right: 400, bottom: 300 };
  const line = (label: string) => lineThrough([[200, 150]], label);
  const three = ['a', 'b', 'c'].map(line);
  it('three entries in two columns: [a, b] and [c], 20 apart; each column 20 + 8 + 6 wide', () => {
    const l = placeLegend([{ curves: three, patches: [] }], 'upper right', AXES, 1, fixed, DEFAULT_RC, { ncol: 2 })!;
    // Width 2·4 + 34 + 20 + 34 = 96; height 2·4 + (7 + 2 + 5 + 7 + 2) = 31; 5 from the axes' corner.
    assert.deepEqual(l.box, { left: 299, top: 5, right: 395, bottom: 36 });
    assert.deepEqual(
      l.entries.map((e) => [e.x0, e.label.baseline]),
      [
        [303, 16],
        [303, 30],
        [357, 16],
      ],
    );
  });
  it('markerfirst=False: each label before its handle, the rows right-aligned in their column', () => {
    // Labels 'a' and 'bcd' (6 and 18 wide) in one column 20 + 8 + 18 = 46 wide: the handles at its right.
    const l = placeLegend(
      [{ curves: [line('a'), line('bcd')], patches: [] }],
      'upper right',
      AXES,
      1,
      fixed,
      DEFAULT_RC,
      {
        markerfirst: false,
      },
    )!;
    const right = l.box.right - 4; // the border pad, 0.4 of the 10-unit font
    for (const e of l.entries) {
      assert.deepEqual([e.x0, e.x1], [right - 20, right]);
      assert.equal(e.label.box.right, right - 20 - 8);
    }
    assert.equal(l.entries[1].label.box.left, right - 46);
  });
  it('a title over them at font.size, centred, labelspacing below it', () => {
    const l = placeLegend([{ curves: three, patches: [] }], 'upper left', AXES, 1, fixed, DEFAULT_RC, {
      ncol: 2,
      title: 'abc',
    })!;
    // The title's line is 9 high, then 5: the box is 31 + 14 = 45 high; the title centred on the 88 wide content.
    assert.deepEqual(l.box, { left: 5, top: 5, right: 101, bottom: 50 });
    assert.deepEqual([l.title!.box.left, l.title!.box.top], [5 + 4 + 44 - 9, 9]);
    assert.equal(l.entries[0].label.baseline, 9 + 14 + 7);
  });
  it('alignment=: the title and the entries lined up at the left, the centre or the right (VPacker align)', () => {
    // The title 'abcdefghij' is 60 wide, one entry 20 + 8 + 6 = 34: inside the 4-unit border pad, the entries
    // start 0, 13 or 26 in; the title, the widest, at the pad each time.
    const lined = (alignment?: 'left' | 'right') =>
      placeLegend([{ curves: [line('a')], patches: [] }], 'upper left', AXES, 1, fixed, DEFAULT_RC, {
        title: 'abcdefghij',
        ...(alignment && { alignment }),
      });
    for (const [alignment, inset] of [
      ['left', 0],
      [undefined, 13],
      ['right', 26],
    ] as const) {
      const l = lined(alignment);
      assert.equal(l.entries[0].x0 - l.box.left, 4 + inset, String(alignment));
      assert.equal(l.title!.box.left - l.box.left, 4, String(alignment));
    }
  });
});

describe('legend(labels): the first artists in the order of their calls, labelled or not', () => {
  const AXES = { left: 0, top: 0, right: 400, bottom: 300 };
  const line = (label: string) => lineThrough([[200, 150]], label);
  const band = (label: string): PatchLayout => ({
    box: { left: 0, top: 0, right: 1, bottom: 1 },
    face: '#00f',
    zorder: 1,
    label,
  });
  const segment = (part: number) => ({ ...line(part ? '' : 'levels'), collection: { part, parts: 2 } });
  const place = (curves: ReturnType<typeof line>[], patches: PatchLayout[], labels?: string[]) =>
    placeLegend([{ curves, patches }], 'upper left', AXES, 1, fixedMeasurer, DEFAULT_RC, labels && { labels });
  const labelsOf = (l: ReturnType<typeof place>) => l.entries.map((e) => e.label.text);
  it('unlabelled lines take labels in turn; a collection once; bands after the lines', () => {
    const l = place([line(''), line('_child1'), segment(0), segment(1)], [band('')], ['a', 'b', 'c', 'd']);
    assert.deepEqual(labelsOf(l), ['a', 'b', 'c', 'd']);
    assert.equal(l.entries[2].curve?.collection?.part, 0);
    assert.ok(l.entries[3].patch);
    assert.equal(l.warnings, undefined);
  });
  it('reverse=True lists them last first, labels given or not', () => {
    const reversed = (labels?: string[]) =>
      placeLegend(
        [{ curves: [line('x'), line('y'), line('z')], patches: [] }],
        'upper left',
        AXES,
        1,
        fixedMeasurer,
        DEFAULT_RC,
        { reverse: true, ...(labels && { labels }) },
      );
    assert.deepEqual(labelsOf(reversed()), ['z', 'y', 'x']);
    assert.deepEqual(labelsOf(reversed(['a', 'b'])), ['b', 'a']);
  });
  it("a figure's legend: each axes' lines, then its bands, axes by axes (_get_legend_handles)", () => {
    const sources = [
      { curves: [line('a1')], patches: [band('b1')] },
      { curves: [line('a2')], patches: [band('b2')] },
    ];
    const l = placeLegend(sources, 'upper right', AXES, 1, fixedMeasurer, DEFAULT_RC);
    assert.deepEqual(labelsOf(l), ['a1', 'b1', 'a2', 'b2']);
    const relabelled = placeLegend(sources, 'upper right', AXES, 1, fixedMeasurer, DEFAULT_RC, {
      labels: ['w', 'x', 'y'],
    });
    assert.deepEqual(
      relabelled.entries.map((e) => [e.label.text, e.curve?.label ?? e.patch?.layout.label]),
      [
        ['w', 'a1'],
        ['x', 'b1'],
        ['y', 'a2'],
      ],
    );
  });
  it('fewer labels than artists: the first ones; more: as many as there are artists', () => {
    assert.deepEqual(labelsOf(place([line('x'), line('y')], [], ['a'])), ['a']);
    assert.deepEqual(labelsOf(place([line('x')], [], ['a', 'b', 'c'])), ['a']);
  });
  it("'_nolegend_' artists are passed over; a label starting with '_' leaves its artist out, with a warning", () => {
    const l = place([line('_nolegend_'), line(''), line('')], [], ['_skip', 'b']);
    assert.deepEqual(labelsOf(l), ['b']);
    assert.deepEqual(l.warnings, [
      "The label '_skip' of a legend entry starts with '_'. It is thus excluded from the legend.",
    ]);
  });
  it('legend() with nothing labelled: an empty frame two border pads (0.4 of 10) across, and a warning', () => {
    const l = place([line(''), line('_child1')], []);
    assert.deepEqual(l.box, { left: 5, top: 5, right: 13, bottom: 13 });
    assert.equal(l.entries.length, 0);
    assert.match(l.warnings![0], /^No artists with labels found to put in legend/);
    // legend([]) asks for no entries: the same frame, no warning.
    assert.equal(place([line('a')], [], []).warnings, undefined);
  });
});
