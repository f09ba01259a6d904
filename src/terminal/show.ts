/** --show: the figure drawn in the terminal, by the protocol asked for or the best the terminal speaks. */
import { figureLayout, renderFigure, type RenderOptions } from '../render/pipeline';
import type { FigureSpec } from '../spec';
import { itermImage, kittyImage, sixelImage } from './images';
import { pngPixels } from '../render/pixels';
import { textPlot } from './text-plot';
import type { ShowProtocol } from './detect';

export interface TerminalInfo {
  columns: number;
  rows: number;
  /** Colours in the text plot. */
  color: boolean;
  /** A character cell in pixels (sixel draws the terminal's own pixels). */
  cell: { width: number; height: number };
}

/** What to write to the terminal for the figure. */
export function showFigure(
  fig: FigureSpec,
  protocol: ShowProtocol,
  term: TerminalInfo,
  options: Pick<RenderOptions, 'onWarning' | 'wordOption'> = {},
): string {
  // One line is left for the prompt that follows.
  const rows = term.rows - 1;
  if (protocol === 'text')
    return textPlot(figureLayout(fig, 'png', options), { columns: term.columns, rows, color: term.color });
  if (protocol === 'sixel') {
    // Drawn at the terminal's size, not scaled after: the figure's own dpi, lowered until it fits.
    const fit = Math.min(
      1,
      (term.columns * term.cell.width) / (fig.size[0] * fig.dpi),
      (rows * term.cell.height) / (fig.size[1] * fig.dpi),
    );
    const { data, width, height } = pngPixels(renderFigure({ ...fig, dpi: fig.dpi * fit }, 'png', options));
    return `${sixelImage(data, width, height)}\n`;
  }
  const png = renderFigure(fig, 'png', options);
  // Wider than the terminal (at 8 pixels a cell or more): shown across its width, as both protocols scale.
  const columns = fig.size[0] * fig.dpi > term.columns * 8 ? term.columns : undefined;
  return `${protocol === 'kitty' ? kittyImage(png, columns) : itermImage(png, columns)}\n`;
}
