/** The command line: a thin shell over the API. Usage errors end with exit code 2 and one line on stderr. */
import { badValue, didYouMean } from '../errors';
import { curveOrder } from './curve-order';
import { Command } from 'commander';
import { UsageError } from '../errors';
import { describe } from '../io/write';
import { io, useStreams, type CliStreams } from './io';
import { addOutputOptions, addPanelOptions, addRangeOptions } from './flags';
import { report } from './wording';
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
  $ actplot sigmoid --grad --panel tanh --grad --size 10x4   two panels side by side
  $ actplot gelu_new gelu_pytorch_tanh quick_gelu            transformers' names, as ACT2CLS spells them
  $ actplot swiglu --param up=0.5,1,2                        a gated unit with up held at three values
  $ actplot gelu --dtype bfloat16 --error ulp                bfloat16 against float64, in units in the last place
  $ actplot gelu --show                                      in the terminal (kitty, iTerm2, sixel or text)`;

function version(): string {
  // Read lazily so that the package file is only parsed for --version.
  return (require('../../../package.json') as { version: string }).version;
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}

const SHARE_WORDS = ['all', 'row', 'col', 'none', 'true', 'false'];

/**
 * Options whose value is optional, with what their value may look like: a next word that does not is the
 * next function, and the option is given bare (`--tight-layout=`). tight_layout() takes keywords only;
 * grid() keywords or its flag; subplots()'s sharex takes one of its words.
 */
const OPTIONAL_VALUES = new Map<string, (next: string) => boolean>([
  // Keywords, or the script's line whole: plt.tight_layout(), fig.tight_layout(pad=2).
  ['--tight-layout', (next) => next.includes('=') || isCallLine(next, ['tight_layout'])],
  // legend()'s arguments or a location; a function's name is the next function.
  ['--figlegend', (next) => next.includes('=') || isLegendLocation(next) || isCallLine(next, ['figlegend', 'legend'])],
  // grid()'s arguments: keywords, or its visible flag first ('True, alpha=0.3'); a bare word is a function.
  ['--grid', (next) => next.includes('=') || /^\s*(True|False|None)\s*(,|$)/.test(next) || isCallLine(next, ['grid'])],
  ['--sharex', (next) => SHARE_WORDS.includes(next.toLowerCase())],
  ['--sharey', (next) => SHARE_WORDS.includes(next.toLowerCase())],
  ['--align-labels', (next) => ['both', 'x', 'y'].includes(next.toLowerCase())],
  ['--show', (next) => ['kitty', 'iterm', 'sixel', 'text'].includes(next)],
  ['--error', (next) => next === 'abs' || next === 'ulp'],
]);

/** Whether a word is a script's line of one of these calls, plt.grid(True) (the reader loaded only when asked). */
function isCallLine(word: string, names: string[]): boolean {
  return (require('../spec/call-lines') as typeof import('../spec/call-lines')).callLine(word, names) !== undefined;
}

/** Whether a word is one of legend()'s locations, read as parseLegend reads it (loaded only when asked). */
function isLegendLocation(word: string): boolean {
  const { legendLocationOf } = require('../spec/rules') as typeof import('../spec/rules');
  return legendLocationOf(word) !== undefined;
}

/** The commands other than plotting, whose options are their own (eval's --grid is a flag). */
export const COMMANDS = ['list', 'eval', 'gallery', 'render', 'script', 'schema', 'help'];

/** argv split at each --panel (and --twinx): the first part holds the command, the others one panel each. */
export function splitPanels(args: string[]): string[][] {
  const plotting = !COMMANDS.includes(args[0]);
  const parts: string[][] = [[]];
  const common: string[] = [];
  let every = false;
  for (const [i, a] of args.entries()) {
    if (a === '--panel') {
      parts.push([]);
      every = false;
      continue;
    }
    // --twinx starts a panel too, the twin of the one before it (its parser reads the flag).
    if (a === '--twinx' && plotting) {
      parts.push([a]);
      every = false;
      continue;
    }
    if (a === '--all-panels') {
      every = true;
      continue;
    }
    // A Map, not an object: any word may come here, __proto__ included.
    const takesNext = plotting ? OPTIONAL_VALUES.get(a) : undefined;
    const word = takesNext && !(args[i + 1] !== undefined && takesNext(args[i + 1])) ? `${a}=` : a;
    (every ? common : parts[parts.length - 1]).push(word);
  }
  // Options before the first --panel that draw nothing (`actplot --layout 2x3 --panel relu ...`) are the first
  // panel's, as a script sets up its figure before its first plot.
  if (plotting && parts.length > 1 && drawsNothing(parts[0])) parts.splice(0, 2, [...parts[0], ...parts[1]]);
  // Options after --all-panels (up to the next --panel) are every panel's, before its own, which then win.
  return common.length ? parts.map((p) => [...common, ...p]) : parts;
}

/**
 * Whether a panel's words name no function, expression or data to draw (unreadable words: say no). Parsing them
 * costs a start-up a few milliseconds, so only where it can tell: nothing at all draws nothing, and a first
 * word that is no option is a function (`actplot relu --panel gelu`).
 */
function drawsNothing(words: string[]): boolean {
  if (!words.length) return true;
  if (!words[0].startsWith('-')) return false;
  // Asking for help or the version is the program's, not a panel's.
  if (words.some((w) => ['-h', '--help', '-V', '--version'].includes(w))) return false;
  try {
    const { functions, opts } = parsePanel(words);
    return !functions.length && !opts.expr && !opts.plot && !opts.scatter;
  } catch {
    return false;
  }
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
    if (!functions.length && !extraPanels.length && !opts.expr && !opts.plot && !opts.scatter) {
      program.outputHelp();
      return undefined;
    }
    const head = { functions, opts, ...(headWords && { order: curveOrder(headWords, program) }) };
    const panels = [head, ...extraPanels.map(parsePanel)];
    // Output options are the figure's: given with any panel, the last one counts.
    const output = Object.assign({}, ...panels.map((p) => pick(p.opts, ['output', 'format', 'quiet', 'show'])));
    return onPlot(panels, output);
  });

  program
    .command('list')
    .description('list every function with its formula, parameters and defaults')
    .option('--json', 'machine-readable output')
    .option('-q, --quiet', 'accepted, as every command takes it (list prints only what was asked)')
    .addHelpText('after', "\nExamples:\n  $ actplot list\n  $ actplot list --json | jq '.[].name'")
    .action(async (opts) => (await import('./list-command')).listCommand(opts));

  addRangeOptions(
    program
      .command('eval')
      .description('print sampled values (and the derivative) as CSV or JSON')
      .argument('[function]', "function to evaluate, e.g. gelu or 'gelu(approximate=tanh)'"),
  )
    .option('--expr <expression>', "evaluate an expression in x instead, e.g. 'x * sigmoid(1.702 * x)'")
    .option('--grad', 'add the derivative column dy')
    .option('--grid', 'a gated unit on a grid of both inputs: columns gate, up, y, dy_dgate, dy_dup')
    .option('--format <format>', 'csv or json (default: the extension of -o, else csv)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Examples:
  $ actplot eval sigmoid --from -6 --to 6 --step 0.5
  $ actplot eval gelu --param approximate=tanh --num 101 --grad --format json
  $ actplot eval relu --from -1 --to 1 --step 0.25 --dtype float64 -o relu.csv
  $ actplot eval --expr 'x * sigmoid(1.702 * x)' --grad --num 5 --from -2 --to 2
  $ actplot eval gelu_pytorch_tanh --dtype bfloat16 --from -4 --to 4 --step 0.5
  $ actplot eval swiglu --grid --from -2 --to 2 --step 1`,
    )
    .action(async (fn: string | undefined, opts) => (await import('./commands')).evalCommand(fn, opts));

  program
    .command('gallery')
    .description('draw every figure of the document (with --all, of every function) into a folder')
    .requiredOption('--out-dir <dir>', 'folder to write into (created if missing)')
    .option('--format <format>', 'png, svg or pdf', 'png')
    .option('--all', "also every other function's default figure, one per function")
    .option('--llm', 'also the LLM figures: GELU variants and their differences, the gated units, bfloat16 staircases')
    .option('--index', 'also write index.md: every function with its formula (LaTeX), parameters and figure')
    .option('-q, --quiet', 'do not print the paths written')
    .addHelpText(
      'after',
      '\nExamples:\n  $ actplot gallery --out-dir figures\n  $ actplot gallery --out-dir docs/img --format svg\n  $ actplot gallery --all --out-dir all\n  $ actplot gallery --llm --out-dir docs/llm\n  $ actplot gallery --all --index --out-dir docs/functions',
    )
    .action(async (opts) => (await import('./commands')).galleryCommand(opts));

  program
    .command('render')
    .description('draw every figure of a config file (JSON or YAML) into a folder, writing only what changed')
    .argument('<config>', 'the config file')
    .option('--out-dir <dir>', 'folder to write into (created if missing)', '.')
    .option(
      '--jobs <n>',
      'drawing threads, workers and this one (default: one fewer than the cores, at least one; most: the cores)',
    )
    .option('--only <name...>', 'only these figures')
    .option('--check', 'write nothing; exit 1 listing figures whose file is missing or out of date')
    .option('--force', 'draw and write every figure, changed or not')
    .option('--shard <i/n>', 'only the i-th of n even, stable shares of the figures, for a CI matrix (e.g. 2/4)')
    .option('--watch', 'draw, then redraw what changes whenever the config changes, until Ctrl-C')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Examples:
  $ actplot render examples/document.yaml --out-dir figures
  $ actplot render figures.yaml --out-dir docs/img --check     in CI: fails when an image is stale
  $ actplot render figures.yaml --only gelu swish --force
  $ actplot render figures.yaml --out-dir docs/img --shard 2/4       the second of four CI jobs
  $ actplot render figures.yaml --out-dir docs/img --watch           redraws as the file is saved`,
    )
    .action(async (config: string, opts) => {
      onExitCode(await (await import('./render-command')).renderCommand(config, opts));
    });

  program
    .command('script')
    .description('draw the figures a pyplot script draws, from its lines (the script is not run)')
    .argument('<file>', 'the script, e.g. plot.py')
    .option(
      '-o, --output <file>',
      "output file of a script of one figure (default: each figure's savefig(), else the script's name with .png)",
    )
    .option('--format <format>', 'png, svg or pdf (default: the extension of the output)')
    .option('-q, --quiet', 'do not print the path written')
    .addHelpText(
      'after',
      `
Its definitions, x line, rcParams and style lines, plt.figure()/plt.subplots() and the axes they give, and each
pyplot call or Axes method are read as actplot's options; loops over values written out are unrolled, and a
statement that is none of these is refused with its line. A script that makes several figures (plt.figure()
again, plt.show() or plt.close() between them) writes each.

Examples:
  $ actplot script sigmoid_plot.py
  $ actplot script activations.py -o docs/img/activations.svg`,
    )
    .action(async (file: string, opts) => (await import('./commands')).scriptCommand(file, opts));

  program
    .command('schema')
    .description('print the JSON Schema of config files, for editors to complete and check them')
    .option('-q, --quiet', 'accepted, as every command takes it (schema prints only the schema)')
    .addHelpText('after', '\nExamples:\n  $ actplot schema > actplot.schema.json')
    .action(async () => (await import('./commands')).schemaCommand());

  // `actplot help` and `actplot help eval`, as git and npm have them (the words would otherwise be functions).
  program.helpCommand('help [command]', 'show the help of actplot or of a command');
  // Help and the version go to the streams main() was given, as everything else does. A command's mistakes
  // point to that command's --help.
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride((err) => {
      throw Object.assign(err, { command: cmd === program ? undefined : cmd.name() });
    });
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
export async function main(argv: string[], streams?: CliStreams): Promise<number> {
  // A reader that went away (`actplot render c.yaml | head`) only ends the output: the work goes on. Any other
  // failure (a full disk behind `> file`) is reported once the command has done what it can.
  const onStdoutError = (err: NodeJS.ErrnoException) => {
    io.failure ??= err;
  };
  const ignore = () => undefined; // standard error failing leaves nowhere to say so: the exit code tells
  const listener = (name: 'stdout' | 'stderr') => (name === 'stdout' ? onStdoutError : ignore);
  const restore = useStreams(streams, (name, stream) => stream.on('error', listener(name)));
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
    if (head[0] === 'help' && head[1] !== undefined && !program.commands.some((c) => c.name() === head[1])) {
      const names = program.commands.map((c) => c.name());
      throw badValue('help', head[1], `a command: ${names.join(', ')}`, didYouMean(head[1], names));
    }
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
  restore((name, stream) => stream.off('error', listener(name)));
  return code;
}
