import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colormapColor } from '../../src/style/colormaps';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { readScript } from '../../src/spec/script';

describe("a colour of matplotlib's colormaps", () => {
  it("is matplotlib 3.6's, for floats, ints, out-of-range values and reversed maps", () => {
    // matplotlib.colors.to_hex(plt.get_cmap(name)(value)) printed by matplotlib 3.6.
    for (const [name, value, isInt, hex] of [
      ['viridis', 0.5, false, '#21918c'],
      ['viridis', 0, false, '#440154'],
      ['viridis', 1, false, '#fde725'],
      ['viridis', -0.1, false, '#440154'],
      ['viridis', 1.1, false, '#fde725'],
      ['viridis_r', 0.25, false, '#5cc863'],
      ['tab10', 3, true, '#d62728'],
      ['tab10', 12, true, '#17becf'],
      ['tab10', -1, true, '#1f77b4'],
      ['coolwarm', 1 / 3, false, '#aac7fd'],
      ['jet', 0.999, false, '#800000'],
      ['twilight', 0.5, false, '#2f1436'],
      ['Blues', 128, true, '#6aaed6'],
      ['Set1', 0.5, false, '#ff7f00'],
    ] as const) {
      assert.equal(colormapColor(name, value, isInt, ['color']), hex, `${name}(${value})`);
    }
    assert.equal(colormapColor('viridis', NaN, false, ['color']), undefined);
    assert.throws(
      () => colormapColor('virdis', 0.5, false, ['color']),
      (err: unknown) => err instanceof UsageError && /got 'virdis'.*did you mean 'viridis'/.test(err.message),
    );
  });
  it("is what a script's plt.cm, get_cmap() and colormaps[] calls give, a loop's and a range's too", () => {
    const options = readScript(
      [
        'import matplotlib as mpl',
        'from matplotlib import cm',
        'x = np.linspace(-1, 1, 5)',
        'betas = np.array([0.5, 1.0, 2.0, 3.0])',
        'colors = plt.cm.plasma(np.linspace(0, 1, len(betas)))',
        'for b, c in zip(betas, colors): plt.plot(x, b * x, color=c)',
        "cmap = plt.get_cmap('tab10')",
        'for i in range(2): plt.plot(x, x + i, color=cmap(i))',
        "plt.plot(x, -x, color=mpl.colormaps['viridis'](0.5, alpha=0.5))",
        'plt.plot(x, 2 * x, color=cm.coolwarm(1 / 3))',
        'alphas = [0.1, 0.5]',
        "for i, a in enumerate(alphas): plt.plot(x, a * x, color=plt.get_cmap('viridis')(i / (len(alphas) - 1)))",
      ].join('\n'),
    );
    // matplotlib 3.6: plasma at np.linspace(0, 1, 4) is #0d0887, #9c179e, #ed7953, #f0f921; tab10(0) and (1)
    // C0's and C1's; viridis(0.5, alpha=0.5) #21918c80; coolwarm(1 / 3) #aac7fd; viridis(0.0) and (1.0) #440154 and
    // #fde725 (len() of a list named in the plot call itself).
    assert.deepEqual(
      buildFigure(options).axes[0].curves.map((c) => c.color),
      ['#0d0887', '#9c179e', '#ed7953', '#f0f921', '#1f77b4', '#ff7f0e', '#21918c80', '#aac7fd', '#440154', '#fde725'],
    );
  });
});
