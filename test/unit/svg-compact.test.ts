import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { compactSvg } from '../../src/render/targets/svg-compact';
import { renderFigure } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10pt" height="10pt" viewBox="0 0 10 10" version="1.1">\n<defs>\n';
const FILL = ' stroke:none;fill-rule:nonzero;fill:rgb(0%,0%,0%);fill-opacity:1;';

/** A glyph as Cairo writes it: absolute page coordinates, a cubic that is an elevated quadratic. */
function glyph(x: number, y: number): string {
  // Quadratic (0,0) q(3,0) (3,3), elevated: c1 = 2/3 q, c2 = p + 2/3 (q - p).
  const f = (v: number) => v.toFixed(6);
  return `<path style="${FILL}" d="M ${f(x)} ${f(y)} C ${f(x + 2)} ${f(y)} ${f(x + 3)} ${f(y + 1)} ${f(x + 3)} ${f(y + 3)} L ${f(x)} ${f(y + 3)} Z M ${f(x)} ${f(y)} "/>`;
}

/** Every drawn point of a compacted document's glyphs, back in page coordinates (defs applied at each use). */
function expandUses(svg: string): number[][] {
  const defs = new Map(
    [...svg.matchAll(/<path id="(g\d+)" transform="scale\(([\d.]+)\)" d="([^"]*)"/g)].map((m) => [
      m[1],
      { k: Number(m[2]), d: m[3] },
    ]),
  );
  return [...svg.matchAll(/<use xlink:href="#(g\d+)" x="([\d.-]+)" y="([\d.-]+)"/g)].map((m) => {
    const { k, d } = defs.get(m[1])!;
    const [x0, y0] = [Number(m[2]), Number(m[3])];
    const out: number[] = [];
    let [cx, cy] = [0, 0];
    for (const [, op, args] of d.matchAll(/([mlqcz])([^mlqcz]*)/g)) {
      const v = (args.match(/-?\d+/g) ?? []).map(Number);
      if (op === 'z') continue;
      for (let i = 0; i < v.length; i += 2) out.push(x0 + (cx + v[i]) * k, y0 + (cy + v[i + 1]) * k);
      [cx, cy] = [cx + v[v.length - 2], cy + v[v.length - 1]];
    }
    return out;
  });
}

describe('compact SVG', () => {
  it('defines a glyph once and places it at each of its positions, to Cairo’s precision', () => {
    const out = compactSvg(`${HEAD}</defs>\n<g id="surface1">\n${glyph(1, 2)}\n${glyph(5.25, 2)}\n</g>\n</svg>\n`);
    assert.equal(out.match(/<path id="g\d+"/g)?.length, 1);
    assert.equal(out.match(/<use /g)?.length, 2);
    const [a, b] = expandUses(out);
    // By hand: the quadratic's control point (x + 3, y) and its end (x + 3, y + 3), then the line to (x, y + 3).
    const want = (x: number, y: number) => [x + 0, y + 0, x + 3, y, x + 3, y + 3, x, y + 3];
    a.forEach((v, i) => assert.ok(Math.abs(v - want(1, 2)[i]) <= 1 / 256, `${v} ${want(1, 2)[i]}`));
    b.forEach((v, i) => assert.ok(Math.abs(v - want(5.25, 2)[i]) <= 1 / 256, `${v} ${want(5.25, 2)[i]}`));
    assert.match(out, /q768 0 768 768/); // 3 pt is 768 units; a quadratic, not the cubic's six numbers
    assert.ok(XMLValidator.validate(out) === true);
  });
  it('keeps a cubic that is no elevated quadratic as a cubic', () => {
    const d = 'M 1 1 C 2 1 4 2 4 4 Z M 1 1 ';
    const out = compactSvg(`${HEAD}</defs>\n<path style="${FILL}" d="${d}"/>\n</svg>\n`);
    assert.match(out, /c256 0 768 256 768 768/);
  });
  it('drops a clip a line lies inside, keeps one that trims its caps', () => {
    const clip = (id: number, d: string) => `<clipPath id="clip${id}">\n  <path d="${d}"/>\n</clipPath>\n`;
    const line = (id: number, d: string) =>
      `<g clip-path="url(#clip${id})" clip-rule="nonzero">\n<path style="fill:none;stroke-width:0.8;stroke-linecap:square;stroke:rgb(0%,0%,0%);" d="${d}"/>\n</g>`;
    const svg =
      `${HEAD}${clip(1, 'M 0 0 L 10 0 L 10 10 L 0 10 Z M 0 0')}${clip(2, 'M 0 2 L 10 2 L 10 8 L 0 8 Z M 0 2')}</defs>\n` +
      `${line(1, 'M 5 2 L 5 8 ')}\n${line(2, 'M 5 2 L 5 8 ')}\n</svg>\n`;
    const out = compactSvg(svg);
    assert.doesNotMatch(out, /clip1/);
    assert.match(out, /<clipPath id="clip2">/);
    assert.match(out, /url\(#clip2\)/);
  });
  it("writes Cairo's percent colours as hex and leaves SVG's defaults out", () => {
    const out = compactSvg(
      `${HEAD}</defs>\n<path style="fill:none;stroke-width:1;stroke-linejoin:miter;stroke:rgb(69.019608%,69.019608%,69.019608%);stroke-opacity:1;" d="M 1 1 L 2 2 "/>\n</svg>\n`,
    );
    assert.match(out, /style="fill:none;stroke-width:1;stroke:#b0b0b0;"/); // 69.019608 % of 255 is 176, b0
  });
  it("a figure's SVG: valid XML, every use's glyph defined, every clip used", () => {
    const svg = Buffer.from(
      renderFigure(buildFigure({ panels: [{ curves: [{ function: 'gelu' }], title: 'GELU and gelu' }] }), 'svg'),
    ).toString();
    assert.equal(XMLValidator.validate(svg), true);
    const defined = new Set([...svg.matchAll(/<path id="(g\d+)"/g)].map((m) => m[1]));
    for (const m of svg.matchAll(/xlink:href="#(g\d+)"/g)) assert.ok(defined.has(m[1]), m[1]);
    for (const m of svg.matchAll(/<clipPath id="(clip\d+)">/g)) assert.ok(svg.includes(`url(#${m[1]})`), m[1]);
    assert.ok(svg.match(/<use /g)!.length > new Set(svg.match(/#g\d+/g)).size, 'some glyphs used more than once');
  });
});

describe("rc svg.fonttype 'none'", () => {
  const fig = (rc: Record<string, string>) =>
    buildFigure({ rc, panels: [{ curves: [{ function: 'relu' }], title: 'a < b & "c"', xlabel: 'x', ylabel: 'y' }] });
  it('writes each plain text as a <text> element in its font, size and colour, escaped; no glyph outlines', () => {
    const svg = Buffer.from(renderFigure(fig({ 'svg.fonttype': 'none' }), 'svg')).toString();
    assert.equal(XMLValidator.validate(svg), true);
    assert.match(
      svg,
      /<text [^>]*text-anchor="middle" style="font-family:'DejaVu Sans';font-size:12px;[^"]*">a &lt; b &amp; &quot;c&quot;<\/text>/,
    );
    assert.match(svg, /<text [^>]*transform="rotate\(-90 [^"]*\)"[^>]*>y<\/text>/); // the y label, read upwards
    assert.match(svg, />−1<\/text>|>0<\/text>/); // tick labels
    assert.doesNotMatch(svg, /<use /);
  });
  it("is SVG's alone: the default and PNG are drawn as before", () => {
    assert.doesNotMatch(Buffer.from(renderFigure(fig({}), 'svg')).toString(), /<text /);
    const png = (rc: Record<string, string>) => Buffer.from(renderFigure(fig(rc), 'png'));
    assert.ok(png({ 'svg.fonttype': 'none' }).equals(png({})));
  });
});
