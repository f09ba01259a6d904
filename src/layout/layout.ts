/**
 * Figure geometry as matplotlib computes it: axes boxes from the subplot grid, limits with 5 % margins,
 * ticks and their labels, title and axis labels, and the legend. Everything in canvas units
 * (pixels for PNG, points for SVG and PDF) with y growing downwards.
 */
import { autoBins } from './ticks';
import type { AxesData } from '../data/evaluate';
import type { FigureSpec } from '../spec';
import { tickSettings } from './tick-settings';
import type { TargetProfile } from './target';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import { cssColor } from '../style/colors';
import { rcRgba, tickStyle } from './axis-style';
import type { Box } from './geometry';
import { gridPlaces, placeBoxes, spanInGrid, subplotParamsOf, type SubplotParams } from '../spec/subplots';
import { shareAxes, singularWarnings } from './sharing';
import { atPixelSize, labelRoom, labelTexts, placeFigureLabels, shiftText, shiftTexts, tightPage } from './page';
import { alignedEdges } from './align-labels';
import { placeLegend } from './legend';
import type { FigureLayout } from './types';
import type { TextMeasurer } from './text';
import { layoutAxes } from './axes-layout';

/* The layout engines, loaded for a figure that asks for them. */
const tightLayout = () => require('./tight') as typeof import('./tight');
const constrainedLayout = () => require('./constrained') as typeof import('./constrained');

export type { AxesLayout, CurveLayout, FigureLayout, GridLayout, Tick } from './types';

export function layoutFigure(
  fig: FigureSpec,
  data: AxesData[],
  target: TargetProfile,
  measure: TextMeasurer,
): FigureLayout {
  const rc = fig.rc ?? DEFAULT_RC;
  const unitsPerInch = target.unitsPerInch(fig.dpi);
  // A raster is whole pixels; a vector page keeps the exact size in points (6.4 inches are 460.8 points), as
  // matplotlib's is: render/targets/ cut it from the whole-point canvas it is drawn on.
  const whole = (v: number) => (target.wholeUnits ? Math.round(v) : v);
  const width = whole(fig.size[0] * unitsPerInch);
  const height = whole(fig.size[1] * unitsPerInch);
  const scale = unitsPerInch / 72;
  // Each axes' place on the grid (a cell, or the span it was given): a twin (ax.twinx()) is in its host's.
  const grid = gridPlaces(fig);
  const { rows, cols, placeOf: cellOf } = grid;
  const measureText = atPixelSize(measure, fig.dpi / unitsPerInch, fig.dpi / 72);
  const pixel = unitsPerInch / fig.dpi;
  // Each axes laid out in its cell (its position before any aspect), the page moved by dx, dy.
  const atCells = (cells: readonly Box[], dx = 0, dy = 0) => {
    const page = { left: dx, top: dy, right: width + dx, bottom: height + dy };
    const moved = (b: Box) => ({ left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy });
    const at = (i: number, aligned?: { x?: number; y?: number }) =>
      layoutAxes(data[i], moved(cells[cellOf[i]]), page, scale, pixel, measureText, rc, shares[i], aligned);
    const laid = data.map((_, i) => at(i));
    if (!fig.alignLabels) return laid;
    // fig.align_labels(): laid out again with each aligned label's edge, its group's (tick labels do not move).
    const edges = alignedEdges(
      laid.map((a, i) => ({ ...grid.places[cellOf[i]], ...a.labelClears })),
      fig.alignLabels,
    );
    return laid.map((a, i) => (edges[i].x === undefined && edges[i].y === undefined ? a : at(i, edges[i])));
  };
  let params: SubplotParams = { ...subplotParamsOf(rc), ...fig.subplotsAdjust, ...fig.gridParams };
  let cells = placeBoxes(grid, width, height, params, fig.gridRatios);
  // Autoscaled when first drawn, at the axes' places before any layout engine moves them (their tick space).
  const tickSpace = (i: number, axis: 'x' | 'y') => {
    const box = cells[cellOf[i]];
    const length = (axis === 'x' ? box.right - box.left : box.bottom - box.top) / scale;
    const locating = tickSettings(data[i].spec.tickParams ?? [], rc).locatingRc;
    const labelPoints = tickStyle(locating, axis, scale).labelPoints;
    return autoBins(length, labelPoints, axis);
  };
  const share = { x: fig.sharex ?? 'none', y: fig.sharey ?? 'none' };
  const shares = shareAxes(data, { rows, cols }, share, rc, (i) => spanInGrid(grid.places[cellOf[i]], grid), tickSpace);
  let axes = atCells(cells);
  const engine = fig.constrainedLayout;
  const figureLabels = (dy = 0, textDy = 0) =>
    placeFigureLabels(fig, width, height, scale, rc, measureText, dy, textDy);
  let labels = figureLabels();
  let texts = labelTexts(labels);
  const warnings: string[] = singularWarnings(shares);
  if (fig.tightLayout) {
    // As plt.tight_layout(): measured once at the default positions, then laid out again at the new ones.
    const { perCell, TIGHT_NOT_APPLIED, tightSubplotParams } = tightLayout();
    const spans = grid.places.map((p) => spanInGrid(p, grid));
    // Each axes' margins from its cell, its position before any aspect shrank it (get_position(original=True)).
    const measured = axes.map((a, i) => ({ box: cells[cellOf[i]], extent: a.extent }));
    const placed = perCell(measured, cellOf).flatMap((a, k) => (a ? [{ ...spans[k]!, ...a }] : []));
    const inches = { widthInches: fig.size[0], heightInches: fig.size[1], fontSize: rc['font.size'] };
    const room = labelRoom(labels);
    const at = fig.tightLayout.dpi;
    // Grids of rows (columns) that are not multiples of one another: matplotlib warns and leaves the figure.
    const undivided = grid.places.find((p) => !spanInGrid(p, grid));
    const tight = undivided
      ? {
          notApplied:
            undivided.grid[0] !== rows && rows % undivided.grid[0] ? ('gridRows' as const) : ('gridCols' as const),
        }
      : at !== undefined && at !== fig.dpi
        ? paramsAtDpi(fig, at, data, target, measure)
        : tightSubplotParams(placed, { rows, cols }, { width, height, ...inches }, fig.tightLayout, params, room);
    if ('notApplied' in tight) warnings.push(TIGHT_NOT_APPLIED[tight.notApplied]);
    else {
      // The grid's own parameters (gridspec_kw) stay over what tight_layout sets on the figure.
      params = { ...tight, ...fig.gridParams };
      cells = placeBoxes(grid, width, height, params, fig.gridRatios);
      axes = atCells(cells);
    }
  }
  if (engine) {
    // Only the labels the layout moved (autopos) take room from the grid (make_margin_suptitles).
    const room = labelRoom(labels, fig);
    const figure = { width, height, widthInches: fig.size[0], heightInches: fig.size[1] };
    const { CONSTRAINED_COLLAPSED, constrainedPasses } = constrainedLayout();
    const done = constrainedPasses(cells, axes, { rows, cols }, figure, engine, room, atCells);
    if (done) ({ cells, axes } = done);
    else warnings.push(CONSTRAINED_COLLAPSED);
  }
  // fig.legend(): every axes' labelled lines and bands, placed on the figure (drawn after the axes).
  const figureLegend = (dx = 0, dy = 0) => {
    const spec = fig.figureLegend;
    if (!spec) return undefined;
    const page = { left: dx, top: dy, right: width + dx, bottom: height + dy };
    return placeLegend(axes, spec.loc, page, scale, measureText, rc, spec.style);
  };
  let legend = figureLegend();
  for (const l of [...axes, ...axes.map((a) => a.legend), legend]) {
    for (const w of l?.warnings ?? []) if (!warnings.includes(w)) warnings.push(w);
  }
  const pad = fig.bboxInches ? fig.bboxInches.pad * unitsPerInch : 0;
  const page = fig.bboxInches ? tightPage(axes, texts, pad, target, legend ? [legend.box] : []) : undefined;
  if (page) {
    axes = atCells(cells, page.dx, page.dy);
    labels = figureLabels(page.dy, page.textDy);
    texts = labelTexts(labels);
    for (const t of texts) shiftText(t, page.dx, 0, true);
    if (page.textDy) for (const ax of axes) shiftTexts(ax, page.textDy);
    legend = figureLegend(page.dx, page.dy);
  }
  return {
    width: page?.width ?? width,
    height: page?.height ?? height,
    scale,
    pixel,
    textAsGlyphs: target.textAsGlyphs,
    widenHairlines: target.widenHairlines,
    curveThinning: target.curveThinningPx * pixel,
    snapGlyphs: target.snapGlyphs,
    glyphNudge: target.glyphNudgePx * pixel,
    dashTilt: target.dashTiltPx * pixel,
    transparent: !!fig.transparent,
    ...pageFace(fig, rc),
    axes,
    texts,
    ...(legend && { legend }),
    ...(warnings.length && { warnings }),
    subplotParams: params,
  };
}

/**
 * plt.tight_layout() before savefig(dpi=...) at another: the subplot parameters it finds measuring the figure
 * at its own dpi (matplotlib's canvas then), which the save keeps; or why it found none.
 */
function paramsAtDpi(
  fig: FigureSpec,
  dpi: number,
  data: AxesData[],
  target: TargetProfile,
  measure: TextMeasurer,
): SubplotParams | { notApplied: keyof ReturnType<typeof tightLayout>['TIGHT_NOT_APPLIED'] } {
  const atOwn: FigureSpec = { ...fig, dpi, tightLayout: { ...fig.tightLayout!, dpi: undefined } };
  const own = layoutFigure(atOwn, data, target, measure);
  const { TIGHT_NOT_APPLIED } = tightLayout();
  const refused = (Object.keys(TIGHT_NOT_APPLIED) as (keyof typeof TIGHT_NOT_APPLIED)[]).find((k) =>
    own.warnings?.includes(TIGHT_NOT_APPLIED[k]),
  );
  return refused ? { notApplied: refused } : own.subplotParams;
}

/**
 * The figure's background (savefig.facecolor, else figure.facecolor; none for figure(frameon=False)), and
 * whether the saved page keeps an alpha channel because of it or of savefig(transparent=True).
 */
function pageFace(fig: FigureSpec, rc: Rc): Pick<FigureLayout, 'facecolor' | 'seeThrough'> {
  if (fig.frameon === false) return { seeThrough: true };
  const face = rcRgba(rc, rc['savefig.facecolor'] === 'auto' ? rc['figure.facecolor'] : rc['savefig.facecolor']);
  return { facecolor: cssColor(face), seeThrough: !!fig.transparent || face.a < 1 };
}
