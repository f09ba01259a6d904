/**
 * Tick labels as Python formats them (test/fixtures/py-format.json, made by scripts/make-format-fixtures.py):
 * '%.2f' % x for FormatStrFormatter and '{x:.2f}'.format(x=x, pos=pos) for StrMethodFormatter, over tick values
 * with ties on binary halves, rounding carries and exponents; and what Python refuses for a float, refused.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parsePrintf, parseStrFormat } from '../../src/style/py-format';
import { FIXTURES } from '../helpers/reference';

const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'py-format.json'), 'utf8')) as {
  printf: [string, number, string][];
  str: [string, number, number, string][];
};

describe("Python's formatting of tick values, as matplotlib's formatters call it", () => {
  const formats = (rows: unknown[][]) => [...new Set(rows.map((r) => r[0] as string))];
  for (const f of formats(fixture.printf)) {
    it(`'${f}' % x`, () => {
      const format = parsePrintf(f);
      assert.ok(format, 'refused');
      for (const [, v, want] of fixture.printf.filter((r) => r[0] === f)) assert.equal(format(v), want, String(v));
    });
  }
  for (const f of formats(fixture.str)) {
    it(`'${f}'.format(x=x, pos=pos)`, () => {
      const format = parseStrFormat(f);
      assert.ok(format, 'refused');
      for (const [, v, pos, want] of fixture.str.filter((r) => r[0] === f))
        assert.equal(format(v, pos), want, String(v));
    });
  }
  it('refuses what Python cannot format a float with', () => {
    for (const f of ['%.2f %.2f', 'no conversion', '%c', '%x', '%(name)s', '100%'])
      assert.equal(parsePrintf(f), undefined, f);
    for (const f of ['{y:.2f}', '{x:d}', '{x:n}', '{x:.3}', '{x', 'x}', '{0}'])
      assert.equal(parseStrFormat(f), undefined, f);
  });
});
