/**
 * ax.set_aspect()'s arguments, as matplotlib 3.6's signature takes them: set_aspect(aspect, adjustable=None,
 * anchor=None, share=False); 'equal' is 1, 'auto' no aspect; adjustable 'box' or 'datalim'.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAspect } from '../../src/spec/aspect-call';
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
