/**
 * npm run bench: measures actplot on this machine against baselines measured in the same run (these machines
 * are noisy, so every target is a ratio), prints a table and writes docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'actplot');
const RSS = path.join(ROOT, 'scripts', 'rss-at-exit.cjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'actplot-bench-'));

interface Timed {
  seconds: number;
  rssMB: number;
}

/** Runs a command once: wall seconds and peak RSS in MB. */
function runOnce(args: string[]): Timed {
  const rssFile = path.join(work, 'rss');
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', RSS, ...args], {
    cwd: work,
    env: { ...process.env, ACTPLOT_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return { seconds, rssMB: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Several runs as one: the median wall time and the largest peak RSS. */
const summary = (runs: Timed[]): Timed => ({
  seconds: median(runs.map((r) => r.seconds)),
  rssMB: Math.max(...runs.map((r) => r.rssMB)),
});

/** Runs a command `runs` times. */
function measure(args: string[], runs: number): Timed {
  return summary(Array.from({ length: runs }, () => runOnce(args)));
}

/**
 * A command and its baseline, run in turns, so that the machine's drift during the run (these are shared,
 * noisy machines) weighs on both alike: the two medians, and the ratio as the median of each pair's ratio (a
 * slow stretch of the machine falls on both runs of a pair, and drops out of its ratio).
 */
function measurePair(
  baseline: string[],
  args: string[],
  runs: number,
): { baseline: Timed; subject: Timed; ratio: number } {
  const b: Timed[] = [];
  const a: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(runOnce(baseline));
    a.push(runOnce(args));
  }
  return { baseline: summary(b), subject: summary(a), ratio: median(a.map((t, i) => t.seconds / b[i].seconds)) };
}

const rows: string[][] = [];
const verdicts: string[] = [];
const fmt = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
function row(
  what: string,
  value: string,
  baseline: string,
  ratio: number | undefined,
  target: string,
  ok: boolean | undefined,
) {
  rows.push([
    what,
    value,
    baseline,
    ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
    target,
    ok === undefined ? '' : ok ? 'met' : '**not met**',
  ]);
  if (ok !== undefined) verdicts.push(`${ok ? 'met' : 'NOT MET'}: ${what}`);
}

/**
 * A command against its baseline, run in turns, as one row: the ratio of their medians held to `limit`.
 * `baselineName` says what the baseline is, after its time.
 */
function ratioRow(
  what: string,
  baseline: string[],
  args: string[],
  runs: number,
  baselineName: string,
  target: string,
  limit: number,
): void {
  const pair = measurePair(baseline, args, runs);
  const ratio = pair.ratio;
  row(
    what,
    fmt(pair.subject.seconds),
    `${fmt(pair.baseline.seconds)} (${baselineName})`,
    ratio,
    target,
    ratio <= limit,
  );
}

/**
 * The costliest inputs actplot accepts, each at a limit of src/limits.ts (README's "Limits"): every one must
 * end within 10 s and 1 GB on a 2-core machine. One run each; a config's time grows with its figure count.
 */
function worstCases(): void {
  const ticks = Array.from({ length: 10_000 }, (_, i) => i / 1000).join(',');
  const panels = Array.from({ length: 100 }, () => ['gelu', 'tanh', 'sigmoid', 'relu', 'elu']).flatMap((p, i) =>
    i ? ['--panel', ...p] : p,
  );
  const huge = path.join(work, 'huge.yaml');
  fs.writeFileSync(
    huge,
    [
      'figures:',
      ...Array.from(
        { length: 10_000 },
        (_, i) =>
          `  - {name: f${i}, functions: [gelu, tanh, 'leaky-relu(negative_slope=0.2)'], title: 'figure ${i} ${'x'.repeat(800)}', xticks: [-4, -2, 0, 2, 4]}`,
      ),
    ].join('\n'),
  );
  const cases: [string, string[]][] = [
    ['PNG of 100 megapixels (`--size 100x100`)', ['gelu', '--size', '100x100', '-o', 'w.png']],
    ['500 curves, SVG', [...Array(500).fill('gelu'), '-o', 'w.svg']],
    ['250 curves with their derivatives, PNG', [...Array(250).fill('mish'), '--grad', '-o', 'w.png']],
    ['100 panels of 5 curves, SVG', [...panels, '--layout', '10x10', '-o', 'w.svg']],
    ['20,000 explicit ticks, SVG', ['sigmoid', '--xticks', ticks, '--yticks', ticks, '-o', 'w.svg']],
    [
      'a title of 10,000 characters, combining accents, SVG',
      ['sigmoid', '--title', `a${'\u0301'.repeat(9_999)}`, '-o', 'w.svg'],
    ],
    ['GELU at the work budget (4e7 points)', ['gelu', '--num', '40000000', '-o', 'w.png']],
    ['`x^x` at the work budget (3.3e7 points)', ['--expr', 'x^x', '--num', '33333333', '-o', 'w.png']],
    [
      '`gelu(gelu(x))` at the work budget (8.6e6 points)',
      ['--expr', 'gelu(gelu(x))', '--num', '8600000', '-o', 'w.png'],
    ],
    ['`eval` of 2e6 points with the derivative, CSV', ['eval', 'gelu', '--num', '2000000', '--grad', '-o', 'w.csv']],
    [
      '`eval` of an expression at its work budget, with the derivative',
      ['eval', '--expr', 'x^x + gelu(gelu(x))', '--num', '1600000', '--grad', '-o', 'w.csv'],
    ],
    [
      'a 10 MB config of 10,000 figures, read and checked, one drawn',
      ['render', huge, '--only', 'f0', '--out-dir', 'huge'],
    ],
  ];
  let worst = { seconds: 0, rssMB: 0, what: '' };
  for (const [what, args] of cases) {
    const t = runOnce([BIN, ...args, ...(args[0] === 'eval' ? [] : ['-q'])]);
    row(
      `worst case: ${what}`,
      `${fmt(t.seconds)}, ${t.rssMB.toFixed(0)} MB`,
      '',
      undefined,
      '≤ 10 s, ≤ 1 GB',
      t.seconds <= 10 && t.rssMB <= 1024,
    );
    if (t.seconds > worst.seconds) worst = { ...t, what };
  }
  slowest = `The slowest accepted input found: ${worst.what}, ${fmt(worst.seconds)}, ${worst.rssMB.toFixed(0)} MB.`;
}

let slowest = '';

/**
 * The document's figures as PDF against matplotlib's, which the reference scripts draw here (their savefig
 * made a PDF one) where Debian's python3-matplotlib and python3-torch are installed.
 */
function pdfSizes(refs: string): void {
  const dir = path.join(work, 'pdf');
  fs.mkdirSync(dir, { recursive: true });
  spawnSync(process.execPath, [BIN, 'gallery', '--out-dir', dir, '--format', 'pdf', '-q'], { cwd: work });
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'));
  const ours = names.reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
  let theirs = 0;
  for (const f of names) {
    const script = fs
      .readFileSync(path.join(refs, f.replace(/\.pdf$/, '.py')), 'utf8')
      .replace(/plt\.savefig\(OUT \+ "\.png"\);.*$/m, "plt.savefig(OUT + '.pdf', metadata={'CreationDate': None})");
    const file = path.join(dir, `mpl-${f.replace(/\.pdf$/, '.py')}`);
    fs.writeFileSync(file, script);
    const out = path.join(dir, `mpl-${f.replace(/\.pdf$/, '')}`);
    if (spawnSync('/usr/bin/python3', [file, out], { stdio: 'ignore' }).status !== 0) {
      row(
        `size: the document's ${names.length} figures as PDF`,
        `${ours} bytes`,
        'matplotlib and torch not installed',
        undefined,
        '',
        undefined,
      );
      return;
    }
    theirs += fs.statSync(`${out}.pdf`).size;
  }
  row(
    `size: the document's ${names.length} figures as PDF`,
    `${ours} bytes`,
    `${theirs} bytes (matplotlib)`,
    ours / theirs,
    "in total no larger than matplotlib's",
    ours <= theirs,
  );
}

/** The new vocabulary in one figure: mathtext, tight_layout, an rcParam and a reference line. */
const VOCABULARY = [
  '--title',
  '$\\mathrm{GELU}(x) = x\\,\\Phi(x)$',
  '--tight-layout',
  '--rc',
  'axes.titlesize=large',
  '--axhline',
  "0, color='k', linestyle='--', linewidth=0.5",
];

/**
 * No regression from the vocabulary: such a figure's cold start against the plain one's, and 40 such figures
 * by `render` against matplotlib's own loop drawing the same figures (where Debian's matplotlib is installed).
 */
function vocabulary(fns: string[]): void {
  ratioRow(
    'cold start of a figure with mathtext, `--tight-layout`, `--rc` and `--axhline`',
    [BIN, 'sigmoid', '-o', 'plain.png', '-q'],
    [BIN, 'gelu', ...VOCABULARY, '-o', 'vocabulary.png', '-q'],
    21,
    'plain sigmoid',
    '≤ 1.1 × the plain figure',
    1.1,
  );
  const config = path.join(work, 'vocabulary.yaml');
  const figure = (i: number) =>
    `  - {name: v${i}, function: ${fns[i % fns.length]}, size: [6.4, 4.8], from: -7, to: 7, step: 0.01, ` +
    `title: '$\\mathrm{f}_{${i}}(x)$', tightLayout: true, rc: {axes.titlesize: large}, ` +
    `axhline: "0, color='k', linestyle='--', linewidth=0.5"}`;
  fs.writeFileSync(config, ['figures:', ...Array.from({ length: 40 }, (_, i) => figure(i))].join('\n'));
  const python = '/usr/bin/python3';
  const hasMatplotlib = spawnSync(python, ['-c', 'import matplotlib, numpy, scipy'], { stdio: 'ignore' }).status === 0;
  if (!hasMatplotlib) {
    const ours = measure([BIN, 'render', config, '--out-dir', 'vocabulary', '--force', '-q'], 5);
    row(
      "40 such figures: `render` against matplotlib's loop",
      fmt(ours.seconds),
      'matplotlib not installed (python3-matplotlib)',
      undefined,
      '≥ 5 × faster',
      undefined,
    );
    return;
  }
  const script = path.join(work, 'vocabulary.py');
  fs.writeFileSync(
    script,
    `import numpy as np, matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
from scipy.special import erf
s = lambda x: 1 / (1 + np.exp(-x))
F = {'sigmoid': s, 'tanh': np.tanh, 'relu': lambda x: np.maximum(x, 0), 'leaky-relu': lambda x: np.where(x > 0, x, 0.01 * x),
     'gelu': lambda x: 0.5 * x * (1 + erf(x / np.sqrt(2))), 'swish': lambda x: x * s(x), 'silu': lambda x: x * s(x),
     'elu': lambda x: np.where(x > 0, x, np.expm1(x)), 'selu': lambda x: 1.0507 * np.where(x > 0, x, 1.6733 * np.expm1(x)),
     'mish': lambda x: x * np.tanh(np.log1p(np.exp(x)))}
names = ${JSON.stringify(fns)}
plt.rcParams['axes.titlesize'] = 'large'
for i in range(40):
    x = np.arange(-7, 7, 0.01)
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.plot(x, F[names[i % len(names)]](x))
    ax.set_title(r'$\\mathrm{f}_{%d}(x)$' % i)
    ax.axhline(0, color='k', linestyle='--', linewidth=0.5)
    fig.tight_layout()
    fig.savefig('mpl-%d.png' % i, dpi=100)
    plt.close(fig)
`,
  );
  // In turns, as measurePair runs its pairs: the machine's drift weighs on both alike.
  const [ourTimes, times]: number[][] = [[], []];
  for (let k = 0; k < 5; k++) {
    ourTimes.push(runOnce([BIN, 'render', config, '--out-dir', 'vocabulary', '--force', '-q']).seconds);
    const t = process.hrtime.bigint();
    const r = spawnSync(python, [script], { cwd: work, stdio: 'ignore' });
    if (r.status !== 0) throw new Error('the matplotlib loop failed');
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  const ours = { seconds: median(ourTimes) };
  const theirs = { seconds: median(times) };
  const speedup = 1 / median(ourTimes.map((t, i) => t / times[i]));
  row(
    "40 such figures: `render` against matplotlib's own loop (Debian's python3-matplotlib)",
    fmt(ours.seconds),
    `${fmt(theirs.seconds)} (matplotlib)`,
    1 / speedup,
    '≥ 5 × faster (≤ 0.2×)',
    speedup >= 5,
  );
}

/**
 * The package as `npm install ./actplot-*.tgz` lays it out in a project, without the network: the tarball
 * `npm pack` makes, unpacked into node_modules/actplot, and this clone's dependencies copied beside it
 * (hoisted). Its first start records its start-up cache into the user's cache folder (here the bench's own).
 */
function installedBin(): string {
  const project = path.join(work, 'project');
  const modules = path.join(project, 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  const packed = spawnSync('npm', ['pack', ROOT, '--silent', '--pack-destination', work], { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack: ${packed.stderr}`);
  const tarball = path.join(work, packed.stdout.trim().split('\n').pop()!);
  fs.mkdirSync(path.join(modules, 'actplot'));
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', path.join(modules, 'actplot'), '--strip-components', '1']);
  if (untar.status !== 0) throw new Error(`tar: ${untar.stderr}`);
  for (const dep of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    fs.cpSync(path.join(ROOT, 'node_modules', dep), path.join(modules, dep), { recursive: true, dereference: false });
  }
  process.env.XDG_CACHE_HOME = path.join(work, 'cache');
  const bin = path.join(modules, 'actplot', 'bin', 'actplot');
  runOnce([bin, 'sigmoid', '-o', 'first.png', '-q']); // the first start records the cache
  return bin;
}

function main(): void {
  const coldPair = measurePair(['-e', '0'], [BIN, 'sigmoid', '-o', 'cold.png', '-q'], 21);
  const node = coldPair.baseline;
  row('baseline: `node -e 0`', fmt(node.seconds), '', undefined, '', undefined);

  const cold = coldPair.subject;
  const coldRatio = coldPair.ratio;
  row(
    'cold start: `actplot sigmoid -o x.png`',
    fmt(cold.seconds),
    fmt(node.seconds),
    coldRatio,
    '≤ 2.0 × node -e 0',
    coldRatio <= 2,
  );

  // The floor of this stack (scripts/startup-floor.cjs: node-canvas, one line, a 1600x200 PNG written) against
  // the same figure size drawn by actplot.
  ratioRow(
    'cold start against the floor: `actplot sigmoid` (1600×200) against node-canvas drawing one line into a 1600×200 PNG',
    [path.join(ROOT, 'scripts', 'startup-floor.cjs'), 'floor.png'],
    [BIN, 'sigmoid', '-o', 'cold.png', '-q'],
    21,
    'floor script',
    '≤ 1.3 × the floor',
    1.3,
  );

  const installed = installedBin();
  ratioRow(
    'cold start of the package as installed from its tarball (after its first start)',
    [BIN, 'sigmoid', '-o', 'cold.png', '-q'],
    [installed, 'sigmoid', '-o', 'i.png', '-q'],
    15,
    'the clone',
    "≤ 1.1 × the clone's cold start",
    1.1,
  );

  const fns = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'gelu', 'swish', 'silu', 'elu', 'selu', 'mish'];
  const config = path.join(work, 'batch.yaml');
  fs.writeFileSync(
    config,
    [
      'figures:',
      ...Array.from(
        { length: 40 },
        (_, i) =>
          `  - {name: f${i}, function: ${fns[i % fns.length]}, size: [6.4, 4.8], from: -7, to: 7, step: 0.01, title: figure ${i}}`,
      ),
    ].join('\n'),
  );
  const batchPair = measurePair(['-e', '0'], [BIN, 'render', config, '--out-dir', 'batch', '--force', '-q'], 5);
  const batch = batchPair.subject;
  const batchRatio = batchPair.ratio;
  row(
    'batch: `render` of 40 figures, 640×480, 1,400 points each',
    `${fmt(batch.seconds)} (${(40 / batch.seconds).toFixed(0)} figures/s)`,
    fmt(batchPair.baseline.seconds),
    batchRatio,
    '≤ 10 × node -e 0',
    batchRatio <= 10,
  );
  const rerun = measure([BIN, 'render', config, '--out-dir', 'batch', '-q'], 3);
  row(
    'batch again, nothing changed',
    fmt(rerun.seconds),
    fmt(node.seconds),
    rerun.seconds / node.seconds,
    '',
    undefined,
  );

  vocabulary(fns);

  const loopScript = path.join(work, 'loop.js');
  fs.writeFileSync(
    loopScript,
    `const { getFunction } = require(${JSON.stringify(path.join(ROOT, 'out/src/functions/registry'))});
const f = getFunction('gelu').bind({ approximate: 'none' });
const n = Number(process.argv[2]); let s = 0;
for (let i = 0; i < n; i++) s += f.value(-8 + (16 * i) / (n - 1));
if (s === 42) console.log(s);`,
  );
  for (const n of [1e3, 1e5, 1e6, 1e7]) {
    const runs = n >= 1e7 ? 3 : 5;
    const t = measure(
      [BIN, 'gelu', '--num', String(n), '--from', '-8', '--to', '8', '-o', `scale-${n}.png`, '-q'],
      runs,
    );
    const loop = measure([loopScript, String(n)], runs);
    const ratio = t.seconds / loop.seconds;
    const label = `scale: \`actplot gelu --num ${n.toExponential(0).replace('+', '')}\``;
    const target = n === 1e7 ? '≤ 1.5 × (node + plain loop), ≤ 200 MB' : '';
    row(
      label,
      `${fmt(t.seconds)}, ${t.rssMB.toFixed(0)} MB`,
      `${fmt(loop.seconds)} (node + loop)`,
      ratio,
      target,
      n === 1e7 ? ratio <= 1.5 && t.rssMB <= 200 : undefined,
    );
  }
  for (const format of ['svg', 'pdf']) {
    const sizes = [1e3, 1e7].map((n) => {
      spawnSync(process.execPath, [BIN, 'gelu', '--num', String(n), '-o', `scale-${n}.${format}`, '-q'], { cwd: work });
      return fs.statSync(path.join(work, `scale-${n}.${format}`)).size;
    });
    row(
      `${format.toUpperCase()} size at 1e3 and 1e7 points`,
      `${sizes[0]} and ${sizes[1]} bytes`,
      '',
      sizes[1] / sizes[0],
      'no growth with N',
      sizes[1] <= sizes[0] * 1.5,
    );
  }

  const refs = path.join(ROOT, 'test', 'fixtures', 'matplotlib');
  spawnSync(process.execPath, [BIN, 'gallery', '--out-dir', 'png', '-q'], { cwd: work });
  spawnSync(process.execPath, [BIN, 'gallery', '--out-dir', 'svg', '--format', 'svg', '-q'], { cwd: work });
  for (const format of ['png', 'svg']) {
    const names = fs.readdirSync(path.join(work, format)).filter((f) => f.endsWith(`.${format}`));
    const ours = names.reduce((s, f) => s + fs.statSync(path.join(work, format, f)).size, 0);
    const theirs = names.reduce((s, f) => s + fs.statSync(path.join(refs, f)).size, 0);
    const worst = Math.max(
      ...names.map((f) => fs.statSync(path.join(work, format, f)).size / fs.statSync(path.join(refs, f)).size),
    );
    row(
      `size: the document's ${names.length} figures as ${format.toUpperCase()}`,
      `${ours} bytes`,
      `${theirs} bytes (matplotlib)`,
      ours / theirs,
      format === 'png' ? "each no larger than matplotlib's" : "in total no larger than matplotlib's",
      format === 'png' ? worst <= 1 : ours <= theirs,
    );
  }
  pdfSizes(refs);

  // Live JS heap after a full GC catches leaks of objects; RSS catches native ones (a Cairo surface not given
  // back cost 1.2 MB a figure), with room for V8 growing its young generation (up to 2 × 16 MB) as it sees fit.
  const memory = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '-e',
      `
    const { renderAll } = require(${JSON.stringify(path.join(ROOT, 'out/src/index'))});
    const figures = Array.from({ length: 1000 }, (_, i) => ({ name: 'm' + i, function: ['sigmoid', 'gelu', 'tanh'][i % 3], title: 'figure ' + i }));
    const at = {};
    renderAll({ figures }, { outDir: ${JSON.stringify(path.join(work, 'memory'))}, jobs: 1, force: true,
      onFigure: (r, done) => {
        if (done !== 100 && done !== 1000) return;
        global.gc();
        at[done] = { rss: process.memoryUsage().rss / 1048576, heap: process.memoryUsage().heapUsed / 1048576 };
      } })
      .then(() => console.log(JSON.stringify(at)));`,
    ],
    { encoding: 'utf8' },
  );
  const at = JSON.parse(memory.stdout) as Record<string, { rss: number; heap: number }>;
  row(
    'memory: live JS heap after 1,000 figures in one render against after 100',
    `${at[1000].heap.toFixed(1)} MB`,
    `${at[100].heap.toFixed(1)} MB`,
    at[1000].heap / at[100].heap,
    'within 5 MB',
    at[1000].heap - at[100].heap <= 5,
  );
  row(
    'memory: RSS after 1,000 figures against after 100',
    `${at[1000].rss.toFixed(0)} MB`,
    `${at[100].rss.toFixed(0)} MB`,
    at[1000].rss / at[100].rss,
    'within 60 MB',
    at[1000].rss - at[100].rss <= 60,
  );

  worstCases();

  const cpu = os.cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}`;
  const table = [
    '| measurement | actplot | baseline | ratio | target | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const md =
    `# Benchmarks\n\nGenerated by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.\n\n` +
    `Machine: ${machine}.\n\nTimes are medians over several runs of whole processes; every target is a ratio to a baseline measured in the same run, the two run in turns, and the ratio is the median of the pairs' ratios.\n\n${table}\n\n${slowest}\n`;
  fs.writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), md);
  process.stdout.write(
    `${machine}\n\n${table}\n\n${slowest}\n\n${verdicts.join('\n')}\n\ndocs/benchmarks.md written\n`,
  );
  fs.rmSync(work, { recursive: true, force: true });
}

main();
