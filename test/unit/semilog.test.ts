/**
 * semilogx, semilogy and loglog in a script: matplotlib's Axes.semilogy is set_yscale('log', **its base, subs and
 * nonpositive) and then plot(*args, **the rest) (lib/matplotlib/axes/_axes.py); loglog does both axes, semilogx
 * x alone. A script with either reads as the script with those two calls written out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readScript } from '../../src/spec/script';
import { semilogStatements } from '../../src/spec/semilog';

const HEAD = ['import torch', 'import matplotlib.pyplot as plt', 'x = torch.linspace(0.1, 3, 50)'];
const read = (lines: string[]) => readScript([...HEAD, ...lines].join('\n'));

describe('semilogx, semilogy and loglog', () => {
  it('are the scales, then plot()', () => {
    assert.deepEqual(semilogStatements("plt.semilogy(x, y, 'r--', base=2, label='exp')"), [
      "plt.yscale('log', base=2)",
      "plt.plot(x, y, 'r--', label='exp')",
    ]);
    assert.deepEqual(semilogStatements("axes[1].semilogx(x, y, nonpositive='mask', lw=2)"), [
      "axes[1].set_xscale('log', nonpositive='mask')",
      'axes[1].plot(x, y, lw=2)',
    ]);
    assert.deepEqual(semilogStatements('  ax.loglog(x, y)'), [
      "  ax.set_xscale('log')",
      "  ax.set_yscale('log')",
      '  ax.plot(x, y)',
    ]);
    assert.equal(semilogStatements('line, = ax.semilogy(x, y)'), undefined);
    assert.equal(semilogStatements('ax.plot(x, y)'), undefined);
  });

  it('read as the script with the two calls written out', () => {
    const pairs: [string[], string[]][] = [
      [['plt.semilogy(x, torch.exp(x))'], ["plt.yscale('log')", 'plt.plot(x, torch.exp(x))']],
      [
        ['fig, ax = plt.subplots()', "ax.semilogy(x, torch.exp(x), 'r--', base=2, label='exp')", 'ax.legend()'],
        [
          'fig, ax = plt.subplots()',
          "ax.set_yscale('log', base=2)",
          "ax.plot(x, torch.exp(x), 'r--', label='exp')",
          'ax.legend()',
        ],
      ],
      [['plt.loglog(x, x ** 2)'], ["plt.xscale('log')", "plt.yscale('log')", 'plt.plot(x, x ** 2)']],
    ];
    for (const [semilog, written] of pairs) assert.deepEqual(read(semilog), read(written), semilog.join('; '));
  });
});
