/**
 * The SVG's glyph outlines against FreeType's autohinter, vertex by vertex (test/fixtures/hinted-outlines.json,
 * scripts/make-hinting-fixtures.py): matplotlib's Agg backend draws each glyph from the outline FreeType's
 * autohinter leaves, and an SVG has no hinter of its own, so the text stage writes the hinted outline into the
 * file. Each glyph is decomposed as FT2Font.get_path decomposes FreeType's (FT_Outline_Decompose): the same path
 * codes, and every vertex's height within two 64ths of a pixel: FreeType rounds to a 64th at each step of its
 * interpolations (FT_MulFix), the model does not, which parts them by up to 1.6/64 px on these glyphs.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { hintedOutline } from '../../src/text/agg-text';
import type { OutlinePoint } from '../../src/text/font-metrics';
import { FIXTURE_FACES, FIXTURES, glyphName, type FixtureGlyph } from '../helpers/reference';

interface Case extends FixtureGlyph {
  x: number[];
  y: number[];
  codes: number[];
}
const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'hinted-outlines.json'), 'utf8')) as {
  cases: Case[];
};
const [MOVETO, LINETO, CURVE3, CLOSEPOLY] = [1, 2, 3, 79];

/**
 * FT_Outline_Decompose of a TrueType outline (on-curve points and conic controls), as get_path records it: one
 * coordinate of each vertex (`along`), and the path codes.
 */
function decompose(
  points: readonly OutlinePoint[],
  along: (p: OutlinePoint) => number = (p) => p.y,
): { y: number[]; codes: number[] } {
  const y: number[] = [];
  const codes: number[] = [];
  const emit = (v: number, code: number) => {
    y.push(v);
    codes.push(code);
  };
  let first = 0;
  points.forEach((p, last) => {
    if (!p.end) return;
    let start = along(points[first]);
    let i = first;
    let limit = last;
    if (!points[first].on) {
      // A contour that starts with a control point starts at its last point, or between the two.
      if (points[last].on) {
        start = along(points[last]);
        limit--;
      } else start = (along(points[first]) + along(points[last])) / 2;
      i--;
    }
    if (y.length) emit(0, CLOSEPOLY);
    emit(start, MOVETO);
    let closed = false;
    while (i < limit) {
      i++;
      if (points[i].on) {
        emit(along(points[i]), LINETO);
        continue;
      }
      let control = along(points[i]);
      for (;;) {
        if (i >= limit) {
          emit(control, CURVE3);
          emit(start, CURVE3);
          closed = true;
          break;
        }
        i++;
        if (points[i].on) {
          emit(control, CURVE3);
          emit(along(points[i]), CURVE3);
          break;
        }
        emit(control, CURVE3);
        emit((control + along(points[i])) / 2, CURVE3);
        control = along(points[i]);
      }
      if (closed) break;
    }
    if (!closed) emit(start, LINETO);
    first = last + 1;
  });
  if (y.length) emit(0, CLOSEPOLY);
  return { y, codes };
}

const name = glyphName;

/** The vertices more than two 64ths of a pixel from FreeType's, and how far the worst is. */
function offBy(c: Case): { off: number; worst: number; codes: boolean } {
  const outline = hintedOutline(c.char, c.px, FIXTURE_FACES[c.file]);
  const ours = decompose(outline ?? []);
  const codes = ours.codes.length === c.codes.length && ours.codes.every((k, i) => k === c.codes[i]);
  let off = 0,
    worst = 0;
  if (codes)
    ours.y.forEach((v, i) => {
      const d = Math.abs(v - c.y[i]);
      worst = Math.max(worst, d);
      if (d > 2 / 64 + 1e-9) off++;
    });
  return { off, worst, codes };
}

describe("the SVG's glyph outlines, vertex by vertex, as FreeType's autohinter leaves them", () => {
  for (const c of cases) {
    it(name(c), () => {
      const { off, worst, codes } = offBy(c);
      assert.ok(codes, 'the path codes differ from FT2Font.get_path');
      assert.equal(off, 0, `${off} vertices off, the worst by ${(worst * 64).toFixed(1)}/64 px`);
    });
  }
});

/**
 * Across, as FreeType's horizontal pass leaves a glyph at matplotlib's eightfold resolution: the vertices, all
 * moved by one constant (FreeType then shifts the outline by its left side bearing's rounding, a whole eighth of
 * a pixel, which the text layout places: glyph-runs.ts) and otherwise where FreeType has them.
 */
function acrossOff(c: Case): { eighths: number; worst: number } {
  const ours = decompose(hintedOutline(c.char, c.px, FIXTURE_FACES[c.file]) ?? [], (p) => p.x);
  const d = ours.y.map((v, i) => v - c.x[i]).filter((_, i) => ours.codes[i] !== CLOSEPOLY);
  const offset = [...d].sort((a, b) => a - b)[Math.floor(d.length / 2)];
  return { eighths: offset * 8, worst: Math.max(...d.map((v) => Math.abs(v - offset))) };
}

describe("the SVG's glyph outlines across, as FreeType's horizontal pass leaves them", () => {
  const results = cases.map((c) => ({ c, ...acrossOff(c) }));
  const exact = (r: (typeof results)[number]) =>
    Math.abs(r.eighths - Math.round(r.eighths)) <= 0.05 && r.worst <= 1 / 64;
  it('puts five in six glyphs where FreeType does, to a 64th of a pixel (240 of 279; unhinted across, 31)', () => {
    const n = results.filter(exact).length;
    assert.ok(n >= (5 / 6) * cases.length, `${n} of ${cases.length}`);
  });
  it('puts every vertex within an eighth of a pixel of where FreeType does', () => {
    const worst = results.reduce((a, r) => (r.worst > a.worst ? r : a));
    assert.ok(worst.worst <= 1 / 8, `${name(worst.c)}: ${(worst.worst * 64).toFixed(1)}/64 px`);
  });
  it('leaves an italic face unhinted across, as FreeType does', () => {
    for (const r of results.filter((r) => r.c.file.includes('Oblique')))
      assert.ok(exact(r), `${name(r.c)}: ${(r.worst * 64).toFixed(2)}/64 px`);
  });
});
