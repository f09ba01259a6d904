import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers/in-process';
import { scratch } from '../helpers/cli';
import { buildFigure } from '../../src/spec/build';

// The rough edges a new user hits, each as the user meets it, through the CLI's entry function.
describe('the command line, as a new user meets it', () => {
  it('actplot help and actplot help <command>, as git and npm have them', async () => {
    const dir = scratch();
    assert.match((await cli(['help'], dir)).out, /^Usage: actplot/);
    assert.match((await cli(['help', 'eval'], dir)).out, /^Usage: actplot eval/);
    const r = await cli(['help', 'evl'], dir);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /got 'evl'; expected a command: list, eval, gallery, render, script, schema \(did you mean 'eval'\?\)/,
    );
  });
  it("--help lists --panel; a subcommand's mistake points to that subcommand's --help", async () => {
    const dir = scratch();
    assert.match((await cli(['--help'], dir)).out, /--panel/);
    assert.match((await cli(['eval', 'relu', '--bogus'], dir)).stderr, /\(see 'actplot eval --help'\)/);
    assert.match((await cli(['relu', '--bogus'], dir)).stderr, /\(see 'actplot --help'\)/);
  });
  it('eval -o x.json writes JSON: the extension sets the format, as for figures', async () => {
    const dir = scratch();
    assert.equal((await cli(['eval', 'relu', '--num', '3', '-o', 'x.json'], dir)).code, 0);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'x.json'), 'utf8')), { x: [-8, 0, 8], y: [0, 0, 8] });
  });
  it('-q is taken by every command', async () => {
    const dir = scratch();
    for (const args of [
      ['list', '-q'],
      ['schema', '-q'],
      ['eval', 'relu', '--num', '2', '-q'],
      ['relu', '-q'],
    ]) {
      assert.equal((await cli(args, dir)).code, 0, args.join(' '));
    }
  });
  it('suggests each function once, by its own name', async () => {
    const r = await cli(['sigmod'], scratch());
    assert.match(r.stderr, /\(did you mean 'sigmoid'\?\)$/m);
    assert.doesNotMatch(r.stderr, /'Sigmoid'/);
  });
  it('--out-dir naming a file gets a sentence, not EEXIST', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'afile'), '');
    const r = await cli(['gallery', '--out-dir', 'afile'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--out-dir: got 'afile'; expected a folder \(it is a file\)/);
    assert.doesNotMatch(r.stderr, /EEXIST/);
  });
  it('-o some/new/folder/x.png makes the folder, as render and gallery do', async () => {
    const dir = scratch();
    assert.equal((await cli(['relu', '-o', 'some/new/folder/x.png'], dir)).code, 0);
    assert.ok(fs.existsSync(path.join(dir, 'some', 'new', 'folder', 'x.png')));
  });
  it('a config name: a.svg is a.svg, not a.svg.png; a contradicting format is refused', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - name: a.svg\n    function: relu\n');
    const r = await cli(['render', 'c.yaml', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.startsWith('a.')),
      ['a.svg'],
    );
    fs.writeFileSync(path.join(dir, 'd.yaml'), 'figures:\n  - name: a.svg\n    format: png\n    function: relu\n');
    assert.match((await cli(['render', 'd.yaml'], dir)).stderr, /figures\[0\]\.name: got 'a\.svg' with format: png/);
  });
  it('YAML syntax errors give the line and column', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'y.yaml'), 'figures: [\n');
    assert.match((await cli(['render', 'y.yaml'], dir)).stderr, /y\.yaml: is not valid YAML \(line 2, column 1\)/);
  });
  it('summaries say "1 figure"', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - name: a\n    function: relu\n');
    assert.match((await cli(['render', 'c.yaml'], dir)).out, /^1 figure: 1 written/m);
  });
  it('--label on a figure without a legend turns the legend on, as label= and legend() do', () => {
    const fig = buildFigure({ style: 'matplotlib', panels: [{ curves: [{ function: 'relu' }], label: ['r'] }] });
    assert.equal(fig.axes[0].legend, 'best');
    const plain = buildFigure({ style: 'matplotlib', panels: [{ curves: [{ function: 'relu' }] }] });
    assert.equal(plain.axes[0].legend, false);
  });
});

describe("tight_layout that cannot fit: matplotlib's warning, the figure as it was", () => {
  const NOT_APPLIED =
    'actplot: warning: Tight layout not applied. The left and right margins cannot be made large enough to ' +
    'accommodate all axes decorations.';
  it('a plot warns once and is written', async () => {
    const dir = scratch();
    const r = await cli(['sigmoid', '--legend', 'bbox_to_anchor=(3, 1)', '--tight-layout', '-o', 'a.png', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr.trim(), NOT_APPLIED);
    assert.ok(fs.existsSync(path.join(dir, 'a.png')));
  });
  it('--show warns too (another warning: each is said once a process)', async () => {
    const dir = scratch();
    const r = await cli(['sigmoid', '--legend', 'bbox_to_anchor=(0.5, 3)', '--tight-layout', '--show', 'text'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^actplot: warning: Tight layout not applied\. The bottom and top margins cannot be made/);
  });
  it('a render names the config and the figure, from a worker thread too', async () => {
    const dir = scratch();
    const figure = (name: string) =>
      `  - {name: ${name}, function: relu, tightLayout: true, legend: {bbox_to_anchor: [3, 1]}}`;
    fs.writeFileSync(path.join(dir, 'c.yaml'), ['figures:', figure('a'), figure('b'), figure('c')].join('\n'));
    const r = await cli(['render', 'c.yaml', '--out-dir', 'out', '--jobs', '2', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stderr.trim().split('\n').sort();
    assert.deepEqual(
      lines,
      ['a', 'b', 'c'].map((f) => NOT_APPLIED.replace('warning: ', `warning: c.yaml: ${f}: `)),
    );
  });
});

describe('text in any script, reproducibly', () => {
  const ROOT = path.resolve(__dirname, '../../..');
  it("warns once, in matplotlib's words, of glyphs no font of the figure has", async () => {
    const dir = scratch();
    const r = await cli(['relu', '--title', '𝐀 and 𝐀', '--xlabel', '𝐀', '-o', 'a.png'], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^actplot: warning: Glyph 119808 \(𝐀\) missing from the figure's font \(DejaVu Sans\)/);
  });
  it('does not warn when the named font has them (--font-file and font.family)', async () => {
    const dir = scratch();
    const font = path.join(ROOT, 'fonts', 'STIXGeneral.ttf');
    const r = await cli(
      ['relu', '--title', '𝐀', '--font-file', font, '--rc', 'font.family=STIXGeneral', '-o', 'a.png'],
      dir,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
  });
  it('takes a font file in font.sans-serif, and the manifest records it', async () => {
    const dir = scratch();
    const font = path.join(ROOT, 'fonts', 'STIXGeneral.ttf');
    fs.writeFileSync(
      path.join(dir, 'c.yaml'),
      `figures:\n  - name: a\n    function: relu\n    title: "𝐀"\n    rc: {font.sans-serif: ${JSON.stringify(font)}}\n`,
    );
    const r = await cli(['render', 'c.yaml', '--out-dir', 'out', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'out', '.actplot-render.json'), 'utf8')) as {
      figures: Record<string, { fonts: { file: string }[]; fallback?: string }>;
    };
    assert.deepEqual(
      manifest.figures['a.png'].fonts.map((f) => f.file),
      ['STIXGeneral.ttf'],
    );
    assert.equal(manifest.figures['a.png'].fallback, undefined);
  });
  it('the render manifest records the font files that drew each figure, and what fell back', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - name: a\n    function: relu\n    title: "𝐀"\n');
    const r = await cli(['render', 'c.yaml', '--out-dir', 'out', '-q'], dir);
    assert.match(r.stderr, /actplot: warning: c\.yaml: a: Glyph 119808/);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'out', '.actplot-render.json'), 'utf8')) as {
      figures: Record<string, { fonts: { file: string; sha256: string }[]; fallback?: string }>;
    };
    const entry = manifest.figures['a.png'];
    assert.deepEqual(
      entry.fonts.map((f) => f.file),
      ['DejaVuSans.ttf'],
    );
    const bundled = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    assert.equal(entry.fonts[0].sha256, createHash('sha256').update(fs.readFileSync(bundled)).digest('hex'));
    assert.equal(entry.fallback, '𝐀');
  });
});
