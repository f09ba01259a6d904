import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  autoBins,
  chooseTickFormat,
  formatTick,
  maxNLocatorTicks,
  offsetText,
  visibleTicks,
} from '../../src/layout/ticks';
import { FIXTURES } from '../helpers/reference';

interface Case {
  axis: 'x' | 'y';
  lim: [number, number];
  length_pt: number;
  locs: number[];
  visible: number[];
  labels: string[];
  offset: string;
}
const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'ticks.json'), 'utf8')) as { cases: Case[] };

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300);

describe('automatic ticks agree with matplotlib (fixtures from scripts/make-tick-fixtures.py)', () => {
  for (const c of cases) {
    it(`${c.axis} over [${c.lim}] on ${c.length_pt.toFixed(0)} pt`, () => {
      const locs = maxNLocatorTicks(c.lim[0], c.lim[1], autoBins(c.length_pt, 10, c.axis));
      assert.equal(locs.length, c.locs.length, `locs ${locs} vs ${c.locs}`);
      locs.forEach((v, i) => assert.ok(close(v, c.locs[i]), `${v} vs ${c.locs[i]}`));
      const fmt = chooseTickFormat(locs, c.lim[0], c.lim[1]);
      const shown = visibleTicks(locs, c.lim[0], c.lim[1]);
      assert.deepEqual(
        shown.map((v) => formatTick(v, fmt)),
        c.labels,
      );
      assert.equal(offsetText(fmt), c.offset);
    });
  }
});

describe('tick labels', () => {
  it('use the Unicode minus and the fewest decimals that show every tick', () => {
    const locs = [0, 0.25, 0.5, 0.75, 1];
    const fmt = chooseTickFormat(locs, -0.3, 1.3);
    assert.deepEqual(
      locs.map((v) => formatTick(v, fmt)),
      ['0.00', '0.25', '0.50', '0.75', '1.00'],
    );
    const sym = [-1, -0.5, 0, 0.5, 1];
    const f2 = chooseTickFormat(sym, -1.3, 1.3);
    assert.deepEqual(
      sym.map((v) => formatTick(v, f2)),
      ['\u22121.0', '\u22120.5', '0.0', '0.5', '1.0'],
    );
  });
  it('bins: as many as fit at three label widths (x) or two heights (y), at most 9', () => {
    assert.equal(autoBins(446.4, 10, 'x'), 9);
    assert.equal(autoBins(110, 10, 'x'), 3);
    assert.equal(autoBins(110, 10, 'y'), 5);
    assert.equal(autoBins(5, 10, 'y'), 1);
  });
});

interface FormatterCase {
  rc: Record<string, number[] | boolean | number>;
  lim: [number, number];
  locs: number[];
  labels: string[];
  offset: string;
}
const { formatter } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'ticks.json'), 'utf8')) as {
  formatter: FormatterCase[];
};

describe("ScalarFormatter's rcParams: axes.formatter.limits, useoffset, offset_threshold (matplotlib's labels)", () => {
  for (const c of formatter) {
    it(`${JSON.stringify(c.rc)} over [${c.lim}]`, () => {
      const rc = {
        limits: (c.rc['axes.formatter.limits'] as [number, number] | undefined) ?? ([-5, 6] as [number, number]),
        useOffset: (c.rc['axes.formatter.useoffset'] as boolean | undefined) ?? true,
        offsetThreshold: (c.rc['axes.formatter.offset_threshold'] as number | undefined) ?? 4,
      };
      // matplotlib's own tick locations: the formatter alone is under test here.
      const fmt = chooseTickFormat(c.locs, c.lim[0], c.lim[1], rc);
      assert.deepEqual(
        visibleTicks(c.locs, c.lim[0], c.lim[1]).map((v) => formatTick(v, fmt)),
        c.labels,
      );
      assert.equal(offsetText(fmt), c.offset);
    });
  }
});
