import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aggBaseline, aggText, verticalMap, type GlyphFacts } from '../../src/text/glyph-runs';
import { aggTextOf, hintedGlyph, hintedInk } from '../../src/text/agg-text';
import { readGlyphMetrics } from '../../src/text/font-metrics';
import { isGreek, isLatin, scriptMetrics } from '../../src/text/blue-zones';
import { fontFile, fontSpec, registerFonts } from '../../src/render/fonts';
import { FIXTURES } from '../helpers/reference';

const glyph = (bearing: number, advance: number, kerning = 0, empty = false): GlyphFacts => ({
  bearing,
  advance,
  kerning,
  empty,
});

describe('aggText', () => {
  it('sets the first glyph a pixel apart from the rest when the box starts at a fraction', () => {
    const t = aggText(['L', 'e'], [glyph(1.38, 7.7), glyph(0.8, 8.5)]);
    assert.equal(t.xMin, 1.38);
    assert.deepEqual(t.runs, [
      { text: 'L', offset: -1 },
      { text: 'e', offset: 7.75 - 2 },
    ]);
    assert.equal(t.width, 7.75 + 8.5);
  });
  it('pins the box to the pen when the string holds a space', () => {
    const t = aggText(['E', ' ', 'f'], [glyph(1.36, 8.8), glyph(0, 4.4, 0, true), glyph(0.3, 4.9)]);
    assert.equal(t.xMin, 0);
    assert.deepEqual(t.runs, [{ text: 'E f', offset: 0 }]);
  });
  it('keeps glyphs in one run while the unhinted advances stay within a tenth of a pixel of the pen', () => {
    const facts = [glyph(0.8, 8.84), glyph(0.8, 8.84), glyph(0.8, 8.84), glyph(0.8, 8.84)];
    assert.deepEqual(
      aggText(['1', '2', '3', '4'], facts).runs.map((r) => r.text),
      ['1', '234'],
    );
    const drift = [glyph(0, 8.06), glyph(0, 8.06), glyph(0, 8.06), glyph(0, 8.06)];
    // The pen steps 8 px where the font's advance is 8.06: the third glyph would be 0.12 px off, so it starts a run.
    assert.deepEqual(
      aggText(['a', 'b', 'c', 'd'], drift).runs.map((r) => [r.text, r.offset]),
      [
        ['ab', 0],
        ['cd', 16],
      ],
    );
  });
  it('draws one glyph from the floor of its bearing, also a negative one', () => {
    assert.deepEqual(aggText(['0'], [glyph(0.82, 7.95)]).runs, [{ text: '0', offset: 0 }]);
    assert.deepEqual(aggText(['j'], [glyph(-0.3, 3.5)]).runs, [{ text: 'j', offset: 1 }]);
  });
  it('puts advances and kerning on eighths of a pixel', () => {
    const t = aggText(['A', 'V', 'A'], [glyph(0, 9.33), glyph(0, 9.33, -0.71), glyph(0, 9.33, -0.71)]);
    assert.equal(t.width, 3 * 9.375 - 2 * 0.75);
    // 8.625 a step on eighths, 8.62 unhinted: within a tenth, so one run.
    assert.deepEqual(t.runs, [{ text: 'AVA', offset: 0 }]);
  });
  it('keeps the text in order, each run starting less than two pixels from its pen and drifting at most a tenth (property)', () => {
    const facts = fc.record({
      bearing: fc.double({ min: -2, max: 3, noNaN: true }),
      advance: fc.double({ min: 0, max: 20, noNaN: true }),
      kerning: fc.double({ min: -2, max: 1, noNaN: true }),
      empty: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(facts, { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (fs, at) => {
          const chars = fs.map((f, i) => (f.empty ? ' ' : String.fromCharCode(97 + i)));
          const t = aggText(chars, fs);
          assert.equal(
            t.runs
              .map((r) => r.text)
              .join('')
              .replace(/ /g, ''),
            chars.join('').replace(/ /g, ''),
          );
          if (fs.some((f) => f.empty)) assert.ok(t.xMin <= 0);
          const x0 = Math.round(at + t.xMin);
          const pens: number[] = [];
          let pen = 0;
          fs.forEach((f, i) => {
            if (i > 0) pen += Math.round(f.kerning * 8) / 8;
            pens.push(pen);
            pen += Math.round(f.advance * 8) / 8;
          });
          assert.ok(Math.abs(t.width - pen) < 1e-9);
          let i = 0;
          for (const r of t.runs) {
            while (chars[i] === ' ') i++;
            let drawn = x0 + r.offset;
            for (let k = 0; k < r.text.length; k++, i++) {
              if (k > 0) drawn += fs[i - 1].advance + fs[i].kerning;
              if (chars[i] !== ' ')
                assert.ok(Math.abs(drawn - (at + pens[i])) < 2 + 1e-9, `glyph ${i} at ${drawn}, pen ${at + pens[i]}`);
            }
          }
        },
      ),
    );
  });
});

describe('aggBaseline', () => {
  const round = (v: number) => Math.ceil(v - 0.5);
  it('is the rounded baseline for ink of whole pixels', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.integer({ min: -4, max: 6 }),
        fc.integer({ min: 1, max: 40 }),
        (y, bottom, height) => assert.equal(aggBaseline(y, { bottom, top: bottom + height }, round), round(y)),
      ),
    );
  });
  it('goes a row lower under a half-pixel descent when the baseline sits in the upper half of its row', () => {
    // 'ReLU6(x)' at 10 px: the parentheses reach 1.5 px below the baseline, the ink's top is 8.
    const ink = { bottom: -1.5, top: 8 };
    assert.equal(aggBaseline(100.2, ink, round), 101);
    assert.equal(aggBaseline(100.7, ink, round), 101);
    assert.equal(round(100.2), 100);
  });
});

describe('verticalMap', () => {
  const apply = (m: { scale: number; shift: number }, y: number) => m.scale * y + m.shift;
  it('sends both edges exactly where they go', () => {
    const m = verticalMap(3.4, 4.44, 3, 4.04);
    assert.ok(Math.abs(apply(m, 3.4) - 3) < 1e-12 && Math.abs(apply(m, 4.44) - 4.04) < 1e-12);
  });
  it('with a whole-pixel shift, carries the hint by the scale: the 90 dpi minus bar stays within its row', () => {
    const m = verticalMap(3.3997, 4.4373, 3, 4.0375, true);
    assert.equal(m.shift, 0);
    const [bottom, top] = [apply(m, 3.3997), apply(m, 4.4373)];
    assert.ok(bottom >= 3 && top <= 4, `${bottom} to ${top}`);
    assert.ok(top - bottom > 0.9);
  });
  it('keeps a glyph on the baseline exactly there, and its shift whole', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: -0.6, max: 0.6, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.boolean(),
        (hi, dHi, lo, whole) => {
          const m = verticalMap(0, hi, 0, Math.round(hi + dHi), whole);
          assert.ok(Math.abs(apply(m, 0)) < 1e-9 && Math.abs(apply(m, hi) - Math.round(hi + dHi)) < 1e-9);
          const n = verticalMap(lo, lo + hi, Math.round(lo), Math.round(lo) + hi, true);
          assert.ok(Number.isInteger(n.shift));
          // Half a pixel is reached exactly at some inputs (a glyph straddling its baseline): the float sums land
          // within a millionth of it on either side.
          assert.ok(
            Math.abs(apply(n, lo) - Math.round(lo)) <= 0.5 + 1e-6 &&
              Math.abs(apply(n, lo + hi) - Math.round(lo) - hi) <= 0.5 + 1e-6,
          );
        },
      ),
      // Seeded, as every property of the suite is: the same cases every run.
      { numRuns: 1000, seed: 20261201 },
    );
  });
});

describe('strings in the bundled font, against matplotlib', () => {
  const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'glyphs.json'), 'utf8')) as {
    cases: { text: string; pixels: number; xMin: number; advance: number }[];
  };
  it('start their box where FreeType does, within a sixth of a pixel (its hinting moves edges a little)', () => {
    assert.ok(cases.length >= 100);
    for (const c of cases) {
      const t = aggTextOf(c.text, c.pixels);
      assert.ok(
        t && Math.abs(t.xMin - c.xMin) <= 1 / 6,
        `${c.text} at ${c.pixels.toFixed(2)} px: ${t?.xMin} against ${c.xMin}`,
      );
    }
  });
  it("start their bitmap in FreeType's pixel column: a bowl's side or a stem's edge on the eighth grid (not T's bar end)", () => {
    // The whole pixel where the string's first ink column lands: what places a '6', an 'L' or a '0' in Agg.
    // T's crossbar end the autohinter moves by rules of its own (to 0 at 12 px and up, -0.09 at 10 px): left.
    const off = cases.filter((c) => {
      const t = aggTextOf(c.text, c.pixels);
      return t && c.text !== 'T' && Math.floor(t.xMin + 1e-9) !== Math.floor(c.xMin + 1e-9);
    });
    assert.deepEqual(
      off.map((c) => `${c.text} at ${c.pixels.toFixed(2)} px`),
      [],
    );
  });
  it('are as wide, within an eighth of a pixel a glyph, and mostly exactly', () => {
    let exact = 0;
    for (const c of cases) {
      const t = aggTextOf(c.text, c.pixels);
      assert.ok(
        t && Math.abs(t.width - c.advance) <= Array.from(c.text).length / 8,
        `${c.text} at ${c.pixels.toFixed(2)} px: ${t?.width} against ${c.advance}`,
      );
      if (t.width === c.advance) exact++;
    }
    assert.ok(exact >= cases.length / 2, `${exact} of ${cases.length} exact`);
  });
});

describe('hinted glyph heights, against matplotlib', () => {
  it('put bottom and top within a quarter pixel of where FreeType does, for 95 % of glyphs and sizes', () => {
    const { heights } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'glyphs.json'), 'utf8')) as {
      heights: { char: string; pixels: number; bottom: number; top: number }[];
    };
    const metrics = readGlyphMetrics(fontFile());
    const misses = heights.filter((c) => {
      const [lo, hi] = metrics.verticalExtent(c.char) as [number, number];
      const { scale, shift } = hintedGlyph(c.char, c.pixels) as { scale: number; shift: number };
      const [bottom, top] = [scale * lo * c.pixels + shift, scale * hi * c.pixels + shift];
      return Math.abs(bottom - c.bottom) > 0.25 || Math.abs(top - c.top) > 0.25;
    });
    assert.ok(heights.length >= 100);
    assert.ok(
      misses.length <= heights.length * 0.05,
      `${misses.length} of ${heights.length} off: ${misses.map((c) => `${c.char}@${c.pixels.toFixed(1)}`).join(' ')}`,
    );
  });
  it("give a string's ink as FreeType hints it, to 1/64 of a pixel for nine in ten (parentheses included)", () => {
    const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'glyphs.json'), 'utf8')) as {
      cases: { text: string; pixels: number; bottom: number; top: number }[];
    };
    const inked = cases.filter((c) => c.text.trim());
    const exact = inked.filter((c) => {
      const ink = hintedInk(c.text, c.pixels);
      return ink && Math.abs(ink.bottom - c.bottom) < 1 / 64 && Math.abs(ink.top - c.top) < 1 / 64;
    });
    assert.ok(
      inked.some((c) => c.text.includes('(') && c.bottom % 1 !== 0),
      'the fixture holds a fractional descent',
    );
    assert.ok(exact.length >= inked.length * 0.9, `${exact.length} of ${inked.length}`);
  });
  it('leave a glyph without outline alone', () => {
    assert.equal(hintedGlyph(' ', 14), undefined);
  });
});

describe('glyph metrics of the bundled font', () => {
  const metrics = readGlyphMetrics(fontFile());
  it("read each outline's on-curve heights, within its extent and reaching both ends", () => {
    const units = (v: number) => Math.round(v * 2048);
    assert.deepEqual(metrics.pointHeights('(')?.map(units), [1554, 643, -270, -270, 643, 1554]);
    for (const ch of 'xoHOlp()Q|[0168gy') {
      const heights = (metrics.pointHeights(ch) as number[]).map(units);
      const [lo, hi] = (metrics.verticalExtent(ch) as [number, number]).map(units);
      assert.ok(Math.min(...heights) >= lo && Math.max(...heights) <= hi, ch);
      if ('xHl()|['.includes(ch)) assert.deepEqual([Math.min(...heights), Math.max(...heights)], [lo, hi], ch);
    }
    assert.equal(metrics.pointHeights(' '), undefined);
  });
  it('agree with Pango on every printable ASCII character at 2048 px', () => {
    registerFonts();
    const { createCanvas } = require('canvas') as typeof import('canvas');
    const ctx = createCanvas(1, 1).getContext('2d');
    ctx.font = fontSpec(2048);
    for (let cp = 0x21; cp < 0x7f; cp++) {
      const ch = String.fromCharCode(cp);
      const m = ctx.measureText(ch);
      assert.ok(Math.abs((metrics.leftBearing(ch) as number) * 2048 - m.actualBoundingBoxLeft) <= 1, `${ch} bearing`);
      assert.ok(Math.abs(metrics.advance(ch) * 2048 - m.width) <= 1, `${ch} advance`);
    }
  });
  it('kern the pairs the kern table lists, and no others', () => {
    assert.ok(metrics.kerning('A', 'V') < 0);
    assert.ok(metrics.kerning('L', 'T') < 0);
    assert.equal(metrics.kerning('x', 'x'), 0);
    assert.equal(metrics.kerning('\u4e2d', 'A'), 0);
  });
  it('know the space is empty and which characters the font lacks', () => {
    assert.equal(metrics.isEmpty(' '), true);
    assert.equal(metrics.isEmpty('x'), false);
    assert.equal(metrics.isEmpty('\u2212'), false);
    assert.equal(metrics.leftBearing('\u4e2d'), undefined);
    assert.equal(aggTextOf('\u4e2d\u6587', 14), undefined);
  });
});

describe("scriptMetrics (FreeType's blue strings and standard widths)", () => {
  const m = readGlyphMetrics(fontFile());
  const top = (c: string) => Math.round((m.verticalExtent(c) as [number, number])[1] * m.unitsPerEm);
  const bottom = (c: string) => Math.round((m.verticalExtent(c) as [number, number])[0] * m.unitsPerEm);
  const greek = scriptMetrics(m, 'greek');
  const latin = scriptMetrics(m, 'latin');
  it('takes the Greek x-height from the flat tops of π and τ, its overshoot from the round letters (ο)', () => {
    assert.ok(greek);
    assert.deepEqual(greek.zones[3], { ref: top('π'), shoot: top('ο'), top: true });
    assert.equal(top('π'), top('τ'));
    assert.equal(greek.xHeightShoot, top('ο'));
  });
  it('puts the Greek capitals on the flat bottom of Β and the round bottom of Ο', () => {
    assert.deepEqual(greek?.zones[1], { ref: bottom('Β'), shoot: bottom('Ο'), top: false });
  });
  it("takes the Latin x-height from x and z, its overshoot from o, and the stem width from o's strokes", () => {
    assert.ok(latin);
    assert.deepEqual(latin.zones[3], { ref: top('x'), shoot: top('o'), top: true });
    assert.equal(latin.widths.length, 1);
    assert.ok(latin.widths[0] > 100 && latin.widths[0] < 200, String(latin.widths[0]));
  });
  it('hints the Greek blocks with Greek zones, the Latin blocks with Latin ones, symbols with neither', () => {
    assert.deepEqual(['α', 'Ω', 'ἀ', 'a', '=', '\u2212'].map(isGreek), [true, true, true, false, false, false]);
    assert.deepEqual(['a', '=', '(', '\u0302', '\u2212', '\u221a'].map(isLatin), [
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
