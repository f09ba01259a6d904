/** A parameter of an activation function, named as PyTorch names it. */
export interface NumberParam {
  kind: 'number';
  name: string;
  default: number;
  description: string;
  /** Inclusive lower bound where the function needs one. */
  min?: number;
}

export interface ChoiceParam {
  kind: 'choice';
  name: string;
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

/** A number parameter. */
export const num = (name: string, def: number, description: string, min?: number): ParamSpec => ({
  kind: 'number',
  name,
  default: def,
  description,
  min,
});
