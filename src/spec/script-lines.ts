/**
 * What a script asks back of what it made: a line kept by name (`line, = plt.plot(x, f(x))`) its colour,
 * `color=line.get_color()`, as a derivative is drawn dashed in its function's colour; a torch.nn module its text,
 * `str(layer)`. Pure.
 */
import { UsageError, type FieldPath } from '../errors';
import type { CurveOptions } from './options';
import {
  argumentTexts,
  isPyNumber,
  joinedArguments,
  parseCallArgs,
  LINE_ALIASES,
  outsideStrings,
  pyString,
  QUOTED,
  substituteNames,
  unwrapped,
} from '../pycall';
import { plotLines, readPlot } from './plot-call';
import { mergedCall, withoutKeyword } from './script-options';

/** The colour cycle's turns the plot() lines of an axes have taken: those without a colour of their own. */
export function turnsTaken(curves: CurveOptions[], at: FieldPath): number {
  return curves
    .flatMap((c) => (typeof c.plot === 'string' ? plotLines(c.plot, at) : []))
    .filter((line) => readPlot(line, at).color === undefined).length;
}

/**
 * The colour of each line of a plot() call, by the names its result is kept under: the colour said, else the
 * colour cycle's turn ('CN', as matplotlib's own lines take it: those given a colour take no turn).
 */
export function keptLines(lhs: string, args: string, before: CurveOptions[], at: FieldPath): Map<string, string> {
  let turn = turnsTaken(before, at);
  const colours = plotLines(args, at).map((line) => readPlot(line, at).color ?? `C${turn++}`);
  const names = lhs
    .replace(/[()[\]]/g, '')
    .split(',')
    .map((n) => n.trim());
  const kept = new Map<string, string>();
  // `line, = plt.plot(...)` unpacks the list; `lines = plt.plot(...)` keeps it whole (lines[0]).
  if (lhs.includes(',')) names.forEach((n, i) => n && colours[i] !== undefined && kept.set(n, colours[i]));
  else colours.forEach((c, i) => kept.set(`${names[0]}[${i}]`, c));
  return kept;
}

/**
 * A plot() call's arguments with keywords set later over those it had, the other form of a property with an
 * alias (Line2D's: lw for linewidth) taken out.
 */
export function withLineProperties(plot: string, later: string): string {
  const aliases: Record<string, string> = LINE_ALIASES;
  let merged = plot;
  for (const key of argumentTexts(later).keywords.keys()) {
    const full = aliases[key] ?? key;
    for (const [alias, name] of Object.entries(aliases)) if (name === full) merged = withoutKeyword(merged, alias);
    merged = withoutKeyword(merged, full);
  }
  return mergedCall(merged, later);
}

/** A statement with each kept line's get_color() (get_c()) as the colour it was drawn in, outside strings. */
export function withLineColours(statement: string, kept: ReadonlyMap<string, string>): string {
  if (!kept.size || !statement.includes('.get_c')) return statement;
  return outsideStrings(statement, (part) =>
    part.replace(/(?<![\w.])([A-Za-z_]\w*(?:\[\d+\])?)\.get_c(?:olor)?\(\s*\)/g, (call: string, name: string) => {
      const colour = kept.get(name);
      return colour === undefined ? call : `'${colour}'`;
    }),
  );
}

/** A name, or a module made by a call of one (nn.ReLU(), torch.nn.ELU(alpha=2.0)), as a pattern's source. */
const NAME_OR_MADE = String.raw`[A-Za-z_][\w.]*(?:\([^()]*\))?`;
/** type(m).__name__ or m.__class__.__name__: the class's name. */
const CLASS_NAME = new RegExp(
  String.raw`(?<![\w.])(?:type\(\s*(${NAME_OR_MADE})\s*\)|(${NAME_OR_MADE})\.__class__)\.__name__`,
  'g',
);
/** f.__name__ of a function or a module's function (np.tanh), not of a dunder (m.__class__.__name__). */
const FUNCTION_NAME = /(?<![\w.])([A-Za-z_]\w*(?:\.(?!__)[A-Za-z_]\w*)*)\.__name__/g;
/** str(...) of a name or a module made. */
const STR_CALL = new RegExp(String.raw`(?<![\w.])str\(\s*(${NAME_OR_MADE})\s*\)`, 'g');

/**
 * Python's names in a statement, outside strings, as the texts they are: f.__name__ of a function ('sigmoid'),
 * m.__class__.__name__ and type(m).__name__ of a torch.nn module ('ReLU'); those it cannot tell are left.
 */
export function withPythonNames(
  statement: string,
  nameOf: (text: string, of: 'function' | 'class') => string | undefined,
): string {
  if (!statement.includes('__name__')) return statement;
  const named = (whole: string, name: string | undefined) => (name === undefined ? whole : pyString(name));
  return outsideStrings(statement, (part) =>
    part
      .replace(CLASS_NAME, (w, inType?: string, ofClass?: string) => named(w, nameOf((inType ?? ofClass)!, 'class')))
      .replace(FUNCTION_NAME, (w, f: string) => named(w, nameOf(f, 'function'))),
  );
}

/** A string written out, or several added up ('a' + "b"), each maybe raw (r'$x$'). */
const STRING_SUM = new RegExp(String.raw`^(?:[rRuU]?(?:${QUOTED})\s*\+\s*)*[rRuU]?(?:${QUOTED})$`);

/**
 * A text call's arguments (title(), xlabel()...) with its text a string written out: names of strings written
 * out (name = 'Sigmoid'; plt.title(name)) put in; a text actplot cannot tell (name.upper(), a value computed) is
 * refused, rather than drawn as the characters of the expression.
 */
export function writtenText(args: string, call: string, literalOf: (name: string) => string | undefined): string {
  const [written] = argumentTexts(args).positional;
  if (written === undefined) return args;
  // ('a' + 'b'), as a function's parameter written out gives it: the text inside.
  const first = unwrapped(written);
  const names = new Map<string, string>();
  outsideStrings(first, (part) => {
    for (const [name] of part.matchAll(/(?<![\w.])[A-Za-z_]\w*(?![\w(])/g)) {
      const value = literalOf(name);
      if (value !== undefined) names.set(name, value);
    }
    return part;
  });
  const text = names.size ? substituteNames(first, names) : first;
  if (!STRING_SUM.test(text.trim()) && !isPyNumber(text)) {
    throw new UsageError([], {
      problem: `${call}()'s text, ${written.trim()}, is read as a string written out or a name of one`,
    });
  }
  return text === written ? args : args.replace(written, text);
}

/** Each str(...) of a torch.nn module in a statement, outside strings, as the text PyTorch prints for it. */
export function withModuleTexts(statement: string, shown: (text: string) => string | undefined): string {
  if (!statement.includes('str(')) return statement;
  return outsideStrings(statement, (part) =>
    part.replace(STR_CALL, (call: string, arg: string) => {
      const text = shown(arg);
      return text === undefined ? call : pyString(text);
    }),
  );
}

/** The lines kept by name (`line, = ax.plot(...)`) with the panel each was drawn on. */
type KeptLines = ReadonlyMap<string, { curve: CurveOptions; panel: { curves: CurveOptions[] } }>;

/**
 * legend(handles=[l1, l2]) or legend([l1, l2], ['tanh', 'sigmoid']) of lines kept by name: Legend shows those
 * lines alone, labelled by `labels` where given, else by their own. Read as the lines' labels: each listed line
 * takes its label, the panel's other lines '_nolegend_'; listed in the order they were drawn, or its reverse
 * (legend(reverse=True)). Another order, a name that is no line of this axes, and a panel with other labelled
 * artists (scatters, fills, reference lines) are refused. Undefined when the call names no handles.
 */
export function legendOfKeptLines(
  args: string,
  panel: { curves: CurveOptions[]; options: Record<string, unknown> },
  kept: KeptLines,
  at: FieldPath,
): string | undefined {
  const { positional, keywords } = argumentTexts(args);
  const nameList = (text: string | undefined) => {
    const inner = /^\s*[[(]([^]*)[\])]\s*$/.exec(text ?? '')?.[1];
    const names = inner
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    return names?.length && names.every((n) => /^[A-Za-z_]\w*$/.test(n)) ? names : undefined;
  };
  let [handles, labels] = [keywords.get('handles'), keywords.get('labels')];
  let rest = positional;
  if (handles === undefined && nameList(positional[0]))
    [handles, labels, rest] = [positional[0], positional[1], positional.slice(2)];
  const names = nameList(handles);
  if (handles === undefined) return undefined;
  const fail = (problem: string): never => {
    throw new UsageError(at, { problem });
  };
  if (!names) return fail(`legend(handles=${handles}): a list of lines kept by name (line, = plt.plot(...)) is read`);
  const indices = names.map((n) => {
    const line = kept.get(n);
    if (!line || line.panel !== panel) fail(`legend(handles=...): '${n}' is no line of this axes kept by name`);
    return panel.curves.indexOf(line!.curve);
  });
  const given = labels === undefined ? undefined : parseLabels(labels, names.length, at, fail);
  const rising = indices.every((k, i) => i === 0 || k > indices[i - 1]);
  const falling = indices.every((k, i) => i === 0 || k < indices[i - 1]);
  if (!rising && !falling) fail('legend(handles=...) in another order than the lines were drawn is not drawn yet');
  const others = ['fillBetween', 'axhline', 'axvline', 'hlines', 'vlines', 'axhspan', 'axvspan'];
  if (
    panel.curves.some((c) => c.plot === undefined) ||
    others.some((k) => /label\s*=/.test(String(panel.options[k] ?? '')))
  ) {
    fail('legend(handles=...) beside scatters, fills or labelled reference lines is not read yet');
  }
  panel.curves.forEach((c, k) => {
    const listed = indices.indexOf(k);
    const label = listed < 0 ? '_nolegend_' : given?.[listed];
    if (label !== undefined) c.plot = withLineProperties(String(c.plot), `label=${pyString(label)}`);
  });
  const kept2 = new Map([...keywords].filter(([k]) => k !== 'handles' && k !== 'labels'));
  if (falling && indices.length > 1) kept2.set('reverse', 'True');
  return joinedArguments(rest, kept2);
}

/** legend()'s labels beside its handles: a list of strings, one for each handle (Python's literals, r'' too). */
function parseLabels(text: string, n: number, at: FieldPath, fail: (problem: string) => never): string[] {
  const labels = parseCallArgs(text, at).positional[0];
  if (!Array.isArray(labels) || labels.length !== n || labels.some((l) => typeof l !== 'string')) {
    fail(`legend()'s labels: a list of ${n} strings, one for each handle`);
  }
  return labels as string[];
}
