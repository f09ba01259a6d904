/**
 * mathtext against matplotlib 3.6's own (test/fixtures/mathtext.json, scripts/make-mathtext-fixtures.py): the
 * glyphs each string is made of (font file and character) and its rules; the box the Agg backend measures
 * (width, height, depth) to half a pixel; and the strings matplotlib refuses.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { layoutMath, MathSyntaxError } from '../../src/mathtext';
import { parseMathText } from '../../src/mathtext/parse';
import { fontFile, type FontFace } from '../../src/style/font-faces';
import { FIXTURES } from '../helpers/reference';

interface Case {
  tex: string;
  size: number;
  dpi: number;
  fontset: 'dejavusans' | 'dejavuserif' | 'stix' | 'cm';
  width: number;
  height: number;
  depth: number;
  glyphs: { file: string; code: number }[];
  rects: number[][];
}
const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'mathtext.json'), 'utf8')) as {
  cases: Case[];
  figureStrings: Omit<Case, 'fontset' | 'glyphs' | 'rects'>[];
  errors: { tex: string; error: string | null }[];
};

const faceOf = (c: Case): FontFace => ({
  family: c.fontset === 'dejavuserif' ? 'DejaVu Serif' : 'DejaVu Sans',
  weight: 'normal',
  style: 'normal',
});
const sizePx = (c: Case) => (c.size * c.dpi) / 72;
const name = (c: Case) => `${c.tex} at ${c.size} pt, ${c.dpi} dpi${c.fontset === 'dejavusans' ? '' : `, ${c.fontset}`}`;

/**
 * Boxes more than half a pixel from matplotlib's, and why: FreeType's autohinter places some edges otherwise than
 * actplot's model of it (text/autohint.ts): the Greek capitals' bottoms at 38.9 px. Each entry is checked to be
 * still off, so that the list shrinks as the model improves.
 */
const KNOWN = new Set([
  '$\\Gamma\\Delta\\Theta\\Lambda\\Sigma\\Phi\\Psi\\Omega$ at 14 pt, 200 dpi',
  // STIX's italic and double-struck tops at 14 pt, 200 dpi: a pixel higher than FreeType hints them.
  '$\\mathbb{R}^n$ at 14 pt, 200 dpi, stix',
  '$\\mathsf{x}$ at 14 pt, 200 dpi, stix',
  '$\\mathit{sw}$ at 14 pt, 200 dpi, stix',
  // Computer Modern: the limits of cmex10's big operators (0.7 px deeper) and a radical among brackets (a pixel or two
  // taller).
  '$\\sum_{i=1}^{n} x_i$ at 10 pt, 100 dpi, cm',
  '$\\prod_i x_i$ at 10 pt, 100 dpi, cm',
  '$0.5x(1+\\tanh[\\sqrt{2/\\pi}(x+0.044715x^3)])$ at 10 pt, 100 dpi, cm',
  '$0.5x(1+\\tanh[\\sqrt{2/\\pi}(x+0.044715x^3)])$ at 12 pt, 72 dpi, cm',
]);

const off = (c: Case) => {
  const r = layoutMath(c.tex, sizePx(c), faceOf(c), { fontset: c.fontset, mathDefault: 'it', pxPerPt: c.dpi / 72 });
  return {
    r,
    worst: Math.max(Math.abs(r.width - c.width), Math.abs(r.height - c.height), Math.abs(r.depth - c.depth)),
  };
};

describe("mathtext's glyphs and rules, as matplotlib's", () => {
  for (const c of fixture.cases) {
    it(name(c), () => {
      const { r } = off(c);
      const ours = r.glyphs.map((g) => `${path.basename(fontFile(g.glyph.face))} ${g.glyph.char.codePointAt(0)}`);
      assert.deepEqual(
        ours,
        c.glyphs.map((g) => `${g.file} ${g.code}`),
      );
      assert.equal(r.rects.length, c.rects.length);
    });
  }
});

describe("mathtext's box (width, height, depth) within half a pixel of matplotlib's", () => {
  for (const c of fixture.cases) {
    const known = KNOWN.has(name(c));
    it(`${name(c)}${known ? ' (known: still off)' : ''}`, () => {
      const { r, worst } = off(c);
      const got = `${r.width.toFixed(2)} x ${r.height.toFixed(2)}, depth ${r.depth.toFixed(2)}`;
      const want = `${c.width.toFixed(2)} x ${c.height.toFixed(2)}, depth ${c.depth.toFixed(2)}`;
      if (known) assert.ok(worst > 0.5, `now within half a pixel (${got}): take it off KNOWN`);
      else assert.ok(worst <= 0.5, `${got}; matplotlib ${want}`);
    });
  }
});

describe("the reference figures' math strings, each within half a pixel of matplotlib's box at its size", () => {
  for (const c of fixture.figureStrings) {
    it(`${c.tex} at ${c.size} pt, ${c.dpi} dpi`, () => {
      const { worst } = off({ ...c, fontset: 'dejavusans', glyphs: [], rects: [] });
      assert.ok(worst <= 0.5, `${worst.toFixed(2)} px off`);
    });
  }
});

describe('what matplotlib refuses, refused', () => {
  for (const e of fixture.errors) {
    it(`${e.tex}: ${e.error ?? 'accepted'}`, () => {
      if (e.error === null) parseMathText(e.tex);
      else assert.throws(() => parseMathText(e.tex), MathSyntaxError);
    });
  }
});

describe('any string of TeX tokens: refused with a MathSyntaxError, or typeset to a finite box (property)', () => {
  const tokens = [
    'x',
    '1',
    '+',
    '-',
    '=',
    '^',
    '_',
    '{',
    '}',
    '\\frac',
    '\\sqrt',
    '[',
    ']',
    '(',
    ')',
    '\\left',
    '\\right',
    '\\alpha',
    '\\sum',
    '\\int',
    "'",
    ' ',
    '\\,',
    '\\hat',
    '\\mathrm',
    '\\mathcal',
    '\\max',
    '\\operatorname',
    '|',
    '.',
    ',',
    '\\overline',
    '\\binom',
    '\\genfrac',
    '\\overset',
    '\\dfrac',
    '\\}',
    '\\$',
    '~',
    '\\!',
    '\\rm',
    '\\hspace',
    '\\widehat',
    '\\prime',
    'é',
    '∞',
    '\\mathbb',
    'A',
    '<',
    '/',
  ];
  const face: FontFace = { family: 'DejaVu Sans', weight: 'normal', style: 'normal' };
  it('holds for 1500 random strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 12 }), (parts) => {
        const tex = `$${parts.join('')}$`;
        try {
          parseMathText(tex);
        } catch (err) {
          assert.ok(err instanceof MathSyntaxError, `${tex}: ${String(err)}`);
          return;
        }
        const r = layoutMath(tex, 13.89, face, { fontset: 'dejavusans', mathDefault: 'it' });
        assert.ok([r.width, r.height, r.depth].every(Number.isFinite), tex);
      }),
      { numRuns: 1500, seed: 17 },
    );
  });
});
