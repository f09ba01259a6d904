/**
 * The kinds of value each of FigureOptions' keys takes (a list, an object, text, a number, a boolean), checked
 * where the options come in, before anything reads them: the API's JavaScript callers (and TypeScript callers
 * through `any`) get a UsageError naming the key for `axhline: "0"` where a list belongs, as the command line
 * and configs do, instead of a TypeError from deep inside. The kinds mirror src/spec/options.ts' declarations
 * (test/unit/option-shapes.test.ts holds them to the types); each value's content is its reader's to check.
 * A small table rather than a schema library: the command line's start loads nothing for it.
 */
import { wrongArgument, type FieldPath } from '../errors';

/** Space-separated kinds a key accepts. */
type Kinds = Record<string, string>;

export const FIGURE: Kinds = {
  panels: 'list',
  size: 'list',
  dpi: 'number',
  transparent: 'boolean',
  layout: 'list',
  sharex: 'boolean string',
  sharey: 'boolean string',
  alignLabels: 'boolean string',
  suptitle: 'object string',
  figtext: 'list',
  supxlabel: 'object string',
  supylabel: 'object string',
  subplotsAdjust: 'object string',
  tightLayout: 'boolean object string',
  constrainedLayout: 'boolean object string',
  figlegend: 'boolean object string',
  bboxInches: 'string',
  padInches: 'number',
  savefig: 'object string',
  figure: 'object string',
  subplots: 'object string',
  gridspec: 'object string',
  style: 'list string',
  fontFile: 'list string',
  rc: 'list object',
  def: 'list',
};

export const PANEL: Kinds = {
  curves: 'list',
  twinx: 'boolean',
  x: 'string',
  from: 'number',
  to: 'number',
  step: 'number',
  num: 'number',
  dtype: 'string',
  error: 'string',
  arange: 'string',
  param: 'object',
  title: 'list object string',
  xlabel: 'object string',
  ylabel: 'object string',
  xlim: 'list string',
  ylim: 'list string',
  xticks: 'list string',
  yticks: 'list string',
  grid: 'boolean list string',
  gridStyle: 'object',
  color: 'list',
  linewidth: 'list',
  alpha: 'list',
  linestyle: 'list',
  fmt: 'list',
  marker: 'list',
  markersize: 'list',
  markevery: 'list',
  label: 'list',
  legend: 'boolean object string',
  axhline: 'list',
  axvline: 'list',
  hlines: 'list',
  vlines: 'list',
  axhspan: 'list',
  axvspan: 'list',
  aspect: 'number string',
  boxAspect: 'number string',
  subplot: 'string',
  subplot2grid: 'string',
  frameOn: 'boolean',
  xscale: 'object string',
  yscale: 'object string',
  axis: 'boolean string',
  propCycle: 'string',
  margins: 'number object string',
  invertXaxis: 'boolean',
  invertYaxis: 'boolean',
  minorticks: 'boolean',
  fillBetween: 'list',
  text: 'list',
  annotate: 'list',
  tickParams: 'list',
  set: 'object string',
  locatorParams: 'list',
  ticklabelFormat: 'list',
  spine: 'list',
  xaxis: 'list',
  yaxis: 'list',
  grad: 'boolean',
};

export const CURVE: Kinds = {
  function: 'string',
  expr: 'string',
  name: 'string',
  params: 'object',
  derivative: 'boolean',
  plot: 'object string',
  scatter: 'object string',
  label: 'string',
  color: 'string',
  linewidth: 'number',
  linestyle: 'object string',
  alpha: 'number',
};

/** Lists that are pairs or objects: one value given is no list of one. */
const ENDS = new Set(['panels', 'curves', 'size', 'layout', 'xlim', 'ylim']);

/** What the lists that hold the figure's parts are, said whole. */
const LISTS: Record<string, string> = {
  panels: "a list of panels, [{ curves: [{ function: 'relu' }] }]",
  curves: "a list of curves, [{ function: 'relu' }]",
  size: 'a list of two numbers, inches: [8, 4]',
  layout: 'a list of two numbers, rows and columns: [1, 2]',
};

const WORDS: Record<string, string> = {
  list: 'a list',
  object: 'an object of keywords',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** Each key of `given` that the table knows, of a kind it takes (undefined is a key not given). */
function checkKeys(given: Record<string, unknown>, table: Kinds, at: FieldPath): void {
  for (const [key, value] of Object.entries(given)) {
    const kinds = table[key];
    if (value === undefined || kinds === undefined) continue;
    const accepted = kinds.split(' ');
    if (accepted.includes(kindOf(value))) continue;
    const expected = LISTS[key] ?? accepted.map((k) => WORDS[k]).join(' or ');
    // One item where a list of them belongs (axhline: "0", as a config may say it): the list it goes in. Not for
    // pairs (xlim: 3 is no list of one) nor lists of objects.
    const one = !ENDS.has(key) && (typeof value === 'string' || typeof value === 'number');
    const hint = one && accepted.includes('list') ? `a list of one: [${JSON.stringify(value)}]` : undefined;
    throw wrongArgument([...at, key], value, expected, hint);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return kindOf(v) === 'object';
}

/**
 * Throws a UsageError at the first key of the options, their panels or curves whose value is of a kind its
 * declaration does not take.
 *
 * @example
 *   checkOptionShapes({ panels: [{ curves: [{ function: 'relu' }], axhline: '0' }] });
 *   // UsageError: panels[0].axhline: got '0'; expected a list (a list of one: ["0"])
 */
export function checkOptionShapes(options: unknown): void {
  if (!isRecord(options)) throw wrongArgument([], options, 'an object of figure options, { panels: [...] }');
  checkKeys(options, FIGURE, []);
  const panels = options.panels;
  if (!Array.isArray(panels)) throw wrongArgument(['panels'], panels, LISTS.panels);
  panels.forEach((panel, i) => {
    if (!isRecord(panel)) throw wrongArgument(['panels', i], panel, 'an object of panel options');
    checkKeys(panel, PANEL, ['panels', i]);
    const curves = panel.curves;
    if (!Array.isArray(curves)) throw wrongArgument(['panels', i, 'curves'], curves, LISTS.curves);
    curves.forEach((curve, j) => {
      if (!isRecord(curve)) throw wrongArgument(['panels', i, 'curves', j], curve, 'an object of curve options');
      checkKeys(curve, CURVE, ['panels', i, 'curves', j]);
    });
  });
}
