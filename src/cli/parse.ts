/** Command-line words that only the command line has. */
import { badValue } from '../errors';

/** "name=value" pairs, repeatable; a name given twice is refused. */
export function collectParam(text: string, previous?: Record<string, string>): Record<string, string> {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw badValue('param', text, 'NAME=VALUE, e.g. negative_slope=0.1');
  const name = text.slice(0, eq).trim();
  // No prototype: a parameter called __proto__ is a name like any other (and is refused as unknown).
  const params = Object.assign(Object.create(null) as Record<string, string>, previous);
  if (name in params)
    throw badValue('param', text, 'each parameter once', `${name} is also given as ${name}=${params[name]}`);
  params[name] = text.slice(eq + 1).trim();
  return params;
}
