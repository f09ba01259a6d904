/**
 * An Axis's methods as a script calls them, read as matplotlib 3.6's axis.py does: set_ticks_position's
 * tick_params for each position, tick_top() and its kin keeping labels off that were off, the y label and
 * offset text moved right. Expected values are those of axis.py's source (XAxis/YAxis.set_ticks_position).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { formatterOf } from '../../src/layout/formatters';
import { tickSettings } from '../../src/layout/tick-settings';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { parseConfig } from '../../src/config/load';
import { planFigures } from '../../src/config/plan';
import { scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { figureLayout } from '../../src/render/pipeline';

const axesOf = (panel: Record<string, unknown>) =>
  buildFigure({ style: 'matplotlib', panels: [{ curves: [{ function: 'relu' }], ...panel }] }).axes[0];
const sidesOf = (panel: Record<string, unknown>) => {
  const t = tickSettings(axesOf(panel).tickParams ?? [], DEFAULT_RC);
  return { marks: t.marks, labels: t.labels };
};

describe("ax.xaxis and ax.yaxis methods (--xaxis, --yaxis; a config's xaxis, yaxis)", () => {
  // Axes.set_xticks and Axes.set_xticklabels call self.xaxis.set_ticks / set_ticklabels (matplotlib 3.6's
  // _axis_method_wrapper), so the Axes' names set what the Axis' do.
  it("takes the Axes' own names, ax.set_xticks(...) and ax.set_yticklabels(...), as the Axis' methods", () => {
    assert.deepEqual(
      axesOf({ xaxis: ['ax.set_xticks([-4, 0, 4])', "ax.set_xticklabels(['a', 'b', 'c'])"] }),
      axesOf({ xaxis: ['set_ticks([-4, 0, 4])', "set_ticklabels(['a', 'b', 'c'])"] }),
    );
    assert.deepEqual(
      axesOf({ yaxis: ["ax.set_yticklabels(['lo', 'hi'])"] }),
      axesOf({ yaxis: ["ax.yaxis.set_ticklabels(['lo', 'hi'])"] }),
    );
    assert.throws(() => axesOf({ xaxis: ["ax.set_yticklabels(['a'])"] }), /not of the yaxis/);
  });
  it("set_ticks_position('top'): marks and labels on the top only; 'bottom' back; 'both' and 'none' the marks alone", () => {
    assert.deepEqual(sidesOf({ xaxis: ["set_ticks_position('top')"] }).marks, {
      bottom: false,
      top: true,
      left: true,
      right: false,
    });
    assert.deepEqual(sidesOf({ xaxis: ["set_ticks_position('top')"] }).labels, {
      bottom: false,
      top: true,
      left: true,
      right: false,
    });
    const back = sidesOf({ xaxis: ["set_ticks_position('top')", "ax.xaxis.set_ticks_position('bottom')"] });
    assert.deepEqual(
      [back.marks.top, back.marks.bottom, back.labels.top, back.labels.bottom],
      [false, true, false, true],
    );
    const both = sidesOf({ yaxis: ["set_ticks_position('both')"] });
    assert.deepEqual(
      [both.marks.left, both.marks.right, both.labels.left, both.labels.right],
      [true, true, true, false],
    );
    const none = sidesOf({ yaxis: ["set_ticks_position('none')"] });
    assert.deepEqual([none.marks.left, none.marks.right, none.labels.left], [false, false, true]);
  });
  it("'default': marks on both sides, labels on the near one", () => {
    const d = sidesOf({ xaxis: ["set_ticks_position('default')"] });
    assert.deepEqual([d.marks.bottom, d.marks.top, d.labels.bottom, d.labels.top], [true, true, true, false]);
  });
  it('tick_right() moves the offset text with the ticks; set_label_position moves the label alone', () => {
    const a = axesOf({ yaxis: ['tick_right()'] });
    assert.equal(a.yOffsetRight, true);
    assert.equal(a.yLabelRight, undefined);
    const b = axesOf({ yaxis: ["set_label_position('right')"] });
    assert.deepEqual([b.yOffsetRight, b.yLabelRight], [undefined, true]);
    const c = axesOf({ yaxis: ['tick_right()', "set_ticks_position('left')"] });
    assert.equal(c.yOffsetRight, undefined);
    // XAxis: 'top' puts the offset text above; 'both' leaves it there, 'bottom' and 'default' bring it back.
    assert.equal(axesOf({ xaxis: ['tick_top()', "set_ticks_position('both')"] }).xOffsetTop, true);
    assert.equal(axesOf({ xaxis: ['tick_top()', "set_ticks_position('default')"] }).xOffsetTop, undefined);
    // XAxis.set_label_position('top'): the label alone goes above; 'bottom' brings it back.
    assert.deepEqual([axesOf({ xaxis: ["set_label_position('top')"] }).xLabelTop, b.xOffsetTop], [true, undefined]);
    assert.equal(axesOf({ xaxis: ["set_label_position('top')", "set_label_position('bottom')"] }).xLabelTop, undefined);
  });
  it('tick_top() keeps labels off that tick_params turned off before it (label1On and label2On both off)', () => {
    const off = sidesOf({ tickParams: ['labelbottom=False'], xaxis: ['tick_top()'] });
    assert.deepEqual([off.marks.top, off.labels.top, off.labels.bottom], [true, false, false]);
    const on = sidesOf({ xaxis: ['tick_top()'] });
    assert.deepEqual([on.marks.top, on.labels.top, on.labels.bottom], [true, true, false]);
  });
  it('set_major_formatter: FormatStrFormatter, StrMethodFormatter or a format string; set_major_locator', () => {
    const a = axesOf({
      xticks: [0, 1],
      xaxis: ["set_major_formatter(mticker.FormatStrFormatter('%.1f'))", 'set_major_locator(MultipleLocator(0.5))'],
      yaxis: ["set_major_formatter(StrMethodFormatter('{x:.0%}'))"],
    });
    assert.deepEqual(a.xformatter, { kind: 'printf', format: '%.1f' });
    assert.deepEqual(a.yformatter, { kind: 'str', format: '{x:.0%}' });
    // The locator replaces the fixed ticks given before it, as set_major_locator replaces the FixedLocator.
    assert.deepEqual([a.xlocator, a.xticks], [{ kind: 'multiple', base: 0.5 }, undefined]);
    assert.deepEqual(axesOf({ yaxis: ["set_major_formatter('{x:.2f} V')"] }).yformatter, {
      kind: 'str',
      format: '{x:.2f} V',
    });
  });
  it('set_major_formatter(PercentFormatter(...)): labels as matplotlib formats them for the view', () => {
    // matplotlib 3.6's PercentFormatter on a y axis with these limits, its labels printed by Python.
    const cases: [string, [number, number], number[], string[]][] = [
      ['PercentFormatter(1.0)', [0, 1], [0, 0.25, 0.5, 1, -0.25], ['0%', '25%', '50%', '100%', '\u221225%']],
      ['PercentFormatter(100)', [0, 3], [0.5, 1, -2.5], ['0.50%', '1.00%', '\u22122.50%']],
      ['PercentFormatter(1.0, 1)', [0, 1], [0.123, -0.5], ['12.3%', '\u221250.0%']],
      ["mtick.PercentFormatter(1.0, None, ' pct')", [0, 0.002], [0.0005, 0.001], ['0.050 pct', '0.100 pct']],
      ['PercentFormatter(1.0, None, None)', [0, 100], [10, 50], ['1000', '5000']],
    ];
    for (const [call, [lo, hi], xs, labels] of cases) {
      const f = axesOf({ yaxis: [`set_major_formatter(${call})`] }).yformatter!;
      const format = formatterOf(f, { viewRange: hi - lo, unicodeMinus: true });
      assert.deepEqual(
        xs.map((x) => format(x, 0)),
        labels,
        call,
      );
    }
    assert.throws(() => axesOf({ yaxis: ['set_major_formatter(PercentFormatter(0))'] }), /xmax: got '0'/);
    assert.throws(() => axesOf({ yaxis: ['set_major_formatter(PercentFormatter(1, 1.5))'] }), /decimals: got '1\.5'/);
  });
  it('set_minor_locator: AutoMinorLocator(n), MultipleLocator(base), NullLocator()', () => {
    const a = axesOf({
      xaxis: ['set_minor_locator(AutoMinorLocator())', 'set_minor_locator(ticker.AutoMinorLocator(n=4))'],
      yaxis: ['set_minor_locator(MultipleLocator(0.05))'],
    });
    assert.deepEqual(
      [a.xminorLocator, a.yminorLocator],
      [
        { kind: 'auto', n: 4 },
        { kind: 'multiple', base: 0.05 },
      ],
    );
    assert.deepEqual(axesOf({ xaxis: ['set_minor_locator(NullLocator())'] }).xminorLocator, { kind: 'null' });
  });
  it("a config's xaxis and yaxis keys, one call or a list; an error placed at its key", () => {
    const yaml = (v: string) => `figures:\n  - {name: f, function: relu, style: matplotlib, ${v}}\n`;
    const [f] = planFigures(parseConfig(yaml(`xaxis: "tick_top()", yaxis: ["tick_right()"]`), 'c.yaml'), 'c.yaml');
    const t = tickSettings(f.spec.axes[0].tickParams ?? [], DEFAULT_RC);
    assert.deepEqual([t.marks.top, t.marks.bottom, t.marks.right, t.marks.left], [true, false, true, false]);
    assert.throws(
      () => planFigures(parseConfig(yaml(`yaxis: "tick_up()"`), 'c.yaml'), 'c.yaml'),
      /figures\[0\]\.yaxis\[0\]: got 'tick_up'; expected one of the y axis's methods/,
    );
  });
  it('refuses an unknown method, the other axis, a bad position and the x label on top, each in one line', async () => {
    const dir = scratch();
    for (const [args, pattern] of [
      [
        ['--xaxis', "set_tick_position('bottom')"],
        /^actplot: --xaxis: got 'set_tick_position'; expected one of the x axis's methods actplot draws: .* \(did you mean 'set_ticks_position'/,
      ],
      [
        ['--xaxis', 'ax.yaxis.tick_left()'],
        /^actplot: --xaxis: got 'ax\.yaxis\.tick_left\(\)'; expected a method of the x axis \(xaxis\), not of the yaxis/,
      ],
      [
        ['--yaxis', "set_ticks_position('top')"],
        /^actplot: --yaxis position: got 'top'; expected 'left', 'right', 'both', 'default', 'none'/,
      ],
      [['--xaxis', "set_label_position('left')"], /^actplot: --xaxis position: got 'left'; expected 'top', 'bottom'/],
      [
        ['--xaxis', 'tick_top'],
        /^actplot: --xaxis: got 'tick_top'; expected a method of the x axis as a script calls it/,
      ],
      [
        ['--yaxis', "set_major_formatter(FormatStrFormatter('%.2f %.2f'))"],
        /^actplot: --yaxis fmt: got '%\.2f %\.2f'; expected a '%' format of one number/,
      ],
      [
        ['--yaxis', "set_major_formatter('{x:d}')"],
        /^actplot: --yaxis fmt: got '\{x:d\}'; expected a str\.format string of x/,
      ],
      [
        ['--yaxis', 'set_major_formatter(FuncFormatter(f))'],
        /^actplot: --yaxis: got 'FuncFormatter\(f\)'; expected a formatter as a script makes one.*\(a function \(FuncFormatter, a lambda\) is not drawn/,
      ],
    ] as const) {
      const r = await cli(['relu', ...args, '-o', 'a.png'], dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });
});

describe("xaxis.set_label_position('top') where matplotlib 3.6 puts it", () => {
  // matplotlib 3.6, a 6.4x4.8 figure at 100 dpi: plt.plot(sigmoid); xlabel('x'); title('sigmoid');
  // ax.xaxis.set_label_position('top') [; ax.xaxis.tick_top()]: the label's and the title's window extents,
  // y measured down from the figure's top (480 - y1): label 41.04, title 20.71; with tick_top 17.32 and -3.01.
  const tops = (extra: string[]) => {
    const { panels } = parsePlotArgs([
      ...['sigmoid', '--from', '-5', '--to', '5', '--step', '0.01', '--style', 'matplotlib', '--xlabel', 'x'],
      ...['--title', 'sigmoid', '--xaxis', "set_label_position('top')", ...extra],
    ]);
    const texts = figureLayout(figureFor(panels).fig, 'png').axes[0].texts;
    return ['x', 'sigmoid'].map((s) => Number(texts.find((t) => t.text === s)!.box.top.toFixed(2)));
  };
  it('above the axes by labelpad, its baseline there; the title above it', () => {
    assert.deepEqual(tops([]), [41.04, 20.71]);
  });
  it('above the tick labels moved on top, the title above both', () => {
    assert.deepEqual(tops(['--xaxis', 'tick_top()']), [17.32, -3.01]);
  });
});

describe('Axis.set_visible(False): the axis goes, its spine stays', () => {
  // matplotlib 3.6, a 6.4x4.8 figure at 100 dpi: plot(tanh) over arange(-5, 5, 0.01), xlabel('x'),
  // ylabel('activation'), ax.get_yaxis().set_visible(False), tight_layout(): the axes' left at 0.0310330 of
  // the width (19.86 px): the pad (15 px) and the left spine's box, which still takes in the hidden tick marks.
  const layoutOf = (extra: string[]) => {
    const { panels } = parsePlotArgs([
      ...['tanh', '--from', '-5', '--to', '5', '--step', '0.01', '--style', 'matplotlib'],
      ...['--xlabel', 'x', '--ylabel', 'activation', '--tight-layout', ...extra],
    ]);
    return figureLayout(figureFor(panels).fig, 'png').axes[0];
  };
  it('draws no ticks, tick labels or label of that axis; tight_layout lays out the rest as matplotlib', () => {
    const ax = layoutOf(['--yaxis', 'ax.get_yaxis().set_visible(False)', '--tick-params', "axis='y', labelleft=True"]);
    assert.ok(ax.yTicks.length > 0 && ax.yTicks.every((t) => t.label.text === ''));
    assert.equal(ax.ticks.y.shown, false);
    assert.equal(
      ax.texts.some((t) => t.text === 'activation'),
      false,
    );
    assert.ok(ax.texts.some((t) => t.text === 'x'));
    assert.ok(Math.abs(ax.box.left - 0.031033 * 640) < 0.01, `left ${ax.box.left}`);
  });
  it('set_visible(True) after it shows the axis again; anything but True or False is refused', () => {
    const ax = layoutOf(['--xaxis', 'set_visible(False)', '--xaxis', 'ax.get_xaxis().set_visible(True)']);
    assert.ok(ax.xTicks.some((t) => t.label.text !== '') && ax.ticks.x.shown);
    assert.throws(() => axesOf({ xaxis: ["set_visible('no')"] }), /got 'no'; expected True or False/);
    assert.throws(() => axesOf({ xaxis: ['ax.get_yaxis().set_visible(False)'] }), /not of the yaxis/);
  });
});

describe('Axis.set_label_coords(x, y): the label at axes fractions', () => {
  // matplotlib 3.6, a 6.4x4.8 figure at 100 dpi: plot(tanh), xlabel('x'), ylabel('tanh(x)'),
  // ax.xaxis.set_label_coords(1.02, 0.5), ax.yaxis.set_label_coords(0.5, 1.02): window extents x 581.795 to
  // 590.045, y 223.6 to 237.6 (canvas top 242.4); y label x 314 to 328, y 404.417 to 455.167 (top 24.833).
  it('places them where matplotlib does, their alignment kept (x: centre, top; y: turned, centre, bottom)', () => {
    const { panels } = parsePlotArgs([
      ...['tanh', '--from', '-5', '--to', '5', '--step', '0.01', '--style', 'matplotlib'],
      ...['--xlabel', 'x', '--ylabel', 'tanh(x)', '--xaxis', 'set_label_coords(1.02, 0.5)'],
      ...['--yaxis', 'ax.yaxis.set_label_coords(0.5, 1.02, transform=None)'],
    ]);
    const texts = figureLayout(figureFor(panels).fig, 'png').axes[0].texts;
    const box = (s: string) => texts.find((t) => t.text === s)!.box;
    const near = (a: number, b: number, tol: number) => assert.ok(Math.abs(a - b) <= tol, `${a} against ${b}`);
    near(box('x').left, 581.795, 0.01);
    near(box('x').top, 242.4, 0.01);
    near(box('tanh(x)').right, 328, 0.01);
    // The turned text's height as measured here is 0.25 px short of FreeType's (0.125 px at each end).
    near(box('tanh(x)').top, 24.833, 0.2);
  });
  it('refuses a transform other than the axes, and coordinates that are not numbers', () => {
    assert.throws(
      () => axesOf({ xaxis: ['set_label_coords(1, 0, transform=ax.transData)'] }),
      /transform other than the axes' \(transAxes\) is matplotlib's, but actplot does not draw it yet/,
    );
    assert.throws(() => axesOf({ yaxis: ["set_label_coords('a', 0)"] }), /x: got 'a'; expected a fraction of the axes/);
  });
});

describe('ax.set_axisbelow() (set(axisbelow=...)) over axes.axisbelow', () => {
  it("stacks the grid and ticks as matplotlib's Axes.set_axisbelow: True 0.5, 'line' 1.5, False 2.5 over the lines", () => {
    const layoutOf = (set?: string, rc?: string[]) =>
      figureLayout(
        buildFigure({ style: 'matplotlib', rc, panels: [{ curves: [{ expr: 'x' }], ...(set && { set }) }] }),
        'png',
      ).axes[0];
    // matplotlib's default rc is 'line'.
    assert.deepEqual([layoutOf().gridZorder, layoutOf().gridAbove], [1.5, false]);
    assert.deepEqual([layoutOf('axisbelow=True').gridZorder, layoutOf('axisbelow=True').gridAbove], [0.5, false]);
    assert.deepEqual([layoutOf('axisbelow=False').gridZorder, layoutOf('axisbelow=False').gridAbove], [2.5, true]);
    // The axes' own over the rc's.
    assert.equal(layoutOf("axisbelow='line'", ['axes.axisbelow=True']).gridZorder, 1.5);
    assert.throws(() => layoutOf("axisbelow='yes'"), /axisbelow: got 'yes'; expected True, False or 'line'/);
  });
});
