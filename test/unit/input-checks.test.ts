/** Unit tests of the pure checks on inputs: UTF-8, repeated JSON keys, config trees, one-line messages. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneLine } from '../../src/cli/wording';
import { parseConfig } from '../../src/config/load';
import { decodeUtf8, firstInvalidUtf8, ReadProblem } from '../../src/config/read';
import { repeatedJsonKey, treeProblem } from '../../src/config/tree';
import { MAX_CONFIG_DEPTH, MAX_CONFIG_VALUES } from '../../src/limits';

describe('firstInvalidUtf8 (the Unicode standard, table 3-7)', () => {
  const cases: [string, number[], number][] = [
    ['ASCII', [0x61, 0x62], -1],
    ['two-byte é', [0x61, 0xc3, 0xa9], -1],
    ['three-byte €', [0xe2, 0x82, 0xac], -1],
    ['four-byte 😀', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['0xff', [0x61, 0x62, 0xff], 2],
    ['an overlong slash (c0 af)', [0xc0, 0xaf], 0],
    ['an overlong three-byte form (e0 80 af)', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['a surrogate (ed a0 80)', [0xed, 0xa0, 0x80], 0],
    ['beyond U+10FFFF (f4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x61, 0xe2, 0x82], 1],
    ['a sequence cut short by ASCII', [0xe2, 0x41, 0x42], 0],
  ];
  for (const [name, bytes, expected] of cases) {
    it(`${name}: ${expected}`, () => assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), expected));
  }
  it('decodeUtf8 names the offset and drops a byte-order mark', () => {
    assert.throws(
      () => decodeUtf8(Buffer.from([0x61, 0x0a, 0xe9, 0x0a])),
      (err: Error) => err instanceof ReadProblem && /byte 2 \(0xe9\)/.test(err.message),
    );
    assert.equal(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x61])), 'a');
  });
});

describe('repeatedJsonKey', () => {
  it('finds a key repeated in one object, with its offset', () => {
    const text = '{"a": 1, "b": {"a": 2}, "a": 3}';
    assert.deepEqual(repeatedJsonKey(text), { key: 'a', offset: text.lastIndexOf('"a"') });
  });
  it('sees keys through escapes ("\\u0061" is "a")', () => {
    assert.equal(repeatedJsonKey('{"a": 1, "\\u0061": 2}')?.key, 'a');
  });
  it('does not count strings that are values, nor keys of sibling objects', () => {
    assert.equal(repeatedJsonKey('{"a": "a", "b": ["a", {"a": 1}], "c": {"a": 1}, "d": "\\"a\\""}'), undefined);
    assert.equal(repeatedJsonKey('[{"a": 1}, {"a": 2}]'), undefined);
  });
  it('handles empty objects, arrays and scalars', () => {
    for (const t of ['{}', '[]', '1', '"x"', '{"a": {}, "b": []}']) assert.equal(repeatedJsonKey(t), undefined, t);
  });
});

describe('treeProblem', () => {
  it('accepts a plain config', () =>
    assert.equal(treeProblem({ figures: [{ name: 'a', xticks: [1, 2] }] }), undefined));
  it(`refuses nesting deeper than ${MAX_CONFIG_DEPTH} levels, without recursion`, () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    assert.match(treeProblem(deep)!.message, /nests deeper than/);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_CONFIG_DEPTH; i++) ok = [ok];
    assert.equal(treeProblem(ok), undefined);
  });
  it('counts a shared value each time it appears (YAML aliases)', () => {
    const list = Array.from({ length: 1000 }, (_, i) => i);
    const shared = Array.from({ length: MAX_CONFIG_VALUES / 1000 + 1 }, () => list);
    assert.match(treeProblem(shared)!.message, new RegExp(`more than ${MAX_CONFIG_VALUES} values`));
  });
  it('refuses a key named __proto__, with its path', () => {
    const data = JSON.parse('{"figures": [{"curves": [{"params": {"__proto__": 1}}]}]}') as unknown;
    assert.deepEqual(treeProblem(data)?.path, ['figures', 0, 'curves', 0, 'params', '__proto__']);
  });
});

describe('YAML aliases in a config (config/load.ts)', () => {
  const aliasError = /uses its YAML aliases more than 1000 times/;
  it('a list anchored once and used twice more gives three equal lists', () => {
    const config = parseConfig(
      'figures:\n  - {name: a, functions: &fs [gelu, relu]}\n  - {name: b, functions: *fs}\n  - {name: c, functions: *fs}\n',
      'c.yaml',
    );
    assert.deepEqual(
      config.figures.map((f) => f.functions),
      [
        ['gelu', 'relu'],
        ['gelu', 'relu'],
        ['gelu', 'relu'],
      ],
    );
  });
  // Hand count: a level of ten aliases of the one below uses 10 aliases, the next 10 x (1 + 10) = 110, the
  // next 10 x (1 + 110) = 1110: three levels are 1230 uses in all, two are 120.
  const levels = (n: number) =>
    [
      'a0: &a0 [x]',
      ...Array.from({ length: n }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`),
    ].join('\n');
  it('counts an alias inside what an alias repeats at each use: 1230 uses are too many, 120 are not', () => {
    assert.throws(() => parseConfig(`${levels(3)}\n`, 'c.yaml'), aliasError);
    assert.throws(
      () => parseConfig(`${levels(2)}\n`, 'c.yaml'),
      (e: Error) => !aliasError.test(e.message),
    );
  });
  it('refuses an alias inside what it repeats', () =>
    assert.throws(() => parseConfig('figures: &f [{name: a, function: gelu}, *f]\n', 'c.yaml'), aliasError));
});

describe('oneLine', () => {
  it('shows control characters escaped, so a message stays one line', () => {
    assert.equal(oneLine('a\nb\r\tc\u0000\u2028'), 'a\\nb\\r\\tc\\u0000\\u2028');
    assert.equal(oneLine('plain: ünïcode ✓'), 'plain: ünïcode ✓');
  });
});
