/**
 * An axes' grid lines as matplotlib keeps them: each axis's major and minor ticks have their own gridOn and line
 * style (Tick's grid_* settings), set up from the rcParams by _AxesBase.clear and changed by each grid() call and
 * each tick_params(grid_...) call in turn. Pure: the spec's calls and the rc in, the lines to draw out.
 */
import type { GridCall, GridLineStyle, TickParamsSpec } from '../spec';
import type { Rc } from '../style/rcparams';
import { rcColor } from './axis-style';
import { dashesOf } from './lines';
import type { GridLayout, GridLines } from './types';

type Axis = 'x' | 'y';
type Kind = 'major' | 'minor';
type GridState = Record<Axis, Record<Kind, { on: boolean; style: GridLineStyle }>>;

const axesOf = (axis: GridCall['axis']): Axis[] => (axis === 'both' ? ['x', 'y'] : [axis]);
const kindsOf = (which: GridCall['which']): Kind[] => (which === 'both' ? ['minor', 'major'] : [which]);

/**
 * The grid's state before any call: Axis._reset_major/minor_tick_kw (on where axes.grid is and axes.grid.which
 * names the kind), then clear()'s grid(False) and grid(axes.grid, which=axes.grid.which, axis=axes.grid.axis).
 */
function initialState(rc: Rc): GridState {
  const on = rc['axes.grid'];
  const which = rc['axes.grid.which'];
  const state: GridState = {
    x: { major: { on: false, style: {} }, minor: { on: on && which !== 'major', style: {} } },
    y: { major: { on: false, style: {} }, minor: { on: on && which !== 'major', style: {} } },
  };
  apply(state, { visible: on, axis: rc['axes.grid.axis'], which, style: {} });
  return state;
}

/** Axis.grid on each axis and kind the call names: gridOn as it says (toggled or kept), its style updated. */
function apply(state: GridState, call: GridCall): void {
  for (const axis of axesOf(call.axis))
    for (const kind of kindsOf(call.which)) {
      const s = state[axis][kind];
      s.on = call.visible === 'toggle' ? !s.on : call.visible === 'keep' ? s.on : call.visible;
      s.style = { ...s.style, ...call.style };
    }
}

/** tick_params(grid_color=..., ...) as a call that keeps each grid's on or off. */
function tickParamsCalls(params: readonly TickParamsSpec[]): GridCall[] {
  return params.flatMap((t) =>
    t.grid && t.axes.length
      ? [
          {
            visible: 'keep' as const,
            axis: t.axes.length === 2 ? ('both' as const) : t.axes[0],
            which: t.which ?? 'both',
            style: t.grid,
          },
        ]
      : [],
  );
}

/**
 * The grid lines drawn: for each axis and kind that is on, its colour, width and dashes (its own style over the
 * grid.* rcParams). The grid() calls apply before the tick_params ones (the two are separate options). A hidden
 * axis (Axis.set_visible(False), a twin's x axis) takes its grid lines with it.
 */
export function gridLayout(
  spec: { grids?: GridCall[]; tickParams?: TickParamsSpec[]; xaxisHidden?: boolean; yaxisHidden?: boolean },
  scale: number,
  rc: Rc,
): GridLayout | undefined {
  const state = initialState(rc);
  for (const call of [...(spec.grids ?? []), ...tickParamsCalls(spec.tickParams ?? [])]) apply(state, call);
  const lines = (axis: Axis, kind: Kind): GridLines | undefined => {
    const { on, style } = state[axis][kind];
    if (!on || spec[`${axis}axisHidden`]) return undefined;
    const width = (style.linewidth ?? rc['grid.linewidth']) * scale;
    return {
      color: rcColor(rc, style.color ?? rc['grid.color'], style.alpha ?? rc['grid.alpha']),
      width,
      ...dashesOf(style.linestyle ?? rc['grid.linestyle'], width, rc, scale),
    };
  };
  const grid: GridLayout = {
    x: { major: lines('x', 'major'), minor: lines('x', 'minor') },
    y: { major: lines('y', 'major'), minor: lines('y', 'minor') },
  };
  const any = [grid.x.major, grid.x.minor, grid.y.major, grid.y.minor].some((l) => l !== undefined);
  return any ? grid : undefined;
}
