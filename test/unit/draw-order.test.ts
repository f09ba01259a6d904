/**
 * An axes' artists in matplotlib's drawing order: Axes.draw sorts its children by zorder with a stable sort,
 * the lines, collections and patches in order of addition, then the spines (zorder 2.5), then the axes' own
 * axis objects (get_children lists them after the artists and spines), whose zorder axes.axisbelow sets (0.5
 * True, 1.5 'line', 2.5 False).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axesSteps } from '../../src/render/decorations';
import type { AxesLayout } from '../../src/layout/layout';

const axes = (curves: number[], patches: number[], gridZorder: number) =>
  ({
    curves: curves.map((zorder) => ({ zorder })),
    patches: patches.map((zorder) => ({ zorder })),
    gridZorder,
  }) as unknown as AxesLayout;

const order = (ax: AxesLayout) =>
  axesSteps(ax).map((s) =>
    s.kind === 'curve' ? `c${s.index}` : s.kind === 'patch' ? `p${ax.patches.indexOf(s.patch)}` : s.kind,
  );

describe('axesSteps: the order an axes draws its artists in', () => {
  it('a scatter (zorder 1) then a fill added after it (zorder 1): the fill over the scatter, lines over both', () => {
    assert.deepEqual(order(axes([2, 1], [1], 2.5)), ['c1', 'p0', 'c0', 'spines', 'axis']);
  });
  it("axes.axisbelow True puts the grid under everything, 'line' between the patches and the lines", () => {
    assert.deepEqual(order(axes([2], [1], 0.5)), ['axis', 'p0', 'c0', 'spines']);
    assert.deepEqual(order(axes([2], [1], 1.5)), ['p0', 'axis', 'c0', 'spines']);
  });
  it('at equal zorder the artists come before the spines, and those before the axis (axisbelow False)', () => {
    assert.deepEqual(order(axes([2.5, 2.5], [2.5], 2.5)), ['c0', 'c1', 'p0', 'spines', 'axis']);
  });
  it('a line above zorder 2.5 is drawn over the frame', () => {
    assert.deepEqual(order(axes([3, 2], [], 1.5)), ['axis', 'c1', 'spines', 'c0']);
  });
});
