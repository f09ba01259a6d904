/**
 * actplot's programmatic API: the same pipeline the command line uses.
 *
 *   import { renderFigure, evaluate, functions, documentFigure } from 'actplot';
 */
export { renderFigure, figureLayout } from './figure';
export { evaluate, toCsv, toJson, type Evaluation } from './values';
export { FUNCTIONS as functions, getFunction, resolveParams } from './functions/registry';
export type { ActivationFunction, ParamSpec, ParamValues } from './functions/types';
export { sample, type Sampling, type DType } from './sampling';
export { defaultFigure, documentFigure, DOCUMENT_FIGURES } from './presets';
export type { AxesSpec, CurveSpec, FigureSpec, LegendLocation, LineStyle, OutputFormat } from './spec';
export { UsageError } from './errors';
