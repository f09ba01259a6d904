/**
 * The face of a text as matplotlib's findfont picks it among the bundled DejaVu faces: font.family's first
 * available family (a generic one standing for its rc list), the weight nearer Book (400) or Bold (700), italic
 * for italic and oblique. Expected values from matplotlib's rules (font_manager.py: weight_dict, score_weight).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { faceFor } from '../../src/style/fonts';
import { DEFAULT_RC, type Rc } from '../../src/style/rcparams';
import { buildFigure } from '../../src/spec/build';
import { addFontFile, ALL_FACES, faceKey, fontFile, PACKAGE_FONT_DIR, type FontFace } from '../../src/style/font-faces';
import { autohintedGlyphAcross, autohintedGlyphExtent, fontMetrics } from '../../src/text/agg-text';
import { scriptMetrics } from '../../src/text/blue-zones';
import { STORED_FILES, storedExtentKey, storedKey } from '../../src/text/stored-metrics';

const rc = (over: Partial<Rc>): Rc => ({ ...DEFAULT_RC, ...over });

/**
 * A stored glyph table's keys with the face, size and character each names: every face a key can name, the DejaVu
 * faces and the package's own font files; a key of no bundled face fails.
 */
function storedGlyphs(keys: string[]): [string, FontFace, number, string][] {
  const files = fs.readdirSync(PACKAGE_FONT_DIR).filter((f) => f.endsWith('.ttf'));
  const faces: FontFace[] = [
    ...ALL_FACES,
    ...files.map(
      (f) => ({ family: f, weight: 'normal', style: 'normal', file: path.join(PACKAGE_FONT_DIR, f) }) as const,
    ),
  ];
  const prefixes = faces.map((face) => [storedExtentKey(face, 0, '')!.slice(0, -':0:'.length), face] as const);
  return keys.map((key) => {
    const found = prefixes.find(([id]) => key.startsWith(`${id}:`));
    assert.ok(found, `${key}: no bundled face of that name`);
    const [id, face] = found;
    const rest = key.slice(id.length + 1);
    return [key, face, Number(rest.slice(0, rest.indexOf(':'))), rest.slice(rest.indexOf(':') + 1)];
  });
}

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
  });
  it("none found: findfont's fall back to DejaVu Sans, the asked weight and style kept", () => {
    // matplotlib 3.6, font.family 'serif' with font.serif ['Times New Roman'] and font.weight bold, where Times
    // is not installed: findfont returns DejaVuSans-Bold.ttf.
    const missing = rc({ 'font.family': ['serif'], 'font.serif': ['No Such Family Anywhere'], 'font.weight': 'bold' });
    assert.equal(faceKey(faceFor(missing)), 'DejaVuSans-Bold');
    assert.equal(faceFor(rc({ 'font.family': ['No Such Family Anywhere'] })), undefined);
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

describe('font files: fontManager.addfont', () => {
  const file = path.resolve(__dirname, '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuMathTeXGyre.ttf');
  it("reads the family from the file's name table, and font.family may then name it", () => {
    const face = addFontFile(file);
    // The family, weight and slant matplotlib's ttfFontProperty reads from the same file.
    assert.deepEqual([face.family, face.weightClass, face.style], ['DejaVu Math TeX Gyre', 400, 'normal']);
    const picked = faceFor(rc({ 'font.family': ['DejaVu Math TeX Gyre'] }));
    assert.equal(picked?.file, file);
    // Asked bold, the family's only face is the nearest: findfont does not make one up.
    assert.equal(faceFor(rc({ 'font.family': ['DejaVu Math TeX Gyre'], 'font.weight': 'bold' }))?.file, file);
  });
  it("gives a file the same drawing name in every worker thread, whatever was added before (they share the process's fonts)", async () => {
    const other = path.resolve(__dirname, '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf');
    const here = addFontFile(other).css;
    // In a fresh thread, the same file added first: the name must not depend on the order of adding.
    const module = path.resolve(__dirname, '../../src/style/font-faces.js');
    const code = `const { parentPort, workerData } = require('node:worker_threads');
      parentPort.postMessage(require(workerData.module).addFontFile(workerData.file).css);`;
    const there = await new Promise<string>((resolve, reject) => {
      const worker = new Worker(code, { eval: true, workerData: { module, file: other } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    assert.equal(there, here);
    assert.notEqual(addFontFile(file).css, here);
  });
  it('refuses what is not a TrueType font, naming the option, in one line', () => {
    const cases: [string, RegExp][] = [
      ['/no/such.ttf', /cannot use the font file '\/no\/such\.ttf' \(no such file\)/],
      [__filename, /\(not a TrueType font file\)/],
      [__dirname, /\(it is a folder\)/],
    ];
    for (const [given, pattern] of cases) {
      assert.throws(
        () => buildFigure({ panels: [{ curves: [{ function: 'relu' }] }], fontFile: given }),
        (e: unknown) => e instanceof UsageError && e.field[0] === 'fontFile' && pattern.test(e.message),
        given,
      );
    }
  });
});

describe("the build's stored script metrics (text/stored-metrics.ts)", () => {
  const file = path.join(__dirname, '..', '..', 'src', 'text', 'script-metrics.json');
  it('are what measuring each bundled face gives, for every DejaVu face and both scripts', (t) => {
    if (!fs.existsSync(file)) {
      t.skip('no script-metrics.json: `npm run build` writes it (a build by tsc alone does not)');
      return;
    }
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    let checked = 0;
    for (const face of ALL_FACES)
      for (const script of ['latin', 'greek'] as const) {
        const key = storedKey(face, script);
        assert.ok(key && key in stored, `${faceKey(face)} ${script} is stored`);
        assert.deepEqual(stored[key], scriptMetrics(fontMetrics(face), script) ?? null, key);
        checked++;
      }
    assert.equal(checked, ALL_FACES.length * 2);
  });
  it("hold each glyph's hinted bottom and top as the autohinter puts them, for bundled faces only", (t) => {
    if (!fs.existsSync(STORED_FILES.extents)) {
      t.skip('no glyph-extents.json: `npm run build` writes it (a build by tsc alone does not)');
      return;
    }
    const stored = JSON.parse(fs.readFileSync(STORED_FILES.extents, 'utf8')) as Record<string, unknown>;
    const keys = Object.keys(stored);
    // The build stores the glyphs of its figures' tick labels and titles, and every ASCII character at their sizes.
    assert.ok(keys.length > 200, `only ${keys.length} glyphs stored`);
    for (const [key, face, size, ch] of storedGlyphs(keys)) {
      assert.deepEqual(stored[key], autohintedGlyphExtent(ch, size, face) ?? null, key);
    }
  });
  it("hold each glyph's advance and bearing as the autohinter leaves them, for bundled faces only", (t) => {
    if (!fs.existsSync(STORED_FILES.across)) {
      t.skip('no glyph-across.json: `npm run build` writes it (a build by tsc alone does not)');
      return;
    }
    const stored = JSON.parse(fs.readFileSync(STORED_FILES.across, 'utf8')) as Record<string, unknown>;
    const keys = Object.keys(stored);
    assert.ok(keys.length > 200, `only ${keys.length} advances stored`);
    for (const [key, face, size, ch] of storedGlyphs(keys)) {
      assert.deepEqual(stored[key], autohintedGlyphAcross(ch, size, face) ?? null, key);
    }
  });
  it('are not used for a font file of the user, which is measured: not even one named as a bundled one', () => {
    const face = {
      family: 'DejaVu Sans',
      weight: 'normal',
      style: 'normal',
      file: '/elsewhere/DejaVuSans.ttf',
    } as const;
    assert.equal(storedKey(face, 'latin'), undefined);
    assert.equal(storedExtentKey(face, 10, 'x'), undefined);
  });
});
