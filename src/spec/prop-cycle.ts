/**
 * A property cycle of more than colours (axes.prop_cycle = cycler(color=...) + cycler(linestyle=...)) given to
 * an axes' lines as matplotlib's _process_plot_var_args gives it: a line that leaves any of the cycle's
 * properties unset takes the cycle's next entry for those it left unset (_getdefaults, _setdefaults); a line
 * that sets them all does not advance it. A cycle of colours alone is read where the line is drawn ('CN').
 */
import type { CycleEntry, CycleKey, PropCycle } from '../style/cycler';
import type { Rc } from '../style/rcparams';
import type { AxesSpec, CurveSpec } from './types';

/** Whether the line sets the property itself: a format string's 'o' sets no line, its 'r--' no marker. */
const SETS: { [K in CycleKey]-?: (c: CurveSpec) => boolean } = {
  color: (c) => c.color !== undefined,
  linestyle: (c) => c.linestyle !== undefined || !!c.noLine,
  linewidth: (c) => c.linewidth !== undefined,
  marker: (c) => c.marker !== undefined || !!c.noMarker,
  markersize: (c) => c.markersize !== undefined,
  markerfacecolor: (c) => c.markerfacecolor !== undefined,
  markeredgecolor: (c) => c.markeredgecolor !== undefined,
  markeredgewidth: (c) => c.markeredgewidth !== undefined,
  alpha: (c) => c.alpha !== undefined,
};

/** The entry's value of a property, on the line. */
function take(c: CurveSpec, key: CycleKey, entry: CycleEntry): void {
  if (key === 'linestyle') {
    if (entry.linestyle === 'None') c.noLine = true;
    else c.linestyle = entry.linestyle;
  } else if (key === 'marker') {
    if (entry.marker === 'None') c.noMarker = true;
    else c.marker = entry.marker;
  } else {
    Object.assign(c, { [key]: entry[key] });
  }
}

export function applyPropCycle(ax: AxesSpec, rc: Rc): void {
  const cycle: PropCycle = rc['axes.prop_cycle'];
  if (cycle.keys.length === 1 && cycle.keys[0] === 'color') return;
  let turn = 0;
  for (const c of ax.curves) {
    // A scatter's colour comes from the patches' cycle (_get_patches_for_fill), not the lines'.
    if (c.scatter) continue;
    const unset = cycle.keys.filter((k) => !SETS[k](c));
    if (unset.length) {
      const entry = cycle.entries[turn++ % cycle.entries.length];
      for (const key of unset) take(c, key, entry);
      ax.cycled = true;
    }
    // A cycle without colours leaves a line lines.color ('C0', which such a cycle reads as black).
    if (c.color === undefined) c.color = rc['lines.color'];
  }
}
