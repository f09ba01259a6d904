/**
 * Figure geometry as matplotlib computes it: axes boxes from the subplot grid, limits with 5 % margins,
 * ticks and their labels, title and axis labels, and the legend. Everything in canvas units
 * (pixels for PNG, points for SVG and PDF) with y growing downwards.
 */
import { markOf, outwardOn, placeTickLabels, reachOn } from './axis';
import { axisMap, axisTicker } from './axis-ticks';
import { gridLayout } from './grid';
import { autoBins } from './ticks';
import { curveLayouts, dashesOf } from './lines';
import { type AxesData } from '../data/evaluate';
import type { FigureSpec, LegendLocation, Side, TextSpec } from '../spec';
import { tickSettings, type Sides } from './tick-settings';
import type { TargetProfile } from './target';
import { RC } from '../style/rc';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import { cssColor } from '../style/colors';
import { rcColor, rcRgba, textFaces, tickStyle } from './axis-style';
import type { Box } from './geometry';
import { gridPlaces, placeBoxes, spanInGrid, subplotParamsOf, type SubplotParams } from '../spec/subplots';
import { shareAxes, singularWarnings, type AxesShare } from './sharing';
import { boxWithAspect, limitsForAspect, shrunkToRatio, squareLimits, withAxisOff } from './aspect';
import { atPixelSize, labelRoom, labelTexts, placeFigureLabels, shiftText, shiftTexts, tightPage } from './page';
import { fillLayout, spanLayout } from './artists';
import { placeNote } from './notes';
import { placeAxesLabels } from './axes-labels';
import { axesExtents } from './axes-extent';
import { alignedEdges } from './align-labels';
import { placeLegend } from './legend';
import { layoutSpines } from './spines';
import type { AxesLayout, FigureLayout } from './types';
import { placeText, rotatedPlacer, type PlacedText, type TextMeasurer } from './text';

/* The layout engines and annotate()'s placing, loaded for a figure that asks for them. */
const tightLayout = () => require('./tight') as typeof import('./tight');
const constrainedLayout = () => require('./constrained') as typeof import('./constrained');
const annotations = () => require('./annotations') as typeof import('./annotations');

/** No marks on either side: a hidden axis draws none. */
const NO_MARKS = { near: false, far: false } as const;

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

function layoutAxes(
  d: AxesData,
  cell: Box,
  page: Box,
  scale: number,
  pixel: number,
  measure: TextMeasurer,
  rc: Rc,
  share: AxesShare,
  aligned: { x?: number; y?: number } = {},
): AxesLayout {
  const spec = withAxisOff(d.spec);
  // set_axisbelow() over axes.axisbelow: where the grid and ticks stack.
  const below = spec.axisbelow ?? rc['axes.axisbelow'];
  let { xlim, ylim } = spec.squareLimits ? squareLimits(share.xlim, share.ylim) : share;
  const byBox = spec.aspect !== undefined && spec.aspectAdjustable === undefined;
  const box =
    spec.boxAspect !== undefined
      ? shrunkToRatio(cell, spec.boxAspect)
      : byBox
        ? boxWithAspect(cell, spec.aspect!, xlim, ylim)
        : cell;
  if (spec.aspect !== undefined && share.dataLim) {
    const shared = { x: share.sharedX, y: share.sharedY };
    ({ xlim, ylim } = limitsForAspect(box, spec.aspect, xlim, ylim, share.dataLim, shared));
  }
  const toX = axisMap(xlim, box.left, box.right, spec.xscale);
  const toY = axisMap(ylim, box.bottom, box.top, spec.yscale);
  const pt = (v: number) => v * scale;
  // tick_params: this axes' own tick rcParams, over the figure's; marks or labels turned off.
  const ticks = tickSettings(spec.tickParams ?? [], rc);
  const tickRc = ticks.rc;
  // Labels on the top and right spines as well (labeltop, labelright), as matplotlib's label2 of each tick.
  // A hidden axis (Axis.set_visible(False)) shows no labels, whatever tick_params say.
  const [xShown, yShown] = [!spec.xaxisHidden, !spec.yaxisHidden];
  const asked = ticks.labelsAsked;
  const shownLabels = (labels: Sides): Sides => ({
    bottom: xShown && (share.xTickLabels || asked.bottom) && labels.bottom,
    left: yShown && (share.yTickLabels || asked.left) && labels.left,
    top: xShown && (share.xTopLabels || asked.top) && labels.top,
    right: yShown && (share.yRightLabels || asked.right) && labels.right,
  });
  const show = shownLabels(ticks.labels);
  const { bottom: showX, left: showY, top: showXTop, right: showYRight } = show;
  // labelrotation: tick labels turned, aligned as upright ones by their turned box.
  const [xLabel, yLabel] = [rotatedPlacer(ticks.x.angle), rotatedPlacer(ticks.y.angle)];
  const [xAlign, yAlign] = [ticks.x.align, ticks.y.align];
  const xStyle = tickStyle(tickRc, 'x', scale);
  const yStyle = tickStyle(tickRc, 'y', scale);
  const faces = textFaces(rc);

  const xLength = (box.right - box.left) / scale;
  const yLength = (box.bottom - box.top) / scale;
  const ticksOf = axisTicker(spec, tickRc, rc);
  const locatingRc = ticks.locatingRc;
  const xAxis = ticksOf('x', xlim, xLength, tickStyle(locatingRc, 'x', scale).labelPoints);
  const yAxis = ticksOf('y', ylim, yLength, tickStyle(locatingRc, 'y', scale).labelPoints);
  const spines = layoutSpines(spec, box, toX, toY, scale, rc);
  const xAxisAt = spines.bottom.pos;
  const yAxisAt = spines.left.pos;
  const { xTicks, yTicks, topLabels, rightLabels } = placeTickLabels({
    xAxis,
    yAxis,
    toX,
    toY,
    at: { bottom: xAxisAt, left: yAxisAt, top: spines.top.pos, right: spines.right.pos },
    show: { major: show, minor: shownLabels(ticks.minorLabels) },
    placers: { x: xLabel, y: yLabel },
    align: { x: xAlign, y: yAlign },
    rcAlign: { x: tickRc['xtick.alignment'], y: tickRc['ytick.alignment'] },
    styles: { x: xStyle, y: yStyle },
    face: faces.base,
    measure,
  });
  const texts: PlacedText[] = [...topLabels, ...rightLabels];
  const xLabelsBottom = Math.max(xAxisAt, ...xTicks.map((t) => t.label.box.bottom));
  const yLabelsLeft = Math.min(yAxisAt, ...yTicks.map((t) => t.label.box.left));
  // An axis label also clears the spine's box, which matplotlib pads by the tick length even with no ticks;
  // a spine moved into the axes takes the label with it (XAxis._update_label_position).
  // Marks on the top and right spines too (xtick.top, tick_params(top=True)): the same ticks, mirrored.
  const xMarks = { near: ticks.marks.bottom, far: ticks.marks.top };
  const yMarks = { near: ticks.marks.left, far: ticks.marks.right };
  const xMinorMarks = { near: ticks.minorMarks.bottom, far: ticks.minorMarks.top };
  const yMinorMarks = { near: ticks.minorMarks.left, far: ticks.minorMarks.right };
  const marks = {
    x: markOf(xStyle, xMarks, xMinorMarks, xAxis.minor.map(toX)),
    y: markOf(yStyle, yMarks, yMinorMarks, yAxis.minor.map(toY)),
  };
  // What each axis label clears (align-labels.ts): its side's tick labels and its spine with the marks.
  const extreme = (f: (...v: number[]) => number, shown: boolean, v: number[]) =>
    shown && v.length ? f(...v) : undefined;
  const clears = {
    left: {
      ticks: extreme(
        Math.min,
        showY,
        yTicks.map((t) => t.label.box.left),
      ),
      spine: yAxisAt - outwardOn(marks.y, 'near'),
    },
    right: {
      ticks: extreme(
        Math.max,
        showYRight,
        rightLabels.map((t) => t.box.right),
      ),
      spine: spines.right.pos + outwardOn(marks.y, 'far'),
    },
    bottom: {
      ticks: extreme(
        Math.max,
        showX,
        xTicks.map((t) => t.label.box.bottom),
      ),
      spine: xAxisAt + outwardOn(marks.x, 'near'),
    },
    top: {
      ticks: extreme(
        Math.min,
        showXTop,
        topLabels.map((t) => t.box.top),
      ),
      spine: spines.top.pos - outwardOn(marks.x, 'far'),
    },
  };
  const ySide = spec.yLabelRight ? 'right' : 'left';
  const xSide = spec.xLabelTop ? 'top' : 'bottom';
  const xLabelTop = aligned.x ?? Math.max(xLabelsBottom, xAxisAt + outwardOn(marks.x, 'near'));
  const yLabelRight = aligned.y ?? Math.min(yLabelsLeft, yAxisAt - outwardOn(marks.y, 'near'));
  const offsetPad = pt(RC.offsetTextPad);
  // With the ticks on top (set_ticks_position('top')), the offset goes above the top labels, its bottom there.
  const offsetTop = !!spec.xOffsetTop;
  const topLabelsTop = Math.min(box.top, ...topLabels.map((t) => t.box.top));
  const offsetX =
    xAxis.offset && (offsetTop ? showXTop : showX)
      ? placeText(
          measure,
          xAxis.offset,
          xStyle.labelSize,
          box.right,
          offsetTop ? topLabelsTop - offsetPad : xLabelsBottom + offsetPad,
          'right',
          offsetTop ? 'bottom' : 'top',
          xStyle.labelColor,
          faces.base,
        )
      : undefined;
  // set_offset_position('right') (a twin's, tick_right()'s): the offset on the right, beside the labels there.
  const right = !!spec.yOffsetRight;
  const offsetY =
    yAxis.offset && (right ? showYRight : showY)
      ? placeText(
          measure,
          yAxis.offset,
          yStyle.labelSize,
          right ? box.right : box.left,
          box.top - offsetPad,
          right ? 'right' : 'left',
          'baseline',
          yStyle.labelColor,
          faces.base,
        )
      : undefined;
  for (const t of [offsetX, offsetY]) if (t) texts.push(t);
  const offsets = [...texts];
  // The title clears the top axis's labels and, with the ticks on top, its offset text.
  const labelsTop = Math.min(topLabelsTop, ...(offsetTop && offsetX ? [offsetX.box.top] : []));
  // set_label_position('right'): the y label right of the right tick labels and marks.
  const yLabelLeft = spec.yLabelRight
    ? (aligned.y ?? Math.max(spines.right.pos + outwardOn(marks.y, 'far'), ...rightLabels.map((t) => t.box.right)))
    : undefined;
  // set_label_position('top'): the x label above the top spine's box (its marks) and the top tick labels.
  const xLabelBottom = spec.xLabelTop
    ? (aligned.x ?? Math.min(spines.top.pos - outwardOn(marks.x, 'far'), ...topLabels.map((t) => t.box.top)))
    : undefined;
  const { title, otherTitles, xlabel, ylabel } = placeAxesLabels(
    spec,
    box,
    { labelsTop, xLabelTop, yLabelRight, yLabelLeft, xLabelBottom },
    scale,
    rc,
    measure,
  );
  for (const t of [title, ...otherTitles, xlabel, ylabel]) if (t) texts.push(t);
  // plt.text: at its data point (or the axes' or the figure's fractions), font.size and text.color unless given.
  const at = (t: TextSpec): [number, number] =>
    t.inFigure
      ? [page.left + t.x * (page.right - page.left), page.bottom - t.y * (page.bottom - page.top)]
      : t.inAxes
        ? [box.left + t.x * (box.right - box.left), box.bottom - t.y * (box.bottom - box.top)]
        : [toX(t.x), toY(t.y)];
  const notes = (spec.texts ?? []).map((t) => placeNote(t, at(t), measure, scale, rc, faces.base));
  texts.push(...notes);
  // annotate()'s texts and arrows; annotations.ts and its arrows are loaded for an axes that has one.
  const annotated = spec.annotations?.length
    ? annotations().placeAnnotations(spec.annotations, { box, toX, toY, page, scale, pixel, measure, rc })
    : { texts: [], arrows: [], drawn: [] };
  texts.push(...annotated.texts);

  const curves = curveLayouts(d, box, toX, toY, scale, rc);
  // fill_between's faces come from the patches' own cycle (matplotlib's _get_patches_for_fill), after the
  // scatters' turns (the command line adds those first).
  let fillCycle = d.curves.filter((c) => c.spec.scatter && c.spec.color === undefined).length;
  const patches = [
    ...(d.fills ?? []).map((f) =>
      fillLayout(f, f.spec.facecolor ?? `C${fillCycle++}`, toX, toY, rc, (s, w) => dashesOf(s, w, rc, scale), scale),
    ),
    ...(spec.spans ?? []).map((s) =>
      spanLayout(s, box, toX, toY, scale, rc, (w) => dashesOf(s.linestyle, w, rc, scale)),
    ),
  ];
  const legendLoc: LegendLocation | false = spec.legend ?? false;
  const legend = legendLoc
    ? placeLegend([{ curves, patches }], legendLoc, box, scale, measure, rc, spec.legendStyle)
    : undefined;
  const shown = (side: Side) => spec.spines?.[side]?.visible ?? rc[`axes.spines.${side}`];
  const { extent, bounds } = axesExtents({
    box,
    boxes: [
      ...[...xTicks, ...yTicks].map((t) => t.label.box),
      ...[...topLabels, ...rightLabels, ...offsets, ...notes, ...annotated.texts].map((t) => t.box),
      // An annotation's extent takes in its arrow (Annotation.get_window_extent).
      ...annotated.arrows.map((a) => a.box),
      ...(legend ? [legend.box] : []),
    ],
    titles: title ? [title, ...otherTitles] : [],
    xlabel,
    ylabel,
    spines,
    shown,
    marks: {
      bottom: reachOn(marks.x, 'near'),
      left: reachOn(marks.y, 'near'),
      top: reachOn(marks.x, 'far'),
      right: reachOn(marks.y, 'far'),
    },
    pixel,
  });
  return {
    box,
    extent,
    bounds,
    xlim,
    ylim,
    xTicks,
    yTicks,
    // A hidden axis's marks are not drawn; they still pad its spine's box above (Spine.get_window_extent asks
    // whether the tick's line is visible, which Axis.set_visible leaves).
    ticks: {
      x: xShown ? marks.x : markOf(xStyle, NO_MARKS, NO_MARKS),
      y: yShown ? marks.y : markOf(yStyle, NO_MARKS, NO_MARKS),
    },
    texts,
    roles: {
      top: topLabels,
      right: rightLabels,
      offsetX,
      offsetY,
      xlabel,
      ylabel,
      notes,
      annotations: annotated.drawn,
      title,
      otherTitles,
    },
    grid: gridLayout(spec, scale, rc),
    curves,
    patches,
    legend,
    spines,
    // No background with the axis or the frame off, or the patch hidden (a twin's).
    facecolor:
      spec.axisOff || spec.frameOff || spec.patchHidden
        ? undefined
        : rcColor(rc, spec.facecolor ?? rc['axes.facecolor']),
    gridZorder: below === true ? 0.5 : below === 'line' ? 1.5 : 2.5,
    // A label placed by set_label_coords() is not aligned (its _autolabelpos is off).
    labelClears: {
      ...(!spec.labelCoords?.x && { x: { side: xSide, clears: clears[xSide] } }),
      ...(!spec.labelCoords?.y && { y: { side: ySide, clears: clears[ySide] } }),
    },
    gridAbove: below === false,
    ...((xAxis.warning || yAxis.warning) && {
      warnings: [xAxis.warning, yAxis.warning].filter((w): w is string => !!w),
    }),
  };
}
