/**
 * npm run output-hashes: the SHA-256 of every file a fixed set of commands draws (the visual suite's 25
 * reference figures, the gallery with --all, and examples/document.yaml, each as PNG, SVG and PDF), one line a
 * file. A change meant to keep the output (a refactoring) keeps these lines: run it before and after, and diff.
 *
 *   npm run output-hashes > /tmp/before.txt; ...change...; npm run output-hashes | diff /tmp/before.txt -
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'actplot');
const FORMATS = ['png', 'svg', 'pdf'];

function run(args: string[], cwd: string): void {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`actplot ${args.join(' ')}: ${r.stderr}`);
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actplot-hashes-'));
  const cases = (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/cases/cases.json'), 'utf8')) as {
      cases: { name: string; args: string[] }[];
    }
  ).cases;
  for (const format of FORMATS) {
    // From the project's folder, as the visual suite runs them (a case may name a fixture, a style file).
    for (const c of cases) run([...c.args, '-o', path.join(dir, `case-${c.name}.${format}`), '-q'], ROOT);
    run(['gallery', '--all', '--out-dir', `gallery-${format}`, '--format', format, '-q'], dir);
  }
  const config = path.join(dir, 'document.yaml');
  fs.writeFileSync(
    config,
    fs.readFileSync(path.join(ROOT, 'examples/document.yaml'), 'utf8').replace(/^\$schema:.*$/m, ''),
  );
  run(['render', config, '--out-dir', 'render', '-q'], dir);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(png|svg|pdf)$/.test(e.name)) files.push(path.relative(dir, p));
    }
  };
  walk(dir);
  for (const f of files.sort()) {
    process.stdout.write(
      `${createHash('sha256')
        .update(fs.readFileSync(path.join(dir, f)))
        .digest('hex')}  ${f}\n`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main();
