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
import { FIGURE_SAMPLES, PANEL_SAMPLES } from '../helpers/config-samples';

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
