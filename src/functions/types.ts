import type { TorchRounding } from './precision';

/** A parameter of an activation function, named as PyTorch names it. */
export interface NumberParam<N extends string = string> {
  kind: 'number';
  name: N;
  default: number;
  description: string;
  /** Inclusive lower bound where the function needs one. */
  min?: number;
  /**
   * A gated unit's `up`: when not given it is x itself (the default is then NaN), and `list` shows this text
   * in place of a number.
   */
  tiedTo?: 'x';
}

export interface ChoiceParam<N extends string = string> {
  kind: 'choice';
  name: N;
  default: string;
  choices: readonly string[];
  description: string;
}

export type ParamSpec = NumberParam | ChoiceParam;
export type ParamValues = Record<string, number | string>;

/** One activation function: value, exact derivative and how to show it. */
export interface ActivationFunction {
  name: string;
  /** Other spellings accepted on the command line. */
  aliases: readonly string[];
  /** Title used in figures, e.g. "GELU(x)". */
  label: string;
  /** Plain-text formula for `actplot list`. */
  formula: string;
  group: FunctionGroup;
  /** The function another name already draws, e.g. swish for silu: `list` says so. */
  sameAs?: string;
  /** Models whose configs name it, where that is well known: `list` shows them. */
  usedBy?: string;
  params: readonly ParamSpec[];
  /** Returns f(x) and f'(x) for fixed parameters; built once per curve so the hot loop does no lookups. */
  bind(params: ParamValues): BoundFunction;
}

export type FunctionGroup = 'document' | 'pytorch' | 'transformers' | 'gated' | 'other';

export interface BoundFunction {
  value(x: number): number;
  grad(x: number): number;
  /**
   * f as torch computes it in float32, bfloat16 or float16 on the CPU, each operation rounded as torch rounds
   * it. Without it, a function is one torch kernel: its value rounded once to the type.
   */
  torch?(t: TorchRounding): (x: number) => number;
  /** A gated unit's two inputs apart: y = act(gate)·up and both partial derivatives (eval's grid). */
  gated?: GatedFunction;
  /** Work per point, in the units of MAX_WORK (limits.ts); a registered function's is FUNCTION_COST. */
  cost?: number;
}

/** The values `bind` receives for parameters `S`: a number for each number, the chosen text for each choice. */
export type ValuesOf<S extends readonly ParamSpec[]> = {
  [P in S[number] as P['name']]: P extends NumberParam ? number : string;
};

/** The parts of an activation function that define it, with `bind` typed by its parameters. */
export type FunctionDefinition<S extends readonly ParamSpec[]> = Omit<ActivationFunction, 'params' | 'bind'> & {
  params: S;
  bind(params: ValuesOf<S>): BoundFunction;
};

/**
 * An activation function whose `bind` sees its parameters typed. The one cast of parameter values: resolveParams
 * (registry.ts) hands `bind` every parameter of `params`, a number for each number and a choice for each choice.
 */
export function defineFunction<const S extends readonly ParamSpec[]>(f: FunctionDefinition<S>): ActivationFunction {
  return { ...f, bind: (p) => f.bind(p as ValuesOf<S>) };
}

/**
 * defineFunction for the functions of one group: no aliases unless given, and the group unless a definition
 * names another (QuickGELU, among PyTorch's in the code, is transformers').
 */
export function inGroup(group: FunctionGroup) {
  return <const S extends readonly ParamSpec[]>(
    f: Omit<FunctionDefinition<S>, 'aliases' | 'group'> & Partial<Pick<ActivationFunction, 'aliases' | 'group'>>,
  ): ActivationFunction => defineFunction<S>({ aliases: [], group, ...f });
}

/** A number parameter. */
export const num = <N extends string>(name: N, def: number, description: string, min?: number): NumberParam<N> => ({
  kind: 'number',
  name,
  default: def,
  description,
  min,
});

/** act(gate)·up, and how it changes with each input. */
export interface GatedFunction {
  value(gate: number, up: number): number;
  dGate(gate: number, up: number): number;
  dUp(gate: number, up: number): number;
  /** y as torch computes it in a type below float64 (act in the type, then the product rounded). */
  torch(t: TorchRounding): (gate: number, up: number) => number;
}
