/**
 * rc svg.fonttype 'none', as matplotlib writes it: each plain text a <text> element in its font's family,
 * size, weight, style and colour, left for the viewer to draw in its fonts (selectable and searchable, and as
 * the viewer's fonts make it). Each is written where the text is drawn, in its group (render/groups.ts).
 */
import type { PlacedText } from '../../layout/text';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (v: number) => String(Math.round(v * 1000) / 1000);
const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

export function textElement(t: PlacedText): string {
  const face = t.face;
  const style = [
    `font-family:'${face?.family ?? 'DejaVu Sans'}'`,
    `font-size:${num(t.size)}px`,
    ...(face?.weight === 'bold' ? ['font-weight:bold'] : []),
    ...(face?.style === 'italic' ? ['font-style:italic'] : []),
    `fill:${t.color}`,
  ].join(';');
  if (t.angle !== undefined) {
    // From the start of its baseline, turned about it.
    const [x, y] = [num(t.x), num(t.baseline)];
    return `<text x="${x}" y="${y}" transform="rotate(${num(-t.angle)} ${x} ${y})" style="${style}">${escape(t.text)}</text>`;
  }
  if (t.vertical) {
    // Read upwards, centred on the box; its baseline where the box's descent begins (DejaVu's 0.76 em ascent).
    const x = t.box.left + 0.76 * (t.box.right - t.box.left);
    const y = (t.box.top + t.box.bottom) / 2;
    return `<text x="${num(x)}" y="${num(y)}" transform="rotate(-90 ${num(x)} ${num(y)})" text-anchor="middle" style="${style}">${escape(t.text)}</text>`;
  }
  return `<text x="${num(t.x)}" y="${num(t.baseline)}" text-anchor="${ANCHOR[t.align]}" style="${style}">${escape(t.text)}</text>`;
}
