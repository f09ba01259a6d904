/**
 * What an rcParam's error says it accepts: a key that reads a number between bounds must say both, or a
 * refused 1001 reads as though 1001 were no number at all.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rangeOf } from '../../src/style/rc-readers';
import { RC_KEYS, readRcValue, type RcKey } from '../../src/style/rcparams';

const keys = Object.keys(RC_KEYS) as RcKey[];
const reads = (key: RcKey, text: string) => RC_KEYS[key].read(text) !== undefined;
const message = (key: RcKey, text: string) => {
  try {
    readRcValue(key, text, ['rc', key]);
  } catch (err) {
    return (err as Error).message;
  }
  return undefined;
};

describe("rcParams' wording of what they accept", () => {
  it("states the bounds of every key's numbers", () => {
    const bounded = keys.filter((k) => rangeOf(RC_KEYS[k].read));
    assert.ok(bounded.length >= 40, `${bounded.length} keys with bounds`);
    for (const key of bounded) {
      const [min, max] = rangeOf(RC_KEYS[key].read)!;
      assert.ok(RC_KEYS[key].expected.includes(`${min} to ${max}`), `${key}: '${RC_KEYS[key].expected}'`);
    }
  });

  it('knows the bounds of every key that takes some numbers and refuses larger ones', () => {
    for (const key of keys) {
      // A colour's grey level ('0.5') is a colour, said as one.
      const takesNumbers = !reads(key, 'red') && ['0.5', '2.5', '10'].some((t) => reads(key, t));
      if (takesNumbers && !reads(key, '1e9')) assert.ok(rangeOf(RC_KEYS[key].read), key);
    }
  });

  it('names the bound a refused number is past', () => {
    assert.match(message('axes.titlesize', '1001')!, /got '1001'; expected a size in points, 0\.01 to 1000, or one of/);
    assert.match(message('font.size', '0')!, /got '0'; expected points, 0\.01 to 1000/);
    assert.match(message('lines.linewidth', '1e308')!, /got '1e308'; expected points, 0 to 100/);
    assert.match(message('savefig.dpi', '5000')!, /expected figure, or dots per inch, 1 to 2000/);
    assert.match(message('axes.titley', '200')!, /expected a height in axes fractions, -100 to 100, or None/);
    // The words besides the numbers still read.
    assert.equal(message('axes.titley', 'None'), undefined);
    assert.equal(message('legend.framealpha', 'None'), undefined);
    assert.equal(message('savefig.dpi', 'figure'), undefined);
    assert.equal(message('legend.title_fontsize', 'large'), undefined);
  });
});
