/**
 * transformers' ways to an activation by its name, as LLM code writes them: ACT2FN["gelu_new"],
 * ACT2CLS["silu"](), get_activation("quick_gelu"), bare or as transformers.activations' (or activations'). A
 * script's statement, or an expression, is read with each written as the function's name, which the rest of
 * the reading knows (act = ACT2FN["gelu_new"] is then act = gelu_new, a function under another name). Pure.
 */
import { didYouMean, UsageError, type FieldPath } from '../errors';
import { ACT2CLS, act2clsFunction } from './transformers-names';
import { QUOTED } from '../pycall';

const OWNER = String.raw`(?<![\w.])(?:(?:transformers\.)?activations\.)?`;
const KEY = String.raw`\s*\[\s*(${QUOTED})\s*\]`;
const BY_NAME = new RegExp(
  `${OWNER}(?:ACT2FN${KEY}|ACT2CLS${KEY}\\s*\\(\\s*\\)|get_activation\\s*\\(\\s*(${QUOTED})\\s*\\))`,
  'g',
);
/** Python's quoted strings, to tell a form written in the code from one inside a label. */
const STRINGS = new RegExp(QUOTED, 'g');

/** A lookup left after the ones by a quoted name: ACT2FN[config.hidden_act]. */
const OTHER_KEY = new RegExp(`${OWNER}(ACT2FN|ACT2CLS)\\s*\\[([^\\]]*)\\]?`, 'g');

/** The statement with each of transformers' lookups by name written as the function's name. */
export function withActivationsByName(statement: string, at: string | FieldPath): string {
  if (!/ACT2FN|ACT2CLS|get_activation/.test(statement)) return statement;
  const inString = stringTest(statement);
  const read = statement.replace(BY_NAME, (form: string, ...groups: unknown[]) => {
    const offset = groups[groups.length - 2] as number;
    if (inString(offset)) return form;
    const quoted = (groups.slice(0, 3) as (string | undefined)[]).find((g) => g !== undefined)!;
    const name = quoted.slice(1, -1);
    const fn = act2clsFunction(name);
    if (fn !== undefined) return fn;
    const names = ACT2CLS.map(([n]) => n);
    const hint = didYouMean(name, names);
    throw new UsageError(at, {
      problem: `transformers' ACT2FN has no '${name}'${hint ? ` (${hint})` : ''}; it has ${names.join(', ')}`,
    });
  });
  const inReadString = stringTest(read);
  for (const m of read.matchAll(OTHER_KEY)) {
    if (inReadString(m.index)) continue;
    const key = m[2].trim();
    const problem = new RegExp(`^(?:${QUOTED})$`).test(key)
      ? `ACT2CLS[${key}] is a class: make one and call it, ACT2CLS[${key}]()(x), or take ACT2FN[${key}]`
      : `${m[1]}[${key}]: actplot reads ${m[1]} by a name written in quotes, e.g. ${m[1]}["silu"]`;
    throw new UsageError(at, { problem });
  }
  return read;
}

/** Whether a position of a text is inside one of its quoted strings. */
function stringTest(text: string): (i: number) => boolean {
  const strings = [...text.matchAll(STRINGS)].map((m) => [m.index, m.index + m[0].length] as const);
  return (i) => strings.some(([from, to]) => i >= from && i < to);
}
