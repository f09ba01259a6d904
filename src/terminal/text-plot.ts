/**
 * A figure as text, for a terminal without graphics, a CI log or `--show text`: each axes' curves in Unicode
 * braille cells (2×4 dots a character), framed, with its tick labels, title, axis labels and legend, laid out
 * from the figure's own layout so that limits and ticks are those of the image. Pure: layout in, text out.
 */
import type { AxesLayout, FigureLayout } from '../layout/types';

export interface TextPlotOptions {
  columns: number;
  rows: number;
  /** ANSI colours for the curves (24-bit), as the curve's own colour. */
  color: boolean;
}

/** A character grid with a colour a cell. */
class Grid {
  readonly chars: string[][];
  readonly colors: (string | undefined)[][];
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.chars = Array.from({ length: rows }, () => Array<string>(columns).fill(' '));
    this.colors = Array.from({ length: rows }, () => Array<string | undefined>(columns).fill(undefined));
  }
  put(row: number, col: number, ch: string, color?: string): void {
    if (row < 0 || row >= this.rows || col < 0 || col >= this.columns) return;
    this.chars[row][col] = ch;
    this.colors[row][col] = color;
  }
  write(row: number, col: number, text: string, color?: string): void {
    [...text].forEach((ch, i) => this.put(row, col + i, ch, color));
  }
  toString(useColor: boolean): string {
    return this.chars
      .map((line, r) => {
        let out = '';
        let current: string | undefined;
        line.forEach((ch, c) => {
          const color = useColor ? this.colors[r][c] : undefined;
          if (color !== current) {
            out += color ? ansi(color) : '\x1b[0m';
            current = color;
          }
          out += ch;
        });
        if (current) out += '\x1b[0m';
        return out.replace(/\s+$/, '');
      })
      .join('\n');
  }
}

/** 24-bit foreground colour of a #rrggbb or rgb(a) colour, as the layout writes them; else the terminal's own. */
function ansi(color: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color);
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(color);
  const parts = hex ? hex.slice(1, 4).map((h) => parseInt(h, 16)) : rgb ? rgb.slice(1, 4).map(Number) : undefined;
  return parts ? `\x1b[38;2;${parts.join(';')}m` : '\x1b[0m';
}

/** The bit of each dot of a braille cell, by its row (0–3) and column (0–1): U+2800 plus their sum. */
const DOT_BITS = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
];

/** Where an axes' plot area lies on the grid: its cells, left to right and top to bottom, inclusive. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The text of a figure, fitted to columns × rows characters. */
export function textPlot(layout: FigureLayout, options: TextPlotOptions): string {
  const grid = new Grid(options.columns, options.rows);
  const suptitle = layout.texts[0] && plain(layout.texts[0].text);
  const top = suptitle ? 1 : 0;
  if (suptitle) grid.write(0, Math.max(0, Math.floor((options.columns - suptitle.length) / 2)), suptitle);
  for (const ax of layout.axes) {
    // Each axes takes its share of the grid where its box (with decorations) lies on the page.
    const region = {
      left: Math.round((ax.extent.left / layout.width) * options.columns),
      right: Math.round((ax.extent.right / layout.width) * options.columns) - 1,
      top: top + Math.round((ax.extent.top / layout.height) * (options.rows - top)),
      bottom: top + Math.round((ax.extent.bottom / layout.height) * (options.rows - top)) - 1,
    };
    drawAxes(grid, ax, region);
  }
  // The page's margins are blank rows above and below: only the figure's own lines are printed.
  return `${grid.toString(options.color).replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
}

/** The plot area inside a region, leaving room for the title, tick labels and axis labels. */
export function plotArea(ax: AxesLayout, region: PlotArea): PlotArea {
  const title = ax.texts.some((t) => t.box.bottom <= ax.box.top && !t.vertical) ? 1 : 0;
  const yLabelWidth = Math.max(0, ...ax.yTicks.map((t) => plain(t.label.text).length));
  const xlabel = ax.texts.some((t) => t.box.top >= ax.box.bottom && !t.vertical) ? 1 : 0;
  return {
    left: region.left + yLabelWidth + 1,
    right: region.right,
    top: region.top + title,
    bottom: region.bottom - 1 - (ax.xTicks.length ? 1 : 0) - xlabel,
  };
}

function drawAxes(grid: Grid, ax: AxesLayout, region: PlotArea): void {
  const area = plotArea(ax, region);
  // The frame's left and bottom lines take one cell each; the curves have the cells inside them.
  const cells = { left: area.left + 1, right: area.right, top: area.top, bottom: area.bottom - 1 };
  if (cells.right < cells.left || cells.bottom < cells.top) return;
  const width = (cells.right - cells.left + 1) * 2;
  const height = (cells.bottom - cells.top + 1) * 4;
  const dots = new Map<number, { bits: number; color: string }>();
  const { box } = ax;
  const toDot = (px: number, py: number): [number, number] => [
    Math.round(((px - box.left) / (box.right - box.left)) * (width - 1)),
    Math.round(((py - box.top) / (box.bottom - box.top)) * (height - 1)),
  ];
  const plot = (u: number, v: number, color: string) => {
    if (u < 0 || u >= width || v < 0 || v >= height) return;
    const key = Math.floor(v / 4) * width + Math.floor(u / 2);
    const cell = dots.get(key) ?? { bits: 0, color };
    cell.bits |= DOT_BITS[v % 4][u % 2];
    cell.color = color;
    dots.set(key, cell);
  };
  for (const curve of [...ax.curves].sort((a, b) => a.zorder - b.zorder)) {
    let prev: [number, number] | undefined;
    for (let i = 0; i < curve.px.length; i++) {
      if (!Number.isFinite(curve.px[i]) || !Number.isFinite(curve.py[i])) {
        prev = undefined;
        continue;
      }
      const p = toDot(curve.px[i], curve.py[i]);
      if (curve.noLine || !prev) plot(p[0], p[1], curve.color);
      else line(prev, p, (u, v) => plot(u, v, curve.color));
      prev = p;
    }
  }
  for (const [key, { bits, color }] of dots) {
    const row = cells.top + Math.floor(key / width);
    const col = cells.left + (key % width);
    grid.put(row, col, String.fromCharCode(0x2800 + bits), color);
  }
  drawFrame(grid, ax, area, cells);
}

/** Bresenham's line between two dots, each dot once. */
function line(a: [number, number], b: [number, number], plot: (u: number, v: number) => void): void {
  let [x0, y0] = a;
  const [x1, y1] = b;
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  // A curve leaving the axes far away would otherwise walk millions of dots: the plot clips them anyway.
  for (let steps = 0; steps < 100_000; steps++) {
    plot(x0, y0);
    if (x0 === x1 && y0 === y1) return;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x0 += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y0 += sy;
    }
  }
}

function drawFrame(grid: Grid, ax: AxesLayout, area: PlotArea, cells: PlotArea): void {
  const bottom = area.bottom;
  for (let r = area.top; r < bottom; r++) grid.put(r, area.left, '│');
  for (let c = area.left + 1; c <= area.right; c++) grid.put(bottom, c, '─');
  grid.put(bottom, area.left, '└');
  // A tick goes in the cell of the dot its value maps to, as the curves' points do.
  const height = (cells.bottom - cells.top + 1) * 4;
  const width = (cells.right - cells.left + 1) * 2;
  const rowOf = (pos: number) =>
    cells.top + Math.floor(Math.round(((pos - ax.box.top) / (ax.box.bottom - ax.box.top)) * (height - 1)) / 4);
  const colOf = (pos: number) =>
    cells.left + Math.floor(Math.round(((pos - ax.box.left) / (ax.box.right - ax.box.left)) * (width - 1)) / 2);
  for (const t of ax.yTicks) {
    const row = rowOf(t.pos);
    if (row < area.top || row >= bottom) continue;
    grid.put(row, area.left, '┤');
    grid.write(row, area.left - plain(t.label.text).length, plain(t.label.text));
  }
  let lastEnd = -1;
  for (const t of ax.xTicks) {
    const col = colOf(t.pos);
    if (col <= area.left || col > area.right) continue;
    grid.put(bottom, col, '┬');
    const start = col - Math.floor(plain(t.label.text).length / 2);
    // Labels that would run into the one before are left out, as a crowded axis would overlap them.
    if (start > lastEnd) {
      grid.write(bottom + 1, start, plain(t.label.text));
      lastEnd = start + plain(t.label.text).length;
    }
  }
  const centre = (text: string) => Math.max(area.left, Math.floor((area.left + area.right - text.length) / 2));
  for (const t of ax.texts) {
    if (t.vertical) {
      grid.write(
        area.top - 1 >= 0 ? area.top - 1 : area.top,
        Math.max(0, area.left - plain(t.text).length),
        plain(t.text),
      );
    } else if (t.box.bottom <= ax.box.top) grid.write(area.top - 1, centre(plain(t.text)), plain(t.text));
    else if (t.box.top >= ax.box.bottom) grid.write(bottom + 2, centre(plain(t.text)), plain(t.text));
  }
  drawLegend(grid, ax, area, cells);
}

/** The legend's entries, each a short line in its curve's colour and its label, in the legend's corner. */
function drawLegend(grid: Grid, ax: AxesLayout, area: PlotArea, cells: PlotArea): void {
  const legend = ax.legend;
  if (!legend) return;
  const entries = legend.entries.map((e) => ({ text: `── ${plain(e.label.text)}`, color: e.curve?.color }));
  const width = Math.max(
    ...entries.map((e) => e.text.length),
    (legend.title ? plain(legend.title.text).length : 0) ?? 0,
  );
  const centreX = (legend.box.left + legend.box.right) / 2;
  const right = centreX > (ax.box.left + ax.box.right) / 2;
  const lower = (legend.box.top + legend.box.bottom) / 2 > (ax.box.top + ax.box.bottom) / 2;
  const lines = [...(legend.title ? [{ text: plain(legend.title.text), color: undefined }] : []), ...entries];
  const col = right ? Math.max(cells.left, area.right - width) : cells.left + 1;
  const first = lower ? cells.bottom - lines.length + 1 : cells.top;
  lines.forEach((l, i) => {
    grid.write(first + i, col, ' '.repeat(width + 1));
    grid.write(first + i, col, l.text.slice(0, 2), l.color);
    grid.write(first + i, col + 2, l.text.slice(2));
  });
}

const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  '−': '⁻',
  '+': '⁺',
};

/**
 * A text's math as a terminal shows it: log tick labels' '$\mathdefault{10^{-2}}$' as 10⁻², '\times' as ×, the
 * dollars dropped; other commands keep their names. Written here: the terminal needs only these few.
 */
export function plain(text: string): string {
  if (!text.includes('$')) return text;
  return text.replace(/\$([^$]*)\$/g, (_, math: string) =>
    math
      .replace(/\\mathdefault\{((?:[^{}]|\{[^{}]*\})*)\}/g, '$1')
      .replace(/\^\{([^{}]*)\}/g, (whole: string, exp: string) =>
        [...exp].every((c) => SUPERSCRIPTS[c]) ? [...exp].map((c) => SUPERSCRIPTS[c]).join('') : whole,
      )
      .replace(/\\times/g, '×')
      .replace(/\\cdot/g, '·'),
  );
}
