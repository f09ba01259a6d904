/**
 * What FreeType's autohinter measures of a face for a script (af_latin_metrics_init_blues, _init_widths): for
 * each of the script's blue strings, each character's highest (or lowest) point is a flat extremum when an
 * upright run of the outline ends on it, a round one otherwise (a bowl's top, between control points); the
 * zone's reference is the median flat height, its overshoot the median round one. And the stem widths of the
 * script's 'o'. Greek letters have zones of their own (DejaVu's Greek small letters have no flat tops).
 */
import type { GlyphMetrics } from './font-metrics';
import type { ScriptMetrics, Zone } from './autohint';

/** The autohinter's modules, loaded only when a face is measured (a start reads the build's measurements). */
const hinter = () => require('./autohint') as typeof import('./autohint');
const analysis = () => require('./autohint/analysis') as typeof import('./autohint/analysis');

/** Whether FreeType hints a character with its Greek style (the Greek and Coptic, and Greek Extended blocks). */
export const isGreek = (ch: string) =>
  inRanges(
    [
      [0x370, 0x3ff],
      [0x1f00, 0x1fff],
    ],
    ch,
  );

/**
 * The characters FreeType's Latin and Greek styles take as marks rather than letters (af_latn_ and
 * af_grek_nonbase_uniranges: accents, combining marks, symbols such as '^' and '~'): hinted without blue zones.
 */
const NON_BASE: [number, number][] = [
  [0x5e, 0x60],
  [0x7e, 0x7e],
  [0xa8, 0xa9],
  [0xae, 0xb0],
  [0xb4, 0xb4],
  [0xb8, 0xb8],
  [0xbc, 0xbe],
  [0x2b9, 0x2df],
  [0x2e5, 0x2ff],
  [0x300, 0x36f],
  [0x37a, 0x37a],
  [0x384, 0x385],
  [0x1ab0, 0x1abe],
  [0x1dc0, 0x1dff],
  [0x1fbd, 0x1fc1],
  [0x1fcd, 0x1fcf],
  [0x1fdd, 0x1fdf],
  [0x1fed, 0x1fef],
  [0x1ffd, 0x1ffe],
  [0x2017, 0x2017],
  [0x203e, 0x203e],
  [0xa788, 0xa788],
  [0xa7f8, 0xa7fa],
];
export const isNonBase = (ch: string) => inRanges(NON_BASE, ch);

/** The blocks FreeType's autohinter hints as Latin (af_latin_uniranges): Latin letters, punctuation, marks. */
const LATIN: [number, number][] = [
  [0x20, 0x7f],
  [0xa0, 0x24f],
  [0x250, 0x36f],
  [0x1d00, 0x1eff],
  [0x2000, 0x20cf],
  [0x2150, 0x218f],
  // Mathematical Alphanumeric Symbols: mathtext's sans, script and double-struck letters in STIX.
  [0x1d400, 0x1d7ff],
];
export const isLatin = (ch: string) => inRanges(LATIN, ch);

/** Whether a character's code point lies in one of the ranges [first, last]. */
function inRanges(ranges: readonly [number, number][], ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** af_latin_metrics_init_blues' ascender and descender: the blue characters' highest and lowest points, and the em. */
function maxHeightOf(m: GlyphMetrics, chars: string): number {
  let most = m.unitsPerEm;
  for (const c of chars) for (const p of m.outline(c) ?? []) most = Math.max(most, Math.abs(p.y));
  return most;
}

/** A character's extreme height in font units and whether it is round; undefined without outline. */
function extremum(m: GlyphMetrics, ch: string, edge: 'top' | 'bottom'): { y: number; round: boolean } | undefined {
  const outline = m.outline(ch);
  if (!outline?.length) return undefined;
  const points = analysis().pointsOf(outline);
  const ys = points.map((p) => p.y);
  const y = edge === 'top' ? Math.max(...ys) : Math.min(...ys);
  const at = points.filter((p) => Math.abs(p.y - y) <= 1);
  if (at.some((p) => !p.on)) return { y, round: true };
  // Flat when an on-curve neighbour on the contour shares the extreme height (an upright run ends there).
  const flat = at.some((p) => [p.prev, p.next].some((j) => points[j].on && Math.abs(points[j].y - y) <= 1));
  return { y, round: !flat };
}

/** The zone of a blue string: medians of the flat and the round extrema, the overshoot kept on its side. */
function zoneOf(m: GlyphMetrics, chars: string, top: boolean): Zone | undefined {
  const found = Array.from(chars)
    .map((c) => extremum(m, c, top ? 'top' : 'bottom'))
    .filter((e) => e !== undefined);
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
  const flats = found.filter((e) => !e.round).map((e) => e.y);
  const rounds = found.filter((e) => e.round).map((e) => e.y);
  if (!flats.length && !rounds.length) return undefined;
  let ref = flats.length ? median(flats) : median(rounds);
  let shoot = rounds.length ? median(rounds) : ref;
  if (top ? shoot < ref : shoot > ref) ref = shoot = (ref + shoot) / 2;
  return { ref, shoot, top };
}

/** FreeType's blue strings (afblue.dat) for Latin and Greek, in its order; the x-height zone flagged. */
const STRINGS: Record<'latin' | 'greek', { chars: string; top: boolean; xHeight?: boolean }[]> = {
  latin: [
    { chars: 'THEZOCQS', top: true },
    { chars: 'HEZLOCUS', top: false },
    { chars: 'fijkdbh', top: true },
    { chars: 'uvxzoesc', top: true, xHeight: true },
    { chars: 'nrxzoesc', top: false },
    { chars: 'pqgjy', top: false },
  ],
  greek: [
    { chars: 'ΓΒΕΖΘΟΩ', top: true },
    { chars: 'ΒΔΖΞΘΟ', top: false },
    { chars: 'βθδζλξ', top: true },
    { chars: 'αειοπστω', top: true, xHeight: true },
    { chars: 'αειοπστω', top: false },
    { chars: 'βγημρφχψ', top: false },
  ],
};

/** A face's metrics for a script as the autohinter measures them; undefined when it has no x-height letters. */
export function scriptMetrics(m: GlyphMetrics, script: 'latin' | 'greek'): ScriptMetrics | undefined {
  const measured = STRINGS[script].map((b) => ({ xHeight: b.xHeight, zone: zoneOf(m, b.chars, b.top) }));
  const xHeight = measured.find((x) => x.xHeight)?.zone;
  if (!xHeight) return undefined;
  return {
    zones: measured.map((x) => x.zone).filter((z) => z !== undefined),
    xHeightShoot: xHeight.shoot,
    widths: hinter().standardWidths(m, script === 'greek' ? 'ο' : 'o'),
    xWidths: hinter().standardWidths(m, script === 'greek' ? 'ο' : 'o', true),
    unitsPerEm: m.unitsPerEm,
    maxHeight: maxHeightOf(m, STRINGS[script].map((b) => b.chars).join('')),
  };
}
