import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { actplot, BIN, scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';

const NAMES = ['sigmoid', 'tanh', 'relu', 'gelu', 'swish', 'elu', 'gelu_new'];
const CONFIG = `figures:\n${NAMES.map((n) => `  - name: ${n}\n    functions: [${n}]\n    format: svg\n`).join('')}`;

/** Every figure file of a folder (the manifest, each run's own, left out) with its bytes. */
function figures(dir: string): Map<string, Buffer> {
  return new Map(
    fs
      .readdirSync(dir)
      .filter((f) => !f.startsWith('.'))
      .map((f) => [f, fs.readFileSync(path.join(dir, f))]),
  );
}

describe('render --shard I/N: a CI matrix', () => {
  it("the shards' files are, together, byte for byte one run's, each figure in one shard, the shards even", async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.yaml'), CONFIG);
    assert.equal((await cli(['render', 'c.yaml', '--out-dir', 'all', '-q'], dir)).code, 0);
    const whole = figures(path.join(dir, 'all'));
    assert.equal(whole.size, NAMES.length);
    const union = new Map<string, Buffer>();
    const sizes: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await cli(['render', 'c.yaml', '--out-dir', `s${i}`, '--shard', `${i}/3`, '-q'], dir);
      assert.equal(r.code, 0, r.stderr);
      const part = figures(path.join(dir, `s${i}`));
      sizes.push(part.size);
      for (const [f, bytes] of part) {
        assert.ok(!union.has(f), `${f} is in two shards`);
        union.set(f, bytes);
      }
    }
    assert.deepEqual([...union.keys()].sort(), [...whole.keys()].sort());
    for (const [f, bytes] of whole) assert.ok(union.get(f)!.equals(bytes), f);
    assert.deepEqual(sizes, [3, 3, 1]); // ceil(7 / 3) a shard, the rest last
  });
  it('is stable: the same share on every run; --check --shard checks only its share', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.yaml'), CONFIG);
    await cli(['render', 'c.yaml', '--out-dir', 'a', '--shard', '2/3', '-q'], dir);
    await cli(['render', 'c.yaml', '--out-dir', 'b', '--shard', '2/3', '-q'], dir);
    assert.deepEqual([...figures(path.join(dir, 'a')).keys()], [...figures(path.join(dir, 'b')).keys()]);
    const check = await cli(['render', 'c.yaml', '--out-dir', 'a', '--shard', '2/3', '--check'], dir);
    assert.equal(check.code, 0, check.out);
    assert.match(check.out, /all 3 figures up to date/);
    assert.equal((await cli(['render', 'c.yaml', '--out-dir', 'a', '--shard', '1/3', '--check'], dir)).code, 1);
  });
  it('refuses a shard that is not I/N with 1 <= I <= N', async () => {
    for (const bad of ['0/3', '4/3', '1/0', 'two/3', '1']) {
      const r = await cli(['render', 'c.yaml', '--shard', bad], scratch());
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`--shard: got '${bad}'; expected I/N`));
    }
  });
});

/** Lines of a child's output as they come, and a wait for one that matches. */
function lines(stream: NodeJS.ReadableStream) {
  let text = '';
  const waiters: { re: RegExp; done: (line: string) => void }[] = [];
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    for (const w of [...waiters]) {
      const m = w.re.exec(text);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        text = text.slice(m.index + m[0].length);
        w.done(m[0]);
      }
    }
  });
  return (re: RegExp, ms = 20_000) =>
    new Promise<string>((resolve, reject) => {
      const m = re.exec(text);
      if (m) {
        text = text.slice(m.index + m[0].length);
        resolve(m[0]);
        return;
      }
      const timer = setTimeout(() => reject(new Error(`no line matching ${re} within ${ms} ms`)), ms);
      waiters.push({ re, done: (l) => (clearTimeout(timer), resolve(l)) });
    });
}

describe('render --watch', () => {
  it('redraws what an edit changes, reports a broken config and goes on, and ends with Ctrl-C', async () => {
    const dir = scratch();
    const config = path.join(dir, 'c.yaml');
    fs.writeFileSync(config, 'figures:\n  - name: a\n    functions: [relu]\n  - name: b\n    functions: [gelu]\n');
    const child = spawn(process.execPath, [BIN, 'render', 'c.yaml', '--out-dir', 'out', '--watch'], { cwd: dir });
    const out = lines(child.stdout);
    const err = lines(child.stderr);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await out(/watching c\.yaml/);
      const before = fs.readFileSync(path.join(dir, 'out', 'a.png'));
      fs.writeFileSync(config, 'figures:\n  - name: a\n    functions: [sigmoid]\n  - name: b\n    functions: [gelu]\n');
      assert.match(await out(/.*c\.yaml: .*\n/), /redrew a\.png \(1 figure unchanged/);
      assert.ok(!fs.readFileSync(path.join(dir, 'out', 'a.png')).equals(before));
      fs.writeFileSync(config, 'figures:\n  - name: a\n    functions: [sigmod]\n');
      assert.match(await err(/actplot: .*\n/), /sigmod.*did you mean 'sigmoid'/);
      fs.writeFileSync(config, 'figures:\n  - name: a\n    functions: [tanh]\n  - name: b\n    functions: [gelu]\n');
      assert.match(await out(/.*c\.yaml: .*\n/), /redrew a\.png/);
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited, 0);
  });
  it('refuses standard input and --check', () => {
    const dir = scratch();
    assert.match(
      actplot(['render', '-', '--watch'], dir).stderr,
      /--watch: got 'standard input'; expected a config file/,
    );
    assert.match(actplot(['render', 'c.yaml', '--watch', '--check'], dir).stderr, /--watch: got '--check'/);
  });
});
