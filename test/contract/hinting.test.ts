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
import type { FontFace } from '../../src/style/font-faces';
import { FIXTURES } from '../helpers/reference';

interface Case {
  file: string;
  char: string;
  px: number;
  bottom: number;
  top: number;
}
const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'hinting.json'), 'utf8')) as { cases: Case[] };
const FACES: Record<string, FontFace> = {
  'DejaVuSans.ttf': { family: 'DejaVu Sans', weight: 'normal', style: 'normal' },
  'DejaVuSans-Oblique.ttf': { family: 'DejaVu Sans', weight: 'normal', style: 'italic' },
  'DejaVuSerif.ttf': { family: 'DejaVu Serif', weight: 'normal', style: 'normal' },
};
const name = (c: Case) => `${c.file} '${c.char}' at ${c.px.toFixed(2)} px`;
const within = (c: Case) => {
  const ink = hintedInk(c.char, c.px, FACES[c.file]);
  const near = (a: number, b: number) => Math.abs(a - b) <= 1 / 64 + 1e-9;
  return { ink, ok: !!ink && near(ink.bottom, c.bottom) && near(ink.top, c.top) };
};

/**
 * Where the model is still off, and why: at 38.9 px FreeType puts the Greek letters' bottoms a pixel down where
 * their zones put half a pixel; at 19.4 px it keeps the brackets' feet and the bars of '=' on half pixels where
 * the model rounds otherwise; the curves of '∞', '∼' and '≈' (hinted by FreeType's CJK fallback) end a few
 * 64ths from where the model puts them. Each is checked to be still off.
 */
const KNOWN = new Set([
  "DejaVuSans.ttf '∼' at 7.00 px",
  "DejaVuSans.ttf '∼' at 10.00 px",
  "DejaVuSans.ttf '≈' at 10.00 px",
  "DejaVuSans.ttf '∼' at 12.00 px",
  "DejaVuSans.ttf '≈' at 12.00 px",
  "DejaVuSans.ttf '∼' at 9.72 px",
  "DejaVuSans.ttf '≈' at 9.72 px",
  "DejaVuSans.ttf '∼' at 11.11 px",
  "DejaVuSans.ttf '∞' at 13.89 px",
  "DejaVuSans.ttf '∼' at 13.89 px",
  "DejaVuSans.ttf '≈' at 13.89 px",
  "DejaVuSans.ttf '∞' at 16.67 px",
  "DejaVuSans.ttf '∼' at 16.67 px",
  "DejaVuSans.ttf '≈' at 16.67 px",
  "DejaVuSans.ttf '[' at 19.44 px",
  "DejaVuSans.ttf ']' at 19.44 px",
  "DejaVuSans.ttf '{' at 19.44 px",
  "DejaVuSans.ttf '}' at 19.44 px",
  "DejaVuSans.ttf '=' at 19.44 px",
  "DejaVuSans.ttf '∞' at 19.44 px",
  "DejaVuSans.ttf '∼' at 19.44 px",
  "DejaVuSans.ttf '≈' at 19.44 px",
  "DejaVuSans.ttf '∞' at 16.67 px",
  "DejaVuSans.ttf '∼' at 16.67 px",
  "DejaVuSans.ttf '≈' at 16.67 px",
  "DejaVuSans.ttf '∞' at 20.83 px",
  "DejaVuSans.ttf '∼' at 20.83 px",
  "DejaVuSans.ttf '≈' at 20.83 px",
  "DejaVuSans.ttf '[' at 19.44 px",
  "DejaVuSans.ttf ']' at 19.44 px",
  "DejaVuSans.ttf '{' at 19.44 px",
  "DejaVuSans.ttf '}' at 19.44 px",
  "DejaVuSans.ttf '=' at 19.44 px",
  "DejaVuSans.ttf '∞' at 19.44 px",
  "DejaVuSans.ttf '∼' at 19.44 px",
  "DejaVuSans.ttf '≈' at 19.44 px",
  "DejaVuSans.ttf '∞' at 27.78 px",
  "DejaVuSans.ttf '∼' at 27.78 px",
  "DejaVuSans.ttf '≈' at 27.78 px",
  "DejaVuSans.ttf '∞' at 38.89 px",
  "DejaVuSans.ttf '∼' at 38.89 px",
  "DejaVuSans.ttf '≈' at 38.89 px",
  "DejaVuSans.ttf 'Γ' at 38.89 px",
  "DejaVuSans.ttf 'Θ' at 38.89 px",
  "DejaVuSans.ttf 'Λ' at 38.89 px",
  "DejaVuSans.ttf 'Σ' at 38.89 px",
  "DejaVuSans.ttf 'Ω' at 38.89 px",
  "DejaVuSans-Oblique.ttf 'α' at 38.89 px",
  "DejaVuSans-Oblique.ttf 'δ' at 38.89 px",
  "DejaVuSans-Oblique.ttf 'ε' at 38.89 px",
  "DejaVuSans-Oblique.ttf 'θ' at 38.89 px",
  "DejaVuSans-Oblique.ttf 'π' at 38.89 px",
  "DejaVuSans-Oblique.ttf 'σ' at 38.89 px",
]);

/** The math symbols of the fixture: FreeType hints them with its fallback (CJK) style. */
const SYMBOLS = new Set(['\u2212', '\u2192', '\u221a', '\u2202', '\u2207', '\u20d7', '\u221e', '\u223c', '\u2248']);

describe("the autohinter's glyph boxes, as FreeType's (letters, digits, brackets, '.', ':', '=', math symbols)", () => {
  for (const c of cases.filter((k) => /[\p{L}\p{N}()[\]{}|.:=]/u.test(k.char) || SYMBOLS.has(k.char))) {
    const known = KNOWN.has(name(c));
    it(`${name(c)}${known ? ' (known: still off)' : ''}`, () => {
      const { ink, ok } = within(c);
      const got = ink ? `${ink.bottom.toFixed(3)}..${ink.top.toFixed(3)}` : 'none';
      if (known) assert.ok(!ok, `now ${got}, as FreeType: take it off KNOWN`);
      else assert.ok(ok, `${got}; FreeType ${c.bottom.toFixed(3)}..${c.top.toFixed(3)}`);
    });
  }
});
