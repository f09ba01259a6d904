/**
 * --def: a script's definitions before it plots (`y = torch.sigmoid(x)`, `def swish(x, beta=1.0): return ...`,
 * `f = lambda x: ...`), for every expression of the figure to name: --expr, --plot, --scatter and
 * --fill-between texts, and a function curve named as a def'd function is (`actplot mysig --def "def mysig(x):
 * ..."`). Each is written out with them here (functions/definitions.ts), so the figure holds plain expressions.
 */
import { inline, readDefinition, type Definition } from '../functions/definitions';
import type { FieldPath } from '../errors';
import type { CurveOptions, FigureOptions, FillOptions } from './options';

/** A call's argument text with the definitions written out, where its characters are an expression's. */
function inlineCall(text: string, defs: ReadonlyMap<string, Definition>, at: FieldPath): string {
  // A list of data ([0, 1]) or any character an expression has not: data, not expressions; left as it is.
  if (/[[\]{}]/.test(text)) return text;
  return inline(text, defs, at);
}

function curveWith(c: CurveOptions, defs: ReadonlyMap<string, Definition>, at: FieldPath): CurveOptions {
  const out: CurveOptions = { ...c };
  const fn = c.function?.trim();
  if (fn !== undefined && defs.get(fn)?.params) {
    delete out.function;
    out.expr = inline(`${fn}(x)`, defs, [...at, 'function']);
    out.name = c.name ?? fn;
  } else if (c.expr !== undefined) {
    const expr = inline(c.expr, defs, [...at, 'expr']);
    if (expr !== c.expr) Object.assign(out, { expr, name: c.name ?? c.expr });
  }
  if (typeof c.plot === 'string') out.plot = inlineCall(c.plot, defs, [...at, 'plot']);
  if (typeof c.scatter === 'string') out.scatter = inlineCall(c.scatter, defs, [...at, 'scatter']);
  return out;
}

/** The figure's options with the definitions written out wherever they are named. */
export function withDefinitions(o: FigureOptions): FigureOptions {
  if (!o.def?.length) return o;
  const defs = new Map<string, Definition>();
  o.def.forEach((text, i) => {
    const d = readDefinition(text, ['def', i]);
    defs.set(d.name, d);
  });
  const panels = o.panels.map((p, i) => {
    const at: FieldPath = ['panels', i];
    const fill = (f: string | FillOptions, k: number) =>
      typeof f === 'string' ? inlineCall(f, defs, [...at, 'fillBetween', k]) : f;
    return {
      ...p,
      curves: p.curves.map((c, j) => curveWith(c, defs, [...at, 'curves', j])),
      ...(p.fillBetween && { fillBetween: p.fillBetween.map(fill) }),
    };
  });
  return { ...o, panels };
}
