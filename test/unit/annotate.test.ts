/**
 * annotate() read as matplotlib 3.6 reads its arguments, and placed in its coordinate systems: the text at xytext
 * (data, axes and figure fractions, points and pixels, offsets from xy), left out when its point lies outside
 * the axes in data coordinates. Expected values worked by hand with a fixed measurer (every character 6 units
 * wide, 7 up and 2 down); the arrows' own geometry is checked against matplotlib's in annotate-arrows.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureFor } from '../../src/cli/commands';
import { parsePlotArgs } from '../../src/cli/main';
import { UsageError } from '../../src/errors';
import { placeAnnotations, type AnnotationFrame } from '../../src/layout/annotations';
import { readAnnotate } from '../../src/spec/annotate';
import { parseCallArgs } from '../../src/pycall';
import { DEFAULT_RC } from '../../src/style/rcparams';
import { fixedMeasurer } from '../helpers/legend-fixtures';

const at = ['panels', 0, 'annotate', 0];

describe('readAnnotate: annotate()’s arguments', () => {
  it("matplotlib's defaults: the text at xy, in data coordinates, left and baseline, no arrow", () => {
    const a = readAnnotate("'peak', (1, 2)", at);
    assert.deepEqual(a, { text: 'peak', xy: [1, 2], xycoords: 'data', textcoords: 'data', ha: 'left', va: 'baseline' });
  });
  it('textcoords defaults to xycoords; an arrowstyle takes its sizes, the older arrow its own keys', () => {
    const a = readAnnotate("'a', xy=(0.5, 0.5), xycoords='axes fraction', xytext=(0.1, 0.9)", at);
    assert.equal(a.textcoords, 'axes fraction');
    const curve = readAnnotate("'a', (0, 0), arrowprops=dict(arrowstyle='<|-, head_width=0.3', lw=2, color='r')", at);
    assert.deepEqual(curve.arrow?.style, {
      kind: 'curve',
      begin: 'filled',
      end: 'none',
      headLength: 0.4,
      headWidth: 0.3,
    });
    assert.deepEqual([curve.arrow?.face, curve.arrow?.edge, curve.arrow?.linewidth], ['r', 'r', 2]);
    const old = readAnnotate("'a', (0, 0), arrowprops=dict(facecolor='black', shrink=0.05)", at);
    assert.deepEqual(old.arrow?.style, { kind: 'legacy', width: 4, headWidth: 12, headLength: 12, shrink: 0.05 });
    // Patch's defaults: face patch.facecolor (C0), edge patch.edgecolor (black), 1 point.
    assert.deepEqual([old.arrow?.face, old.arrow?.edge, old.arrow?.linewidth], ['black', 'black', 1]);
    const plain = readAnnotate("'a', (0, 0), arrowprops={'arrowstyle': '-|>'}", at);
    assert.deepEqual([plain.arrow?.face, plain.arrow?.edge, plain.arrow?.rad], ['C0', 'black', 0]);
    assert.equal(
      readAnnotate("'a', (0, 0), arrowprops=dict(arrowstyle='->', connectionstyle='arc3, rad=-0.3')", at).arrow?.rad,
      -0.3,
    );
  });
  it('dict(key=value) reads as the dict literal a script writes', () => {
    const { keywords } = parseCallArgs("arrowprops=dict(a=1, b='x', c=(1, 2))", at);
    assert.deepEqual(JSON.parse(JSON.stringify(keywords)), {
      arrowprops: { a: 1, b: 'x', c: [1, 2] },
    });
  });
  it('refuses what matplotlib refuses or actplot does not draw, naming the key', () => {
    const cases: [string, RegExp][] = [
      ["'a'", /xy: got 'nothing'/],
      ["'a', xy=0", /a pair \(x, y\)/],
      ["'a', (0, 0), xycoords='axes fractoin'", /did you mean 'axes fraction'/],
      ["'a', (0, 0), xycoords='offset points'", /one of 'data'/],
      ["'a', (0, 0), arrowprops=dict(arrowstyle='fancy')", /'fancy' is matplotlib's, but actplot does not draw it yet/],
      ["'a', (0, 0), arrowprops=dict(arrowstyle='->', shrink=0.1)", /the older arrow without arrowstyle takes it/],
      ["'a', (0, 0), arrowprops=dict(shrinkA=1)", /with an arrowstyle/],
      ["'a', (0, 0), arrowprops=dict(arrowstyle='->', connectionstyle='angle3')", /'angle3' is matplotlib's/],
      ["'a', (0, 0), arrowprops=dict(arrowstyle='->, head_size=1')", /sizes of '->': head_length, head_width/],
      ["'a', (0, 0), rotation=30, bbox=dict(boxstyle='round')", /no bbox at a rotation other than a multiple of 90/],
      ["'a', (0, 0), arrowprops=dict(a=1, a=2)", /each key once/],
    ];
    for (const [text, pattern] of cases) {
      assert.throws(
        () => readAnnotate(text, at),
        (e: unknown) => e instanceof UsageError && pattern.test(e.message),
        text,
      );
    }
  });
});

describe('placeAnnotations: the text in its coordinate system', () => {
  // An axes from (100, 50) to (500, 350) showing x and y from 0 to 10; a 600 by 400 figure; 2 units a point.
  const frame: AnnotationFrame = {
    box: { left: 100, top: 50, right: 500, bottom: 350 },
    toX: (v) => 100 + 40 * v,
    toY: (v) => 350 - 30 * v,
    page: { left: 0, top: 0, right: 600, bottom: 400 },
    scale: 2,
    pixel: 1,
    measure: fixedMeasurer,
    rc: DEFAULT_RC,
  };
  const place = (call: string) => placeAnnotations([readAnnotate(call, at)], frame);
  it('data, axes and figure coordinates, and offsets in points from the point', () => {
    const anchor = (call: string) => {
      const t = place(call).texts[0];
      return [t.x, t.baseline];
    };
    assert.deepEqual(anchor("'a', xy=(5, 5)"), [300, 200]);
    assert.deepEqual(anchor("'a', xy=(5, 5), xytext=(0.25, 0.5), textcoords='axes fraction'"), [200, 200]);
    assert.deepEqual(anchor("'a', xy=(0.5, 0.25), xycoords='figure fraction'"), [300, 300]);
    assert.deepEqual(anchor("'a', xy=(5, 5), xytext=(10, -20), textcoords='offset points'"), [320, 240]);
    assert.deepEqual(anchor("'a', xy=(5, 5), xytext=(10, 20), textcoords='offset pixels'"), [310, 180]);
    assert.deepEqual(anchor("'a', xy=(30, 40), xycoords='axes points'"), [160, 270]);
  });
  it('a point outside the axes in data coordinates is left out, unless annotation_clip=False', () => {
    assert.equal(place("'a', xy=(11, 5), xytext=(5, 5)").texts.length, 0);
    assert.equal(place("'a', xy=(11, 5), xytext=(5, 5), annotation_clip=False").texts.length, 1);
    assert.equal(place("'a', xy=(1.1, 0.5), xycoords='axes fraction'").texts.length, 1, 'only data is clipped');
    assert.equal(place("'a', xy=(1.1, 0.5), xycoords='axes fraction', annotation_clip=True").texts.length, 0);
  });
  it("the arrow ends shrinkB short of the point and starts outside the text's padded box", () => {
    // Text 'ab' centred at (300, 110): its box 294 to 306 across, 103 to 112 down; the point (300, 350) below.
    const { arrows } = place("'ab', xy=(5, 0), xytext=(5, 8), ha='center', arrowprops=dict(arrowstyle='-')");
    const [shaft] = arrows[0].paths;
    const start = shaft.ops[0];
    const end = shaft.ops[1];
    assert.equal(start[0], 'M');
    assert.equal(end[0], 'Q');
    // From the box's centre down: its bottom (112) padded by 2 points (4 units), shrunk by 2 points (4) more.
    assert.ok(Math.abs(start[1] - 300) < 1e-9 && Math.abs(start[2] - (112 + 4 + 4)) < 0.02, String(start));
    // shrinkB: 2 points (4 units) above the point at y 350.
    assert.ok(Math.abs(end[3] - 300) < 1e-9 && Math.abs(end[4] - 346) < 0.02, String(end));
  });
});

describe('--annotate in a figure', () => {
  it('adds to the panel it is given with, in order; a config key of the same name', () => {
    const fig = figureFor(parsePlotArgs(['relu', '--annotate', "'a', (0, 0)", '--annotate', "'b', (1, 1)"]).panels).fig;
    assert.deepEqual(
      fig.axes[0].annotations?.map((a) => a.text),
      ['a', 'b'],
    );
  });
});
