/**
 * Text widths and bitmap offsets against matplotlib's own (test/fixtures/text/widths.json, made by
 * scripts/make-text-widths.py from matplotlib 3.6's FT2Font, autohinted at eight times the resolution across):
 * the widths centred and right-aligned texts are placed by. Glyph advances and bearings come from the
 * autohinter's horizontal pass (text/autohint's autohintedAcross); its few remaining differences from FreeType
 * are an eighth of a pixel a glyph.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { aggTextOf } from '../../src/text/agg-text';
import { faceFor } from '../../src/style/fonts';
import { DEFAULT_RC } from '../../src/style/rcparams';

interface Measured {
  text: string;
  weight: 'normal' | 'bold';
  points: number;
  dpi: number;
  width: number;
  offset: number;
}

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/text/widths.json');
const measured = (JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { strings: Measured[] }).strings;
const ours = (m: Measured) => aggTextOf(m.text, (m.points * m.dpi) / 72, faceFor(DEFAULT_RC, { weight: m.weight }))!;

describe("text widths as matplotlib's Agg backend measures them", () => {
  it('lays out every string of the fixture (DejaVu Sans and Sans Bold, 8 to 20 points)', () => {
    assert.equal(measured.length, 480);
    for (const m of measured) assert.ok(ours(m), m.text);
  });
  it("gives most strings matplotlib's width exactly, and every one within half a pixel", () => {
    const off = measured.map((m) => Math.abs(ours(m).width - m.width));
    const exact = off.filter((d) => d === 0).length;
    // 418 of the 480 measured when the horizontal pass was added (224 with the font's advances rounded).
    assert.ok(exact >= 418, `${exact} of ${measured.length} exact`);
    assert.ok(Math.max(...off) <= 0.5, `largest difference ${Math.max(...off)} px`);
  });
  it("puts the bitmap's first column where matplotlib's is, to an eighth of a pixel", () => {
    const off = measured.map((m) => Math.abs(ours(m).xMin - m.offset));
    assert.ok(off.filter((d) => d < 1 / 128).length >= 437, 'bitmap offsets');
    assert.ok(Math.max(...off) <= 0.125, `largest difference ${Math.max(...off)} px`);
  });
  it('a centred title of 16 points in a 12-inch figure: the width matplotlib centres by', () => {
    // FT2Font.get_width_height of 'Activation functions' at 16 pt, 100 dpi: 221.0 (the font's own advances,
    // rounded to eighths, say 221.125: the title a pixel left of matplotlib's).
    const m = measured.find((e) => e.text === 'Activation functions' && e.points === 16 && e.weight === 'normal')!;
    assert.equal(m.width, 221);
    assert.equal(ours(m).width, 221);
  });
});
