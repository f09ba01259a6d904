/**
 * The names of matplotlib 3.6's mathtext grammar (lib/matplotlib/_mathtext.py, Parser): spaces, the symbol
 * classes that decide spacing, function names, delimiters and accents.
 */
import { TABLES } from './tables';

export const SPACE_WIDTHS: Record<string, number> = {
  '\\,': 0.16667,
  '\\thinspace': 0.16667,
  '\\/': 0.16667,
  '\\>': 0.22222,
  '\\:': 0.22222,
  '\\;': 0.27778,
  '\\ ': 0.33333,
  '~': 0.33333,
  '\\enspace': 0.5,
  '\\quad': 1,
  '\\qquad': 2,
  '\\!': -0.16667,
};

const words = (s: string) => new Set(s.trim().split(/\s+/));

export const BINARY_OPERATORS = words(`+ * - \u2212
  \\pm \\sqcap \\rhd \\mp \\sqcup \\unlhd \\times \\vee \\unrhd \\div \\wedge \\oplus \\ast \\setminus \\ominus
  \\star \\wr \\otimes \\circ \\diamond \\oslash \\bullet \\bigtriangleup \\odot \\cdot \\bigtriangledown
  \\bigcirc \\cap \\triangleleft \\dagger \\cup \\triangleright \\ddagger \\uplus \\lhd \\amalg \\dotplus
  \\dotminus`);
export const RELATIONS = words(`= < > : \\leq \\geq \\equiv \\models \\prec \\succ \\sim \\perp \\preceq \\succeq
  \\simeq \\mid \\ll \\gg \\asymp \\parallel \\subset \\supset \\approx \\bowtie \\subseteq \\supseteq \\cong
  \\Join \\sqsubset \\sqsupset \\neq \\smile \\sqsubseteq \\sqsupseteq \\doteq \\frown \\in \\ni \\propto
  \\vdash \\dashv \\dots \\doteqdot`);
export const ARROWS = words(`\\leftarrow \\longleftarrow \\uparrow \\Leftarrow \\Longleftarrow \\Uparrow \\rightarrow
  \\longrightarrow \\downarrow \\Rightarrow \\Longrightarrow \\Downarrow \\leftrightarrow \\longleftrightarrow
  \\updownarrow \\Leftrightarrow \\Longleftrightarrow \\Updownarrow \\mapsto \\longmapsto \\nearrow
  \\hookleftarrow \\hookrightarrow \\searrow \\leftharpoonup \\rightharpoonup \\swarrow \\leftharpoondown
  \\rightharpoondown \\nwarrow \\rightleftharpoons \\leadsto`);
export const PUNCTUATION = words(', ; . ! \\ldotp \\cdotp');
export const OVERUNDER_SYMBOLS = words(`\\sum \\prod \\coprod \\bigcap \\bigcup \\bigsqcup \\bigvee \\bigwedge
  \\bigodot \\bigotimes \\bigoplus \\biguplus`);
export const OVERUNDER_FUNCTIONS = words('lim liminf limsup sup max min');
export const DROPSUB_SYMBOLS = words('\\int \\oint');
export const FONT_NAMES = words('rm cal it tt sf bf default bb frak scr regular');
export const FUNCTION_NAMES = words(`arccos csc ker min arcsin deg lg Pr arctan det lim sec arg dim liminf sin cos exp
  limsup sinh cosh gcd ln sup cot hom log tan coth inf max tanh`);
export const AMBI_DELIMS = words(`| \\| / \\backslash \\uparrow \\downarrow \\updownarrow \\Uparrow \\Downarrow
  \\Updownarrow . \\vert \\Vert`);
export const LEFT_DELIMS = words('( [ \\{ < \\lfloor \\langle \\lceil');
export const RIGHT_DELIMS = words(') ] \\} > \\rfloor \\rangle \\rceil');
export const DELIMS = new Set([...LEFT_DELIMS, ...RIGHT_DELIMS, ...AMBI_DELIMS]);
export const ACCENTS: Record<string, string> = {
  hat: '\\circumflexaccent',
  breve: '\\combiningbreve',
  bar: '\\combiningoverline',
  grave: '\\combininggraveaccent',
  acute: '\\combiningacuteaccent',
  tilde: '\\combiningtilde',
  dot: '\\combiningdotabove',
  ddot: '\\combiningdiaeresis',
  dddot: '\\combiningthreedotsabove',
  ddddot: '\\combiningfourdotsabove',
  vec: '\\combiningrightarrowabove',
  '"': '\\combiningdiaeresis',
  '`': '\\combininggraveaccent',
  "'": '\\combiningacuteaccent',
  '~': '\\combiningtilde',
  '.': '\\combiningdotabove',
  '^': '\\circumflexaccent',
  overrightarrow: '\\rightarrow',
  overleftarrow: '\\leftarrow',
  mathring: '\\circ',
};
export const WIDE_ACCENTS = words('widehat widetilde widebar');
export const SPACED = new Set([...BINARY_OPERATORS, ...RELATIONS, ...ARROWS]);

/** Every command the parser knows, for suggestions. */
export function knownCommands(): string[] {
  return [
    ...Object.keys(TABLES.tex2uni).map((n) => `\\${n}`),
    ...[...FUNCTION_NAMES, ...FONT_NAMES].map((n) => `\\${n}`),
    ...[...FONT_NAMES].map((n) => `\\math${n}`),
    ...Object.keys(ACCENTS).map((n) => `\\${n}`),
    ...[...WIDE_ACCENTS].map((n) => `\\${n}`),
    ...Object.keys(SPACE_WIDTHS).filter((n) => n.startsWith('\\')),
    ...words(
      '\\frac \\dfrac \\binom \\genfrac \\sqrt \\overline \\overset \\underset \\operatorname \\left \\right \\hspace',
    ),
  ];
}
