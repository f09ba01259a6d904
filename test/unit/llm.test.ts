import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { evaluateFigure } from '../../src/data/evaluate';
import { llmFigures } from '../../src/spec/llm-figures';
import { ACT2CLS } from '../../src/functions/transformers';
import { getFunction } from '../../src/functions/registry';

describe('--param NAME=a,b,c: a family of curves', () => {
  it('draws one curve per value, each labelled with it, in the colour cycle', () => {
    const fig = buildFigure({ panels: [{ curves: [{ function: 'swiglu' }], param: { up: '0.5,1,2' } }] });
    const curves = fig.axes[0].curves;
    assert.deepEqual(
      curves.map((c) => c.label),
      ['SwiGLU(x, up=0.5)', 'SwiGLU(x, up=1)', 'SwiGLU(x, up=2)'],
    );
    assert.ok(curves.every((c) => c.color === undefined));
    assert.equal(fig.axes[0].title, 'SwiGLU(x)');
  });
  it('holds up at each value: silu(x)·up, worked by hand at x = 1', () => {
    const fig = buildFigure({
      panels: [
        { curves: [{ function: 'swiglu' }], param: { up: '0.5,2' }, from: 1, to: 1.5, step: 1, dtype: 'float64' },
      ],
    });
    const [a, b] = evaluateFigure(fig)[0].curves;
    const silu1 = 1 / (1 + Math.exp(-1));
    assert.ok(Math.abs(a.ys[0] - 0.5 * silu1) < 1e-15 && Math.abs(b.ys[0] - 2 * silu1) < 1e-15);
  });
  it('makes a family of any number parameter: swish beta=1,2', () => {
    const fig = buildFigure({ panels: [{ curves: [{ function: 'swish' }], param: { beta: '1,2' } }] });
    assert.deepEqual(
      fig.axes[0].curves.map((c) => c.label),
      ['Swish(x, beta=1)', 'Swish(x, beta=2)'],
    );
  });
});

describe('--dtype and --error in figures', () => {
  it("draws f(x.to(dtype)) against the float32 samples: linear's error is x's rounding, by hand", () => {
    const fig = buildFigure({
      panels: [{ curves: [{ function: 'linear' }], from: 0.1, to: 0.15, step: 0.1, dtype: 'bfloat16', error: 'abs' }],
    });
    const [curve] = evaluateFigure(fig)[0].curves;
    // x = float32(0.1) = 0.100000001490116…; bfloat16 holds 0.10009765625.
    assert.equal(curve.xs[0], Math.fround(0.1));
    assert.equal(curve.ys[0], 0.10009765625 - Math.fround(0.1));
    assert.match(curve.label, /linear\(x\): bfloat16 − float64/);
  });
  it('labels the y axis with the error, unless --ylabel says otherwise', () => {
    const fig = (ylabel?: string) =>
      buildFigure({
        panels: [{ curves: [{ function: 'gelu' }], dtype: 'bfloat16', error: 'ulp', ...(ylabel && { ylabel }) }],
      });
    assert.equal(fig().axes[0].ylabel, 'bfloat16 − float64, in ulp');
    assert.equal(fig('mine').axes[0].ylabel, 'mine');
  });
  it('--error ulp divides by the unit in the last place at f(x): relu at x = 0.1 in float16', () => {
    const fig = buildFigure({
      panels: [{ curves: [{ function: 'relu' }], from: 0.1, to: 0.15, step: 0.1, dtype: 'float16', error: 'ulp' }],
    });
    const [curve] = evaluateFigure(fig)[0].curves;
    // float16 holds 0.1 as 0.0999755859375, in [2^-4, 2^-3): ulp 2^-14.
    assert.equal(curve.ys[0], (0.0999755859375 - Math.fround(0.1)) / 2 ** -14);
  });
});

describe('fill_between in a reduced type', () => {
  it("takes the curves' values in the type, as the lines do", () => {
    const fig = buildFigure({
      panels: [
        { curves: [{ function: 'gelu' }], fillBetween: ['gelu, 0'], from: 1.5, to: 2.5, step: 0.01, dtype: 'bfloat16' },
      ],
    });
    const [axes] = evaluateFigure(fig);
    const [fill] = axes.fills!;
    // Every bound is a bfloat16 value: its float32 bits end in 16 zero bits.
    const bits = new Uint32Array(Float32Array.from(fill.y1).buffer);
    assert.ok(bits.every((b) => (b & 0xffff) === 0));
    assert.deepEqual(Array.from(fill.y1), Array.from(axes.curves[0].ys));
  });
});

describe("gallery --llm's figures", () => {
  it('are three, named as the gallery writes them, each with its panels', () => {
    const figures = llmFigures();
    assert.deepEqual(
      figures.map((f) => f.name),
      ['llm-gelu-variants', 'llm-glu-family', 'llm-bfloat16'],
    );
    assert.deepEqual(
      figures.map((f) => f.fig.axes.length),
      [3, 2, 3],
    );
  });
});

describe("transformers' ACT2CLS", () => {
  it('has its 22 names in its order, each drawing a registered function', () => {
    assert.equal(ACT2CLS.length, 22);
    assert.equal(ACT2CLS[0][0], 'gelu');
    assert.equal(ACT2CLS[21][0], 'xielu');
    for (const [name, fn] of ACT2CLS) {
      const typed = getFunction(name);
      // swish is the document's x·sigmoid(beta·x): at its default beta = 1 the same function as transformers' nn.SiLU.
      if (typed.name !== fn) assert.match(typed.sameAs ?? '', new RegExp(`^${fn}\\b`), name);
    }
  });
});
