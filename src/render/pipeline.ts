/** The pipeline in one call: FigureSpec → samples → layout → bytes. */
import { layoutFigure, type FigureLayout } from '../layout/layout';
import { evaluateFigure } from '../data/evaluate';
import { targetOf } from './targets';
import { addFontFile } from '../style/font-faces';
import { validateFigure, validateTightPage, type AdvisedOption, type FigureSpec, type OutputFormat } from '../spec';
import { warningText } from '../spec/warnings';

export function figureLayout(fig: FigureSpec, format: OutputFormat, options: RenderOptions = {}): FigureLayout {
  validateFigure(fig, format);
  return validatedLayout(fig, format, options);
}

/** figureLayout of a figure validateFigure has passed for this format. */
function validatedLayout(fig: FigureSpec, format: OutputFormat, options: RenderOptions): FigureLayout {
  // A figure drawn on a worker thread adds its font files there too (a thread has its own font registry).
  for (const file of fig.fontFiles ?? []) addFontFile(file);
  const data = evaluateFigure(fig, options);
  const layout = layoutFigure(fig, data, targetOf(format).profile, (measurer ??= textMeasurer()));
  if (fig.bboxInches) validateTightPage(format, layout.width, layout.height);
  // What matplotlib would have warned of: reading the options (a style's name, grid()), then laying out.
  const read = [...(fig.warnings ?? []), ...fig.axes.flatMap((ax) => ax.warnings ?? [])];
  for (const w of [...read, ...(layout.warnings ?? [])]) options.onWarning?.(warningText(w, options.wordOption));
  if (format === 'svg' && fig.rc?.['svg.fonttype'] === 'none') layout.svgTextElements = true;
  return layout;
}

let measurer: import('../layout/text').TextMeasurer | undefined;

/**
 * The bundled font's own metrics; Pango (through node-canvas) only for a string the font lacks characters of,
 * mathtext for math.
 */
function textMeasurer(): import('../layout/text').TextMeasurer {
  const { fontMeasurer } = require('../text/measure') as typeof import('../text/measure');
  return fontMeasurer(
    () => (require('./measure') as typeof import('./measure')).canvasMeasurer(),
    // The typesetter is loaded only for a figure with $...$ math in it.
    (text, sizePx, face, pxPerPt) =>
      (require('../mathtext') as typeof import('../mathtext')).mathExtent(text, sizePx, face, pxPerPt),
  );
}

export interface RenderOptions {
  /** false: draw every point instead of what each pixel column shows (same picture, memory grows with N). */
  reduce?: boolean;
  /** Called with each warning matplotlib would give for the figure (tight_layout not applied). */
  onWarning?: (message: string) => void;
  /** How a warning names an option it advises: as a config's key (`size: [6, 4]`) unless given. */
  wordOption?: (option: AdvisedOption) => string;
}

/** Draws a figure and returns the file's bytes. */
export function renderFigure(fig: FigureSpec, format: OutputFormat = 'png', options: RenderOptions = {}): Buffer {
  const layout = figureLayout(fig, format, options);
  const { renderLayout } = require('./backend') as typeof import('./backend');
  return renderLayout(layout, format);
}

/**
 * The bytes of a figure a config's plan has validated for this format (planFigures: a render does not check it
 * twice); a PNG is encoded on libuv's threads, so that a batch draws its next figure meanwhile (the drawing
 * itself happens in this call, before it returns).
 */
export function renderPlannedAsync(
  fig: FigureSpec,
  format: OutputFormat = 'png',
  options: RenderOptions = {},
): Promise<Buffer> {
  try {
    const layout = validatedLayout(fig, format, options);
    const backend = require('./backend') as typeof import('./backend');
    return format === 'png' ? backend.renderPngAsync(layout) : Promise.resolve(backend.renderLayout(layout, format));
  } catch (err) {
    return Promise.reject(err as Error);
  }
}
