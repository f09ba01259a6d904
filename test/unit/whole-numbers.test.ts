import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wholeNumberOf } from '../../src/spec/whole-numbers';

describe("a script's index arithmetic (whole numbers)", () => {
  it("gives Python's values, // and % rounding toward minus infinity", () => {
    // Python 3.11's eval() of each.
    for (const [text, python] of [
      ['3 // 2', 1],
      ['3 % 2', 1],
      ['2 * 1 + 1', 3],
      ['-7 // 2', -4],
      ['-7 % 2', 1],
      ['7 % -2', -1],
      ['7 // -2', -4],
      ['(1 + 2) * 3', 9],
      ['2 - -1', 3],
      ['+4', 4],
      ['10 - 2 - 3', 5],
      ['2 * 3 % 4', 2],
      ['17 // 5 * 2', 6],
      [' 0 ', 0],
      ['2 ** 3', 8],
      ['-2 ** 2', -4],
      ['2 ** 3 ** 2', 512],
      ['3 * 2 ** 2', 12],
    ] as const) {
      assert.equal(wholeNumberOf(text), python, text);
    }
  });
  it('gives nothing for what is not whole-number arithmetic', () => {
    for (const text of ['', 'i // 2', '1.5', '1 / 2', '3 // 0', '3 % 0', '(1 + 2', '1 + 2)', '1 +', '2 ** -1', '1e3']) {
      assert.equal(wholeNumberOf(text), undefined, text);
    }
    // Deep nesting and long texts end, with no value.
    assert.equal(wholeNumberOf('('.repeat(100) + '1' + ')'.repeat(100)), undefined);
    assert.equal(wholeNumberOf(Array.from({ length: 300 }, () => '1').join(' + ')), undefined);
    assert.equal(wholeNumberOf('9'.repeat(30)), undefined);
  });
});
