/**
 * The text stage's autohinter (text/autohint.ts) against FreeType's own, as matplotlib's Agg backend loads glyphs
 * (test/fixtures/hinting.json, scripts/make-hinting-fixtures.py): the hinted bottom and top of each glyph of
 * DejaVu Sans, Sans Oblique and Serif at 7 to 14 pt and 72 to 200 dpi, to 1/64 of a pixel: letters and digits
 * (Latin and Greek styles), brackets and punctuation, and math symbols (FreeType's CJK fallback style).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { hintedInk } from '../../src/text/agg-text';
import { FIXTURE_FACES, FIXTURES, glyphName, type FixtureGlyph } from '../helpers/reference';

interface Case extends FixtureGlyph {
  bottom: number;
  top: number;
}
const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'hinting.json'), 'utf8')) as { cases: Case[] };
const name = glyphName;
const within = (c: Case) => {
  const ink = hintedInk(c.char, c.px, FIXTURE_FACES[c.file]);
  const near = (a: number, b: number) => Math.abs(a - b) <= 1 / 64 + 1e-9;
  return { ink, ok: !!ink && near(ink.bottom, c.bottom) && near(ink.top, c.top) };
};

/**
 * Where the model is still off, and why: at 14 pt and 200 dpi (38.9 px) FreeType puts the Greek letters'
 * bottoms a pixel down where their zones put half a pixel, and the combining circumflex's top half a pixel up
 * at 10 pt and 200 dpi; the curves of '∞', '∼' and '≈' (hinted by FreeType's CJK fallback) end a few 64ths from
 * where the model puts them. Each is checked to be still off.
 */
const KNOWN = new Set([
  "DejaVuSans.ttf '∼' at 7 pt, 72 dpi",
  "DejaVuSans.ttf '∼' at 10 pt, 72 dpi",
  "DejaVuSans.ttf '≈' at 10 pt, 72 dpi",
  "DejaVuSans.ttf '∼' at 12 pt, 72 dpi",
  "DejaVuSans.ttf '≈' at 12 pt, 72 dpi",
  "DejaVuSans.ttf '∼' at 7 pt, 100 dpi",
  "DejaVuSans.ttf '≈' at 7 pt, 100 dpi",
  "DejaVuSans.ttf '∼' at 8 pt, 100 dpi",
  "DejaVuSans.ttf '∞' at 10 pt, 100 dpi",
  "DejaVuSans.ttf '∼' at 10 pt, 100 dpi",
  "DejaVuSans.ttf '≈' at 10 pt, 100 dpi",
  "DejaVuSans.ttf '∞' at 12 pt, 100 dpi",
  "DejaVuSans.ttf '∼' at 12 pt, 100 dpi",
  "DejaVuSans.ttf '≈' at 12 pt, 100 dpi",
  "DejaVuSans.ttf '∞' at 14 pt, 100 dpi",
  "DejaVuSans.ttf '∼' at 14 pt, 100 dpi",
  "DejaVuSans.ttf '≈' at 14 pt, 100 dpi",
  "DejaVuSans.ttf '∞' at 8 pt, 150 dpi",
  "DejaVuSans.ttf '∼' at 8 pt, 150 dpi",
  "DejaVuSans.ttf '≈' at 8 pt, 150 dpi",
  "DejaVuSans.ttf '∞' at 10 pt, 150 dpi",
  "DejaVuSans.ttf '∼' at 10 pt, 150 dpi",
  "DejaVuSans.ttf '≈' at 10 pt, 150 dpi",
  "DejaVuSans.ttf '∞' at 7 pt, 200 dpi",
  "DejaVuSans.ttf '∼' at 7 pt, 200 dpi",
  "DejaVuSans.ttf '≈' at 7 pt, 200 dpi",
  "DejaVuSans.ttf '\u0302' at 10 pt, 200 dpi",
  "DejaVuSans.ttf '∞' at 10 pt, 200 dpi",
  "DejaVuSans.ttf '∼' at 10 pt, 200 dpi",
  "DejaVuSans.ttf '≈' at 10 pt, 200 dpi",
  "DejaVuSans.ttf '∞' at 14 pt, 200 dpi",
  "DejaVuSans.ttf '∼' at 14 pt, 200 dpi",
  "DejaVuSans.ttf '≈' at 14 pt, 200 dpi",
  "DejaVuSans.ttf 'Γ' at 14 pt, 200 dpi",
  "DejaVuSans.ttf 'Θ' at 14 pt, 200 dpi",
  "DejaVuSans.ttf 'Λ' at 14 pt, 200 dpi",
  "DejaVuSans.ttf 'Σ' at 14 pt, 200 dpi",
  "DejaVuSans.ttf 'Ω' at 14 pt, 200 dpi",
  "DejaVuSans-Oblique.ttf 'α' at 14 pt, 200 dpi",
  "DejaVuSans-Oblique.ttf 'δ' at 14 pt, 200 dpi",
  "DejaVuSans-Oblique.ttf 'ε' at 14 pt, 200 dpi",
  "DejaVuSans-Oblique.ttf 'θ' at 14 pt, 200 dpi",
  "DejaVuSans-Oblique.ttf 'π' at 14 pt, 200 dpi",
  "DejaVuSans-Oblique.ttf 'σ' at 14 pt, 200 dpi",
]);

describe("the autohinter's glyph boxes, as FreeType's (letters, digits, punctuation, accents, math symbols)", () => {
  for (const c of cases) {
    const known = KNOWN.has(name(c));
    it(`${name(c)}${known ? ' (known: still off)' : ''}`, () => {
      const { ink, ok } = within(c);
      const got = ink ? `${ink.bottom.toFixed(3)}..${ink.top.toFixed(3)}` : 'none';
      if (known) assert.ok(!ok, `now ${got}, as FreeType: take it off KNOWN`);
      else assert.ok(ok, `${got}; FreeType ${c.bottom.toFixed(3)}..${c.top.toFixed(3)}`);
    });
  }
});
