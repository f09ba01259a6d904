/**
 * Part of `npm run build`: `node out/scripts/warm-cache.js plot|render` runs what that kind of start runs (a
 * PNG figure; a config render) while src/startup/compile-cache.ts records, and saves that start-up cache.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { cacheFile, recordStartupCache, type StartKind } from '../src/startup/compile-cache';

const RUNS: Record<StartKind, (dir: string, config: string) => string[][]> = {
  plot: (dir) => [
    ['sigmoid', '-q', '-o', path.join(dir, 'a.png')],
    ['gelu', '-q', '-o', path.join(dir, 'b.png')],
    // The vocabulary's modules too (mathtext, tight_layout, reference lines): a figure that uses them starts
    // from the cache as a plain one does.
    [
      'gelu',
      '--title',
      '$\\mathrm{GELU}(x) = x\\,\\Phi(x)$',
      '--tight-layout',
      '--axhline',
      "0, color='k', linestyle='--'",
      '-q',
      '-o',
      path.join(dir, 'c.png'),
    ],
  ],
  render: (dir, config) => [
    ['render', config, '--out-dir', path.join(dir, 'out'), '--jobs', '1', '-q'],
    // A config with a mistake: zod reads it (config/load.ts), so that an error is worded from the cache too.
    ['render', path.join(dir, 'mistake.yaml'), '--out-dir', path.join(dir, 'out'), '-q'],
  ],
};

async function main(kind: StartKind): Promise<void> {
  if (!(kind in RUNS)) throw new Error(`expected plot or render, got '${kind}'`);
  const recorder = recordStartupCache();
  // Everything the hinter measured stored again by this build (text/stored-metrics.ts).
  (require('../src/text/stored-metrics') as typeof import('../src/text/stored-metrics')).measureAfresh();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actplot-warm-'));
  try {
    // As bin/actplot starts, so the cache holds what a real start runs.
    (
      require('../src/startup/lazy-builtins') as typeof import('../src/startup/lazy-builtins')
    ).deferChildProcessForCommander();
    const { main: cli } = require('../src/cli/main') as typeof import('../src/cli/main');
    const config = path.join(dir, 'figures.yaml');
    // The render step's figures: plain ones, and the vocabulary's (mathtext, tight_layout, an rcParam, a
    // reference line), so that a batch of either draws from the cache from its first figure.
    fs.writeFileSync(
      config,
      [
        'figures:',
        '  - {name: a, function: gelu, grad: true}',
        '  - {name: b, functions: [sigmoid, tanh], legend: best}',
        "  - {name: c, function: silu, title: '$\\mathrm{f}_{0}(x)$', tightLayout: true, rc: {axes.titlesize: large},",
        "     axhline: \"0, color='k', linestyle='--', linewidth=0.5\"}",
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(dir, 'mistake.yaml'), 'figures:\n  - {name: a, function: gelu, colour: red}\n');
    const runs = RUNS[kind](dir, config);
    for (const argv of runs) {
      const expected = argv.some((a) => a.endsWith('mistake.yaml')) ? 2 : 0;
      // The mistake's one-line message is expected: written nowhere, not into the build's output.
      const stderr = expected ? new Writable({ write: (_chunk, _encoding, done) => done() }) : process.stderr;
      const code = await cli(['node', 'actplot', ...argv], { stdout: process.stdout, stderr });
      if (code !== expected) throw new Error(`actplot ${argv.join(' ')} exited with ${code}`);
    }
    recorder.write(cacheFile(kind));
    // What the figures measured, the script metrics of every DejaVu face, and at each size the figures used
    // every printable ASCII character (other tick labels, other titles), so that a start reads them instead of
    // measuring (text/stored-metrics.ts).
    const stored = require('../src/text/stored-metrics') as typeof import('../src/text/stored-metrics');
    const { hintedAcross, hintedInk } = require('../src/text/agg-text') as typeof import('../src/text/agg-text');
    const { ALL_FACES } = require('../src/style/font-faces') as typeof import('../src/style/font-faces');
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    for (const face of ALL_FACES)
      for (const size of stored.measuredGlyphSizes(face))
        for (const ch of [...ascii, '\u2212']) {
          hintedInk(ch, size, face);
          hintedAcross(ch, size, face);
        }
    for (const face of ALL_FACES) for (const ch of ['x', 'α']) hintedInk(ch, 10, face);
    // The plot step comes first in the build; the render step adds its glyphs to the plot step's.
    stored.saveMeasurements(kind !== 'plot');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv[2] as StartKind).catch((err: Error) => {
  // The cache only makes starts faster: without it everything still works.
  process.stderr.write(`warm-cache: no start-up cache written: ${err.message}\n`);
});
