/**
 * A symlog axis as matplotlib 3.6 makes one. Expected values are matplotlib's own (test/fixtures/symlog.json, from
 * scripts/make-symlog-fixtures.py): the transform of a few values, ax.get_ylim() after plotting a line on
 * set_yscale('symlog', ...), and the major ticks in view with their labels and the minor ticks drawn; positions
 * compared to a relative 1e-12 (numpy's powers of 10.0 are an ulp off some decades).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { symlogAutoLimits, symlogAxisTicks, symlogInverse, symlogOf } from '../../src/layout/symlog-scale';
import { isSymlog } from '../../src/spec';
import type { ScaleOptions } from '../../src/spec/call-options';
import { readScale } from '../../src/spec/scale-call';

interface Case {
  data: [number, number];
  kwargs: Omit<ScaleOptions, 'value'>;
  rc: Record<string, unknown>;
  ylim_set: [number, number] | null;
  ylim: [number, number];
  probes: number[];
  transformed: number[];
  major: number[];
  labels: string[];
  minor: number[];
}
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'symlog.json');
const { cases } = JSON.parse(fs.readFileSync(FIXTURES, 'utf8')) as { cases: Case[] };

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
const near = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => close(v, b[i]));

function scaleOf(c: Case) {
  const s = readScale({ value: 'symlog', ...c.kwargs }, 'y', ['yscale']);
  assert.ok(s && isSymlog(s));
  return s;
}
const title = (c: Case) =>
  `data ${c.data.join(' to ')}, ${JSON.stringify(c.kwargs)}${Object.keys(c.rc).length ? ` ${JSON.stringify(c.rc)}` : ''}` +
  (c.ylim_set ? `, ylim ${c.ylim_set.join(', ')}` : '');

describe('SymmetricalLogTransform', () => {
  for (const c of cases.filter((k) => !k.ylim_set && !Object.keys(k.rc).length)) {
    it(`${JSON.stringify(c.kwargs)}: matplotlib's positions, and back`, () => {
      const s = scaleOf(c);
      const ours = c.probes.map((v) => symlogOf(v, s));
      assert.ok(near(ours, c.transformed), `${ours} against ${c.transformed}`);
      const back = ours.map((t) => symlogInverse(t, s));
      assert.ok(
        back.every((v, i) => Math.abs(v - c.probes[i]) <= 1e-9 * Math.max(1, Math.abs(c.probes[i]))),
        `${back}`,
      );
    });
  }
});

describe('symlog autoscale: the margins in transformed space, decades under round_numbers', () => {
  for (const c of cases.filter((k) => !k.ylim_set)) {
    it(title(c), () => {
      const margin = (c.rc['axes.ymargin'] as number | undefined) ?? 0.05;
      const round = c.rc['axes.autolimit_mode'] === 'round_numbers';
      const lim = symlogAutoLimits([Float64Array.of(...c.data)], margin, scaleOf(c), round);
      assert.ok(near(lim, c.ylim), `${lim} against ${c.ylim}`);
    });
  }
});

describe('SymmetricalLogLocator and LogFormatterSciNotation: the ticks in view and their labels', () => {
  for (const c of cases) {
    it(title(c), () => {
      const minExponent = c.rc['axes.formatter.min_exponent'] as number | undefined;
      const axis = symlogAxisTicks(scaleOf(c), c.ylim, undefined, undefined, { minExponent });
      const values = axis.ticks.map((t) => t.value);
      assert.ok(near(values, c.major), `${values} against ${c.major}`);
      assert.deepEqual(
        axis.ticks.map((t) => t.label),
        c.labels,
      );
      const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
      assert.ok(near(sorted(axis.minor), sorted(c.minor)), `minor ${axis.minor} against ${c.minor}`);
    });
  }
});

describe("plt.yscale('symlog')'s arguments", () => {
  it("SymmetricalLogScale's defaults: base 10, linthresh 2, linscale 1, no minor ticks", () => {
    assert.deepEqual(readScale('symlog', 'y', ['yscale']), { kind: 'symlog', base: 10, linthresh: 2, linscale: 1 });
    assert.deepEqual(readScale("'symlog', linthresh=0.1, subs=[2, 5]", 'x', ['xscale']), {
      kind: 'symlog',
      base: 10,
      linthresh: 0.1,
      linscale: 1,
      subs: [2, 5],
    });
  });
  it("refuses what SymmetricalLogTransform refuses, and the log scale's keywords", () => {
    const refused = (text: string) => () => readScale(text, 'y', ['yscale']);
    assert.throws(refused("'symlog', base=1"), /got 1; expected a number above 1/);
    assert.throws(refused("'symlog', linthresh=0"), /got 0; expected a number above 0/);
    assert.throws(refused("'symlog', linscale=-1"), /got -1; expected a number above 0/);
    assert.throws(refused("'symlog', nonpositive='mask'"), /not a keyword of the 'symlog' scale/);
    assert.throws(refused("'log', linthresh=1"), /not a keyword of the 'log' scale/);
    assert.throws(refused("'symlog', subs=[0]"), /expected a list of up to 100 numbers above 0/);
  });
});
