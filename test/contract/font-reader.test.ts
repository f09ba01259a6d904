/**
 * The hand-written TrueType reader (src/style/font-file.ts's tables, src/text/font-metrics.ts's numbers) against
 * opentype.js reading the same bundled font: advances, left bearings, outline extents, on-curve point heights
 * and the kern table's pairs. The reader is ours for start-up speed (it reads a tenth of the file, table by
 * table); here it is proven, not trusted.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import * as opentype from 'opentype.js';
import { fontFile } from '../../src/style/font-faces';
import { readGlyphMetrics } from '../../src/text/font-metrics';

const bytes = fs.readFileSync(fontFile());
const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const ours = readGlyphMetrics(fontFile());
const upm = font.unitsPerEm;

/** Printable ASCII and the characters figures use most beyond it: the minus sign, Greek, accents, math. */
const CHARS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...'−σβαλΦπ×·±≤≥≈∞√∂∇∑∫éèüöñçÅØΩθμ€°²³½—–’“”…'.split(''),
];

describe('the TrueType reader agrees with opentype.js on DejaVu Sans', () => {
  it('units per em', () => assert.equal(ours.unitsPerEm, upm));

  it(`advance widths and left bearings of ${CHARS.length} characters`, () => {
    for (const ch of CHARS) {
      const g = font.charToGlyph(ch);
      assert.equal(Math.round(ours.advance(ch) * upm), g.advanceWidth, `advance of ${ch}`);
      assert.equal(Math.round(ours.leftBearing(ch)! * upm), g.leftSideBearing, `left bearing of ${ch}`);
    }
  });

  it('outline extents, on-curve point heights and empty glyphs', () => {
    for (const ch of CHARS) {
      const g = font.charToGlyph(ch);
      g.getPath(); // opentype.js reads a glyph's outline on first use
      const points = (g as unknown as { points?: { y: number; onCurve: boolean }[] }).points ?? [];
      assert.equal(ours.isEmpty(ch), points.length === 0, `empty: ${ch}`);
      if (!points.length) continue;
      const extent = ours.verticalExtent(ch)!.map((v) => Math.round(v * upm));
      assert.deepEqual(extent, [g.yMin, g.yMax], `extent of ${ch}`);
      const heights = ours.pointHeights(ch);
      if (heights === undefined) continue; // a composite glyph (é = e + ´): the reader gives none
      const onCurve = points.filter((p) => p.onCurve).map((p) => p.y);
      assert.deepEqual(
        heights.map((v) => Math.round(v * upm)),
        onCurve,
        `on-curve heights of ${ch}`,
      );
    }
  });

  it("every pair of the kern table that the characters above make (FreeType's kerning, matplotlib's)", () => {
    const pairs = (font as unknown as { kerningPairs: Record<string, number> }).kerningPairs;
    let checked = 0;
    for (const a of CHARS) {
      for (const b of CHARS) {
        const expected = pairs[`${font.charToGlyphIndex(a)},${font.charToGlyphIndex(b)}`] ?? 0;
        assert.equal(Math.round(ours.kerning(a, b) * upm), expected, `kerning ${a}${b}`);
        if (expected) checked++;
      }
    }
    assert.ok(checked > 300, `${checked} kerned pairs checked`);
  });
});
