/**
 * Property-based tests (fast-check): whatever the arguments or the config, actplot either draws or refuses
 * with a usage error — never another exception — and a killed batch leaves only complete files.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CommanderError } from 'commander';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { parseConfig } from '../../src/config/load';
import { planFigures } from '../../src/config/plan';
import { UsageError } from '../../src/errors';
import { evaluateFigure } from '../../src/data/evaluate';
import { figureLayout } from '../../src/render/pipeline';
import { validateFigure } from '../../src/spec';
import { actplot, asOtherUser, BATCH_FIGURES, BIN, interruptedBatch, scratch } from '../helpers/cli';
import { decodePng } from '../helpers/image';

const OPTIONS = [
  '--from',
  '--to',
  '--step',
  '--num',
  '--size',
  '--dpi',
  '--xlim',
  '--ylim',
  '--xticks',
  '--yticks',
  '--color',
  '--linewidth',
  '--linestyle',
  '--legend',
  '--param',
  '--grid-alpha',
  '--grid-color',
  '--layout',
  '--dtype',
  '--title',
  '--expr',
  '--label',
  '--plot',
  '--annotate',
  '--font-file',
  '--style',
  '--grid',
  '--alpha',
  '--xlabel',
  '--text',
  '--bbox-inches',
  '--tight-layout',
  '--xaxis',
  '--yaxis',
  '--prop-cycle',
  '--x',
  '--aspect',
  '--figure',
];
const WORDS = [
  'sigmoid',
  'gelu',
  'relu',
  'nosuch',
  'gelu(approximate=tanh)',
  '--expr=nn.LeakyReLU(0.2)(x)',
  '--expr=nn.GELU(x)',
  "--prop-cycle=color=['r', 'g'], ls=['-']",
  '--prop-cycle=cycler(lw=[1, 3])',
  "--plot=np.linspace(0, 2, 5), x**2, 'o'",
  '--plot=torch.arange(-1, 1, 1e-9), x',
  '--grad',
  '--no-grid',
  '--panel',
  '-1',
  '0',
  '1e400',
  'NaN',
  'Infinity',
  '',
  'x',
  '3,1',
  '1,3',
  '8x4',
  '0x4',
  'red',
  'C1',
  '--',
  'abc',
  'negative_slope=0.2',
  'beta=2',
  'x*sigmoid(x)',
  '`x`',
  'constructor',
  "[0, 1], [1, 0], 'ro'",
  "'a', xy=(0, 0), arrowprops=dict(arrowstyle='->')",
  "'a', (1, 1), xytext=(0, 0), arrowprops={}",
  'pytorch-docs',
  'font.family=serif',
  '--rc',
  "bbox_to_anchor=(1.02, 1), loc='upper left', shadow=True",
  "loc=(0.5, 0.5), mode='expand', ncol=3",
  "'t', fontsize=30, loc='right', pad=-40",
  "True, axis='y', which='both', ls=':'",
  "0, 0, 'box', bbox=dict(boxstyle='round,pad=2')",
  'tight',
  '0.5',
  "axes.prop_cycle=(cycler(c='rg') * cycler(lw=[1, 2]))[::-1] + cycler(marker='o, s, ^, None')",
  "'axes', prop_cycle=2 * cycler(ls=['-', (0, (1, 1))])",
  'axes.prop_cycle=cycler(color=[])',
  'r--',
  '--fmt',
  'set_label_coords(1.02, 0.5)',
  'ax.get_yaxis().set_visible(False)',
  'set_major_locator(LinearLocator(3))',
  "x, torch.sigmoid(x), 'r--', x, np.maximum(0, x)",
  'x, F.relu(x), np.pi * x, alpha=0.3',
  '--fill-between',
  'np.where(x > 0, x, 0.01 * x)',
  'torch.clamp(F.leaky_relu(x, 0.2), min=-1) * (x != 0)',
  'x, nn.PReLU(init=0.1)(x) + F.leaky_relu(x, 0.2, True)',
  'F.prelu(x, torch.tensor([0.25])) * torch.full((1,), -1e308)',
  '--figure',
  'frameon=False',
  '--xticks',
  'np.arange(start=-1, stop=1, step=0.5)',
  'plt.grid(True)',
  'fig, ax = plt.subplots(1, 2, figsize=(4, 2))',
  "ax.set_title('t');",
  "plt.xlabel('x')",
  "plt.rcParams['font.size'] = 20",
  '--def',
  'y = torch.sigmoid(x)',
  'def f(x, beta=2): return f(x) * beta',
  'x * y',
  'y.backward(torch.ones_like(x))',
  'y.mean().backward()',
  'x.grad.data.zero_()',
  'x, x.grad',
  'torch.autograd.grad(y.sum(), x)[0]',
  'x, torch.autograd.grad(outputs=torch.tanh(x), inputs=(x,), grad_outputs=torch.ones_like(x))[0] * 2',
  "label='a' + ' b'",
];
const word = fc.oneof(
  fc.constantFrom(...OPTIONS),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: false }).map(String),
);

/** Parse, evaluate and lay out (without drawing) what the words describe; only usage errors may come out. */
function attempt(args: string[]): void {
  try {
    const fig = figureFor(parsePlotArgs(args).panels).fig;
    validateFigure(fig);
    const points = fig.axes.reduce(
      (s, ax) =>
        s +
        (ax.sampling.kind === 'linspace' ? ax.sampling.num : (ax.sampling.to - ax.sampling.from) / ax.sampling.step),
      0,
    );
    // Laid out too, where that is quick: legends, text boxes and tight layouts are placed there.
    if (points < 2e4) figureLayout(fig, 'png');
    else if (points < 2e5) evaluateFigure(fig);
  } catch (err) {
    if (err instanceof UsageError || err instanceof CommanderError) return;
    throw err;
  }
}

describe('property: random command lines', () => {
  it('draw or give a usage error, never anything else (in process, 400 runs)', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (args) => {
        attempt(args);
      }),
      { numRuns: 400, seed: 20261127 },
    );
  });
  it('through the binary: exit 0 or 2, never a stack trace, no file outside the folder (12 runs)', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (args) => {
        const dir = scratch('actplot-prop-');
        const r = actplot([...args.filter((a) => a !== '-o' && a !== '--output'), '-q'], dir);
        assert.ok(r.code === 0 || r.code === 2, `exit ${r.code} for ${JSON.stringify(args)}: ${r.stderr}`);
        assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, JSON.stringify(args));
        if (r.code === 2) assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        for (const f of fs.readdirSync(dir)) assert.ok(!f.endsWith('.tmp'), f);
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 12, seed: 7 },
    );
  });
});

describe('property: random configs', () => {
  const value = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string({ maxLength: 6 }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('gelu', 'relu', 'red', '8x4', [3, 1], [1, 3], 'auto', -1, 0, 1e308),
    fc.constantFrom('y = x * 2', ['def f(x): return f(x)'], "plt.axhline(0, color='k')", 'x, y'),
  );
  const key = fc.constantFrom(
    'name',
    'def',
    'axhline',
    'plot',
    'function',
    'functions',
    'from',
    'to',
    'step',
    'num',
    'size',
    'dpi',
    'xlim',
    'ylim',
    'color',
    'linewidth',
    'grid',
    'legend',
    'title',
    'format',
    'panels',
    'curves',
    'colour',
    'expr',
    'param',
    'layout',
  );
  const figure = fc.dictionary(key, value, { maxKeys: 6 }).map((f) => ({ name: 'f', function: 'gelu', ...f }));
  it('validate or give a usage error naming the path, never anything else (300 runs)', () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 3 }), (figures) => {
        try {
          const plan = planFigures(parseConfig(JSON.stringify({ figures }), 'c.json'), 'c.json');
          for (const p of plan) validateFigure(p.spec);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
          assert.match(err.message, /^c\.json: /);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('a batch killed part-way', () => {
  it('leaves only complete files, and a rerun finishes the rest', async () => {
    const dir = scratch();
    const config = path.join(dir, 'many.yaml');
    fs.writeFileSync(
      config,
      [
        'figures:',
        ...Array.from(
          { length: BATCH_FIGURES },
          (_, i) =>
            `  - {name: f${i}, function: ${['gelu', 'tanh', 'elu'][i % 3]}, size: [6, 4], dpi: 100, num: 20000}`,
        ),
      ].join('\n'),
    );
    const child = spawn(process.execPath, [BIN, 'render', config, '--out-dir', 'out', '--jobs', '1', '-q'], {
      cwd: dir,
    });
    // Listened for at once: a child that ends before a later listener would never be heard.
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const out = path.join(dir, 'out');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const done = fs.existsSync(out) ? fs.readdirSync(out).filter((f) => f.endsWith('.png')).length : 0;
        if (done >= 3) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await exited;
    const written = fs.readdirSync(out).filter((f) => f.endsWith('.png'));
    assert.ok(written.length >= 3 && written.length < BATCH_FIGURES, `${written.length} written before the kill`);
    for (const f of written) assert.equal(decodePng(fs.readFileSync(path.join(out, f))).width, 600, f);
    const rerun = actplot(['render', config, '--out-dir', 'out'], dir);
    assert.equal(rerun.code, 0, rerun.stderr);
    const all = fs.readdirSync(out);
    assert.equal(all.filter((f) => f.endsWith('.png')).length, BATCH_FIGURES);
    assert.deepEqual(
      all.filter((f) => f.endsWith('.tmp')),
      [],
      'no partial file remains',
    );
    assert.match(rerun.out, new RegExp(`${BATCH_FIGURES} figures: \\d+ written, \\d+ unchanged`));
  });
});

describe('Ctrl-C during a batch', () => {
  for (const jobs of ['1', '2']) {
    it(`stops after the figures under way, exit 130, one line; a rerun finishes (--jobs ${jobs})`, async () => {
      const dir = scratch();
      const config = path.join(dir, 'many.yaml');
      const out = path.join(dir, 'out');
      const { code, stderr, files } = await interruptedBatch(dir, 'SIGINT', jobs);
      assert.equal(code, 130, stderr);
      assert.match(
        stderr,
        /^actplot: interrupted \(SIGINT\): \d+ figures settled \(\d+ written\); run it again to finish the rest\n$/,
      );
      assert.deepEqual(
        files.filter((f) => f.endsWith('.tmp')),
        [],
      );
      assert.ok(files.filter((f) => f.endsWith('.png')).length < BATCH_FIGURES);
      const rerun = actplot(['render', config, '--out-dir', 'out', '-q'], dir);
      assert.equal(rerun.code, 0, rerun.stderr);
      assert.equal(fs.readdirSync(out).filter((f) => f.endsWith('.png')).length, BATCH_FIGURES);
    });
  }
});

describe('the output folder', () => {
  it('a symlink where a figure goes is replaced, never followed to write elsewhere', () => {
    const dir = scratch();
    const outside = path.join(dir, 'outside.png');
    fs.writeFileSync(outside, 'not to be touched');
    fs.mkdirSync(path.join(dir, 'out'));
    fs.symlinkSync(outside, path.join(dir, 'out', 'gelu.png'));
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: gelu, function: gelu}\n');
    const r = actplot(['render', 'c.yaml', '--out-dir', 'out', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(outside, 'utf8'), 'not to be touched');
    assert.ok(!fs.lstatSync(path.join(dir, 'out', 'gelu.png')).isSymbolicLink());
    const viaCli = actplot(
      ['relu', '-o', 'link.png', '-q'],
      (fs.symlinkSync(outside, path.join(dir, 'link.png')), dir),
    );
    assert.equal(viaCli.code, 0, viaCli.stderr);
    assert.equal(fs.readFileSync(outside, 'utf8'), 'not to be touched');
  });
  it('a folder that is not writable: exit 2, one line, nothing written', (t) => {
    const dir = scratch();
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.chmodSync(path.join(dir, 'locked'), 0o555);
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, 'c.yaml'), 'figures:\n  - {name: gelu, function: gelu}\n');
    fs.chmodSync(path.join(dir, 'c.yaml'), 0o644);
    const other = asOtherUser();
    if (other.skip) {
      t.skip(other.skip);
      return;
    }
    const r = spawnSync(process.execPath, [BIN, 'render', 'c.yaml', '--out-dir', 'locked'], {
      cwd: dir,
      encoding: 'utf8',
      ...other.options,
    });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^actplot: --out-dir: got 'locked', but the folder 'locked' is not writable\n$/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'locked')), []);
  });
});

describe('render workers stopped early', () => {
  // A worker is started before the config is read and loads node-canvas meanwhile; stopping it inside the
  // library's native code aborted the process (now and then: it depends on timing, hence several runs).
  it('a config error or a one-figure batch ends with its own exit code, never an abort', () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'one.yaml'), 'figures:\n  - {name: one, function: gelu}\n');
    for (let i = 0; i < 6; i++) {
      const missing = actplot(['render', 'nope.yaml', '--out-dir', 'out'], dir);
      assert.equal(missing.code, 2, missing.stderr);
      assert.match(missing.stderr, /^actplot: nope\.yaml: cannot be read \(no such file\)\n$/);
      fs.rmSync(path.join(dir, 'out'), { recursive: true, force: true });
      const one = actplot(['render', 'one.yaml', '--out-dir', 'out', '-q', '--jobs', '2'], dir);
      assert.equal(one.code, 0, one.stderr);
      assert.equal(one.stderr, '');
    }
  });
});

describe('a full disk', () => {
  it('gives a clear error and leaves no partial file (a 16 KB tmpfs)', (t) => {
    const mnt = scratch('actplot-full-');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mnt]);
    if (mounted.status !== 0) {
      t.skip(`cannot mount a small tmpfs here: ${String(mounted.stderr).trim() || mounted.error?.message}`);
      return;
    }
    try {
      const r = actplot(['gelu', '--size', '20x20', '-o', 'big.png'], mnt);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr, "actplot: -o: cannot write 'big.png': no space left on the device\n");
      assert.deepEqual(fs.readdirSync(mnt), []);
      fs.writeFileSync(path.join(mnt, 'c.yaml'), 'figures:\n  - {name: big, function: gelu, size: [20, 20]}\n');
      const batch = actplot(['render', 'c.yaml', '--out-dir', '.'], mnt);
      assert.equal(batch.code, 2, batch.stderr);
      assert.match(batch.stderr, /^actplot: --out-dir: cannot write '.*big\.png': no space left on the device\n$/);
      assert.deepEqual(
        fs.readdirSync(mnt).filter((f) => f !== 'c.yaml'),
        [],
      );
      // On worker threads too: the batch stops with the same one line, not a crash.
      fs.writeFileSync(
        path.join(mnt, 'c.yaml'),
        `figures:\n${['gelu', 'relu', 'tanh'].map((f) => `  - {name: ${f}, function: ${f}, size: [20, 20]}\n`).join('')}`,
      );
      const threaded = actplot(['render', 'c.yaml', '--out-dir', '.', '--jobs', '2'], mnt);
      assert.equal(threaded.code, 2, threaded.stderr);
      assert.match(threaded.stderr, /^actplot: --out-dir: cannot write '.*\.png': no space left on the device\n$/);
      assert.deepEqual(
        fs.readdirSync(mnt).filter((f) => f !== 'c.yaml'),
        [],
      );
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe('watchdog: adversarial inputs end (drawn or refused) rather than hang', () => {
  const inputs: string[][] = [
    ['--expr', `${'('.repeat(99)}x${')'.repeat(99)}`],
    ['--expr', `x${'+x'.repeat(990)}`],
    ['--expr', 'exp(exp(exp(x)))'],
    ['gelu', '--from', '-1e308', '--to', '1e308', '--num', '3'],
    ['gelu', '--from', '1e-320', '--to', '2e-320', '--num', '5', '--dtype', 'float64'],
    ['relu', '--ylim', '-1e308,1e308'],
    ['relu', '--xlim', '1e-310,1.0000000001e-310'],
    ['relu', '--xlim', '0,5e-324'],
    ['sigmoid', '--xticks', Array.from({ length: 5000 }, (_, i) => i / 1000).join(',')],
    ['tanh', '--from', '0', '--to', '1e-300', '--num', '1000'],
    ['threshold', '--param', 'threshold=1e308', '--param', 'value=-1e308'],
  ];
  for (const args of inputs) {
    it(args.join(' ').slice(0, 80), () => {
      const r = spawnSync(process.execPath, [BIN, ...args, '-o', 'w.png', '-q'], {
        cwd: scratch(),
        timeout: 30_000,
        encoding: 'utf8',
      });
      assert.notEqual(r.signal, 'SIGTERM', 'still running after 30 s');
      assert.ok(r.status === 0 || r.status === 2, `exit ${r.status}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\n\s+at |internal error/);
    });
  }
});
