/**
 * An axes' two bounding boxes as matplotlib computes them: what tight_layout fits in the figure
 * (Axes.get_tightbbox(for_layout_only=True)) and what savefig(bbox_inches='tight') keeps (Figure.get_tightbbox).
 */
import { SIDES, type Side } from '../spec';
import type { Box } from './geometry';
import { unionOf } from './page';
import type { PlacedText } from './text';
import type { TickReach } from './axis';

export interface AxesParts {
  box: Box;
  /** Counted whole in both: tick labels, offset texts, plt.text, annotations and their arrows, the legend. */
  boxes: Box[];
  /** The axes' titles (one at each of its places). */
  titles: PlacedText[];
  xlabel?: PlacedText;
  ylabel?: PlacedText;
  /** Each spine's position across its axis, where it starts and ends along it (set_bounds), and whether drawn. */
  spines: Record<Side, { pos: number; span?: [number, number] }>;
  shown: (side: Side) => boolean;
  /** How far the tick marks on each spine reach, a major and a minor tick's where drawn there. */
  marks: Record<Side, TickReach[]>;
  /** One pixel of the figure, in canvas units. */
  pixel: number;
}

export function axesExtents(p: AxesParts): { extent: Box; bounds: Box } {
  const common = [p.box, ...p.boxes, ...tickedSpines(p)];
  const extent = unionOf([
    ...common,
    ...p.titles.flatMap((t) => narrowed(t, true, p.pixel)),
    ...narrowed(p.xlabel, true, p.pixel),
    ...narrowed(p.ylabel, false, p.pixel),
  ]);
  // The figure counts each spine's line even where it is only a line (a right spine moved outward).
  const { box, spines } = p;
  const spineLines = SIDES.filter(p.shown).map((side): Box => {
    const { pos: at, span } = spines[side];
    if (side === 'left' || side === 'right') {
      const [a, b] = span ?? [box.top, box.bottom];
      return { left: at, right: at, top: Math.min(a, b), bottom: Math.max(a, b) };
    }
    const [a, b] = span ?? [box.left, box.right];
    return { left: Math.min(a, b), right: Math.max(a, b), top: at, bottom: at };
  });
  const whole = [...p.titles, p.xlabel, p.ylabel].flatMap((t) => (t ? [t.box] : []));
  const bounds = unionOf([unionOf([...common, ...whole]), ...spineLines], true);
  return { extent, bounds };
}

/**
 * The title and axis labels as tight_layout counts them: narrowed to a pixel along their length, so that a
 * long one does not squeeze the axes.
 */
function narrowed(t: PlacedText | undefined, alongX: boolean, pixel: number): Box[] {
  if (!t) return [];
  const mid = alongX ? (t.box.left + t.box.right) / 2 : (t.box.top + t.box.bottom) / 2;
  const half = pixel / 2;
  return [
    alongX ? { ...t.box, left: mid - half, right: mid + half } : { ...t.box, top: mid - half, bottom: mid + half },
  ];
}

/** Each spine's axis, and whether its ticks' outward reach lies at the lower coordinate (left, top). */
const SPINE_TICKS: Record<Side, { axis: 'x' | 'y'; outwardFirst: boolean }> = {
  bottom: { axis: 'x', outwardFirst: false },
  left: { axis: 'y', outwardFirst: true },
  top: { axis: 'x', outwardFirst: true },
  right: { axis: 'y', outwardFirst: false },
};

/** A spine's box takes in the ticks on it (Spine.get_window_extent), for each drawn spine with marks. */
function tickedSpines(p: AxesParts): Box[] {
  const { box, spines } = p;
  return SIDES.filter((side) => p.shown(side)).flatMap((side) =>
    p.marks[side].map(({ inward, outward }): Box => {
      const { axis, outwardFirst } = SPINE_TICKS[side];
      const at = spines[side].pos;
      const [lo, hi] = outwardFirst ? [at - outward, at + inward] : [at - inward, at + outward];
      return axis === 'x'
        ? { left: box.left, right: box.right, top: lo, bottom: hi }
        : { left: lo, right: hi, top: box.top, bottom: box.bottom };
    }),
  );
}
