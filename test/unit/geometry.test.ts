import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clipPolyline, clipSegment, segmentHitsBox, type Box } from '../../src/layout/geometry';

const BOX: Box = { left: 10, top: 20, right: 110, bottom: 70 };
const inside = (x: number, y: number, b: Box, eps = 1e-9) =>
  x >= b.left - eps && x <= b.right + eps && y >= b.top - eps && y <= b.bottom + eps;
const coord = fc.double({ min: -200, max: 300, noNaN: true });

describe('clipSegment', () => {
  it('keeps a segment inside the box whole', () => {
    assert.deepEqual(clipSegment(20, 30, 100, 60, BOX), [0, 1]);
  });
  it('cuts a segment at the edges it crosses', () => {
    assert.deepEqual(clipSegment(0, 45, 120, 45, BOX), [10 / 120, 110 / 120]);
    assert.deepEqual(clipSegment(60, 0, 60, 45, BOX), [20 / 45, 1]);
  });
  it('misses a segment outside the box, also one parallel to an edge', () => {
    assert.equal(clipSegment(0, 0, 200, 0, BOX), undefined);
    assert.equal(clipSegment(0, 0, 5, 100, BOX), undefined);
    assert.equal(clipSegment(120, 80, 200, 30, BOX), undefined);
    assert.equal(segmentHitsBox(0, 0, 200, 0, BOX), false);
    assert.equal(segmentHitsBox(0, 45, 5, 45, BOX), false);
  });
  it('agrees with points taken along the segment (property)', () => {
    fc.assert(
      fc.property(coord, coord, coord, coord, (x0, y0, x1, y1) => {
        const cut = clipSegment(x0, y0, x1, y1, BOX);
        assert.equal(segmentHitsBox(x0, y0, x1, y1, BOX), cut !== undefined);
        const at = (t: number): [number, number] => [x0 + t * (x1 - x0), y0 + t * (y1 - y0)];
        if (cut) {
          assert.ok(cut[0] <= cut[1] && cut[0] >= 0 && cut[1] <= 1);
          for (const t of [cut[0], (cut[0] + cut[1]) / 2, cut[1]]) assert.ok(inside(...at(t), BOX, 1e-6), `t=${t}`);
        }
        // No point of the segment outside the interval lies strictly inside the box.
        for (let k = 0; k <= 64; k++) {
          const t = k / 64;
          const [x, y] = at(t);
          const strictly = x > BOX.left + 1e-6 && x < BOX.right - 1e-6 && y > BOX.top + 1e-6 && y < BOX.bottom - 1e-6;
          if (strictly) assert.ok(cut && t >= cut[0] - 1e-9 && t <= cut[1] + 1e-9, `t=${t} inside but not in ${cut}`);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('clipPolyline', () => {
  it('returns a polyline inside the box unchanged, as one run', () => {
    assert.deepEqual(clipPolyline([20, 50, 90], [30, 60, 40], BOX), [{ xs: [20, 50, 90], ys: [30, 60, 40] }]);
  });
  it('splits at gaps (NaN) and where the line leaves the box', () => {
    const runs = clipPolyline([20, 40, NaN, 60, 80, 200, 90, 100], [30, 30, 30, 30, 30, 30, 30, 30], BOX);
    assert.deepEqual(runs, [
      { xs: [20, 40], ys: [30, 30] },
      { xs: [60, 80, 110], ys: [30, 30, 30] },
      { xs: [110, 90, 100], ys: [30, 30, 30] },
    ]);
  });
  it('puts every point inside the box and keeps every vertex that was inside (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { maxLength: 40 }), (pts) => {
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const runs = clipPolyline(xs, ys, BOX);
        const kept = new Set<string>();
        for (const r of runs) {
          assert.ok(r.xs.length > 0 && r.xs.length === r.ys.length);
          r.xs.forEach((x, i) => {
            assert.ok(inside(x, r.ys[i], BOX, 1e-6));
            kept.add(`${x},${r.ys[i]}`);
          });
        }
        if (pts.length > 1)
          for (const [x, y] of pts) if (inside(x, y, BOX, 0)) assert.ok(kept.has(`${x},${y}`), `${x},${y} lost`);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});
