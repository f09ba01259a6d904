/**
 * Texts turned a quarter: rotation= read as matplotlib reads it (text(), xticks(), tick_params(labelrotation=)),
 * and the turned box aligned as Text._get_layout aligns it in rotation_mode 'default'.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { placeAnchoredText, placeRotatedText } from '../../src/layout/text';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { validateFigure } from '../../src/spec/validate';
import { readText } from '../../src/spec/text-call';
import { readTicksCall } from '../../src/spec/ticks-call';
import { readTickParams } from '../../src/spec/tick-params';
import { fixedMeasurer } from '../helpers/legend-fixtures';

describe('rotation=', () => {
  it("turns a text a quarter at 90 (modulo 360) or 'vertical'; 0, 'horizontal' and None leave it upright", () => {
    const at = ['text', 0];
    for (const r of ['90', "'vertical'", '450', '-270']) {
      assert.equal(readText(`0, 0, 'a', rotation=${r}`, at).rotation, 90, r);
    }
    for (const r of ['0', "'horizontal'", 'None', '360']) {
      assert.equal(readText(`0, 0, 'a', rotation=${r}`, at).rotation, undefined, r);
    }
    // Any other angle as matplotlib keeps it: degrees anticlockwise, modulo 360.
    assert.equal(readText("0, 0, 'a', rotation=-45", at).rotation, 315);
    assert.throws(() => readText("0, 0, 'a', rotation='diagonal'", at), /got 'diagonal'; expected an angle in degrees/);
    // Not drawn yet: a box turned with a slanted text, math at a slant.
    assert.throws(
      () => readText("0, 0, 'a', rotation=30, bbox=dict(boxstyle='round')", at),
      (e: unknown) => e instanceof UsageError && e.field.join('.') === 'text.0.bbox' && /not drawn yet/.test(e.message),
    );
    const math = (text: string) =>
      validateFigure(buildFigure({ panels: [{ curves: [{ function: 'relu' }], text: [text] }] }));
    assert.throws(
      () => math("0, 0, '$x^2$', rotation=30"),
      (e: unknown) =>
        e instanceof UsageError &&
        e.field.join('.') === 'panels.0.text.0.rotation' &&
        /got 30; expected 0 or 90 degrees for "\$x\^2\$", which holds math/.test(e.message),
    );
    math("0, 0, '$x^2$', rotation=90");
    assert.equal(readText("0, 0, 'a', rotation=180, bbox=dict(boxstyle='round')", at).rotation, 180);
  });
  it('reaches the tick labels from xticks() (with or without ticks) and from tick_params(labelrotation=)', () => {
    assert.deepEqual(readTicksCall('rotation=90', ['xticks']), { rotation: 90 });
    assert.deepEqual(readTicksCall("[1, 0], ['b', 'a'], rotation='horizontal'", ['xticks']), {
      values: [0, 1],
      labels: ['a', 'b'],
      rotation: 0,
    });
    assert.throws(() => readTicksCall("labels=['a']", ['xticks']), /labels with their ticks/);
    assert.deepEqual(readTicksCall('[0, 1], rotation=45', ['xticks']), { values: [0, 1], rotation: 45 });
    // plt.xticks(rotation=45, ha='right'): the labels' alignment too, under its long name as well.
    assert.deepEqual(readTicksCall("rotation=45, horizontalalignment='right', va='bottom'", ['xticks']), {
      rotation: 45,
      ha: 'right',
      va: 'bottom',
    });
    assert.throws(() => readTicksCall("ha='middle'", ['xticks']), /got 'middle'; expected left, center, right/);
    const aligned = figureLayout(
      buildFigure({ panels: [{ curves: [{ function: 'relu' }], xticks: "[0, 1], ['a', 'b'], ha='right'" }] }),
      'png',
    ).axes[0].xTicks;
    assert.ok(aligned.every((t) => Math.abs(t.label.box.right - t.pos) < 1e-9));
    assert.throws(
      () => readTicksCall('[0, 1], rotation=[45]', ['xticks']),
      (e: unknown) => e instanceof UsageError && e.field.join('.') === 'xticks.rotation' && /an angle/.test(e.message),
    );
    const both = readTickParams('labelrotation=90', ['tickParams', 0]);
    assert.deepEqual([both.xRotation, both.yRotation], [90, 90]);
    const y = readTickParams("axis='y', labelrotation='vertical'", ['tickParams', 0]);
    assert.deepEqual([y.xRotation, y.yRotation], [undefined, 90]);
    const layout = figureLayout(
      buildFigure({ panels: [{ curves: [{ function: 'relu' }], xticks: 'rotation=90' }] }),
      'png',
    );
    const ticks = layout.axes[0].xTicks;
    assert.ok(ticks.length > 3 && ticks.every((t) => t.label.vertical));
    assert.ok(layout.axes[0].yTicks.every((t) => !t.label.vertical));
  });
});

describe('a text at any angle', () => {
  // 'abc': 18 long, 9 tall, 2 below the baseline; turned about the start of its top edge, then aligned.
  const at = (angle: number, ha: 'left' | 'center', va: 'bottom' | 'center') =>
    placeRotatedText(fixedMeasurer, 'abc', 10, 100, 50, ha, va, angle);
  it('upside down (180): its box where it was, the pen at its right end, the baseline 2 under its top', () => {
    const t = at(180, 'left', 'bottom');
    assert.deepEqual(t.box, { left: 100, right: 118, top: 41, bottom: 50 });
    assert.deepEqual([t.x, t.baseline, t.angle], [118, 43, 180]);
  });
  it('at 45 degrees, centred: the bounds of the turned corners centred on the point', () => {
    const t = at(45, 'center', 'center');
    const r = Math.SQRT1_2;
    // Corners (0, 0), (9r, -9r), (18r, 18r), (27r, 9r) y up: 27r wide, 27r tall, centred at (13.5r, 4.5r).
    const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
    assert.ok(near(t.box.left, 100 - 13.5 * r) && near(t.box.right, 100 + 13.5 * r), JSON.stringify(t.box));
    assert.ok(near(t.box.top, 50 - 13.5 * r) && near(t.box.bottom, 50 + 13.5 * r), JSON.stringify(t.box));
    // The pen, (7r, -7r) y up from the box's turned corner, less the centre.
    assert.ok(near(t.x, 100 + 7 * r - 13.5 * r) && near(t.baseline, 50 - (-7 * r - 4.5 * r)));
  });
});

describe('a y label turned about its place', () => {
  it("is aligned upright, then turned about the point (rotation_mode 'anchor')", () => {
    // Upright, centred with its bottom at the point: from (-9, 0) to (9, 9) y up; turned 180, below the point.
    const t = placeAnchoredText(fixedMeasurer, 'abc', 10, 100, 50, 'center', 'bottom', 180);
    assert.deepEqual(t.box, { left: 91, right: 109, top: 50, bottom: 59 });
    // The baseline's start, (-9, 2) upright, turned to (9, -2).
    assert.deepEqual([t.x, t.baseline], [109, 52]);
  });
});

describe('a turned text', () => {
  // 'abc' with the fixed measurer: 18 long, 9 tall (7 above the baseline, 2 below); turned, a box 9 wide, 18 tall.
  const turned = (ha: 'left' | 'center' | 'right', va: 'top' | 'center' | 'bottom' | 'baseline' | 'center_baseline') =>
    placeRotatedText(fixedMeasurer, 'abc', 10, 100, 50, ha, va, 90);
  it('has its turned box aligned at the point by ha across and va along, as matplotlib offsets it', () => {
    assert.deepEqual(turned('left', 'bottom').box, { left: 100, right: 109, top: 32, bottom: 50 });
    assert.deepEqual(turned('center', 'center').box, { left: 95.5, right: 104.5, top: 41, bottom: 59 });
    assert.deepEqual(turned('right', 'top').box, { left: 91, right: 100, top: 50, bottom: 68 });
    // baseline: ymin + descent (2) in display space, so the box's bottom 2 below the point.
    assert.deepEqual(turned('left', 'baseline').box, { left: 100, right: 109, top: 34, bottom: 52 });
    // center_baseline: ymin + height - ascent / 2 = 18 - 3.5, so the bottom 14.5 below the point.
    assert.equal(turned('left', 'center_baseline').box.bottom, 64.5);
  });
  it("has its baseline the descent left of the box's right edge, where the glyphs' feet face", () => {
    const t = turned('left', 'bottom');
    assert.equal(t.x, 107);
    assert.equal(t.vertical, true);
  });
});
