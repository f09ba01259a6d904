/** What each command does once its options are parsed. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { badValue, describeUsage, formatPath, UsageError } from '../errors';
import { FUNCTIONS, getFunction, parseFunctionRef, resolveParams } from '../functions/registry';
import { atomicWrite, checkTarget, ensureFolder, isStandardOutput, streamWrite } from '../io/write';
import { buildFigure } from '../spec/build';
import { samplingFrom } from '../spec/x-call';
import { defaultFigure, DOCUMENT_FIGURES, documentFigure } from '../spec/presets';
import { parseFormat } from '../spec/rules';
import type { FigureSpec, OutputFormat } from '../spec/types';
import type { Sampling } from '../data/sampling';
import type { ShowProtocol } from '../terminal/detect';
import { io, warnOnce, writeOut } from './io';
import { optionAsFlag } from './wording';
import { optionsFromCli, rangeFromCli, savefigFile, type PanelInput } from './options';

export interface OutputOptions {
  output?: string;
  format?: string;
  quiet?: boolean;
  /** --show alone is true (the terminal's best), or '' from a bare --show before a function; else a protocol. */
  show?: string | true;
}

/** Draws `panels` (functions with their options; more than one with --panel) and writes the file. */
export function plotCommand(panels: PanelInput[], given: OutputOptions): void {
  const { fig, name } = figureFor(panels);
  // --savefig "'relu.png', format='svg'" names the output as -o and --format do.
  const file = savefigFile(panels, given);
  const opts = { ...given, output: given.output ?? file.fname, format: given.format ?? file.format };
  const format = outputFormat(opts.output, opts.format);
  warnOfMissingGlyphs(fig);
  if (opts.show !== undefined) {
    showInTerminal(fig, opts.show);
    if (opts.output === undefined) return; // shown, not written: -o writes the file as well
  }
  writeFigure(fig, opts.output ?? `${name}.${format}`, format, !!opts.quiet);
}

/** Writes a figure to its file, or to standard output for '-', and prints the path unless quiet. */
function writeFigure(fig: FigureSpec, target: string, format: OutputFormat, quiet: boolean): void {
  if (target === '-' && io.stdout.isTTY && format !== 'svg') {
    // As curl does: binary data onto a terminal garbles it. SVG is text, and goes.
    throw badValue(
      'output',
      '-',
      `a file, or standard output that is not a terminal (a pipe or a file)`,
      'to see the figure here, --show',
    );
  }
  // Before the work, so a bad path fails at once; a missing folder for the file is made.
  if (target !== '-') checkTarget(target, 'output', true);
  const { renderFigure } = require('../render/pipeline') as typeof import('../render/pipeline');
  const bytes = renderFigure(fig, format, { onWarning: warnOnce, wordOption: optionAsFlag });
  if (target === '-') {
    io.stdout.write(bytes);
    return;
  }
  atomicWrite(target, bytes, 'output');
  // Written into standard output itself (-o /dev/stdout): the path printed after it would corrupt the file.
  if (!quiet && !isStandardOutput(target)) io.stdout.write(`${target}\n`);
}

/**
 * `actplot script plot.py`: the figures a pyplot script draws, read from its lines (spec/script.ts; the script is
 * not run), each written where its savefig() says, else -o (for a script of one figure), else after the script's
 * name.
 */
export function scriptCommand(file: string, given: OutputOptions): void {
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_SCRIPT_BYTES) {
      throw new UsageError('script', { problem: `'${file}' is larger than ${MAX_SCRIPT_BYTES} bytes` });
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError('script', {
      problem: `cannot read '${file}' (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    });
  }
  const { readScriptFigures } = require('../spec/script') as typeof import('../spec/script');
  const lines: Map<string, number>[] = [];
  const figures = readScriptFigures(text, ['script'], lines);
  if (figures.length > 1 && given.output !== undefined) {
    throw new UsageError('output', {
      problem: `names one file, and the script makes ${figures.length} figures: leave -o out to write each where its savefig() says`,
    });
  }
  const base = path.basename(file).replace(/\.[^.]*$/, '') || 'script';
  // Each figure built before any is written: an error in the last one leaves no file of the first.
  const built = figures.map((options, k) => {
    let saved: { fname?: string; format?: OutputFormat } = {};
    const fig = atScriptLine(lines[k], () => {
      if (typeof options.savefig === 'string') {
        const read = (require('../spec/savefig-call') as typeof import('../spec/savefig-call')).readSavefig(
          options.savefig,
          ['savefig'],
        );
        saved = read;
        options.savefig = read.rest;
      }
      return buildFigure(options);
    });
    const output = given.output ?? saved.fname;
    const format = outputFormat(output, given.format ?? saved.format);
    // A figure the script saves nowhere: after the script's name, numbered where it makes several.
    return { fig, format, output: output ?? `${base}${figures.length > 1 ? `-${k + 1}` : ''}.${format}` };
  });
  for (const { fig, format, output } of built) {
    warnOfMissingGlyphs(fig);
    writeFigure(fig, output, format, !!given.quiet);
  }
}

/**
 * A usage error in what a script's lines became, worded at the line that set the option (`script: line 12:
 * color: got 'blu'; ...`), where the option's flag would mean nothing to the script's author.
 */
function atScriptLine<T>(lines: ReadonlyMap<string, number>, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    for (let n = err.field.length; n > 0; n--) {
      const line = lines.get(formatPath(err.field.slice(0, n)));
      if (line === undefined) continue;
      const rest = err.field.slice(n).filter((k) => typeof k === 'string');
      const what = rest.length ? `${rest.join('.')}: ` : '';
      throw new UsageError('script', { problem: `line ${line}: ${what}${describeUsage(err.detail)}` });
    }
    throw err;
  }
}

/** A script longer than this is no plotting script. */
const MAX_SCRIPT_BYTES = 1_000_000;

/** --show: the figure written to the terminal, by the protocol given or the one the terminal speaks. */
function showInTerminal(fig: FigureSpec, how: string | true): void {
  const { detectProtocol, terminalSize, cellSize, SHOW_PROTOCOLS } =
    require('../terminal/detect') as typeof import('../terminal/detect');
  const { showFigure } = require('../terminal/show') as typeof import('../terminal/show');
  const asked = how === true || how === '' ? undefined : how;
  if (asked !== undefined && !(SHOW_PROTOCOLS as readonly string[]).includes(asked)) {
    throw badValue('show', asked, `one of ${SHOW_PROTOCOLS.join(', ')}, or nothing for what the terminal supports`);
  }
  const stream = io.stdout as { columns?: number; rows?: number; isTTY?: boolean };
  const protocol = (asked as ShowProtocol | undefined) ?? detectProtocol(process.env, !!stream.isTTY);
  const color = !!stream.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const size = terminalSize(stream, process.env);
  io.stdout.write(
    showFigure(
      fig,
      protocol,
      { ...size, color: color || !!process.env.FORCE_COLOR, cell: cellSize(process.env) },
      { onWarning: warnOnce, wordOption: optionAsFlag },
    ),
  );
}

function warnOfMissingGlyphs(fig: FigureSpec, prefix = ''): void {
  const { missingGlyphs, missingGlyphWarning } =
    require('../render/font-usage') as typeof import('../render/font-usage');
  const missing = missingGlyphs(fig);
  if (missing.length) warnOnce(`${prefix}${missingGlyphWarning(missing, fig)}`);
}

/** The figure the panels describe, and its default file name (sigmoid, sigmoid-tanh, a document figure's name). */
export function figureFor(panels: PanelInput[]): { fig: FigureSpec; name: string } {
  const fig = buildFigure(optionsFromCli(panels));
  const first = panels[0];
  const alone = panels.length === 1 && first.functions.length === 1 && !first.opts.expr?.length;
  // A document figure of several panels is named as the document names it.
  if (alone && (documentFigure(first.functions[0].trim())?.axes.length ?? 0) > 1)
    return { fig, name: first.functions[0] };
  return { fig, name: defaultName(panels) };
}

/** A default name this long or longer is shortened, so that the file name stays within the file system's. */
const LONGEST_DEFAULT_NAME = 200;

/**
 * A function's name for the file: the registry's own (LeakyReLU: leaky-relu), or as written for one the
 * registry lacks, which a --def defines (the figure's builder refuses any other).
 */
function functionName(f: string): string {
  try {
    return parseFunctionRef(f).fn;
  } catch {
    return safeFileName(f);
  }
}

/**
 * sigmoid.png for one function, sigmoid-tanh.png for several; an expression by its --name, else "expr"; data "plot". A
 * name for very many functions is cut and given a hash of the whole, so that it stays unique and fits.
 */
function defaultName(panels: PanelInput[]): string {
  const name = panels
    .flatMap((p) => [
      ...p.functions.map(functionName),
      ...(p.opts.expr ?? []).map((_, i) => safeFileName(p.opts.name?.[i] ?? 'expr')),
      ...(p.opts.plot ?? []).map(() => 'plot'),
      ...(p.opts.scatter ?? []).map(() => 'scatter'),
    ])
    .join('-');
  if (name.length <= LONGEST_DEFAULT_NAME) return name;
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, LONGEST_DEFAULT_NAME - 14).replace(/-[^-]*$/, '')}-etc-${hash}`;
}

/** A name fit for a file: letters, digits, dot, hyphen and underscore, nothing that leaves the folder. */
function safeFileName(name: string): string {
  return (
    name
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[.-]+/, '')
      .slice(0, 80) || 'expr'
  );
}

/** The format from --format, else from the output's extension, else PNG. */
export function outputFormat(output: string | undefined, format: string | undefined): OutputFormat {
  if (format !== undefined) return parseFormat('format', format);
  if (output === undefined || output === '-') return 'png';
  const ext = path.extname(output);
  if (!ext) return 'png';
  try {
    return parseFormat('output', ext);
  } catch {
    throw badValue('output', output, 'a file ending in .png, .svg or .pdf', 'or give --format png|svg|pdf');
  }
}

interface EvalOptions {
  from?: string;
  to?: string;
  step?: string;
  num?: string;
  dtype?: string;
  param?: Record<string, string>;
  grad?: boolean;
  grid?: boolean;
  format?: string;
  output?: string;
  expr?: string;
}

export async function evalCommand(fn: string | undefined, opts: EvalOptions): Promise<void> {
  if ((fn === undefined) === (opts.expr === undefined)) {
    throw fn === undefined
      ? new UsageError('function', {
          problem:
            "none given; expected a function name or --expr, e.g. 'actplot eval gelu' or 'actplot eval --expr \"x * sigmoid(x)\"'",
        })
      : new UsageError('expr', { problem: `got both the function '${fn}' and an expression; expected one of them` });
  }
  const spec = fn !== undefined ? parseFunctionRef(fn) : undefined;
  // As for figures, the output's extension sets the format unless --format says otherwise.
  const fromName = opts.output && /\.json$/i.test(opts.output) ? 'json' : 'csv';
  const format = parseFormat('format', opts.format ?? fromName, ['csv', 'json']) as 'csv' | 'json';
  const range = rangeFromCli(opts);
  const withX =
    range.x === undefined
      ? range
      : (require('../spec/x-call') as typeof import('../spec/x-call')).withXCall({ curves: [], ...range }, []);
  const sampling = samplingFrom(withX, { kind: 'arange', from: -8, to: 8, step: 0.1, dtype: 'float64' });
  const params = { ...spec?.params, ...opts.param };
  if (spec) resolveParams(getFunction(spec.fn), params);
  else if (opts.param)
    throw badValue(
      'param',
      Object.keys(opts.param)[0],
      'a function with parameters; an expression takes them inline, e.g. leaky_relu(x, negative_slope=0.2)',
    );
  const { evaluationText } = require('../data/export') as typeof import('../data/export');
  const text = opts.grid
    ? gridFor(spec?.fn, sampling, params, format)
    : evaluationText(spec ? spec.fn : { expr: opts.expr! }, sampling, params, !!opts.grad, format);
  // The first chunk is taken before anything is opened, so that a bad sampling writes nothing.
  const head = text.next();
  const all = (function* () {
    if (!head.done) yield head.value;
    yield* text;
  })();
  if (opts.output && opts.output !== '-') {
    await streamWrite(opts.output, all, 'output');
    return;
  }
  for (const chunk of all) {
    if (io.failure) return; // the reader went away, or the disk is full: main says so
    await writeOut(chunk);
  }
}

/** eval --grid: a gated unit's two inputs on a grid (not an expression, whose one input is x). */
function gridFor(fn: string | undefined, sampling: Sampling, params: Record<string, string>, format: 'csv' | 'json') {
  if (fn === undefined)
    throw badValue('grid', 'an expression', 'a gated unit by name, e.g. actplot eval swiglu --grid');
  const { gridText } = require('../data/grid') as typeof import('../data/grid');
  return gridText(fn, sampling, params, format);
}

/** The gallery's figures: the document's, and with --all every other function's default figure too. */
export function galleryFigures(all: boolean, llm = false): { name: string; fig: FigureSpec }[] {
  const figures = DOCUMENT_FIGURES.map((name) => ({ name: name as string, fig: documentFigure(name)! }));
  if (llm) {
    const { llmFigures } = require('../spec/llm-figures') as typeof import('../spec/llm-figures');
    figures.push(...llmFigures());
  }
  if (!all) return figures;
  const drawn = new Set(figures.map((f) => f.name));
  return [
    ...figures,
    ...FUNCTIONS.filter((f) => !drawn.has(f.name)).map((f) => ({ name: f.name, fig: defaultFigure(f.name) })),
  ];
}

/** index.md: a table of every drawn function with its LaTeX formula, parameters and image. */
export function galleryIndex(names: string[], format: string): string {
  const { LATEX } = require('../functions/latex') as typeof import('../functions/latex');
  const rows = FUNCTIONS.filter((f) => names.includes(f.name)).map((f) => {
    const params =
      f.params
        .map((p) => `\`${p.name}\` = ${p.kind === 'choice' ? `\`${p.default}\` (${p.choices.join(', ')})` : p.default}`)
        .join('<br>') || '—';
    // A bar inside a table cell would end the cell.
    const formula = (LATEX[f.name] ?? f.formula).replace(/\|/g, '\\vert ');
    return `| \`${f.name}\` | $${formula}$ | ${params} | ![${f.label}](${f.name}.${format}) |`;
  });
  const extra = names.filter((n) => !FUNCTIONS.some((f) => f.name === n)).map((n) => `- ![${n}](${n}.${format})`);
  return [
    '# Activation functions',
    '',
    'Drawn by `actplot gallery --index`.',
    '',
    "| function | formula | parameters (PyTorch's names, defaults) | figure |",
    '| --- | --- | --- | --- |',
    ...rows,
    ...(extra.length ? ['', '## Figures of the document and of the LLM activations', '', ...extra] : []),
    '',
  ].join('\n');
}

export function galleryCommand(opts: {
  outDir: string;
  format?: string;
  quiet?: boolean;
  all?: boolean;
  llm?: boolean;
  index?: boolean;
}): void {
  const format = parseFormat('format', opts.format ?? 'png');
  if (!opts.outDir) throw new UsageError('outDir', "got ''; expected a folder path");
  const { renderFigure } = require('../render/pipeline') as typeof import('../render/pipeline');
  const figures = galleryFigures(!!opts.all, !!opts.llm).map(({ name, fig }) => {
    warnOfMissingGlyphs(fig);
    return { name, bytes: renderFigure(fig, format) };
  });
  ensureFolder(opts.outDir, 'outDir');
  for (const { name, bytes } of figures) {
    const target = path.join(opts.outDir, `${name}.${format}`);
    atomicWrite(target, bytes, 'outDir');
    if (!opts.quiet) io.stdout.write(`${target}\n`);
  }
  if (opts.index) {
    const target = path.join(opts.outDir, 'index.md');
    atomicWrite(
      target,
      galleryIndex(
        figures.map((f) => f.name),
        format,
      ),
      'outDir',
    );
    if (!opts.quiet) io.stdout.write(`${target}\n`);
  }
}

export function schemaCommand(): void {
  const { jsonSchema } = require('../config/schema') as typeof import('../config/schema');
  io.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
}
