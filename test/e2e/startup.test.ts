/**
 * Start-up speed work must never change what actplot does: the start-up cache (src/startup/compile-cache.ts)
 * serves only code that matches its file, and a PNG chart drawn again for the next figure draws it exactly
 * as a fresh one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { renderFigure } from '../../src/render/pipeline';
import { actplot, BIN, scratch } from '../helpers/cli';

const OUT = path.resolve(__dirname, '../..');
const CACHE_MODULE = path.join(OUT, 'src', 'startup', 'compile-cache.js');

/** Runs a script in a fresh Node process; its stdout. */
function node(script: string): string {
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

/**
 * The package as npm installs it into a project: its files (no build cache) in node_modules/actplot, its
 * dependencies beside it (links to this clone's).
 */
function installedCopy(): { project: string; bin: string } {
  const ROOT = path.resolve(OUT, '..');
  const project = scratch('actplot-installed-');
  const pkg = path.join(project, 'node_modules', 'actplot');
  fs.mkdirSync(pkg, { recursive: true });
  for (const part of ['bin', 'fonts', 'package.json'])
    fs.cpSync(path.join(ROOT, part), path.join(pkg, part), { recursive: true });
  fs.cpSync(path.join(OUT, 'src'), path.join(pkg, 'out', 'src'), { recursive: true });
  for (const dep of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (dep.startsWith('.')) continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(project, 'node_modules', dep));
  }
  return { project, bin: path.join(pkg, 'bin', 'actplot') };
}

describe('start-up cache of an installed package', () => {
  it("records itself into the user's cache folder on the first start, and the next start uses it", () => {
    const { project, bin } = installedCopy();
    const cacheHome = scratch('actplot-cache-');
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
    const run = spawnSync(process.execPath, [bin, 'sigmoid', '-q', '-o', 'a.png'], {
      cwd: project,
      env,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const [id] = fs.readdirSync(path.join(cacheHome, 'actplot'));
    const file = path.join(cacheHome, 'actplot', id, 'startup-cache-plot');
    assert.ok(fs.statSync(file).size > 100_000, 'a cache of the modules the start compiled');
    assert.equal(fs.existsSync(path.join(project, 'node_modules', 'actplot', 'out', '.startup-cache-plot')), false);
    const mod = path.join(project, 'node_modules', 'actplot', 'out', 'src', 'startup', 'compile-cache.js');
    const main = path.join(project, 'node_modules', 'actplot', 'out', 'src', 'cli', 'main.js');
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `const c = require(${JSON.stringify(mod)}); c.startWithCache('plot'); require(${JSON.stringify(main)}); console.log(c.cacheStats.served, c.cacheStats.rejected)`,
      ],
      { env, encoding: 'utf8' },
    );
    const [served, rejected] = r.stdout.trim().split(' ').map(Number);
    // Here the dependencies are links out of the project, so only the package's own modules are cached.
    assert.ok(served >= 5 && rejected === 0, `${served} served, ${rejected} rejected`);
    // The second start draws the same bytes as the first.
    const again = spawnSync(process.execPath, [bin, 'sigmoid', '-q', '-o', 'b.png'], { cwd: project, env });
    assert.equal(again.status, 0);
    assert.ok(fs.readFileSync(path.join(project, 'a.png')).equals(fs.readFileSync(path.join(project, 'b.png'))));
  });
  it('a start that fails, or a home that cannot be written, leaves no cache and fails nothing', () => {
    const { project, bin } = installedCopy();
    const cacheHome = scratch('actplot-cache-');
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
    assert.equal(spawnSync(process.execPath, [bin, 'sigmod'], { cwd: project, env }).status, 2);
    assert.equal(fs.existsSync(path.join(cacheHome, 'actplot')), false);
    fs.writeFileSync(path.join(cacheHome, 'actplot'), 'a file where the folder would go');
    assert.equal(spawnSync(process.execPath, [bin, 'relu', '-q', '-o', 'r.png'], { cwd: project, env }).status, 0);
  });
});

describe('start-up cache', () => {
  it('is written by the build and used by the command line', () => {
    for (const kind of ['plot', 'render'])
      assert.ok(fs.existsSync(path.join(OUT, `.startup-cache-${kind}`)), `no ${kind} cache after the build`);
    const served = node(`const c = require(${JSON.stringify(CACHE_MODULE)}); c.useStartupCache('plot');
      require(${JSON.stringify(path.join(OUT, 'src', 'cli', 'main.js'))}); console.log(c.cacheStats.served, c.cacheStats.rejected)`);
    const [n, rejected] = served.split(' ').map(Number);
    assert.ok(n > 10, `only ${n} modules served from the cache`);
    assert.equal(rejected, 0);
  });

  it('never serves the code of a file that changed, even to the same length', () => {
    const dir = fs.mkdtempSync(path.join(OUT, '.startup-test-'));
    try {
      const mod = path.join(dir, 'm.js');
      const cache = path.join(dir, 'cache');
      fs.writeFileSync(mod, 'module.exports = () => "one";');
      node(`const c = require(${JSON.stringify(CACHE_MODULE)}); const r = c.recordStartupCache();
        if (require(${JSON.stringify(mod)})() !== 'one') process.exit(3); r.write(${JSON.stringify(cache)});`);
      const load = () =>
        node(`const c = require(${JSON.stringify(CACHE_MODULE)}); c.useStartupCache('plot', ${JSON.stringify(cache)});
        console.log(require(${JSON.stringify(mod)})(), c.cacheStats.served)`);
      assert.equal(load(), 'one 1');
      fs.writeFileSync(mod, 'module.exports = () => "two";'); // same length: V8 alone would take the old code
      const later = new Date(Date.now() + 5000);
      fs.utimesSync(mod, later, later);
      assert.equal(load(), 'two 0');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resolves a module moved or deleted since it was recorded as Node resolves it (a file made a folder)', () => {
    const dir = fs.mkdtempSync(path.join(OUT, '.startup-test-'));
    try {
      const [main, lib, cache] = ['main.js', 'lib.js', 'cache'].map((f) => path.join(dir, f));
      fs.writeFileSync(main, "module.exports = require('./lib');");
      fs.writeFileSync(lib, "module.exports = 'file';");
      node(`const c = require(${JSON.stringify(CACHE_MODULE)}); const r = c.recordStartupCache();
        if (require(${JSON.stringify(main)}) !== 'file') process.exit(3); r.write(${JSON.stringify(cache)});`);
      fs.rmSync(lib);
      fs.mkdirSync(path.join(dir, 'lib'));
      fs.writeFileSync(path.join(dir, 'lib', 'index.js'), "module.exports = 'folder';");
      const out =
        node(`const c = require(${JSON.stringify(CACHE_MODULE)}); c.useStartupCache('plot', ${JSON.stringify(cache)});
        console.log(require(${JSON.stringify(main)}), c.cacheStats.served)`);
      // main.js's own code is still served; ./lib is the folder's index, not the deleted file.
      assert.equal(out, 'folder 1');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves dynamic import() working in the modules it compiles', () => {
    const dir = fs.mkdtempSync(path.join(OUT, '.startup-test-'));
    try {
      const mod = path.join(dir, 'dynamic.js');
      fs.writeFileSync(mod, "module.exports = () => import('node:path').then((m) => typeof m.join);");
      const out = node(`const c = require(${JSON.stringify(CACHE_MODULE)}); c.recordStartupCache();
        require(${JSON.stringify(mod)})().then((t) => console.log(t), (e) => console.log('failed: ' + e.message));`);
      assert.equal(out, 'function');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a damaged or missing cache means an ordinary start', () => {
    const dir = scratch('actplot-startup-');
    const cache = path.join(dir, 'cache');
    for (const bytes of [Buffer.from([1, 2, 3]), Buffer.from('\u00ff\u00ff\u00ff\u00ffnot json'), Buffer.alloc(0)]) {
      fs.writeFileSync(cache, bytes);
      assert.equal(
        node(`console.log(require(${JSON.stringify(CACHE_MODULE)}).useStartupCache('plot', ${JSON.stringify(cache)}))`),
        'false',
      );
    }
    assert.equal(
      node(
        `console.log(require(${JSON.stringify(CACHE_MODULE)}).useStartupCache('plot', ${JSON.stringify(path.join(dir, 'none'))}))`,
      ),
      'false',
    );
    const r = actplot(['sigmoid', '-o', path.join(dir, 'a.png')], dir);
    assert.equal(r.code, 0, r.stderr);
  });
});

describe("commander's child_process", () => {
  const LAZY = path.join(OUT, 'src', 'startup', 'lazy-builtins.js');
  const MAIN = path.join(OUT, 'src', 'cli', 'main.js');
  it('is not loaded by a start, and is there when commander uses it', () => {
    const loaded = node(`require(${JSON.stringify(LAZY)}).deferChildProcessForCommander();
      require(${JSON.stringify(MAIN)}); console.log(process.moduleLoadList.some((m) => m.endsWith(' child_process')))`);
    assert.equal(loaded, 'false');
    // What commander's own require gets: a stand-in that loads the real module when a subcommand would run.
    const spawned = node(`require(${JSON.stringify(LAZY)}).deferChildProcessForCommander();
      const M = require('node:module'); const commander = { filename: require('node:path').join(require.resolve('commander'), '..', 'lib', 'command.js') };
      const cp = M._load('node:child_process', commander, false);
      const before = process.moduleLoadList.some((m) => m.endsWith(' child_process'));
      console.log(before, cp.spawn === require('node:child_process').spawn, typeof cp.execFileSync)`);
    assert.equal(spawned, 'false true function');
  });
});

describe('what a render loads', () => {
  const MAIN = path.join(OUT, 'src', 'cli', 'main.js');
  /** Renders a config in a fresh process (one drawing thread); its exit code and what it had loaded. */
  const render = (config: string, outDir: string) =>
    node(`const { main } = require(${JSON.stringify(MAIN)});
      main(['node', 'actplot', 'render', ${JSON.stringify(config)}, '--out-dir', ${JSON.stringify(outDir)}, '--jobs', '1', '-q']).then((code) => {
        const ours = (f) => Object.keys(require.cache).some((k) => k.endsWith(f));
        const node = (m) => process.moduleLoadList.includes('NativeModule ' + m);
        console.log(JSON.stringify({ code, zod: ours('/vendor/zod.js') || ours('/config/schema.js'),
          drawing: ours('/render/pipeline.js'), workers: node('worker_threads'), fsPromises: node('internal/fs/promises') }));
      });`);

  it("a right config: read without zod's schemas, drawn without worker_threads or fs.promises", () => {
    const dir = scratch();
    const config = path.join(dir, 'figures.yaml');
    fs.writeFileSync(
      config,
      'figures:\n  - {name: a, function: gelu, title: GELU}\n  - {name: b, functions: [relu, tanh]}\n',
    );
    const out = path.join(dir, 'out');
    assert.deepEqual(JSON.parse(render(config, out)), {
      code: 0,
      zod: false,
      drawing: true,
      workers: false,
      fsPromises: false,
    });
    // Again, every figure unchanged: nothing of the drawing is loaded.
    assert.deepEqual(JSON.parse(render(config, out)), {
      code: 0,
      zod: false,
      drawing: false,
      workers: false,
      fsPromises: false,
    });
  });

  it('a config with a mistake: zod finds and words it', () => {
    const dir = scratch();
    const config = path.join(dir, 'figures.yaml');
    fs.writeFileSync(config, 'figures:\n  - {name: a, function: gelu, colour: red}\n');
    const r = JSON.parse(render(config, path.join(dir, 'out')));
    assert.equal(r.code, 2);
    assert.equal(r.zod, true);
  });
});

describe('what a figure written to a file touches', () => {
  /** Node's own modules loaded by `actplot ARGS` with standard output and error piped, as CI and scripts run it. */
  const loadedBy = (args: string[]) => {
    const dir = scratch();
    const list = path.join(dir, 'modules.txt');
    const preload = path.join(dir, 'record.js');
    fs.writeFileSync(
      preload,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`,
    );
    const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return new Set(fs.readFileSync(list, 'utf8').split('\n'));
  };

  it('makes no standard output stream (a pipe is a socket: net and its bindings) when it prints nothing', () => {
    assert.equal(loadedBy(['sigmoid', '-o', 'a.png', '-q']).has('NativeModule net'), false);
    // The same check sees a stream that is made: the figure written to standard output.
    assert.equal(loadedBy(['sigmoid', '-o', '-', '-q']).has('NativeModule net'), true);
  });
});

describe('PNG charts drawn again', () => {
  const fig = (args: string[]) => figureFor(parsePlotArgs(args).panels).fig;
  const figures = [
    fig(['sigmoid', '--size', '6.4x4.8']),
    fig(['relu', 'gelu', 'tanh', '--size', '6.4x4.8', '--legend', 'best']),
    fig(['tanh', '--size', '6.4x4.8', '--transparent', '--linestyle', '--']),
    fig(['swish', '--grad', '--size', '6.4x4.8', '--xlim', '-2,2']),
    fig(['sigmoid-newfun-tanh-compare']),
  ];

  it('give the same bytes whatever was drawn before', () => {
    const first = figures.map((f) => renderFigure(f, 'png'));
    const reversed = [...figures]
      .reverse()
      .map((f) => renderFigure(f, 'png'))
      .reverse();
    figures.forEach((_, i) =>
      assert.ok(first[i].equals(reversed[i]), `figure ${i} differs when drawn after the others`),
    );
  });

  it('are RGB when opaque and RGBA when transparent', () => {
    // IHDR: after the signature (8), length and type (8), size (8), depth (1)
    const colourType = (png: Buffer) => png[25];
    assert.equal(colourType(renderFigure(figures[0], 'png')), 2);
    assert.equal(colourType(renderFigure(figures[2], 'png')), 6);
  });
});
