/**
 * rc svg.fonttype 'none', as matplotlib writes it: each plain text a <text> element in its font's family,
 * size, weight, style and colour, left for the viewer to draw in its fonts (selectable and searchable, and as
 * the viewer's fonts make it). The elements come after the drawing, over it, as texts are over the lines.
 */
import type { PlacedText } from '../../layout/text';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (v: number) => String(Math.round(v * 1000) / 1000);
const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

function textElement(t: PlacedText): string {
  const face = t.face;
  const style = [
    `font-family:'${face?.family ?? 'DejaVu Sans'}'`,
    `font-size:${num(t.size)}px`,
    ...(face?.weight === 'bold' ? ['font-weight:bold'] : []),
    ...(face?.style === 'italic' ? ['font-style:italic'] : []),
    `fill:${t.color}`,
  ].join(';');
  if (t.vertical) {
    // Read upwards, centred on the box; its baseline where the box's descent begins (DejaVu's 0.76 em ascent).
    const x = t.box.left + 0.76 * (t.box.right - t.box.left);
    const y = (t.box.top + t.box.bottom) / 2;
    return `<text x="${num(x)}" y="${num(y)}" transform="rotate(-90 ${num(x)} ${num(y)})" text-anchor="middle" style="${style}">${escape(t.text)}</text>`;
  }
  return `<text x="${num(t.x)}" y="${num(t.baseline)}" text-anchor="${ANCHOR[t.align]}" style="${style}">${escape(t.text)}</text>`;
}

export function withTextElements(bytes: Buffer, texts: readonly PlacedText[]): Buffer {
  const svg = bytes.toString('utf8');
  const end = svg.lastIndexOf('</svg>');
  const group = `<g id="texts">\n${texts.map(textElement).join('\n')}\n</g>\n`;
  return Buffer.from(svg.slice(0, end) + group + svg.slice(end), 'utf8');
}
