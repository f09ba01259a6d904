/**
 * How the command line says what went wrong: a usage error in its own words (a field as its flag, a config's
 * path as written), one line on stderr, never a stack trace.
 */
import { CommanderError } from 'commander';
import { describeUsage, UsageError } from '../errors';
import type { AdvisedOption } from '../spec';
import { io } from './io';

/** One line on stderr for a usage error; a short line, never a stack trace, for anything unexpected. */
export function report(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    const line = err.message
      .replace(/^error:\s*/, '')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    const command = (err as CommanderError & { command?: string }).command;
    io.stderr.write(`actplot: ${oneLine(line)} (see 'actplot ${command ? `${command} ` : ''}--help')\n`);
    return 2;
  }
  if (err instanceof UsageError) {
    io.stderr.write(`actplot: ${oneLine(wordForCli(err))}\n`);
    return 2;
  }
  const e = err as NodeJS.ErrnoException;
  if (e && e.code === 'EPIPE') return 0;
  if (err instanceof RangeError && /call stack/.test(err.message)) {
    io.stderr.write('actplot: internal error: the input is nested too deeply\n');
    return 1;
  }
  io.stderr.write(`actplot: internal error: ${oneLine(e && e.message ? e.message.split('\n')[0] : String(err))}\n`);
  return 1;
}

/**
 * A usage error in the command line's words: a field of the options as its flag (['panels', 1, 'xlim'] is
 * --xlim, ['grid', 'color'] --grid-color), a config's as the file and the path to its key.
 */
export function wordForCli(err: UsageError): string {
  if (err.file !== undefined) return err.message;
  return `${flagFor(err.field)}: ${describeUsage(err.detail)}`;
}

const FLAGS: Record<string, string> = {
  function: 'function',
  functions: 'function',
  curves: 'function',
  panels: '--panel',
  output: '-o',
  outDir: '--out-dir',
  gridStyle: '--grid-color',
  config: 'config',
  script: 'script',
};

/** Options whose value is a pyplot call's arguments: an error names the flag and the argument. */
const GRID_FLAGS = ['color', 'alpha', 'linestyle', 'linewidth'];

const CALL_FLAGS = [
  'subplot',
  'subplot2grid',
  'axhline',
  'axvline',
  'hlines',
  'vlines',
  'axhspan',
  'axvspan',
  'spine',
  'xaxis',
  'yaxis',
  'legend',
  'tightLayout',
  'constrainedLayout',
  'rc',
  'style',
  'suptitle',
  'figtext',
  'supxlabel',
  'supylabel',
  'figlegend',
  'subplotsAdjust',
  'savefig',
  'figure',
  'subplots',
  'gridspec',
  'tickParams',
  'propCycle',
  'x',
  'aspect',
  'locatorParams',
  'ticklabelFormat',
  'xscale',
  'yscale',
  'set',
  'text',
  'fillBetween',
  'plot',
  'scatter',
  'annotate',
  'title',
  'xlabel',
  'ylabel',
  'margins',
  'xticks',
  'yticks',
];

/** An option a warning advises, as the command line writes it: `--size 6x4`, `--color`. */
export function optionAsFlag(o: AdvisedOption): string {
  return o.cli === undefined ? flagFor([o.field]) : `${flagFor([o.field])} ${o.cli}`;
}

export function flagFor(field: readonly (string | number)[]): string {
  const keys = field.filter((k): k is string => typeof k === 'string');
  const call = keys.findIndex((k) => CALL_FLAGS.includes(k));
  if (call >= 0) return [kebab(keys[call]), ...keys.slice(call + 1)].join(' ');
  const last = keys[keys.length - 1];
  if (last === undefined) return 'actplot';
  if (last.startsWith('-')) return last; // the command line's own names ('-o', '--jobs')
  // The grid's own flags (--grid-color), else a keyword of grid()'s arguments (--grid "which='minor'").
  if (keys[keys.length - 2] === 'grid') return GRID_FLAGS.includes(last) ? `--grid-${last}` : `--grid ${last}`;
  if (Object.hasOwn(FLAGS, last)) return FLAGS[last];
  return last.split('/').map(kebab).join('/');
}

/** An option's key as its flag: tightLayout is --tight-layout. */
const kebab = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Whatever a message quotes, it stays one line: control characters are shown escaped. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
