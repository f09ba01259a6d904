/**
 * The SVG's groups against matplotlib's own SVG of the same figure: every <g id> (figure_1, axes_1,
 * matplotlib.axis_1, xtick_3, line2d_7, text_5, patch_2, legend_1, LineCollection_1...) at the same place in
 * the same nesting, for the document's seven figures (test/fixtures/matplotlib/*.svg, saved by its scripts) and
 * every case whose references keep matplotlib's SVG (scripts/make-references.py). And the marks that carry
 * the groups through Cairo (render/targets/svg-groups.ts): none is left, and an unbalanced set falls back to
 * no groups.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { renderFigure } from '../../src/render/pipeline';
import { applyGroups } from '../../src/render/targets/svg-groups';
import { CASES, matplotlibVector } from '../helpers/visual';

/** The <g id> tree of an SVG, one line each, indented by nesting (groups without an id, Cairo's, left out). */
function groupTree(svg: string): string[] {
  const out: string[] = [];
  const stack: boolean[] = [];
  for (const m of svg.matchAll(/<g\b([^>]*?)(\/?)>|<\/g>/g)) {
    if (m[0] === '</g>') {
      stack.pop();
      continue;
    }
    const id = /\bid="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const named = !!id && !id.startsWith('surface');
    if (named) out.push(`${'  '.repeat(stack.filter(Boolean).length)}${id}`);
    if (m[2] !== '/') stack.push(named);
  }
  return out;
}

/** matplotlib's SVG of a case: the references' own (`*.mpl.svg`), or the document's figure's beside its PNG. */
function theirSvg(c: (typeof CASES)[number]): string | undefined {
  const beside = c.reference.replace(/\.png$/, '.svg');
  return (
    matplotlibVector(c, 'svg') ??
    (c.reference.includes(`${path.sep}matplotlib${path.sep}`) && fs.existsSync(beside) ? beside : undefined)
  );
}

/** A mark as Cairo writes it, or as the compaction of the SVG would rewrite one left over. */
const LEFT_MARK =
  /fill-opacity:0\.498039;" d="M 0 0 L 0\.0117188 0|x="0" y="0" style="fill:#[0-9a-f]{6};fill-opacity:0\.498039;"/;

const ours = (args: string[]) => Buffer.from(renderFigure(figureFor(parsePlotArgs(args).panels).fig, 'svg')).toString();

describe("SVG groups as matplotlib's SVG backend writes them", () => {
  const withSvg = CASES.filter((c) => theirSvg(c));
  it("covers the document's seven figures and the cases whose references keep an SVG", () =>
    assert.ok(withSvg.length >= 25, `${withSvg.length} cases`));
  for (const c of withSvg) {
    it(c.name, () => {
      const svg = ours(c.args);
      assert.deepEqual(groupTree(svg), groupTree(fs.readFileSync(theirSvg(c)!, 'utf8')));
      // A mark is a half-transparent speck at the page's corner (a legend's shadow is half transparent too).
      assert.doesNotMatch(svg, LEFT_MARK, 'no mark is left');
    });
  }
});

describe('the marks that carry the groups through Cairo', () => {
  const mark = (i: number) =>
    `<path style=" stroke:none;fill-rule:nonzero;fill:rgb(0%,0%,${((i * 100) / 255).toFixed(6)}%);fill-opacity:0.498039;" d="M 0 0 L 0.0117188 0 L 0.0117188 0.0117188 L 0 0.0117188 Z M 0 0 "/>`;
  const line = '<path d="M 0 0 L 1 1"/>';
  it('become the groups and elements they stand for, in order', () => {
    const svg = [mark(0), line, mark(1), mark(2)].join('\n');
    const steps = [{ open: 'line2d_1' }, { element: '<text>a</text>' }, { close: true as const }];
    assert.equal(applyGroups(svg, steps), ['<g id="line2d_1">', line, '<text>a</text>', '</g>'].join('\n'));
  });
  it('are dropped with their groups when one is missing, the elements kept', () => {
    const svg = [mark(0), line, mark(2)].join('\n');
    const steps = [{ open: 'line2d_1' }, { element: '<text>a</text>' }, { close: true as const }];
    assert.equal(applyGroups(svg, steps), ['', line, ''].join('\n'));
    const unbalanced = [{ open: 'a_1' }, { element: '<text>a</text>' }, { open: 'b_1' }];
    assert.equal(
      applyGroups([mark(0), mark(1), mark(2)].join('\n'), unbalanced),
      ['', '<text>a</text>', ''].join('\n'),
    );
  });
});
