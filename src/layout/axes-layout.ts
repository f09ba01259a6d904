/**
 * One axes laid out in its cell: its box (after any aspect), limits and ticks, tick labels, title and axis
 * labels, spines, curves and artists, legend and notes, in canvas units with y growing downwards. layout.ts
 * places each axes on the figure's grid and runs the layout engines around this.
 */
import { markOf, outwardOn, placeTickLabels, reachOn } from './axis';
import { axisMap, axisTicker } from './axis-ticks';
import { gridLayout } from './grid';
import { curveLayouts, dashesOf } from './lines';
import type { AxesData } from '../data/evaluate';
import type { LegendLocation, Side, TextSpec } from '../spec';
import { tickSettings, type Sides } from './tick-settings';
import { RC } from '../style/rc';
import type { Rc } from '../style/rcparams';
import { rcColor, textFaces, tickStyle } from './axis-style';
import type { Box } from './geometry';
import type { AxesShare } from './sharing';
import { boxWithAspect, limitsForAspect, shrunkToRatio, squareLimits, withAxisOff } from './aspect';
import { fillLayout, spanLayout } from './artists';
import { placeNote } from './notes';
import { placeAxesLabels } from './axes-labels';
import { axesExtents } from './axes-extent';
import { placeLegend } from './legend';
import { layoutSpines } from './spines';
import type { AxesLayout } from './types';
import { placeText, rotatedPlacer, type PlacedText, type TextMeasurer } from './text';

/* annotate()'s placing, loaded for an axes that has annotations. */
const annotations = () => require('./annotations') as typeof import('./annotations');

/** No marks on either side: a hidden axis draws none. */
const NO_MARKS = { near: false, far: false } as const;

/**
 * An axes laid out at `cell` on a page `page` (both in canvas units), with the limits `share` gives it;
 * `aligned`: where fig.align_labels() puts its axis labels' edges.
 */
export function layoutAxes(
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
