/**
 * pyplot calls by their arguments: the literal reader against Python's own reading of the same text (worked
 * by hand from the language reference), the binding with matplotlib's aliases, and the options they become.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load';
import { planFigures } from '../../src/config/plan';
import { UsageError } from '../../src/errors';
import { layoutSpines } from '../../src/layout/spines';
import { buildFigure } from '../../src/spec/build';
import { bindCall, closingBracket, closingParen, isTuple, parseCallArgs } from '../../src/pycall';
import { readFigureLegend, readLegend } from '../../src/spec/legend-call';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { figureLayout } from '../../src/render/pipeline';
import { readGridCall, readMargins, readRefLine, readSpine } from '../../src/spec/pyplot-calls';
import { buildProgram, COMMANDS, parsePlotArgs, splitPanels } from '../../src/cli/main';
import { optionsFromCli } from '../../src/cli/options';
import type { AxesSpec } from '../../src/spec/types';
import { flagFor } from '../../src/cli/wording';

const at = ['panels', 0, 'axhline', 0];

describe('parseCallArgs: Python literals as ast.literal_eval reads them', () => {
  it('positional then keyword arguments, numbers in every notation', () => {
    const a = parseCallArgs("0, -1.5e-3, .5, 5., 1_000, color='k'", at);
    assert.deepEqual(a.positional, [0, -1.5e-3, 0.5, 5, 1000]);
    assert.deepEqual({ ...a.keywords }, { color: 'k' });
  });
  it('strings: both quotes, escapes, raw strings keep their backslashes', () => {
    const a = parseCallArgs(String.raw`'it\'s', "a\tb", r'$\sigma$', label="x = 1"`, at);
    assert.deepEqual(a.positional, ["it's", 'a\tb', '$\\sigma$']);
    assert.equal(a.keywords.label, 'x = 1');
  });
  it('True, False, None, bare words, tuples, lists and dicts, nested', () => {
    const a = parseCallArgs("True, False, None, left, position=('data', 0), xs=[1, [2, 3]], d={'a': 1, 2: 'b'}", at);
    assert.deepEqual(a.positional, [true, false, null, 'left']);
    assert.deepEqual(a.keywords.position, ['data', 0]);
    assert.deepEqual(a.keywords.xs, [1, [2, 3]]);
    assert.deepEqual({ ...(a.keywords.d as object) }, { a: 1, 2: 'b' });
  });
  it('tuples apart from lists, and a value in parentheses the value itself, as Python reads them', () => {
    const a = parseCallArgs('t=(0, 5), l=[0, 5], one=(5,), v=(5), n=((1, 2))', at);
    assert.deepEqual([isTuple(a.keywords.t), isTuple(a.keywords.l), isTuple(a.keywords.one)], [true, false, true]);
    assert.deepEqual([a.keywords.one, a.keywords.v, a.keywords.n], [[5], 5, [1, 2]]);
    assert.equal(isTuple(a.keywords.n), true);
  });
  it('empty text and a trailing comma, as Python allows', () => {
    assert.deepEqual(parseCallArgs('', at).positional, []);
    assert.deepEqual(parseCallArgs('1, 2,', at).positional, [1, 2]);
  });
  it('refuses what Python refuses, naming where', () => {
    for (const [text, pattern] of [
      ["color='k', 0", /keyword arguments after the positional ones/],
      ["'open", /closing '/],
      ['(1, 2', /expected ',' or '\)'/],
      ['a=1, a=2', /'a' is given twice/],
      ['1 2', /expected ','/],
      ['=3', /expected a value/],
    ] as const) {
      assert.throws(() => parseCallArgs(text, at), pattern, text);
    }
  });
  it('an error is data: the field, what was given, what is accepted', () => {
    try {
      parseCallArgs('(', at);
      assert.fail('no error');
    } catch (e) {
      assert.ok(e instanceof UsageError);
      assert.deepEqual(e.field, at);
      assert.equal(e.detail.given, "'('");
      assert.match(e.detail.expected ?? '', /call syntax/);
    }
  });
});

describe('closingBracket and closingParen: where a call or a literal closes', () => {
  // Positions counted by hand: the index of the character that closes the one at `open`.
  it('finds the matching bracket of any kind, nested', () => {
    assert.equal(closingBracket('f([1, (2, 3)], {4: 5})', 1), 21);
    assert.equal(closingBracket('f([1, (2, 3)], {4: 5})', 2), 12);
    assert.equal(closingBracket('f([1, (2, 3)], {4: 5})', 15), 20);
  });
  it('skips brackets inside quotes, escaped quotes too', () => {
    assert.equal(closingBracket("f(')', \"]\", 'a\\')b')", 1), 19);
    assert.equal(closingParen('f(\')\', "(")', 1), 10);
  });
  it('is -1 for a bracket that never closes, and for an unterminated string', () => {
    assert.equal(closingBracket('f((1, 2)', 1), -1);
    assert.equal(closingBracket("f('x)", 1), -1);
    assert.equal(closingParen('', 0), -1);
  });
  it('closingParen counts parentheses alone', () => {
    assert.equal(closingParen('f([1)]', 1), 4);
    assert.equal(closingBracket('g([x)', 1), -1); // the [ is still open
  });
});

describe('bindCall: matplotlib signatures and aliases', () => {
  const sig = { call: 'axhline', positional: ['y', 'xmin', 'xmax'], keywords: ['color'], aliases: { c: 'color' } };
  it('positions and aliases resolve to names', () => {
    assert.deepEqual({ ...bindCall(parseCallArgs("1, 0.2, c='r'", at), sig, at) }, { y: 1, xmin: 0.2, color: 'r' });
  });
  it('too many positional arguments, a name twice, an unknown keyword with a suggestion', () => {
    assert.throws(() => bindCall(parseCallArgs('1, 2, 3, 4', at), sig, at), /at most 3 positional/);
    assert.throws(() => bindCall(parseCallArgs('1, y=2', at), sig, at), /got y twice/);
    assert.throws(() => bindCall(parseCallArgs("colour='r'", at), sig, at), /did you mean 'color'/);
  });
});

describe('readRefLine: axhline and axvline with Line2D defaults', () => {
  it("defaults as matplotlib's: y=0 across the whole axes, C0, 1.5 pt, solid, zorder 2", () => {
    assert.deepEqual(readRefLine('h', '', at), {
      orientation: 'h',
      value: 0,
      span: [0, 1],
      color: 'C0',
      linestyle: '-',
      linewidth: 1.5,
      zorder: 2,
    });
  });
  it('text and values give the same line', () => {
    const fromText = readRefLine('v', "2, 0.1, 0.9, c='k', ls='dotted', lw=0.5, alpha=0.3, label='edge', zorder=1", at);
    const fromValues = readRefLine(
      'v',
      {
        x: 2,
        ymin: 0.1,
        ymax: 0.9,
        color: 'k',
        linestyle: 'dotted',
        linewidth: 0.5,
        alpha: 0.3,
        label: 'edge',
        zorder: 1,
      },
      at,
    );
    assert.deepEqual(fromText, fromValues);
    assert.equal(fromText.linestyle, ':');
  });
  it('a Line2D property actplot does not draw yet says so; a bad colour names the keyword', () => {
    assert.throws(
      () => readRefLine('h', "0, marker='o'", at),
      /axhline\(marker=\.\.\.\) is matplotlib's, but actplot does not draw it yet/,
    );
    assert.throws(
      () => readRefLine('h', '0, ms=4', at),
      /axhline\(ms=\.\.\.\) is matplotlib's, but actplot does not draw it yet/,
    );
    assert.throws(
      () => readRefLine('h', "0, color='blu'", at),
      (e: unknown) => e instanceof UsageError && e.field.join('.') === 'panels.0.axhline.0.color',
    );
  });
});

describe('readSpine and readLegend', () => {
  it("'zero' and 'center' are ('data', 0) and ('axes', 0.5); a list or 'all' names several spines", () => {
    assert.deepEqual(readSpine("left, position='zero'", at).spec.position, { kind: 'data', amount: 0 });
    assert.deepEqual(readSpine("bottom, position='center'", at).spec.position, { kind: 'axes', amount: 0.5 });
    assert.deepEqual(readSpine("['top', 'right'], visible=False", at).sides, ['top', 'right']);
    assert.deepEqual(readSpine('all, lw=2', at).sides, ['left', 'right', 'bottom', 'top']);
    assert.throws(() => readSpine('middle, visible=False', at), /expected a spine: left, right, bottom, top or all/);
    assert.throws(() => readSpine("left, position='somewhere'", at), /'zero', 'center'/);
  });
  it('legend(): a bare location as before, keywords, font size names as multiples of 10 pt', () => {
    assert.deepEqual(readLegend('upper left', at), { loc: 'upper left', style: {} });
    const r = readLegend("loc='lower right', fontsize='small', frameon=False", at);
    assert.equal(r.loc, 'lower right');
    assert.equal(r.style.frameon, false);
    assert.ok(Math.abs(r.style.fontsize! - 8.33) < 1e-9); // font_manager.font_scalings['small'] = 0.833
    assert.deepEqual(readLegend("ncols=2, title='beta', title_fontsize='large'", at).style, {
      ncol: 2,
      title: 'beta',
      titleFontsize: 12,
    });
    assert.throws(() => readLegend('ncol=0', at), /a whole number of columns, 1 to 100/);
    assert.deepEqual(readLegend('markerfirst=False', at), { style: { markerfirst: false } });
    assert.deepEqual(readLegend("alignment='left'", at), { style: { alignment: 'left' } });
    assert.deepEqual(readLegend('reverse=True', at), { style: { reverse: true } });
    assert.throws(() => readLegend("alignment='top'", at), /alignment: got 'top'; expected center, left, right/);
    assert.throws(
      () => readLegend('draggable=True', at),
      /legend\(draggable=\.\.\.\) is matplotlib's, but actplot does not draw it yet/,
    );
  });
  it('legend(labels): a list first or labels=, with the other keywords; a number as Python shows it', () => {
    assert.deepEqual(readLegend("['sigmoid', 'tanh'], loc='upper left'", at), {
      loc: 'upper left',
      style: { labels: ['sigmoid', 'tanh'] },
    });
    assert.deepEqual(readLegend("('y = x',)", at).style, { labels: ['y = x'] });
    assert.deepEqual(readLegend('labels=[1, 2.5]', at).style, { labels: ['1', '2.5'] });
    assert.deepEqual(readLegend({ labels: ['a'], frameon: false }, at).style, { labels: ['a'], frameon: false });
    // A bare string would be its characters in matplotlib: refused, with the list it likely meant.
    assert.throws(() => readLegend("labels='tanh'", at), /got 'tanh'; expected a list of labels.*write \['tanh'\]/);
    assert.throws(() => readLegend("['a'], labels=['b']", at), /legend\(\) got labels twice/);
    assert.throws(() => readLegend('[None]', at), /labels\[0\]: got 'None'; expected a label/);
    assert.throws(() => readLegend("handles=[l1], labels=['a']", at), /legend\(handles=\.\.\.\) is matplotlib's/);
  });
  it('legend(): bbox_to_anchor as a point or a box, loc as (x, y), the frame and padding keywords', () => {
    assert.deepEqual(readLegend("bbox_to_anchor=(1.02, 1), loc='upper left'", at), {
      loc: 'upper left',
      style: { anchor: [1.02, 1, 0, 0] },
    });
    assert.deepEqual(readLegend('bbox_to_anchor=[0, 1.02, 1, 0.2]', at).style.anchor, [0, 1.02, 1, 0.2]);
    assert.deepEqual(readLegend('loc=(0.05, 0.55)', at), { style: { corner: [0.05, 0.55] } });
    const style = readLegend(
      "framealpha=1, facecolor='inherit', edgecolor='k', fancybox=False, shadow=True, markerscale=2, " +
        "borderpad=1, labelspacing=0, labelcolor=['r', 'C1']",
      at,
    ).style;
    assert.deepEqual(style, {
      framealpha: 1,
      facecolor: 'inherit',
      edgecolor: 'k',
      fancybox: false,
      shadow: true,
      markerscale: 2,
      borderpad: 1,
      labelspacing: 0,
      labelcolor: ['r', 'C1'],
    });
    // The marker colours of a line are its colour: all three read as the handle's own.
    for (const c of ['linecolor', 'mfc', 'markeredgecolor'])
      assert.equal(readLegend(`labelcolor='${c}'`, at).style.labelcolor, 'linecolor');
    assert.throws(() => readLegend('bbox_to_anchor=(1, 2, 3)', at), /\(x, y\) or \(x, y, width, height\)/);
    assert.throws(() => readLegend('loc=(1, 2, 3)', at), /a location, or \(x, y\) in axes fractions/);
    assert.throws(() => readLegend('framealpha=2', at), /an opacity, 0 to 1/);
    assert.throws(() => readLegend('borderpad=-1', at), /font sizes, 0 to 100/);
    assert.throws(() => readLegend("facecolor='notacolour'", at), /colou?r/);
    assert.throws(() => readLegend('shadow=1', at), /True or False/);
    assert.equal(readLegend('numpoints=2', at).style.numpoints, 2);
    assert.throws(() => readLegend('numpoints=0', at), /a whole number of markers in a line handle, 1 to 100/);
    assert.equal(readLegend("mode='expand'", at).style.mode, 'expand');
    assert.deepEqual(readLegend('mode=None', at).style, {});
    assert.throws(() => readLegend("mode='fill'", at), /'expand' or None/);
  });
});

describe('layoutSpines: where matplotlib puts each spine', () => {
  // Axes from x 100 to 500 and y 50 (top) to 350 (bottom); data 0..10 on both axes; 2 canvas units a point.
  const box = { left: 100, right: 500, top: 50, bottom: 350 };
  const toX = (v: number) => 100 + v * 40;
  const toY = (v: number) => 350 - v * 30;
  const spec = (spines: AxesSpec['spines']) => ({ curves: [], sampling: {} as AxesSpec['sampling'], spines });
  it('at home by default; outward by points; at an axes fraction; at a data value', () => {
    const s = layoutSpines(
      spec({
        left: { position: { kind: 'outward', amount: 10 } },
        bottom: { position: { kind: 'axes', amount: 0.25 } },
        right: { position: { kind: 'data', amount: 5 } },
      }),
      box,
      toX,
      toY,
      2,
    );
    assert.equal(s.left.pos, 80); // 10 pt outward at 2 units a point
    assert.equal(s.bottom.pos, 275); // a quarter of the way up from 350 to 50
    assert.equal(s.right.pos, 300); // x = 5
    assert.equal(s.top.pos, 50);
  });
  it("color 'none' hides a spine, as set_visible(False) does", () => {
    const s = layoutSpines(spec({ top: { color: 'none' }, right: { visible: false } }), box, toX, toY, 1);
    assert.equal(s.top.visible, false);
    assert.equal(s.right.visible, false);
    assert.equal(s.left.visible, true);
  });
  it('set_bounds(low, high): from low to high along the axis; an end never set draws no spine', () => {
    const s = layoutSpines(spec({ left: { bounds: [2, 8] }, bottom: { bounds: [1, 4] } }), box, toX, toY, 1);
    assert.deepEqual(s.left.span, [290, 110]); // y 2 and 8
    assert.deepEqual(s.bottom.span, [140, 260]); // x 1 and 4
    // matplotlib 3.6: a fresh spine's set_bounds(-4, None) leaves a NaN end in its path, and nothing is drawn.
    const none = layoutSpines(spec({ bottom: { bounds: [1, null] } }), box, toX, toY, 1);
    assert.equal(none.bottom.visible, false);
  });
  it('a later set_bounds(None, high) keeps the low end set before, as Spine.set_bounds does', () => {
    const fig = buildFigure({
      panels: [{ curves: [{ function: 'relu' }], spine: ['bottom, bounds=(-4, 4)', 'bottom, bounds=(None, 5)'] }],
    });
    assert.deepEqual(fig.axes[0].spines?.bottom?.bounds, [-4, 5]);
    assert.throws(() => readSpine('left, bounds=(1, 2, 3)', ['spine']), /\(low, high\): two finite numbers/);
  });
});

describe('the builder and the command line word the same fields', () => {
  it('options from the API reach the axes; an error is worded with its flag and keyword', () => {
    const fig = buildFigure({
      panels: [
        {
          curves: [{ function: 'relu' }],
          axhline: [{ y: 1 }],
          spine: ['left, position=zero'],
          legend: { frameon: false },
        },
      ],
    });
    assert.equal(fig.axes[0].refLines?.[0].value, 1);
    assert.deepEqual(fig.axes[0].spines?.left?.position, { kind: 'data', amount: 0 });
    assert.equal(fig.axes[0].legendStyle?.frameon, false);
    assert.equal(flagFor(['panels', 0, 'axhline', 0, 'color']), '--axhline color');
    assert.equal(flagFor(['panels', 0, 'legend']), '--legend');
  });
  it("legend()'s keywords by name from the API, as the command line's text gives them", () => {
    const byName = buildFigure({
      panels: [
        {
          curves: [{ function: 'relu' }],
          legend: {
            labels: ['ReLU'],
            bbox_to_anchor: [1.02, 1],
            loc: 'upper left',
            shadow: true,
            labelcolor: 'linecolor',
          },
        },
      ],
    }).axes[0];
    const byText = buildFigure({
      panels: [
        {
          curves: [{ function: 'relu' }],
          legend: "['ReLU'], bbox_to_anchor=(1.02, 1), loc='upper left', shadow=True, labelcolor='linecolor'",
        },
      ],
    }).axes[0];
    assert.deepEqual(byName.legendStyle, {
      labels: ['ReLU'],
      anchor: [1.02, 1, 0, 0],
      shadow: true,
      labelcolor: 'linecolor',
    });
    assert.deepEqual([byName.legend, byName.legendStyle], [byText.legend, byText.legendStyle]);
    assert.throws(
      () => buildFigure({ panels: [{ curves: [{ function: 'relu' }], legend: { loc: [0.1, 0.2, 0.3] as never } }] }),
      /legend\.loc: got '\[0\.1, 0\.2, 0\.3\]'; expected a location, or \(x, y\) in axes fractions/,
    );
  });
});

describe("layout='constrained'", () => {
  const relu = [{ curves: [{ function: 'relu' }] }];
  it("takes the rc's pads and spaces, or the engine's keywords (pads in inches)", () => {
    assert.deepEqual(buildFigure({ panels: relu, constrainedLayout: true }).constrainedLayout, {
      wPad: 0.04167,
      hPad: 0.04167,
      wspace: 0.02,
      hspace: 0.02,
    });
    const given = buildFigure({ panels: relu, constrainedLayout: 'w_pad=0.1, hspace=0.05' }).constrainedLayout;
    assert.deepEqual(given, { wPad: 0.1, hPad: 0.04167, wspace: 0.02, hspace: 0.05 });
    assert.throws(
      () => buildFigure({ panels: relu, constrainedLayout: 'w_pad=-1' }),
      /constrainedLayout\.w_pad: got '-1'; expected inches from 0 to 10/,
    );
    assert.throws(
      () => buildFigure({ panels: relu, constrainedLayout: 'rect=(0, 0, 1, 1)' }),
      /constrained_layout\(rect=\.\.\.\) is matplotlib's, but actplot does not draw it yet/,
    );
  });
  it('figure.constrained_layout.use turns it on; figure.autolayout outranks it, as Figure() reads them', () => {
    const byRc = buildFigure({ panels: relu, rc: ['figure.constrained_layout.use=True'] });
    assert.ok(byRc.constrainedLayout && !byRc.tightLayout);
    const both = buildFigure({ panels: relu, rc: ['figure.constrained_layout.use=True', 'figure.autolayout=True'] });
    assert.ok(both.tightLayout && !both.constrainedLayout);
  });
  it("a tight_layout() call wins, and subplots_adjust() is ignored, each with matplotlib's warning", () => {
    const tight = buildFigure({ panels: relu, constrainedLayout: true, tightLayout: true });
    assert.ok(tight.tightLayout && !tight.constrainedLayout);
    assert.deepEqual(tight.warnings, ['The figure layout has changed to tight']);
    const adjusted = buildFigure({ panels: relu, constrainedLayout: true, subplotsAdjust: 'left=0.3' });
    assert.equal(adjusted.subplotsAdjust, undefined);
    assert.match(String(adjusted.warnings), /incompatible with subplots_adjust and\/or tight_layout; not calling/);
  });
});

describe('ax.set(...)', () => {
  it('gives the options of its keywords, from the command line, a config and the API alike', () => {
    const args = ['relu', '--set', "title='ReLU', xlabel='x', xlim=(-2, None), xticks=[-2, 0, 2], aspect='equal'"];
    const byCli = buildFigure(optionsFromCli(parsePlotArgs(args).panels)).axes[0];
    assert.deepEqual(
      [byCli.title, byCli.xlabel, byCli.xlim, byCli.xticks, byCli.aspect],
      ['ReLU', 'x', [-2, null], [-2, 0, 2], 1],
    );
    const byApi = buildFigure({
      panels: [
        {
          curves: [{ function: 'relu' }],
          set: { title: 'ReLU', xlabel: 'x', xlim: [-2, null], xticks: [-2, 0, 2], aspect: 'equal' },
        },
      ],
    }).axes[0];
    assert.deepEqual([byApi.title, byApi.xlim, byApi.xticks], [byCli.title, byCli.xlim, byCli.xticks]);
    // xticklabels with xticks in the same call are plt.xticks(ticks, labels): sorted with their ticks, quotes kept.
    const labelled = buildFigure({
      panels: [{ curves: [{ function: 'relu' }], set: "xticks=[1, -1], xticklabels=['one', \"it's -1\"]" }],
    }).axes[0];
    assert.deepEqual(
      [labelled.xticks, labelled.xtickLabels],
      [
        [-1, 1],
        ["it's -1", 'one'],
      ],
    );
    // facecolor (fc): the axes' own background, over axes.facecolor.
    const grey = buildFigure({ panels: [{ curves: [{ function: 'relu' }], set: "fc='0.9'" }] });
    assert.equal(grey.axes[0].facecolor, '0.9');
    assert.equal(figureLayout(grey, 'png').axes[0].facecolor, 'rgb(230, 230, 230)'); // 0.9 of 255
    const [planned] = planFigures(
      parseConfig('figures:\n  - {name: a, function: relu, set: "title=\'ReLU\'"}\n', 'c.yaml'),
      'c.yaml',
    );
    assert.equal(planned.spec.axes[0].title, 'ReLU');
  });
  it('refuses a keyword given on its own too, a scale actplot does not draw, and what it does not draw', () => {
    const build = (set: string, more: object = {}) =>
      buildFigure({ panels: [{ curves: [{ function: 'relu' }], set, ...more }] });
    assert.throws(() => build("title='B'", { title: 'A' }), /set\.title: given twice, in set\(\) and on its own/);
    assert.throws(() => build("yscale='logit'"), /the 'logit' scale is matplotlib's, but actplot does not draw it/);
    assert.deepEqual(build("yscale='log'").axes[0].yscale, { base: 10, nonpositive: 'clip' });
    // SymmetricalLogScale's defaults (matplotlib 3.6): base 10, linthresh 2, linscale 1.
    assert.deepEqual(build("xscale='symlog'").axes[0].xscale, { kind: 'symlog', base: 10, linthresh: 2, linscale: 1 });
    assert.throws(
      () => build('adjustable="box"'),
      /set\(adjustable=\.\.\.\) is matplotlib's, but actplot does not draw it yet/,
    );
    assert.throws(() => build('frame_on=False', { frameOn: true }), /set\.frame_on: given twice/);
    assert.throws(() => build("facecolor='nocolour'"), /facecolor/);
    // Alone, the labels of the ticks the axis has: Axis.set_ticklabels' (the layout's test is locators.test.ts).
    assert.deepEqual(build("xticklabels=['a']").axes[0].xtickLabels, ['a']);
    assert.throws(() => build("xticklabels='abc'"), /set\.xticklabels: got 'abc'; expected a list of labels/);
    assert.throws(() => build("titel='B'"), /did you mean 'title'/);
    assert.throws(() => build('xlim=(1, 2, 3)'), /xlim: got '\(1, 2, 3\)'; expected \(left, right\)/);
  });
});

describe('minorticks_on() and minorticks_off()', () => {
  const minorVisible = (fig: ReturnType<typeof buildFigure>) =>
    fig.axes[0].tickParams?.map((t) => [t.axes, t.rc['xtick.minor.visible'], t.rc['ytick.minor.visible']]);
  it("turn both axes' minor ticks on or off, from the command line, a config and the API alike", () => {
    const cliFig = buildFigure(optionsFromCli(parsePlotArgs(['relu', '--minorticks-on']).panels));
    assert.deepEqual(minorVisible(cliFig), [[['x', 'y'], true, true]]);
    const off = buildFigure(optionsFromCli(parsePlotArgs(['relu', '--minorticks-off']).panels));
    assert.deepEqual(minorVisible(off), [[['x', 'y'], false, false]]);
    const api = buildFigure({ panels: [{ curves: [{ function: 'relu' }], minorticks: true }] });
    assert.deepEqual(minorVisible(api), minorVisible(cliFig));
    const [planned] = planFigures(
      parseConfig('figures:\n  - {name: a, function: relu, minorticks: true}\n', 'c.yaml'),
      'c.yaml',
    );
    assert.deepEqual(minorVisible(planned.spec), minorVisible(cliFig));
    assert.throws(
      () => optionsFromCli(parsePlotArgs(['relu', '--minorticks-on', '--minorticks-off']).panels),
      /--minorticks-on: and --minorticks-off both given; give one/,
    );
  });
});

describe("grid() by its arguments, as the command line's --grid and a config's grid text give them", () => {
  const axesOf = (args: string[]) => buildFigure(optionsFromCli(parsePlotArgs(args).panels)).axes[0];
  it('keywords turn it on and style it; visible, which and axis by position or name', () => {
    assert.deepEqual(readGridCall("True, linestyle='--', alpha=0.5", at).call, {
      visible: true,
      axis: 'both',
      which: 'major',
      style: { linestyle: '--', alpha: 0.5 },
    });
    assert.deepEqual(readGridCall("True, 'both', 'y', c='0.8', lw=2", at).call, {
      visible: true,
      axis: 'y',
      which: 'both',
      style: { color: '0.8', linewidth: 2 },
    });
    assert.deepEqual(readGridCall('False', at).call, { visible: false, axis: 'both', which: 'major', style: {} });
    // Axis.grid: neither visible nor a line property toggles the lines (not self._major_tick_kw['gridOn']).
    assert.deepEqual(readGridCall("which='minor'", at).call, {
      visible: 'toggle',
      axis: 'both',
      which: 'minor',
      style: {},
    });
    assert.deepEqual(readGridCall("alpha=0.3, axis='x'", at).call.visible, true);
  });
  it("line properties after False turn it on, with matplotlib's warning", () => {
    const r = readGridCall("False, color='r'", at);
    assert.equal(r.call.visible, true);
    assert.match(r.warning!, /^First parameter to grid\(\) is false, but line properties are supplied/);
  });
  it('refuses what grid() refuses, and says what is not drawn yet', () => {
    assert.throws(() => readGridCall("colr='r'", at), /did you mean 'color'/);
    assert.throws(() => readGridCall("which='sometimes'", at), /expected major, minor, both/);
    assert.throws(() => readGridCall('zorder=3', at), /grid\(zorder=\.\.\.\) is matplotlib's, but actplot/);
  });
  it('--grid takes the next word as its arguments only when it is some: a bare word is the next function', () => {
    const ax = axesOf(['--grid', 'sigmoid', 'tanh']);
    assert.deepEqual(ax.grids?.at(-1), { visible: true, axis: 'both', which: 'major', style: {} });
    assert.deepEqual(
      ax.curves.map((c) => c.fn),
      ['sigmoid', 'tanh'],
    );
    const styled = axesOf(['sigmoid', '--grid', "axis='x', ls=':'"]);
    assert.deepEqual(styled.grids?.at(-1), { visible: true, axis: 'x', which: 'major', style: { linestyle: ':' } });
    assert.equal(axesOf(['sigmoid', '--grid', 'False']).grids?.at(-1)?.visible, false);
  });
});

describe("the other commands' options are their own", () => {
  it("eval's --grid is a flag, and the list of commands is the program's", () => {
    assert.deepEqual(splitPanels(['eval', 'swiglu', '--grid', 'x']), [['eval', 'swiglu', '--grid', 'x']]);
    assert.deepEqual(splitPanels(['swiglu', '--grid']), [['swiglu', '--grid=']]);
    // Words before the first --panel that draw nothing are the first panel's; --all-panels words go to every one.
    assert.deepEqual(splitPanels(['--layout', '1x2', '--panel', 'relu', '--panel', 'gelu']), [
      ['--layout', '1x2', 'relu'],
      ['gelu'],
    ]);
    assert.deepEqual(splitPanels(['--all-panels', '--ylim', '0,1', '--panel', 'relu', '--panel', 'gelu']), [
      ['--ylim', '0,1', 'relu'],
      ['--ylim', '0,1', 'gelu'],
    ]);
    assert.deepEqual(splitPanels(['sigmoid', '--panel', 'gelu']), [['sigmoid'], ['gelu']]);
    assert.deepEqual(splitPanels(['--expr', 'x * x', '--panel', 'gelu']), [['--expr', 'x * x'], ['gelu']]);
    // Words that do not parse stay where they are, to be reported as given.
    assert.deepEqual(splitPanels(['--bogus', '--panel', 'relu']), [['--bogus'], ['relu']]);
    const names = buildProgram([], () => undefined, undefined, []).commands.map((c) => c.name());
    assert.deepEqual([...names, 'help'].sort(), [...COMMANDS].sort());
  });
});

describe('fig.legend(): one legend of every axes, placed on the figure', () => {
  it("legend.loc's 'best' becomes 'upper right', as Legend does for a figure; 'best' given is refused", () => {
    assert.deepEqual(readFigureLegend(true, DEFAULT_RC), { loc: 'upper right', style: {} });
    assert.deepEqual(readFigureLegend("loc='upper center', ncol=4", DEFAULT_RC), {
      loc: 'upper center',
      style: { ncol: 4 },
    });
    assert.throws(() => readFigureLegend("loc='best'", DEFAULT_RC), /a location other than 'best'/);
  });
  it("lists each panel's labelled lines in panel order, inside the figure at its location", () => {
    const fig = buildFigure({
      panels: [
        { curves: [{ function: 'sigmoid' }, { function: 'tanh' }], label: ['a', 'b'], legend: false },
        { curves: [{ function: 'relu' }], label: ['c'], legend: false },
      ],
      figlegend: "loc='lower left'",
    });
    const layout = figureLayout(fig, 'png');
    assert.deepEqual(
      layout.legend!.entries.map((e) => e.label.text),
      ['a', 'b', 'c'],
    );
    // lower left, borderaxespad 0.5 of the 10-point legend font (5 points, 6.94 px at 100 dpi) from the edges.
    assert.ok(Math.abs(layout.legend!.box.left - 5 * (100 / 72)) < 1e-9);
    assert.ok(Math.abs(layout.legend!.box.bottom - (layout.height - 5 * (100 / 72))) < 1e-9);
    assert.equal(layout.axes[0].legend, undefined);
  });
  it('--figlegend takes the next word only when it is a location or keywords', () => {
    assert.deepEqual(splitPanels(['--figlegend', 'sigmoid']), [['--figlegend=', 'sigmoid']]);
    assert.deepEqual(splitPanels(['sigmoid', '--figlegend', 'upper center']), [
      ['sigmoid', '--figlegend', 'upper center'],
    ]);
  });
});

describe('margins(): the autoscale margins of one axes', () => {
  it('one value for both, x and y by position or name; above -0.5, as Axes.margins checks', () => {
    // tight: True by default (Axes.margins' signature), as the call passes it; None leaves autoscale's as it was.
    assert.deepEqual(readMargins('0', at), { margins: { x: 0, y: 0 }, tight: true });
    assert.deepEqual(readMargins('0.1, 0.3', at), { margins: { x: 0.1, y: 0.3 }, tight: true });
    assert.deepEqual(readMargins('x=0', at), { margins: { x: 0 }, tight: true });
    assert.deepEqual(readMargins({ y: 0.2 }, at), { margins: { y: 0.2 }, tight: true });
    assert.deepEqual(readMargins(0.05, at), { margins: { x: 0.05, y: 0.05 }, tight: true });
    assert.deepEqual(readMargins('0.1, tight=None', at), { margins: { x: 0.1, y: 0.1 } });
    assert.deepEqual(readMargins('0.1, tight=False', at), { margins: { x: 0.1, y: 0.1 }, tight: false });
    assert.throws(() => readMargins('y=-0.5', at), /above -0\.5/);
    assert.throws(() => readMargins("tight='yes'", at), /True, False or None/);
  });
  it("x=0: the view is the data's span; y=0.15: 15 % of it on each side", () => {
    const ax = figureLayout(
      buildFigure({
        style: ['matplotlib'],
        panels: [{ curves: [{ function: 'relu' }], from: -3, to: 3, step: 0.5, margins: 'x=0, y=0.15' }],
      }),
      'png',
    ).axes[0];
    // x from -3 to 2.5 (arange's last value), relu from 0 to 2.5: 2.5 × 0.15 = 0.375 each side.
    assert.deepEqual(ax.xlim, [-3, 2.5]);
    assert.ok(Math.abs(ax.ylim[0] + 0.375) < 1e-12 && Math.abs(ax.ylim[1] - 2.875) < 1e-12, String(ax.ylim));
  });
});

describe('legend(prop={...})', () => {
  // Legend.__init__ (3.6): a prop dict wins over fontsize=, and one without a size is legend.fontsize.
  it("takes the labels' size and face from prop, over fontsize=", () => {
    const { style } = readLegend("fontsize=14, prop={'size': 8, 'weight': 'bold'}", ['legend']);
    assert.deepEqual([style.fontsize, style.font], [8, { weight: 'bold' }]);
    assert.equal(readLegend("fontsize=14, prop={'style': 'italic'}", ['legend']).style.fontsize, undefined);
  });
  it('refuses what is no font property, and says what is not drawn yet', () => {
    assert.throws(() => readLegend("prop={'sise': 8}", ['legend']), /did you mean 'size'/);
    assert.throws(() => readLegend("prop={'variant': 'small-caps'}", ['legend']), /variant is matplotlib's/);
    assert.throws(() => readLegend("prop='bold'", ['legend']), /a dict of font properties/);
  });
});

describe('set_frame_on(False) and plt.box(False)', () => {
  // Axes.draw leaves the patch and the spines out when the frame is off; the ticks and labels stay.
  it('draw no background and no spines, and keep the ticks', () => {
    for (const args of [
      ['relu', '--box', 'False'],
      ['relu', '--set', 'frame_on=False'],
    ]) {
      const ax = figureLayout(buildFigure(optionsFromCli(parsePlotArgs(args).panels)), 'png').axes[0];
      assert.deepEqual(
        [ax.facecolor, Object.values(ax.spines).some((s) => s.visible), ax.xTicks.length > 0],
        [undefined, false, true],
        args.join(' '),
      );
    }
    assert.throws(
      () =>
        parsePlotArgs(['relu', '--box', 'maybe']) && optionsFromCli(parsePlotArgs(['relu', '--box', 'maybe']).panels),
      /True or False/,
    );
  });
});
