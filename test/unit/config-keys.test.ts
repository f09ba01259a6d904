/**
 * Every key a config's schema accepts reaches the figure: a key the schema lets through and the planner drops
 * draws the figure as if it were not there, silently (xscale, yscale, frameOn and twinx once did). For each key
 * of a panel and of a figure, a config with it is planned against one without; the two must differ (a figure or
 * an error). A key without a sample here fails the test, so that a new key comes with one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load';
import { planFigures } from '../../src/config/plan';
import { FigureSchema, PanelSchema } from '../../src/config/schema';

/** A value for each panel key that changes a figure of relu. */
const PANEL_SAMPLES: Record<string, unknown> = {
  function: 'tanh',
  functions: ['tanh'],
  expr: 'x * 2',
  curves: [{ function: 'tanh' }],
  xscale: 'log',
  yscale: "'log', base=2",
  frameOn: false,
  twinx: true,
  boxAspect: 1,
  subplot: '2, 1, 2',
  subplot2grid: '(2, 2), (1, 1)',
  from: -3,
  to: 3,
  step: 0.5,
  num: 50,
  dtype: 'float64',
  error: true,
  arange: 'numpy',
  param: { negative_slope: 0.2 },
  title: 'T',
  xlabel: 'X',
  ylabel: 'y',
  xlim: [0, 1],
  ylim: [0, 1],
  xticks: [0, 1],
  yticks: [0, 1],
  grid: "True, color='r'",
  color: 'r',
  linewidth: 3,
  alpha: 0.5,
  linestyle: '--',
  fmt: 'r--',
  marker: 'o',
  markersize: 3,
  markevery: 2,
  label: 'L',
  legend: 'lower right',
  axhline: '0',
  axvline: '0',
  hlines: '0, -1, 1',
  vlines: '0, -1, 1',
  axhspan: '0, 1',
  axvspan: '0, 1',
  aspect: 'equal',
  axis: 'off',
  margins: '0',
  x: 'torch.arange(-2.0, 2.0, 0.25)',
  propCycle: "color=['r', 'k'], ls=['-', ':']",
  invertXaxis: true,
  invertYaxis: true,
  minorticks: true,
  annotate: "'a', xy=(0, 0)",
  plot: '[0, 1], [0, 1]',
  scatter: '[0, 1], [0, 1]',
  fillBetween: 'relu, 0',
  text: "0, 0, 'a'",
  set: "title='T'",
  locatorParams: 'nbins=3',
  ticklabelFormat: "style='sci'",
  tickParams: "direction='in'",
  spine: "left, position='zero'",
  xaxis: 'tick_top()',
  yaxis: 'tick_right()',
  grad: true,
};

/** A value for each key a figure has besides a panel's (name aside: every figure has one). */
const FIGURE_SAMPLES: Record<string, unknown> = {
  format: 'svg',
  size: [4, 3],
  dpi: 50,
  transparent: true,
  layout: '2x1',
  tightLayout: true,
  constrainedLayout: true,
  style: 'ggplot',
  fontFile: 'no-such-font.ttf',
  rc: { 'axes.linewidth': 3 },
  def: ['def relu(x): return x * (x > 0) * 2'],
  sharex: true,
  sharey: true,
  alignLabels: 'y',
  suptitle: 'S',
  figtext: "0.5, 0.5, 'a'",
  supxlabel: 'x',
  supylabel: 'y',
  figlegend: "loc='upper left'",
  subplotsAdjust: 'left=0.2',
  bboxInches: 'tight',
  padInches: 0.5,
  savefig: 'dpi=50',
  figure: 'figsize=(4, 3)',
  subplots: 'sharex=True',
  gridspec: '1, 1, left=0.3',
  panels: [{ function: 'tanh' }],
};

/** The figure a config of one figure plans, or the error it gives, as text. */
function planned(figure: Record<string, unknown>): string {
  try {
    const config = parseConfig(JSON.stringify({ figures: [figure] }), 'c.json');
    return JSON.stringify(planFigures(config, 'c.json'));
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
}

function eachKeyReaches(keys: string[], samples: Record<string, unknown>, base: Record<string, unknown>): void {
  const without = planned(base);
  for (const key of keys) {
    it(key, () => {
      assert.ok(Object.hasOwn(samples, key), `no sample value for the config key '${key}' in this test`);
      const withKey = { ...base, [key]: samples[key] };
      // The figure's panels replace its own function: the sample panel is all it draws.
      if (key === 'panels') delete withKey.function;
      assert.notEqual(planned(withKey), without, `the config key '${key}' changes nothing`);
    });
  }
}

describe("every config key reaches the figure: a panel's", () =>
  eachKeyReaches(Object.keys(PanelSchema.shape), PANEL_SAMPLES, { name: 'a', function: 'relu' }));

describe("every config key reaches the figure: a figure's", () =>
  eachKeyReaches(
    Object.keys(FigureSchema.shape).filter((k) => !Object.hasOwn(PanelSchema.shape, k) && k !== 'name'),
    FIGURE_SAMPLES,
    { name: 'a', function: 'relu' },
  ));

describe('title: one call, or a list of them', () => {
  it('plans a list of title calls, and names the item and keyword a mistake is in', () => {
    const list = ["'(a)', loc='left'", 'GELU', { label: 'x Φ(x)', loc: 'right', fontsize: 9 }];
    const [ax] = JSON.parse(planned({ name: 't', function: 'gelu', title: list }))[0].spec.axes;
    assert.deepEqual([ax.title, ...ax.otherTitles.map((t: { text: string }) => t.text)], ['GELU', '(a)', 'x Φ(x)']);
    assert.deepEqual(ax.otherTitles[1].style, { loc: 'right', fontsize: 9 });
    assert.match(
      planned({ name: 't', function: 'gelu', title: ['a', { label: 'b', loc: 'lft' }] }),
      /figures\[0\]\.title\[1\]\.loc: got "lft"; expected one of left, center, right/,
    );
    assert.match(
      planned({ name: 't', function: 'gelu', title: 5 }),
      /figures\[0\]\.title: got 5; expected a text or a mapping or a list/,
    );
  });
});
