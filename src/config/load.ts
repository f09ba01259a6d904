/** Reading a config file: JSON or YAML, validated, with errors that name the file and the path to the key. */
import * as path from 'node:path';
import type { ZodError } from 'zod';
import { didYouMean, UsageError, type FieldPath } from '../errors';
import { decodeUtf8, readConfigBytes, ReadProblem } from './read';
import { ConfigSchema, KEYS, type Config } from './schema';
import { repeatedJsonKey, treeProblem } from './tree';

/** YAML alias uses, each weighted by the aliases inside what it repeats (the YAML library's count). */
const MAX_ALIAS_USES = 1000;

/** A problem at a key of a config file. */
export function configError(file: string, p: readonly PropertyKey[], message: string): UsageError {
  return new UsageError(p as FieldPath, message, file);
}

/**
 * Reads and validates a config file; '-' reads standard input (as YAML, which takes JSON too).
 *
 * @example
 *   const config = readConfig('figures.yaml'); // YAML or JSON, checked against the schema
 */
export function readConfig(file: string): Config {
  const shown = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = decodeUtf8(readConfigBytes(file));
  } catch (err) {
    if (err instanceof ReadProblem) throw configError(shown, [], err.message);
    throw err;
  }
  return parseConfig(text, file === '-' ? 'standard input' : file);
}

/**
 * Parses JSON (a .json file) or YAML (anything else; JSON is YAML too) and validates it.
 *
 * @example
 *   const config = parseConfig('figures:\n  - {name: g, function: gelu}', 'inline.yaml');
 */
export function parseConfig(text: string, file = 'config'): Config {
  const yaml = path.extname(file).toLowerCase() !== '.json';
  const data = yaml ? parseYaml(text, file) : parseJson(text, file);
  const problem = treeProblem(data);
  if (problem) throw configError(file, problem.path, problem.message);
  const result = ConfigSchema.safeParse(data);
  if (!result.success) throw zodError(result.error, file, data, yaml);
  const names = new Map<string, number>();
  result.data.figures.forEach((f, i) => {
    const before = names.get(f.name);
    if (before !== undefined)
      throw configError(
        file,
        ['figures', i, 'name'],
        `'${f.name}' is already the name of figures[${before}]; names must be unique`,
      );
    names.set(f.name, i);
  });
  return result.data;
}

function parseJson(text: string, file: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const m = /position (\d+)/.exec((err as Error).message);
    const where = m ? lineColumn(text, Number(m[1])) : '';
    throw configError(
      file,
      [],
      `is not valid JSON${where}: ${(err as Error).message.replace(/ in JSON at position \d+.*$/, '')}`,
    );
  }
  const repeated = repeatedJsonKey(text);
  if (repeated) {
    throw configError(
      file,
      [],
      `is not valid${lineColumn(text, repeated.offset)}: the key '${repeated.key}' is repeated in its object`,
    );
  }
  return data;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

function parseYaml(text: string, file: string): unknown {
  const YAML = require('yaml') as typeof import('yaml');
  try {
    // No custom tags (no !!js/function or the like), repeated keys refused, a plain data tree.
    const doc = YAML.parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: false });
    const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (problem) {
      // The error's offset (linePos is filled only by the library's pretty errors, which quote the source).
      const where = problem.linePos?.[0]
        ? ` (line ${problem.linePos[0].line}, column ${problem.linePos[0].col})`
        : problem.pos?.[0] !== undefined
          ? lineColumn(text, problem.pos[0])
          : '';
      if (/call stack/i.test(problem.message)) throw configError(file, [], 'nests too deeply to read');
      const tagged =
        problem.code === 'TAG_RESOLVE_FAILED'
          ? 'custom YAML tags are not accepted'
          : problem.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
      throw configError(file, [], `is not valid YAML${where}: ${tagged}`);
    }
    // The YAML library refuses aliases that nest aliases exponentially (a "billion laughs"); the values
    // aliases repeat otherwise are counted against MAX_CONFIG_VALUES afterwards.
    return doc.toJS({ maxAliasCount: MAX_ALIAS_USES });
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      throw configError(
        file,
        [],
        `uses its YAML aliases more than ${MAX_ALIAS_USES} times (an alias within an alias counts each use)`,
      );
    }
    if (err instanceof RangeError) throw configError(file, [], 'nests too deeply to read');
    throw err;
  }
}

/** Which kind of object a path points at, for the list of keys it accepts. */
function keysAt(p: readonly PropertyKey[]): string[] {
  const last = p.filter((k) => typeof k === 'string').slice(-1)[0];
  if (!p.length) return KEYS.config;
  if (last === 'curves') return KEYS.curve;
  if (last === 'grid') return KEYS.grid;
  if (last === 'panels') return KEYS.panel;
  return KEYS.figure;
}

function zodError(error: ZodError, file: string, data: unknown, yaml: boolean): UsageError {
  // A misspelt key explains a missing one: report it first.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  const p = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const accepted = keysAt(p).filter((k) => k !== '$schema');
    const hint = didYouMean(key, accepted);
    return configError(
      file,
      [...p, key],
      `unknown key; expected one of ${accepted.join(', ')}${hint ? ` (${hint})` : ''}`,
    );
  }
  const given = valueAt(data, p);
  if (!p.length)
    return configError(file, p, `got ${show(given, yaml)}; expected a config: an object with a 'figures' list`);
  const expected =
    typeof given === 'number' && !Number.isFinite(given)
      ? 'expected a finite number'
      : mostTelling(issue).message.replace(/^Invalid input: /, '');
  return configError(file, p, `got ${given === undefined ? 'nothing' : show(given, yaml)}; ${expected}`);
}

/**
 * Of a union's failed branches, the issue that says most: not the type mismatch of a branch that was never
 * meant (a list of ticks is no string), but what is wrong inside the branch that was (too many of them).
 */
function mostTelling(issue: ZodError['issues'][number]): ZodError['issues'][number] {
  if (issue.code !== 'invalid_union') return issue;
  const inner = issue.errors.flat().find((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value');
  return inner ? mostTelling(inner) : issue;
}

/** A value as the file wrote it: YAML's .inf and .nan, which JSON cannot show (it would say null). */
function show(v: unknown, yaml: boolean): string {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    if (!yaml) return String(v);
    return Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf';
  }
  return JSON.stringify(v)?.slice(0, 60) ?? String(v);
}

function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of p) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
