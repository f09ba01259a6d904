/**
 * annotate()'s arrows against matplotlib's own FancyArrowPatch paths (test/fixtures/annotate-arrows.json, made
 * by scripts/make-annotate-fixtures.py): given matplotlib's text box and point, every vertex of every path, at
 * 100 and 72 dpi, for the curve styles, 'simple', the older arrow of shrink, arc3 bends, relpos,
 * mutation_scale, and a text's bbox patch as the arrow's start.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { arrowPaths } from '../../src/layout/annotations';
import { readAnnotate } from '../../src/spec/annotate';
import { FIXTURES } from '../helpers/reference';

interface FixturePath {
  vertices: [number, number][];
  codes: number[];
  fillable: boolean;
}
const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'annotate-arrows.json'), 'utf8')) as {
  cases: {
    call: string;
    dpi: number;
    fontsize: number;
    box: number[];
    /** The bbox patch's extent, corner radius and growth (half its edge width), display units. */
    patch?: number[];
    end: [number, number];
    paths: FixturePath[];
  }[];
};
const CODES = { M: 1, L: 2, Q: 3, Z: 79 } as const;

describe("annotate()'s arrows: matplotlib's FancyArrowPatch paths, vertex by vertex", () => {
  for (const c of fixture.cases) {
    it(`${c.dpi} dpi: ${c.call}`, () => {
      const spec = readAnnotate(c.call, ['annotate', 0]);
      const [x0, y0, x1, y1] = c.box;
      const patch = c.patch && {
        box: { x0: c.patch[0], y0: c.patch[1], x1: c.patch[2], y1: c.patch[3] },
        radius: c.patch[4],
        grow: c.patch[5],
      };
      const ours = arrowPaths(spec.arrow!, { x0, y0, x1, y1 }, spec.text !== '', c.end, c.fontsize, c.dpi / 72, patch);
      assert.equal(ours.length, c.paths.length, 'number of paths');
      ours.forEach((p, k) => {
        const theirs = c.paths[k];
        assert.equal(p.fillable, theirs.fillable, `path ${k} fillable`);
        const codes: number[] = [];
        const vertices: [number, number][] = [];
        for (const op of p.ops) {
          if (op[0] === 'Z') {
            codes.push(CODES.Z);
            continue;
          }
          if (op[0] === 'Q') {
            codes.push(CODES.Q, CODES.Q);
            vertices.push([op[1], op[2]], [op[3], op[4]]);
          } else {
            codes.push(CODES[op[0]]);
            vertices.push([op[1], op[2]]);
          }
        }
        assert.deepEqual(codes, theirs.codes, `path ${k} codes`);
        // A CLOSEPOLY's vertex is not drawn: compared up to it.
        vertices.forEach(([x, y], i) => {
          const [tx, ty] = theirs.vertices[i];
          assert.ok(
            Math.abs(x - tx) < 1e-6 && Math.abs(y - ty) < 1e-6,
            `path ${k} vertex ${i}: ${x},${y} against ${tx},${ty}`,
          );
        });
      });
    });
  }
});
