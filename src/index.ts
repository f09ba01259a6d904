/**
 * actplot's programmatic API: the same pipeline the command line uses.
 *
 *   import { renderFigure, evaluate, functions, documentFigure } from 'actplot';
 */
export { renderFigure, figureLayout } from './render/pipeline';
export { evaluate, toCsv, toJson, type Evaluation } from './data/export';
export { FUNCTIONS as functions, getFunction, resolveParams } from './functions/registry';
export type { ActivationFunction, ParamSpec, ParamValues } from './functions/types';
export { sample, type Sampling, type DType } from './data/sampling';
export { defaultFigure, documentFigure, DOCUMENT_FIGURES } from './spec/presets';
export type { AxesSpec, CurveSpec, FigureSpec, LegendLocation, LineStyle, OutputFormat } from './spec';
export { renderAll, type RenderAllOptions, type RenderAllResult, type FigureResult } from './batch/render-all';
export type { Config, FigureConfig, PanelConfig, CurveConfig } from './config/schema';
export { jsonSchema } from './config/schema';
export { parseConfig, readConfig } from './config/load';
export { planFigures } from './config/plan';
export { compileExpression } from './functions/expression';
export { buildFigure } from './spec/build';
export type {
  AxhlineOptions,
  AxvlineOptions,
  CurveOptions,
  FigureOptions,
  FillOptions,
  GridOptions,
  LegendOptions,
  LinePropsOptions,
  PanelOptions,
  PlotCallOptions,
  ParamInput,
  RcValue,
  SegmentsOptions,
  SpanOptions,
  SpineOptions,
  SubplotsAdjustOptions,
  SuptitleOptions,
  TextOptions,
  TickParamsOptions,
  TightLayoutOptions,
} from './spec/options';
export { UsageError, formatPath, type FieldPath, type UsageDetail } from './errors';
