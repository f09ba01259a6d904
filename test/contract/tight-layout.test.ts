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
  /** The page savefig(bbox_inches='tight') keeps, inches. */
  bboxInches: [number, number];
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

describe("--bbox-inches tight keeps the page savefig(bbox_inches='tight') keeps", () => {
  for (const c of cases) {
    it(`${c.name}: the page is matplotlib's tight bounding box, padded by 0.1 inch`, () => {
      const fig = buildFigure(optionsFromCli(parsePlotArgs([...c.args, '--bbox-inches', 'tight']).panels));
      // In points, as a vector page keeps it exactly; within a hundredth of a point.
      const page = figureLayout(fig, 'svg');
      assert.ok(Math.abs(page.width - c.bboxInches[0] * 72) < 0.01, `width ${page.width / 72} in`);
      assert.ok(Math.abs(page.height - c.bboxInches[1] * 72) < 0.01, `height ${page.height / 72} in`);
      // In whole pixels, as Agg truncates it.
      const png = figureLayout(fig, 'png');
      assert.deepEqual(
        [png.width, png.height],
        c.bboxInches.map((v) => Math.floor(v * fig.dpi + 1e-6)),
      );
    });
  }

  it('writes the exact page in the SVG and PDF files, their cross-references still right', async () => {
    const dir = scratch();
    const args = [...cases[0].args, '--bbox-inches', 'tight'];
    assert.equal((await cli([...args, '-o', 'a.svg'], dir)).code, 0);
    assert.equal((await cli([...args, '-o', 'a.pdf'], dir)).code, 0);
    const [w, h] = cases[0].bboxInches.map((v) => v * 72);
    const svg = fs.readFileSync(path.join(dir, 'a.svg'), 'utf8');
    const [, sw, sh] = /<svg[^>]*width="([\d.]+)pt"[^>]*height="([\d.]+)pt"/.exec(svg)!;
    assert.ok(Math.abs(Number(sw) - w) < 0.01 && Math.abs(Number(sh) - h) < 0.01, `${sw} x ${sh} pt`);
    const pdf = fs.readFileSync(path.join(dir, 'a.pdf')).toString('latin1');
    const box = /\/MediaBox \[ ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) \]/.exec(pdf)!.slice(1).map(Number);
    assert.ok(Math.abs(box[2] - box[0] - w) < 0.01 && Math.abs(box[3] - box[1] - h) < 0.01, `MediaBox ${box}`);
    // Every object the cross-reference table lists starts where it says, after the longer media box.
    const table = pdf.slice(pdf.lastIndexOf('\nxref') + 1, pdf.indexOf('trailer', pdf.lastIndexOf('\nxref')));
    const offsets = [...table.matchAll(/^(\d{10}) \d{5} n/gm)].map((m) => Number(m[1]));
    assert.ok(offsets.length > 5);
    for (const o of offsets) assert.match(pdf.slice(o, o + 12), /^\d+ 0 obj/);
    const start = Number(/startxref\s+(\d+)/.exec(pdf)![1]);
    assert.equal(pdf.slice(start, start + 4), 'xref');
  });

  it('refuses another bbox_inches, and pad_inches without it', async () => {
    const dir = scratch();
    for (const [args, pattern] of [
      [
        ['--bbox-inches', 'loose'],
        /^actplot: --bbox-inches: got 'loose'; expected 'tight' \(savefig\(\) also takes a Bbox/,
      ],
      [['--pad-inches', '0.2'], /^actplot: --pad-inches: applies with --bbox-inches tight .*add --bbox-inches tight/],
      [
        ['--bbox-inches', 'tight', '--pad-inches', '-1'],
        /^actplot: --pad-inches: got '?-1'?; expected inches from 0 to 10/,
      ],
    ] as const) {
      const r = await cli(['sigmoid', ...args, '-o', 'a.png'], dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, pattern);
      assert.ok(!fs.existsSync(path.join(dir, 'a.png')));
    }
  });
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
        /^actplot: --tight-layout pd: got 'pd'; expected a keyword of tight_layout\(\): pad, h_pad, w_pad, rect \(did you mean 'pad'\?\)/,
      ],
      [
        "pad='big'",
        /--tight-layout pad: got 'big'; expected a padding from 0 to 100, in multiples of the font size \(e\.g\. pad=0\.5\)/,
      ],
      [
        'rect=(0, 0.95)',
        /--tight-layout rect: got '\(0, 0\.95\)'; expected \(left, bottom, right, top\) in figure fractions, e\.g\. \(0, 0, 1, 0\.95\)/,
      ],
    ] as const) {
      const r = await cli(['sigmoid', '--tight-layout', args, '-o', 'a.png'], dir);
      assert.equal(r.code, 2, args);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.ok(!fs.existsSync(path.join(dir, 'a.png')));
    }
  });
});
