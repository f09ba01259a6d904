/** What each command does once its options are parsed. */
import * as path from 'node:path';
import { badValue, UsageError } from '../errors';
import { FUNCTIONS, getFunction, resolveParams } from '../functions/registry';
import { atomicWrite, checkTarget, ensureFolder } from '../io/write';
import { DOCUMENT_FIGURES, documentFigure } from '../presets';
import type { FigureSpec, OutputFormat } from '../spec';
import { figureFromPanels, panelFigureFromOptions, parseFunctionSpec, samplingFrom, type PanelInput } from './plot-options';
import { parseFormat } from './parse';

export interface OutputOptions { output?: string; format?: string; quiet?: boolean }

/** Draws `panels` (functions with their options; more than one with --panel) and writes the file. */
export function plotCommand(panels: PanelInput[], opts: OutputOptions): void {
  const { fig, name } = figureFor(panels);
  const format = outputFormat(opts.output, opts.format);
  const target = opts.output ?? `${name}.${format}`;
  if (target !== '-') checkTarget(target, '-o'); // before the work, so a bad path fails at once
  const { renderFigure } = require('../figure') as typeof import('../figure');
  const bytes = renderFigure(fig, format);
  if (target === '-') {
    process.stdout.write(bytes);
    return;
  }
  atomicWrite(target, bytes, '-o');
  if (!opts.quiet) process.stdout.write(`${target}\n`);
}

/** The figure the panels describe, and its default file name (sigmoid, sigmoid-tanh, a document figure's name). */
export function figureFor(panels: PanelInput[]): { fig: FigureSpec; name: string } {
  const first = panels[0];
  const named = panels.length === 1 && first.functions.length === 1
    ? panelFigureFromOptions(first.functions[0], first.opts) : undefined;
  if (named) return { fig: named, name: first.functions[0] };
  return { fig: figureFromPanels(panels), name: defaultName(panels) };
}

/** sigmoid.png for one function, sigmoid-tanh.png for several. */
function defaultName(panels: PanelInput[]): string {
  return panels.flatMap((p) => p.functions.map((f) => parseFunctionSpec(f).fn)).join('-');
}

/** The format from --format, else from the output's extension, else PNG. */
export function outputFormat(output: string | undefined, format: string | undefined): OutputFormat {
  if (format !== undefined) return parseFormat('--format', format);
  if (output === undefined || output === '-') return 'png';
  const ext = path.extname(output);
  if (!ext) return 'png';
  try {
    return parseFormat('-o', ext);
  } catch {
    throw badValue('-o', output, 'a file ending in .png, .svg or .pdf', 'or give --format png|svg|pdf');
  }
}

export function listCommand(opts: { json?: boolean }): void {
  if (opts.json) {
    const out = FUNCTIONS.map((f) => ({
      name: f.name, aliases: f.aliases, group: f.group, formula: f.formula, label: f.label,
      params: f.params.map((p) => ({ name: p.name, default: p.default, description: p.description,
        ...(p.kind === 'choice' ? { choices: p.choices } : {}) })),
    }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const f of FUNCTIONS) {
    lines.push(`${f.name}${f.aliases.length ? `  (also: ${f.aliases.join(', ')})` : ''}`);
    lines.push(`    ${f.formula}`);
    for (const p of f.params) {
      const choices = p.kind === 'choice' ? ` [${p.choices.join(' | ')}]` : '';
      lines.push(`    --param ${p.name}=${p.default}${choices}   ${p.description}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

interface EvalOptions {
  from?: string; to?: string; step?: string; num?: string; dtype?: string;
  param?: Record<string, string>; grad?: boolean; format?: string; output?: string;
}

export function evalCommand(fn: string, opts: EvalOptions): void {
  const f = getFunction(fn);
  const format = parseFormat('--format', opts.format ?? 'csv', ['csv', 'json']);
  const sampling = samplingFrom(opts, { kind: 'arange', from: -8, to: 8, step: 0.1, dtype: 'float64' });
  resolveParams(f, opts.param);
  const { evaluate, toCsv, toJson } = require('../values') as typeof import('../values');
  const values = evaluate(f.name, sampling, opts.param, !!opts.grad);
  const text = (format as string) === 'json' ? toJson(values) : toCsv(values);
  if (opts.output && opts.output !== '-') atomicWrite(opts.output, text, '-o');
  else process.stdout.write(text);
}

export function galleryCommand(opts: { outDir: string; format?: string; quiet?: boolean }): void {
  const format = parseFormat('--format', opts.format ?? 'png');
  if (!opts.outDir) throw new UsageError("--out-dir: got ''; expected a folder path");
  const { renderFigure } = require('../figure') as typeof import('../figure');
  const figures = DOCUMENT_FIGURES.map((name) => ({ name, bytes: renderFigure(documentFigure(name)!, format) }));
  ensureFolder(opts.outDir, '--out-dir');
  for (const { name, bytes } of figures) {
    const target = path.join(opts.outDir, `${name}.${format}`);
    atomicWrite(target, bytes, '--out-dir');
    if (!opts.quiet) process.stdout.write(`${target}\n`);
  }
}
