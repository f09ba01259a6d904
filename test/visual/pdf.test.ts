/** How PDF output is stroked for poppler (the figures themselves are in figures-*.test.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as zlib from 'node:zlib';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { renderFigure } from '../../src/render/pipeline';

/** The content streams of a PDF, inflated. */
function contents(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/stream\r?\n/g)].map((m) => {
    const start = (m.index as number) + m[0].length;
    const body = pdf.subarray(start, text.indexOf('endstream', start));
    try {
      return zlib.inflateSync(body).toString('latin1');
    } catch {
      return body.toString('latin1');
    }
  });
}

/** The line widths a PDF strokes with (its `w` operators). */
const lineWidths = (pdf: Buffer) =>
  contents(pdf).flatMap((c) => [...c.matchAll(/([\d.]+) w\b/g)].map((w) => Number(w[1])));

/** The dash patterns a PDF sets (its `d` operators), empty ones left out. */
const dashes = (pdf: Buffer) =>
  contents(pdf).flatMap((c) =>
    [...c.matchAll(/\[([^\]]+)\] ([-\d.]+) d\b/g)].map((d) => ({
      array: d[1].trim().split(/\s+/).map(Number),
      offset: Number(d[2]),
    })),
  );

const plotFigure = (args: string[]) => figureFor(parsePlotArgs(args).panels).fig;

describe('PDF curves', () => {
  it('are stroked an eighth of a pixel thinner than in PNG and SVG, for poppler widens them by about that', () => {
    for (const dpi of [72, 100, 200]) {
      const widths = lineWidths(renderFigure(plotFigure(['sigmoid', '--linewidth', '2', '--dpi', String(dpi)]), 'pdf'));
      const thinned = 2 - 72 / dpi / 8;
      assert.ok(
        widths.some((w) => Math.abs(w - thinned) < 0.01),
        `${dpi} dpi: ${thinned} among ${widths.join(' ')}`,
      );
      assert.ok(!widths.some((w) => Math.abs(w - 2) < 0.001), `${dpi} dpi: no stroke at the full 2 pt`);
    }
  });
  it('have their dashes shortened as much, the gaps lengthened, the period and the dash centres kept', () => {
    // matplotlib's '--' at 2 pt: 7.4 pt on, 3.2 pt off; at 100 dpi an eighth of a pixel is 0.09 pt.
    const [dash] = dashes(
      renderFigure(plotFigure(['sigmoid', '--linewidth', '2', '--linestyle', '--', '--dpi', '100']), 'pdf'),
    );
    assert.ok(dash, 'the curve is dashed');
    const [on, off] = dash.array;
    assert.ok(Math.abs(on - 7.31) < 0.005 && Math.abs(off - 3.29) < 0.005, `${on} ${off}`);
    const start = (10.6 - dash.offset) % 10.6; // where the first dash begins along the line
    assert.ok(Math.abs(start - 0.045) < 0.005, `first dash from ${start}`);
    // SVG keeps matplotlib's pattern as it is.
    const svg = renderFigure(plotFigure(['sigmoid', '--linewidth', '2', '--linestyle', '--']), 'svg').toString();
    assert.deepEqual(
      svg
        .match(/stroke-dasharray:([\d.,]+)/)?.[1]
        .split(',')
        .map(Number),
      [7.4, 3.2],
    );
  });
});
