/**
 * fill_between's polygon as Agg draws it: Collection.draw's single-path optimisation stamps one polygon with one
 * solid edge through RendererAgg::draw_markers, half a pixel right and down of where draw_path puts it. Expected
 * pixels are matplotlib 3.6's: the script below, saved at 100 dpi (6.4 x 4.8 in), and the same polygon as a
 * Polygon patch (drawn by draw_path) for the edge's place without the stamp.
 *
 *     x = np.arange(-6, 6, .01)
 *     fig, ax = plt.subplots(); ax.plot(x, np.tanh(x), 'k', lw=1)
 *     ax.fill_between(x, 0, np.tanh(x), color='red', alpha=0.3)
 *
 * Green channel, row 330, columns 99 to 105 (the left edge, at x = -6): [255, 255, 255, 205, 140, 178, 178]; the
 * Polygon patch's: [255, 255, 244, 153, 165, 178, 178]. Column 300, rows 238 to 245 (the edge along y = 0):
 * [255, 255, 255, 255, 187, 145, 178, 178]; the patch's: [255, 255, 255, 232, 145, 173, 178, 178].
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { renderFigure } from '../../src/render/pipeline';
import { pngPixels } from '../../src/render/pixels';

describe("fill_between's one polygon, stamped as draw_markers stamps it", () => {
  const draw = (fill: string) => {
    const fig = buildFigure({
      style: 'matplotlib',
      panels: [{ x: 'np.arange(-6, 6, .01)', curves: [{ plot: "x, np.tanh(x), 'k', lw=1" }], fillBetween: [fill] }],
    });
    const { width, data } = pngPixels(renderFigure(fig, 'png'));
    const green = (x: number, y: number) => data[(y * width + x) * 4 + 1];
    return {
      row: [99, 100, 101, 102, 103, 104, 105].map((x) => green(x, 330)),
      column: [238, 239, 240, 241, 242, 243, 244, 245].map((y) => green(300, y)),
    };
  };
  const near = (got: number[], want: number[]) =>
    assert.ok(
      got.every((v, i) => Math.abs(v - want[i]) <= 4),
      `${got} against matplotlib's ${want}`,
    );
  it('moves a slanted polygon with an edge half a pixel right and down', () => {
    const { row, column } = draw("x, 0, np.tanh(x), color='red', alpha=0.3");
    near(row, [255, 255, 255, 205, 140, 178, 178]);
    near(column, [255, 255, 255, 255, 187, 145, 178, 178]);
  });
});
