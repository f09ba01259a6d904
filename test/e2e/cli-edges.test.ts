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
      /got 'evl'; expected a command: list, eval, gallery, render, schema \(did you mean 'eval'\?\)/,
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
