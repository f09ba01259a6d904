/**
 * The rcParams actplot draws by, as types: each key's value after reading (rcparams.ts reads them, and holds
 * matplotlib's defaults).
 */
import type { LineStyle } from './line-styles';
import type { FontSize } from './rc-readers';
import type { PropCycle } from './cycler';

export type CapStyle = 'butt' | 'round' | 'projecting';
export type JoinStyle = 'miter' | 'round' | 'bevel';
export type TickDirection = 'in' | 'out' | 'inout';

/** The rcParams actplot draws by, with their values after reading. */
export interface Rc {
  'figure.figsize': [number, number];
  'figure.dpi': number;
  'figure.facecolor': string;
  'figure.autolayout': boolean;
  'figure.constrained_layout.use': boolean;
  'figure.constrained_layout.w_pad': number;
  'figure.constrained_layout.h_pad': number;
  'figure.constrained_layout.wspace': number;
  'figure.constrained_layout.hspace': number;
  'figure.titlesize': FontSize;
  'figure.labelsize': FontSize;
  'figure.labelweight': string;
  'figure.subplot.left': number;
  'figure.subplot.right': number;
  'figure.subplot.bottom': number;
  'figure.subplot.top': number;
  'figure.subplot.wspace': number;
  'figure.subplot.hspace': number;
  'font.size': number;
  /** Family names or generic families (sans-serif, serif, monospace), the first available drawn. */
  'font.family': string[];
  'font.sans-serif': string[];
  'font.serif': string[];
  'font.monospace': string[];
  /** A weight as matplotlib takes it: 'normal', 'bold', 'semibold', '700'... (style/fonts.ts reads it). */
  'font.weight': string;
  'font.style': 'normal' | 'italic' | 'oblique';
  'axes.titleweight': string;
  /** ScalarFormatter: scientific notation outside 10^m..10^n, an offset when it saves offset_threshold digits. */
  'axes.formatter.limits': [number, number];
  'axes.formatter.useoffset': boolean;
  /** Tick labels and the offset text typeset as math (×10^{n} rather than 1e5). */
  'axes.formatter.use_mathtext': boolean;
  /** The tick labels' minus: Unicode's, or the hyphen. */
  'axes.unicode_minus': boolean;
  'axes.formatter.offset_threshold': number;
  'axes.labelweight': string;
  'figure.titleweight': string;
  'axes.facecolor': string;
  'axes.edgecolor': string;
  'axes.linewidth': number;
  'axes.grid': boolean;
  'axes.grid.axis': 'both' | 'x' | 'y';
  /** SVG text: glyph outlines ('path'), or <text> elements in the viewer's fonts ('none'). */
  'svg.fonttype': 'path' | 'none';
  /** The grid at the major ticks, the minor ones (xtick.minor.visible) or both. */
  'axes.grid.which': 'major' | 'minor' | 'both';
  'axes.titlesize': FontSize;
  'axes.titlepad': number;
  /** The titles' height in axes fractions; None: 1.0, moved above tick labels on top. */
  'axes.titley': number | 'None';
  /** Where the title sits: over the middle, or from the left or right edge (plt.title(loc=...)). */
  'axes.titlelocation': 'center' | 'left' | 'right';
  /** set_xlabel's loc when not given. */
  'xaxis.labellocation': 'left' | 'center' | 'right';
  'yaxis.labellocation': 'bottom' | 'center' | 'top';
  /** 'auto': text.color. */
  'axes.titlecolor': string;
  'axes.labelsize': FontSize;
  'axes.labelpad': number;
  'axes.labelcolor': string;
  'axes.prop_cycle': PropCycle;
  'axes.xmargin': number;
  'axes.ymargin': number;
  /** Autoscaled limits at the data plus margins, or out to the locator's ticks beyond them (the classic look). */
  'axes.autolimit_mode': 'data' | 'round_numbers';
  /** The classic style's switch: AutoLocator's classic bins, black edges on filled markers, and the like. */
  '_internal.classic_mode': boolean;
  /** true: grid and ticks under everything; 'line': under the lines; false: over them. */
  'axes.axisbelow': boolean | 'line';
  'axes.spines.left': boolean;
  'axes.spines.right': boolean;
  'axes.spines.bottom': boolean;
  'axes.spines.top': boolean;
  'lines.linewidth': number;
  'lines.linestyle': LineStyle;
  'lines.color': string;
  'lines.solid_capstyle': CapStyle;
  'lines.dash_capstyle': CapStyle;
  /** How a line's segments meet: solid lines', dashed ones'. */
  'lines.solid_joinstyle': JoinStyle;
  'lines.dash_joinstyle': JoinStyle;
  'lines.dashed_pattern': number[];
  'lines.dashdot_pattern': number[];
  'lines.dotted_pattern': number[];
  'lines.scale_dashes': boolean;
  /** Every line's markers' face and edge ('auto': the line's colour; 'none': hollow, or no edge). */
  'lines.markerfacecolor': string;
  'lines.markeredgecolor': string;
  /** Every Line2D's marker where it says none: 'None', or a marker actplot draws. */
  'lines.marker': string;
  'lines.markersize': number;
  /** scatter()'s marker and edge where it says none: a marker actplot draws; 'face', 'none' or a colour. */
  'scatter.marker': string;
  'scatter.edgecolors': string;
  'lines.markeredgewidth': number;
  'grid.color': string;
  'grid.linestyle': LineStyle;
  'grid.linewidth': number;
  'grid.alpha': number;
  'xtick.major.size': number;
  'xtick.major.width': number;
  'xtick.major.pad': number;
  'xtick.minor.pad': number;
  'xtick.labelsize': FontSize;
  'xtick.color': string;
  /** 'inherit': xtick.color. */
  'xtick.labelcolor': string;
  'xtick.direction': TickDirection;
  /** Tick marks on each side: bottom and left by default, top and right mirrored when set. */
  'xtick.bottom': boolean;
  'xtick.top': boolean;
  'ytick.left': boolean;
  'ytick.right': boolean;
  /** Each kind of tick's marks and labels on a side, where the side's own settings put them too. */
  'xtick.major.bottom': boolean;
  'xtick.major.top': boolean;
  'xtick.minor.bottom': boolean;
  'xtick.minor.top': boolean;
  'ytick.major.left': boolean;
  'ytick.major.right': boolean;
  'ytick.minor.left': boolean;
  'ytick.minor.right': boolean;
  /** Minor ticks (AutoMinorLocator's) when visible: their length and width. */
  'xtick.minor.visible': boolean;
  'xtick.alignment': 'center' | 'left' | 'right';
  'xtick.minor.size': number;
  'xtick.minor.width': number;
  'ytick.minor.visible': boolean;
  'ytick.alignment': 'center_baseline' | 'center' | 'top' | 'bottom' | 'baseline';
  'ytick.minor.size': number;
  'ytick.minor.width': number;
  /** Tick labels on each side: bottom and left by default. */
  'xtick.labelbottom': boolean;
  'xtick.labeltop': boolean;
  'ytick.labelleft': boolean;
  'ytick.labelright': boolean;
  'ytick.major.size': number;
  'ytick.major.width': number;
  'ytick.major.pad': number;
  'ytick.minor.pad': number;
  'ytick.labelsize': FontSize;
  'ytick.color': string;
  'ytick.labelcolor': string;
  'ytick.direction': TickDirection;
  'legend.loc': string;
  'legend.fontsize': FontSize;
  'legend.frameon': boolean;
  /** null (None): the frame's colours keep their own alpha. */
  'legend.framealpha': number | null;
  /** 'inherit': axes.edgecolor. */
  'legend.edgecolor': string;
  /** 'inherit': axes.facecolor. */
  'legend.facecolor': string;
  'legend.fancybox': boolean;
  /** 'None': text.color. */
  'legend.labelcolor': string;
  'legend.borderpad': number;
  'legend.labelspacing': number;
  'legend.handlelength': number;
  'legend.handleheight': number;
  'legend.handletextpad': number;
  'legend.borderaxespad': number;
  'legend.columnspacing': number;
  'legend.shadow': boolean;
  'legend.markerscale': number;
  'legend.numpoints': number;
  'legend.scatterpoints': number;
  /** 'None': font.size. */
  'legend.title_fontsize': FontSize | 'None';
  'patch.linewidth': number;
  'patch.facecolor': string;
  'patch.edgecolor': string;
  /** 'figure': figure.dpi. */
  'savefig.dpi': number | 'figure';
  /** 'auto': figure.facecolor. */
  'savefig.facecolor': string;
  'savefig.transparent': boolean;
  'savefig.bbox': 'tight' | 'standard';
  'savefig.pad_inches': number;
  'text.color': string;
  /** False: dollar signs are characters, no text is typeset as math (every Text's parse_math). */
  'text.parse_math': boolean;
  /** A log axis's ticks of a smaller exponent (in magnitude) labelled as plain numbers: 0.1, 1, 10 for 2. */
  'axes.formatter.min_exponent': number;
  'mathtext.fontset': 'dejavusans' | 'dejavuserif' | 'cm' | 'stix' | 'stixsans' | 'custom';
  'mathtext.default': 'rm' | 'cal' | 'it' | 'tt' | 'sf' | 'bf' | 'default' | 'regular' | 'bb' | 'frak' | 'scr';
}

export type RcKey = keyof Rc;
