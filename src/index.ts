/**
 * actplot's programmatic API: the same pipeline the command line uses.
 *
 *   import { renderFigure, evaluate, functions, documentFigure } from 'actplot';
 *
 * Its declarations use no Node.js types (bytes are Uint8Array, which a Buffer is), so TypeScript users need
 * no @types/node for them.
 */
import { renderFigure as renderBytes, figureLayout as layoutOf } from './render/pipeline';
import { documentFigure as findDocumentFigure, DOCUMENT_FIGURES } from './spec/presets';
import { badValue, didYouMean, wrongArgument } from './errors';
import { compileExpression as compileIn } from './functions/expression';
import { expressionContext } from './functions/registry';
import type { BoundFunction } from './functions/types';
import { OUTPUT_FORMATS, type FigureSpec, type OutputFormat } from './spec/types';
import type { FigureLayout } from './layout/types';
import { readScript as readScriptText, readScriptFigures as readAllFigures } from './spec/script';
import type { FigureOptions } from './spec/options';

/*
 * The API's own checks of what its callers hand it, for JavaScript callers (and TypeScript ones through `any`):
 * a UsageError naming the argument, as the command line's, never a TypeError from inside.
 */
function checkFigure(fig: unknown, format: unknown): void {
  if (typeof fig !== 'object' || fig === null || !Array.isArray((fig as FigureSpec).axes)) {
    throw wrongArgument('figure', fig, 'a figure from buildFigure(), documentFigure() or planFigures()');
  }
  if (!OUTPUT_FORMATS.includes(format as OutputFormat)) {
    throw badValue('format', String(format), OUTPUT_FORMATS.join(', '), didYouMean(String(format), OUTPUT_FORMATS));
  }
}
function checkText(field: string, given: unknown): void {
  if (typeof given !== 'string') throw wrongArgument(field, given, 'text');
}

/**
 * Draws a figure and returns the file's bytes: PNG, SVG or PDF.
 *
 * @example
 *   import { writeFileSync } from 'node:fs';
 *   writeFileSync('gelu.svg', renderFigure(documentFigure('gelu'), 'svg'));
 */
export function renderFigure(
  fig: FigureSpec,
  format: OutputFormat = 'png',
  options: { reduce?: boolean; onWarning?: (message: string) => void } = {},
): Uint8Array {
  checkFigure(fig, format);
  return renderBytes(fig, format, options);
}

/**
 * Where everything of a figure goes, in canvas units, without drawing it: axes boxes, limits, ticks, texts.
 *
 * @example
 *   const { axes } = figureLayout(documentFigure('relu'), 'png');
 *   console.log(axes[0].xlim); // [-8.8, 8.8]
 */
export function figureLayout(fig: FigureSpec, format: OutputFormat = 'png'): FigureLayout {
  checkFigure(fig, format);
  return layoutOf(fig, format);
}

/**
 * One of the document's figures by its name: sigmoid, tanh, relu, leaky-relu, gelu, swish or
 * sigmoid-newfun-tanh-compare. Any other name throws a UsageError that lists them.
 *
 * @example
 *   const bytes = renderFigure(documentFigure('gelu'), 'svg');
 */
export function documentFigure(name: string): FigureSpec {
  checkText('figure', name);
  const fig = findDocumentFigure(name);
  if (!fig) {
    const names = [...DOCUMENT_FIGURES];
    throw badValue('figure', name, `one of the document's figures: ${names.join(', ')}`, didYouMean(name, names));
  }
  return fig;
}

/**
 * An expression in x, checked and compiled (never evaluated as JavaScript), with its exact derivative; it may
 * call every function by any of its names.
 *
 * @example
 *   const f = compileExpression('gelu_new(x) - gelu(x)');
 *   console.log(f.value(1), f.grad(1));
 */
export function compileExpression(source: string): BoundFunction {
  checkText('expr', source);
  return compileIn(source, expressionContext);
}
export type { BoundFunction, FigureLayout };
export { evaluate, toCsv, toJson, type Evaluation } from './data/export';
export { FUNCTIONS as functions, getFunction, resolveParams } from './functions/registry';

/**
 * A pyplot script's figure as FigureOptions (`actplot script`), for buildFigure(); its savefig() arguments are
 * kept in the options. What it cannot read is a UsageError naming the line.
 *
 * @example
 *   const fig = buildFigure(readScript(readFileSync('plot.py', 'utf8')));
 */
export function readScript(text: string): FigureOptions {
  checkText('script', text);
  return readScriptText(text);
}
export type { ActivationFunction, ParamSpec, ParamValues } from './functions/types';
export { sample, type Sampling, type DType } from './data/sampling';
export { defaultFigure, DOCUMENT_FIGURES } from './spec/presets';
export type { AxesSpec, CurveSpec, DashTuple, FigureSpec, LegendLocation, LineStyle, OutputFormat } from './spec';
export { renderAll, type RenderAllOptions, type RenderAllResult, type FigureResult } from './batch/render-all';
export type { Config, FigureConfig, PanelConfig, CurveConfig } from './config/schema';
export { jsonSchema } from './config/schema';
export { parseConfig, readConfig } from './config/load';
export { planFigures } from './config/plan';
export { buildFigure } from './spec/build';

/**
 * Each figure a script makes, in order, as FigureOptions: one ends where the script closes, shows or clears it.
 *
 * @example
 *   for (const options of readScriptFigures(readFileSync('plots.py', 'utf8'))) buildFigure(options);
 */
export function readScriptFigures(text: string): FigureOptions[] {
  checkText('script', text);
  return readAllFigures(text);
}
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
  ScatterCallOptions,
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
