/** The document's figures, as its PyTorch + pyplot scripts draw them, and the default for other functions. */
import { GRID_ON, type AxesSpec, type FigureSpec } from './types';
import { getFunction } from '../functions/registry';

/** The figure names of `actplot gallery`, in the document's order. */
export const DOCUMENT_FIGURES = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'gelu',
  'swish',
  'sigmoid-newfun-tanh-compare',
] as const;

const arange = (from: number, to: number, step: number) =>
  ({ kind: 'arange', from, to, step, dtype: 'float32' }) as const;

/** Axes in the style of the document's scripts, without curves: x over [−7, 7) step 0.01, grid, x label. */
export function styledAxes(): AxesSpec {
  return { curves: [], sampling: arange(-7, 7, 0.01), xlabel: 'x', grids: [GRID_ON], legend: 'upper left' };
}

/** Axes as pyplot draws them with nothing said (the matplotlib style): x as the document samples it, no more. */
export function plainAxes(): AxesSpec {
  return { curves: [], sampling: arange(-7, 7, 0.01), legend: false };
}

/**
 * Axes as PyTorch's docs script draws its activation images (docs/source/scripts/build_activation_images.py):
 * torch.arange(-7, 7, 0.01), plt.grid(color='k', alpha=0.2, linestyle='--'), x and y from -7 to 7, "Input" and
 * "Output"; the title, the module, is set where the curve is known.
 */
export function pytorchDocsAxes(): AxesSpec {
  return {
    curves: [],
    sampling: arange(-7, 7, 0.01),
    grids: [{ ...GRID_ON, style: { color: 'k', alpha: 0.2, linestyle: '--' } }],
    xlim: [-7, 7],
    ylim: [-7, 7],
    xlabel: 'Input',
    ylabel: 'Output',
    legend: false,
  };
}

/** A single-function figure in the style of the document's ReLU script. */
function styled(
  fn: string,
  label: string,
  extra: Partial<AxesSpec> & { size?: [number, number] } = {},
  params?: Record<string, number | string>,
): FigureSpec {
  const { size = [8, 4], ...axes } = extra;
  return {
    size,
    dpi: 100,
    axes: [
      {
        curves: [{ fn, params, label, color: 'blue', linewidth: 2 }],
        sampling: arange(-8, 8, 0.1),
        title: label,
        xlabel: 'x',
        ylabel: label,
        grids: [GRID_ON],
        legend: 'upper left',
        ...axes,
      },
    ],
  };
}

function comparison(): FigureSpec {
  const panel = (fn: string, label: string): AxesSpec => ({
    curves: [
      { fn, label, color: 'blue', linewidth: 2 },
      { fn, derivative: true, label: 'gradient', color: 'green', linewidth: 2 },
    ],
    sampling: arange(-6, 6, 0.1),
    title: label,
    xlabel: 'x',
    ylim: [-1.3, 1.3],
    grids: [GRID_ON],
    legend: 'upper left',
  });
  return {
    size: [15, 4],
    dpi: 100,
    rows: 1,
    cols: 3,
    axes: [panel('sigmoid', 'sigmoid(x)'), panel('newfun', 'newfun(x)'), panel('tanh', 'tanh(x)')],
  };
}

function withLinewidth(fig: FigureSpec, linewidth: number): FigureSpec {
  for (const c of fig.axes[0].curves) c.linewidth = linewidth;
  return fig;
}

const ints = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const DOCUMENT: Record<string, () => FigureSpec> = {
  sigmoid: () =>
    withLinewidth(
      styled('sigmoid', 'sigmoid(x)', {
        size: [16, 2],
        sampling: arange(-6, 6, 0.1),
        ylim: [-0.3, 1.3],
        xticks: ints(-6, 6),
        yticks: [0, 0.25, 0.5, 0.75, 1.0],
        legend: false,
      }),
      1,
    ),
  tanh: () =>
    styled('tanh', 'tanh(x)', {
      size: [14, 4.2],
      sampling: arange(-4, 4, 0.1),
      ylim: [-1.3, 1.3],
      xticks: ints(-6, 6),
      yticks: [-1, -0.5, 0, 0.5, 1],
    }),
  relu: () => styled('relu', 'ReLU(x)'),
  'leaky-relu': () => styled('leaky-relu', 'Leaky-ReLU(x)', {}, { negative_slope: 0.1 }),
  gelu: () => styled('gelu', 'GELU(x)'),
  swish: () => styled('swish', 'Swish(x)'),
  'sigmoid-newfun-tanh-compare': comparison,
};

/** The document's figure called `name`, if the document has one. */
export function documentFigure(name: string): FigureSpec | undefined {
  return Object.hasOwn(DOCUMENT, name) ? DOCUMENT[name]() : undefined;
}

/**
 * The figure `actplot <function>` draws with no options: the document's, else the common style.
 *
 * @example
 *   const bytes = renderFigure(defaultFigure('swiglu'), 'png');
 */
export function defaultFigure(fnName: string): FigureSpec {
  const f = getFunction(fnName);
  const fromDocument = documentFigure(f.name);
  if (fromDocument) {
    return fromDocument;
  }
  return styled(f.name, f.label, { sampling: arange(-7, 7, 0.01) });
}
