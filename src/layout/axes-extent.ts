/**
 * An axes' two bounding boxes as matplotlib computes them: what tight_layout fits in the figure
 * (Axes.get_tightbbox(for_layout_only=True)) and what savefig(bbox_inches='tight') keeps (Figure.get_tightbbox).
 */
import { SIDES, type Side } from '../spec';
import type { Box } from './geometry';
import { unionOf } from './page';
import type { PlacedText } from './text';

/** How far an axis's tick marks reach into the axes and out of it. */
interface TickReach {
  inward: number;
  outward: number;
}

export interface AxesParts {
  box: Box;
  /** Counted whole in both: tick labels, offset texts, plt.text, annotations and their arrows, the legend. */
  boxes: Box[];
  title?: PlacedText;
  xlabel?: PlacedText;
  ylabel?: PlacedText;
  /** Each spine's position across its axis, and whether it is drawn. */
  spines: Record<Side, { pos: number }>;
  shown: (side: Side) => boolean;
  /** Which spines carry tick marks. */
  marks: Record<Side, boolean>;
  x: TickReach;
  y: TickReach;
  /** One pixel of the figure, in canvas units. */
  pixel: number;
}

export function axesExtents(p: AxesParts): { extent: Box; bounds: Box } {
  const common = [p.box, ...p.boxes, ...tickedSpines(p)];
  const extent = unionOf([
    ...common,
    ...narrowed(p.title, true, p.pixel),
    ...narrowed(p.xlabel, true, p.pixel),
    ...narrowed(p.ylabel, false, p.pixel),
  ]);
  // The figure counts each spine's line even where it is only a line (a right spine moved outward).
  const { box, spines } = p;
  const spineLines = SIDES.filter(p.shown).map((side): Box => {
    const at = spines[side].pos;
    return side === 'left' || side === 'right'
      ? { left: at, right: at, top: box.top, bottom: box.bottom }
      : { left: box.left, right: box.right, top: at, bottom: at };
  });
  const whole = [p.title, p.xlabel, p.ylabel].flatMap((t) => (t ? [t.box] : []));
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

/** A spine's box takes in the ticks on it (Spine.get_window_extent), for each drawn spine with marks. */
function tickedSpines({ box, spines, shown, marks, x, y }: AxesParts): Box[] {
  // From the lower coordinate to the higher: outward comes first on the left and top spines.
  const across = (side: Side, reach: TickReach, outwardFirst: boolean) => {
    const at = spines[side].pos;
    return outwardFirst ? [at - reach.outward, at + reach.inward] : [at - reach.inward, at + reach.outward];
  };
  const boxes: Box[] = [];
  if (shown('bottom') && marks.bottom) {
    const [top, bottom] = across('bottom', x, false);
    boxes.push({ left: box.left, right: box.right, top, bottom });
  }
  if (shown('left') && marks.left) {
    const [left, right] = across('left', y, true);
    boxes.push({ left, right, top: box.top, bottom: box.bottom });
  }
  if (shown('top') && marks.top) {
    const [top, bottom] = across('top', x, true);
    boxes.push({ left: box.left, right: box.right, top, bottom });
  }
  if (shown('right') && marks.right) {
    const [left, right] = across('right', y, false);
    boxes.push({ left, right, top: box.top, bottom: box.bottom });
  }
  return boxes;
}
