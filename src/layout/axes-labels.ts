/**
 * An axes' title and axis labels as Axes.set_title, set_xlabel and set_ylabel place them: the rc's sizes, faces,
 * colours, locations and pads, under each call's own keywords (title(..., fontsize=16, loc='left', pad=12)).
 */
import type { AxesSpec, LabelStyle } from '../spec';
import { faceFor } from '../style/fonts';
import type { FontFace } from '../style/font-faces';
import { fontPoints, type Rc } from '../style/rcparams';
import { rcColor, textColors, textFaces } from './axis-style';
import type { Box } from './geometry';
import { shiftText } from './page';
import {
  placeAnchoredText,
  placeText,
  placeVerticalText,
  rotatedPlacer,
  type PlacedText,
  type TextMeasurer,
} from './text';

/**
 * Where the labels go: the top of what is above the axes (tick labels on top), below the x tick labels, left
 * of the y ones.
 */
export interface LabelEdges {
  labelsTop: number;
  xLabelTop: number;
  yLabelRight: number;
  /** A y label on the right (set_label_position('right')): the right edge of what is right of the axes. */
  yLabelLeft?: number;
  /** An x label on top (set_label_position('top')): the top edge of what is above the axes, the title aside. */
  xLabelBottom?: number;
}

/** Where a loc ('left'/'bottom', 'center', 'right'/'top') puts a label between an axis's two ends. */
const along = (loc: string, from: number, to: number) =>
  loc === 'left' || loc === 'bottom' ? from : loc === 'right' || loc === 'top' ? to : (from + to) / 2;

export function placeAxesLabels(
  spec: AxesSpec,
  box: Box,
  edges: LabelEdges,
  scale: number,
  rc: Rc,
  measure: TextMeasurer,
): { title?: PlacedText; otherTitles: PlacedText[]; xlabel?: PlacedText; ylabel?: PlacedText } {
  const pt = (v: number) => v * scale;
  const colors = textColors(rc);
  const faces = textFaces(rc);
  const styles = spec.labelStyles ?? {};
  const own = (
    call: 'title' | 'xlabel' | 'ylabel',
    size: number,
    color: string,
    face: FontFace | undefined,
    s: LabelStyle = styles[call] ?? {},
  ) => {
    const weight = rc[call === 'title' ? 'axes.titleweight' : 'axes.labelweight'];
    return {
      size: pt(s.fontsize ?? size),
      // alpha= takes the colour's place in the default colour too (textColors with it).
      color: s.color
        ? rcColor(rc, s.color, s.alpha)
        : s.alpha !== undefined
          ? textColors(rc, s.alpha)[call === 'title' ? 'title' : 'label']
          : color,
      face: s.font ? faceFor(rc, { weight, ...s.font }) : face,
    };
  };
  const rcTitleY = rc['axes.titley'];
  // title(..., loc=...): at the axes' left, centre or right; title(y=...) (or axes.titley): that far up the
  // axes, the pad above it (titleOffsetTrans). The titles at the other places take their own keywords.
  const placeTitle = (text: string, s: LabelStyle) => {
    const look = own('title', fontPoints(rc, rc['axes.titlesize']), colors.title, faces.title, s);
    const loc = (s.loc ?? rc['axes.titlelocation']) as 'left' | 'center' | 'right';
    const y = s.y ?? (rcTitleY === 'None' ? undefined : rcTitleY);
    const bottom = box.bottom - (y ?? 1) * (box.bottom - box.top) - pt(s.pad ?? rc['axes.titlepad']);
    const placed = rotatedPlacer(s.rotation ?? 0)(
      measure,
      text,
      look.size,
      along(loc, box.left, box.right),
      bottom,
      loc,
      'baseline',
      look.color,
      look.face,
    );
    return { placed, auto: y === undefined };
  };
  const titles = [
    ...(spec.title ? [placeTitle(spec.title, styles.title ?? {})] : []),
    ...(spec.otherTitles ?? []).map((t) => placeTitle(t.text, t.style)),
  ];
  const labelSize = fontPoints(rc, rc['axes.labelsize']);
  // set_xlabel(loc=...): at the axes' left, centre or right, aligned that way; below the axes, or above them
  // (set_label_position('top'), its baseline labelpad above what is there).
  const xText = own('xlabel', labelSize, colors.label, faces.label);
  const xAt = (styles.xlabel?.loc ?? rc['xaxis.labellocation']) as 'left' | 'center' | 'right';
  const xPad = pt(styles.xlabel?.pad ?? rc['axes.labelpad']);
  const onTop = edges.xLabelBottom !== undefined;
  // set_label_coords(x, y): at those axes fractions, wherever the tick labels are.
  const xCoords = spec.labelCoords?.x && inAxes(box, spec.labelCoords.x);
  // A hidden axis (Axis.set_visible(False)) takes its label with it.
  const xlabel =
    spec.xlabel && !spec.xaxisHidden
      ? rotatedPlacer(styles.xlabel?.rotation ?? 0)(
          measure,
          spec.xlabel,
          xText.size,
          xCoords?.[0] ?? along(xAt, box.left, box.right),
          xCoords?.[1] ?? (onTop ? edges.xLabelBottom! - xPad : edges.xLabelTop + xPad),
          xAt,
          // XAxis.set_label_position: va 'baseline' on top, 'top' below.
          onTop ? 'baseline' : 'top',
          xText.color,
          xText.face,
        )
      : undefined;
  // A title given its y stays there (set_title sets _autotitlepos False when y or axes.titley is set); else it
  // clears the x axis's box when its label is on top (_update_title_position).
  const clear = onTop && xlabel ? Math.min(edges.labelsTop, xlabel.box.top) : edges.labelsTop;
  raiseTitles(
    titles.filter((t) => t.auto).map((t) => t.placed),
    clear,
    box.top,
  );
  const [title, ...otherTitles] = titles.map((t) => t.placed);
  const ylabel =
    spec.ylabel && !spec.yaxisHidden
      ? placeYLabel(spec.ylabel, styles.ylabel ?? {}, own('ylabel', labelSize, colors.label, faces.label))
      : undefined;
  return { title, otherTitles, xlabel, ylabel };

  /**
   * set_ylabel(loc=...): from the axes' bottom, about their middle, or up to their top, left of the tick labels
   * by labelpad. Its text is aligned there as it would be upright (ha from loc unless given, va 'bottom'), then
   * turned a quarter unless rotation=0 (rotation_mode 'anchor').
   */
  function placeYLabel(text: string, s: LabelStyle, look: ReturnType<typeof own>): PlacedText {
    const at = (s.loc ?? rc['yaxis.labellocation']) as 'bottom' | 'center' | 'top';
    const pad = pt(s.pad ?? rc['axes.labelpad']);
    const right = edges.yLabelLeft !== undefined;
    const coords = spec.labelCoords?.y && inAxes(box, spec.labelCoords.y);
    const x = coords?.[0] ?? (right ? edges.yLabelLeft! + pad : edges.yLabelRight - pad);
    const y = coords?.[1] ?? along(at, box.bottom, box.top);
    const ha = s.ha ?? ({ bottom: 'left', center: 'center', top: 'right' } as const)[at];
    // Turned a quarter about its anchor: 'bottom' leaves it left of x, 'top' (a right label's) right of x.
    const va = s.va ?? (right ? 'top' : 'bottom');
    const angle = s.rotation ?? 90;
    if (angle === 0) return placeText(measure, text, look.size, x, y, ha, va, look.color, look.face);
    if (angle !== 90) return placeAnchoredText(measure, text, look.size, x, y, ha, va, angle, look.color, look.face);
    const upwards = ({ left: 'bottom', center: 'center', right: 'top' } as const)[ha];
    return placeVerticalText(measure, text, look.size, x, y, look.color, look.face, upwards, va);
  }
}

/** A point at fractions of the axes (transAxes), in canvas units (y down). */
const inAxes = (box: Box, [fx, fy]: [number, number]): [number, number] => [
  box.left + fx * (box.right - box.left),
  box.bottom - fy * (box.bottom - box.top),
];

/**
 * Axes._update_title_position: a title whose box reaches below the axes' top, or below tick labels on top, goes
 * up so that its baseline is titlepad above them, and further up by whatever its descent still leaves
 * overlapping (a typeset fraction's depth can pass the pad); then every title is lined up at the highest
 * baseline of them.
 */
function raiseTitles(titles: PlacedText[], labelsTop: number, axesTop: number): void {
  const raised = titles.map((title) => {
    const before = title.box.bottom;
    if (title.box.bottom <= labelsTop) return 0;
    shiftText(title, 0, labelsTop - axesTop); // its anchor from the axes' top to the labels'
    if (title.box.bottom > labelsTop) shiftText(title, 0, labelsTop - title.box.bottom);
    return before - title.box.bottom;
  });
  const highest = Math.max(0, ...raised);
  titles.forEach((title, i) => {
    if (raised[i] < highest) shiftText(title, 0, raised[i] - highest);
  });
}
