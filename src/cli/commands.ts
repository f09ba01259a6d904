/** What each command does once its options are parsed. */
import * as os from 'node:os';
import * as path from 'node:path';
import { badValue, UsageError } from '../errors';
import { FUNCTIONS, getFunction, parseFunctionRef, resolveParams } from '../functions/registry';
import { atomicWrite, checkTarget, ensureFolder, isStandardOutput, streamWrite } from '../io/write';
import { buildFigure, samplingFrom } from '../spec/build';
import { defaultFigure, DOCUMENT_FIGURES, documentFigure } from '../spec/presets';
import { parseFormat } from '../spec/rules';
import type { FigureSpec, OutputFormat } from '../spec/types';
import type { Sampling } from '../data/sampling';
import type { ShowProtocol } from '../terminal/detect';
import { io, writeOut } from './io';
import { optionsFromCli, rangeFromCli, type PanelInput } from './options';

export interface OutputOptions {
  output?: string;
  format?: string;
  quiet?: boolean;
  /** --show alone is true (the terminal's best), or '' from a bare --show before a function; else a protocol. */
  show?: string | true;
}

/** Draws `panels` (functions with their options; more than one with --panel) and writes the file. */
export function plotCommand(panels: PanelInput[], opts: OutputOptions): void {
  const { fig, name } = figureFor(panels);
  const format = outputFormat(opts.output, opts.format);
  warnOfMissingGlyphs(fig);
  if (opts.show !== undefined) {
    showInTerminal(fig, opts.show);
    if (opts.output === undefined) return; // shown, not written: -o writes the file as well
  }
  const target = opts.output ?? `${name}.${format}`;
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
  const bytes = renderFigure(fig, format);
  if (target === '-') {
    io.stdout.write(bytes);
    return;
  }
  atomicWrite(target, bytes, 'output');
  // Written into standard output itself (-o /dev/stdout): the path printed after it would corrupt the file.
  if (!opts.quiet && !isStandardOutput(target)) io.stdout.write(`${target}\n`);
}

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
    showFigure(fig, protocol, { ...size, color: color || !!process.env.FORCE_COLOR, cell: cellSize(process.env) }),
  );
}

const warned = new Set<string>();

/** A warning on stderr, once a process for the same words, as Python's warnings module shows matplotlib's. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  io.stderr.write(`actplot: warning: ${message}\n`);
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
 * sigmoid.png for one function, sigmoid-tanh.png for several; an expression by its --name, else "expr"; data "plot". A
 * name for very many functions is cut and given a hash of the whole, so that it stays unique and fits.
 */
function defaultName(panels: PanelInput[]): string {
  const name = panels
    .flatMap((p) => [
      ...p.functions.map((f) => parseFunctionRef(f).fn),
      ...(p.opts.expr ?? []).map((_, i) => safeFileName(p.opts.name?.[i] ?? 'expr')),
      ...(p.opts.plot ?? []).map(() => 'plot'),
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

const GROUPS = [
  ['document', "The document's functions"],
  ['pytorch', "PyTorch's other activations (torch.nn)"],
  ['transformers', 'Hugging Face transformers\' own activations (ACT2CLS names, a config.json\'s "hidden_act")'],
  ['gated', "Gated units of LLM feed-forward layers, act(gate) * up (GLU variants, vLLM's *_and_mul)"],
  ['other', 'Others'],
] as const;

export function listCommand(opts: { json?: boolean }): void {
  if (opts.json) {
    const out = FUNCTIONS.map((f) => ({
      name: f.name,
      aliases: f.aliases,
      group: f.group,
      formula: f.formula,
      ...(f.sameAs && { sameAs: f.sameAs }),
      ...(f.usedBy && { usedBy: f.usedBy }),
      label: f.label,
      params: f.params.map((p) => ({
        name: p.name,
        default: p.kind === 'number' && p.tiedTo ? p.tiedTo : p.default,
        description: p.description,
        ...(p.kind === 'choice' ? { choices: p.choices } : {}),
      })),
    }));
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const [group, title] of GROUPS) {
    const members = FUNCTIONS.filter((g) => g.group === group);
    if (!members.length) continue;
    lines.push(`${title}:`, '');
    for (const f of members) {
      lines.push(`  ${f.name}${f.aliases.length ? `  (also: ${f.aliases.join(', ')})` : ''}`);
      lines.push(`      ${f.formula}`);
      if (f.sameAs) lines.push(`      the same function as ${f.sameAs}`);
      if (f.usedBy) lines.push(`      used by: ${f.usedBy}`);
      for (const p of f.params) {
        const choices = p.kind === 'choice' ? ` [${p.choices.join(' | ')}]` : '';
        const shown = p.kind === 'number' && p.tiedTo ? p.tiedTo : p.default;
        lines.push(`      --param ${p.name}=${shown}${choices}   ${p.description}`);
      }
    }
    lines.push('');
    if (group === 'transformers') lines.push(...act2clsLines(), '');
  }
  lines.push('Names are case-insensitive; hyphens and underscores are optional (LeakyReLU, leaky_relu).');
  io.stdout.write(`${lines.join('\n')}\n`);
}

/** Every ACT2CLS name with the function it draws, where that is not a function of the same name. */
function act2clsLines(): string[] {
  const { ACT2CLS } = require('../functions/transformers') as typeof import('../functions/transformers');
  const elsewhere = ACT2CLS.filter(([name, fn]) => getFunction(fn).group !== 'transformers' || name !== fn);
  return [
    `  ACT2CLS's other ${elsewhere.length} of its ${ACT2CLS.length} names draw the functions above as named here:`,
    ...elsewhere.map(([name, fn]) => {
      const f = getFunction(fn);
      const note = name === 'swish' ? ' (nn.SiLU)' : name === 'prelu' ? ' (weight 0.25 at initialisation)' : '';
      return `    ${name.padEnd(12)} -> ${f.name}${note}`;
    }),
  ];
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
  const sampling = samplingFrom(rangeFromCli(opts), { kind: 'arange', from: -8, to: 8, step: 0.1, dtype: 'float64' });
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
  for (const { fig } of galleryFigures(!!opts.all, !!opts.llm)) warnOfMissingGlyphs(fig);
  const figures = galleryFigures(!!opts.all, !!opts.llm).map(({ name, fig }) => ({
    name,
    bytes: renderFigure(fig, format),
  }));
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

interface RenderOptions {
  outDir?: string;
  jobs?: string;
  only?: string[];
  check?: boolean;
  force?: boolean;
  quiet?: boolean;
  shard?: string;
  watch?: boolean;
}

/** --shard I/N: whole numbers with 1 <= I <= N. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw badValue('shard', text, 'I/N, the I-th of N shares with 1 <= I <= N', 'e.g. --shard 1/4 ... --shard 4/4');
  }
  return { index, count };
}

/** actplot render CONFIG: returns the exit code (1 when --check finds stale figures). */
export async function renderCommand(config: string, opts: RenderOptions): Promise<number> {
  if (opts.watch) {
    if (config === '-') throw badValue('watch', 'standard input', 'a config file to watch', 'give its path');
    if (opts.check) throw badValue('watch', '--check', 'one of --watch and --check', '--check is for CI, once');
    const code = await renderOnce(config, opts);
    if (code !== 0) return code;
    const { watchConfig } = require('./watch') as typeof import('./watch');
    return watchConfig(config, () => renderOnce(config, { ...opts, quiet: true }, 'watch'));
  }
  return renderOnce(config, opts);
}

/** One render of the config: every figure, or --only's, or --shard's share; a summary line unless quiet. */
async function renderOnce(config: string, opts: RenderOptions, mode?: 'watch'): Promise<number> {
  const { renderAll } = require('../batch/render-all') as typeof import('../batch/render-all');
  const jobs = opts.jobs === undefined ? undefined : parsePositiveInteger('jobs', opts.jobs);
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  const started = Date.now();
  const bar = !opts.quiet && !mode && io.stderr.isTTY ? progressBar() : undefined;
  const stop = new AbortController();
  // Ctrl-C, a CI job's cancellation (SIGTERM) and a closed terminal (SIGHUP) all stop the batch cleanly: the
  // figures under way are finished and written, the manifest is written, no temporary file is left. A second
  // signal ends the process at once (the next run removes what that leaves).
  let signal: NodeJS.Signals | undefined;
  const onSignal = (s: NodeJS.Signals) => {
    if (signal) process.exit(exitCodeFor(signal));
    signal = s;
    stop.abort();
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  const result = await renderAll(config, {
    outDir: opts.outDir ?? '.',
    jobs,
    only: opts.only,
    check: opts.check,
    force: opts.force,
    signal: stop.signal,
    shard,
    onWarning: (figure, message) => warnOnce(`${config}: ${figure}: ${message}`),
    onFigure: (r, done, total) => {
      if (bar) bar.update(done, total, r.name);
      else if (!opts.quiet && !opts.check) io.stdout.write(`${r.status.padEnd(9)} ${r.file}\n`);
    },
  }).finally(() => {
    bar?.stop();
    for (const s of STOP_SIGNALS) process.off(s, onSignal);
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.interrupted) {
    io.stderr.write(
      `actplot: interrupted (${signal ?? 'stopped'}): ${result.figures.length} figures settled (${result.written} written); run it again to finish the rest\n`,
    );
    return exitCodeFor(signal ?? 'SIGINT');
  }
  if (opts.check) {
    const stale = result.figures.filter((r) => r.status === 'stale' || r.status === 'missing');
    for (const r of stale) io.stdout.write(`${r.status.padEnd(9)} ${r.file}\n`);
    io.stdout.write(
      stale.length
        ? `${stale.length} of ${result.figures.length} figures out of date (run 'actplot render ${config} --out-dir ${opts.outDir ?? '.'}' to update them)\n`
        : `all ${result.figures.length} figures up to date (${seconds} s)\n`,
    );
    return stale.length ? 1 : 0;
  }
  if (mode === 'watch') {
    const changed = result.figures.filter((r) => r.status === 'written').map((r) => path.basename(r.file));
    const what = changed.length ? `redrew ${changed.join(', ')}` : 'nothing to redraw';
    io.stdout.write(`${clock()} ${config}: ${what} (${plural(result.unchanged, 'figure')} unchanged, ${seconds} s)\n`);
    return 0;
  }
  if (!opts.quiet) {
    io.stdout.write(
      `${plural(result.figures.length, 'figure')}: ${result.written} written, ${result.unchanged} unchanged (${seconds} s)` +
        `${result.written === 0 ? '; nothing to write' : ''}\n`,
    );
  }
  return 0;
}

/** "1 figure", "7 figures". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The time of day, HH:MM:SS, for a watch's lines. */
const clock = () => new Date().toTimeString().slice(0, 8);

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The shell's convention: 128 plus the signal's number (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP). */
const exitCodeFor = (s: NodeJS.Signals) => 128 + (os.constants.signals[s] ?? 2);

function parsePositiveInteger(option: string, text: string): number {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || v < 1 || v > 256) throw badValue(option, text, 'a whole number from 1 to 256');
  return v;
}

function progressBar() {
  const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    {
      format: 'rendering [{bar}] {value}/{total} {name}',
      stream: io.stderr as NodeJS.WritableStream,
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number, name: string) {
      if (!started) {
        bar.start(total, 0, { name });
        started = true;
      }
      bar.update(done, { name });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function schemaCommand(): void {
  const { jsonSchema } = require('../config/schema') as typeof import('../config/schema');
  io.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
}
