/** Errors as data: the field, what was given and what is accepted, worded by whoever shows them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flagFor, wordForCli } from '../../src/cli/wording';
import { parseConfig } from '../../src/config/load';
import { planFigures } from '../../src/config/plan';
import { badValue, formatPath, UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { validateFigure } from '../../src/spec/validate';

function caught(f: () => unknown): UsageError {
  try {
    f();
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('UsageError', () => {
  it('carries its field and detail; its message is the property path', () => {
    const e = badValue(['panels', 1, 'size'], [0, 4], 'WIDTHxHEIGHT in inches, both > 0', 'e.g. 6.4x4.8');
    assert.deepEqual(e.field, ['panels', 1, 'size']);
    assert.deepEqual(e.detail, { given: "'0,4'", expected: 'WIDTHxHEIGHT in inches, both > 0', hint: 'e.g. 6.4x4.8' });
    assert.equal(e.message, "panels[1].size: got '0,4'; expected WIDTHxHEIGHT in inches, both > 0 (e.g. 6.4x4.8)");
  });
  it('placed in a config file, it names the file and the path', () => {
    const e = new UsageError('xlim', 'is wrong').at(['figures', 3], 'c.yaml');
    assert.equal(e.message, 'c.yaml: figures[3].xlim: is wrong');
  });
  it('formatPath', () => {
    assert.equal(formatPath(['figures', 3, 'curves', 0, 'color']), 'figures[3].curves[0].color');
    assert.equal(formatPath([]), '');
    assert.equal(formatPath([0, 1]), '[0][1]');
  });
});

describe('the command line words a field as its flag', () => {
  const cases: [(string | number)[], string][] = [
    [['panels', 1, 'xlim'], '--xlim'],
    [['panels', 0, 'grid', 'color'], '--grid-color'],
    [['panels', 0, 'curves', 2, 'function'], 'function'],
    [['panels', 0, 'curves', 1, 'expr'], '--expr'],
    [['panels', 2], '--panel'],
    [['output'], '-o'],
    [['outDir'], '--out-dir'],
    [['num/step'], '--num/--step'],
    [['--jobs'], '--jobs'],
    [[], 'actplot'],
  ];
  for (const [field, flag] of cases)
    it(`${JSON.stringify(field)} is ${flag}`, () => assert.equal(flagFor(field), flag));
  it('a builder error, as the command line shows it', () => {
    const e = caught(() => buildFigure({ panels: [{ curves: [{ function: 'relu' }], color: ['bleu'] }] }));
    assert.deepEqual(e.field, ['panels', 0, 'color']);
    assert.match(wordForCli(e), /^--color: got 'bleu'; expected a matplotlib colour.*\(did you mean 'blue'\?\)$/);
  });
  it("math that matplotlib's mathtext refuses, named with a suggestion", () => {
    const e = caught(() =>
      validateFigure(buildFigure({ panels: [{ curves: [{ function: 'relu' }], title: '$\\sigam(x)$' }] })),
    );
    assert.deepEqual(e.field, ['panels', 0, 'title']);
    assert.match(
      wordForCli(e),
      /^--title: got '\$\\sigam\(x\)\$'; .*Unknown symbol: \\sigam.*\(did you mean \\sigma\?\)$/,
    );
  });
});

describe('a config places the error at the key that caused it', () => {
  const plan = (yaml: string) => caught(() => planFigures(parseConfig(yaml, 'c.yaml'), 'c.yaml'));
  const cases: [string, string][] = [
    ['figures:\n  - {name: a, functions: [tanh, sigmod]}\n', 'figures[0].functions[1]'],
    [
      'figures:\n  - {name: a, panels: [{function: relu}, {function: gelu, xlim: "left=1, xmin=2"}]}\n',
      'figures[0].panels[1].xlim',
    ],
    [
      'figures:\n  - {name: a, curves: [{function: relu}, {function: gelu, color: bleu}]}\n',
      'figures[0].curves[1].color',
    ],
    ['defaults: {xlim: [0, .nan]}\nfigures:\n  - {name: a, function: relu}\n', 'defaults.xlim[1]'],
    ['figures:\n  - {name: a, expr: [x, "x +* 2"]}\n', 'figures[0].expr[1]'],
    ['figures:\n  - {name: a, function: relu, grid: {alpha: 2}}\n', 'figures[0].grid.alpha'],
    ['figures:\n  - {name: a, function: relu, size: [500, 4], format: svg}\n', 'figures[0].size'],
  ];
  for (const [yaml, where] of cases) {
    it(where, () => {
      const e = plan(yaml);
      assert.equal(e.file, 'c.yaml');
      assert.equal(formatPath(e.field), where, e.message);
    });
  }
});
