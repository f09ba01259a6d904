import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { truthy } from '../../src/spec/conditions';
import { UsageError } from '../../src/errors';
import { readScript } from '../../src/spec/script';

describe("an if's condition over values written out", () => {
  it("is Python's truth of it", () => {
    // Python 3.11's bool(eval(condition)) of each.
    for (const [condition, python] of [
      ["'none' == 'none'", true],
      ["'tanh' != 'none'", true],
      ['2 > 1', true],
      ['1 < 2 < 3', true],
      ['3 > 2 > 2', false],
      ['1 == 1.0', true],
      ['True == 1', true],
      ["'relu' in ['relu', 'gelu']", true],
      ["'a' not in ('b', 'c')", true],
      ["'lu' in 'relu'", true],
      ['None is None', true],
      ['0.5 is not None', true],
      ['not 0', true],
      ["not ''", true],
      ['[] or 0', false],
      ['1 and 0', false],
      ["0 or 'x'", true],
      ["(1 > 2) or ('a' < 'b')", true],
      ["'b' >= 'a'", true],
      ["'x' in {'x': 1}", true],
      ['[1, 2] == [1, 2]', true],
      ['not (1 == 1 and 2 == 3)', true],
      ["'index' == 'index'", true],
      ["__name__ == '__main__'", true],
    ] as const) {
      assert.equal(truthy(condition, ['script']), python, condition);
    }
  });
  it("reads a name's value written out, and refuses what it cannot tell in one line", () => {
    const values: Record<string, string> = { mode: "'tanh'", beta: '2' };
    const valueOf = (n: string) => values[n];
    assert.equal(truthy("mode == 'tanh' and beta > 1", ['script'], valueOf), true);
    for (const condition of ['unknown', 'x > 0', "'a' < 1", '1 in 2', "'a' is 'a'", 'f(1)', 'a or', '']) {
      assert.throws(
        () => truthy(condition, ['script'], valueOf),
        (err: unknown) => err instanceof UsageError && /only a condition of values written out/.test(err.message),
        condition,
      );
    }
  });
  it("takes the first true clause of an if, elif and else chain in a script, in a loop's body too", () => {
    const options = readScript(
      [
        'x = np.linspace(-1, 1, 5)',
        "mode = 'b'",
        "for k in ['a', 'b', 'c']:",
        "    if k == 'a':",
        '        plt.plot(x, x)',
        '    elif k == mode:',
        '        plt.plot(x, 2 * x)',
        '    else:',
        '        plt.plot(x, 3 * x)',
        "if mode == 'a':",
        "    plt.title('a')",
        "elif mode in ('b', 'c'):",
        "    plt.title('b or c')",
        'else:',
        "    plt.title('other')",
      ].join('\n'),
    );
    // By hand: a takes the if, b the elif (mode is 'b'), c the else; the chain after the loop its elif.
    assert.deepEqual(
      options.panels[0].curves.map((c) => c.plot),
      ['x, x', 'x, 2 * x', 'x, 3 * x'],
    );
    assert.equal(options.panels[0].title, "'b or c'");
  });
});
