/** The command line: a thin shell over the API. Usage errors end with exit code 2 and one line on stderr. */
import { curveOrder } from './curve-order';
import { Command, CommanderError } from 'commander';
import { describeUsage, UsageError } from '../errors';
import { describe } from '../io/write';
import { io, type CliStreams } from './io';
import { collectParam } from './parse';
import type { OutputOptions } from './commands';
import type { PanelInput } from './options';

const EXAMPLES_PLOT = `
Examples:
  $ actplot sigmoid                          the document's sigmoid figure, written to sigmoid.png
  $ actplot gelu -o gelu.svg                 the GELU figure as SVG
  $ actplot leaky-relu --param negative_slope=0.2 --from -4 --to 4 -o leaky.pdf
  $ actplot tanh --grad --size 6x4 --dpi 200 -o tanh.png
  $ actplot swish --title 'Swish, beta = 2' --param beta=2 --color tab:orange --legend 'lower right'
  $ actplot relu -o - > relu.png             bytes to standard output
  $ actplot sigmoid tanh 'gelu(approximate=tanh)' --color C0,C1,C3 --linestyle -,--,: -o three.png
  $ actplot sigmoid --grad --panel tanh --grad --size 10x4   two panels side by side`;

function version(): string {
  // Read lazily so that the package file is only parsed for --version.
  return (require('../../../package.json') as { version: string }).version;
}

function addRangeOptions(cmd: Command): Command {
  return cmd
    .option('--from <x>', "first x (default: the figure's)")
    .option('--to <x>', 'end of the x range; excluded with --step, included with --num')
    .option('--step <dx>', 'spacing, as torch.arange(from, to, step)')
    .option('--num <n>', 'number of points, as linspace(from, to, n)')
    .option('--dtype <type>', "float32 (torch's default, as the document's scripts) or float64")
    .option(
      '--arange <whose>',
      "numpy or torch (default): whose arange's x values, to the last bit; numpy's are float64",
    )
    .option('--param <name=value>', "function parameter, PyTorch's name (repeatable)", collectParam);
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** Options that shape a panel: its functions' range, texts, limits, ticks, grid, styles and legend. */
function addPanelOptions(cmd: Command): Command {
  return addRangeOptions(cmd)
    .option('--title <text>', 'axes title')
    .option('--xlabel <text>', 'x axis label')
    .option('--ylabel <text>', 'y axis label')
    .option('--xlim <min,max>', "x axis limits, or 'auto'")
    .option('--ylim <min,max>', "y axis limits, or 'auto'")
    .option('--xticks <a,b,...>', "x tick positions ('' for none, 'auto' for matplotlib's)")
    .option('--yticks <a,b,...>', "y tick positions ('' for none, 'auto' for matplotlib's)")
    .option('--grid', 'draw the grid')
    .option('--no-grid', 'no grid')
    .option('--grid-color <color>', 'grid colour (default #b0b0b0)')
    .option('--grid-alpha <alpha>', 'grid opacity, 0 to 1')
    .option('--grid-linestyle <style>', "grid line style: '-', '--', '-.', ':'")
    .option('--grid-linewidth <pt>', 'grid line width in points (default 0.8)')
    .option('--color <colors>', "line colour, or one per function: 'blue', 'tab:orange', 'C1', '#1f77b4', '0.5'")
    .option('--linewidth <pts>', 'line width in points, or one per function')
    .option('--linestyle <styles>', "line style, or one per function: '-', '--', '-.', ':'")
    .option('--fmt <formats>', "pyplot format strings, or one per function: 'r--', 'o-', 'C2:', 'ks'")
    .option('--marker <markers>', 'a marker at the samples, or one per function: o . s ^ v D x + (or None)')
    .option('--markersize <points>', 'marker size in points, or one per function (default 6)')
    .option('--markevery <n>', 'a marker every n-th sample, or one per function (default 1)')
    .option('--label <text>', 'legend label of the next function (repeatable)', (v: string, prev: string[] = []) => [
      ...prev,
      v,
    ])
    .option(
      '--legend [location]',
      "show the legend: a location ('upper left', 'best', ...) or legend()'s arguments \"loc='best', frameon=False\"",
    )
    .option('--no-legend', 'no legend')
    .option('--grad', "add each function's derivative")
    .option(
      '--axhline <args>',
      "a horizontal line: axhline()'s arguments, \"0, color='k', ls='--'\" (repeatable)",
      collect,
    )
    .option(
      '--axvline <args>',
      "a vertical line: axvline()'s arguments, \"0, color='k', lw=0.5\" (repeatable)",
      collect,
    )
    .option(
      '--hlines <args>',
      "horizontal segments: hlines()'s arguments, \"[0, 1], -5, 5, colors='k'\" (repeatable)",
      collect,
    )
    .option(
      '--vlines <args>',
      "vertical segments: vlines()'s arguments, \"0, -1, 1, linestyles='dashed'\" (repeatable)",
      collect,
    )
    .option('--axhspan <args>', 'a horizontal band: axhspan()\'s arguments, "0, 1, alpha=0.2" (repeatable)', collect)
    .option('--axvspan <args>', "a vertical band: axvspan()'s arguments, \"-1, 1, color='0.9'\" (repeatable)", collect)
    .option(
      '--fill-between <args>',
      "fill_between()'s arguments: \"relu, 0, alpha=0.3\" or \"'x * sigmoid(x)', relu, color='C2'\" (repeatable)",
      collect,
    )
    .option('--aspect <a>', "the axes' aspect, as ax.set_aspect(): equal, auto or a number")
    .option(
      '--text <args>',
      "a text: text()'s arguments, \"0, 0.5, 'kink', fontsize=12, ha='center'\" (repeatable)",
      collect,
    )
    .option(
      '--tick-params <args>',
      "tick_params()'s arguments: \"axis='both', direction='in', length=6, labelsize=8\" (repeatable)",
      collect,
    )
    .option(
      '--spine <args>',
      'a spine\'s settings: "left, position=\'zero\'", "top, visible=False" (repeatable)',
      collect,
    )
    .option(
      '--expr <expression>',
      "an expression in x to draw, e.g. 'x * sigmoid(1.702 * x)' (repeatable)",
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option(
      '--annotate <args>',
      "a text with an arrow: annotate()'s arguments, \"'max', xy=(0, 0), xytext=(1, 2), arrowprops={'arrowstyle': '->'}\" (repeatable)",
      collect,
    )
    .option(
      '--plot <args>',
      "data points: plot()'s arguments, \"[0, 1, 2], [0, 0.5, 1], 'ro'\" (repeatable, in order with the functions)",
      collect,
    )
    .option(
      '--name <name>',
      'name of the next --expr, for its legend, title and file (repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--size <WxH>', 'figure size in inches, e.g. 8x4')
    .option('--dpi <dpi>', 'pixels per inch for PNG (default 100)')
    .option('--layout <RxC>', 'rows and columns of the panels (default one row)')
    .option('--transparent', 'transparent background')
    .option(
      '--style <name>',
      "a style: matplotlib's sheets (ggplot, bmh, dark_background...), a .mplstyle file, document, matplotlib or pytorch-docs (repeatable, later wins)",
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option(
      '--font-file <path>',
      'a TrueType file whose family --rc font.family=NAME (or family=) may then name, as fontManager.addfont (repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option(
      '--rc <key=value>',
      'an rcParam by its name, in matplotlibrc syntax: axes.titlesize=large (repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--all-panels', 'the options after it, up to the next --panel, apply to every panel')
    .option('--sharex [how]', 'the panels share the x axis, as plt.subplots(sharex=...): all (bare), row, col or none')
    .option('--sharey [how]', 'the panels share the y axis, as plt.subplots(sharey=...): all (bare), row, col or none')
    .option(
      '--suptitle <args>',
      'the figure\'s title: "Activations" or suptitle()\'s arguments "Activations, fontsize=14"',
    )
    .option('--subplots-adjust <args>', 'subplots_adjust()\'s arguments: "left=0.15, wspace=0.4"')
    .option('--bbox-inches <tight>', "cut the page to the figure's content, as savefig(bbox_inches='tight')")
    .option('--pad-inches <inches>', 'the padding of --bbox-inches tight (default 0.1)')
    .option(
      '--tight-layout [args]',
      'fit the labels in the figure, as plt.tight_layout(); its arguments optional: "pad=0.4, w_pad=0.5, h_pad=1.0"',
    );
}

function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('-o, --output <file>', "output file; its extension sets the format; '-' for standard output")
    .option('--format <format>', 'png, svg or pdf, overriding the extension')
    .option('-q, --quiet', 'do not print the path written');
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}

const SHARE_WORDS = ['all', 'row', 'col', 'none', 'true', 'false'];

/**
 * Options whose value is optional, with what their value may look like: a next word that does not is the
 * next function, and the option is given bare (`--tight-layout=`). tight_layout() takes keywords only;
 * subplots()'s sharex takes one of its words.
 */
const OPTIONAL_VALUES = new Map<string, (next: string) => boolean>([
  ['--tight-layout', (next) => next.includes('=')],
  ['--sharex', (next) => SHARE_WORDS.includes(next.toLowerCase())],
  ['--sharey', (next) => SHARE_WORDS.includes(next.toLowerCase())],
]);

/** argv split at each --panel: the first part holds the command, the others one panel each. */
export function splitPanels(args: string[]): string[][] {
  const parts: string[][] = [[]];
  const common: string[] = [];
  let every = false;
  for (const [i, a] of args.entries()) {
    if (a === '--panel') {
      parts.push([]);
      every = false;
      continue;
    }
    if (a === '--all-panels') {
      every = true;
      continue;
    }
    // A Map, not an object: any word may come here, __proto__ included.
    const takesNext = OPTIONAL_VALUES.get(a);
    const word = takesNext && !(args[i + 1] !== undefined && takesNext(args[i + 1])) ? `${a}=` : a;
    (every ? common : parts[parts.length - 1]).push(word);
  }
  // Options after --all-panels (up to the next --panel) are every panel's, before its own, which then win.
  return common.length ? parts.map((p) => [...common, ...p]) : parts;
}

type PlotHandler = (panels: PanelInput[], output: OutputOptions) => void | Promise<void>;

const drawAndWrite: PlotHandler = async (panels, output) => (await import('./commands')).plotCommand(panels, output);

export function buildProgram(
  extraPanels: string[][] = [],
  onPlot: PlotHandler = drawAndWrite,
  onExitCode: (code: number) => void = () => undefined,
  headWords?: string[],
): Command {
  const program = new Command();
  program
    .name('actplot')
    .description("Draw activation-function charts that look like matplotlib's, to PNG, SVG or PDF.")
    .version(version(), '-V, --version')
    .argument(
      '[functions...]',
      "functions to draw, e.g. gelu or 'gelu(approximate=tanh)' (see 'actplot list'), or sigmoid-newfun-tanh-compare",
    )
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .addHelpText('after', EXAMPLES_PLOT);
  // Not an async function: a mistake in the panels' words throws here, where parsePlotArgs's caller (which
  // parses synchronously) gets it, instead of becoming a promise nobody awaits.
  addOutputOptions(addPanelOptions(program)).action((functions: string[], opts) => {
    if (!functions.length && !extraPanels.length && !opts.expr && !opts.plot) {
      program.outputHelp();
      return undefined;
    }
    const head = { functions, opts, ...(headWords && { order: curveOrder(headWords, program) }) };
    const panels = [head, ...extraPanels.map(parsePanel)];
    // Output options are the figure's: given with any panel, the last one counts.
    const output = Object.assign({}, ...panels.map((p) => pick(p.opts, ['output', 'format', 'quiet'])));
    return onPlot(panels, output);
  });

  program
    .command('list')
    .description('list every function with its formula, parameters and defaults')
    .option('--json', 'machine-readable output')
    .addHelpText('after', "\nExamples:\n  $ actplot list\n  $ actplot list --json | jq '.[].name'")
    .action(async (opts) => (await import('./commands')).listCommand(opts));

  addRangeOptions(
    program
      .command('eval')
      .description('print sampled values (and the derivative) as CSV or JSON')
      .argument('[function]', "function to evaluate, e.g. gelu or 'gelu(approximate=tanh)'"),
  )
    .option('--expr <expression>', "evaluate an expression in x instead, e.g. 'x * sigmoid(1.702 * x)'")
    .option('--grad', 'add the derivative column dy')
    .option('--format <format>', 'csv or json', 'csv')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText(
      'after',
      `
Examples:
  $ actplot eval sigmoid --from -6 --to 6 --step 0.5
  $ actplot eval gelu --param approximate=tanh --num 101 --grad --format json
  $ actplot eval relu --from -1 --to 1 --step 0.25 --dtype float64 -o relu.csv
  $ actplot eval --expr 'x * sigmoid(1.702 * x)' --grad --num 5 --from -2 --to 2`,
    )
    .action(async (fn: string | undefined, opts) => (await import('./commands')).evalCommand(fn, opts));

  program
    .command('gallery')
    .description('draw every figure of the document (with --all, of every function) into a folder')
    .requiredOption('--out-dir <dir>', 'folder to write into (created if missing)')
    .option('--format <format>', 'png, svg or pdf', 'png')
    .option('--all', "also every other function's default figure, one per function")
    .option('--index', 'also write index.md: every function with its formula (LaTeX), parameters and figure')
    .option('-q, --quiet', 'do not print the paths written')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actplot gallery --out-dir figures\n  $ actplot gallery --out-dir docs/img --format svg\n  $ actplot gallery --all --out-dir all\n  $ actplot gallery --all --index --out-dir docs/functions',
    )
    .action(async (opts) => (await import('./commands')).galleryCommand(opts));

  program
    .command('render')
    .description('draw every figure of a config file (JSON or YAML) into a folder, writing only what changed')
    .argument('<config>', 'the config file')
    .option('--out-dir <dir>', 'folder to write into (created if missing)', '.')
    .option('--jobs <n>', 'drawing threads, workers and this one (default and most: the number of cores)')
    .option('--only <name...>', 'only these figures')
    .option('--check', 'write nothing; exit 1 listing figures whose file is missing or out of date')
    .option('--force', 'draw and write every figure, changed or not')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Examples:
  $ actplot render examples/document.yaml --out-dir figures
  $ actplot render figures.yaml --out-dir docs/img --check     in CI: fails when an image is stale
  $ actplot render figures.yaml --only gelu swish --force`,
    )
    .action(async (config: string, opts) => {
      onExitCode(await (await import('./commands')).renderCommand(config, opts));
    });

  program
    .command('schema')
    .description('print the JSON Schema of config files, for editors to complete and check them')
    .addHelpText('after', '\nExamples:\n  $ actplot schema > actplot.schema.json')
    .action(async () => (await import('./commands')).schemaCommand());

  // Help and the version go to the streams main() was given, as everything else does.
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride();
    cmd.configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: () => undefined,
      outputError: () => undefined,
    });
  }
  return program;
}

/** Parses the words after a --panel: functions and panel options. */
function parsePanel(words: string[]): PanelInput {
  let result: PanelInput = { functions: [], opts: {} };
  const panel = addOutputOptions(addPanelOptions(new Command('--panel')))
    .argument('[functions...]')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, outputError: () => undefined })
    .action((functions: string[], opts: PanelInput['opts']) => {
      result = { functions, opts, order: curveOrder(words, panel) };
    });
  panel.parse(words, { from: 'user' });
  return result;
}

/**
 * The figure and output options that `actplot ARGS...` would draw, without drawing: for build scripts and
 * tests. Throws a UsageError (or commander's error) for bad arguments.
 */
export function parsePlotArgs(args: string[]): { panels: PanelInput[]; output: OutputOptions } {
  const [head, ...panels] = splitPanels(args);
  let result: { panels: PanelInput[]; output: OutputOptions } | undefined;
  const program = buildProgram(
    panels,
    (p, output) => {
      result = { panels: p, output };
    },
    undefined,
    head,
  );
  program.parse(head, { from: 'user' });
  if (!result) throw new UsageError('function', 'none given; expected one or more functions');
  return result;
}

/**
 * Runs the command line and returns its exit code. `streams` replaces standard output and error (the tests run
 * the CLI in-process this way); nothing here sets process.exitCode or exits.
 */
export async function main(
  argv: string[],
  streams: CliStreams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const previous = { ...io };
  Object.assign(io, streams);
  io.failure = undefined;
  // A reader that went away (`actplot render c.yaml | head`) only ends the output: the work goes on. Any other
  // failure (a full disk behind `> file`) is reported once the command has done what it can.
  const onStdoutError = (err: NodeJS.ErrnoException) => {
    io.failure ??= err;
  };
  const ignore = () => undefined; // standard error failing leaves nowhere to say so: the exit code tells
  io.stdout.on('error', onStdoutError);
  io.stderr.on('error', ignore);
  let code = 0;
  try {
    const [head, ...panels] = splitPanels(argv.slice(2));
    const program = buildProgram(
      panels,
      drawAndWrite,
      (c) => {
        code = c;
      },
      head,
    );
    await program.parseAsync([...argv.slice(0, 2), ...head]);
  } catch (err) {
    code = report(err);
  }
  // A failed write to a file or device is reported on the next turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  const failure = io.failure as NodeJS.ErrnoException | undefined;
  if (failure && failure.code !== 'EPIPE' && failure.code !== 'ERR_STREAM_DESTROYED') {
    io.stderr.write(`actplot: standard output: cannot write (${describe(failure)})\n`);
    if (code === 0) code = 2;
  }
  io.stdout.off('error', onStdoutError);
  io.stderr.off('error', ignore);
  Object.assign(io, previous);
  return code;
}

/** One line on stderr for a usage error; a short line, never a stack trace, for anything unexpected. */
export function report(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    const line = err.message
      .replace(/^error:\s*/, '')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    io.stderr.write(`actplot: ${oneLine(line)} (see 'actplot --help')\n`);
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
};

/** Options whose value is a pyplot call's arguments: an error names the flag and the argument. */
const CALL_FLAGS = [
  'axhline',
  'axvline',
  'hlines',
  'vlines',
  'axhspan',
  'axvspan',
  'spine',
  'legend',
  'tightLayout',
  'rc',
  'style',
  'suptitle',
  'subplotsAdjust',
  'tickParams',
  'text',
  'fillBetween',
  'plot',
  'annotate',
];

export function flagFor(field: readonly (string | number)[]): string {
  const keys = field.filter((k): k is string => typeof k === 'string');
  const call = keys.findIndex((k) => CALL_FLAGS.includes(k));
  if (call >= 0) return [kebab(keys[call]), ...keys.slice(call + 1)].join(' ');
  const last = keys[keys.length - 1];
  if (last === undefined) return 'actplot';
  if (last.startsWith('-')) return last; // the command line's own names ('-o', '--jobs')
  if (keys[keys.length - 2] === 'grid') return `--grid-${last}`;
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
