/**
 * text(..., bbox=dict(...)) as Text.set_bbox reads it, and the patch's box around the text, with expected values
 * worked by hand from matplotlib's rules: no boxstyle is a square one padded by 4 points, written into the
 * style's string as a fraction of the font size with two decimals.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textBackground } from '../../src/layout/artists';
import type { PlacedText } from '../../src/layout/text';
import { readTextBox } from '../../src/spec/text-box';
import { DEFAULT_RC } from '../../src/style/rcparams';

const at = ['text', 0, 'bbox'];

describe('readTextBox', () => {
  it('a box style with its options, or a square one of 4 points', () => {
    assert.deepEqual(readTextBox({ boxstyle: 'round', facecolor: 'wheat', alpha: 0.5 }, at), {
      boxstyle: 'round',
      pad: 0.3,
      facecolor: 'wheat',
      alpha: 0.5,
    });
    assert.deepEqual(readTextBox({ boxstyle: 'round,pad=0.6,rounding_size=0.2', fc: 'none', ec: 'k', ls: '--' }, at), {
      boxstyle: 'round',
      pad: 0.6,
      roundingSize: 0.2,
      facecolor: 'none',
      edgecolor: 'k',
      linestyle: '--',
    });
    assert.deepEqual(readTextBox({}, at), { boxstyle: 'square', pad: 4, padInPoints: true });
    // pad beside a style is appended to it with two decimals ("%0.2f").
    assert.equal(readTextBox({ boxstyle: 'square', pad: 1 / 3 }, at).pad, 0.33);
    assert.deepEqual(readTextBox({ color: 'C1' }, at), {
      boxstyle: 'square',
      pad: 4,
      padInPoints: true,
      facecolor: 'C1',
      edgecolor: 'C1',
    });
  });
  it("refuses unknown styles and options, and says which of matplotlib's are not drawn yet", () => {
    assert.throws(() => readTextBox({ boxstyle: 'sawtooth' }, at), /matplotlib has this one too/);
    assert.throws(() => readTextBox({ boxstyle: 'rounded' }, at), /a box style: 'square' or 'round'/);
    assert.throws(() => readTextBox({ boxstyle: 'square,rounding_size=1' }, at), /square's options: pad=/);
    assert.throws(() => readTextBox({ facecolour: 'r' }, at), /did you mean 'facecolor'/);
    assert.throws(() => readTextBox({ hatch: '//' }, at), /bbox\(hatch=\.\.\.\) is matplotlib's, but actplot/);
    assert.throws(() => readTextBox('round', at), /a dict of the box's properties/);
  });
});

describe("textBackground: the patch's box around the text", () => {
  const t = { box: { left: 100, top: 50, right: 160, bottom: 64 } } as PlacedText;
  const dash = () => ({ dash: [] });
  it('a square box of 4 points at 12 points is padded by 0.33 of the size, 3.96 points', () => {
    const bg = textBackground(t, readTextBox({}, at), 12, 1, DEFAULT_RC, dash);
    assert.deepEqual(bg.box, { left: 100 - 3.96, top: 50 - 3.96, right: 160 + 3.96, bottom: 64 + 3.96 });
    assert.equal(bg.radius, 0);
    // patch.facecolor C0, patch.edgecolor black, patch.linewidth 1 point.
    assert.deepEqual([bg.face, bg.edge, bg.width], ['rgb(31, 119, 180)', 'rgb(0, 0, 0)', 1]);
  });
  it('a round box at 10 points and 2 canvas units a point: pad 0.3 × 20 units, corners as wide as the pad', () => {
    const bg = textBackground(t, readTextBox({ boxstyle: 'round', fill: false }, at), 10, 2, DEFAULT_RC, dash);
    assert.deepEqual(bg.box, { left: 94, top: 44, right: 166, bottom: 70 });
    assert.equal(bg.radius, 6);
    assert.equal(bg.face, undefined);
    assert.equal(bg.width, 2);
  });
});
