/**
 * The command line's options, as commander defines them: a panel's (range, texts, styles, pyplot calls), the
 * figure's and the output's. main.ts builds the commands from them.
 */
import type { Command } from 'commander';
import { collectParam } from './parse';

export function addRangeOptions(cmd: Command): Command {
  return cmd
    .option('--x <line>', 'the script\'s x line: "torch.arange(-5.0, 5.0, 0.1)", "np.linspace(-5, 5, 200)"')
    .option('--from <x>', "first x (default: the figure's)")
    .option('--to <x>', 'end of the x range; excluded with --step, included with --num')
    .option('--step <dx>', 'spacing, as torch.arange(from, to, step)')
    .option('--num <n>', 'number of points, as linspace(from, to, n)')
    .option(
      '--dtype <type>',
      "float32 (torch's default, as the document's scripts), float64, or bfloat16 / float16: values as torch computes them",
    )
    .option(
      '--arange <whose>',
      "numpy or torch (default): whose arange's x values, to the last bit; numpy's are float64",
    )
    .option(
      '--param <name=value>',
      "function parameter, PyTorch's name (repeatable); name=a,b,c draws one curve per value",
      collectParam,
    );
}

export const collect = (v: string, prev: string[] = []) => [...prev, v];

/** --grid calls in order, after a --no-grid before them (false) if any. */
const collectGrid = (v: string, prev?: boolean | (string | boolean)[]) => [
  ...(Array.isArray(prev) ? prev : prev === undefined ? [] : [prev]),
  v,
];

/** Options that shape a panel: its functions' range, texts, limits, ticks, grid, styles and legend. */
export function addPanelOptions(cmd: Command): Command {
  return addRangeOptions(cmd)
    .option(
      '--title <text>',
      "axes title, or title()'s arguments: \"'Sigmoid', fontsize=14\" (repeatable: one at each loc, left, center, right)",
      collect,
    )
    .option('--xlabel <text>', "x axis label, or xlabel()'s arguments: \"'x', loc='right'\"")
    .option('--ylabel <text>', "y axis label, or ylabel()'s arguments: \"'y', labelpad=10\"")
    .option('--xlim <min,max>', 'x axis limits: -5,5, or xlim()\'s arguments ("left=0", "None, 3"), or auto')
    .option('--ylim <min,max>', 'y axis limits: -1,1, or ylim()\'s arguments ("bottom=0", "-1, None"), or auto')
    .option('--xticks <a,b,...>', "x tick positions ('' for none, 'auto' for matplotlib's)")
    .option('--yticks <a,b,...>', "y tick positions ('' for none, 'auto' for matplotlib's)")
    .option(
      '--grid [args]',
      "draw the grid, or grid()'s arguments: \"True, linestyle='--', alpha=0.5\" (repeatable, in order)",
      collectGrid,
    )
    .option('--no-grid', 'no grid')
    .option('--grid-color <color>', 'grid colour (default #b0b0b0)')
    .option('--grid-alpha <alpha>', 'grid opacity, 0 to 1')
    .option('--grid-linestyle <style>', "grid line style: '-', '--', '-.', ':' or a dash tuple '(0, (5, 2))'")
    .option('--grid-linewidth <pt>', 'grid line width in points (default 0.8)')
    .option('--color <colors>', "line colour, or one per function: 'blue', 'tab:orange', 'C1', '#1f77b4', '0.5'")
    .option('--linewidth <pts>', 'line width in points, or one per function')
    .option('--alpha <alphas>', "line opacity, 0 to 1, or one per function (plot()'s alpha)")
    .option('--linestyle <styles>', "line style, or one per function: '-', '--', '-.', ':', '(0, (5, 2))'")
    .option('--fmt <formats>', "pyplot format strings, or one per function: 'r--', 'o-', 'C2:', 'ks'")
    .option('--marker <markers>', 'a marker at the samples, or one per function: o . s ^ v D x + (or None)')
    .option('--markersize <points>', 'marker size in points, or one per function (default 6)')
    .option(
      '--markevery <n>',
      'a marker every n-th sample, or a distance along the line (0.1: a tenth of the axes diagonal); one per function',
    )
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
    .option('--error [unit]', "draw f_dtype(x) - f_float64(x) for --dtype; 'ulp' in units in the last place")
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
    .option('--box-aspect <a>', "the axes box's height over its width, as ax.set_box_aspect(): 1 is square")
    .option(
      '--subplot <args>',
      'where the panel goes, as plt.subplot(): "2, 2, 3", 223, or "2, 2, (1, 2)" for cells 1 to 2',
    )
    .option('--subplot2grid <args>', 'where the panel goes, as plt.subplot2grid(): "(3, 3), (0, 0), colspan=2"')
    .option('--box <on>', 'the frame, as plt.box(): False draws no background and no spines (ticks stay)')
    .option('--xscale <args>', "the x axis's scale, as plt.xscale(): linear, log or symlog, or \"'log', base=2\"")
    .option(
      '--yscale <args>',
      "the y axis's scale, as plt.yscale(): linear, log or symlog, or \"'symlog', linthresh=1\"",
    )
    .option(
      '--twinx',
      'starts a twin of the panel before it, as ax.twinx(): its own y axis on the right, the x axis shared',
    )
    .option('--axis <args>', 'plt.axis()\'s arguments: "[-5, 5, -1, 1]", equal, scaled, square, off...')
    .option(
      '--prop-cycle <args>',
      "the axes' own property cycle, as ax.set_prop_cycle(): \"color=['r', 'g', 'b']\" or \"cycler(ls=['-', '--'])\"",
    )
    .option('--margins <args>', 'autoscale margins, as plt.margins(): "0", "0.1, 0.2" or "x=0"')
    .option('--invert-xaxis', 'the x axis drawn inverted, as ax.invert_xaxis() after the limits')
    .option('--invert-yaxis', 'the y axis drawn inverted, as ax.invert_yaxis() after the limits')
    .option('--minorticks-on', "minor ticks on both axes, at AutoMinorLocator's places, as plt.minorticks_on()")
    .option('--minorticks-off', 'no minor ticks, whatever the rc says, as plt.minorticks_off()')
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
    .option('--set <args>', "ax.set()'s arguments: \"title='ReLU', xlabel='x', xlim=(-5, 5)\"")
    .option(
      '--locator-params <args>',
      'locator_params()\'s arguments: "axis=\'x\', nbins=5", "integer=True" (repeatable)',
      collect,
    )
    .option(
      '--ticklabel-format <args>',
      "ticklabel_format()'s arguments: \"axis='y', style='sci', scilimits=(0, 0)\" (repeatable)",
      collect,
    )
    .option(
      '--spine <args>',
      'a spine\'s settings: "left, position=\'zero\'", "top, visible=False" (repeatable)',
      collect,
    )
    .option(
      '--xaxis <call>',
      'a call of ax.xaxis\'s methods: "set_ticks_position(\'bottom\')", "tick_top()" (repeatable)',
      collect,
    )
    .option(
      '--yaxis <call>',
      'a call of ax.yaxis\'s methods: "set_ticks_position(\'left\')", "tick_right()" (repeatable)',
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
      'data points: plot()\'s arguments, "[0, 1, 2], [0, 0.5, 1], \'ro\'"; over x, "x, torch.tanh(x)", or a range of ' +
        'its own, "np.linspace(0, 5, 50), x**2" (repeatable, in order with the functions)',
      collect,
    )
    .option(
      '--scatter <args>',
      "markers at data points: scatter()'s arguments, \"[0, 1, 2], [0, 0.5, 1], s=20, c='r'\" (repeatable, in order)",
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
      "a style: matplotlib's sheets (ggplot, bmh, dark_background...), a .mplstyle file, document, matplotlib or pytorch-docs, or a list \"['ggplot', 'fast']\" (repeatable, later wins)",
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option(
      '--font-file <path>',
      'a TrueType file whose family --rc font.family=NAME (or family=) may then name, as fontManager.addfont (repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option(
      '--rc <key=value>',
      "an rcParam by its name, in matplotlibrc syntax: axes.titlesize=large; or a dict \"{'font.size': 14}\" or plt.rc()'s arguments \"'lines', lw=2\" (repeatable)",
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option(
      '--def <line>',
      'a script\'s definition for the expressions: "y = torch.sigmoid(x)", "def swish(x, beta=1.0): return x * torch.sigmoid(beta * x)" (repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--all-panels', 'the options after it, up to the next --panel, apply to every panel')
    .option('--sharex [how]', 'the panels share the x axis, as plt.subplots(sharex=...): all (bare), row, col or none')
    .option('--sharey [how]', 'the panels share the y axis, as plt.subplots(sharey=...): all (bare), row, col or none')
    .option(
      '--align-labels [axis]',
      "each row's x labels and each column's y labels aligned, as fig.align_labels(): both (bare), x or y",
    )
    .option(
      '--suptitle <args>',
      'the figure\'s title: "Activations" or suptitle()\'s arguments "Activations, fontsize=14"',
    )
    .option(
      '--figtext <args>',
      "a text at the figure's fractions, as plt.figtext(): \"0.5, 0.01, 'Figure 1', ha='center'\" (repeatable)",
      collect,
    )
    .option('--supxlabel <args>', 'the figure\'s x label, as fig.supxlabel(): "x" or "x, fontsize=14"')
    .option('--supylabel <args>', 'the figure\'s y label, as fig.supylabel(): "activation"')
    .option(
      '--figlegend [args]',
      "one legend of every panel's lines on the figure, as plt.figlegend(): a location or legend()'s arguments",
    )
    .option('--subplots-adjust <args>', 'subplots_adjust()\'s arguments: "left=0.15, wspace=0.4"')
    .option('--bbox-inches <tight>', "cut the page to the figure's content, as savefig(bbox_inches='tight')")
    .option('--pad-inches <inches>', 'the padding of --bbox-inches tight (default 0.1)')
    .option('--figure <args>', 'plt.figure()\'s arguments, as a script\'s first line: "figsize=(8, 5), dpi=120"')
    .option(
      '--subplots <args>',
      "plt.subplots()'s arguments: \"1, 2, figsize=(10, 4), sharey=True\" (the panels' grid, sharing, figure()'s)",
    )
    .option(
      '--gridspec <args>',
      'fig.add_gridspec()\'s arguments for the panels placed on it by --subplot2grid: "2, 3, width_ratios=[2, 1, 1]"',
    )
    .option(
      '--savefig <args>',
      "savefig()'s arguments as a script's last line writes them: \"'relu.png', dpi=300, bbox_inches='tight'\"",
    )
    .option(
      '--tight-layout [args]',
      'fit the labels in the figure, as plt.tight_layout(); its arguments optional: "pad=0.4, w_pad=0.5, h_pad=1.0"',
    )
    .option(
      '--constrained-layout [args]',
      'place the axes as plt.subplots(layout=\'constrained\'); optional: "w_pad=0.1, h_pad=0.1, wspace=0.05"',
    );
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('-o, --output <file>', "output file; its extension sets the format; '-' for standard output")
    .option('--format <format>', 'png, svg or pdf, overriding the extension')
    .option('-q, --quiet', 'do not print the path written')
    .option('--show [how]', 'draw the figure in the terminal: kitty, iterm, sixel or text (default: what it supports)');
}
