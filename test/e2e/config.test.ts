import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers/in-process';
import { actplot, scratch, snapshot } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../../..');
const DOCUMENT_CONFIG = path.join(ROOT, 'examples', 'document.yaml');
const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('actplot render', () => {
  // The first render through the binary, the rest in-process (the entry function): the same code, without
  // a Node.js start each.
  it("draws the document's figures exactly as gallery does; a second run writes nothing and says so", async () => {
    const dir = scratch();
    const first = actplot(['render', DOCUMENT_CONFIG, '--out-dir', 'r'], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.out, /7 figures: 7 written, 0 unchanged/);
    assert.equal((await cli(['gallery', '--out-dir', 'g', '-q'], dir)).code, 0);
    for (const f of fs.readdirSync(path.join(dir, 'g'))) {
      assert.equal(sha(path.join(dir, 'r', f)), sha(path.join(dir, 'g', f)), f);
    }
    const before = snapshot(path.join(dir, 'r'));
    const second = await cli(['render', DOCUMENT_CONFIG, '--out-dir', 'r'], dir);
    assert.match(second.out, /7 figures: 0 written, 7 unchanged .*nothing to write/);
    assert.deepEqual(snapshot(path.join(dir, 'r')), before);
  });

  it('--check exits 0 when current, then 1 naming the figure whose colour changed', async () => {
    const dir = scratch();
    const config = path.join(dir, 'figures.yaml');
    fs.writeFileSync(
      config,
      'figures:\n  - name: a\n    function: relu\n  - name: b\n    function: gelu\n    color: blue\n',
    );
    assert.equal((await cli(['render', config, '--out-dir', 'out', '-q'], dir)).code, 0);
    const ok = await cli(['render', config, '--out-dir', 'out', '--check'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.out, /all 2 figures up to date/);
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('color: blue', 'color: red'));
    const before = snapshot(path.join(dir, 'out'));
    const stale = await cli(['render', config, '--out-dir', 'out', '--check'], dir);
    assert.equal(stale.code, 1);
    assert.match(stale.out, /stale +out\/b\.png/);
    assert.doesNotMatch(stale.out, /out\/a\.png/);
    assert.deepEqual(snapshot(path.join(dir, 'out')), before, '--check writes nothing');
    const missing = await cli(['render', config, '--out-dir', 'out', '--check', '--only', 'a'], dir);
    assert.equal(missing.code, 0);
    fs.rmSync(path.join(dir, 'out', 'a.png'));
    const gone = await cli(['render', config, '--out-dir', 'out', '--check'], dir);
    assert.equal(gone.code, 1);
    assert.match(gone.out, /missing +out\/a\.png/);
  });

  it('--only draws the named figures; --force rewrites them; --jobs 1 gives the same bytes', async () => {
    const dir = scratch();
    const only = await cli(['render', DOCUMENT_CONFIG, '--out-dir', 'o', '--only', 'gelu', 'relu', '--jobs', '1'], dir);
    assert.equal(only.code, 0, only.stderr);
    assert.deepEqual(
      fs
        .readdirSync(path.join(dir, 'o'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
      ['gelu.png', 'relu.png'],
    );
    const forced = await cli(['render', DOCUMENT_CONFIG, '--out-dir', 'o', '--only', 'gelu', '--force'], dir);
    assert.match(forced.out, /1 figure: 1 written/);
    assert.equal((await cli(['render', DOCUMENT_CONFIG, '--out-dir', 'p', '--only', 'gelu', '-q'], dir)).code, 0);
    assert.equal(sha(path.join(dir, 'o', 'gelu.png')), sha(path.join(dir, 'p', 'gelu.png')));
  });
});

describe('reproducible output', () => {
  it('two runs give byte-identical PNG, SVG and PDF files, font files on worker threads included', () => {
    const dir = scratch();
    const config = path.join(dir, 'f.yaml');
    // Two files' faces at once: worker threads share the process's fonts, so each face keeps a name of its own.
    const ttf = (name: string) => path.resolve(__dirname, '../../../node_modules/dejavu-fonts-ttf/ttf', name);
    const faces = [
      ['sans', ttf('DejaVuSansCondensed.ttf'), 'DejaVu Sans Condensed'],
      ['serif', ttf('DejaVuSerifCondensed.ttf'), 'DejaVu Serif Condensed'],
    ];
    fs.writeFileSync(
      config,
      [
        'figures:',
        ...['png', 'svg', 'pdf'].flatMap((format) => [
          `  - {name: gelu-${format}, function: gelu, format: ${format}}`,
          `  - {name: three-${format}, functions: [sigmoid, tanh, relu], grad: true, format: ${format}}`,
          `  - {name: panels-${format}, panels: [{function: elu}, {expr: "x * sigmoid(x)"}], format: ${format}}`,
          ...faces.map(
            ([name, file, family]) =>
              `  - {name: ${name}-${format}, function: relu, title: Condensed, format: ${format}, ` +
              `fontFile: '${file}', rc: {font.family: ${family}}}`,
          ),
        ]),
      ].join('\n'),
    );
    // Worker threads (at most one a core: two on two cores) against this thread alone.
    assert.equal(actplot(['render', config, '--out-dir', 'one', '-q', '--jobs', '2'], dir).code, 0);
    assert.equal(actplot(['render', config, '--out-dir', 'two', '-q', '--jobs', '1'], dir).code, 0);
    const files = fs.readdirSync(path.join(dir, 'one')).filter((f) => !f.startsWith('.'));
    assert.equal(files.length, 15);
    for (const f of files) assert.equal(sha(path.join(dir, 'one', f)), sha(path.join(dir, 'two', f)), f);
    const pdf = fs.readFileSync(path.join(dir, 'one', 'gelu-pdf.pdf'), 'latin1');
    assert.doesNotMatch(pdf, new RegExp(`D:${new Date().getFullYear()}`), 'no creation date of today');
  });
});

// In-process, through the CLI's entry function: the cost of a call, not of a Node.js start.
describe('config errors: the file, the path to the key, what was given and what is accepted; exit 2', () => {
  const cases: [string, RegExp][] = [
    [
      'figures:\n  - name: a\n    function: gelu\n    colour: red\n',
      /c\.yaml: figures\[0\]\.colour: unknown key; expected one of .*\(did you mean 'color'\?\)/,
    ],
    [
      'figures:\n  - {name: a, curves: [{function: relu, colr: red}]}\n',
      /figures\[0\]\.curves\[0\]\.colr: unknown key.*did you mean 'color'/,
    ],
    [
      'figures:\n  - {name: a, curves: [{function: relu, color: rde}]}\n',
      /figures\[0\]\.curves\[0\]\.color: got 'rde'.*did you mean 'red'/,
    ],
    ['figures:\n  - {name: a, function: sigmod}\n', /figures\[0\]\.function: got 'sigmod'.*did you mean 'sigmoid'/],
    ['figures:\n  - {name: a, functions: [tanh, sigmod]}\n', /figures\[0\]\.functions\[1\]: got 'sigmod'/],
    [
      'figures:\n  - name: a\n    panels:\n      - {function: relu}\n      - curves: [{function: gelu}, {function: "gelu(approximate=bad)"}]\n',
      /figures\[0\]\.panels\[1\]\.curves\[1\]\.function: got 'approximate=bad'; expected approximate to be one of none, tanh/,
    ],
    ['defaults: {function: sigmod}\nfigures:\n  - {name: a}\n', /^actplot: [^:]+: defaults\.function: got 'sigmod'/],
    [
      'figures:\n  - {name: a, function: gelu, xlim: "left=1, xmin=2"}\n',
      /figures\[0\]\.xlim: got 'left=1, xmin=2'; expected each end once/,
    ],
    ['figures:\n  - {name: a, function: gelu, step: 0}\n', /figures\[0\]\.step: got 0; expected a number > 0/],
    // A value no branch of a union takes: each branch in words; one a branch meant, at its own key.
    [
      'figures:\n  - {name: a, function: gelu, xlim: true}\n',
      /figures\[0\]\.xlim: got true; expected a list or a text$/m,
    ],
    [
      'figures:\n  - {name: a, function: gelu, aspect: sideways}\n',
      /figures\[0\]\.aspect: got "sideways"; expected one of equal, auto or a number$/m,
    ],
    [
      'figures:\n  - {name: a, function: gelu, xticks: [1, .inf]}\n',
      /figures\[0\]\.xticks\[1\]: got \.inf; expected a finite number/,
    ],
    [
      'figures:\n  - {name: a, function: gelu, margins: {x: .nan}}\n',
      /figures\[0\]\.margins\.x: got \.nan; expected a finite number/,
    ],
    ['figures:\n  - {name: a, function: gelu, size: [0, 4]}\n', /figures\[0\]\.size: got '0x4'/],
    ['figures:\n  - {name: a, function: gelu, dpi: "x"}\n', /figures\[0\]\.dpi: got "x"; expected a number/],
    [
      'figures:\n  - {name: a, function: gelu, grid: {alpha: 3}}\n',
      /figures\[0\]\.grid\.alpha: got 3; expected a number from 0 to 1/,
    ],
    [
      'figures:\n  - {name: a, function: leaky-relu, param: {negative_slop: 0.2}}\n',
      /figures\[0\]\.param: got 'negative_slop=0.2'.*did you mean 'negative_slope'/,
    ],
    [
      'figures:\n  - {name: a, expr: "x * constructor(x)"}\n',
      /figures\[0\]\.expr: at column 5 of 'x \* constructor\(x\)': unknown function/,
    ],
    [
      'figures:\n  - {name: a, function: gelu}\n  - {name: a, function: relu}\n',
      /figures\[1\]\.name: 'a' is already the name of figures\[0\]/,
    ],
    [
      'figures:\n  - {name: ../../x, function: gelu}\n',
      /figures\[0\]\.name: got '\.\.\/\.\.\/x'; expected a file name/,
    ],
    ['figures:\n  - {name: /etc/x, function: gelu}\n', /figures\[0\]\.name: got '\/etc\/x'/],
    [
      'figures:\n  - {name: a, panels: [{function: gelu}], title: t}\n',
      /figures\[0\]\.title: a figure with panels takes this key inside each panel/,
    ],
    [
      'figures:\n  - {name: a, panels: [{function: gelu, colr: red}]}\n',
      /figures\[0\]\.panels\[0\]\.colr: unknown key/,
    ],
    ['figures:\n  - {name: a, function: gelu, format: gif}\n', /figures\[0\]\.format: got "gif"/],
    ['figures: []\n', /figures: got \[\]; Too small/],
    ['figure:\n  - {name: a}\n', /c\.yaml: figure: unknown key.*did you mean 'figures'/],
    [
      'figures:\n  - {name: a, function: !!js/function "x"}\n',
      /c\.yaml: is not valid YAML.*custom YAML tags are not accepted/,
    ],
    ['figures: [\n', /c\.yaml: is not valid YAML \(line 2, column 1\)/],
    // An alias inside what it repeats repeats it without end: refused as the alias limit is.
    ['figures: &f [{name: a, function: gelu}, *f]\n', /c\.yaml: uses its YAML aliases more than 1000 times/],
    [
      'figures:\n  - {name: a, function: gelu}\n  - {name: a, function: !!python/object x}\n',
      /c\.yaml: is not valid YAML \(line 3, column \d+\): custom YAML tags are not accepted/,
    ],
    ['figures:\n  - {name: a}\n', /figures\[0\]\.functions: none given; expected a function name/],
    [
      'figures:\n  - {name: a, function: gelu, curves: [{function: relu, expr: x}]}\n',
      /figures\[0\]\.curves\[0\]: expected exactly one of function, expr, plot and scatter/,
    ],
  ];
  for (const [text, pattern] of cases) {
    it(text.split('\n').find((l) => l.includes('{') || l.includes('!') || l.includes('[')) ?? text.trim(), async () => {
      const dir = scratch();
      fs.writeFileSync(path.join(dir, 'c.yaml'), text);
      const before = snapshot(dir);
      const r = await cli(['render', 'c.yaml', '--out-dir', 'out'], dir);
      assert.equal(r.code, 2, `${r.out}${r.stderr}`);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], pattern);
      assert.deepEqual(snapshot(dir), before, 'nothing written');
    });
  }
  it('JSON configs report the line and column of a syntax error', async () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'c.json'), '{"figures": [\n  {"name": "a",, "function": "gelu"}]}');
    const r = await cli(['render', 'c.json'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /c\.json: is not valid JSON \(line 2, column \d+\)/);
  });
  it('a missing file, a folder and a binary file', async () => {
    const dir = scratch();
    fs.mkdirSync(path.join(dir, 'adir'));
    fs.writeFileSync(path.join(dir, 'bin.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    for (const [file, pattern] of [
      ['nope.yaml', /nope\.yaml: cannot be read \(no such file\)/],
      ['adir', /adir: is a folder/],
      ['bin.yaml', /bin\.yaml: is a binary file/],
    ] as const) {
      const r = await cli(['render', file], dir);
      assert.equal(r.code, 2, file);
      assert.match(r.stderr, pattern);
    }
  });
});

describe("pyplot calls in a config: the call's text or its keywords", () => {
  it('draws axhline, axvline, spine, legend and tightLayout keys; a misspelt keyword is refused at its path', async () => {
    const dir = scratch();
    fs.writeFileSync(
      path.join(dir, 'c.yaml'),
      [
        'figures:',
        '  - name: calls',
        '    functions: [sigmoid, tanh]',
        "    axhline: \"1, color='gray', ls=':'\"",
        '    axvline: [{x: 0, color: k, linewidth: 0.5}]',
        '    spine: ["left, position=\'zero\'", {spine: [top, right], visible: false}]',
        '    legend: {loc: upper left, frameon: false}',
        '    tightLayout: "pad=0.5, w_pad=1"',
        '    hlines: "[0, 1], -5, 5, colors=\'gray\'"',
        '    vlines: [{x: 0, ymin: -1, ymax: 1}]',
        '    axhspan: {ymin: 0, ymax: 0.5, alpha: 0.2}',
        '    axvspan: ["-1, 1, color=\'0.9\', zorder=0"]',
        '  - {name: tight, function: relu, tightLayout: true}',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'bad.yaml'),
      'figures:\n  - {name: a, function: relu}\n  - {name: bad, function: relu, axhline: [{y: 0, colour: red}]}\n',
    );
    fs.writeFileSync(path.join(dir, 'pad.yaml'), 'figures:\n  - {name: a, function: relu, tightLayout: {pad: -1}}\n');
    const r = await cli(['render', 'c.yaml', '--out-dir', 'o', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'o', 'calls.png')));
    const bad = await cli(['render', 'bad.yaml', '--out-dir', 'o'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.yaml: figures\[1\]\.axhline\[0\]\.colour: got 'colour'; .*did you mean 'color'/);
    assert.ok(fs.existsSync(path.join(dir, 'o', 'tight.png')));
    const pad = await cli(['render', 'pad.yaml', '--out-dir', 'o'], dir);
    assert.equal(pad.code, 2);
    assert.match(pad.stderr, /pad\.yaml: figures\[0\]\.tightLayout\.pad: got '-1'; expected a padding from 0 to 100/);
  });
});

describe('actplot schema', () => {
  it('lets an editor flag what actplot refuses: an unknown function, a name outside the folder', () => {
    const Ajv2020 = (require('ajv/dist/2020') as { default: new (o: object) => import('ajv').default }).default;
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'actplot.schema.json'), 'utf8')) as object,
    );
    assert.equal(validate({ figures: [{ name: 'a', function: 'sigmod' }] }), false);
    assert.equal(validate({ figures: [{ name: '../evil', function: 'relu' }] }), false);
    const good = {
      figures: [
        { name: 'a.svg', function: 'gelu(approximate=tanh)' },
        { name: 'b', functions: ['swiglu', 'GELU', 'gelu_pytorch_tanh', 'leaky_relu'] },
      ],
    };
    assert.equal(validate(good), true, JSON.stringify(validate.errors));
  });
  it('prints the JSON Schema committed as docs/actplot.schema.json', () => {
    const r = actplot(['schema'], scratch());
    assert.equal(r.code, 0);
    const schema = JSON.parse(r.out);
    assert.ok(schema.properties.figures, 'figures');
    assert.equal(
      r.out,
      fs.readFileSync(path.join(ROOT, 'docs', 'actplot.schema.json'), 'utf8'),
      'docs/actplot.schema.json is stale: actplot schema > docs/actplot.schema.json',
    );
  });
});

describe('the API through the package entry point, as a user imports it', () => {
  it("the README's example build script runs as written", () => {
    const dir = scratch();
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'actplot'));
    fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
    const run = () => spawnSync(process.execPath, ['examples/build-figures.mjs'], { cwd: dir, encoding: 'utf8' });
    const r = run();
    assert.equal(r.status, 0, r.stderr);
    // 26 of the first round, transformers' 11 functions of their own and the 7 gated units.
    assert.match(r.stdout, /7 written, 0 unchanged\n44 functions; swish\(4\) with beta = 2 is 3\.998/);
    assert.match(run().stdout, /0 written, 7 unchanged/);
    assert.ok(fs.readFileSync(path.join(dir, 'build', 'extra', 'gelu.svg'), 'utf8').startsWith('<?xml'));
    const ts = spawnSync(
      process.execPath,
      [
        '-e',
        "const a = require('actplot'); console.log(['renderFigure','renderAll','evaluate','functions'].every((k) => k in a))",
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(ts.stdout.trim(), 'true');
    assert.ok(fs.existsSync(path.join(ROOT, 'out', 'src', 'index.d.ts')), 'type declarations');
  });
  it("type-checks the README's call under strict, without @types/node", () => {
    const ts = require('typescript') as typeof import('typescript');
    const dir = scratch();
    const file = path.join(dir, 'use.ts');
    fs.writeFileSync(
      file,
      "import { renderFigure, documentFigure, UsageError } from 'actplot';\n" +
        "const bytes: Uint8Array = renderFigure(documentFigure('gelu'), 'svg');\n" +
        'console.log(bytes.length, UsageError.name);\n',
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      types: [], // no @types/node: what a user without it gets
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      esModuleInterop: true,
      baseUrl: dir,
      paths: { actplot: [path.join(ROOT, 'out', 'src', 'index.d.ts')] },
    });
    // The user's file and actplot's own declarations, checked as a user's compiler checks them; TypeScript's
    // libraries and the dependencies' declarations are theirs (checking them all takes seconds).
    const ours = program
      .getSourceFiles()
      .filter((f) => f.fileName === file || f.fileName.startsWith(path.join(ROOT, 'out', 'src')));
    assert.ok(ours.length > 20, `${ours.length} files checked`);
    const problems = [
      ...program.getGlobalDiagnostics(),
      ...program.getOptionsDiagnostics(),
      ...ours.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
    ].map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    assert.deepEqual(problems, []);
  });
  it('documents every exported function and class with a TSDoc comment and an example', () => {
    const ts = require('typescript') as typeof import('typescript');
    const entry = path.join(ROOT, 'out', 'src', 'index.d.ts');
    const program = ts.createProgram([entry], { types: [] });
    const checker = program.getTypeChecker();
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    const undocumented = checker
      .getExportsOfModule(symbol)
      .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
      .filter((s) => s.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class))
      .filter(
        (s) => !s.getJsDocTags(checker).some((t) => t.name === 'example') || !s.getDocumentationComment(checker).length,
      )
      .map((s) => s.name);
    assert.deepEqual(undocumented, []);
  });
  it('documentFigure of an unknown name throws a UsageError naming the figures', () => {
    const api = require(path.join(ROOT, 'out', 'src', 'index.js')) as typeof import('../../src/index');
    assert.throws(
      () => api.documentFigure('nope'),
      (err: unknown) =>
        err instanceof api.UsageError &&
        /figure: got 'nope'; expected one of the document's figures: sigmoid/.test(err.message),
    );
  });
  it('an argument of the wrong kind, from JavaScript, is a UsageError naming it, never a TypeError', async () => {
    const api = require(path.join(ROOT, 'out', 'src', 'index.js')) as Record<string, (...a: unknown[]) => unknown>;
    const usage = (call: () => unknown, message: RegExp) =>
      assert.throws(call, (err: unknown) => err instanceof (api.UsageError as never) && message.test(String(err)));
    const relu = api.documentFigure('relu');
    usage(() => api.renderFigure(relu, 'gif'), /format: got 'gif'; expected png, svg, pdf \(did you mean 'pdf'\?\)/);
    usage(() => api.renderFigure({}, 'png'), /figure: got an object; expected a figure from buildFigure/);
    usage(() => api.figureLayout(null), /figure: got null; expected a figure/);
    usage(() => api.documentFigure(3), /figure: got 3; expected text/);
    usage(() => api.compileExpression(5), /expr: got 5; expected text/);
    usage(() => api.getFunction(undefined), /function: got undefined; expected a function's name/);
    usage(() => api.readScript(['plt.plot(x, x)']), /script: got a list; expected text/);
    usage(() => api.readScriptFigures(null), /script: got null; expected text/);
    usage(
      () => api.evaluate(5, { kind: 'linspace', from: -1, to: 1, num: 3 }),
      /function: got 5; expected a function's name/,
    );
    usage(() => api.evaluate('relu', null), /sampling: got null; expected \{ kind: 'linspace'/);
    usage(() => api.sample(null), /sampling: got null; expected/);
    usage(() => api.toCsv({ x: [1] }), /evaluation: got an object; expected what evaluate\(\) returns/);
    usage(
      () => api.resolveParams(api.getFunction('elu'), 'alpha=2'),
      /param: got 'alpha=2'; expected parameters by name/,
    );
    usage(() => api.defaultFigure(5), /function: got 5; expected a function's name/);
    usage(() => api.readConfig(5), /config: got 5; expected a config file's path/);
    usage(() => api.planFigures({}, 'x.yaml'), /config: got an object; expected a config from readConfig\(\)/);
    const figures = { figures: [{ name: 'a', function: 'relu' }] };
    for (const [options, message] of [
      [null, /options: got null; expected render options/],
      [{ outDir: 5 }, /outDir: got 5; expected a folder's path/],
      [{ outDir: scratch(), jobs: 'x' }, /jobs: got 'x'; expected a whole number of drawing threads/],
    ] as const) {
      await assert.rejects(
        api.renderAll(figures, options) as Promise<unknown>,
        (err: unknown) => err instanceof (api.UsageError as never) && message.test(String(err)),
      );
    }
    usage(
      () => api.buildFigure({ panels: [{ curves: [{ function: 'relu' }], text: "0, 0, 'a'" }] }),
      /panels\[0\]\.text: got/,
    );
  });
});

describe('actplot gallery --index', () => {
  it('writes index.md with every function, its LaTeX formula, parameters and image', () => {
    const dir = scratch();
    const r = actplot(['gallery', '--all', '--index', '--out-dir', 'g', '-q'], dir);
    assert.equal(r.code, 0, r.stderr);
    const md = fs.readFileSync(path.join(dir, 'g', 'index.md'), 'utf8');
    assert.match(
      md,
      /\| `gelu` \| \$\\mathrm\{GELU\}\(x\) = .*\$ \| `approximate` = `none` \(none, tanh\) \| !\[GELU\(x\)\]\(gelu\.png\) \|/,
    );
    // 26 of the first round, transformers' 11 functions of their own and the 7 gated units.
    assert.equal(md.split('\n').filter((l) => l.startsWith('| `')).length, 26 + 11 + 7);
    for (const m of md.matchAll(/\]\(([^)]+)\)/g)) assert.ok(fs.existsSync(path.join(dir, 'g', m[1])), m[1]);
  });
});
