/**
 * rcParams and style sheets against matplotlib's own reading of them (test/fixtures/rc-styles.json, made by
 * scripts/make-rc-fixtures.py): every default actplot draws by, and every key of every bundled sheet, after
 * plt.style.use(sheet).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { optionAsFlag } from '../../src/cli/wording';
import { buildFigure } from '../../src/spec/build';
import { warningText } from '../../src/spec/warnings';
import { figureRc } from '../../src/spec/figure-rc';
import { colorInCycle } from '../../src/style/colors';
import { cycleColors, type PropCycle } from '../../src/style/cycler';
import { DEFAULT_RC, RC_KEYS, type Rc, type RcKey } from '../../src/style/rcparams';
import { scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';
import { FIXTURES } from '../helpers/reference';

type Plain = number | string | boolean | null | Plain[] | { rgba: number[] } | { cycle: number[][] };
const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rc-styles.json'), 'utf8')) as {
  defaults: Record<string, Plain>;
  sheets: Record<string, Record<string, Plain>>;
};

const rgba = (rc: Rc, text: string) => {
  const c = colorInCycle(text, cycleColors(rc['axes.prop_cycle']));
  return [c.r / 255, c.g / 255, c.b / 255, c.a];
};
// Colours to the 8 bits a pixel has (matplotlib keeps grey levels as floats: '.15' is 38.25 of 255).
const near = (a: number[], b: number[], tol = 1 / 255) =>
  a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= tol);

/** Whether actplot's value of a key is matplotlib's. */
function same(rc: Rc, key: RcKey, theirs: Plain): boolean {
  const ours = rc[key];
  if (theirs && typeof theirs === 'object' && 'rgba' in theirs)
    return typeof ours === 'string' && near(rgba(rc, ours), theirs.rgba);
  if (theirs && typeof theirs === 'object' && 'cycle' in theirs) {
    const cycle = cycleColors(ours as PropCycle);
    return cycle.length === theirs.cycle.length && cycle.every((c, i) => near(rgba(rc, c), theirs.cycle[i]));
  }
  if (key === 'savefig.bbox') return ours === (theirs ?? 'standard');
  // matplotlib's None: legend.title_fontsize's is written None in a matplotlibrc, as actplot keeps it;
  // legend.framealpha's is null (the frame's colours' own alpha).
  if (theirs === null) return key === 'legend.framealpha' ? ours === null : ours === 'None';
  // Lists of names (font families): the same names in the same order.
  if (Array.isArray(theirs) && theirs.every((v) => typeof v === 'string'))
    return Array.isArray(ours) && ours.length === theirs.length && ours.every((v, i) => v === theirs[i]);
  if (Array.isArray(theirs)) return Array.isArray(ours) && near(ours as number[], theirs as number[], 1e-12);
  return ours === theirs;
}

/** Sheets that set something actplot does not draw yet: refused, saying which key. */
const REFUSED: Record<string, RegExp> = {
  _classic_test_patch: /./,
};

describe("rcParams: actplot's defaults are matplotlib's", () => {
  for (const key of Object.keys(RC_KEYS) as RcKey[]) {
    it(key, () =>
      assert.ok(
        same(DEFAULT_RC as Rc, key, fixture.defaults[key]),
        `${String(DEFAULT_RC[key])} against ${JSON.stringify(fixture.defaults[key])}`,
      ),
    );
  }
});

describe('style sheets: each read as plt.style.use() reads it', () => {
  for (const [sheet, keys] of Object.entries(fixture.sheets)) {
    it(sheet, () => {
      if (REFUSED[sheet]) {
        assert.throws(
          () => figureRc({ style: sheet }),
          (e: unknown) => e instanceof UsageError && REFUSED[sheet].test(e.message),
        );
        return;
      }
      const { rc } = figureRc({ style: sheet })!;
      const checked = Object.entries(keys).filter(([k]) => Object.hasOwn(RC_KEYS, k));
      assert.ok(checked.length > 0 || sheet === 'fast', 'no key of the sheet is one actplot draws by');
      for (const [k, v] of checked)
        assert.ok(same(rc, k as RcKey, v), `${k}: ${JSON.stringify(rc[k as RcKey])} against ${JSON.stringify(v)}`);
    });
  }
});

describe('font families not found, as matplotlib 3.6 warns of them and draws on', () => {
  const sigmoid = { panels: [{ curves: [{ function: 'sigmoid' }] }] };
  const warned = (rc: Record<string, string>) => (buildFigure({ ...sigmoid, rc }).warnings ?? []) as string[];
  it("font.sans-serif=['SimHei'] where it is not installed: DejaVu Sans, with findfont's two warnings in one", () => {
    // findfont's words for rcParams['font.sans-serif'] = ['SimHei'] on a machine without it (matplotlib 3.6).
    const [w, ...more] = warned({ 'font.sans-serif': 'NoSuchFamilyXyz' });
    assert.deepEqual(more, []);
    assert.ok(w.startsWith("findfont: Font family ['sans-serif'] not found. Falling back to DejaVu Sans"), w);
    assert.ok(
      w.includes(
        "Generic family 'sans-serif' not found because none of the following families were found: " + 'NoSuchFamilyXyz',
      ),
      w,
    );
  });
  it('a list whose later family is found: only the missing one is warned of ("Font family \'X\' not found.")', () => {
    assert.deepEqual(warned({ 'font.family': 'NoSuchFamilyXyz, DejaVu Serif' }), [
      "findfont: Font family 'NoSuchFamilyXyz' not found.",
    ]);
  });
  it("a text's own family= is looked up the same way", () => {
    const fig = buildFigure({
      panels: [{ curves: [{ function: 'sigmoid' }], title: "'t', family='NoSuchFamilyXyz'" }],
    });
    assert.match(String(fig.warnings?.[0]), /^findfont: Font family \['NoSuchFamilyXyz'\] not found\. Falling back/);
  });
});

describe("style names as matplotlib 3.6's style.use reads them", () => {
  it("the seaborn sheets' names before 3.6 are the v0_8 sheets, with its deprecation warning; mpl20 is default", () => {
    const old = figureRc({ style: 'seaborn-whitegrid' })!;
    assert.deepEqual(old.rc, figureRc({ style: 'seaborn-v0_8-whitegrid' })!.rc);
    assert.equal(old.warnings.length, 1);
    assert.match(old.warnings[0], /^The seaborn styles shipped by Matplotlib are deprecated since 3\.6/);
    const alias = figureRc({ style: 'mpl20' })!;
    assert.deepEqual([alias.rc, alias.warnings], [figureRc({ style: 'default' })!.rc, []]);
  });
});

describe('--rc and --style on the command line and in configs', () => {
  it('refuses a misspelt rcParam, a real one not drawn yet, a bad value and a missing =, each in one line', async () => {
    const dir = scratch();
    for (const [args, pattern] of [
      [
        ['--rc', 'axes.titlsize=large'],
        /^actplot: --rc axes\.titlsize: got 'axes\.titlsize'; expected an rcParam of matplotlib \(did you mean 'axes\.titlesize'/,
      ],
      [
        ['--rc', 'font.variant=small-caps'],
        /^actplot: --rc font\.variant: got 'small-caps': matplotlib's, but actplot draws only normal yet/,
      ],
      [
        ['--rc', 'text.kerning_factor=6'],
        /^actplot: --rc text\.kerning_factor: text\.kerning_factor is matplotlib's, but actplot does not support it yet/,
      ],
      [['--rc', 'lines.linewidth=thick'], /^actplot: --rc lines\.linewidth: got 'thick'; expected points, 0 to 100/],
      [['--rc', 'axes.prop_cycle=red'], /^actplot: --rc axes\.prop_cycle: got 'red'; expected cycler\('color'/],
      [['--rc', 'font.size'], /^actplot: --rc: got 'font\.size'; expected KEY=VALUE/],
      [['--style', 'ggplt'], /^actplot: --style: got 'ggplt'; expected a style: .*\(did you mean 'ggplot'\?\)/],
      [
        ['--title', '$x^2$', '--rc', 'mathtext.fontset=stixsans'],
        /^actplot: --rc mathtext\.fontset: got 'stixsans'; expected dejavusans, dejavuserif, stix or cm for a figure with math \(the stixsans and custom fontsets are not drawn yet\)/,
      ],
      [
        ['--style', 'classic', '--rc', 'ytick.alignment=middle'],
        /^actplot: --rc ytick\.alignment: got 'middle'; expected center_baseline, center, top, bottom or baseline/,
      ],
      [
        ['--style', 'classic', '--scatter', '[0, 1], [0, 1]'],
        /^actplot: --scatter: scatter\(\) in the classic style \(_internal\.classic_mode\) is matplotlib's, but actplot does not draw it yet; plot\(\) the points with a marker instead/,
      ],
      [
        ['--style', 'nope/missing.mplstyle'],
        /^actplot: --style: cannot read the style file 'nope\/missing\.mplstyle' \(no such file\)/,
      ],
      [['--style', '/dev/zero'], /^actplot: --style: cannot read the style file '\/dev\/zero' \(larger than 1 MB/],
      [['--style', './'], /^actplot: --style: cannot read the style file '\.\/' \(it is a folder\)/],
    ] as const) {
      const r = await cli(['sigmoid', ...args, '-o', 'a.png'], dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.ok(!fs.existsSync(path.join(dir, 'a.png')));
    }
  });

  it('reads a .mplstyle file, and a config takes style and rc keys, a misspelt one refused at its path', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'my.mplstyle'), 'lines.linewidth : 3  # thick\naxes.facecolor: "EEEEEE"\n');
    fs.writeFileSync(
      path.join(dir, 'c.yaml'),
      'figures:\n  - {name: a, functions: [relu, gelu], style: [ggplot, my.mplstyle], rc: {axes.titlesize: large, font.size: 11}}\n',
    );
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'figures:\n  - {name: a, function: relu, rc: {lines.linewdth: 2}}\n');
    assert.equal((await cli(['sigmoid', 'tanh', '--style', 'my.mplstyle', '-o', 's.png'], dir)).code, 0);
    const r = await cli(['render', 'c.yaml', '--out-dir', 'o', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'o', 'a.png')));
    const bad = await cli(['render', 'bad.yaml', '--out-dir', 'o'], dir);
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /bad\.yaml: figures\[0\]\.rc\.lines\.linewdth: got 'lines\.linewdth'; .*did you mean 'lines\.linewidth'/,
    );
  });
});

describe('rcParams a figure of the document sets itself', () => {
  const sigmoid = { panels: [{ curves: [{ function: 'sigmoid' }] }] };
  const own = {
    'figure.figsize': '6, 4',
    'lines.linewidth': 5,
    'axes.grid': false,
    'axes.prop_cycle': "cycler('color', ['r'])",
  };
  it('are each warned of with the option that does it, and apply under the matplotlib style', () => {
    const advising = buildFigure({ ...sigmoid, rc: own }).warnings ?? [];
    // Worded as the command line shows them; a config and the API name the options as keys.
    const warnings = advising.map((w) => warningText(w, optionAsFlag));
    const asKeys = advising.map((w) => warningText(w));
    for (const [w, option] of asKeys.map((w, i) => [
      w,
      ['(size: [6, 4])', '(linewidth: 5)', '(color)', 'say grid: false'][i],
    ]))
      assert.ok(w.includes(option) && w.endsWith('or use style: matplotlib, which leaves them to the rcParams'), w);
    assert.deepEqual(
      warnings.map((w) => /^rcParams\['([a-z._]+)'\] changes nothing in this figure: /.exec(w)?.[1]),
      ['figure.figsize', 'lines.linewidth', 'axes.prop_cycle', 'axes.grid'],
    );
    for (const [w, option] of warnings.map((w, i) => [
      w,
      ['--size 6x4', '--linewidth 5', '--color', '--grid False'][i],
    ]))
      assert.ok(w.includes(option) && w.endsWith('or use --style matplotlib, which leaves them to the rcParams'), w);
    // The document's sigmoid script: plt.figure(figsize=(16, 2.0)), plt.plot(..., linewidth=1).
    assert.match(warnings[0], /\(here 16×2 in\)/);
    assert.match(warnings[1], /\(here 1 pt, /);
    const plain = buildFigure({ ...sigmoid, rc: own, style: 'matplotlib' });
    assert.equal(plain.warnings, undefined);
    assert.deepEqual(plain.size, [6, 4]);
  });
  it('are not warned of where they apply, or where an option of the figure says the same', () => {
    // Two functions take their colours from the cycle; a size given says the size.
    const two = { panels: [{ curves: [{ function: 'sigmoid' }, { function: 'tanh' }] }] };
    assert.equal(buildFigure({ ...two, rc: { 'axes.prop_cycle': "cycler('color', ['r', 'g'])" } }).warnings, undefined);
    assert.equal(buildFigure({ ...sigmoid, size: [6, 4], rc: { 'figure.figsize': '6, 4' } }).warnings, undefined);
    // A style sheet sets these too: the README says the document's figures keep theirs.
    assert.equal(buildFigure({ ...sigmoid, style: 'seaborn-v0_8-talk' }).warnings, undefined);
  });
  it("are warned of for the document's figure of several panels, which no style changes", () => {
    const fig = buildFigure({
      panels: [{ curves: [{ function: 'sigmoid-newfun-tanh-compare' }] }],
      style: 'matplotlib',
      rc: { 'lines.linewidth': 3 },
    });
    assert.equal(fig.warnings?.length, 1);
    assert.match(
      warningText(fig.warnings![0]),
      /'sigmoid-newfun-tanh-compare' draws its curves, colours, grid and size as its script does$/,
    );
  });
  it('reach the command line as one warning line each, the figure drawn', async () => {
    const dir = scratch();
    const r = await cli(['sigmoid', '--rc', 'figure.figsize=6,4', '-o', 'a.png'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /^actplot: warning: rcParams\['figure\.figsize'\] changes nothing in this figure: .*--size 6x4/,
    );
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.ok(fs.existsSync(path.join(dir, 'a.png')));
  });
  it("reach a config's reader in its own words: the keys, not the flags", async () => {
    const dir = scratch();
    fs.writeFileSync(
      path.join(dir, 'c.yaml'),
      "figures:\n  - {name: a, function: gelu, rc: {figure.figsize: '6, 4'}}\n",
    );
    const r = await cli(['render', 'c.yaml', '--out-dir', 'o', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /^actplot: warning: c\.yaml: a: rcParams\['figure\.figsize'\] .*give the size \(size: \[6, 4\]\), or use style: matplotlib,/,
    );
    assert.doesNotMatch(r.stderr, /--size|--style/);
  });
});

describe("axes.prop_cycle as the classic sheet writes it: cycler('color', 'bgrcmyk')", () => {
  it("is its letters, one colour each (validate_cycler: cycler('color', ['b', 'g', 'r', 'c', 'm', 'y', 'k']))", () => {
    const { rc } = figureRc({ rc: { 'axes.prop_cycle': "cycler('color', 'bgrcmyk')" } })!;
    assert.deepEqual(cycleColors(rc['axes.prop_cycle']), ['b', 'g', 'r', 'c', 'm', 'y', 'k']);
  });
});

describe("--rc in a script's own words: rcParams.update()'s dict and plt.rc()'s arguments", () => {
  // matplotlib 3.6: rcParams.update({...}) sets each key; plt.rc(group, **kwargs) sets group.key for each group,
  // its aliases (lw, ls, c, fc, ec, mew, aa) spelt out; plt.style.use([...]) applies the sheets in order.
  it('sets the same rcParams as KEY=VALUE', () => {
    const words = figureRc({
      rc: [
        "{'font.size': 13, 'axes.grid': True, 'legend.framealpha': None, 'figure.figsize': (8, 3)}",
        "'lines', lw=2.5, ls='--', c='r'",
        "('xtick', 'ytick'), labelsize=9",
      ],
    })!;
    const keys = figureRc({
      rc: [
        'font.size=13',
        'axes.grid=True',
        'legend.framealpha=None',
        'figure.figsize=8, 3',
        'lines.linewidth=2.5',
        'lines.linestyle=--',
        'lines.color=r',
        'xtick.labelsize=9',
        'ytick.labelsize=9',
      ],
    })!;
    assert.deepEqual(words.rc, keys.rc);
    assert.deepEqual([...words.given].sort(), [...keys.given].sort());
    assert.equal(words.rc['font.size'], 13);
    assert.equal(words.rc['axes.grid'], true);
  });
  it('reads a cycler() inside the dict and as a keyword of plt.rc(), as KEY=VALUE reads it', () => {
    const text = "cycler(color=['r', 'g']) + cycler(ls=['-', ':'])";
    const keys = figureRc({ rc: [`axes.prop_cycle=${text}`] })!.rc['axes.prop_cycle'];
    assert.deepEqual(figureRc({ rc: [`{'axes.prop_cycle': ${text}, 'font.size': 9}`] })!.rc['axes.prop_cycle'], keys);
    assert.deepEqual(figureRc({ rc: [`'axes', prop_cycle=(${text}), titlesize=9`] })!.rc['axes.prop_cycle'], keys);
    assert.deepEqual(keys.keys, ['color', 'linestyle']);
  });
  it("takes plt.style.use()'s list as the sheets one after the other", () => {
    const list = figureRc({ style: "['ggplot', 'fast']" })!;
    assert.deepEqual(list.rc, figureRc({ style: ['ggplot', 'fast'] })!.rc);
  });
  // A script's line whole: rcParams[key] = value sets that key (RcParams.__setitem__), update() each of its
  // dict's, plt.rc(...) as its arguments, plt.style.use(...) as its argument; under plt., mpl. or matplotlib.
  it('takes the lines that set them, copied whole', () => {
    const words = figureRc({
      rc: [
        "plt.rcParams['font.size'] = 13",
        'mpl.rcParams["figure.figsize"] = (8, 3)',
        "matplotlib.rcParams.update({'axes.grid': True, 'legend.framealpha': None})",
        "plt.rc('lines', lw=2.5)",
        "rcParams['xtick.labelsize'] = 9",
      ],
      style: ["plt.style.use('ggplot')", "matplotlib.style.use(['fast'])"],
    })!;
    const keys = figureRc({
      rc: [
        'font.size=13',
        'figure.figsize=8, 3',
        'axes.grid=True',
        'legend.framealpha=None',
        'lines.linewidth=2.5',
        'xtick.labelsize=9',
      ],
      style: ['ggplot', 'fast'],
    })!;
    assert.deepEqual(words.rc, keys.rc);
    assert.deepEqual([...words.given].sort(), [...keys.given].sort());
    assert.throws(() => figureRc({ rc: ["plt.rcParams['font.sise'] = 12"] }), /font\.sise.*did you mean 'font\.size'/);
    assert.throws(() => figureRc({ style: 'plt.style.use(3)' }), /got '3'; expected a style/);
  });
  it('refuses what matplotlib would, in one line at the key', () => {
    assert.throws(() => figureRc({ rc: ["'font', sise=12"] }), /did you mean 'font\.size'/);
    assert.throws(() => figureRc({ rc: ["{'font.size': 'big'}"] }), /got 'big'; expected points/);
    assert.throws(() => figureRc({ rc: ["'font', 3, size=1"] }), /a group and its keys/);
    assert.throws(() => figureRc({ style: "['ggplot', 3]" }), /or a list of them/);
  });
});

describe('axes.prop_cycle as a script names the cycler: plt.cycler, mpl.cycler', () => {
  it('is the same cycle as cycler(...); a cycle of what a line does not draw yet is refused as such', () => {
    const plain = figureRc({ rc: { 'axes.prop_cycle': "cycler(color=['r', 'g'])" } })!.rc['axes.prop_cycle'];
    for (const text of [
      "plt.cycler(color=['r', 'g'])",
      "mpl.cycler('color', ['r', 'g'])",
      "matplotlib.cycler(color='rg')",
    ]) {
      assert.deepEqual(figureRc({ rc: { 'axes.prop_cycle': text } })!.rc['axes.prop_cycle'], plain);
    }
    assert.throws(
      () => figureRc({ rc: { 'axes.prop_cycle': "cycler(hatch=['/', 'x'])" } }),
      /rc\.axes\.prop_cycle: a cycle of hatch is matplotlib's, but actplot does not draw it yet/,
    );
  });
});
