/**
 * Reliability: what a hostile or unlucky input must never do. Nothing but the target is replaced or removed,
 * every size and list is checked before any work, every accepted input stays bounded, output streams and
 * signals end cleanly, concurrent renders keep each other's manifest entries, nothing is silently accepted,
 * and messages say what really happened. Cases run in-process where no process of their own is needed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { isTemporary } from '../../src/io/write';
import { MAX_CURVES, MAX_EVAL_POINTS, MAX_TEXT } from '../../src/limits';
import { actplot, BIN, interruptedBatch, PNG_SIGNATURE, scratch, type Run } from '../helpers/cli';
import { cli, sink } from '../helpers/in-process';

const isRoot = process.getuid?.() === 0;

function refused(r: Run, pattern: RegExp): void {
  assert.equal(r.code, 2, `exit ${r.code}; stderr: ${r.stderr}`);
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, `one line: ${JSON.stringify(r.stderr)}`);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
}

/** The pid of a process that has ended (so no live process has it, barring reuse). */
function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
  );
}

describe('1. what is not a regular file is written into, never replaced', () => {
  it('a character device (a copy of /dev/null made with mknod) stays a device', async (t) => {
    if (!isRoot) {
      t.skip('mknod needs root');
      return;
    }
    const dir = scratch();
    const node = path.join(dir, 'null');
    if (spawnSync('mknod', [node, 'c', '1', '3']).status !== 0) {
      t.skip('mknod refused here');
      return;
    }
    const r = await cli(['sigmoid', '-o', 'null', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.statSync(node).isCharacterDevice(), 'still a character device');
    assert.deepEqual(fs.readdirSync(dir), ['null'], 'no temporary file left');
    // render's figures too, and a symbolic link to a device
    fs.symlinkSync(node, path.join(dir, 'gelu.png'));
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: gelu, function: gelu}\n');
    const batch = await cli(['render', 'c.yaml', '--out-dir', '.', '-q', '--jobs', '1'], dir);
    assert.equal(batch.code, 0, batch.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'gelu.png')).isSymbolicLink());
    assert.ok(fs.statSync(node).isCharacterDevice());
  });

  it('a FIFO gets the bytes and stays a FIFO', async (t) => {
    const dir = scratch();
    const fifo = path.join(dir, 'pipe.png');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      t.skip('mkfifo refused here');
      return;
    }
    const child = spawn(process.execPath, [BIN, 'relu', '-o', fifo, '-q'], { cwd: dir });
    // Listened for at once: a child that ends before a later listener would never be heard.
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      fs.createReadStream(fifo)
        .on('data', (c) => chunks.push(c as Buffer))
        .on('end', resolve)
        .on('error', reject);
    });
    assert.equal(await exited, 0);
    assert.deepEqual(Buffer.concat(chunks).subarray(0, 8), PNG_SIGNATURE);
    assert.ok(fs.statSync(fifo).isFIFO());
  });

  it('-o /dev/stdout writes into standard output, a pipe or a file, and prints no path after the bytes', () => {
    const dir = scratch();
    const piped = spawnSync(process.execPath, [BIN, 'relu', '-o', '/dev/stdout'], { cwd: dir });
    assert.equal(piped.status, 0, piped.stderr.toString());
    const fromFile = spawnSync(process.execPath, [BIN, 'relu', '-o', '-'], { cwd: dir });
    assert.ok(piped.stdout.equals(fromFile.stdout), 'the same bytes as -o -, nothing after them');
    const file = path.join(dir, 'out.png');
    const fd = fs.openSync(file, 'w');
    const redirected = spawnSync(process.execPath, [BIN, 'relu', '-o', '/dev/stdout'], {
      cwd: dir,
      stdio: ['ignore', fd, 'pipe'],
    });
    fs.closeSync(fd);
    assert.equal(redirected.status, 0, redirected.stderr.toString());
    assert.ok(fs.readFileSync(file).equals(fromFile.stdout));
    assert.ok(fs.lstatSync('/dev/stdout').isSymbolicLink(), '/dev/stdout is still the link it was');
    assert.deepEqual(fs.readdirSync('/dev').filter(isTemporary), []);
  });

  it('a socket is refused, and left in place', async () => {
    const dir = scratch();
    const sock = path.join(dir, 's.png');
    const server = net.createServer().listen(sock);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      refused(
        await cli(['relu', '-o', 's.png'], dir),
        /^actplot: -o: got 's\.png', which is a socket; expected a file, a device or a FIFO\n$/,
      );
      assert.ok(fs.statSync(sock).isSocket());
    } finally {
      server.close();
    }
  });

  it('a symbolic link to a regular file is replaced, the file it named untouched', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    fs.symlinkSync(path.join(dir, 'keep.txt'), path.join(dir, 'link.png'));
    assert.equal((await cli(['relu', '-o', 'link.png', '-q'], dir)).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'keep.txt'), 'utf8'), 'mine');
    assert.ok(fs.lstatSync(path.join(dir, 'link.png')).isFile());
  });
});

describe('2. only our own temporary files are cleaned up', () => {
  const others = [
    '.notes.99999.abc.tmp',
    '.my thesis.4000000.v2.tmp',
    '.actplot-render.tmp',
    'a.1.b.tmp',
    '.actplot-0123abcd-1-zzzzzz.tmp',
  ];

  it('render removes only .actplot-TAG-PID-RANDOM.tmp files of processes that are gone', async () => {
    const dir = scratch();
    const gone = `.actplot-0123abcd-${deadPid()}-abcdef.tmp`;
    const alive = `.actplot-0123abcd-${process.pid}-abcdef.tmp`;
    for (const f of [...others, gone, alive]) fs.writeFileSync(path.join(dir, f), 'x');
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: gelu, function: gelu}\n');
    const r = await cli(['render', 'c.yaml', '--out-dir', '.', '-q', '--jobs', '1'], dir);
    assert.equal(r.code, 0, r.stderr);
    const left = fs.readdirSync(dir);
    for (const f of [...others, alive]) assert.ok(left.includes(f), `${f} kept`);
    assert.ok(!left.includes(gone), `${gone} removed`);
  });

  it('a plot removes what a killed plot of the same target left, and nothing else', async () => {
    const dir = scratch();
    // A plot killed between writing its temporary file and renaming it: SIGKILL at a random moment cannot
    // be aimed there, so its leftover is made as the tool names it (tag of the target's name, a dead pid).
    const first = await cli(['relu', '-o', 'relu.png', '-q'], dir);
    assert.equal(first.code, 0);
    const tag = '1bf97a72'; // FNV-1a (32 bits) of the bytes of 'relu.png', computed in Python
    const leftover = `.actplot-${tag}-${deadPid()}-0a0b0c.tmp`;
    const otherTarget = `.actplot-ffffffff-${deadPid()}-0a0b0c.tmp`;
    for (const f of [leftover, otherTarget, ...others]) fs.writeFileSync(path.join(dir, f), 'partial');
    assert.equal((await cli(['relu', '-o', 'relu.png', '-q'], dir)).code, 0);
    const left = fs.readdirSync(dir);
    assert.ok(!left.includes(leftover), "the same target's leftover is removed");
    for (const f of [otherTarget, ...others]) assert.ok(left.includes(f), `${f} kept`);
  });
});

describe('3. temporary names never make a valid name fail', () => {
  it('an output name of 255 bytes is written; 256 is refused before drawing, naming the limit', async () => {
    const dir = scratch();
    const longest = `${'n'.repeat(251)}.png`;
    const r = await cli(['relu', '-o', longest, '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, longest)));
    const multibyte = `${'é'.repeat(126)}.png`; // 256 bytes in 130 characters
    refused(await cli(['relu', '-o', multibyte], dir), /-o: got a file name of 256 bytes; expected at most 255/);
    refused(
      await cli(['relu', '-o', `${'d/'.repeat(2100)}x.png`], dir),
      /-o: got a path of \d+ bytes; expected at most 4095/,
    );
  });
  it('the automatic name of a figure of many functions fits, and is unique to its functions', async () => {
    const dir = scratch();
    const many = Array.from({ length: 60 }, (_, i) => ['sigmoid', 'tanh', 'hardswish', 'log-sigmoid'][i % 4]);
    const r = await cli(many, dir);
    assert.equal(r.code, 0, r.stderr);
    const name = r.out.trim();
    assert.ok(Buffer.byteLength(name) <= 255 && name.startsWith('sigmoid-tanh-hardswish-log-sigmoid-'), name);
    assert.match(name, /-etc-[0-9a-f]{8}\.png$/);
    const other = await cli([...many.slice(1), 'relu'], dir);
    assert.notEqual(other.out.trim(), name);
  });
});

describe('4. every size is checked before drawing, for every format', () => {
  const cases: [string[], RegExp][] = [
    [['--size', '330x1'], /--size: got '330x1 at 100 dpi \(33000x100 px\)'; expected at most 32767 px a side/],
    [
      ['--size', '500x4', '-o', 'w.pdf'],
      /--size: got '500x4 as PDF \(36000x288 pt\)'; expected at most 32767 pt a side/,
    ],
    [['--size', '500x4', '-o', 'w.svg'], /--size: .*expected at most 32767 pt a side/],
    [['--panel', 'tanh', '--layout', '100x1'], /--size: got '5x400 at 100 dpi \(500x40000 px\)'/],
    [['--size', '1e-3x1e-3', '--dpi', '1000', '-o', 't.svg'], /--size: .*at least 1 pt wide and high/],
    [['--size', '1e-3x1e-3', '--dpi', '100'], /--size: .*at least 1 px wide and high/],
    [
      ['--size', '1e300x1e300', '--dpi', '1e-299', '-o', 't.svg'],
      /--dpi: got 1e-299; expected a number from 1 to 10000/,
    ],
    [['--size', '1e300x1e300', '-o', 't.pdf'], /--size: .*at most 32767 pt a side/],
    [['--dpi', '0.5'], /--dpi: got 0\.5; expected a number from 1 to 10000/],
    // savefig(bbox_inches='tight')'s page is known after the layout: a text or legend far outside the axes.
    [
      ['--text', "1e5, 0.5, 'far'", '--bbox-inches', 'tight'],
      /--bbox-inches: got 'tight \(the content spans \d+x\d+ px\)'; expected a page at most 32767 px a side/,
    ],
    [
      ['--legend', 'bbox_to_anchor=(1000, 1000)', '--bbox-inches', 'tight', '-o', 'l.pdf'],
      /--bbox-inches: got 'tight \(the content spans \d+x\d+ pt\)'; expected a page at most 32767 pt a side/,
    ],
  ];
  for (const [args, pattern] of cases) {
    it(`actplot sigmoid ${args.join(' ')}`, async () => {
      const dir = scratch();
      refused(await cli(['sigmoid', ...args], dir), pattern);
      assert.deepEqual(fs.readdirSync(dir), []);
    });
  }
  it("the same in a config, at the figure's key", async () => {
    const dir = scratch();
    fs.writeFileSync(
      path.join(dir, 'c.yaml'),
      'figures:\n  - {name: w, function: gelu, size: [500, 4], format: pdf}\n',
    );
    refused(await cli(['render', 'c.yaml', '--out-dir', 'o'], dir), /c\.yaml: figures\[0\]\.size: got '500x4 as PDF/);
  });
  it('extreme accepted sizes draw with nothing on stderr (no Pango warnings), in every format', () => {
    const dir = scratch();
    for (const args of [
      ['--size', '0.01x0.01'],
      ['--size', '0.02x0.02', '-o', 'a.svg'],
      ['--dpi', '1', '-o', 'b.pdf'],
      ['--dpi', '10000', '-o', 'c.svg'],
      ['--size', '300x1', '--dpi', '1'],
      ['--size', '3x300', '--dpi', '10'],
    ]) {
      const r = actplot(['sigmoid', ...args, '-q'], dir);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr, '', args.join(' '));
    }
  });
});

describe('5. input limits on every path', () => {
  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`render ${device}: refused after 10 MB`, async () => {
      refused(await cli(['render', device], scratch()), new RegExp(`${device}: is larger than 10485760 bytes`));
    });
  }
  it('standard input: a config read from -, and the limit holds there too', () => {
    const dir = scratch();
    const ok = spawnSync(process.execPath, [BIN, 'render', '-', '--out-dir', 'o', '-q'], {
      cwd: dir,
      input: 'figures:\n  - {name: a, function: gelu}\n',
    });
    assert.equal(ok.status, 0, ok.stderr.toString());
    assert.ok(fs.existsSync(path.join(dir, 'o', 'a.png')));
    const big = spawnSync(process.execPath, [BIN, 'render', '-'], { cwd: dir, input: Buffer.alloc(11 << 20, 0x20) });
    assert.equal(big.status, 2);
    assert.equal(
      big.stderr.toString(),
      'actplot: standard input: is larger than 10485760 bytes (10 MB), the most a config may hold\n',
    );
  });
  it('a FIFO as the config', async (t) => {
    const dir = scratch();
    const fifo = path.join(dir, 'c.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      t.skip('mkfifo refused here');
      return;
    }
    const child = spawn(process.execPath, [BIN, 'render', fifo, '--out-dir', 'o', '-q'], { cwd: dir });
    // Listened for at once: a child that ends before a later listener would never be heard.
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    fs.writeFileSync(fifo, 'figures:\n  - {name: a, function: relu}\n');
    assert.equal(await exited, 0);
    assert.ok(fs.existsSync(path.join(dir, 'o', 'a.png')));
  });
  const configs: [string, string, RegExp][] = [
    [
      'deep.json',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      /deep\.json: \[0\]\[0\]\[0\]: nests deeper than 32 levels/,
    ],
    ['deep.yaml', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`, /deep\.yaml: nests too deeply to read/],
    [
      'laughs.yaml',
      [
        'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
        'figures: *a9',
      ].join('\n'),
      /laughs\.yaml: uses its YAML aliases more than 1000 times/,
    ],
    [
      'ticks.yaml',
      `t: &t [${Array.from({ length: 100_000 }, (_, i) => i).join(',')}]\nfigures:\n${Array.from(
        { length: 100 },
        (_, i) => `  - {name: f${i}, function: gelu, xticks: *t}`,
      ).join('\n')}`,
      /ticks\.yaml: holds more than 1000000 values/,
    ],
    [
      'figures.json',
      JSON.stringify({ figures: Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}`, function: 'relu' })) }),
      /figures\.json: figures: got .*expected array to have <=10000 items/,
    ],
    [
      'long-ticks.yaml',
      `figures:\n  - {name: a, function: gelu, yticks: [${Array.from({ length: 20_001 }, (_, i) => i).join(',')}]}`,
      /figures\[0\]\.yticks: got .*<=20000 items/,
    ],
  ];
  for (const [name, text, pattern] of configs) {
    it(`${name}: refused with one line`, async () => {
      const dir = scratch();
      fs.writeFileSync(path.join(dir, name), text);
      refused(await cli(['render', name, '--out-dir', 'o'], dir), pattern);
      assert.ok(!fs.existsSync(path.join(dir, 'o')), 'nothing drawn');
    });
  }
});

describe('6. work limits that hold', () => {
  it(`more than ${MAX_CURVES} curves in a figure are refused before any work`, async () => {
    refused(
      await cli(Array(MAX_CURVES + 1).fill('relu'), scratch()),
      new RegExp(`function: got '${MAX_CURVES + 1} curves'; expected at most ${MAX_CURVES}`),
    );
    refused(await cli([...Array(MAX_CURVES / 2 + 1).fill('relu'), '--grad'], scratch()), /derivatives included/);
  });
  it("points times an expression's cost are budgeted", async () => {
    const tenTerms = Array(10).fill('exp(exp(x))').join(' + ');
    refused(
      await cli(['--expr', tenTerms, '--num', '50000000'], scratch()),
      /--num: got 50000000 points for 1 curve, \d+ units of work .*expected at most 200000000 in a figure/,
    );
    refused(await cli(['gelu', '--num', '50000000', '--grad'], scratch()), /--num: got 50000000 points for 2 curves/);
    refused(
      await cli(['relu', '--from', '0', '--to', '1', '--step', '5e-8', 'tanh', 'gelu', 'elu'], scratch()),
      /--step: got 20000000 points for 4 curves/,
    );
  });
  it(`texts over ${MAX_TEXT} characters are refused; a long one with many combining accents is drawn`, async () => {
    refused(
      await cli(['relu', '--title', 'T'.repeat(9_000_000)], scratch()),
      /--title: got 'a text of 9000000 characters'; expected at most 10000/,
    );
    refused(
      await cli(['relu', '--label', 'L'.repeat(MAX_TEXT + 1)], scratch()),
      /--label: got 'a text of 10001 characters'/,
    );
    const accents = await cli(['relu', '--title', `a${'\u0301'.repeat(MAX_TEXT - 1)}`, '-q'], scratch());
    assert.equal(accents.code, 0, accents.stderr);
  });
  it(`eval streams its output (flat memory) and stops at ${MAX_EVAL_POINTS} points`, async () => {
    refused(
      await cli(['eval', 'sigmoid', '--num', '2000001'], scratch()),
      /--num: got 2000001; expected at most 2000000 points for eval/,
    );
    refused(
      await cli(['eval', 'sigmoid', '--step', '1e-6'], scratch()),
      /--step: got 0\.000001; expected at most 2000000 points for eval \(this gives 16000000\)/,
    );
    // 1e6 points of CSV are about 40 MB of text: within a 24 MB heap only if streamed.
    const r = spawnSync(process.execPath, ['--max-old-space-size=24', BIN, 'eval', 'gelu', '--num', '1000000'], {
      maxBuffer: 1 << 30,
    });
    assert.equal(r.status, 0, r.stderr.toString().slice(0, 300));
    const lines = r.stdout.toString().split('\n');
    assert.equal(lines.length, 1_000_002);
    assert.equal(lines[0], 'x,y');
    // GELU(-8) = -8 Φ(-8), Φ(-8) = 6.22096e-16 (normal tables); the last point is 8, where GELU(8) is 8 to 1e-14.
    const [x0, y0] = lines[1].split(',').map(Number);
    assert.equal(x0, -8);
    assert.ok(Math.abs(y0 - -8 * 6.22096e-16) < 1e-20, lines[1]);
    assert.match(lines[1_000_000], /^8,7\.99999999999999\d*$/);
    const json = spawnSync(
      process.execPath,
      ['--max-old-space-size=24', BIN, 'eval', 'relu', '--num', '500000', '--format', 'json'],
      { maxBuffer: 1 << 30 },
    );
    assert.equal(json.status, 0, json.stderr.toString().slice(0, 300));
    const parsed = JSON.parse(json.stdout.toString()) as { x: number[]; y: number[] };
    assert.equal(parsed.x.length, 500_000);
    assert.equal(parsed.y[499_999], 8);
  });
  it("eval budgets an expression's cost too", async () => {
    const long = Array(20).fill('gelu(x^x)').join(' + ');
    refused(
      await cli(['eval', '--expr', long, '--num', '2000000', '--grad'], scratch()),
      /--num: got 2000000 points of an expression costing \d+ units of work .*twice with --grad.*expected at most 100000000 for eval/,
    );
  });
  it('eval -o streams into the file; a bad range writes nothing', async () => {
    const dir = scratch();
    assert.equal((await cli(['eval', 'relu', '--num', '3', '--from', '-1', '--to', '1', '-o', 'v.csv'], dir)).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'v.csv'), 'utf8'), 'x,y\n-1,0\n0,0\n1,1\n');
    refused(await cli(['eval', 'relu', '--num', '2000001', '-o', 'w.csv'], dir), /--num/);
    assert.deepEqual(fs.readdirSync(dir), ['v.csv']);
  });
  it('--jobs takes at most 256; more than the cores is allowed and uses the cores', async () => {
    refused(
      await cli(['render', 'c.yaml', '--jobs', '257'], scratch()),
      /--jobs: got '257'; expected a whole number from 1 to 256/,
    );
    const dir = scratch();
    fs.writeFileSync(
      path.join(dir, 'c.yaml'),
      'figures:\n  - {name: a, function: relu}\n  - {name: b, function: gelu}\n',
    );
    assert.equal((await cli(['render', 'c.yaml', '--jobs', '64', '-q'], dir)).code, 0);
  });
  it('a huge or foreign manifest is started afresh, not read', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: a, function: relu}\n');
    fs.writeFileSync(path.join(dir, '.actplot-render.json'), `{"figures": {"a.png": "${'x'.repeat(17 << 20)}"}}`);
    const r = await cli(['render', 'c.yaml', '--jobs', '1'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.out, /1 written/);
    const m = JSON.parse(fs.readFileSync(path.join(dir, '.actplot-render.json'), 'utf8')) as {
      figures: Record<string, unknown>;
    };
    assert.deepEqual(Object.keys(m.figures), ['a.png']);
  });
});

describe('7. output streams that fail', () => {
  for (const args of [['list'], ['eval', 'sigmoid'], ['relu', '-o', '-'], ['relu'], ['schema']]) {
    it(`actplot ${args.join(' ')} with standard output failing (ENOSPC)`, async () => {
      const r = await cli(args, scratch(), { stdout: sink('ENOSPC') });
      refused(r, /^actplot: standard output: cannot write \(no space left on the device\)\n$/);
    });
  }
  it('render still writes its figures and manifest, then says so', async () => {
    const dir = scratch();
    fs.writeFileSync(
      path.join(dir, 'c.yaml'),
      'figures:\n  - {name: a, function: relu}\n  - {name: b, function: tanh}\n',
    );
    const r = await cli(['render', 'c.yaml', '--jobs', '1'], dir, { stdout: sink('EIO') });
    refused(r, /^actplot: standard output: cannot write \(input\/output error\)\n$/);
    assert.ok(['a.png', 'b.png', '.actplot-render.json'].every((f) => fs.existsSync(path.join(dir, f))));
  });
  it('a reader that goes away (EPIPE) only ends the output', async () => {
    const r = await cli(['list'], scratch(), { stdout: sink('EPIPE') });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
  });
  it('through the binary, into /dev/full', (t) => {
    if (!fs.existsSync('/dev/full')) {
      t.skip('no /dev/full here');
      return;
    }
    for (const args of [['list'], ['eval', 'relu'], ['relu', '-o', '-']]) {
      const fd = fs.openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [BIN, ...args], {
        cwd: scratch(),
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
      });
      fs.closeSync(fd);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr, 'actplot: standard output: cannot write (no space left on the device)\n');
    }
  });
});

describe('8. SIGTERM and SIGHUP stop a batch as Ctrl-C does', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal}: exit ${code}, the manifest written, no temporary file`, async () => {
      const dir = scratch();
      const out = path.join(dir, 'out');
      const run = await interruptedBatch(dir, signal, '1');
      const stderr = run.stderr;
      assert.equal(run.code, code, stderr);
      assert.match(stderr, new RegExp(`^actplot: interrupted \\(${signal}\\): \\d+ figures settled`));
      const files = run.files;
      assert.deepEqual(files.filter(isTemporary), []);
      const manifest = JSON.parse(fs.readFileSync(path.join(out, '.actplot-render.json'), 'utf8')) as {
        figures: object;
      };
      assert.equal(Object.keys(manifest.figures).length, files.filter((f) => f.endsWith('.png')).length);
    });
  }
});

describe('9. concurrent renders into one folder', () => {
  it("keep each other's manifest entries", async () => {
    const dir = scratch();
    for (const c of ['a', 'b']) {
      fs.writeFileSync(
        path.join(dir, `${c}.yaml`),
        [
          'figures:',
          ...Array.from({ length: 12 }, (_, i) => `  - {name: ${c}${i}, function: ${['gelu', 'tanh', 'elu'][i % 3]}}`),
        ].join('\n'),
      );
    }
    const run = (c: string) =>
      new Promise<number | null>((resolve) => {
        spawn(process.execPath, [BIN, 'render', `${c}.yaml`, '--out-dir', 'out', '--jobs', '1', '-q'], { cwd: dir }).on(
          'exit',
          resolve,
        );
      });
    assert.deepEqual(await Promise.all([run('a'), run('b')]), [0, 0]);
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'out', '.actplot-render.json'), 'utf8')) as {
      figures: Record<string, { config: string }>;
    };
    assert.equal(Object.keys(m.figures).length, 24);
    for (const c of ['a', 'b']) {
      const again = await cli(['render', `${c}.yaml`, '--out-dir', 'out', '--jobs', '1'], dir);
      assert.match(again.out, /12 figures: 0 written, 12 unchanged/);
    }
    assert.ok(!fs.existsSync(path.join(dir, 'out', '.actplot-render.lock')));
  });
  it('prunes the entries of figures its config no longer names, and only those', async () => {
    const dir = scratch();
    fs.writeFileSync(
      path.join(dir, 'a.yaml'),
      'figures:\n  - {name: a1, function: relu}\n  - {name: a2, function: tanh}\n',
    );
    fs.writeFileSync(path.join(dir, 'b.yaml'), 'figures:\n  - {name: b1, function: gelu}\n');
    for (const c of ['a', 'b']) assert.equal((await cli(['render', `${c}.yaml`, '-q', '--jobs', '1'], dir)).code, 0);
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'figures:\n  - {name: a1, function: relu}\n');
    assert.equal((await cli(['render', 'a.yaml', '-q', '--only', 'a1'], dir)).code, 0);
    const m = JSON.parse(fs.readFileSync(path.join(dir, '.actplot-render.json'), 'utf8')) as { figures: object };
    assert.deepEqual(Object.keys(m.figures).sort(), ['a1.png', 'b1.png']);
    assert.ok(fs.existsSync(path.join(dir, 'a2.png')), "the image itself is the user's: left");
  });
  it('a lock left by a process that is gone is taken over', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, '.actplot-render.lock'), String(deadPid()));
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: a, function: relu}\n');
    assert.equal((await cli(['render', 'c.yaml', '-q', '--jobs', '1'], dir)).code, 0);
    assert.ok(!fs.existsSync(path.join(dir, '.actplot-render.lock')));
  });
});

describe('10. nothing silently accepted', () => {
  const cases: [string[], RegExp][] = [
    [['relu(__proto__=5)'], /function: got '__proto__=5'; expected a parameter of relu/],
    [['relu', '--param', '__proto__=1'], /--param: got '__proto__=1'; expected a parameter of relu/],
    [
      ['leaky-relu(negative_slope=1,negative_slope=2)'],
      /expected each parameter once \(negative_slope is given twice\)/,
    ],
    [
      ['leaky-relu', '--param', 'negative_slope=1', '--param', 'negative_slope=2'],
      /--param: got 'negative_slope=2'; expected each parameter once/,
    ],
    [['--expr', 'leaky_relu(x, negative_slope=1, negative_slope=2)'], /negative_slope is given twice/],
    [['--expr', 'sigmoid(x, __proto__=1)'], /got '__proto__=1'; expected a parameter of sigmoid/],
    [['sig\nmoid'], /^actplot: function: got 'sig\\nmoid'; expected/],
  ];
  for (const [args, pattern] of cases) {
    it(JSON.stringify(args), async () => refused(await cli(args, scratch()), pattern));
  }
  const configs: [string, string | Buffer, RegExp][] = [
    [
      'p.json',
      '{"figures": [{"name": "a", "curves": [{"function": "gelu", "params": {"__proto__": 1}}]}]}',
      /p\.json: figures\[0\]\.curves\[0\]\.params\.__proto__: is not an accepted key/,
    ],
    [
      'p.yaml',
      'figures:\n  - {name: a, curves: [{function: gelu, params: {__proto__: 1}}]}\n',
      /params\.__proto__: is not an accepted key/,
    ],
    [
      'd.json',
      '{"figures": [{"name": "a", "function": "gelu",\n "function": "relu"}]}',
      /d\.json: is not valid \(line 2, column 2\): the key 'function' is repeated/,
    ],
    [
      'u.yaml',
      Buffer.concat([Buffer.from('figures:\n  - {name: a, function: "gel'), Buffer.from([0xff]), Buffer.from('u"}\n')]),
      /u\.yaml: is not UTF-8 text: byte 37 \(0xff\)/,
    ],
    ['n.yaml', 'figures:\n  - {name: "a\\nb", function: gelu}\n', /figures\[0\]\.name: got 'a\\nb'/],
  ];
  for (const [name, text, pattern] of configs) {
    it(`config ${name}`, async () => {
      const dir = scratch();
      fs.writeFileSync(path.join(dir, name), text);
      refused(await cli(['render', name], dir), pattern);
    });
  }
});

describe('11. messages that tell the truth', () => {
  it('an empty range says so', async () => {
    refused(
      await cli(['sigmoid', '--from', '0', '--to', '0'], scratch()),
      /--from\/--to: got '0 and 0'; expected a range that is not empty \(--to greater than --from\)/,
    );
    refused(await cli(['sigmoid', '--from', '5', '--to', '1'], scratch()), /swap them/);
  });
  it("YAML's .inf is shown as written", async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: a, function: gelu, from: .inf, to: -.inf}\n');
    refused(await cli(['render', 'c.yaml'], dir), /figures\[0\]\.from: got \.inf; expected a finite number/);
  });
  it('the comparison figure stands alone', async () => {
    refused(
      await cli(['sigmoid-newfun-tanh-compare', 'sigmoid'], scratch()),
      /'sigmoid-newfun-tanh-compare' is a figure of several panels and stands alone: actplot sigmoid-newfun-tanh-compare/,
    );
  });
  it("a path over the system's length limit says so", async () => {
    refused(
      await cli(['relu', '-o', `${'d'.repeat(300)}/x.png`], scratch()),
      /-o: got '.*', a path longer than the system allows/,
    );
  });
  it('a read-only file system says so', async (t) => {
    const dir = scratch();
    const ro = path.join(dir, 'ro');
    fs.mkdirSync(ro);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=16k', 'tmpfs', ro]).status !== 0) {
      t.skip('cannot mount here');
      return;
    }
    try {
      refused(await cli(['relu'], ro), /-o: got 'relu\.png', but the folder '.*ro' is on a read-only file system/);
    } finally {
      spawnSync('umount', [ro]);
    }
  });
});
