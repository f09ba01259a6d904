/** The pipeline in one call: FigureSpec → samples → layout → bytes. */
import { layoutFigure, type FigureLayout } from '../layout/layout';
import { evaluateFigure } from '../data/evaluate';
import { validateFigure, type FigureSpec, type OutputFormat } from '../spec';

export function figureLayout(fig: FigureSpec, format: OutputFormat, options: RenderOptions = {}): FigureLayout {
  validateFigure(fig, format);
  const data = evaluateFigure(fig, options);
  const { canvasMeasurer } = require('./measure') as typeof import('./measure');
  // Vector formats are laid out in points, as matplotlib's SVG and PDF backends lay out at 72 dpi.
  const unitsPerInch = format === 'png' ? fig.dpi : 72;
  return layoutFigure(fig, data, unitsPerInch, (measurer ??= canvasMeasurer()), format);
}

let measurer: import('../layout/text').TextMeasurer | undefined;

export interface RenderOptions {
  /** false: draw every point instead of what each pixel column shows (same picture, memory grows with N). */
  reduce?: boolean;
}

/** Draws a figure and returns the file's bytes. */
export function renderFigure(fig: FigureSpec, format: OutputFormat = 'png', options: RenderOptions = {}): Buffer {
  const layout = figureLayout(fig, format, options);
  const { renderLayout } = require('./backend') as typeof import('./backend');
  return renderLayout(layout, format);
}
