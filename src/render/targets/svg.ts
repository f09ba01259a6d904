/** SVG: laid out in points, as matplotlib's SVG backend, and rasterised by viewers such as rsvg. */
import type { Canvas } from 'canvas';
import type { TargetProfile } from '../../layout/target';
import type { GroupStep } from '../groups';
import { compactSvg } from './svg-compact';
import { applyGroups } from './svg-groups';

export const svg: TargetProfile = {
  wholeUnits: false,
  unitsPerInch: () => 72,
  textAsGlyphs: false,
  widenHairlines: false,
  curveThinningPx: 0,
  // Glyph outlines are not hinted by a viewer: each is drawn as FreeType's autohinter leaves it for matplotlib's
  // Agg (text/autohint.ts), every edge on its row, so text keeps the PNG's pixels.
  snapGlyphs: true,
  glyphNudgePx: 0,
  dashTiltPx: 0,
};

export function encodeSvg(canvas: Canvas, width: number, height: number, groups?: readonly GroupStep[]): Buffer {
  // An SVG canvas's toBuffer() gives its SVG document.
  const cairo = canonicalSvg(canvas.toBuffer().toString('utf8'));
  const svg = compactSvg(groups ? applyGroups(cairo, groups) : cairo);
  return Buffer.from(width === canvas.width && height === canvas.height ? svg : pageSize(svg, width, height), 'utf8');
}

/**
 * A page of a size in fractions of a point (savefig(bbox_inches='tight')), cut from the whole-point canvas
 * Cairo draws on: the root's size and view box, from the top left, where the figure is laid out.
 */
function pageSize(text: string, exactWidth: number, exactHeight: number): string {
  const [width, height] = [shortest(exactWidth), shortest(exactHeight)];
  const root = /<svg\b[^>]*>/.exec(text)!;
  const sized = root[0]
    .replace(/\bwidth="[^"]*"/, `width="${width}pt"`)
    .replace(/\bheight="[^"]*"/, `height="${height}pt"`)
    .replace(/\bviewBox="[^"]*"/, `viewBox="0 0 ${width} ${height}"`);
  return text.slice(0, root.index) + sized + text.slice(root.index + root[0].length);
}

/**
 * Cairo numbers SVG surfaces with a counter that runs for the life of the process; renumbering them in order
 * of appearance makes the same figure the same bytes however many were drawn before it.
 */
export function canonicalSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/\bsurface(\d+)\b/g, (_, n: string) => {
    if (!ids.has(n)) ids.set(n, String(ids.size + 1));
    return `surface${ids.get(n)}`;
  });
}

/** A page dimension without float noise (281.96, not 281.9599999999999): a ten-thousandth of a point is plenty. */
function shortest(v: number): string {
  return String(Number(v.toFixed(4)));
}
