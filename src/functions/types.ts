/** A parameter of an activation function, named as PyTorch names it. */
export interface NumberParam<N extends string = string> {
  kind: 'number';
  name: N;
  default: number;
  description: string;
  /** Inclusive lower bound where the function needs one. */
  min?: number;
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
  group: 'document' | 'pytorch' | 'other';
  params: readonly ParamSpec[];
  /** Returns f(x) and f'(x) for fixed parameters; built once per curve so the hot loop does no lookups. */
  bind(params: ParamValues): BoundFunction;
}

export interface BoundFunction {
  value(x: number): number;
  grad(x: number): number;
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

/** A number parameter. */
export const num = <N extends string>(name: N, def: number, description: string, min?: number): NumberParam<N> => ({
  kind: 'number',
  name,
  default: def,
  description,
  min,
});
