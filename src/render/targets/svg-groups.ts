/**
 * The artists' groups in an SVG (render/groups.ts). Cairo's SVG surface writes what is drawn and nothing else,
 * so each step is drawn as a marker: a square a hundredth of a point wide at the page's corner, half
 * transparent, whose colour is the step's number. Cairo writes each as one line of its own, in drawing order;
 * applyGroups replaces it with the step's <g id="...">, </g> or element, before anything else reads the
 * document. A marker is always drawn outside any clip, so that Cairo writes it whole.
 */
import type { GroupStep } from '../groups';

type Ctx = import('canvas').CanvasRenderingContext2D;

/** The marker of step `index`: 24 bits of colour, alpha 0.5 (Cairo writes 0.498039). */
export function drawGroupMarker(ctx: Ctx, index: number): void {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = `rgba(${(index >> 16) & 255}, ${(index >> 8) & 255}, ${index & 255}, 0.5)`;
  ctx.fillRect(0, 0, 0.01, 0.01);
  ctx.restore();
}

const MARKER =
  /^<path style=" stroke:none;fill-rule:nonzero;fill:rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\);fill-opacity:0\.498039;" d="M 0 0 L 0\.0117188 0 L 0\.0117188 0\.0117188 L 0 0\.0117188 Z M 0 0 "\/>$/;

const channel = (percent: string) => Math.round((Number(percent) * 255) / 100);

/**
 * Cairo's SVG with each marker replaced by its step. Should the markers not come back one for each step, in
 * order (no figure has shown this), the groups are left out rather than written unbalanced (the elements are
 * kept): the document then draws as it would without them.
 */
export function applyGroups(svg: string, steps: readonly GroupStep[]): string {
  const lines = svg.split('\n');
  let next = 0;
  let depth = 0;
  let ok = true;
  const out = lines.map((line) => {
    const m = MARKER.exec(line);
    if (!m) return line;
    const index = (channel(m[1]) << 16) | (channel(m[2]) << 8) | channel(m[3]);
    const step = steps[index];
    if (index !== next++ || !step) ok = false;
    if (!step) return '';
    if ('open' in step) {
      depth++;
      return `<g id="${step.open}">`;
    }
    if ('close' in step) {
      depth--;
      if (depth < 0) ok = false;
      return '</g>';
    }
    return step.element;
  });
  if (ok && next === steps.length && depth === 0) return withBackgroundInside(out).join('\n');
  return lines
    .map((line) => {
      const m = MARKER.exec(line);
      if (!m) return line;
      const step = steps[(channel(m[1]) << 16) | (channel(m[2]) << 8) | channel(m[3])];
      return step && 'element' in step ? step.element : '';
    })
    .join('\n');
}

/**
 * The figure's background into its group: Cairo writes an opaque paint of the whole page as the surface's first
 * element (a <rect> at 0, 0), and drops what was drawn before it, so the figure's group and its patch's are
 * marked after it (decorations.ts, drawFigureStart). The patch's group is then empty; the <rect> moves in.
 */
function withBackgroundInside(lines: string[]): string[] {
  const open = lines.findIndex((l) => l === '<g id="figure_1">');
  if (open < 1 || lines[open + 1] !== '<g id="patch_1">' || lines[open + 2] !== '</g>') return lines;
  const background = lines.slice(0, open).findIndex((l) => /^<rect x="0" y="0" /.test(l));
  if (background < 0 || lines.slice(background + 1, open).some((l) => l.trim())) return lines;
  const rect = lines[background];
  return [...lines.slice(0, background), ...lines.slice(background + 1, open + 2), rect, ...lines.slice(open + 2)];
}
