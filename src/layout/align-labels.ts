/**
 * fig.align_xlabels(), fig.align_ylabels(), fig.align_labels(): the axis labels of a column (a row) of axes at one
 * distance from the axes, that of the widest (tallest) tick labels among them. Pure.
 *
 * matplotlib groups the y labels of axes whose labels are on the same side and whose subplot columns begin (on
 * the left) or end (on the right) together, the x labels by rows the same way (Figure.align_ylabels); each label
 * then clears the union of its group's tick label boxes and its own spine's (YAxis._update_label_position over
 * _get_tick_boxes_siblings). A label placed by set_label_coords() stays where it was put.
 */

/** The sides an axis label can be on. */
export type LabelSide = 'left' | 'right' | 'bottom' | 'top';

/**
 * What an axes' label on a side clears, in canvas units (y down): the outermost edge of its tick labels on that
 * side (undefined with none shown) and of its spine with its marks.
 */
export interface LabelClearance {
  ticks?: number;
  spine: number;
}

/**
 * One axes as alignment sees it: the rows and columns its subplot spans (start, stop excluded), the side of each
 * label, and what each label clears.
 */
export interface AlignedAxes {
  rows: [number, number];
  cols: [number, number];
  y?: { side: 'left' | 'right'; clears: LabelClearance };
  x?: { side: 'bottom' | 'top'; clears: LabelClearance };
}

/** Whether `a` is further out than `b` on a side: left and top are smaller coordinates. */
const outward = (side: LabelSide) => (side === 'left' || side === 'top' ? Math.min : Math.max);

/** The edge a label on a side clears by itself: its tick labels' and its spine's, the outer of the two. */
export function ownEdge(side: LabelSide, c: LabelClearance): number {
  return c.ticks === undefined ? c.spine : outward(side)(c.ticks, c.spine);
}

/**
 * For each axes, the edge each aligned label clears: its own spine's and every tick label of its group's, the
 * outermost; undefined for a label that is not aligned (its own edge stands). `axes` gives the axis ('x', 'y')
 * aligned.
 */
export function alignedEdges(
  all: readonly AlignedAxes[],
  axes: { x: boolean; y: boolean },
): { x?: number; y?: number }[] {
  const edge = (i: number, axis: 'x' | 'y'): number | undefined => {
    const label = all[i][axis];
    if (!axes[axis] || !label) return undefined;
    // A left label's column span begins where the others' do, a right one's ends there; a bottom label's row
    // span ends where the others' do, a top one's begins there (the spans' numbers as each subplot has them).
    const end = label.side === 'right' || label.side === 'bottom' ? 1 : 0;
    const span = (a: AlignedAxes) => (axis === 'y' ? a.cols : a.rows)[end];
    const group = all.filter((a) => a[axis]?.side === label.side && span(a) === span(all[i]));
    const ticks = group.flatMap((a) => (a[axis]!.clears.ticks === undefined ? [] : [a[axis]!.clears.ticks!]));
    return outward(label.side)(label.clears.spine, ...ticks);
  };
  return all.map((_, i) => {
    const [x, y] = [edge(i, 'x'), edge(i, 'y')];
    return { ...(x !== undefined && { x }), ...(y !== undefined && { y }) };
  });
}
