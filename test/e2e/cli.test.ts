import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import { cli } from '../helpers/in-process';
import { actplot, BIN, PNG_SIGNATURE, pngSize, scratch } from '../helpers/cli';
import { agrees, loadReference } from '../helpers/reference';

const MATPLOTLIB_SIZES: Record<string, [number, number]> = {
  sigmoid: [1600, 200],
  tanh: [1400, 420],
  relu: [800, 400],
  'leaky-relu': [800, 400],
  gelu: [800, 400],
  swish: [800, 400],
  'sigmoid-newfun-tanh-compare': [1500, 400],
};

// The first run and -o - through the binary, as a user runs them; the rest in-process (the entry function).
describe('actplot <function>', () => {
  let dir: string;
  before(() => {
    dir = scratch();
  });

  it("writes <function>.png at the document's size and prints the path", () => {
    const r = actplot(['sigmoid'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.out.trim(), 'sigmoid.png');
    const png = fs.readFileSync(path.join(dir, 'sigmoid.png'));
    assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
    assert.deepEqual(pngSize(png), [1600, 200]);
  });
  it('-o - writes the bytes to standard output and nothing else', () => {
    const r = actplot(['relu', '-o', '-'], dir);
    assert.equal(r.code, 0);
    assert.deepEqual(r.stdout.subarray(0, 8), PNG_SIGNATURE);
    assert.deepEqual(pngSize(r.stdout), [800, 400]);
    const svg = actplot(['relu', '-o', '-', '--format', 'svg'], dir);
    assert.equal(XMLValidator.validate(svg.out), true);
  });
  it('-o s.png: a 1600×200 PNG', async () => {
    assert.equal((await cli(['sigmoid', '-o', 's.png'], dir)).code, 0);
    assert.deepEqual(pngSize(fs.readFileSync(path.join(dir, 's.png'))), [1600, 200]);
  });
  it('.svg: well-formed SVG sized in points (inches × 72)', async () => {
    assert.equal((await cli(['sigmoid', '-o', 's.svg'], dir)).code, 0);
    const svg = fs.readFileSync(path.join(dir, 's.svg'), 'utf8');
    assert.equal(XMLValidator.validate(svg), true);
    assert.match(svg, /<svg[^>]*width="1152pt"[^>]*height="144pt"/);
  });
  it('.pdf: a one-page PDF', async () => {
    assert.equal((await cli(['gelu', '-o', 'g.pdf'], dir)).code, 0);
    const pdf = fs.readFileSync(path.join(dir, 'g.pdf'));
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.match(pdf.subarray(-8).toString(), /%%EOF/);
    assert.match(pdf.toString('latin1'), /\/MediaBox \[ ?0 0 576 288 ?\]/);
  });
  it('--format overrides the extension', async () => {
    assert.equal((await cli(['relu', '-o', 'r.img', '--format', 'svg'], dir)).code, 0);
    assert.match(fs.readFileSync(path.join(dir, 'r.img'), 'utf8'), /^<\?xml/);
  });
  it('--size and --dpi set the pixel size as matplotlib does', async () => {
    assert.equal((await cli(['tanh', '--size', '6x3', '--dpi', '150', '-o', 't.png'], dir)).code, 0);
    assert.deepEqual(pngSize(fs.readFileSync(path.join(dir, 't.png'))), [900, 450]);
  });
  it('accepts every documented option together', async () => {
    const r = await cli(
      [
        'leaky-relu',
        '--from',
        '-4',
        '--to',
        '4',
        '--step',
        '0.05',
        '--param',
        'negative_slope=0.2',
        '--title',
        'Leaky',
        '--xlabel',
        'input',
        '--ylabel',
        'output',
        '--xlim',
        '-4,4',
        '--ylim',
        '-1,4',
        '--xticks',
        '-4,-2,0,2,4',
        '--yticks',
        '0,2,4',
        '--no-grid',
        '--color',
        'tab:orange',
        '--linewidth',
        '3',
        '--legend',
        'lower right',
        '--grad',
        '-o',
        'all.png',
        '--quiet',
      ],
      dir,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.out, '');
    assert.deepEqual(pngSize(fs.readFileSync(path.join(dir, 'all.png'))), [800, 400]);
  });
  it('--num draws with linspace sampling', async () => {
    assert.equal((await cli(['gelu', '--num', '50', '--from', '-3', '--to', '3', '-o', 'n.png'], dir)).code, 0);
  });
  it('without a function prints help', async () => {
    const r = await cli([], dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /Usage: actplot/);
  });
});

describe('actplot gallery', () => {
  it("writes the document's seven figures, named as matplotlib's, at its pixel sizes", async () => {
    const dir = scratch();
    const r = await cli(['gallery', '--out-dir', 'd'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      fs.readdirSync(path.join(dir, 'd')).sort(),
      Object.keys(MATPLOTLIB_SIZES)
        .map((n) => `${n}.png`)
        .sort(),
    );
    for (const [name, size] of Object.entries(MATPLOTLIB_SIZES)) {
      assert.deepEqual(pngSize(fs.readFileSync(path.join(dir, 'd', `${name}.png`))), size, name);
    }
    assert.equal(r.out.trim().split('\n').length, 7);
  });
  it('--all draws one figure per function, and the comparison figure', async () => {
    const dir = scratch();
    const r = await cli(['gallery', '--all', '--out-dir', 'all', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    const files = fs.readdirSync(path.join(dir, 'all')).sort();
    const names = (JSON.parse((await cli(['list', '--json'], dir)).out) as { name: string }[]).map(
      (f) => `${f.name}.png`,
    );
    assert.deepEqual(files, [...names, 'sigmoid-newfun-tanh-compare.png'].sort());
    for (const f of files)
      assert.deepEqual(
        fs
          .readFileSync(path.join(dir, 'all', f))
          .subarray(1, 4)
          .toString(),
        'PNG',
      );
  });
  it('--llm adds the GELU variants, the gated units and the bfloat16 figure; --index lists them', async () => {
    const dir = scratch();
    const r = await cli(['gallery', '--llm', '--index', '--out-dir', 'llm', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    const files = fs.readdirSync(path.join(dir, 'llm'));
    for (const name of ['llm-gelu-variants', 'llm-glu-family', 'llm-bfloat16']) {
      assert.ok(files.includes(`${name}.png`), name);
      assert.equal(
        fs
          .readFileSync(path.join(dir, 'llm', `${name}.png`))
          .subarray(1, 4)
          .toString(),
        'PNG',
      );
      assert.match(fs.readFileSync(path.join(dir, 'llm', 'index.md'), 'utf8'), new RegExp(`!\\[${name}\\]`));
    }
    assert.equal(files.length, 7 + 3 + 1);
  });
  it('--format svg', async () => {
    const dir = scratch();
    assert.equal((await cli(['gallery', '--out-dir', 'v', '--format', 'svg', '-q'], dir)).code, 0);
    const files = fs.readdirSync(path.join(dir, 'v'));
    assert.equal(files.filter((f) => f.endsWith('.svg')).length, 7);
    for (const f of files)
      assert.equal(XMLValidator.validate(fs.readFileSync(path.join(dir, 'v', f), 'utf8')), true, f);
  });
});

// In-process, through the CLI's entry function: eval and list write only through it.
describe('actplot eval of the LLM activations', () => {
  const dir = scratch();
  const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
  it('--grid: a gated unit on every (gate, up) pair, with both partial derivatives (worked by hand)', async () => {
    const r = await cli(['eval', 'swiglu', '--grid', '--from', '-1', '--to', '2', '--step', '1'], dir);
    assert.equal(r.code, 0, r.stderr);
    const [head, ...rows] = r.out.trim().split('\n');
    assert.equal(head, 'gate,up,y,dy_dgate,dy_dup');
    assert.equal(rows.length, 9);
    for (const row of rows) {
      const [g, u, y, dg, du] = row.split(',').map(Number);
      // SwiGLU = g·σ(g)·u; ∂/∂g = (σ(g) + g·σ(g)·(1 − σ(g)))·u; ∂/∂u = g·σ(g).
      const s = sigmoid(g);
      const want = [g * s * u, (s + g * s * (1 - s)) * u, g * s];
      [y, dg, du].forEach((v, k) => assert.ok(Math.abs(v - want[k]) <= 1e-15, `${row}: ${want.join(', ')}`));
    }
  });
  it('--grid --format json has the five columns', async () => {
    const r = await cli(
      ['eval', 'reglu', '--grid', '--num', '3', '--from', '-1', '--to', '1', '--format', 'json'],
      dir,
    );
    const j = JSON.parse(r.out) as Record<string, number[]>;
    assert.deepEqual(Object.keys(j), ['gate', 'up', 'y', 'dy_dgate', 'dy_dup']);
    assert.deepEqual(j.y, [-0, 0, 0, -0, 0, 0, -1, 0, 1]); // max(0, g)·u, 0·(−1) = −0 as IEEE (and torch) has it
  });
  it('--dtype bfloat16 prints x as bfloat16 holds it and y as torch computes it (worked by hand)', async () => {
    const r = await cli(
      ['eval', 'sigmoid', '--dtype', 'bfloat16', '--from', '0.1', '--to', '0.2', '--step', '0.05'],
      dir,
    );
    assert.equal(r.code, 0, r.stderr);
    const [, first, second] = r.out.trim().split('\n');
    // 0.1 is 0x3DCCCCCD in float32: bfloat16 keeps 0x3DCD = 0.10009765625; sigmoid of that is 0.52500...,
    // between bfloat16's 0.5234375 and 0.52734375 (steps of 2^-8), nearer the first.
    assert.equal(first, '0.10009765625,0.5234375');
    assert.equal(second.split(',')[0], '0.150390625'); // 0.15 → 0x3E1A
  });
  it('takes every ACT2CLS name as transformers writes it, and list says which are the same function', async () => {
    const names = ['gelu_10', 'gelu_fast', 'gelu_new', 'gelu_python', 'gelu_pytorch_tanh', 'gelu_python_tanh'];
    for (const name of [...names, 'gelu_accurate', 'laplace', 'linear', 'relu2', 'xielu', 'quick_gelu', 'swish']) {
      const r = await cli(['eval', name, '--num', '3', '--from', '-1', '--to', '1'], dir);
      assert.equal(r.code, 0, `${name}: ${r.stderr}`);
    }
    const list = (await cli(['list'], dir)).out;
    assert.match(list, /gelu_pytorch_tanh\n.*\n\s+the same function as gelu\(approximate='tanh'\)/);
    assert.match(list, /swish\s+-> silu \(nn\.SiLU\)/);
    assert.match(list, /used by: GPT-OSS/);
  });
});

describe('actplot eval', () => {
  const dir = scratch();
  const ref = loadReference();
  it('CSV with header x,y and numbers that read back exactly', async () => {
    const r = await cli(['eval', 'sigmoid', '--from', '-1', '--to', '1', '--step', '0.5'], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.out.trim().split('\n');
    assert.equal(lines[0], 'x,y');
    assert.deepEqual(
      lines.slice(1).map((l) => Number(l.split(',')[0])),
      [-1, -0.5, 0, 0.5],
    );
    for (const l of lines.slice(1)) {
      const [x, y] = l.split(',').map(Number);
      assert.ok(Math.abs(y - 1 / (1 + Math.exp(-x))) <= 1e-15 * y, `${x}: ${y}`);
    }
  });
  it('--grad adds dy; JSON has x, y and dy arrays', async () => {
    const csv = await cli(['eval', 'tanh', '--num', '5', '--from', '-1', '--to', '1', '--grad'], dir);
    assert.equal(csv.out.split('\n')[0], 'x,y,dy');
    const j = JSON.parse(
      (await cli(['eval', 'tanh', '--num', '5', '--from', '-1', '--to', '1', '--grad', '--format', 'json'], dir)).out,
    );
    assert.deepEqual(Object.keys(j), ['x', 'y', 'dy']);
    assert.deepEqual(j.x, [-1, -0.5, 0, 0.5, 1]);
    assert.equal(j.dy[2], 1);
  });
  it("--dtype float32 gives torch.arange's float32 values", async () => {
    const j = JSON.parse(
      (
        await cli(
          ['eval', 'relu', '--from', '-6', '--to', '6', '--step', '0.1', '--dtype', 'float32', '--format', 'json'],
          dir,
        )
      ).out,
    );
    assert.deepEqual(j.x, ref.arange['-6.0,6.0,0.1']);
  });
  for (const name of ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'gelu', 'swish', 'newfun']) {
    it(`${name}: agrees with PyTorch wherever eval's grid hits the reference points exactly`, async () => {
      const r = await cli(
        ['eval', name, '--num', '2001', '--from', '-10', '--to', '10', '--grad', '--format', 'json'],
        dir,
      );
      assert.equal(r.code, 0, r.stderr);
      const j = JSON.parse(r.out) as { x: number[]; y: number[]; dy: number[] };
      const entry = ref.functions[name];
      let compared = 0;
      ref.x.forEach((x, i) => {
        const k = j.x.indexOf(x);
        if (k < 0) return;
        compared++;
        assert.ok(agrees(j.y[k], entry.y[i]), `${name}(${x}) = ${j.y[k]}, torch ${entry.y[i]}`);
        assert.ok(agrees(j.dy[k], entry.dy[i]), `${name}'(${x}) = ${j.dy[k]}, torch ${entry.dy[i]}`);
      });
      assert.ok(compared > 900, `only ${compared} points compared`);
    });
  }
});

describe('actplot list', () => {
  const dir = scratch();
  it('shows every function with its formula and parameters with defaults', async () => {
    const r = await cli(['list'], dir);
    for (const name of [
      'sigmoid',
      'tanh',
      'relu',
      'leaky-relu',
      'gelu',
      'swish',
      'newfun',
      'elu',
      'mish',
      'quick-gelu',
    ]) {
      assert.match(r.out, new RegExp(`^  ${name}\\b`, 'm'));
    }
    assert.match(r.out, /^The document's functions:$/m);
    assert.match(r.out, /^PyTorch's other activations/m);
    assert.match(r.out, /leaky-relu {2}\(also: LeakyReLU, leaky_relu, lrelu\)/);
    assert.match(r.out, /negative_slope=0\.01/);
    assert.match(r.out, /approximate=none \[none \| tanh\]/);
  });
  it('--json for scripts', async () => {
    const list = JSON.parse((await cli(['list', '--json'], dir)).out) as {
      name: string;
      params: { name: string; default: unknown }[];
    }[];
    assert.equal(list.find((f) => f.name === 'swish')!.params[0].default, 1);
  });
});

describe('help and version', () => {
  const dir = scratch();
  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
    assert.equal(actplot(['--version'], dir).out.trim(), pkg.version);
  });
  for (const cmd of [[], ['list'], ['eval'], ['gallery']]) {
    it(`${['actplot', ...cmd].join(' ')} --help has examples`, async () => {
      const r = await cli([...cmd, '--help'], dir);
      assert.equal(r.code, 0);
      assert.match(r.out, /Examples:\n\s+\$ actplot/);
    });
  }
});

describe('output to a reader that goes away', () => {
  it('`render | head -1` ends quietly and still writes every figure; so does `eval | head -1`', () => {
    const dir = scratch();
    fs.writeFileSync(
      path.join(dir, 'c.yaml'),
      `figures:\n${['relu', 'tanh', 'elu', 'selu'].map((f) => `  - {name: ${f}, function: ${f}}\n`).join('')}`,
    );
    for (const args of [
      'render c.yaml --out-dir out --jobs 1',
      'render c.yaml --out-dir out2',
      'eval gelu --num 200000',
    ]) {
      const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" ${args} | head -1`], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, `${args}: ${r.stderr}`);
      assert.equal(r.stderr, '', args);
      assert.equal(r.stdout.split('\n').length, 2, args);
    }
    for (const out of ['out', 'out2']) {
      assert.deepEqual(
        fs
          .readdirSync(path.join(dir, out))
          .filter((f) => f.endsWith('.png'))
          .sort(),
        ['elu.png', 'relu.png', 'selu.png', 'tanh.png'],
      );
    }
  });
});

describe('fonts installed on the system', () => {
  it('a family fontconfig lists is drawn from its file, as with --font-file; one it lacks falls back', (t) => {
    if (spawnSync('sh', ['-c', 'command -v fc-list']).status !== 0) {
      t.skip('fc-list is not installed (fontconfig)');
      return;
    }
    // A fontconfig of its own, listing only the bundled package's fonts: the same on every machine.
    const dir = scratch();
    const fonts = path.resolve(__dirname, '../../../node_modules/dejavu-fonts-ttf/ttf');
    const conf = path.join(dir, 'fonts.conf');
    fs.writeFileSync(
      conf,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${fonts}</dir>` +
        `<cachedir>${path.join(dir, 'cache')}</cachedir></fontconfig>\n`,
    );
    const run = (args: string[]) =>
      spawnSync(process.execPath, [BIN, 'relu', '--title', 'Installed', '-q', ...args], {
        cwd: dir,
        env: { ...process.env, FONTCONFIG_FILE: conf },
        encoding: 'buffer',
      });
    const installed = run(['--rc', 'font.family=DejaVu Math TeX Gyre', '-o', 'installed.png']);
    assert.equal(installed.status, 0, installed.stderr.toString());
    const file = run([
      '--font-file',
      path.join(fonts, 'DejaVuMathTeXGyre.ttf'),
      '--rc',
      'font.family=DejaVu Math TeX Gyre',
      '-o',
      'file.png',
    ]);
    assert.equal(file.status, 0, file.stderr.toString());
    assert.ok(
      fs.readFileSync(path.join(dir, 'installed.png')).equals(fs.readFileSync(path.join(dir, 'file.png'))),
      'the installed family is drawn as its file is',
    );
    // A family fontconfig does not list: matplotlib's findfont warns and falls back to DejaVu Sans.
    const missing = run(['--rc', 'font.family=Nope Sans', '-o', 'missing.png']);
    assert.equal(missing.status, 0, missing.stderr.toString());
    assert.match(missing.stderr.toString(), /^actplot: warning: findfont: Font family \['Nope Sans'\] not found\./);
    assert.equal(run(['-o', 'plain.png']).status, 0);
    assert.ok(
      fs.readFileSync(path.join(dir, 'missing.png')).equals(fs.readFileSync(path.join(dir, 'plain.png'))),
      'drawn in DejaVu Sans, as the figure without the rcParam',
    );
  });
});
