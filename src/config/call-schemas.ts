/**
 * The pyplot calls of a config given by their keywords (axhline, legend, text...): loose objects, for the
 * builder checks each keyword with matplotlib's own vocabulary, as for the call's text.
 */
import type * as Zod from 'zod';
import { MAX_CURVES, MAX_TICKS } from '../limits';
import { num, text, z } from './schema-values';

// A pyplot call given by its keywords. Loose objects: the builder checks each keyword with matplotlib's own
// vocabulary (aliases, a did-you-mean, "not drawn yet" for a real keyword), as for the call's text.
const lineProps = {
  color: z.string().optional(),
  linestyle: z.string().optional(),
  linewidth: num.optional().describe('points'),
  alpha: num.optional(),
  label: text.optional(),
  zorder: num.optional().describe('curves are 2; lower goes under them'),
};
export const callList = <T extends Zod.ZodType>(item: T) =>
  z.union([text, item, z.array(z.union([text, item])).max(MAX_CURVES)]).optional();

export const AxhlineSchema = z.looseObject({
  y: num.optional(),
  xmin: num.optional(),
  xmax: num.optional(),
  ...lineProps,
});
export const AxvlineSchema = z.looseObject({
  x: num.optional(),
  ymin: num.optional(),
  ymax: num.optional(),
  ...lineProps,
});
const numOrList = z.union([num, z.array(num).max(MAX_TICKS)]);
export const SegmentsSchema = z.looseObject({
  y: numOrList.optional(),
  x: numOrList.optional(),
  xmin: numOrList.optional(),
  xmax: numOrList.optional(),
  ymin: numOrList.optional(),
  ymax: numOrList.optional(),
  colors: z.union([z.string(), z.array(z.string()).max(MAX_TICKS)]).optional(),
  linestyles: z.string().optional(),
  linewidths: num.optional(),
  alpha: num.optional(),
  label: text.optional(),
  zorder: num.optional(),
});
export const SpanSchema = z.looseObject({
  ymin: num.optional(),
  ymax: num.optional(),
  xmin: num.optional(),
  xmax: num.optional(),
  color: z.string().optional(),
  facecolor: z.string().optional(),
  edgecolor: z.string().optional(),
  alpha: num.optional(),
  label: text.optional(),
  zorder: num.optional(),
});
export const FillSchema = z.looseObject({
  y1: z.string().optional(),
  y2: z.union([num, z.string()]).optional(),
  color: z.string().optional().describe('the face and the edge'),
  facecolor: z.string().optional(),
  edgecolor: z.string().optional(),
  linewidth: num.optional(),
  linestyle: z.string().optional(),
  alpha: num.optional(),
  label: text.optional(),
  where: z
    .string()
    .optional()
    .describe("a condition as a script writes it: 'x > 0', '(x >= -1) & (x <= 1)', 'y1 > y2'"),
  interpolate: z.boolean().optional().describe('with where: reach out to where y1 and y2 cross'),
  step: z.enum(['pre', 'post', 'mid']).optional().describe('the bounds as step functions'),
});
export const PlotSchema = z.looseObject({
  x: z.array(num).optional(),
  y: z.array(num).optional(),
  fmt: z.string().optional().describe("a format string: 'ro', 'b--'"),
  color: lineProps.color,
  linestyle: lineProps.linestyle,
  linewidth: lineProps.linewidth,
  alpha: lineProps.alpha,
  label: lineProps.label,
  marker: z.string().optional(),
  markersize: num.optional(),
  markevery: z
    .union([num, z.array(z.union([num, z.boolean()]))])
    .optional()
    .describe('every N-th point, or a list of point indices or of true/false'),
  markerfacecolor: z.string().optional().describe("a colour, 'none' for hollow markers, or 'auto' for the line's"),
  markeredgecolor: z.string().optional(),
  markeredgewidth: num.optional().describe('points'),
  fillstyle: z.enum(['full', 'none']).optional(),
  zorder: num.optional().describe('2 for lines: 1 goes under them, 3 over'),
  drawstyle: z
    .enum(['default', 'steps', 'steps-pre', 'steps-mid', 'steps-post'])
    .optional()
    .describe("a step function through the points, as plt.step(where='mid') draws: 'steps-mid'"),
});
export const ScatterSchema = z.looseObject({
  x: z.union([num, z.array(num)]).optional(),
  y: z.union([num, z.array(num)]).optional(),
  s: z
    .union([num, z.array(num)])
    .optional()
    .describe("the markers' area in points squared (36 is a marker 6 points wide), or one for each point"),
  c: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe("a colour: 'C1', 'red', '#1f77b4', or one for each point"),
  color: z.string().optional(),
  marker: z.string().optional(),
  alpha: num.optional(),
  linewidths: num.optional().describe("the markers' edge, points"),
  edgecolors: z.string().optional().describe("'face' (the marker's colour), 'none' or a colour"),
  label: text.optional(),
  zorder: num.optional().describe('1 for a scatter: under the lines (2)'),
});
/** A text's bbox: the patch's keywords (checked by the builder as the call's text is). */
const textBox = z
  .record(z.string(), z.union([z.string(), num, z.boolean()]))
  .optional()
  .describe('e.g. {boxstyle: round, facecolor: wheat, alpha: 0.5}');
export const AnnotateSchema = z.looseObject({
  text: text.optional(),
  xy: z.tuple([num, num]).optional(),
  xytext: z.tuple([num, num]).optional(),
  xycoords: z.string().optional(),
  textcoords: z.string().optional(),
  arrowprops: z
    .record(z.string(), z.union([z.string(), num, z.boolean(), z.array(num)]))
    .optional()
    .describe("e.g. {arrowstyle: '->'} or {facecolor: black, shrink: 0.05}"),
  fontsize: z.union([num, z.string()]).optional(),
  color: z.string().optional(),
  bbox: textBox,
});
export const TextSchema = z.looseObject({
  x: num.optional(),
  y: num.optional(),
  s: text.optional(),
  fontsize: z.union([num, z.string()]).optional(),
  color: z.string().optional(),
  alpha: num.optional().describe("the glyphs' opacity, 0 to 1"),
  ha: z.string().optional(),
  va: z.string().optional(),
  bbox: textBox,
  fontdict: z.record(z.string(), z.unknown()).optional().describe("Text's keywords as a dict; keywords beside it win"),
});
export const TickParamsSchema = z.looseObject({
  axis: z.enum(['x', 'y', 'both']).optional(),
  direction: z.enum(['in', 'out', 'inout']).optional(),
  length: num.optional(),
  width: num.optional(),
  labelsize: z.union([num, z.string()]).optional(),
  colors: z.string().optional(),
});
export const SpineSchema = z.looseObject({
  spine: z.union([z.string(), z.array(z.string()).max(4)]).describe('left, right, bottom, top or all'),
  position: z
    .union([z.string(), z.tuple([z.string(), num])])
    .optional()
    .describe("'zero', 'center', ['outward', points], ['axes', fraction] or ['data', value]"),
  visible: z.boolean().optional(),
  color: z.string().optional(),
  linewidth: num.optional(),
  bounds: z.tuple([num.nullable(), num.nullable()]).optional().describe('[low, high] in data units, as set_bounds()'),
});
const fontSizeKey = z.union([num, z.string()]).optional().describe("points, or 'small', 'large'...");
/** title(), xlabel() or ylabel() by name: the text under the call's own name, Text's keywords, loc and pad. */
export function labelCall<K extends string, P extends string, L extends [string, ...string[]]>(
  textKey: K,
  locs: L,
  pad: P,
) {
  return z.looseObject({
    ...({ [textKey]: text } as Record<K, typeof text>),
    ...({ [pad]: num.optional().describe('points') } as Record<P, Zod.ZodOptional<typeof num>>),
    fontsize: fontSizeKey,
    fontweight: z.union([z.string(), num]).optional(),
    fontstyle: z.string().optional(),
    family: z.union([z.string(), z.array(z.string())]).optional(),
    color: z.string().optional(),
    rotation: z
      .union([num, z.enum(['horizontal', 'vertical'])])
      .optional()
      .describe("degrees anticlockwise, or 'horizontal' (0) and 'vertical' (90)"),
    fontdict: z.record(z.string(), z.unknown()).optional(),
    loc: z.enum(locs).optional(),
  });
}
const fontSizes = z.number().optional().describe('multiples of the font size');
export const LegendSchema = z.looseObject({
  prop: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("the labels' font, FontProperties' keys: {size: 8, weight: bold}; over fontsize"),
  labels: z
    .array(z.union([z.string(), num]))
    .optional()
    .describe("legend(labels): one label per line or band, in the order of their calls: ['sigmoid', 'tanh']"),
  loc: z
    .union([z.string(), z.number().int(), z.tuple([num, num])])
    .optional()
    .describe('a location, or [x, y]: the lower-left corner in axes fractions'),
  bbox_to_anchor: z
    .union([z.tuple([num, num]), z.tuple([num, num, num, num])])
    .optional()
    .describe('[x, y] or [x, y, width, height] in axes fractions'),
  mode: z.literal('expand').optional().describe('as wide as the anchor box, the columns spread across it'),
  alignment: z.enum(['center', 'left', 'right']).optional().describe('the title and the entries lined up'),
  fontsize: fontSizeKey,
  frameon: z.boolean().optional(),
  markerfirst: z.boolean().optional().describe('False: each label before its handle'),
  reverse: z.boolean().optional().describe('True: the entries in reverse order'),
  ncol: z.number().int().optional(),
  ncols: z.number().int().optional(),
  title: z.string().optional(),
  title_fontsize: fontSizeKey,
  framealpha: z.number().optional().describe('0 to 1'),
  facecolor: z.string().optional().describe('a colour, or inherit'),
  edgecolor: z.string().optional().describe('a colour, or inherit'),
  fancybox: z.boolean().optional(),
  shadow: z.boolean().optional(),
  labelcolor: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('a colour, a list of colours, linecolor or none'),
  markerscale: z.number().optional(),
  numpoints: z.number().int().optional().describe('markers along a line handle'),
  borderpad: fontSizes,
  labelspacing: fontSizes,
  handlelength: fontSizes,
  handleheight: fontSizes,
  handletextpad: fontSizes,
  borderaxespad: fontSizes,
  columnspacing: fontSizes,
});
