/**
 * A property cycle of more than colours (axes.prop_cycle = cycler(color=...) + cycler(linestyle=...)) given to
 * an axes' lines as matplotlib's _process_plot_var_args gives it: a line that leaves any of the cycle's
 * properties unset takes the cycle's next entry for those it left unset (_getdefaults, _setdefaults); a line
 * that sets them all does not advance it. A cycle of colours alone is read where the line is drawn ('CN').
 */
import type { CycleEntry, CycleKey, PropCycle } from '../style/cycler';
import type { Rc } from '../style/rcparams';
import { UsageError, type FieldPath } from '../errors';
import { isCyclerText } from '../pycall';
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
  const own = ax.propCycle;
  const cycle: PropCycle = own ?? rc['axes.prop_cycle'];
  // The rc's cycle of colours alone is read where a line is drawn ('CN'). An axes' own cycle (set_prop_cycle) is
  // given to its lines here, for a 'CN' always means the rc's cycle.
  if (!own && cycle.keys.length === 1 && cycle.keys[0] === 'color') return;
  let turn = 0;
  for (const c of ax.curves) {
    // A scatter's colour comes from the patches' cycle (_get_patches_for_fill), not the lines'.
    if (c.scatter) continue;
    const unset = cycle.keys.filter((k) => !SETS[k](c));
    if (unset.length) {
      const entry = cycle.entries[turn++ % cycle.entries.length];
      for (const key of unset) take(c, key, entry);
      // The rc's cycle is used (its unused-rcParam warning is not given).
      if (!own) ax.cycled = true;
    }
    // A cycle without colours leaves a line lines.color ('C0', which such a cycle reads as black).
    if (c.color === undefined) c.color = rc['lines.color'];
  }
  if (!own) return;
  const patches = givePatchColors(ax, own);
  // The document's own figures colour and style their curves: an axes' cycle would change nothing unseen.
  if (turn === 0 && patches === 0) {
    ax.warnings = [
      ...(ax.warnings ?? []),
      {
        text: "set_prop_cycle() changes nothing in this panel: every curve sets what the cycle has (the document's scripts colour theirs); give the colours ({0}), or use {1}",
        options: [{ field: 'color' }, { field: 'style', value: 'matplotlib', cli: 'matplotlib' }],
      },
    ];
  }
}

/**
 * scatter() and fill_between() take the next colour of the axes' patches cycle, which set_prop_cycle sets as
 * well (get_next_color: black when the cycle has no colours); the scatters first, as the command line adds them.
 * How many took one.
 */
function givePatchColors(ax: AxesSpec, cycle: PropCycle): number {
  const colors = cycle.keys.includes('color') ? cycle.entries.map((e) => e.color!) : ['k'];
  let turn = 0;
  for (const c of ax.curves) if (c.scatter && c.color === undefined) c.color = colors[turn++ % colors.length];
  for (const f of ax.fills ?? []) if (f.facecolor === undefined) f.facecolor = colors[turn++ % colors.length];
  return turn;
}

/**
 * ax.set_prop_cycle()'s arguments as a script writes them: a cycler ("cycler(color=['r', 'k'])", joined with +
 * and * as in the rc), keywords ("color=['r', 'k'], lw=[1, 2]", zipped as cycler(**kwargs) zips them) or a
 * property and its values ("'color', ['r', 'k']"); None gives the axes the rc's cycle again.
 */
export function readAxesCycle(given: string, at: FieldPath): PropCycle | undefined {
  const text = given.trim();
  if (text === 'None') return undefined;
  // Loaded only for an axes that has its own cycle.
  const { readCycler } = require('../style/cycler') as typeof import('../style/cycler');
  try {
    return readCycler(isCyclerText(text) ? text : `cycler(${text})`);
  } catch (err) {
    if (err instanceof UsageError) throw err.at(at);
    throw err;
  }
}
