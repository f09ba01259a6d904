/**
 * Where each spine lies (matplotlib's Spine.set_position) and how it is drawn. The x axis's ticks and labels
 * follow the bottom spine and the y axis's the left one, as matplotlib attaches them.
 */
import type { AxesSpec, Side, SpineSpec } from '../spec';
import { cssColor, parseColor } from '../style/colors';
import { RC } from '../style/rc';
import type { Box } from './geometry';
import type { SpineLayout } from './types';

/** The spines of an axes in canvas units: a left or right spine's x, a bottom or top spine's y. */
export function layoutSpines(
  spec: AxesSpec,
  box: Box,
  toX: (v: number) => number,
  toY: (v: number) => number,
  scale: number,
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
  const one = (side: Side): SpineLayout => {
    const s = spec.spines?.[side];
    const color = parseColor(s?.color ?? '#000000');
    return {
      pos: across(side, s),
      visible: (s?.visible ?? true) && color.a > 0,
      color: cssColor(color),
      width: (s?.linewidth ?? RC.spineWidth) * scale,
    };
  };
  return { left: one('left'), right: one('right'), bottom: one('bottom'), top: one('top') };
}
