/**
 * A script's x line, `x = torch.arange(-5.0, 5.0, 0.1)` or `np.linspace(-5, 5, 200)`, as a panel's sampling:
 * from, to and step (arange) or num (linspace), whose arange or linspace the values are (numpy's or torch's, to
 * the last bit), and a dtype= given. Pure: text in, options out; samplingFrom reads them as --from and the rest.
 */
import { badValue, UsageError, type FieldPath } from '../errors';
import type { DType } from '../functions/precision';
import type { PyValue } from '../pycall';
import { readRangeCall } from './range-call';
import type { PanelOptions } from './options';
import type { Sampling } from '../data/sampling';

export type XOptions = Pick<PanelOptions, 'from' | 'to' | 'step' | 'num' | 'dtype' | 'arange'>;

const EXAMPLES = "e.g. 'torch.arange(-5.0, 5.0, 0.1)' or 'np.linspace(-5, 5, 200)'";
const LINE = /^\s*(?:x\s*=\s*)?(torch|np|numpy)\.(arange|linspace)\s*\(([^]*)\)\s*$/;
/** The opening of a range call this reader reads, as a pattern's source (a plot's own x, a script's range lines). */
export const RANGE_OPENING = String.raw`(?:torch|np|numpy)\.(?:arange|linspace)\s*\(`;

/** dtype= as a script names it, torch's or numpy's. */
const DTYPES: Record<string, DType> = {
  float32: 'float32',
  float: 'float32',
  float64: 'float64',
  double: 'float64',
  bfloat16: 'bfloat16',
  float16: 'float16',
  half: 'float16',
};

/** Keywords that change no value: where the tensor lives, whether it records gradients. */
const NO_VALUE = ['device', 'requires_grad', 'layout', 'pin_memory'];

/**
 * numpy's values as a tensor (torch.from_numpy(np.arange(...)), torch.tensor(np.linspace(...))) are numpy's, in
 * its float64.
 */
const AS_TENSOR =
  /^(\s*(?:x\s*=\s*)?)torch\.(?:from_numpy|tensor|as_tensor)\(\s*((?:np|numpy)\.(?:arange|linspace)\s*\([^]*\))\s*\)\s*$/;

/** Methods after the call that change no value (a .float() would: it is left for the reader to refuse). */
const SAME_VALUES = /\.(?:detach|clone)\(\s*\)|\.requires_grad_\(\s*(?:True|requires_grad\s*=\s*True)?\s*\)/g;

export function readXCall(text: string, at: FieldPath): XOptions {
  const m = LINE.exec(text.replace(SAME_VALUES, '').replace(AS_TENSOR, '$1$2'));
  if (!m) throw badValue(at, text, `a script's torch.arange, np.arange, torch.linspace or np.linspace, ${EXAMPLES}`);
  const [, module, fn, args] = m as unknown as [string, string, 'arange' | 'linspace', string];
  const numpy = module !== 'torch';
  const number = (v: PyValue, what: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw badValue([...at, what], String(v), 'a finite number');
    return v;
  };
  const { names, start, end, third, rest } = readRangeCall(numpy ? 'numpy' : 'torch', fn, args, at, number);
  const known = ['dtype', ...(numpy ? (fn === 'linspace' ? ['endpoint'] : []) : NO_VALUE)];
  const other = Object.keys(rest).find((k) => !known.includes(k));
  if (other !== undefined) {
    throw new UsageError([...at, other], {
      problem: `${module}.${fn}() has no '${other}' that actplot reads; it takes ${[...names, ...known].join(', ')}`,
    });
  }
  const out: XOptions = { arange: numpy ? 'numpy' : 'torch' };
  if (rest.dtype !== undefined && rest.dtype !== null) out.dtype = dtypeOf(rest.dtype, [...at, 'dtype']);
  if (fn === 'arange') {
    if (end === undefined) throw badValue(at, text, `${module}.arange(start, end, step), ${EXAMPLES}`);
    // torch refuses a step that does not lead from start to end; numpy gives no values (nothing to draw).
    if (third !== undefined && !(third > 0)) throw badValue([...at, 'step'], third, 'a step > 0, from start up to end');
    return { ...out, from: start, to: end, step: third ?? 1 };
  }
  if (rest.endpoint === false) {
    throw new UsageError([...at, 'endpoint'], {
      problem: "endpoint=False is numpy's, but actplot does not draw it yet; np.arange gives the same spacing",
    });
  }
  if (start === undefined || end === undefined) {
    throw badValue(at, text, `${module}.linspace(start, end, ${numpy ? 'num' : 'steps'}), ${EXAMPLES}`);
  }
  // np.linspace draws 50 points unless told; torch.linspace must be told.
  if (third === undefined && !numpy) throw badValue(at, text, `torch.linspace(start, end, steps), ${EXAMPLES}`);
  return { ...out, from: start, to: end, num: third ?? 50 };
}

function dtypeOf(v: PyValue, at: FieldPath): DType {
  const name = typeof v === 'string' ? v.replace(/^(torch|np|numpy)\./, '') : '';
  const dtype = Object.hasOwn(DTYPES, name) ? DTYPES[name] : undefined;
  if (!dtype) throw badValue(at, String(v), 'torch.float32, torch.float64, torch.bfloat16 or torch.float16');
  return dtype;
}

/** The panel's sampling options with those of its x line; one given both ways is refused. */
export function withXCall(p: PanelOptions, at: FieldPath): PanelOptions {
  if (p.x === undefined) return p;
  const read = readXCall(p.x, [...at, 'x']);
  for (const key of Object.keys(read) as (keyof XOptions)[]) {
    if (p[key] !== undefined) {
      throw new UsageError([...at, key], { problem: 'given twice, on its own and in the x line; give it once' });
    }
  }
  return { ...p, ...read };
}

/** The sampling asked for, on top of a default one. */
export function samplingFrom(
  p: Pick<PanelOptions, 'from' | 'to' | 'step' | 'num' | 'dtype' | 'arange'>,
  base: Sampling,
  at: FieldPath = [],
): Sampling {
  const from = p.from ?? base.from;
  const to = p.to ?? base.to;
  // np.arange of Python floats gives float64; torch.arange float32, the document's.
  const numpy = p.arange === 'numpy' || (p.arange === undefined && base.kind === 'arange' && base.method === 'numpy');
  const dtype = p.dtype ?? (p.arange === 'numpy' ? 'float64' : base.dtype);
  if (p.num !== undefined && p.step !== undefined) {
    throw new UsageError([...at, 'num/step'], {
      problem: 'got both; expected one of them (step for arange spacing, num for a point count)',
    });
  }
  if (p.num !== undefined)
    return { kind: 'linspace', from, to, num: p.num, dtype, ...(numpy && { method: 'numpy' as const }) };
  const step = p.step ?? (base.kind === 'arange' ? base.step : (to - from) / 1000);
  return { kind: 'arange', from, to, step, dtype, ...(numpy && { method: 'numpy' as const }) };
}

/** torch's default for a range that names no dtype: float32 (numpy's float64 is samplingFrom's for numpy). */
const TORCH_DEFAULT: Sampling = { kind: 'arange', from: 0, to: 1, step: 1, dtype: 'float32' };

/**
 * A plot's own x, plot(np.linspace(0, 5, 50), relu(x)): the sampling of its range call, in the values and dtype
 * the call gives (torch's float32, numpy's float64, or its dtype=).
 */
export function ownSampling(text: string, at: FieldPath): Sampling {
  return samplingFrom(readXCall(text, at), TORCH_DEFAULT, at);
}
