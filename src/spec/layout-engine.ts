/**
 * The figure's layout engine, as Figure() and its calls choose it: plt.tight_layout() (or figure.autolayout), or
 * layout='constrained' (or figure.constrained_layout.use), with matplotlib's precedence and warnings.
 */
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import { badValue, type FieldPath } from '../errors';
import type { ConstrainedLayoutOptions, FigureOptions } from './options';
import type { CallSignature } from '../pycall';
import { bound, readTightLayout, shownPy } from './pyplot-calls';
import type { ConstrainedLayoutSpec, FigureSpec } from './types';

/** tight_layout() if called, else constrained layout if asked for, else figure.autolayout's tight layout. */
export function applyLayoutEngine(fig: FigureSpec, o: FigureOptions, rc: Rc): void {
  if (o.tightLayout !== undefined && o.tightLayout !== false) {
    fig.tightLayout = readTightLayout(o.tightLayout, ['tightLayout']);
  }
  applyConstrainedLayout(fig, o, rc);
  if (!fig.tightLayout && !fig.constrainedLayout && o.tightLayout === undefined && rc['figure.autolayout']) {
    fig.tightLayout = { pad: 1.08 };
  }
}

/**
 * layout='constrained' (or figure.constrained_layout.use, which figure.autolayout outranks, as Figure() reads
 * them). A tight_layout() call after it lays the figure out tight instead, and subplots_adjust() is ignored
 * under it, each with matplotlib's warning.
 */
function applyConstrainedLayout(fig: FigureSpec, o: FigureOptions, rc: Rc): void {
  const given = o.constrainedLayout;
  const fromRc = given === undefined && rc['figure.constrained_layout.use'] && !rc['figure.autolayout'];
  if (given === false || (given === undefined && !fromRc)) return;
  const spec = readConstrainedLayout(given ?? true, ['constrainedLayout'], rc);
  const warn = (w: string) => (fig.warnings = [...(fig.warnings ?? []), w]);
  if (fig.tightLayout) {
    warn('The figure layout has changed to tight');
    return;
  }
  fig.constrainedLayout = spec;
  if (fig.subplotsAdjust) {
    delete fig.subplotsAdjust;
    warn(
      'This figure was using a layout engine that is incompatible with subplots_adjust and/or tight_layout; ' +
        'not calling subplots_adjust.',
    );
  }
}

const CONSTRAINED_LAYOUT: CallSignature = {
  call: 'constrained_layout',
  positional: [],
  keywords: ['w_pad', 'h_pad', 'wspace', 'hspace'],
  unsupported: ['rect', 'compress'],
};

/**
 * The constrained layout engine's parameters (ConstrainedLayoutEngine(w_pad, h_pad, wspace, hspace), as
 * plt.figure(constrained_layout={...}) passes them): true for the rc's, or the keywords, pads in inches.
 */
export function readConstrainedLayout(
  given: true | string | ConstrainedLayoutOptions,
  at: FieldPath,
  rc: Rc = DEFAULT_RC,
): ConstrainedLayoutSpec {
  const b = given === true ? {} : bound(given, CONSTRAINED_LAYOUT, at);
  const value = (key: string, fallback: number, what: string) => {
    const v = b[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 10) {
      throw badValue([...at, key], shownPy(v), what, `e.g. ${key}=0.1`);
    }
    return v;
  };
  const inches = 'inches from 0 to 10';
  const fraction = 'a fraction of the figure from 0 to 10';
  return {
    wPad: value('w_pad', rc['figure.constrained_layout.w_pad'], inches),
    hPad: value('h_pad', rc['figure.constrained_layout.h_pad'], inches),
    wspace: value('wspace', rc['figure.constrained_layout.wspace'], fraction),
    hspace: value('hspace', rc['figure.constrained_layout.hspace'], fraction),
  };
}
