/**
 * tight_layout's arithmetic (_tight_layout._auto_adjust_subplotpars), with expected values worked by hand:
 * an 8 x 4 inch figure of 800 x 400 canvas units, font.size 10, so pad=1.08 is 0.15 inch, 0.01875 of the width
 * and 0.0375 of the height.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tightSubplotParams, type TightAxes } from '../../src/layout/tight';
import { subplotParamsOf, type SubplotParams } from '../../src/spec/subplots';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import type { FigureOptions } from '../../src/spec/options';

// figure.subplot.* as matplotlibrc has them: left .125, right .9, bottom .11, top .88, wspace and hspace .2.
const SUBPLOT = subplotParamsOf(DEFAULT_RC);

const FIGURE = { width: 800, height: 400, widthInches: 8, heightInches: 4, fontSize: 10 };
/** The parameters tight_layout set (failing the test where it gave up). */
function applied(r: ReturnType<typeof tightSubplotParams>): SubplotParams {
  assert.ok(!('notApplied' in r), `not applied: ${JSON.stringify(r)}`);
  return r;
}
const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 1e-12, `${what}: ${a} against ${b}`);
// The default axes of figure.subplot.*: left 100, right 720, top 48, bottom 356.
const AXES = { left: 100, right: 720, top: 48, bottom: 356 };

describe('tightSubplotParams', () => {
  it('one axes: each margin is what sticks out of the axes plus the pad', () => {
    const axes: TightAxes[] = [
      { rows: [0, 1], cols: [0, 1], box: AXES, extent: { left: 60, right: 730, top: 30, bottom: 380 } },
    ];
    const p = applied(tightSubplotParams(axes, { rows: 1, cols: 1 }, FIGURE, { pad: 1.08 }, SUBPLOT));
    close(p.left, 40 / 800 + 0.01875, 'left');
    close(p.right, 1 - (10 / 800 + 0.01875), 'right');
    close(p.top, 1 - (18 / 400 + 0.0375), 'top');
    close(p.bottom, 24 / 400 + 0.0375, 'bottom');
    // One column and one row: the gaps stay as they were.
    assert.equal(p.wspace, SUBPLOT.wspace);
    assert.equal(p.hspace, SUBPLOT.hspace);
  });

  it('an axes with nothing outside it gets the pad alone (negative margins are clamped at zero)', () => {
    const inner = { left: 110, right: 700, top: 60, bottom: 340 };
    const p = applied(
      tightSubplotParams(
        [{ rows: [0, 1], cols: [0, 1], box: AXES, extent: inner }],
        { rows: 1, cols: 1 },
        FIGURE,
        { pad: 2 },
        SUBPLOT,
      ),
    );
    close(p.left, (2 * 10) / 72 / 8, 'left'); // pad 2 of the 10-point font
    close(p.bottom, (2 * 10) / 72 / 4, 'bottom');
  });

  it("two columns: the gap is both axes' overhangs plus w_pad, as a fraction of an axes width", () => {
    const a = { left: 60, right: 730, top: 30, bottom: 380 };
    const axes: TightAxes[] = [
      { rows: [0, 1], cols: [0, 1], box: AXES, extent: a },
      { rows: [0, 1], cols: [1, 2], box: AXES, extent: a },
    ];
    const p = applied(tightSubplotParams(axes, { rows: 1, cols: 2 }, FIGURE, { pad: 1.08, wPad: 2 }, SUBPLOT));
    const gap = 10 / 800 + 40 / 800 + (2 * 0.15) / 1.08 / 8; // 0.0625 + w_pad 2 of the 10-point font
    const width = (1 - p.left - (1 - p.right) - gap) / 2;
    close(p.wspace, gap / width, 'wspace');
    close(p.left, 40 / 800 + 0.01875, 'left');
  });

  it('two rows: h_pad sets the gap between them', () => {
    const e = { left: 100, right: 720, top: 28, bottom: 376 };
    const axes: TightAxes[] = [
      { rows: [0, 1], cols: [0, 1], box: AXES, extent: e },
      { rows: [1, 2], cols: [0, 1], box: AXES, extent: e },
    ];
    const p = applied(tightSubplotParams(axes, { rows: 2, cols: 1 }, FIGURE, { pad: 1.08, hPad: 0 }, SUBPLOT));
    const gap = 20 / 400 + 20 / 400; // below the first and above the second, no pad
    const height = (p.top - p.bottom - gap) / 2;
    close(p.hspace, gap / height, 'hspace');
  });

  it('gives up as matplotlib does when the margins leave no room, saying which', () => {
    const giveUp = (extent: typeof AXES, rows = 1) =>
      tightSubplotParams(
        Array.from({ length: rows }, (_, row): TightAxes => ({
          rows: [row, row + 1],
          cols: [0, 1],
          box: AXES,
          extent,
        })),
        { rows, cols: 1 },
        FIGURE,
        { pad: 1.08 },
        SUBPLOT,
      );
    assert.deepEqual(giveUp({ left: -400, right: 1300, top: 30, bottom: 380 }), { notApplied: 'width' });
    assert.deepEqual(giveUp({ left: 60, right: 730, top: -300, bottom: 800 }), { notApplied: 'height' });
    // Two rows whose overhangs between them leave the axes no height: 0.5 of the figure above and below each.
    assert.deepEqual(giveUp({ left: 60, right: 730, top: -100, bottom: 500 }, 2), { notApplied: 'axesHeight' });
  });

  it('rect: laid out in the whole figure, then again with the rect moved in by those margins (None: as without)', () => {
    // By hand, as get_tight_layout_figure does. Pad 1 of a 10-point font on an 8x4-inch figure: (10/72)/8 of the
    // width, (10/72)/4 of the height. Overhangs: 40/800 left, 10/800 right, 18/400 top, 24/400 bottom.
    const axes: TightAxes[] = [
      { rows: [0, 1], cols: [0, 1], box: AXES, extent: { left: 60, right: 730, top: 30, bottom: 380 } },
    ];
    const spec = { pad: 1, rect: [0.1, null, 0.8, 1] as [number, null, number, number] };
    const p = applied(tightSubplotParams(axes, { rows: 1, cols: 1 }, FIGURE, spec, SUBPLOT));
    const [padW, padH] = [10 / 72 / 8, 10 / 72 / 4];
    // First pass: margins left 40/800 + padW, right 10/800 + padW, top 18/400 + padH, bottom 24/400 + padH. The
    // rect's left moves in by the left margin, its right by the right one, its top (1) by the top one; its
    // bottom is None, computed again as without.
    close(p.left, 0.1 + (40 / 800 + padW), 'left');
    close(p.right, 0.8 - (10 / 800 + padW), 'right');
    close(p.top, 1 - (18 / 400 + padH), 'top');
    close(p.bottom, 24 / 400 + padH, 'bottom');
  });
});

describe('tight_layout() and the dpi it measures at', () => {
  const options = (extra: Partial<FigureOptions>): FigureOptions => ({
    style: ['matplotlib'],
    panels: [{ curves: [{ expr: 'x' }], title: 'title' }],
    ...extra,
  });
  it("keeps the figure's own dpi for a tight_layout() call before a save at another, as matplotlib measures it", () => {
    // plt.tight_layout() then plt.savefig(dpi=150): measured at figure.dpi (100), drawn at 150.
    let fig = buildFigure(options({ tightLayout: '', savefig: 'dpi=150' }));
    assert.equal(fig.dpi, 150);
    assert.equal(fig.tightLayout?.dpi, 100);
    // plt.figure(dpi=80) first: measured at 80.
    fig = buildFigure(options({ figure: 'dpi=80', tightLayout: '', savefig: 'dpi=150' }));
    assert.equal(fig.tightLayout?.dpi, 80);
    // figure.autolayout lays the figure out as it is drawn, at the save's dpi; so does --dpi alone.
    fig = buildFigure(options({ rc: ['figure.autolayout=True'], savefig: 'dpi=150' }));
    assert.equal(fig.tightLayout?.dpi, undefined);
    fig = buildFigure(options({ tightLayout: '', dpi: 150 }));
    assert.equal(fig.tightLayout?.dpi, undefined);
  });
  it("places the axes by the parameters found at the figure's dpi: the same fractions of the page", () => {
    const at = (extra: Partial<FigureOptions>) => {
      const layout = figureLayout(buildFigure(options({ tightLayout: '', ...extra })), 'png');
      const box = layout.axes[0].box;
      return [box.left / layout.width, box.top / layout.height, box.right / layout.width, box.bottom / layout.height];
    };
    const own = at({});
    const saved = at({ savefig: 'dpi=250' });
    // Whole pixels apart at 250 dpi: within a pixel of 100 dpi's fractions (2.5 pixels there).
    own.forEach((v, k) => assert.ok(Math.abs(v - saved[k]) <= 1 / (6.4 * 250), `${k}: ${v} against ${saved[k]}`));
  });
});
