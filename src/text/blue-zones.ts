/**
 * Blue zones as FreeType's autohinter measures them for a script (af_latin_metrics_init_blues): for each of the
 * script's blue strings, each character's highest (or lowest) point is a flat extremum when an upright run of
 * the outline ends on it, a round one otherwise (a bowl's top, between control points); the zone's reference is
 * the median flat height, its overshoot the median round one. Greek glyphs are hinted with Greek zones, which
 * sit elsewhere than Latin's (DejaVu's Greek small letters have no flat tops: their zone is their round height).
 */
import type { GlyphMetrics } from './font-metrics';
import type { BlueZone } from './glyph-runs';

/** FreeType's Greek blue strings (afblue.dat) and which edge each measures; the x-height zone first. */
const GREEK = {
  xHeight: 'αειοπστω',
  zones: [
    ['ΓΒΕΖΘΟΩ', 'top'],
    ['ΒΔΖΞΘΟ', 'bottom'],
    ['βθδζλξ', 'top'],
    ['αειοπστω', 'top'],
    ['αειοπστω', 'bottom'],
    ['βγημρφχψ', 'bottom'],
  ] as [string, 'top' | 'bottom'][],
};

/** Whether FreeType hints a character with its Greek style (the Greek and Coptic, and Greek Extended blocks). */
export const isGreek = (ch: string) => {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x1f00 && cp <= 0x1fff);
};

/** A character's extreme height in font units and whether it is round; undefined without outline. */
function extremum(m: GlyphMetrics, ch: string, edge: 'top' | 'bottom'): { y: number; round: boolean } | undefined {
  const points = m.outline(ch);
  if (!points?.length) return undefined;
  const ys = points.map((p) => p.y);
  const y = edge === 'top' ? Math.max(...ys) : Math.min(...ys);
  // Each point's neighbours on its contour.
  const starts: number[] = [];
  let start = 0;
  points.forEach((p, i) => {
    starts[i] = start;
    if (p.end) start = i + 1;
  });
  const ends = points.map((_, i) => {
    let j = i;
    while (!points[j].end && j < points.length - 1) j++;
    return j;
  });
  const at = points.map((_, i) => i).filter((i) => Math.abs(points[i].y - y) <= 1);
  if (at.some((i) => !points[i].on)) return { y, round: true };
  const flat = at.some((i) => {
    const prev = i === starts[i] ? ends[i] : i - 1;
    const next = i === ends[i] ? starts[i] : i + 1;
    return [prev, next].some((j) => points[j].on && Math.abs(points[j].y - y) <= 1);
  });
  return { y, round: !flat };
}

/** The zone of a blue string: medians of the flat and the round extrema, the overshoot kept on its side. */
function zoneOf(m: GlyphMetrics, chars: string, edge: 'top' | 'bottom'): BlueZone | undefined {
  const found = Array.from(chars)
    .map((c) => extremum(m, c, edge))
    .filter((e) => e !== undefined);
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
  const flats = found.filter((e) => !e.round).map((e) => e.y);
  const rounds = found.filter((e) => e.round).map((e) => e.y);
  if (!flats.length && !rounds.length) return undefined;
  let ref = flats.length ? median(flats) : median(rounds);
  let shoot = rounds.length ? median(rounds) : ref;
  if (edge === 'top' ? shoot < ref : shoot > ref) ref = shoot = (ref + shoot) / 2;
  return { flat: ref, overshoot: shoot };
}

/** A face's Greek zones and its Greek x-height zone; undefined when the face has no Greek letters. */
export function greekZones(m: GlyphMetrics): { zones: BlueZone[]; xHeight: BlueZone } | undefined {
  const xHeight = zoneOf(m, GREEK.xHeight, 'top');
  if (!xHeight) return undefined;
  const zones = GREEK.zones.map(([chars, edge]) => zoneOf(m, chars, edge)).filter((z) => z !== undefined);
  return { zones, xHeight };
}
