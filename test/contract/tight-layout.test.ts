/**
 * --tight-layout against plt.tight_layout(): the axes positions matplotlib gives (test/fixtures/tight-layout.json,
 * made by scripts/make-tight-fixtures.py), and its arguments read and refused as the other pyplot calls' are.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parsePlotArgs } from '../../src/cli/main';
import { optionsFromCli } from '../../src/cli/options';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';
import { FIXTURES } from '../helpers/reference';

interface Case {
  name: string;
  args: string[];
  positions: [number, number, number, number][];
}
const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'tight-layout.json'), 'utf8')) as { cases: Case[] };

describe('--tight-layout puts the axes where plt.tight_layout() does', () => {
  for (const c of cases) {
    it(`${c.name}: actplot ${c.args.join(' ')}`, () => {
      const fig = buildFigure(optionsFromCli(parsePlotArgs(c.args).panels));
      const layout = figureLayout(fig, 'png');
      layout.axes.forEach((ax, i) => {
        const ours = [
          ax.box.left / layout.width,
          1 - ax.box.bottom / layout.height,
          ax.box.right / layout.width,
          1 - ax.box.top / layout.height,
        ];
        // Within a hundredth of a pixel of matplotlib's.
        ours.forEach((v, k) =>
          assert.ok(Math.abs(v - c.positions[i][k]) < 1e-5, `axes ${i}: ${ours} against ${c.positions[i]}`),
        );
      });
    });
  }
});

describe('--tight-layout on the command line', () => {
  it('bare, it takes no argument: a function after it is still drawn', () => {
    const { panels } = parsePlotArgs(['--tight-layout', 'sigmoid', 'tanh']);
    assert.deepEqual(panels[0].functions, ['sigmoid', 'tanh']);
    const fig = buildFigure(optionsFromCli(panels));
    assert.deepEqual(fig.tightLayout, { pad: 1.08 });
  });

  it('refuses a misspelt keyword, a bad value and a keyword actplot does not support yet, naming each', async () => {
    const dir = scratch();
    for (const [args, pattern] of [
      [
        'pd=0.5',
        /^actplot: --tight-layout pd: got 'pd'; expected a keyword of tight_layout\(\): pad, h_pad, w_pad \(did you mean 'pad'\?\)/,
      ],
      [
        "pad='big'",
        /--tight-layout pad: got 'big'; expected a padding from 0 to 100, in multiples of the font size \(e\.g\. pad=0\.5\)/,
      ],
      ['rect=(0, 0, 1, 0.95)', /tight_layout\(rect=\.\.\.\) is matplotlib's, but actplot does not draw it yet/],
    ] as const) {
      const r = await cli(['sigmoid', '--tight-layout', args, '-o', 'a.png'], dir);
      assert.equal(r.code, 2, args);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.ok(!fs.existsSync(path.join(dir, 'a.png')));
    }
  });
});
