/**
 * The gallery's figures of the LLM activations (`gallery --llm`), in the document's spirit: the GELU variants
 * side by side with their differences from exact GELU, the gated units, and bfloat16's staircases. Each is
 * described as a user would describe it (FigureOptions), so that it is also an example of the options.
 */
import { buildFigure } from './build';
import type { FigureOptions, PanelOptions } from './options';
import type { FigureSpec } from './types';

const fn = (name: string) => ({ function: name });
const expr = (text: string, name: string) => ({ expr: text, name });

/** The GELU approximations of transformers' names, and how far each is from GELU itself. */
const GELU_VARIANTS: FigureOptions = {
  size: [15, 4.5],
  layout: [1, 3],
  tightLayout: true,
  panels: [
    {
      curves: ['gelu', 'gelu_new', 'gelu_fast', 'quick_gelu', 'gelu_10'].map(fn),
      from: -4,
      to: 4,
      step: 0.01,
      title: "transformers' GELU variants",
      xlabel: 'x',
      legend: "loc='upper left'",
    },
    {
      curves: [expr('gelu_new(x) - gelu(x)', 'gelu_new − gelu'), expr('gelu_fast(x) - gelu(x)', 'gelu_fast − gelu')],
      from: -6,
      to: 6,
      step: 0.01,
      title: 'tanh forms − exact GELU',
      xlabel: 'x',
      legend: "loc='best', fontsize=9, title='gelu_new = gelu_pytorch_tanh'",
    },
    {
      curves: [expr('quick_gelu(x) - gelu(x)', 'quick_gelu − gelu')],
      from: -6,
      to: 6,
      step: 0.01,
      title: 'sigmoid form − exact GELU',
      xlabel: 'x',
      legend: "loc='best', fontsize=9",
    },
  ],
};

/** The gated units with both inputs tied to x, and SwiGLU as up is held at three values. */
const GLU_FAMILY: FigureOptions = {
  size: [12, 4.5],
  tightLayout: true,
  panels: [
    {
      curves: ['swiglu', 'geglu', 'reglu', 'glu', 'bilinear', 'swigluoai'].map(fn),
      from: -3,
      to: 3,
      step: 0.01,
      ylim: [-1, 6],
      title: 'gated units, act(x) * x',
      xlabel: 'x (gate = up = x)',
      legend: "loc='upper left'",
    },
    {
      curves: [fn('swiglu')],
      param: { up: '0.5,1,2' },
      from: -6,
      to: 6,
      step: 0.01,
      title: 'SwiGLU, silu(gate) * up',
      xlabel: 'gate',
      legend: "loc='upper left'",
    },
  ],
};

const staircase = (name: string, dtype: 'bfloat16' | 'float64'): PanelOptions => ({
  curves: [fn(name)],
  from: 1.5,
  to: 2.5,
  step: 0.0005,
  dtype,
  title: `${name} in ${dtype}`,
  xlabel: 'x',
});

/** bfloat16's staircase next to float64's curve, and the error of GELU's forms in units in the last place. */
const LOW_PRECISION: FigureOptions = {
  size: [15, 4.5],
  layout: [1, 3],
  tightLayout: true,
  panels: [
    staircase('gelu', 'float64'),
    staircase('gelu', 'bfloat16'),
    {
      curves: [fn('gelu'), fn('gelu_pytorch_tanh')],
      from: -4,
      to: 4,
      step: 0.001,
      dtype: 'bfloat16',
      error: 'ulp',
      title: 'bfloat16 − float64, in ulp',
      xlabel: 'x',
      legend: "loc='best', fontsize=8",
    },
  ],
};

/** The figures by the file names the gallery gives them. */
export function llmFigures(): { name: string; fig: FigureSpec }[] {
  return [
    { name: 'llm-gelu-variants', fig: buildFigure(GELU_VARIANTS) },
    { name: 'llm-glu-family', fig: buildFigure(GLU_FAMILY) },
    { name: 'llm-bfloat16', fig: buildFigure(LOW_PRECISION) },
  ];
}
