/**
 * The import graph of src/ follows the pipeline: no cycles (deferred require()s and type imports count), the
 * command line imported by nothing below it, each stage only from the stages before it, and the drawing
 * libraries each in one place.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const SRC = path.resolve(__dirname, '../../../src');

/** Every module of src/ with what it imports: other modules (by path relative to src/) and packages. */
function importGraph(): Map<string, { local: string[]; packages: string[] }> {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) files.push(path.relative(SRC, p));
    }
  };
  walk(SRC);
  const graph = new Map<string, { local: string[]; packages: string[] }>();
  const specifier = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)(['"])([^'"]+)\1/g;
  for (const file of files) {
    const text = fs.readFileSync(path.join(SRC, file), 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
    const local = new Set<string>();
    const packages = new Set<string>();
    for (const m of text.matchAll(specifier)) {
      const spec = m[2];
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        continue;
      }
      const base = path.normalize(path.join(path.dirname(file), spec));
      const target = [`${base}.ts`, path.join(base, 'index.ts')].find((c) => files.includes(c));
      if (target) local.add(target);
    }
    graph.set(file, { local: [...local], packages: [...packages] });
  }
  return graph;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(graph: Map<string, { local: string[] }>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)!.local) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)!.local.includes(v)) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found;
}

const graph = importGraph();
const stage = (file: string) => file.split(path.sep)[0];

describe('the import graph of src/', () => {
  it('reads the modules and their imports (a check of the check)', () => {
    assert.ok(graph.size > 40, `${graph.size} modules`);
    assert.ok(graph.get(path.join('cli', 'main.ts'))!.packages.includes('commander'));
    assert.ok(
      graph.get(path.join('batch', 'render-all.ts'))!.local.includes(path.join('config', 'plan.ts')),
      'a deferred require',
    );
  });

  it('has no cycles, deferred require()s and type imports included', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const toy = new Map([
      ['a', { local: ['b'] }],
      ['b', { local: ['c'] }],
      ['c', { local: ['a'] }],
      ['d', { local: ['d'] }],
      ['e', { local: ['a'] }],
    ]);
    assert.deepEqual(cycles(toy), [['a', 'b', 'c'], ['d']]);
  });

  it('nothing outside src/cli imports src/cli', () => {
    const offenders = [...graph].filter(([f, g]) => stage(f) !== 'cli' && g.local.some((t) => stage(t) === 'cli'));
    assert.deepEqual(
      offenders.map(([f]) => f),
      [],
    );
  });

  // The pipeline: options -> spec -> data -> layout -> render -> batch; each stage imports only earlier ones.
  const earlier: Record<string, string[]> = {
    data: ['cli', 'config', 'batch', 'render', 'layout', 'text'],
    layout: ['cli', 'config', 'batch', 'render'],
    text: ['cli', 'config', 'batch', 'render', 'layout'],
    spec: ['cli', 'config', 'batch', 'render', 'layout', 'text'],
    functions: ['cli', 'config', 'batch', 'render', 'layout', 'text', 'spec', 'data'],
    render: ['cli', 'config', 'batch'],
    config: ['cli', 'batch', 'render', 'layout', 'text'],
    // The rcParams, colours and fonts every stage reads: below them all.
    style: ['cli', 'config', 'batch', 'render', 'layout', 'text', 'spec', 'data', 'functions', 'mathtext'],
  };
  for (const [from, forbidden] of Object.entries(earlier)) {
    it(`${from}/ imports nothing from ${forbidden.join(', ')}`, () => {
      const offenders = [...graph]
        .filter(([f]) => stage(f) === from)
        .flatMap(([f, g]) => g.local.filter((t) => forbidden.includes(stage(t))).map((t) => `${f} -> ${t}`));
      assert.deepEqual(offenders, []);
    });
  }

  it('chart.js is driven from one file, and canvas only under render/', () => {
    const importers = (pkg: string) => [...graph].filter(([, g]) => g.packages.includes(pkg)).map(([f]) => f);
    assert.deepEqual(importers('chart.js'), [path.join('render', 'backend.ts')]);
    assert.deepEqual(importers('chartjs-node-canvas'), [path.join('render', 'backend.ts')]);
    assert.deepEqual(
      importers('canvas').filter((f) => stage(f) !== 'render'),
      [],
    );
  });
});

describe("test:unit's two shared processes", () => {
  // test/groups/ runs the unit and contract files two processes at a time; a file left out would go unrun there.
  const TEST = path.resolve(__dirname, '../../../test');
  const imported = (group: string) =>
    [...fs.readFileSync(path.join(TEST, 'groups', group), 'utf8').matchAll(/^import '\.\.\/(.+)';$/gm)].map(
      (m) => `${m[1]}.ts`,
    );
  for (const [dir, group] of [
    ['contract', 'contracts.test.ts'],
    ['unit', 'units.test.ts'],
  ]) {
    it(`${group} imports every file of test/${dir}`, () => {
      const files = fs
        .readdirSync(path.join(TEST, dir))
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => `${dir}/${f}`);
      assert.deepEqual(imported(group).sort(), files.sort());
    });
  }
});
