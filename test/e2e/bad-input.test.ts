import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { actplot, asOtherUser, BIN, scratch, snapshot, type Run } from '../helpers/cli';
import { cli } from '../helpers/in-process';

/** Each: the arguments, and a piece of the one stderr line (the option it names). */
const CASES: [string[], RegExp][] = [
  [['nosuch'], /function: got 'nosuch'.*see 'actplot list'/],
  [['sigmod'], /did you mean 'sigmoid'/],
  // Names that are an object's own properties in JavaScript are names like any other.
  [['sigmoid', '--style', 'constructor'], /^actplot: --style: got 'constructor'; expected a style/],
  [['sigmoid', '--style', '__proto__'], /^actplot: --style: got '__proto__'; expected a style/],
  [['sigmoid', '--rc', 'font.weight=constructor'], /^actplot: --rc font\.weight: got 'constructor'/],
  [['geluu'], /did you mean 'gelu'/],
  [['sigmoid', '--step', '0'], /^actplot: --step: got 0; expected a number > 0/],
  [['sigmoid', '--step', '-1'], /--step: got -1/],
  [['sigmoid', '--step', 'abc'], /--step: got 'abc'/],
  [['sigmoid', '--step', '1e-300'], /--step: .*at most/],
  [['sigmoid', '--from', '5', '--to', '1'], /--from\/--to: got '5 and 1'.*swap/],
  [['sigmoid', '--from', 'NaN'], /--from: got 'NaN'/],
  [['sigmoid', '--to', 'Infinity'], /--to: got 'Infinity'/],
  [['sigmoid', '--to', '1e400'], /--to: got '1e400'/],
  [['sigmoid', '--from', ''], /--from: got ''/],
  [['sigmoid', '--num', '1'], /--num: got '1'; expected a whole number >= 2/],
  [['sigmoid', '--num', '2.5'], /--num: got '2.5'/],
  [['sigmoid', '--num', '10', '--step', '0.1'], /--num\/--step: got both/],
  [['sigmoid', '--size', '0x4'], /--size: got '0x4'; expected WIDTHxHEIGHT/],
  [['sigmoid', '--size', 'abc'], /--size: got 'abc'/],
  [['sigmoid', '--size', '8x'], /--size: got '8x'/],
  [['sigmoid', '--size', '1000x1000'], /--size: .*at most 32767 px a side/],
  [['sigmoid', '--size', '200x200'], /--size: .*megapixels/],
  [['sigmoid', '--dpi', '-1'], /--dpi: got '-1'; expected a number > 0/],
  [['sigmoid', '--dpi', '0'], /--dpi: got '0'/],
  [['sigmoid', '--xlim', '0,abc'], /--xlim: got '0,abc'; expected finite numbers/],
  [['sigmoid', '--ylim', '1,2,3'], /--ylim: got '1,2,3'/],
  [['sigmoid', '--ylim', 'left=0'], /--ylim: got 'left='; expected ylim\(\)'s arguments/],
  [['sigmoid', '--xticks', '1,a'], /--xticks: got '1,a'/],
  [['relu', '--param', 'nosuch=1'], /--param: got 'nosuch=1'; expected a parameter of relu/],
  [['leaky-relu', '--param', 'negative_slope=abc'], /--param: got 'negative_slope=abc'/],
  [['leaky-relu', '--param', 'negative_slop=0.1'], /did you mean 'negative_slope'/],
  [['gelu', '--param', 'approximate=fast'], /none, tanh/],
  [['gelu', '--param', 'approximate'], /--param: got 'approximate'; expected NAME=VALUE/],
  [['sigmoid', '--format', 'gif'], /--format: got 'gif'; expected one of png, svg, pdf/],
  [['sigmoid', '-o', 'x.gif'], /-o: got 'x.gif'; expected a file ending in \.png, \.svg or \.pdf/],
  [['sigmoid', '-o', 'afile/x.png'], /-o: got 'afile\/x.png', but .* is not a folder/],
  [['sigmoid', '-o', 'adir'], /-o: got 'adir', which is a folder/],
  [['sigmoid', '--color', 'bleu'], /--color: got 'bleu'.*did you mean 'blue'/],
  [['sigmoid', '--linewidth', '-2'], /--linewidth: got '-2'/],
  [['sigmoid', '--legend', 'uper-left'], /--legend: got 'uper-left'.*did you mean 'upper left'/],
  [['sigmoid', '--dtype', 'float8'], /--dtype: got 'float8'/],
  [['sigmoid', '--dtype', 'bfloat16', '--error=ulps'], /--error: got 'ulps'; expected abs .* or ulp/],
  [['sigmoid', '--dtype', 'float64', '--error'], /--error: got 'abs'; expected a --dtype below float64/],
  [['eval', 'gelu', '--grid'], /--grid: got 'gelu'; expected a gated unit/],
  [['eval', 'swiglu', '--grid', '--param', 'up=2'], /--param: got 'up=2'; expected no up with --grid/],
  [['swiglu', '--param', 'up=1,y'], /--param: got 'up=y'; expected up to be a finite number, or x/],
  [['sigmoid', '--bogus'], /unknown option '--bogus'/],
  [['sigmoid', '--step'], /--step <dx>' argument missing/],
  [['eval'], /function: none given; expected a function name or --expr/],
  [['eval', 'sigmoid', '--format', 'xml'], /--format: got 'xml'; expected one of csv, json/],
  [['eval', 'nosuch'], /function: got 'nosuch'/],
  [['eval', 'relu', '--step', '0'], /--step: got 0/],
  [['eval', 'relu', '-o', 'missing/v.csv'], /does not exist/],
  [['gallery'], /required option '--out-dir <dir>' not specified/],
  [['gallery', '--out-dir', 'g', '--format', 'gif'], /--format: got 'gif'/],
  [['gallery', '--out-dir', 'afile'], /--out-dir: got 'afile'; expected a folder \(it is a file\)/],
  [['list', 'extra'], /too many arguments/],
  [['relu', '--panel', 'tanh', '--bogus'], /unknown option '--bogus'/],
  [['relu', '--panel'], /--panel: got a panel without a function/],
  [['relu', '--panel', 'tanh', '--layout', '3'], /--layout: got '3'/],
  [['relu', 'gelu', '--linewidth', '1,2,3'], /--linewidth: got '1,2,3'/],
  [['relu', '--grid-linewidth', '-1'], /--grid-linewidth: got '-1'/],
  [['gelu(approximate=fast)'], /approximate to be one of none, tanh/],
  [['sigmoid', '--from', '-1e308', '--to', '1e308'], /--step: .*at most/],
  [['sigmoid', '--from', '0', '--to', '1', '--step', '5e-324'], /--step: .*at most/],
  [['sigmoid', '--num', '100000000'], /--num: got '?100000000'?; expected a whole number from 2 to/],
  [['sigmoid', '--dpi', '1e9'], /--dpi: got 1000000000; expected a number from 1 to 10000/],
  [['sigmoid', '--size', '1e400x4'], /--size: got '1e400x4'/],
  [['sigmoid', '--size', '-8x4'], /--size: got '-8x4'/],
  [['sigmoid', '--size', '8x4x2'], /--size: got '8x4x2'/],
  [['sigmoid', '--xlim', 'NaN,1'], /--xlim: got 'NaN,1'/],
  [['sigmoid', '--xlim', '1,inf'], /--xlim: got '1,inf'; expected finite numbers/],
  [['sigmoid', '--xlim', ''], /--xlim: got ''/],
  [['sigmoid', '--yticks', 'Infinity'], /--yticks: got 'Infinity'/],
  [['sigmoid', '--linewidth', '1e9'], /--linewidth: got '1e9'/],
  [['sigmoid', '--linewidth', 'thick'], /--linewidth: got 'thick'/],
  [['sigmoid', '--color', '#12345'], /--color: got '#12345'/],
  [['sigmoid', '--color', ''], /--color: got ''/],
  [['sigmoid', '--legend', '11'], /--legend: got '11'/],
  [['sigmoid', '--grid-alpha', 'NaN'], /--grid-alpha: got 'NaN'/],
  [['sigmoid', '--param', '=1'], /--param: got '=1'; expected NAME=VALUE/],
  [['swish', '--param', 'beta=Infinity'], /--param: got 'beta=Infinity'/],
  [['swish', '--param', 'beta='], /--param: got 'beta='; expected NAME=VALUE/],
  [['elu', '--param', 'alpha=1e400'], /--param: got 'alpha=1e400'/],
  [['softshrink', '--param', 'lambd=-1'], /--param: got 'lambd=-1'; expected lambd to be a finite number >= 0/],
  [['--expr', ''], /--expr: got ''; expected an expression in x/],
  [['--expr', 'x +* 2'], /--expr: at column 4/],
  [['--expr', '(x'], /--expr: at column 3 of '\(x': expected '\)'/],
  [['--expr', 'x', '--name', 'a', '--name', 'b'], /--name: .*at most 1 names/],
  [['--expr', 'x', '--param', 'beta=2'], /--param: got 'beta=2'; expected a function with parameters/],
  [['eval', 'relu', '--expr', 'x'], /--expr: got both the function 'relu' and an expression/],
  [['eval', '--expr', 'x', '--param', 'beta=2'], /--param: got 'beta'; expected a function with parameters/],
  [['eval', 'relu', '--format', ''], /--format: got ''/],
  [['eval', 'relu', '-o', 'adir'], /-o: got 'adir', which is a folder/],
  [['render'], /missing required argument 'config'/],
  [['render', 'nope.yaml'], /nope\.yaml: cannot be read \(no such file\)/],
  [['render', 'adir'], /adir: is a folder/],
  [['render', 'afile', '--jobs', '0'], /afile: is not valid YAML|--jobs: got '0'/],
  [['render', 'existing.png'], /existing\.png: got "old bytes"; expected a config: an object with a 'figures' list/],
  [['schema', 'extra'], /too many arguments/],
  [['gallery', '--out-dir', 'existing.png'], /--out-dir: got 'existing\.png'; expected a folder \(it is a file\)/],
  [['sigmoid', '--panel', 'tanh', '--layout', '0x2'], /--layout: got '0x2'/],
];

function prepared(): string {
  const dir = scratch();
  fs.writeFileSync(path.join(dir, 'afile'), 'not a folder');
  fs.mkdirSync(path.join(dir, 'adir'));
  fs.writeFileSync(path.join(dir, 'existing.png'), 'old bytes');
  return dir;
}

function assertCleanFailure(r: Run, pattern: RegExp, before: Record<string, string>, dir: string) {
  assert.equal(r.code, 2, `exit ${r.code}; stderr: ${r.stderr}`);
  const lines = r.stderr.split('\n').filter((l) => l.length);
  assert.equal(lines.length, 1, `stderr should be one line: ${JSON.stringify(r.stderr)}`);
  assert.match(lines[0], /^actplot: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/);
  assert.deepEqual(snapshot(dir), before, 'no file may be created or changed');
}

describe('bad input: exit 2, one line on stderr, no stack trace, no file touched', () => {
  // In-process, through the CLI's entry function (test/helpers/in-process.ts); a few run the binary below.
  for (const [args, pattern] of CASES) {
    it(['actplot', ...args].join(' '), async () => {
      const dir = prepared();
      const before = snapshot(dir);
      assertCleanFailure(await cli(args, dir), pattern, before, dir);
    });
  }
  for (const [args, pattern] of CASES.filter((_, i) => i % 20 === 0)) {
    it(`through the binary: actplot ${args.join(' ')}`, () => {
      const dir = prepared();
      const before = snapshot(dir);
      assertCleanFailure(actplot(args, dir), pattern, before, dir);
    });
  }

  it('-o into a folder that is not writable', (t) => {
    const dir = prepared();
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    fs.chmodSync(dir, 0o755);
    const before = snapshot(dir);
    // root may write anywhere, so as root the binary runs as 'nobody' for this case.
    const other = asOtherUser();
    if (other.skip) {
      t.skip(other.skip);
      return;
    }
    const r = spawnSync(process.execPath, [BIN, 'sigmoid', '-o', path.join(locked, 's.png')], {
      cwd: dir,
      ...other.options,
    });
    assertCleanFailure(
      { code: r.status, stdout: r.stdout, stderr: r.stderr.toString(), out: '' },
      /-o: got .*is not writable/,
      before,
      dir,
    );
  });

  it('an existing output file is left as it was when the command fails', () => {
    const dir = prepared();
    const before = snapshot(dir);
    assertCleanFailure(actplot(['sigmoid', '--dpi', 'x', '-o', 'existing.png'], dir), /--dpi/, before, dir);
    assert.equal(fs.readFileSync(path.join(dir, 'existing.png'), 'utf8'), 'old bytes');
  });
});
