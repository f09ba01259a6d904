/**
 * plt.savefig()'s arguments: its keywords are the figure's own options (matplotlib 3.6's savefig(dpi=...,
 * transparent=..., bbox_inches='tight', pad_inches=..., facecolor=...) save what --dpi, --transparent,
 * --bbox-inches, --pad-inches and rcParams['savefig.facecolor'] save), its file name the command line's output.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { withSavefig } from '../../src/spec/savefig-call';
import { pngSize, scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';

const panels = [{ curves: [{ function: 'relu' }] }];

describe("savefig()'s keywords", () => {
  it('are the options of their names', () => {
    const said = buildFigure({
      panels,
      savefig: "dpi=300, transparent=True, bbox_inches='tight', pad_inches=0.3, facecolor='#f0f0f0'",
    });
    const own = buildFigure({
      panels,
      dpi: 300,
      transparent: true,
      bboxInches: 'tight',
      padInches: 0.3,
      rc: ['savefig.facecolor=#f0f0f0'],
    });
    assert.deepEqual(said, own);
  });
  it("take an RGB tuple as a colour, 'auto', and dpi='figure' (figure.dpi)", () => {
    // (1, 0.9, 0.9) is #ffe6e6 (matplotlib.colors.to_hex rounds 229.5 to 230, 0xe6).
    assert.deepEqual(withSavefig({ panels, savefig: 'facecolor=(1, 0.9, 0.9)' }).rc, ['savefig.facecolor=#ffe6e6']);
    assert.deepEqual(withSavefig({ panels, savefig: "facecolor='auto'" }).rc, ['savefig.facecolor=auto']);
    const fig = buildFigure({ panels, style: 'matplotlib', rc: ['figure.dpi=72'], savefig: "dpi='figure'" });
    assert.equal(fig.dpi, 72);
  });
  it('are refused given twice, and the file named outside the command line', () => {
    assert.throws(() => buildFigure({ panels, dpi: 100, savefig: 'dpi=300' }), /given twice, in savefig\(\)/);
    assert.throws(() => buildFigure({ panels, savefig: "'a.png'" }), /names the file/);
    assert.throws(() => buildFigure({ panels, savefig: 'dpi=0' }), /dots per inch from 1 to 10000/);
    assert.throws(() => buildFigure({ panels, savefig: "metadata={'Title': 'a'}" }), /not draw it yet/);
    assert.throws(() => buildFigure({ panels, savefig: "orientation='sideways'" }), /'portrait' or 'landscape'/);
  });
});

describe('--savefig on the command line', () => {
  it('writes the file it names, in the format its name or format= gives', async () => {
    const dir = scratch();
    const r = await cli(['relu', '--savefig', "'relu300.png', dpi=300", '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    // The document's relu figure is 8x4 inches: 2400x1200 pixels at 300 dpi.
    assert.deepEqual(pngSize(fs.readFileSync(path.join(dir, 'relu300.png'))), [2400, 1200]);
    const svg = await cli(['relu', '--savefig', "'relu', format='svg'", '-q'], dir);
    assert.equal(svg.code, 0, svg.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'relu'), 'utf8'), /^<\?xml/);
  });
  it('refuses a file named twice, and writes nothing', async () => {
    const dir = scratch();
    const r = await cli(['relu', '--savefig', "'a.png'", '-o', 'b.png'], dir);
    assert.deepEqual(
      [r.code, r.stderr],
      [2, 'actplot: --savefig fname: given twice, in savefig() and as -o; give it once\n'],
    );
    assert.deepEqual(fs.readdirSync(dir), []);
  });
});

describe('a figure face that is not opaque', () => {
  // matplotlib 3.6 writes each as an RGBA PNG whose corner is see-through (alpha 0) and whose axes are white:
  // figure(frameon=False) hides the figure's patch, which savefig(facecolor=...) colours but does not show.
  for (const args of [
    ['--savefig', "facecolor='none'"],
    ['--figure', 'frameon=False'],
    ['--figure', 'frameon=False', '--savefig', "facecolor='red'"],
  ]) {
    it(`${args.join(' ')}: an RGBA PNG, see-through around the axes`, async () => {
      const dir = scratch();
      const r = await cli(['relu', '--style', 'matplotlib', ...args, '-o', 'f.png', '-q'], dir);
      assert.equal(r.code, 0, r.stderr);
      const bytes = fs.readFileSync(path.join(dir, 'f.png'));
      // IHDR's colour type (byte 25): 6 is RGB with alpha, 2 RGB alone.
      assert.equal(bytes[25], 6);
      const { createCanvas, Image } = await import('canvas');
      const img = new Image();
      img.src = bytes;
      const ctx = createCanvas(img.width, img.height).getContext('2d');
      ctx.drawImage(img, 0, 0);
      assert.equal(ctx.getImageData(2, 2, 1, 1).data[3], 0, 'the corner');
      assert.deepEqual([...ctx.getImageData(img.width / 2, img.height / 4, 1, 1).data], [255, 255, 255, 255]);
    });
  }
});
