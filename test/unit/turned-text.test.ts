/**
 * Texts turned a quarter: rotation= read as matplotlib reads it (text(), xticks(), tick_params(labelrotation=)),
 * and the turned box aligned as Text._get_layout aligns it in rotation_mode 'default'.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { placeTurnedText } from '../../src/layout/text';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { readText } from '../../src/spec/pyplot-artists';
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
    assert.throws(
      () => readText("0, 0, 'a', rotation=45", at),
      (e: unknown) =>
        e instanceof UsageError &&
        e.field.join('.') === 'text.0.rotation' &&
        /got '45'; expected 0 or 90 degrees.*not draw yet/.test(e.message),
    );
  });
  it('reaches the tick labels from xticks() (with or without ticks) and from tick_params(labelrotation=)', () => {
    assert.deepEqual(readTicksCall('rotation=90', ['xticks']), { turned: true });
    assert.deepEqual(readTicksCall("[1, 0], ['b', 'a'], rotation='horizontal'", ['xticks']), {
      values: [0, 1],
      labels: ['a', 'b'],
      turned: false,
    });
    assert.throws(() => readTicksCall("labels=['a']", ['xticks']), /labels with their ticks/);
    assert.throws(
      () => readTicksCall('[0, 1], rotation=45', ['xticks']),
      (e: unknown) => e instanceof UsageError && e.field.join('.') === 'xticks.rotation' && /got '45'/.test(e.message),
    );
    const both = readTickParams('labelrotation=90', ['tickParams', 0]);
    assert.deepEqual([both.xTurned, both.yTurned], [true, true]);
    const y = readTickParams("axis='y', labelrotation='vertical'", ['tickParams', 0]);
    assert.deepEqual([y.xTurned, y.yTurned], [undefined, true]);
    const layout = figureLayout(
      buildFigure({ panels: [{ curves: [{ function: 'relu' }], xticks: 'rotation=90' }] }),
      'png',
    );
    const ticks = layout.axes[0].xTicks;
    assert.ok(ticks.length > 3 && ticks.every((t) => t.label.vertical));
    assert.ok(layout.axes[0].yTicks.every((t) => !t.label.vertical));
  });
});

describe('a turned text', () => {
  // 'abc' with the fixed measurer: 18 long, 9 tall (7 above the baseline, 2 below); turned, a box 9 wide, 18 tall.
  const turned = (ha: 'left' | 'center' | 'right', va: 'top' | 'center' | 'bottom' | 'baseline' | 'center_baseline') =>
    placeTurnedText(fixedMeasurer, 'abc', 10, 100, 50, ha, va);
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
