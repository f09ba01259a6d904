/**
 * ax.set_aspect()'s arguments, as matplotlib 3.6's signature takes them: set_aspect(aspect, adjustable=None,
 * anchor=None, share=False); 'equal' is 1, 'auto' no aspect; adjustable 'box' or 'datalim'.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAspect } from '../../src/spec/aspect-call';
import { shrunkToRatio } from '../../src/layout/aspect';
import { buildFigure } from '../../src/spec/build';

const at = ['aspect'];

describe('readAspect', () => {
  it('reads a bare value as before, and the call by position or by name', () => {
    const cases: [string | number, object][] = [
      ['equal', { aspect: 1 }],
      ['auto', {}],
      [2, { aspect: 2 }],
      ['0.5', { aspect: 0.5 }],
      ["'equal', adjustable='box'", { aspect: 1 }],
      ["'equal', 'datalim'", { aspect: 1, datalim: true }],
      ["aspect=1.5, adjustable='datalim', anchor='C', share=False", { aspect: 1.5, datalim: true }],
      ["'auto', adjustable='box'", {}],
    ];
    for (const [given, expected] of cases) assert.deepEqual(readAspect(given, at), expected, String(given));
  });
  it('refuses what set_aspect refuses and what actplot does not draw, naming the keyword', () => {
    for (const [given, message] of [
      ["'equal', adjustable='boxx'", /adjustable: got 'boxx'; expected 'box' or 'datalim'/],
      ["'equal', anchor='SW'", /anchor: set_aspect\(anchor=\.\.\.\) other than 'C'/],
      ["'equal', share=True", /share: set_aspect\(share=True\)/],
      ['wide', /got 'wide'; expected 'equal', 'auto' or a number > 0/],
      ['-1', /got '-1'/],
      ["adjustable='box'", /aspect\.aspect: got 'nothing'/],
    ] as const) {
      assert.throws(() => readAspect(given, at), message, given);
    }
  });
  it("adjustable='datalim' is axis('equal')'s: the limits widen, the box stays", () => {
    const ax = (aspect: string) => buildFigure({ panels: [{ curves: [{ function: 'tanh' }], aspect }] }).axes[0];
    assert.deepEqual(
      [ax("'equal', adjustable='datalim'").aspect, ax("'equal', adjustable='datalim'").aspectAdjustable],
      [1, 'datalim'],
    );
    assert.equal(ax("'equal', adjustable='box'").aspectAdjustable, undefined);
  });
});

describe('set_box_aspect(): the box of a ratio, centred in its cell', () => {
  it('shrinks the cell to the height over width asked, the longer side cut and the box centred', () => {
    const cell = { left: 100, top: 50, right: 500, bottom: 250 }; // 400 wide, 200 high
    // Square: 200 x 200, centred across (100 + (400 - 200) / 2 = 200).
    assert.deepEqual(shrunkToRatio(cell, 1), { left: 200, top: 50, right: 400, bottom: 250 });
    // 0.25: the whole width, 100 high, centred down (50 + 50).
    assert.deepEqual(shrunkToRatio(cell, 0.25), { left: 100, top: 100, right: 500, bottom: 200 });
  });
  it('reads the ratio, None for none, and with an aspect widens the limits instead (adjustable datalim)', () => {
    const ax = (p: object) => buildFigure({ panels: [{ curves: [{ function: 'relu' }], ...p }] }).axes[0];
    assert.equal(ax({ boxAspect: '1' }).boxAspect, 1);
    assert.equal(ax({ boxAspect: 'None' }).boxAspect, undefined);
    const both = ax({ boxAspect: 0.5, aspect: 'equal' });
    assert.deepEqual([both.boxAspect, both.aspect, both.aspectAdjustable], [0.5, 1, 'datalim']);
    assert.throws(() => ax({ boxAspect: '-1' }), /a positive number \(1 is square\), or None/);
  });
  it("is a keyword of ax.set(), as set_box_aspect's property: box_aspect=1, None for none", () => {
    const ax = (p: object) => buildFigure({ panels: [{ curves: [{ function: 'relu' }], ...p }] }).axes[0];
    assert.equal(ax({ set: 'box_aspect=0.75' }).boxAspect, 0.75);
    assert.equal(ax({ set: 'box_aspect=None' }).boxAspect, undefined);
    assert.throws(() => ax({ set: "box_aspect='square'" }), /box_aspect.*a number, or None/);
    assert.throws(() => ax({ set: 'box_aspect=1', boxAspect: 1 }), /given twice/);
  });
});
