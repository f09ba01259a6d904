/**
 * Which sides carry the major and the minor ticks' marks and labels: the rcParams xtick.major.top,
 * xtick.minor.bottom and their kin (with each side's own xtick.top, xtick.labeltop...) and tick_params calls with
 * which='major', 'minor' or 'both'. Expected values are matplotlib's own ticks' visibility
 * (scripts/make-tick-sides-fixtures.py → test/fixtures/tick-sides.json).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { tickSettings, type Sides } from '../../src/layout/tick-settings';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { FIXTURES } from '../helpers/reference';

type AxisSides = Record<'x' | 'y', Record<'marks' | 'labels', Record<string, boolean>>>;
interface Case {
  rc: Record<string, boolean>;
  tickParams: string[];
  major: AxisSides;
  minor: AxisSides;
}

const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'tick-sides.json'), 'utf8')) as { cases: Case[] };

/** matplotlib's per-axis answer in this module's per-side form. */
const bySide = (s: AxisSides, what: 'marks' | 'labels'): Sides => ({
  bottom: s.x[what].bottom,
  top: s.x[what].top,
  left: s.y[what].left,
  right: s.y[what].right,
});

describe('tick sides: the major and the minor ticks each on their own sides, as matplotlib sets them', () => {
  for (const c of cases) {
    const name = [
      ...Object.entries(c.rc).map(([k, v]) => `${k}=${v}`),
      ...c.tickParams.map((t) => `tick_params(${t})`),
    ];
    it(name.join('; ') || "matplotlib's defaults", () => {
      const figure = buildFigure({
        style: 'matplotlib',
        rc: c.rc,
        panels: [{ curves: [{ function: 'relu' }], tickParams: c.tickParams }],
      });
      const t = tickSettings(figure.axes[0].tickParams ?? [], figure.rc ?? DEFAULT_RC);
      assert.deepEqual(t.marks, bySide(c.major, 'marks'), 'major marks');
      assert.deepEqual(t.labels, bySide(c.major, 'labels'), 'major labels');
      assert.deepEqual(t.minorMarks, bySide(c.minor, 'marks'), 'minor marks');
      assert.deepEqual(t.minorLabels, bySide(c.minor, 'labels'), 'minor labels');
    });
  }
});
