/** The legend box as matplotlib's Legend lays it out: one column of handle + label rows. */
import { LEGEND_LOCATIONS, type LegendLocation, type LegendStyle } from '../spec';
import { RC } from '../style/rc';
import { fontPoints, LEGEND_HANDLE_COLOURS, type Rc } from '../style/rcparams';
import { faceFor } from '../style/fonts';
import { colorInCycle } from '../style/colors';
import { cycleColors } from '../style/cycler';
import { rcColor, textColors } from './axis-style';
import { segmentHitsBox, type Box } from './geometry';
import type { CurveLayout, LegendEntry, LegendLayout, PatchLayout } from './types';
import { placeText, textExtent, type TextMeasurer } from './text';

export type { LegendEntry, LegendLayout } from './types';

/** Legend's scatteryoffsets: a scatter handle's markers this far up the handle, in turn. */
const SCATTER_OFFSETS = [3 / 8, 4 / 8, 2.5 / 8];

/** Anchor of each location code inside the padded axes box: [fraction from left, fraction from top]. */
const ANCHORS: Record<Exclude<LegendLocation, 'best'>, [number, number]> = {
  'upper right': [1, 0],
  'upper left': [0, 0],
  'lower left': [0, 1],
  'lower right': [1, 1],
  right: [1, 0.5],
  'center left': [0, 0.5],
  'center right': [1, 0.5],
  'lower center': [0.5, 1],
  'upper center': [0.5, 0],
  center: [0.5, 0.5],
};

/** The artists one axes lends a legend: its lines (curves, reference lines, segments) and its bands. */
export interface LegendSource {
  curves: readonly CurveLayout[];
  patches: readonly PatchLayout[];
}

export function placeLegend(
  sources: readonly LegendSource[],
  loc: LegendLocation,
  axes: Box,
  scale: number,
  measure: TextMeasurer,
  rc: Rc,
  style: LegendStyle = {},
): LegendLayout {
  // With nothing to show, matplotlib still draws the legend: an empty frame, two border pads across.
  const artists = legendArtists(sources);
  const listed = shownHandles(artists, style.labels);
  const shown = style.reverse ? listed.reverse() : listed;
  const warnings = legendWarnings(shown, artists.filter((a) => a.label !== '_nolegend_').length, style.labels);
  const curves = sources.flatMap((s) => s.curves);
  const patches = sources.flatMap((s) => s.patches);
  const fs = (style.fontsize ?? fontPoints(rc, rc['legend.fontsize'])) * scale;
  // Each keyword given to legend() wins over its rcParam (Legend.__init__'s val_or_rc).
  const L = {
    borderPad: style.borderpad ?? rc['legend.borderpad'],
    labelSpacing: style.labelspacing ?? rc['legend.labelspacing'],
    handleLength: style.handlelength ?? rc['legend.handlelength'],
    handleHeight: style.handleheight ?? rc['legend.handleheight'],
    handleTextPad: style.handletextpad ?? rc['legend.handletextpad'],
    borderAxesPad: style.borderaxespad ?? rc['legend.borderaxespad'],
    columnSpacing: style.columnspacing ?? rc['legend.columnspacing'],
  };
  // The labels in prop's face (legend(prop=...)); the title in the rc's (title_fontproperties is its own).
  const titleFont = faceFor(rc);
  const font = style.font ? faceFor(rc, style.font) : titleFont;
  const extents = shown.map((h) => textExtent(measure, h.label, fs, font));
  const handleHeight = L.handleHeight * fs;
  // Each row aligns the handle's baseline (its bottom) with the text's baseline.
  const rows = extents.map((e) => ({ ascent: Math.max(e.height - e.descent, handleHeight), descent: e.descent }));
  // ncol columns as np.array_split makes them (the first n % ncol one entry longer), side by side with
  // columnspacing between them, their first rows on one baseline (HPacker, align='baseline').
  const ncol = Math.max(1, Math.min(style.ncol ?? 1, shown.length));
  const columns = shown.length ? splitColumns(shown.length, ncol) : [];
  const columnWidths = columns.map(
    (c) => (L.handleLength + L.handleTextPad) * fs + Math.max(...c.map((i) => extents[i].width)),
  );
  const contentWidth = columns.length ? columnWidths.reduce((s, w) => s + w, 0) + L.columnSpacing * fs * (ncol - 1) : 0;
  const firstAscent = Math.max(0, ...columns.map((c) => rows[c[0]].ascent));
  const baselines = rows.map(() => 0);
  const columnHeights = columns.map((c) => {
    let baseline = firstAscent;
    c.forEach((i, k) => {
      if (k) baseline += rows[c[k - 1]].descent + L.labelSpacing * fs + rows[i].ascent;
      baselines[i] = baseline;
    });
    return baseline + rows[c[c.length - 1]].descent;
  });
  const contentHeight = Math.max(0, ...columnHeights);
  // A title over the columns, centred with them in the box (VPacker, align='center'), labelspacing below it.
  // title_fontsize, else legend.title_fontsize; its None: the default font size (font.size), not the legend's.
  const titleRc = rc['legend.title_fontsize'];
  const titleSize = (style.titleFontsize ?? (titleRc === 'None' ? rc['font.size'] : fontPoints(rc, titleRc))) * scale;
  const titleExtent = style.title ? textExtent(measure, style.title, titleSize, titleFont) : undefined;
  const titleBlock = titleExtent ? titleExtent.height + L.labelSpacing * fs : 0;
  const parent = anchorBox(axes, style.anchor);
  // mode='expand': as wide as the anchor box less the pads, the columns spread out to fill it (HPacker's
  // 'expand' packing: equal gaps, the first column at the left).
  const expanded =
    style.mode === 'expand' ? parent.right - parent.left - 2 * (L.borderAxesPad + L.borderPad) * fs : undefined;
  const innerWidth = expanded ?? Math.max(contentWidth, titleExtent?.width ?? 0);
  const columnGap =
    expanded === undefined
      ? L.columnSpacing * fs
      : ncol > 1
        ? (expanded - columnWidths.reduce((s, w) => s + w, 0)) / (ncol - 1)
        : 0;
  const width = 2 * L.borderPad * fs + innerWidth;
  const height = 2 * L.borderPad * fs + titleBlock + contentHeight;
  const box = legendBox(curves, patches, loc, parent, style.corner, width, height, L.borderAxesPad * fs);

  const textColor = textColors(rc).legend;
  const labelColor = labelColors(style.labelcolor ?? rc['legend.labelcolor'], textColor, rc);
  const contentTop = box.top + L.borderPad * fs + titleBlock;
  // The title and the entries, each as wide as it is, lined up by alignment (VPacker's _get_aligned_offsets).
  const alignment = style.alignment ?? 'center';
  const offset = (w: number) =>
    alignment === 'left' ? 0 : alignment === 'right' ? innerWidth - w : (innerWidth - w) / 2;
  const contentLeft = box.left + L.borderPad * fs + (expanded === undefined ? offset(contentWidth) : 0);
  const columnLefts = columnWidths.map(
    (_, c) => contentLeft + columnWidths.slice(0, c).reduce((s, w) => s + w + columnGap, 0),
  );
  const columnOf = (i: number) => columns.findIndex((c) => c.includes(i));
  const scatterpoints = style.scatterpoints ?? rc['legend.scatterpoints'];
  const entries = shown.map((h, i): LegendEntry => {
    const baseline = contentTop + baselines[i];
    const color = labelColor(h.curve?.color ?? h.patch?.face ?? textColor, i);
    // markerfirst=False: label then handle, each row right-aligned in its column (VPacker align='right').
    const labelFirst = style.markerfirst === false;
    const column = columnOf(i);
    const x0 = labelFirst ? columnLefts[column] + columnWidths[column] - L.handleLength * fs : columnLefts[column];
    const x1 = x0 + L.handleLength * fs;
    const label = labelFirst
      ? placeText(measure, h.label, fs, x0 - L.handleTextPad * fs, baseline, 'right', 'baseline', color, font)
      : placeText(measure, h.label, fs, x1 + L.handleTextPad * fs, baseline, 'left', 'baseline', color, font);
    // A scatter's markers sit 3/8, 4/8 and 2.5/8 of the handle up (Legend's scatteryoffsets, tiled), a line's
    // halfway.
    const ys = h.curve?.scatter
      ? Array.from({ length: scatterpoints }, (_, k) => baseline - handleHeight * SCATTER_OFFSETS[k % 3])
      : undefined;
    const entry: LegendEntry = { label, x0, x1, y: ys ? ys[0] : baseline - handleHeight / 2, ...(ys && { ys }) };
    if (h.curve) entry.curve = h.curve;
    // A band's handle: a box handlelength by handleheight, its bottom on the text's baseline (HandlerPatch).
    if (h.patch)
      entry.patch = { layout: h.patch, box: { left: x0, right: x1, top: baseline - handleHeight, bottom: baseline } };
    return entry;
  });
  const face = style.facecolor ?? rc['legend.facecolor'];
  const edge = style.edgecolor ?? rc['legend.edgecolor'];
  const faceColor = face === 'inherit' ? rc['axes.facecolor'] : face;
  const shadow = style.shadow ?? rc['legend.shadow'];
  const numpoints = style.numpoints ?? rc['legend.numpoints'];
  return {
    box,
    frame: style.frameon ?? rc['legend.frameon'],
    // legend.fancybox: the round box ('round,pad=0,rounding_size=0.2'), else a square one.
    radius: (style.fancybox ?? rc['legend.fancybox']) ? RC.legend.roundingSize * fs : 0,
    frameWidth: rc['patch.linewidth'] * scale,
    faceColor: rcColor(rc, faceColor),
    edgeColor: rcColor(rc, edge === 'inherit' ? rc['axes.edgecolor'] : edge),
    // With a shadow the frame is opaque unless framealpha says otherwise (Legend.__init__).
    // legend.framealpha None: no alpha over the colours' own (FancyBboxPatch's alpha=None).
    frameAlpha: style.framealpha ?? (shadow ? 1 : (rc['legend.framealpha'] ?? undefined)),
    ...(shadow && { shadow: shadowOf(rc, faceColor, scale) }),
    markerScale: style.markerscale ?? rc['legend.markerscale'],
    numpoints,
    // HandlerNpoints' marker_pad: 0.3 font sizes in from each end of the handle.
    inset: numpoints > 1 ? 0.3 * fs : 0,
    scatterpoints,
    scatterInset: scatterpoints > 1 ? 0.3 * fs : 0,
    entries,
    ...(warnings.length && { warnings }),
    ...(style.title && {
      title: placeText(
        measure,
        style.title,
        titleSize,
        // A TextArea: its text left-aligned at the box's offset.
        box.left + L.borderPad * fs + offset(titleExtent!.width),
        box.top + L.borderPad * fs,
        'left',
        'top',
        textColor,
        titleFont,
      ),
    }),
  };
}

/**
 * Where the legend's frame goes (Legend._findoffset): at an (x, y) loc, its lower-left corner at that fraction
 * of the anchor box; at a location code, inside the anchor box shrunk by borderaxespad, at that code's side or
 * corner (offsetbox._get_anchored_bbox); at 'best', the first of those that covers no data.
 */
function legendBox(
  curves: CurveLayout[],
  patches: readonly PatchLayout[],
  loc: LegendLocation,
  parent: Box,
  corner: [number, number] | undefined,
  width: number,
  height: number,
  pad: number,
): Box {
  if (corner) {
    const left = parent.left + corner[0] * (parent.right - parent.left);
    const bottom = parent.bottom - corner[1] * (parent.bottom - parent.top);
    return { left, top: bottom - height, right: left + width, bottom };
  }
  // A point as anchor is a box of no size: shrunk by the pad, it turns inside out, which puts the legend a pad
  // away from the point on the side its location names, as matplotlib's Bbox arithmetic does.
  const inner: Box = {
    left: parent.left + pad,
    top: parent.top + pad,
    right: parent.right - pad,
    bottom: parent.bottom - pad,
  };
  const at = (code: Exclude<LegendLocation, 'best'>): Box => {
    const [fx, fy] = ANCHORS[code];
    const left = inner.left + fx * (inner.right - inner.left - width);
    const top = inner.top + fy * (inner.bottom - inner.top - height);
    return { left, top, right: left + width, bottom: top + height };
  };
  return loc === 'best' ? bestBox(curves, at, patches) : at(loc);
}

/** bbox_to_anchor (x, y, width, height in axes fractions, from the bottom left) as a box on the canvas. */
function anchorBox(axes: Box, anchor: [number, number, number, number] | undefined): Box {
  if (!anchor) return axes;
  const [x, y, w, h] = anchor;
  const X = (f: number) => axes.left + f * (axes.right - axes.left);
  const Y = (f: number) => axes.bottom - f * (axes.bottom - axes.top);
  return { left: X(x), right: X(x + w), bottom: Y(y), top: Y(y + h) };
}

/** Each entry's label colour by its place and its handle's colour (legend(labelcolor=...)). */
function labelColors(given: string | string[], text: string, rc: Rc): (own: string, i: number) => string {
  if (Array.isArray(given)) return (_, i) => rcColor(rc, given[i % given.length]);
  if (LEGEND_HANDLE_COLOURS.includes(given)) return (own) => own;
  if (given === 'none') return () => 'rgba(0, 0, 0, 0)';
  const color = given === 'None' ? text : rcColor(rc, given);
  return () => color;
}

/** Shadow(legendPatch, 2, -2): 0.3 of the frame's face colour, alpha 0.5, two points right and down. */
function shadowOf(rc: Rc, face: string, scale: number): { dx: number; dy: number; color: string } {
  const c = colorInCycle(face, cycleColors(rc['axes.prop_cycle']));
  const dark = (v: number) => Math.round(0.3 * v);
  return { dx: 2 * scale, dy: 2 * scale, color: `rgba(${dark(c.r)}, ${dark(c.g)}, ${dark(c.b)}, 0.5)` };
}

/** np.array_split of n entries into ncol columns: the first n % ncol columns one entry longer. */
function splitColumns(n: number, ncol: number): number[][] {
  const base = Math.floor(n / ncol);
  const extra = n % ncol;
  const out: number[][] = [];
  let next = 0;
  for (let c = 0; c < ncol; c++) {
    const size = base + (c < extra ? 1 : 0);
    out.push(Array.from({ length: size }, (_, k) => next + k));
    next += size;
  }
  return out.filter((c) => c.length);
}

/** The locations 'best' tries, in the order of matplotlib's codes 1–10. */
const BEST_ORDER = LEGEND_LOCATIONS.filter((l): l is Exclude<LegendLocation, 'best'> => l !== 'best');

/**
 * matplotlib's 'best' (Legend._find_best_position): the first location covering no data; else the one covering
 * the least, counting every vertex of every line (a reduced curve counts its whole sampling) plus one for each
 * line that crosses the box.
 */
function bestBox(
  all: CurveLayout[],
  at: (code: Exclude<LegendLocation, 'best'>) => Box,
  patches: readonly PatchLayout[],
): Box {
  // Collections (hlines, vlines) count only their offsets, which they have none of; a patch counts once where
  // it overlaps the box (Bbox.count_overlaps).
  const curves = all.filter((c) => c.inBest !== false);
  const boxes = BEST_ORDER.map(at);
  const overlaps = boxes.map((box) => patches.filter((p) => p.inBest !== false && overlap(p.box, box)).length);
  // A scatter has no path to cross the box: its points alone count (_auto_legend_data's offsets).
  const crossing = boxes.map((box) => curves.map((c) => !c.scatter && crosses(c, box)));
  // The first location the drawn points leave free is free of every point: a point strictly inside a box lies
  // within its column's span, which a reduced line draws, so that line would cross the box (to within the
  // pixel of a column's width at the box's sides). Only when no location is free are a reduced curve's whole
  // sampling counted, for all ten boxes in one pass.
  for (const [k, box] of boxes.entries()) {
    if (overlaps[k] === 0 && curves.every((c, i) => !crossing[k][i] && verticesInside(c, box) === 0)) return box;
  }
  const counted = curves.map((c) => c.countInside?.(boxes));
  let best: { badness: number; box: Box } | undefined;
  for (const [k, box] of boxes.entries()) {
    const badness = curves.reduce(
      (s, c, i) => s + (counted[i]?.[k] ?? verticesInside(c, box)) + (crossing[k][i] ? 1 : 0),
      overlaps[k],
    );
    if (!best || badness < best.badness) best = { badness, box };
  }
  return best!.box;
}

/** Whether two boxes overlap, edges touching not counted. */
function overlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** matplotlib's own words (legend._parse_legend_args), logged as it draws an empty legend. */
export const NO_LABELS =
  'No artists with labels found to put in legend.  Note that artists whose label start with an underscore ' +
  'are ignored when legend() is called with no argument.';

/** What Legend warns of: legend() with nothing labelled; each label of legend(labels) that leaves its artist out. */
function legendWarnings(shown: readonly Handle[], artists: number, labels?: readonly string[]): string[] {
  if (!labels) return shown.length ? [] : [NO_LABELS];
  return labels
    .slice(0, artists)
    .filter((l) => l.startsWith('_'))
    .map((l) => `The label '${l}' of a legend entry starts with '_'. It is thus excluded from the legend.`);
}

/** A legend entry's artist: a line or a band. */
interface Handle {
  label: string;
  curve?: CurveLayout;
  patch?: PatchLayout;
}

/**
 * Every artist a legend could list, axes by axes, each axes' lines (a collection once) before its bands (the
 * CLI's order of calls: plots, axhline ... axvspan).
 */
function legendArtists(sources: readonly LegendSource[]): Handle[] {
  return sources.flatMap((s) => [
    ...s.curves.filter((c) => (c.collection?.part ?? 0) === 0).map((curve) => ({ label: curve.label, curve })),
    ...s.patches.map((patch) => ({ label: patch.label, patch })),
  ]);
}

/**
 * The legend's entries. Without labels, the artists whose label does not start with '_'
 * (_get_legend_handles_labels). With legend(labels): as many of the artists as there are labels, labelled or
 * not ('_nolegend_' ones skipped), each with the next label (_parse_legend_args); a label starting with '_'
 * leaves its artist out, as Legend.__init__ does.
 */
function shownHandles(artists: readonly Handle[], labels?: readonly string[]): Handle[] {
  const visible = (h: Handle) => !h.label.startsWith('_');
  if (!labels) return artists.filter((h) => h.label && visible(h));
  return artists
    .filter((h) => h.label !== '_nolegend_')
    .slice(0, labels.length)
    .map((h, i) => ({ ...h, label: labels[i] }))
    .filter(visible);
}

/** Vertices strictly inside the box. */
function verticesInside(c: CurveLayout, b: Box): number {
  let inside = 0;
  for (let i = 0; i < c.px.length; i++) {
    const x = c.px[i],
      y = c.py[i];
    if (x > b.left && x < b.right && y > b.top && y < b.bottom) inside++;
  }
  return inside;
}

/** Whether any segment of the line touches the box (matplotlib's Line2D intersects_bbox, unfilled). */
function crosses(c: CurveLayout, b: Box): boolean {
  for (let i = 1; i < c.px.length; i++) {
    const x = c.px[i];
    if (Number.isFinite(x) && Number.isFinite(c.px[i - 1]) && segmentHitsBox(c.px[i - 1], c.py[i - 1], x, c.py[i], b)) {
      return true;
    }
  }
  return false;
}
