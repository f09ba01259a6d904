/**
 * rcParams given by name that the figure does not use. The document's figures say their size, line widths,
 * colours and grid themselves, as their scripts do (figure-rc.ts), so `--rc figure.figsize=6,4` on one of
 * them changes nothing; matplotlib would take a script's word as silently, but here the script is actplot's,
 * and the user should learn why the option did nothing and what does it.
 */
import type { FigureRc } from './figure-rc';
import type { FigureOptions } from './options';
import type { AdvisedOption, AdvisingWarning, FigureSpec } from './types';

interface Unused {
  key: 'figure.figsize' | 'lines.linewidth' | 'axes.prop_cycle' | 'axes.grid';
  /** Whether the figure as built leaves the rcParam nothing to set. */
  unused(fig: FigureSpec, options: FigureOptions): boolean;
  /** Why, and the option that does it instead, in words with {0} where the option goes. */
  why: (fig: FigureSpec) => string;
  instead: (styled: FigureRc) => { text: string; option: AdvisedOption };
}

const curvesOf = (fig: FigureSpec) => fig.axes.flatMap((ax) => ax.curves);

const UNUSED: Unused[] = [
  {
    key: 'figure.figsize',
    unused: (_fig, o) => o.size === undefined,
    why: (fig) => `the document's figures have their own size (here ${fig.size.join('×')} in), as their scripts say it`,
    instead: ({ rc }) => ({
      text: 'give the size ({0})',
      option: { field: 'size', value: rc['figure.figsize'], cli: rc['figure.figsize'].join('x') },
    }),
  },
  {
    key: 'lines.linewidth',
    unused: (fig, o) => curvesOf(fig).every((c) => c.linewidth !== undefined) && o.panels.every((p) => !p.linewidth),
    why: (fig) => {
      const widths = [...new Set(curvesOf(fig).map((c) => c.linewidth))].join(', ');
      return `every curve has its own width (here ${widths} pt, as the document's scripts draw theirs)`;
    },
    instead: ({ rc }) => ({
      text: 'give it ({0})',
      option: { field: 'linewidth', value: rc['lines.linewidth'], cli: String(rc['lines.linewidth']) },
    }),
  },
  {
    key: 'axes.prop_cycle',
    unused: (fig, o) =>
      fig.axes.every((ax) => !ax.cycled) &&
      curvesOf(fig).every((c) => c.color !== undefined) &&
      o.panels.every((p) => !p.color),
    why: () => "every curve has its own colour (the document's scripts colour theirs)",
    instead: () => ({ text: 'give the colours ({0})', option: { field: 'color' } }),
  },
  {
    key: 'axes.grid',
    unused: (fig, o) =>
      fig.axes.every((ax) => ax.grids?.some((g) => typeof g.visible === 'boolean')) &&
      o.panels.every((p) => p.grid === undefined && p.gridStyle === undefined),
    why: () => "the document's figures call plt.grid(True) themselves",
    instead: ({ rc }) => ({
      text: 'say {0}',
      option: { field: 'grid', value: rc['axes.grid'], cli: rc['axes.grid'] ? 'True' : 'False' },
    }),
  },
];

/**
 * A warning for each rcParam given by name that the figure leaves unused: a figure in the document's style, or
 * `fixed`, the document's figure of several panels, which draws as its script does whatever the style.
 */
export function unusedRcWarnings(
  fig: FigureSpec,
  options: FigureOptions,
  styled: FigureRc,
  fixed?: string,
): AdvisingWarning[] {
  return UNUSED.filter((u) => styled.given.has(u.key) && u.unused(fig, options)).map((u) => {
    const head = `rcParams['${u.key}'] changes nothing in this figure: `;
    const instead = u.instead(styled);
    if (fixed !== undefined) {
      const sized = u.key === 'figure.figsize';
      const size = sized ? `; ${instead.text}` : '';
      return {
        text: `${head}'${fixed}' draws its curves, colours, grid and size as its script does${size}`,
        options: sized ? [instead.option] : [],
      };
    }
    return {
      text: `${head}${u.why(fig)}; ${instead.text}, or use {1}, which leaves them to the rcParams`,
      options: [instead.option, { field: 'style', value: 'matplotlib', cli: 'matplotlib' }],
    };
  });
}
