/**
 * The face of a text as matplotlib's findfont picks it among the bundled DejaVu faces: font.family's first
 * available family (a generic one standing for its rc list), the weight nearer Book (400) or Bold (700), italic
 * for italic and oblique. Expected values from matplotlib's rules (font_manager.py: weight_dict, score_weight).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { faceFor } from '../../src/style/fonts';
import { DEFAULT_RC, type Rc } from '../../src/style/rcparams';
import { faceKey, fontFile } from '../../src/text/font-file';

const rc = (over: Partial<Rc>): Rc => ({ ...DEFAULT_RC, ...over });

describe('faceFor: the bundled face of a text', () => {
  it("matplotlib's defaults are the regular DejaVu Sans (undefined: no face of its own)", () => {
    assert.equal(faceFor(DEFAULT_RC), undefined);
  });
  it('a generic family stands for its rc list; families actplot lacks are passed over', () => {
    assert.equal(faceFor(rc({ 'font.family': ['serif'] }))?.family, 'DejaVu Serif');
    assert.equal(faceFor(rc({ 'font.family': ['monospace'] }))?.family, 'DejaVu Sans Mono');
    assert.equal(faceFor(rc({ 'font.family': ['Times New Roman', 'serif'] }))?.family, 'DejaVu Serif');
    const arialFirst = rc({ 'font.sans-serif': ['Arial', 'Liberation Sans', 'DejaVu Sans'] });
    assert.equal(faceFor(arialFirst), undefined, 'seaborn lists Arial first: DejaVu Sans where Arial is missing');
    assert.throws(
      () => faceFor(rc({ 'font.family': ['Comic Sans MS'] })),
      (e: unknown) => e instanceof UsageError && /font\.family: got 'Comic Sans MS'; expected a family/.test(e.message),
    );
  });
  it('weights: semibold (600) and above are Bold, medium (500) and below Book; light is refused', () => {
    const weight = (w: string | number) => faceFor(DEFAULT_RC, { weight: w })?.weight ?? 'normal';
    assert.deepEqual(['normal', 'medium', 500, 'semibold', 600, 'bold', 'heavy', 900].map(weight), [
      'normal',
      'normal',
      'normal',
      'bold',
      'bold',
      'bold',
      'bold',
      'bold',
    ]);
    assert.throws(() => faceFor(DEFAULT_RC, { weight: 'light' }, ['text', 'fontweight']), /weight of 200/);
    assert.throws(() => faceFor(DEFAULT_RC, { weight: 'heavyish' }, ['text', 'fontweight']), /expected a weight/);
  });
  it("italic and oblique are DejaVu Sans's Oblique and DejaVu Serif's Italic, bundled files both", () => {
    const sans = faceFor(DEFAULT_RC, { style: 'oblique' });
    const serif = faceFor(DEFAULT_RC, { style: 'italic', family: 'serif', weight: 'bold' });
    assert.deepEqual([faceKey(sans), faceKey(serif)], ['DejaVuSans-Oblique', 'DejaVuSerif-BoldItalic']);
    assert.match(fontFile(serif), /DejaVuSerif-BoldItalic\.ttf$/);
  });
});
