/**
 * What a script asks back of what it made: a line kept by name (`line, = plt.plot(x, f(x))`) its colour,
 * `color=line.get_color()`, as a derivative is drawn dashed in its function's colour; a torch.nn module its text,
 * `str(layer)`. Pure.
 */
import type { FieldPath } from '../errors';
import type { CurveOptions } from './options';
import { outsideStrings, pyString } from '../pycall';
import { plotLines, readPlot } from './plot-call';

/**
 * The colour of each line of a plot() call, by the names its result is kept under: the colour said, else the
 * colour cycle's turn ('CN', as matplotlib's own lines take it: those given a colour take no turn).
 */
export function keptLines(lhs: string, args: string, before: CurveOptions[], at: FieldPath): Map<string, string> {
  let turn = before
    .flatMap((c) => (typeof c.plot === 'string' ? plotLines(c.plot, at) : []))
    .filter((line) => readPlot(line, at).color === undefined).length;
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

/** Each str(...) of a torch.nn module in a statement, outside strings, as the text PyTorch prints for it. */
export function withModuleTexts(statement: string, shown: (text: string) => string | undefined): string {
  if (!statement.includes('str(')) return statement;
  return outsideStrings(statement, (part) =>
    part.replace(/(?<![\w.])str\(\s*([A-Za-z_][\w.]*(?:\([^()]*\))?)\s*\)/g, (call: string, arg: string) => {
      const text = shown(arg);
      return text === undefined ? call : pyString(text);
    }),
  );
}
