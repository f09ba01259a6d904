/**
 * Constrained layout's arithmetic (_constrained_layout.py with its LayoutGrid solved exactly), checked by hand:
 * each axes' decorations end w_pad (h_pad) from the figure's edge, columns keep their own margins, half of wspace
 * is shared out between cells where it is more than the pad, and the axes collapse where nothing is left.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { constrainedBoxes } from '../../src/layout/constrained';

const DEFAULTS = { wPad: 0.04167, hPad: 0.04167, wspace: 0.02, hspace: 0.02 };
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const sameBox = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  assert.ok(
    near(a.left, b.left) && near(a.right, b.right) && near(a.top, b.top) && near(a.bottom, b.bottom),
    JSON.stringify([a, b]),
  );

describe('constrainedBoxes', () => {
  // 6.4 x 4.8 inches at 100 units an inch: the pads are 4.167 units.
  const figure = { width: 640, height: 480, widthInches: 6.4, heightInches: 4.8 };
  const pad = 4.167;
  it('one axes: its decorations w_pad and h_pad from the edges, however far they reached', () => {
    const box = { left: 80, right: 576, top: 57.6, bottom: 422.4 };
    // Decorations 40 left, 14 right, 27.6 above and below the frame.
    const extent = { left: 40, right: 590, top: 30, bottom: 450 };
    const [placed] = constrainedBoxes([{ row: 0, col: 0, box, extent }], { rows: 1, cols: 1 }, figure, DEFAULTS)!;
    sameBox(placed, { left: 40 + pad, right: 640 - pad - 14, top: 27.6 + pad, bottom: 480 - pad - 27.6 });
  });
  it("the figure's labels take their size and two pads off their edges: suptitle, supxlabel, supylabel", () => {
    const box = { left: 80, right: 576, top: 57.6, bottom: 422.4 };
    const extent = { left: 40, right: 590, top: 30, bottom: 450 };
    const [placed] = constrainedBoxes([{ row: 0, col: 0, box, extent }], { rows: 1, cols: 1 }, figure, DEFAULTS, {
      top: { height: 20 },
      bottom: { height: 15 },
      left: { width: 12 },
    })!;
    sameBox(placed, {
      left: 12 + 2 * pad + 40 + pad,
      right: 640 - pad - 14,
      top: 20 + 2 * pad + 27.6 + pad,
      bottom: 480 - (15 + 2 * pad) - pad - 27.6,
    });
  });
  it('two columns: each its own margins, equal widths, half of a large wspace between them', () => {
    // 10 inches wide: w_pad 4.167 units; wspace 0.2 gives each inner side 0.2 / 2 / 2 of the width, 50 units.
    const wide = { width: 1000, height: 480, widthInches: 10, heightInches: 4.8 };
    const axes = [0, 1].map((col) => ({
      row: 0,
      col,
      box: { left: 100 + 500 * col, right: 400 + 500 * col, top: 50, bottom: 400 },
      extent: { left: 60 + 500 * col, right: 410 + 500 * col, top: 50, bottom: 400 },
    }));
    const [a, b] = constrainedBoxes(axes, { rows: 1, cols: 2 }, wide, { ...DEFAULTS, wspace: 0.2 })!;
    // Margins 40 + 4.167 + 10 + 50 for each column: inner widths (1000 - 208.333) / 2 = 395.833.
    const inner = (1000 - 2 * (40 + pad + 10 + 50)) / 2;
    sameBox({ ...a, top: 0, bottom: 0 }, { left: 40 + pad, right: 40 + pad + inner, top: 0, bottom: 0 });
    sameBox({ ...b, top: 0, bottom: 0 }, { left: 1000 - pad - 10 - inner, right: 1000 - pad - 10, top: 0, bottom: 0 });
    assert.ok(near(b.left - a.right, 10 + 50 + 50 + 40));
  });
  it('decorations wider than the figure: no room, undefined (matplotlib warns and leaves the axes)', () => {
    const box = { left: 80, right: 576, top: 57.6, bottom: 422.4 };
    const extent = { left: -400, right: 1000, top: 30, bottom: 450 };
    assert.equal(
      constrainedBoxes([{ row: 0, col: 0, box, extent }], { rows: 1, cols: 1 }, figure, DEFAULTS),
      undefined,
    );
  });
});
