/**
 * A script's call lines copied whole (spec/call-lines.ts): the same figure as the call's arguments, since in
 * Python `plt.axhline(0, color='k')` passes exactly those arguments (matplotlib's own pyplot wrappers hand them
 * to the Axes method of the same name, and `ax.set_title(...)` is what `plt.title(...)` calls).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { callLine } from '../../src/spec/call-lines';
import type { FigureOptions, PanelOptions } from '../../src/spec/options';
import { scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';

const curves = [{ function: 'relu' }, { function: 'tanh' }];

describe('callLine', () => {
  it('reads the arguments of a call of one of the names, made on an object, an assignment before it or not', () => {
    const cases: [string, string[], string | undefined][] = [
      ["plt.axhline(0, color='k')", ['axhline'], "0, color='k'"],
      ["ax.set_title('ReLU (x)')", ['title', 'set_title'], "'ReLU (x)'"],
      ['fig, ax = plt.subplots(1, 2, figsize=(10, 4));', ['subplots'], '1, 2, figsize=(10, 4)'],
      ['axs[0, 1].set_xlim(-5, 5)', ['set_xlim'], '-5, 5'],
      ['matplotlib.pyplot.grid()', ['grid'], ''],
      // Not a whole call line of the names: left as it is.
      ["0, color='k'", ['axhline'], undefined],
      ['axhline(0)', ['axhline'], undefined],
      ['plt.axhline(0) + plt.axvline(0)', ['axhline'], undefined],
      ['plt.axvline(0)', ['axhline'], undefined],
      ['np.arange(-5, 6, 1)', ['xticks', 'set_xticks'], undefined],
    ];
    for (const [text, names, expected] of cases) assert.equal(callLine(text, names), expected, text);
  });
});

describe('options given as call lines', () => {
  const panel = (extra: Partial<PanelOptions>): FigureOptions => ({
    panels: [{ curves, ...extra }],
    style: 'matplotlib',
  });
  it('build the figure their arguments build', () => {
    const same: [Partial<PanelOptions>, Partial<PanelOptions>][] = [
      [{ title: "plt.title('ReLU', fontsize=14)" }, { title: "'ReLU', fontsize=14" }],
      [{ xlabel: "ax.set_xlabel('x', loc='right')" }, { xlabel: "'x', loc='right'" }],
      [{ xlim: 'plt.xlim(-3, 3)' }, { xlim: '-3, 3' }],
      [{ yticks: 'ax.set_yticks([0, 1, 2])' }, { yticks: '[0, 1, 2]' }],
      [{ axhline: ["plt.axhline(0, color='k', lw=0.5)"] }, { axhline: ["0, color='k', lw=0.5"] }],
      [{ legend: "ax.legend(loc='upper left', frameon=False)" }, { legend: "loc='upper left', frameon=False" }],
      [{ grid: "plt.grid(True, linestyle='--')" }, { grid: "True, linestyle='--'" }],
      [{ text: ["ax.text(0, 1, 'kink')"] }, { text: ["0, 1, 'kink'"] }],
      [{ fillBetween: ['plt.fill_between(x, F.relu(x), alpha=0.3)'] }, { fillBetween: ['x, F.relu(x), alpha=0.3'] }],
      [{ set: "ax.set(xlim=(-2, 2), title='t')" }, { set: "xlim=(-2, 2), title='t'" }],
      [{ legend: 'plt.legend()' }, { legend: true }],
      [{ xticks: 'plt.xticks(rotation=45)' }, { xticks: 'rotation=45' }],
    ];
    for (const [line, args] of same) {
      assert.deepEqual(buildFigure(panel(line)), buildFigure(panel(args)), JSON.stringify(line));
    }
    const figure = (extra: Partial<FigureOptions>): FigureOptions => ({ ...panel({}), ...extra });
    assert.deepEqual(
      buildFigure(
        figure({ subplots: 'fig, ax = plt.subplots(figsize=(6, 3))', tightLayout: 'fig.tight_layout(pad=2)' }),
      ),
      buildFigure(figure({ subplots: 'figsize=(6, 3)', tightLayout: 'pad=2' })),
    );
    assert.deepEqual(
      buildFigure(figure({ panels: [{ curves: [{ plot: "plt.plot([0, 1], [1, 0], 'ro')" }] }] })),
      buildFigure(figure({ panels: [{ curves: [{ plot: "[0, 1], [1, 0], 'ro'" }] }] })),
    );
  });
  it("takes a spine's lines as scripts write them: Spine's setters on ax.spines[...] or ax.spines.<side>", () => {
    const lines = [
      "ax.spines['left'].set_position('zero')",
      "ax.spines['bottom'].set_position(('data', 0))",
      "ax.spines[['top', 'right']].set_visible(False)",
      'plt.gca().spines.left.set_linewidth(2)',
      "ax.spines['bottom'].set_bounds(-2, 2)",
      "ax.spines['left'].set(color='0.3')",
    ];
    const args = [
      "left, position='zero'",
      "bottom, position=('data', 0)",
      "['top', 'right'], visible=False",
      'left, linewidth=2',
      'bottom, bounds=(-2, 2)',
      "left, color='0.3'",
    ];
    assert.deepEqual(buildFigure(panel({ spine: lines })), buildFigure(panel({ spine: args })));
    assert.deepEqual(
      buildFigure(panel({ spine: ['ax.spines[:].set_visible(False)'] })),
      buildFigure(panel({ spine: ['all, visible=False'] })),
    );
  });
  it("refuses another option's call at the option, saying where it goes", () => {
    assert.throws(
      () => buildFigure(panel({ title: "plt.xlabel('x')" })),
      (e: unknown) =>
        e instanceof UsageError &&
        e.field.join('.') === 'panels.0.title' &&
        /xlabel\(\) goes to --xlabel/.test(e.message),
    );
    assert.throws(() => buildFigure(panel({ axhline: ['plt.axvline(0)'] })), /axvline\(\) goes to --axvline/);
  });
  it('reach the command line, the optional-valued flags and savefig()s file name too', async () => {
    const dir = scratch();
    const r = await cli(
      [
        'relu',
        '--grid',
        'plt.grid(True, alpha=0.3)',
        '--tight-layout',
        'plt.tight_layout()',
        '--savefig',
        "plt.savefig('line.svg', dpi=50)",
        '-q',
      ],
      dir,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(dir), ['line.svg']);
    assert.match(fs.readFileSync(path.join(dir, 'line.svg'), 'utf8'), /^<\?xml/);
  });
});
