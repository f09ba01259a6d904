/**
 * The build bundles the two parts of chart.js the figures draw with, its line element and clearCanvas
 * (scripts/bundle-vendor.cjs), so that a start need not load the whole library. The bundle is chart.js's own
 * code: here it draws every kind of line the figures give it exactly as the chart.js package does, pixel for
 * pixel, the package's element taken as chartjs-node-canvas hands it over (backend.ts's two ways of loading it).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCanvas } from 'canvas';
import { lineElementBundle, throughChartJsNodeCanvas } from '../../src/render/backend';

interface Parts {
  LineElement: new (cfg: object) => { draw(ctx: unknown, area: undefined, start: number, count: number): void };
  clearCanvas(canvas: unknown, ctx: unknown): void;
}

const bundleFile = path.join(__dirname, '..', '..', 'src', 'vendor', 'chartjs-line.js');

/** A wavy run of points, with a gap (a skipped point) after `gapAt` when given. */
function points(n: number, gapAt?: number) {
  const out: { x: number; y: number; skip: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    if (i === gapAt) out.push({ x: NaN, y: NaN, skip: true });
    out.push({ x: 5 + (i * 190) / (n - 1), y: 60 + 40 * Math.sin(i / 3) + (i % 2) * 0.37, skip: false });
  }
  return out;
}

const BASE = {
  borderColor: '#1f77b4',
  borderWidth: 1.5,
  borderCapStyle: 'square',
  borderJoinStyle: 'round',
  capBezierPoints: true,
  cubicInterpolationMode: 'default',
  fill: false,
  spanGaps: false,
  stepped: false,
  tension: 0,
};

const CASES: [string, object, ReturnType<typeof points>][] = [
  ['a solid line', BASE, points(40)],
  ['a line with a gap', BASE, points(40, 17)],
  [
    'a dashed line, butt caps',
    { ...BASE, borderDash: [5.55, 2.4], borderDashOffset: 1.2, borderCapStyle: 'butt' },
    points(60),
  ],
  [
    'a thick line, miter joins',
    { ...BASE, borderWidth: 6, borderJoinStyle: 'miter', borderColor: 'rgba(255, 127, 14, 0.5)' },
    points(12),
  ],
  ['an invisible line (markers alone)', { ...BASE, borderColor: 'rgba(0, 0, 0, 0)' }, points(10)],
  ['one point', BASE, points(1)],
];

function draw(parts: Parts, options: object, pts: ReturnType<typeof points>): Buffer {
  const canvas = createCanvas(200, 120);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, 200, 120);
  parts.clearCanvas(canvas, ctx);
  ctx.fillRect(0, 0, 200, 120);
  const line = new parts.LineElement({ points: pts, options, _decimated: true, _loop: false, _fullLoop: false });
  // From the first point to the last, as backend.ts asks (chart.js's controller passes the range).
  line.draw(ctx, undefined, 0, pts.length);
  return canvas.toBuffer('raw');
}

describe("the bundled chart.js line element draws as the chart.js package's", () => {
  const present = fs.existsSync(bundleFile);
  // `npm test` builds the bundle; a build by tsc alone (npm run test:unit) has none to compare.
  it('the build made the bundle', { skip: present ? false : 'no bundle: npm run build makes it' }, () => {
    assert.ok(fs.statSync(bundleFile).size > 0);
  });
  for (const [name, options, pts] of CASES) {
    it(name, { skip: present ? false : 'no bundle' }, () => {
      const bundled = draw(lineElementBundle() as unknown as Parts, options, pts);
      const packaged = draw(throughChartJsNodeCanvas() as unknown as Parts, options, pts);
      assert.ok(packaged.some((b) => b !== 255) || name.startsWith('an invisible') || name === 'one point');
      assert.ok(bundled.equals(packaged), `${name}: the pixels differ`);
    });
  }
});
