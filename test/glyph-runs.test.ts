import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aggPlacement } from '../src/layout/glyph-runs';
import { readGlyphMetrics } from '../src/render/font-metrics';
import { fontFile, fontSpec, registerFonts } from '../src/render/fonts';
import { FIXTURES } from './helpers/reference';

describe('aggPlacement', () => {
  it('sets the first glyph a pixel apart from the rest when the box starts at a fraction', () => {
    const p = aggPlacement(['L', 'e'], 1.38, false, 7.7);
    assert.equal(p.xMin, 1.38);
    assert.deepEqual(p.runs.map((r) => r.text), ['L', 'e']);
    assert.equal(p.runs[0].offset, -1);
    assert.ok(Math.abs(p.runs[1].offset - (-2 + 7.7)) < 1e-12);
  });
  it('keeps a string with a space whole: the space pins the box to the pen', () => {
    assert.deepEqual(aggPlacement(Array.from('ELU family'), 1.36, true, 8.8), { xMin: 0, runs: [{ text: 'ELU family', offset: -0 }] });
  });
  it('draws one glyph from the floor of its bearing', () => {
    assert.deepEqual(aggPlacement(['0'], 0.82, false, 0), { xMin: 0.82, runs: [{ text: '0', offset: -0 }] });
    assert.deepEqual(aggPlacement(['j'], -0.3, false, 0), { xMin: -0.3, runs: [{ text: 'j', offset: 1 }] });
  });
  it('takes a negative bearing as the box edge even with a space', () => {
    const p = aggPlacement(Array.from('j x'), -0.3, true, 3.5);
    assert.equal(p.xMin, -0.3);
    assert.deepEqual(p.runs.map((r) => [r.text, r.offset]), [['j', 1], [' x', 3.5]]);
  });
  it('keeps the text and its order, and moves each run less than two pixels from its pen (property)', () => {
    const chars = fc.array(fc.constantFrom('a', 'b', '1', '\u2212', '.'), { minLength: 1, maxLength: 6 });
    const num = (min: number, max: number) => fc.double({ min, max, noNaN: true });
    fc.assert(fc.property(chars, num(-3, 3), fc.boolean(), num(2, 20), num(0, 500), (cs, bearing, space, pen, at) => {
      const p = aggPlacement(cs, bearing, space, pen);
      assert.equal(p.runs.map((r) => r.text).join(''), cs.join(''));
      assert.equal(p.xMin, space ? Math.min(bearing, 0) : bearing);
      const x0 = Math.round(at + p.xMin);
      p.runs.forEach((r, i) => {
        const shift = x0 + r.offset - (at + (i === 0 ? 0 : pen));
        assert.ok(shift > -1.5 - 1e-9 && shift < 1.5 + 1e-9, `run ${i} moved ${shift}`);
      });
      if (p.runs.length === 2) assert.ok(Math.abs(p.runs[1].offset - p.runs[0].offset - (pen - 1)) < 1e-9);
    }));
  });
});

describe('glyph metrics of the bundled font', () => {
  const metrics = readGlyphMetrics(fontFile());
  it('give the string box matplotlib computes, within a sixth of a pixel (FreeType hints the rest)', () => {
    const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'glyphs.json'), 'utf8')) as
      { cases: { text: string; pixels: number; xMin: number }[] };
    assert.ok(cases.length >= 100);
    for (const c of cases) {
      const chars = Array.from(c.text);
      const bearing = (metrics.leftBearing(chars[0]) as number) * c.pixels;
      const { xMin } = aggPlacement(chars, bearing, chars.some((ch) => metrics.isEmpty(ch)), 0);
      assert.ok(Math.abs(xMin - c.xMin) <= 1 / 6, `${c.text} at ${c.pixels.toFixed(2)} px: ${xMin} against matplotlib's ${c.xMin}`);
    }
  });
  it('agree with Pango on every printable ASCII character at 2048 px', () => {
    registerFonts();
    const { createCanvas } = require('canvas') as typeof import('canvas');
    const ctx = createCanvas(1, 1).getContext('2d');
    ctx.font = fontSpec(2048);
    for (let cp = 0x21; cp < 0x7f; cp++) {
      const ch = String.fromCharCode(cp);
      const pango = ctx.measureText(ch).actualBoundingBoxLeft;
      assert.ok(Math.abs((metrics.leftBearing(ch) as number) * 2048 - pango) <= 1, `${ch}: ${metrics.leftBearing(ch)} em, Pango ${pango}`);
    }
  });
  it('know the space is empty and which characters the font lacks', () => {
    assert.equal(metrics.isEmpty(' '), true);
    assert.equal(metrics.isEmpty('x'), false);
    assert.equal(metrics.isEmpty('\u2212'), false);
    assert.equal(metrics.leftBearing('\u4e2d'), undefined);
    assert.equal(typeof metrics.leftBearing('\u2212'), 'number');
  });
});
