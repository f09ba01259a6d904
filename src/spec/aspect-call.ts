/**
 * ax.set_aspect()'s arguments as a script writes them: "equal", "'equal', adjustable='box'", "1.5",
 * "aspect='equal', adjustable='datalim'". The aspect (a unit of y over a unit of x on the page), and with
 * adjustable='datalim' the limits widened to it instead of the box shrunk. Pure.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import type { CallSignature } from '../pycall';
import { bound, shownPy } from './pyplot-calls';

const SET_ASPECT: CallSignature = {
  call: 'set_aspect',
  positional: ['aspect', 'adjustable', 'anchor', 'share'],
  keywords: ['aspect', 'adjustable', 'anchor', 'share'],
};

const EXPECTED = "'equal', 'auto' or a number > 0";

export interface AspectCall {
  /** undefined: 'auto', the box filling its cell. */
  aspect?: number;
  datalim?: boolean;
}

export function readAspect(given: string | number, at: FieldPath): AspectCall {
  // A bare word or number as before ('equal', 2); anything else is set_aspect()'s arguments.
  const plain = typeof given === 'number' || /^\s*(equal|auto|[-+.\d][\w.+-]*)\s*$/.test(given);
  if (plain) return { ...aspectOf(typeof given === 'number' ? given : given.trim(), at) };
  const b = bound(given, SET_ASPECT, at);
  if (b.aspect === undefined || b.aspect === null) throw badValue([...at, 'aspect'], 'nothing', EXPECTED);
  const out = aspectOf(b.aspect as string | number, [...at, 'aspect']);
  const adjustable = b.adjustable ?? null;
  if (adjustable !== null && adjustable !== 'box' && adjustable !== 'datalim') {
    throw badValue([...at, 'adjustable'], shownPy(adjustable), "'box' or 'datalim'");
  }
  if (adjustable === 'datalim') out.datalim = true;
  // The box centred in its cell is anchor 'C', matplotlib's default; another anchor is not drawn yet.
  if (b.anchor !== undefined && b.anchor !== null && b.anchor !== 'C') {
    throw new UsageError([...at, 'anchor'], {
      problem: "set_aspect(anchor=...) other than 'C' is matplotlib's, but actplot does not draw it yet",
    });
  }
  if (b.share !== undefined && b.share !== null && b.share !== false) {
    throw new UsageError([...at, 'share'], {
      problem: "set_aspect(share=True) is matplotlib's, but actplot does not draw it yet",
    });
  }
  return out;
}

function aspectOf(v: string | number, at: FieldPath): AspectCall {
  if (v === 'auto') return {};
  const a = v === 'equal' ? 1 : typeof v === 'number' ? v : Number(v);
  if (!(Number.isFinite(a) && a > 0 && a < 1e6)) throw badValue(at, String(v), EXPECTED, 'as ax.set_aspect() takes');
  return { aspect: a };
}
