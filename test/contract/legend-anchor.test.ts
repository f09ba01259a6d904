/**
 * The legend placed by bbox_to_anchor, an (x, y) loc and its padding keywords, and the axes tight_layout leaves
 * beside it, against matplotlib's (test/fixtures/legend-anchor.json, made by
 * scripts/make-legend-anchor-fixtures.py from the same legend() keyword text).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { figureLayout } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { FIXTURES } from '../helpers/reference';

type Box = { left: number; top: number; right: number; bottom: number };
interface Case {
  legend: string;
  tight?: boolean;
  frame: Box;
  axes: Box;
}
const { labels, cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'legend-anchor.json'), 'utf8')) as {
  labels: string[];
  cases: Case[];
};

function near(ours: Box, theirs: Box, what: string): void {
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    const d = Math.abs(ours[side] - theirs[side]);
    assert.ok(d < 1, `${what} ${side}: ${ours[side]} against matplotlib's ${theirs[side]}`);
  }
}

describe("the legend's frame by bbox_to_anchor, loc=(x, y) and its paddings, as matplotlib's", () => {
  for (const c of cases) {
    it(`legend(${c.legend})${c.tight ? ' with tight_layout' : ''}`, () => {
      const fig = buildFigure({
        style: ['matplotlib'],
        ...(c.tight && { tightLayout: true }),
        panels: [
          {
            curves: ['sigmoid', 'tanh', 'relu'].map((name) => ({ function: name })),
            from: -5,
            to: 5,
            step: 0.01,
            label: labels,
            legend: c.legend,
          },
        ],
      });
      const axes = figureLayout(fig, 'png').axes[0];
      near(axes.legend!.box, c.frame, 'frame');
      near(axes.box, c.axes, 'axes');
    });
  }
});
