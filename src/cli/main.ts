/** The command line: a thin shell over the API. Usage errors end with exit code 2 and one line on stderr. */
import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors';
import { collectParam } from './parse';

const EXAMPLES_PLOT = `
Examples:
  $ actplot sigmoid                          the document's sigmoid figure, written to sigmoid.png
  $ actplot gelu -o gelu.svg                 the GELU figure as SVG
  $ actplot leaky-relu --param negative_slope=0.2 --from -4 --to 4 -o leaky.pdf
  $ actplot tanh --grad --size 6x4 --dpi 200 -o tanh.png
  $ actplot swish --title 'Swish, beta = 2' --param beta=2 --color tab:orange --legend 'lower right'
  $ actplot relu -o - > relu.png             bytes to standard output`;

function version(): string {
  // Read lazily so that the package file is only parsed for --version.
  return (require('../../../package.json') as { version: string }).version;
}

function addRangeOptions(cmd: Command): Command {
  return cmd
    .option('--from <x>', 'first x (default: the figure\'s)')
    .option('--to <x>', 'end of the x range; excluded with --step, included with --num')
    .option('--step <dx>', 'spacing, as torch.arange(from, to, step)')
    .option('--num <n>', 'number of points, as linspace(from, to, n)')
    .option('--dtype <type>', 'float32 (torch\'s default, as the document\'s scripts) or float64')
    .option('--param <name=value>', 'function parameter, PyTorch\'s name (repeatable)', collectParam);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('actplot')
    .description('Draw activation-function charts that look like matplotlib\'s, to PNG, SVG or PDF.')
    .version(version(), '-V, --version')
    .argument('[function]', "function to draw (see 'actplot list'), or sigmoid-newfun-tanh-compare")
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .addHelpText('after', EXAMPLES_PLOT);
  addRangeOptions(program)
    .option('--size <WxH>', 'figure size in inches, e.g. 8x4')
    .option('--dpi <dpi>', 'pixels per inch for PNG (default 100)')
    .option('--title <text>', 'axes title')
    .option('--xlabel <text>', 'x axis label')
    .option('--ylabel <text>', 'y axis label')
    .option('--xlim <min,max>', 'x axis limits')
    .option('--ylim <min,max>', 'y axis limits')
    .option('--xticks <a,b,...>', 'x tick positions')
    .option('--yticks <a,b,...>', 'y tick positions')
    .option('--grid', 'draw the grid')
    .option('--no-grid', 'no grid')
    .option('--color <color>', "line colour: matplotlib names ('blue', 'tab:orange', 'C1') or hex")
    .option('--linewidth <pt>', 'line width in points')
    .option('--legend [location]', "show the legend, at a matplotlib location ('upper left', 'best', ...)")
    .option('--no-legend', 'no legend')
    .option('--grad', 'add the derivative curve, in green')
    .option('--transparent', 'transparent background')
    .option('-o, --output <file>', "output file; its extension sets the format; '-' for standard output")
    .option('--format <format>', 'png, svg or pdf, overriding the extension')
    .option('-q, --quiet', 'do not print the path written')
    .action(async (fn: string | undefined, opts) => {
      if (!fn) {
        program.outputHelp();
        return;
      }
      const { plotCommand } = await import('./commands');
      plotCommand(fn, opts);
    });

  program.command('list')
    .description('list every function with its formula, parameters and defaults')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExamples:\n  $ actplot list\n  $ actplot list --json | jq \'.[].name\'')
    .action(async (opts) => (await import('./commands')).listCommand(opts));

  addRangeOptions(program.command('eval')
    .description('print sampled values (and the derivative) as CSV or JSON')
    .argument('<function>', 'function to evaluate'))
    .option('--grad', 'add the derivative column dy')
    .option('--format <format>', 'csv or json', 'csv')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText('after', `
Examples:
  $ actplot eval sigmoid --from -6 --to 6 --step 0.5
  $ actplot eval gelu --param approximate=tanh --num 101 --grad --format json
  $ actplot eval relu --from -1 --to 1 --step 0.25 --dtype float64 -o relu.csv`)
    .action(async (fn: string, opts) => (await import('./commands')).evalCommand(fn, opts));

  program.command('gallery')
    .description("draw every figure of the document into a folder")
    .requiredOption('--out-dir <dir>', 'folder to write into (created if missing)')
    .option('--format <format>', 'png, svg or pdf', 'png')
    .option('-q, --quiet', 'do not print the paths written')
    .addHelpText('after', '\nExamples:\n  $ actplot gallery --out-dir figures\n  $ actplot gallery --out-dir docs/img --format svg')
    .action(async (opts) => (await import('./commands')).galleryCommand(opts));

  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride();
    cmd.configureOutput({ writeErr: () => undefined, outputError: () => undefined });
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    return report(err);
  }
}

/** One line on stderr for a usage error; a short line, never a stack trace, for anything unexpected. */
export function report(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    const line = err.message.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ').trim();
    process.stderr.write(`actplot: ${line} (see 'actplot --help')\n`);
    return 2;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`actplot: ${err.message}\n`);
    return 2;
  }
  const e = err as NodeJS.ErrnoException;
  if (e && e.code === 'EPIPE') return 0;
  process.stderr.write(`actplot: internal error: ${e && e.message ? e.message.split('\n')[0] : String(err)}\n`);
  return 1;
}
