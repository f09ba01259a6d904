/**
 * Which sides carry the major and the minor ticks' marks and labels, and each axis's grid lines: the rcParams
 * xtick.major.top, xtick.minor.bottom and their kin (with each side's own xtick.top, xtick.labeltop...),
 * tick_params calls with which='major', 'minor' or 'both', grid() calls (toggling, styling) and
 * tick_params(grid_...). Expected values are matplotlib's own ticks' visibility and their grid lines' style
 * (scripts/make-tick-sides-fixtures.py → test/fixtures/tick-sides.json).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { gridLayout } from '../../src/layout/grid';
import { dashesOf } from '../../src/layout/lines';
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

interface GridCase {
  rc: Record<string, unknown>;
  calls: ['grid' | 'tick_params', string][];
  grid: Record<string, { on: boolean; color: string; alpha: number | null; linewidth: number; linestyle: string }>;
}

const { grids } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'tick-sides.json'), 'utf8')) as {
  grids: GridCase[];
};

/** A CSS colour of ours as [r, g, b, alpha]. */
function rgba(css: string): number[] {
  const m = /^rgba?\(([^)]*)\)$/.exec(css);
  assert.ok(m, css);
  const [r, g, b, a = 1] = m[1].split(',').map(Number);
  return [r, g, b, a];
}
const hexRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe("grid lines: each axis's major and minor ones on or off and styled, as grid() and tick_params set them", () => {
  for (const c of grids) {
    const name = [...Object.entries(c.rc).map(([k, v]) => `${k}=${v}`), ...c.calls.map(([k, a]) => `${k}(${a})`)];
    it(name.join('; ') || "matplotlib's defaults", () => {
      const figure = buildFigure({
        style: 'matplotlib',
        rc: c.rc as Record<string, string>,
        panels: [
          {
            curves: [{ function: 'relu' }],
            grid: c.calls.filter(([k]) => k === 'grid').map(([, a]) => a),
            tickParams: c.calls.filter(([k]) => k === 'tick_params').map(([, a]) => a),
          },
        ],
      });
      const rc = figure.rc ?? DEFAULT_RC;
      const layout = gridLayout(figure.axes[0], 1, rc);
      for (const [key, want] of Object.entries(c.grid)) {
        const [axis, kind] = key.split('.') as ['x' | 'y', 'major' | 'minor'];
        const lines = layout?.[axis][kind];
        assert.equal(lines !== undefined, want.on, `${key} on`);
        if (!lines) continue;
        const [r, g, b, a] = rgba(lines.color);
        assert.deepEqual([r, g, b], hexRgb(want.color), `${key} colour`);
        assert.ok(Math.abs(a - (want.alpha ?? 1)) < 1e-9, `${key} alpha ${a}`);
        assert.ok(Math.abs(lines.width - want.linewidth) < 1e-9, `${key} width ${lines.width}`);
        assert.equal(lines.dash.length === 0, want.linestyle === '-', `${key} style ${want.linestyle}`);
        if (want.linestyle !== '-') {
          const expected = dashesOf(want.linestyle as '--' | ':' | '-.', want.linewidth, rc, 1).dash;
          assert.deepEqual(lines.dash, expected, `${key} dashes`);
        }
      }
    });
  }
});
