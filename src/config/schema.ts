/**
 * The config file: many figures in one JSON or YAML file, each described with the command line's vocabulary
 * (a key per option, in camelCase), validated by zod. `actplot schema` prints it as JSON Schema.
 */
import type * as Zod from 'zod';
import { MAX_CURVES, MAX_FIGURES, MAX_PANELS } from '../limits';
import {
  AnnotateSchema,
  AxhlineSchema,
  AxvlineSchema,
  callList,
  FillSchema,
  labelCall,
  LegendSchema,
  PlotSchema,
  ScatterSchema,
  SegmentsSchema,
  SpanSchema,
  SpineSchema,
  TextSchema,
  TickParamsSchema,
} from './call-schemas';
import { lineStyle, num, numbers, pair, text, z } from './schema-values';
import { FIGURE_NAME } from './shape';

/** A call's argument text copied from a script, one call or a list of them (the calls read whole, as text). */
const callTexts = () => z.union([text, z.array(text).max(MAX_CURVES)]).optional();

const curveList = <T extends Zod.ZodType>(item: T) => z.array(item).max(MAX_CURVES);
/** A function by name, with or without inline parameters: the JSON Schema lists the names (jsonSchema). */
const functionRef = z.string();

/** title: one call, or title() called again (a list, in order: one title at each loc). */
const titleSchema = () => {
  const call = z.union([text, labelCall('label', ['left', 'center', 'right'] as ['left', 'center', 'right'], 'pad')]);
  return z
    .union([call, z.array(call).min(1).max(MAX_CURVES)])
    .optional()
    .describe(
      "the text, title()'s arguments as text (\"'Sigmoid', fontsize=14\") or by name; a list for titles at " +
        "several places: [\"'(a)', loc='left'\", GELU]",
    );
};
/** Axis limits: both ends, an end left to autoscale (null), xlim()'s arguments as text, or 'auto'. */
const limits = z.union([z.tuple([num.nullable(), num.nullable()]), z.string()]);
/** A figure's file name: checked where it is planned (config/plan.ts), shown to editors as a pattern. */
const figureName = z
  .string()
  .describe('the file name: letters, digits, ., _ and -; an extension (.png, .svg, .pdf) sets the format');
export const CurveSchema = z.strictObject({
  function: functionRef.optional().describe("a function, e.g. 'gelu' or 'gelu(approximate=tanh)'"),
  expr: z.string().optional().describe("an expression in x, e.g. 'x * sigmoid(1.702 * x)'"),
  params: z
    .record(z.string(), z.union([num, z.string()]))
    .optional()
    .describe("parameters by PyTorch's names"),
  derivative: z.boolean().optional().describe('draw the derivative instead of the value'),
  label: text.optional(),
  color: z.string().optional().describe("matplotlib colour: 'blue', 'tab:orange', 'C1', '#1f77b4', '0.5'"),
  linewidth: num.optional().describe('points'),
  linestyle: lineStyle.optional(),
  alpha: num.optional().describe('0 to 1'),
});

export const GridSchema = z.strictObject({
  color: z.string().optional(),
  alpha: num.optional(),
  linestyle: lineStyle.optional(),
  linewidth: num.optional(),
  axis: z.enum(['x', 'y', 'both']).optional(),
  which: z.enum(['major', 'minor', 'both']).optional(),
});

/** One axes: the functions on it and everything the command line's panel options say. */
export const PanelSchema = z.strictObject({
  function: functionRef.optional().describe('one function (same as functions: [name])'),
  functions: curveList(functionRef)
    .optional()
    .describe("functions on these axes, e.g. ['sigmoid', 'gelu(approximate=tanh)']"),
  expr: z
    .union([z.string(), curveList(z.string())])
    .optional()
    .describe('expressions in x to draw'),
  curves: curveList(CurveSchema).optional().describe('curves one by one, with their own styles'),
  xscale: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .optional()
    .describe("plt.xscale(): 'linear', 'log' or 'symlog', its arguments (\"'log', base=2\") or {value: log, base: 2}"),
  yscale: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .optional()
    .describe("plt.yscale(): 'linear', 'log' or 'symlog', its arguments (\"'symlog', linthresh=1\") or keys"),
  frameOn: z.boolean().optional().describe('ax.set_frame_on(): false draws no background and no spines'),
  twinx: z
    .boolean()
    .optional()
    .describe('ax.twinx() of the panel before it: in its cell, sharing its x axis, its own y axis on the right'),
  x: z
    .string()
    .optional()
    .describe('the script\'s x line: "torch.arange(-5.0, 5.0, 0.1)" or "np.linspace(-5, 5, 200)"'),
  from: num.optional(),
  to: num.optional(),
  step: num.optional().describe('spacing, as torch.arange'),
  num: z.number().int().optional().describe('number of points, as linspace'),
  dtype: z
    .enum(['float32', 'float64', 'bfloat16', 'float16'])
    .optional()
    .describe('the type x is sampled in and, below float32, the function evaluated in as torch does'),
  error: z
    .enum(['abs', 'ulp'])
    .optional()
    .describe("draw f_dtype(x) - f_float64(x) instead of f, or that in units in the last place ('ulp')"),
  arange: z.enum(['numpy', 'torch']).optional().describe('whose arange: torch (default) or numpy (float64)'),
  param: z
    .record(z.string(), z.union([num, z.string()]))
    .optional()
    .describe('parameters for every function that has them'),
  title: titleSchema(),
  xlabel: z
    .union([text, labelCall('xlabel', ['left', 'center', 'right'] as ['left', 'center', 'right'], 'labelpad')])
    .optional()
    .describe("the text, xlabel()'s arguments as text (\"'x', fontsize=12\") or by name"),
  ylabel: z
    .union([
      text,
      labelCall('ylabel', ['bottom', 'center', 'top'] as ['bottom', 'center', 'top'], 'labelpad').extend({
        ha: z.enum(['left', 'center', 'right']).optional(),
        va: z.enum(['top', 'center', 'bottom', 'baseline']).optional(),
      }),
    ])
    .optional()
    .describe("the text, ylabel()'s arguments as text (\"'y', rotation=0, ha='right'\") or by name"),
  xlim: limits
    .optional()
    .describe('[min, max] (null for an end autoscale places), "left=0" as xlim() takes, or \'auto\''),
  ylim: limits
    .optional()
    .describe('[min, max] (null for an end autoscale places), "bottom=0" as ylim() takes, or \'auto\''),
  xticks: z.union([numbers, z.literal('auto')]).optional(),
  yticks: z.union([numbers, z.literal('auto')]).optional(),
  grid: z
    .union([z.boolean(), z.string(), GridSchema, z.array(z.union([z.boolean(), z.string()]))])
    .optional()
    .describe(
      "on or off, grid()'s arguments as text (\"True, linestyle='--', alpha=0.5\"), its keywords, or a list of calls in order",
    ),
  color: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('one colour, or one per function'),
  linewidth: z.union([num, z.array(num)]).optional(),
  alpha: z
    .union([num, z.array(num)])
    .optional()
    .describe('0 to 1, or one per function'),
  linestyle: z.union([lineStyle, z.array(lineStyle)]).optional(),
  fmt: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe("pyplot format strings: 'r--', 'o-'"),
  marker: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('o . s ^ v D x +, or one per curve'),
  markersize: z
    .union([num, z.array(num)])
    .optional()
    .describe('points'),
  markevery: z
    .union([num, z.array(num)])
    .optional()
    .describe('a marker every n-th sample, or a distance along the line (0.1: a tenth of the axes diagonal)'),
  label: z
    .union([text, curveList(text)])
    .optional()
    .describe('legend labels, one per curve in order (functions, then expressions)'),
  legend: z
    .union([z.boolean(), z.string(), z.number().int(), LegendSchema])
    .optional()
    .describe("a location, or legend()'s keywords: {loc: 'upper left', frameon: false} or \"loc='best', fontsize=8\""),
  axhline: callList(AxhlineSchema).describe(
    "horizontal lines: axhline()'s arguments as text, \"0, color='k'\", or keys",
  ),
  axvline: callList(AxvlineSchema).describe("vertical lines: axvline()'s arguments as text, or keys"),
  hlines: callList(SegmentsSchema).describe("horizontal segments: hlines()'s arguments as text, or keys"),
  vlines: callList(SegmentsSchema).describe("vertical segments: vlines()'s arguments as text, or keys"),
  axhspan: callList(SpanSchema).describe(
    'horizontal bands: axhspan()\'s arguments as text ("0, 1, alpha=0.2"), or keys',
  ),
  aspect: z
    .union([z.enum(['equal', 'auto']), num])
    .optional()
    .describe('ax.set_aspect(): equal, auto or a number'),
  boxAspect: num.optional().describe("ax.set_box_aspect(): the axes box's height over its width, 1 for a square"),
  subplot: z
    .union([text, z.number().int()])
    .optional()
    .describe('where the panel goes, as plt.subplot(): "2, 2, 3", 223 or "2, 2, (1, 2)" (cells 1 to 2)'),
  subplot2grid: text.optional().describe('where the panel goes, as plt.subplot2grid(): "(3, 3), (0, 0), colspan=2"'),
  axis: z
    .union([z.string(), z.boolean()])
    .optional()
    .describe('plt.axis()\'s arguments as text ("[-5, 5, -1, 1]", "equal", "off"), or true/false for on/off'),
  margins: z
    .union([num, z.string(), z.strictObject({ x: num.optional(), y: num.optional() })])
    .optional()
    .describe('ax.margins(): one for both, "x=0, y=0.1", or {x: 0}'),
  propCycle: z
    .string()
    .optional()
    .describe("ax.set_prop_cycle()'s arguments: \"color=['r', 'g', 'b']\", \"cycler(ls=['-', '--'])\" or None"),
  invertXaxis: z.boolean().optional().describe('ax.invert_xaxis() after the limits: the x axis drawn inverted'),
  invertYaxis: z.boolean().optional().describe('ax.invert_yaxis() after the limits: the y axis drawn inverted'),
  minorticks: z
    .boolean()
    .optional()
    .describe('plt.minorticks_on() (true): minor ticks on both axes; minorticks_off() (false): none'),
  annotate: callList(AnnotateSchema).describe(
    "annotations: annotate()'s arguments as text (\"'max', xy=(0, 1), xytext=(1, 2), arrowprops={'arrowstyle': '->'}\"), or keys",
  ),
  plot: callList(PlotSchema).describe(
    "data points: plot()'s arguments as text (\"[0, 1, 2], [0, 0.5, 1], 'ro'\"), or keys {x: [...], y: [...]}",
  ),
  scatter: callList(ScatterSchema).describe(
    "markers at data points: scatter()'s arguments as text (\"[0, 1], [0, 1], s=20, c='r'\"), or keys {x, y, s, c}",
  ),
  fillBetween: callList(FillSchema).describe('fill_between()\'s arguments as text ("relu, 0, alpha=0.3"), or keys'),
  text: callList(TextSchema).describe("texts: text()'s arguments as text (\"0, 0.5, 'kink'\"), or keys"),
  set: z
    .union([text, z.record(z.string(), z.unknown())])
    .optional()
    .describe("ax.set()'s arguments: \"title='ReLU', xlim=(-5, 5)\" or {title: ReLU, xlim: [-5, 5]}"),
  locatorParams: callTexts().describe("locator_params()'s arguments: \"axis='x', nbins=5\", one or a list"),
  ticklabelFormat: callTexts().describe(
    "ticklabel_format()'s arguments: \"axis='y', style='sci', scilimits=(0, 0)\", one or a list",
  ),
  tickParams: callList(TickParamsSchema).describe(
    "tick_params()'s arguments as text (\"axis='x', direction='in'\"), or keys",
  ),
  axvspan: callList(SpanSchema).describe("vertical bands: axvspan()'s arguments as text, or keys"),
  spine: callList(SpineSchema).describe('spine settings: "left, position=\'zero\'", or {spine: left, position: zero}'),
  xaxis: callTexts().describe(
    'calls of ax.xaxis\'s methods: "set_ticks_position(\'bottom\')", "tick_top()", one or a list',
  ),
  yaxis: callTexts().describe(
    'calls of ax.yaxis\'s methods: "set_ticks_position(\'left\')", "tick_right()", one or a list',
  ),
  grad: z.boolean().optional().describe("add each function's derivative"),
});

const figureKeys = {
  name: figureName,
  format: z.enum(['png', 'svg', 'pdf']).optional(),
  size: pair.optional().describe('inches: [8, 4] or "8x4"'),
  dpi: num.optional(),
  transparent: z.boolean().optional(),
  layout: pair.optional().describe('rows and columns of the panels: [2, 2] or "2x2"'),
  tightLayout: z
    .union([
      z.boolean(),
      text,
      z.looseObject({
        pad: num.optional(),
        h_pad: num.optional(),
        w_pad: num.optional(),
        rect: z.array(num.nullable()).optional().describe('[left, bottom, right, top] in figure fractions'),
      }),
    ])
    .optional()
    .describe(
      'fit the labels in the figure, as plt.tight_layout(): true, "pad=0.4, rect=(0, 0, 1, 0.95)" or {pad: 0.4}',
    ),
  constrainedLayout: z
    .union([
      z.boolean(),
      text,
      z.looseObject({ w_pad: num.optional(), h_pad: num.optional(), wspace: num.optional(), hspace: num.optional() }),
    ])
    .optional()
    .describe('place the axes as layout=\'constrained\': true, "w_pad=0.1" or {w_pad: 0.1} (pads in inches)'),
  style: z
    .union([z.string(), z.array(z.string()).max(MAX_CURVES)])
    .optional()
    .describe("matplotlib's style sheets (ggplot, bmh...), .mplstyle files, document, matplotlib or pytorch-docs"),
  fontFile: z
    .union([z.string(), z.array(z.string()).max(MAX_CURVES)])
    .optional()
    .describe('TrueType files whose families font.family may name, as fontManager.addfont(path)'),
  rc: z
    .union([
      z.record(z.string(), z.union([z.string(), num, z.boolean(), z.array(z.union([z.string(), num]))])),
      z.array(text).max(MAX_CURVES),
    ])
    .optional()
    .describe("rcParams by matplotlib's names: {axes.titlesize: large, lines.linewidth: 2}"),
  def: z
    .union([text, z.array(text).max(MAX_CURVES)])
    .optional()
    .describe("a script's definitions for the expressions: 'y = torch.sigmoid(x)', 'def f(x): return x * (x > 0)'"),
  sharex: z
    .union([z.boolean(), z.enum(['all', 'row', 'col', 'none'])])
    .optional()
    .describe('panels share x, as plt.subplots(sharex=...)'),
  sharey: z
    .union([z.boolean(), z.enum(['all', 'row', 'col', 'none'])])
    .optional()
    .describe('panels share y, as plt.subplots(sharey=...)'),
  alignLabels: z
    .union([z.boolean(), z.enum(['both', 'x', 'y'])])
    .optional()
    .describe("the axis labels of each row and column aligned, as fig.align_labels(); 'x' or 'y' for one axis"),
  suptitle: z
    .union([text, z.looseObject({ t: text })])
    .optional()
    .describe('the figure\'s title: "Activations", "Activations, fontsize=14" or {t: Activations, fontsize: 14}'),
  figtext: callList(TextSchema).describe(
    "texts at the figure's fractions, as plt.figtext(): its arguments as text (\"0.5, 0.01, 'note'\"), or keys",
  ),
  supxlabel: z
    .union([text, z.looseObject({ t: text })])
    .optional()
    .describe('the figure\'s x label, as fig.supxlabel(): "x" or "x, fontsize=14"'),
  supylabel: z
    .union([text, z.looseObject({ t: text })])
    .optional()
    .describe('the figure\'s y label, as fig.supylabel(): "activation" or "activation, fontsize=14"'),
  figlegend: z
    .union([z.boolean(), z.string(), LegendSchema])
    .optional()
    .describe(
      "one legend of every panel's lines on the figure (plt.figlegend): true, a location or legend()'s keywords",
    ),
  subplotsAdjust: z
    .union([text, z.looseObject({ left: num.optional(), wspace: num.optional() })])
    .optional()
    .describe('subplots_adjust(): "left=0.15, wspace=0.4" or {left: 0.15, wspace: 0.4}'),
  bboxInches: z.string().optional().describe("'tight': cut the page to the figure's content, as savefig()"),
  padInches: num.optional().describe('the padding of bboxInches: tight, in inches (default 0.1)'),
  figure: z
    .union([text, z.record(z.string(), z.unknown())])
    .optional()
    .describe('plt.figure()\'s arguments: "figsize=(8, 5), dpi=120" or {figsize: [8, 5]}'),
  subplots: z
    .union([text, z.record(z.string(), z.unknown())])
    .optional()
    .describe('plt.subplots()\'s arguments: "1, 2, figsize=(10, 4), sharey=True" or {ncols: 2, sharey: true}'),
  gridspec: z
    .union([text, z.record(z.string(), z.unknown())])
    .optional()
    .describe(
      'fig.add_gridspec()\'s arguments, of the panels placed on it: "2, 3, width_ratios=[2, 1, 1], hspace=0.4"',
    ),
  savefig: z
    .union([
      text,
      z.looseObject({
        dpi: z.union([num, z.literal('figure')]).optional(),
        bbox_inches: z.string().optional(),
        pad_inches: num.optional(),
        transparent: z.boolean().optional(),
        facecolor: z.string().optional(),
        edgecolor: z.string().optional(),
      }),
    ])
    .optional()
    .describe(
      "plt.savefig()'s keywords: \"dpi=300, bbox_inches='tight'\" or {dpi: 300}; the file is the figure's name",
    ),
  panels: z
    .array(PanelSchema)
    .max(MAX_PANELS)
    .optional()
    .describe('subplots, each an axes; without it the figure is one axes'),
};

export const FigureSchema = PanelSchema.extend(figureKeys);

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  defaults: FigureSchema.omit({ name: true })
    .partial()
    .optional()
    .describe('keys every figure gets unless it says otherwise'),
  figures: z.array(FigureSchema).min(1).max(MAX_FIGURES),
});

export type CurveConfig = Zod.infer<typeof CurveSchema>;
export type PanelConfig = Zod.infer<typeof PanelSchema>;
export type FigureConfig = Zod.infer<typeof FigureSchema>;
export type Config = Zod.infer<typeof ConfigSchema>;

/** The keys each kind of object accepts, for did-you-mean on a misspelt key. */
export const KEYS = {
  config: Object.keys(ConfigSchema.shape),
  figure: Object.keys(FigureSchema.shape),
  panel: Object.keys(PanelSchema.shape),
  curve: Object.keys(CurveSchema.shape),
  grid: Object.keys(GridSchema.shape),
};

/**
 * The JSON Schema zod makes of the config's schema, each schema used more than once given once under $defs:
 * what shape.ts reads configs with (the build writes it into config-shape.json).
 */
export function configJsonSchema(): object {
  return z.toJSONSchema(ConfigSchema, { reused: 'ref' });
}

/**
 * The JSON Schema of config files (draft 2020-12), with every function name and the figure name's pattern, for
 * editors to complete and check them; `actplot schema` prints it.
 *
 * @example
 *   writeFileSync('actplot.schema.json', JSON.stringify(jsonSchema(), null, 2));
 */
export function jsonSchema(): object {
  const { allNames } = require('../functions/registry') as typeof import('../functions/registry');
  const schema = z.toJSONSchema(ConfigSchema, {
    override: (ctx) => {
      const own = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === figureName) own.pattern = FIGURE_NAME.source;
      if (ctx.zodSchema !== functionRef) return;
      delete own.type;
      own.$ref = '#/$defs/functionName';
    },
  }) as Record<string, unknown> & { $defs?: Record<string, unknown> };
  // Every name as actplot spells it, or any name with parameters: an editor flags 'sigmod' as actplot does.
  const functionName = {
    anyOf: [
      { type: 'string', enum: [...new Set(allNames())] },
      { type: 'string', pattern: '^\\s*[A-Za-z][\\w-]*\\s*\\(.*\\)\\s*$' },
    ],
  };
  return { ...schema, $defs: { ...schema.$defs, functionName }, title: 'actplot figures' };
}
