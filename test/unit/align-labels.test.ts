/**
 * fig.align_labels(): which labels are grouped and the edge each clears, worked by hand from matplotlib 3.6's
 * Figure.align_xlabels / align_ylabels (labels on one side, in one column or row) and
 * YAxis._update_label_position (the union of the group's tick label boxes and the axes' own spine box).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignedEdges, ownEdge, type AlignedAxes } from '../../src/layout/align-labels';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { readScript } from '../../src/spec/script';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { figureLayout } from '../../src/render/pipeline';

const left = (ticks: number | undefined, spine: number) => ({ side: 'left' as const, clears: { ticks, spine } });
const bottom = (ticks: number | undefined, spine: number) => ({ side: 'bottom' as const, clears: { ticks, spine } });

describe('alignedEdges: each label clears its group', () => {
  it('gives a column its leftmost tick labels, each axes keeping its own spine; rows alike for x labels', () => {
    const axes: AlignedAxes[] = [
      // Column 0: tick labels reaching x = 40 and x = 25; column 1 alone.
      { rows: [0, 1], cols: [0, 1], y: left(40, 48), x: bottom(300, 296) },
      { rows: [1, 2], cols: [0, 1], y: left(25, 48), x: bottom(620, 612) },
      { rows: [0, 1], cols: [1, 2], y: left(300, 308), x: bottom(310, 296) },
    ];
    const edges = alignedEdges(axes, { x: true, y: true });
    // y: column 0's tick labels reach 25 at their leftmost; column 1 keeps its own 300. x: row 0's bottom-most is
    // 310 (the right axes'), row 1 keeps its own 620.
    assert.deepEqual(edges, [
      { x: 310, y: 25 },
      { x: 620, y: 25 },
      { x: 310, y: 300 },
    ]);
    // Only the axis asked for.
    assert.deepEqual(alignedEdges(axes, { x: false, y: true }), [{ y: 25 }, { y: 25 }, { y: 300 }]);
  });
  it('groups labels on the same side only, and an axes without shown tick labels by its spine', () => {
    const axes: AlignedAxes[] = [
      { rows: [0, 1], cols: [0, 1], y: left(undefined, 48) },
      { rows: [1, 2], cols: [0, 1], y: left(30, 48) },
      // A twin's label on the right: not in the left labels' group.
      { rows: [1, 2], cols: [0, 1], y: { side: 'right', clears: { ticks: 600, spine: 592 } } },
    ];
    assert.deepEqual(
      alignedEdges(axes, { x: true, y: true }).map((e) => e.y),
      [30, 30, 600],
    );
    // Alone, a label clears the outer of its tick labels and its spine: min on the left, max on the right.
    assert.equal(ownEdge('left', { ticks: 30, spine: 48 }), 30);
    assert.equal(ownEdge('right', { ticks: 600, spine: 592 }), 600);
    assert.equal(ownEdge('top', { spine: 40 }), 40);
  });
});

describe("--align-labels and a script's fig.align_ylabels()", () => {
  it('puts the y labels of a column at one x, left of the widest tick labels', () => {
    const fig = (...more: string[]) =>
      figureFor(
        parsePlotArgs([
          'sigmoid',
          '--ylabel',
          'a',
          '--panel',
          '--expr',
          '1000 * x',
          '--ylabel',
          'b',
          '--layout',
          '2x1',
          ...more,
        ]).panels,
      ).fig;
    const ylabels = (f: ReturnType<typeof fig>) => figureLayout(f, 'png').axes.map((a) => a.roles.ylabel!.box.right);
    const [apart, together] = [ylabels(fig()), ylabels(fig('--align-labels', 'y'))];
    // Unaligned, the wider labels (-5000) push the second label further left; aligned, both stand there.
    assert.ok(apart[1] < apart[0] - 5, String(apart));
    assert.equal(together[0], together[1]);
    assert.equal(together[1], apart[1]);
  });
  it('reads align_labels(), align_xlabels() and align_ylabels() of every axes, and refuses some of them', () => {
    const script = (...lines: string[]) =>
      readScript(
        [
          'import numpy as np',
          'import matplotlib.pyplot as plt',
          'x = np.linspace(-1, 1, 5)',
          'fig, axs = plt.subplots(2, 1)',
          'axs[0].plot(x, x)',
          'axs[1].plot(x, x)',
          ...lines,
        ].join('\n'),
      );
    assert.equal(script('fig.align_ylabels(axs)').alignLabels, 'y');
    assert.equal(script('fig.align_xlabels()', 'fig.align_ylabels(axs.flat)').alignLabels, 'both');
    assert.equal(script('fig.align_labels([axs[0], axs[1]])').alignLabels, 'both');
    assert.deepEqual(buildFigure(script('fig.align_xlabels(axs=None)')).alignLabels, { x: true, y: false });
    assert.throws(
      () => script('fig.align_ylabels([axs[0]])'),
      (e: unknown) => e instanceof UsageError && /of some of the axes is not read yet/.test(e.message),
    );
  });
});
