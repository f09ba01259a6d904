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
import { viewLimits } from '../../src/layout/axis';
import { logAutoLimits, logViewLimits } from '../../src/layout/log-scale';
import { autoLimits } from '../../src/data/extent';

interface Case {
  axis: 'x' | 'y';
  lim: [number, number];
  length_pt: number;
  locs: number[];
  visible: number[];
  labels: string[];
  offset: string;
}
interface RoundCase {
  rc: { '_internal.classic_mode'?: boolean; 'axes.xmargin'?: number };
  multiple: number | null;
  scale: 'log' | null;
  data: [number, number];
  length_pt: [number, number];
  xlim: [number, number];
  ylim: [number, number];
}
const { cases, round } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'ticks.json'), 'utf8')) as {
  cases: Case[];
  round: RoundCase[];
};

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

describe("axes.autolimit_mode 'round_numbers': autoscaled limits out to the ticks, as matplotlib's", () => {
  for (const c of round) {
    const kind = `${c.rc['_internal.classic_mode'] ? 'classic ' : ''}${c.scale ?? 'linear'}${c.multiple ? `, MultipleLocator(${c.multiple})` : ''}`;
    it(`${kind}: a line over [${c.data.map((v) => v.toPrecision(4))}] on ${c.length_pt.map((v) => v.toFixed(0))} pt`, () => {
      const locating = { classic: c.rc['_internal.classic_mode'] ?? false, roundNumbers: true };
      const margin = c.rc['axes.xmargin'] ?? 0.05;
      const data = Float64Array.from(c.data);
      (['x', 'y'] as const).forEach((axis, k) => {
        const expected = axis === 'x' ? c.xlim : c.ylim;
        let got: [number, number];
        if (c.scale) {
          const lim = logAutoLimits([data], margin, { base: 10, nonpositive: 'clip' }).limits;
          got = logViewLimits(lim[0], lim[1], 10);
        } else {
          const locator = axis === 'x' && c.multiple ? { kind: 'multiple' as const, base: c.multiple } : undefined;
          const bins = () => autoBins(c.length_pt[k], 10, axis);
          got = viewLimits(autoLimits([data], margin), locator, bins, locating);
        }
        assert.ok(close(got[0], expected[0]) && close(got[1], expected[1]), `${axis}: ${got} vs ${expected}`);
      });
    });
  }
  it('without round_numbers, the margined limits as they are', () => {
    // 0.21 to 450.2 with 5 % margins: -22.29 to 472.70 (a hand calculation), unchanged.
    const lim = autoLimits([Float64Array.of(0.21, 450.2)], 0.05);
    assert.deepEqual(
      viewLimits(lim, undefined, () => 9, { roundNumbers: false }),
      lim,
    );
    assert.deepEqual(
      viewLimits(lim, [0, 100], () => 9, { roundNumbers: true }),
      lim,
    );
  });
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

describe("ScalarFormatter's rcParams: axes.formatter.limits, useoffset, offset_threshold, use_mathtext (matplotlib's labels)", () => {
  for (const c of formatter) {
    it(`${JSON.stringify(c.rc)} over [${c.lim}]`, () => {
      const rc = {
        limits: (c.rc['axes.formatter.limits'] as [number, number] | undefined) ?? ([-5, 6] as [number, number]),
        useOffset: (c.rc['axes.formatter.useoffset'] as boolean | undefined) ?? true,
        offsetThreshold: (c.rc['axes.formatter.offset_threshold'] as number | undefined) ?? 4,
        useMathText: (c.rc['axes.formatter.use_mathtext'] as boolean | undefined) ?? false,
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
