/**
 * The legend's 'best' location for long curves, against matplotlib's (test/fixtures/legend-best.json, made by
 * scripts/make-legend-fixtures.py). matplotlib counts every vertex of every line; a reduced curve (what each
 * pixel column shows) must be counted whole too, or the legend lands elsewhere (the first case did, before).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { FIXTURES } from '../helpers/reference';

interface Case {
  exprs: string[];
  from: number;
  to: number;
  num: number;
  box: { left: number; top: number; right: number; bottom: number };
}
const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'legend-best.json'), 'utf8')) as { cases: Case[] };

describe("the legend's 'best' location for 600,000-point curves, as matplotlib's", () => {
  cases.forEach((c, i) => {
    // The first case tells the two apart: reduced points put it at 'center right', matplotlib at 'upper center'.
    const modes = i === 0 ? [true, false] : [true];
    for (const reduce of modes) {
      it(`${c.exprs.join(', ')}${reduce ? '' : ' (every point drawn)'}`, () => {
        const fig = buildFigure({
          panels: [{ curves: c.exprs.map((expr) => ({ expr })), from: c.from, to: c.to, num: c.num }],
        });
        const box = figureLayout(fig, 'png', { reduce }).axes[0].legend!.box;
        for (const side of ['left', 'top', 'right', 'bottom'] as const) {
          assert.ok(Math.abs(box[side] - c.box[side]) < 1, `${side}: ${box[side]} against matplotlib's ${c.box[side]}`);
        }
      });
    }
  });
});
