/**
 * str(module) of the torch.nn module that computes a function, as PyTorch's activation images are titled
 * (its docs script calls plt.title(module)): the class name and its extra_repr, as torch 1.13 writes them.
 * Float parameters print as Python prints a float (1.0, 1e-05), as a script passing floats gets them.
 */
import type { ParamValues } from './types';
import { isPyNumber } from '../pycall';

/** How a parameter prints: a Python float, an int where whole (Softplus's are ints), or a quoted str. */
type Shown = 'float' | 'int' | 'str';

interface TorchModule {
  cls: string;
  /** The parameters extra_repr shows, in its order; `bare` prints the value alone (Softshrink(0.5)). */
  shows: readonly { name: string; as: Shown; bare?: boolean }[];
  /** A fixed extra_repr, for modules whose shown state is not one of actplot's parameters. */
  fixed?: string;
}

const plain = (cls: string): TorchModule => ({ cls, shows: [] });
const floats = (cls: string, ...names: string[]): TorchModule => ({
  cls,
  shows: names.map((name) => ({ name, as: 'float' as const })),
});

const MODULES: Readonly<Record<string, TorchModule>> = {
  sigmoid: plain('Sigmoid'),
  tanh: plain('Tanh'),
  relu: plain('ReLU'),
  'leaky-relu': floats('LeakyReLU', 'negative_slope'),
  gelu: { cls: 'GELU', shows: [{ name: 'approximate', as: 'str' }] },
  silu: plain('SiLU'),
  elu: floats('ELU', 'alpha'),
  selu: plain('SELU'),
  celu: floats('CELU', 'alpha'),
  softplus: {
    cls: 'Softplus',
    shows: [
      { name: 'beta', as: 'int' },
      { name: 'threshold', as: 'int' },
    ],
  },
  softsign: plain('Softsign'),
  softshrink: { cls: 'Softshrink', shows: [{ name: 'lambd', as: 'float', bare: true }] },
  hardshrink: { cls: 'Hardshrink', shows: [{ name: 'lambd', as: 'float', bare: true }] },
  hardtanh: floats('Hardtanh', 'min_val', 'max_val'),
  hardsigmoid: plain('Hardsigmoid'),
  hardswish: plain('Hardswish'),
  relu6: plain('ReLU6'),
  'log-sigmoid': plain('LogSigmoid'),
  // The slope is a learned weight, which the module's repr does not show.
  prelu: { cls: 'PReLU', shows: [], fixed: 'num_parameters=1' },
  rrelu: floats('RReLU', 'lower', 'upper'),
  mish: plain('Mish'),
  tanhshrink: plain('Tanhshrink'),
  threshold: floats('Threshold', 'threshold', 'value'),
};

/** The function a torch.nn module's class computes (LeakyReLU: leaky-relu), or undefined for another class. */
export function functionOfModule(cls: string): string | undefined {
  return Object.keys(MODULES).find((fn) => MODULES[fn].cls === cls);
}

/** The torch.nn classes actplot draws, as PyTorch names them. */
export const moduleClasses = (): string[] => Object.values(MODULES).map((m) => m.cls);

/** A number as Python's repr() of a float prints it: 1.0, 0.1, 1e-05, 1e+16. */
export function pyFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const [mantissa, exp] = v.toExponential().split('e');
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  const s = String(v);
  return Number.isInteger(v) ? `${s}.0` : s;
}

function shown(v: number | string, as: Shown): string {
  if (as === 'str') return `'${String(v)}'`;
  const n = Number(v);
  return as === 'int' && Number.isInteger(n) && Math.abs(n) < 1e16 ? String(n) : pyFloat(n);
}

/**
 * str(torch.nn.<Module>(...)) for a function and its resolved parameters, or undefined for a function torch.nn
 * has no module for (the document's swish and newfun, QuickGELU).
 */
export function torchRepr(fn: string, params: ParamValues): string | undefined {
  const m = Object.hasOwn(MODULES, fn) ? MODULES[fn] : undefined;
  if (!m) return undefined;
  const inner = m.fixed ?? m.shows.map((p) => (p.bare ? '' : `${p.name}=`) + shown(params[p.name], p.as)).join(', ');
  return `${m.cls}(${inner})`;
}

/**
 * A torch.nn module's attribute that holds one of its parameters (nn.Softplus(beta=2).beta), as a Python
 * literal of its value: the number as the script wrote it (2 or 2.0), else the default as torch 1.13's
 * signature types it (Softplus's beta 1, LeakyReLU's negative_slope 0.01); a str parameter's text quoted;
 * undefined for another attribute, or a value not written out.
 */
export function torchAttribute(fn: string, attr: string, written: string | undefined, params: ParamValues) {
  const m = Object.hasOwn(MODULES, fn) ? MODULES[fn] : undefined;
  const p = m?.fixed === undefined ? m?.shows.find((s) => s.name === attr) : undefined;
  if (!p) return undefined;
  if (p.as === 'str') return shown(params[attr], 'str');
  if (written === undefined) return shown(params[attr], p.as);
  // A number written out: an expression (1 / 2) would need evaluating.
  return isPyNumber(written) ? written.trim() : undefined;
}
