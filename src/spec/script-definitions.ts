/**
 * --def: a script's definitions before it plots (`y = torch.sigmoid(x)`, `def swish(x, beta=1.0): return ...`,
 * `f = lambda x: ...`), for every expression of the figure to name: --expr, --plot, --scatter and
 * --fill-between texts, and a function curve named as a def'd function is (`actplot mysig --def "def mysig(x):
 * ..."`). Each is written out with them here (functions/definitions.ts), so the figure holds plain expressions.
 */
import { withoutConversions } from '../functions/conversions';
import { inline, readDefinitions, type Definition } from '../functions/definitions';
import { UsageError, type FieldPath } from '../errors';
import { splitOutside } from '../pycall';
import type { CurveOptions, FigureOptions, FillOptions } from './options';

/** A call's argument text with the definitions written out, where its characters are an expression's. */
function inlineCall(text: string, defs: ReadonlyMap<string, Definition>, at: FieldPath): string {
  // A list of data ([0, 1]) or any character an expression has not: data, not expressions; left as it is.
  if (/[[\]{}]/.test(text)) return text;
  // Conversions first (x.numpy(), f(x).detach()), which the expression reader would otherwise meet.
  return inline(withoutConversions(text), defs, at);
}

function curveWith(c: CurveOptions, defs: ReadonlyMap<string, Definition>, at: FieldPath): CurveOptions {
  const out: CurveOptions = { ...c };
  const fn = c.function?.trim();
  if (fn !== undefined && defs.get(fn)?.params) {
    delete out.function;
    out.expr = inline(`${fn}(x)`, defs, [...at, 'function']);
    out.name = c.name ?? fn;
  } else if (c.expr !== undefined) {
    const expr = inline(withoutConversions(c.expr), defs, [...at, 'expr']);
    if (expr !== c.expr) Object.assign(out, { expr, name: c.name ?? c.expr });
  }
  if (typeof c.plot === 'string') out.plot = inlineCall(c.plot, defs, [...at, 'plot']);
  if (typeof c.scatter === 'string') out.scatter = inlineCall(c.scatter, defs, [...at, 'scatter']);
  return out;
}

/**
 * A part of a script given at once, its statements one after the other: a line at the left margin begins one,
 * an indented line goes on with it (a def's return); imports, comments and blank lines say nothing to draw.
 */
export function statementsOf(text: string): string[] {
  return statementLines(text).map((st) => st.text);
}

/** The statements, each with the line it begins on (from 1). */
export function statementLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  // Brackets the statement so far leaves open: a line inside them goes on with it, at any indent.
  let open = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const code = line.replace(/^\s*#.*$/, '');
    if (!code.trim() || (!open && /^\s*(?:import|from)\s/.test(code))) return;
    if ((open > 0 || /^\s/.test(code)) && out.length) out[out.length - 1].text += `\n${code}`;
    else out.push(...splitOutside(code, ';').map((part) => ({ text: part, line: i + 1 })));
    open = Math.max(0, open + depthChange(code));
  });
  return out;
}

/** How many brackets a line opens and does not close, outside its strings. */
function depthChange(line: string): number {
  let depth = 0;
  const bare = line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '');
  for (const ch of bare) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
  }
  return depth;
}

/** The figure's options with the definitions written out wherever they are named. */
export function withDefinitions(o: FigureOptions): FigureOptions {
  if (!o.def?.length) return o;
  const defs = new Map<string, Definition>();
  // The script's x line among them (x = np.linspace(-5, 5, 200)) is the panels' x, as --x takes it.
  let xLine: string | undefined;
  o.def.forEach((text, i) => {
    for (const statement of statementsOf(text)) {
      if (/^\s*x\s*=(?!=)/.test(statement)) {
        xLine = statement;
        continue;
      }
      try {
        for (const d of readDefinitions(statement, ['def', i])) defs.set(d.name, d);
      } catch (err) {
        // A definition of the script's that draws nothing here (a helper of its own) is refused only if named.
        const name = /^\s*(?:def\s+)?([A-Za-z_]\w*)/.exec(statement)?.[1];
        if (!(err instanceof UsageError) || name === undefined) throw err;
        defs.set(name, { name, body: '', unread: err });
      }
    }
  });
  const panels = o.panels.map((p, i) => {
    const at: FieldPath = ['panels', i];
    const fill = (f: string | FillOptions, k: number) =>
      typeof f === 'string' ? inlineCall(f, defs, [...at, 'fillBetween', k]) : f;
    return {
      ...p,
      ...(xLine !== undefined && p.x === undefined && { x: xLine }),
      curves: p.curves.map((c, j) => curveWith(c, defs, [...at, 'curves', j])),
      ...(p.fillBetween && { fillBetween: p.fillBetween.map(fill) }),
    };
  });
  return { ...o, panels };
}
