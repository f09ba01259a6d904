/**
 * Where each spine lies (matplotlib's Spine.set_position) and how it is drawn. The x axis's ticks and labels
 * follow the bottom spine and the y axis's the left one, as matplotlib attaches them.
 */
import type { AxesSpec, Side, SpineSpec } from '../spec';
import { colorInCycle, cssColor } from '../style/colors';
import { cycleColors } from '../style/cycler';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import type { Box } from './geometry';
import type { SpineLayout } from './types';

/** The spines of an axes in canvas units: a left or right spine's x, a bottom or top spine's y. */
export function layoutSpines(
  spec: AxesSpec,
  box: Box,
  toX: (v: number) => number,
  toY: (v: number) => number,
  scale: number,
  rc: Rc = DEFAULT_RC,
): Record<Side, SpineLayout> {
  const across = (side: Side, s: SpineSpec | undefined): number => {
    const vertical = side === 'left' || side === 'right';
    const home = { left: box.left, right: box.right, bottom: box.bottom, top: box.top }[side];
    const p = s?.position;
    if (!p) return home;
    if (p.kind === 'outward') {
      const sign = side === 'left' || side === 'top' ? -1 : 1;
      return home + sign * p.amount * scale;
    }
    if (p.kind === 'axes') {
      return vertical ? box.left + p.amount * (box.right - box.left) : box.bottom - p.amount * (box.bottom - box.top);
    }
    return vertical ? toX(p.amount) : toY(p.amount);
  };
  // Spine._adjust_location: from low to high along the spine's axis.
  const spanOf = (side: Side, [low, high]: [number, number]): [number, number] =>
    side === 'left' || side === 'right' ? [toY(low), toY(high)] : [toX(low), toX(high)];
  const one = (side: Side): SpineLayout => {
    const s = spec.spines?.[side];
    // A spine's own colour, else axes.edgecolor; 'CN' is the rc's cycle's.
    const color = colorInCycle(s?.color ?? rc['axes.edgecolor'], cycleColors(rc['axes.prop_cycle']));
    const [low, high] = s?.bounds ?? [];
    // Bounds with an end never set (None): the spine's path has a NaN vertex, and matplotlib draws nothing.
    const unbounded = low === null || high === null;
    return {
      pos: across(side, s),
      visible: (s?.visible ?? rc[`axes.spines.${side}`]) && color.a > 0 && !unbounded,
      color: cssColor(color),
      width: (s?.linewidth ?? rc['axes.linewidth']) * scale,
      ...(typeof low === 'number' && typeof high === 'number' && { span: spanOf(side, [low, high]) }),
    };
  };
  return { left: one('left'), right: one('right'), bottom: one('bottom'), top: one('top') };
}
