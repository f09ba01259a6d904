/** Reading a config file: JSON or YAML, validated, with errors that name the file and the path to the key. */
import * as path from 'node:path';
import type { ZodError } from 'zod';
import { didYouMean, UsageError, wrongArgument, type FieldPath } from '../errors';
import { decodeUtf8, readConfigBytes, ReadProblem } from './read';
import type { Config } from './schema';
import { readConfigShape, storedKeys, type KeyKind } from './shape';
import { repeatedJsonKey, treeProblem } from './tree';

/** YAML alias uses, each weighted by the aliases inside what it repeats (see aliasUses). */
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
  if (typeof file !== 'string') throw wrongArgument('config', file, "a config file's path, or '-' for standard input");
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
  const config = (readConfigShape(data) as Config | undefined) ?? checkedByZod(data, file, yaml);
  const names = new Map<string, number>();
  config.figures.forEach((f, i) => {
    const before = names.get(f.name);
    if (before !== undefined)
      throw configError(
        file,
        ['figures', i, 'name'],
        `'${f.name}' is already the name of figures[${before}]; names must be unique`,
      );
    names.set(f.name, i);
  });
  return config;
}

/** zod's parse of a config that shape.ts could not accept: most often a mistake, which it finds and words. */
function checkedByZod(data: unknown, file: string, yaml: boolean): Config {
  const { ConfigSchema } = require('./schema') as typeof import('./schema');
  const result = ConfigSchema.safeParse(data);
  if (!result.success) throw zodError(result.error, file, data, yaml);
  return result.data;
}

/** The keys each kind of object accepts: from the build's file, or zod's schema after a build by `tsc` alone. */
export function configKeys(): Record<KeyKind, string[]> {
  return storedKeys() ?? (require('./schema') as typeof import('./schema')).KEYS;
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

/**
 * YAML by js-yaml with YAML 1.2's core schema: plain data only (an unknown tag, !!js/function or !!python/...,
 * is an error) and a repeated key refused. It starts several times faster than the `yaml` package, whose first
 * parse of a 40-figure config took 30-40 ms of every render's start.
 */
function parseYaml(text: string, file: string): unknown {
  const jsYaml = yamlReader();
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (err) {
    if (err instanceof jsYaml.YAMLException) {
      if (/maxDepth/.test(err.reason)) throw configError(file, [], 'nests too deeply to read');
      const mark = (err as { mark?: { line: number; column: number } }).mark;
      const where = mark ? ` (line ${mark.line + 1}, column ${mark.column + 1})` : '';
      const reason = /^unknown tag/.test(err.reason) ? 'custom YAML tags are not accepted' : err.reason;
      throw configError(file, [], `is not valid YAML${where}: ${reason}`);
    }
    if (err instanceof RangeError) throw configError(file, [], 'nests too deeply to read');
    throw err;
  }
  if (aliasUses(data) > MAX_ALIAS_USES) {
    throw configError(
      file,
      [],
      `uses its YAML aliases more than ${MAX_ALIAS_USES} times (an alias within an alias counts each use)`,
    );
  }
  // An empty document is YAML's null, as the file has no config in it.
  return data === undefined ? null : data;
}

type YamlReader = Pick<typeof import('js-yaml'), 'load' | 'CORE_SCHEMA' | 'YAMLException'>;

/**
 * js-yaml's reader from the build's bundle of it (scripts/bundle-vendor.cjs; the package's entry loads its
 * writer too, a few milliseconds of every render's start), or the package itself after a build by `tsc` alone.
 */
function yamlReader(): YamlReader {
  try {
    return require('../vendor/js-yaml') as YamlReader;
  } catch {
    return require('js-yaml') as YamlReader;
  }
}

/**
 * How many times a parsed YAML tree uses its aliases, an alias inside what an alias repeats counted at each
 * use (a "billion laughs" document counts its billion): js-yaml gives each alias the anchored object itself,
 * so the tree is a graph whose later references to an object are its alias uses. Counted over the graph, each
 * object once (memoised), so that a bomb costs no more to count than to read; the count stops growing past
 * the limit, and an object that holds an alias of itself is past it.
 */
function aliasUses(data: unknown): number {
  const seen = new Set<object>();
  const within = new Map<object, number>();
  const open = new Set<object>();
  const count = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 0;
    const known = within.get(value);
    if (known !== undefined) return known;
    // An alias inside what it repeats (`a: &x [1, *x]`) repeats it without end.
    if (open.has(value)) return MAX_ALIAS_USES + 1;
    open.add(value);
    let n = 0;
    for (const child of Object.values(value)) {
      if (child !== null && typeof child === 'object') {
        // A second reference to an object is an alias of it: one use, plus the uses inside what it repeats.
        if (seen.has(child)) n += 1 + count(child);
        else {
          seen.add(child);
          n += count(child);
        }
      }
      if (n > MAX_ALIAS_USES) break;
    }
    open.delete(value);
    within.set(value, Math.min(n, MAX_ALIAS_USES + 1));
    return within.get(value)!;
  };
  if (data !== null && typeof data === 'object') seen.add(data);
  return count(data);
}

/** Which kind of object a path points at, for the list of keys it accepts. */
function keysAt(p: readonly PropertyKey[]): string[] {
  const last = p.filter((k) => typeof k === 'string').slice(-1)[0];
  const keys = configKeys();
  if (!p.length) return keys.config;
  if (last === 'curves') return keys.curve;
  if (last === 'grid') return keys.grid;
  if (last === 'panels') return keys.panel;
  return keys.figure;
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
  if (!p.length)
    return configError(file, p, `got ${show(data, yaml)}; expected a config: an object with a 'figures' list`);
  const telling = mostTelling(issue, p);
  const given = valueAt(data, telling.path);
  const expected =
    typeof given === 'number' && !Number.isFinite(given)
      ? 'expected a finite number'
      : ['invalid_union', 'invalid_type', 'invalid_value'].includes(telling.issue.code)
        ? `expected ${alternatives(telling.issue)}`
        : telling.issue.message.replace(/^Invalid input: /, '');
  return configError(file, telling.path, `got ${given === undefined ? 'nothing' : show(given, yaml)}; ${expected}`);
}

type Issue = ZodError['issues'][number];

/**
 * Of a union's failed branches, the issue that says most, and where: not the type mismatch of a branch that
 * was never meant (a list of ticks is no string), but what is wrong inside the branch that was (too many of
 * them, or its second item, [3, .nan]); the union itself when every branch refused the value as a whole.
 */
function mostTelling(issue: Issue, path: readonly PropertyKey[]): { issue: Issue; path: PropertyKey[] } {
  if (issue.code !== 'invalid_union') return { issue, path: [...path] };
  const inner = issue.errors.flat();
  const telling = inner.find((i) => !mismatch(i));
  if (telling) return mostTelling(telling, [...path, ...telling.path]);
  const deepest = inner.reduce<Issue | undefined>((a, b) => (b.path.length > (a?.path.length ?? 0) ? b : a), undefined);
  if (deepest) return mostTelling(deepest, [...path, ...deepest.path]);
  return { issue, path: [...path] };
}

/**
 * A branch that refused the value as a whole: of another type, not one of its words, or a union of such (a
 * title's text or mapping, where a list of them was meant).
 */
function mismatch(i: Issue): boolean {
  if (i.code === 'invalid_type' || i.code === 'invalid_value') return true;
  return i.code === 'invalid_union' && i.errors.flat().every((e) => e.path.length === 0 && mismatch(e));
}

/** What a union's branches would each have taken, in words: "a list or a text", "a number or one of equal, auto". */
function alternatives(issue: Issue): string {
  const TYPES: Record<string, string> = {
    number: 'a number',
    string: 'a text',
    boolean: 'true or false',
    tuple: 'a list',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
  };
  // A union inside a union (a title's text or mapping, or a list of them) says its own branches' words.
  const words = (i: Issue): string[] =>
    i.code === 'invalid_union'
      ? i.errors.flat().flatMap(words)
      : [
          i.code === 'invalid_type'
            ? (TYPES[i.expected] ?? i.expected)
            : i.code === 'invalid_value'
              ? `one of ${i.values.map(String).join(', ')}`
              : i.message,
        ];
  return [...new Set(words(issue))].join(' or ');
}

/** A value as the file wrote it: YAML's .inf and .nan, which JSON cannot show (it would say null). */
function show(v: unknown, yaml: boolean): string {
  const word = (n: number) => (!yaml ? String(n) : Number.isNaN(n) ? '.nan' : n > 0 ? '.inf' : '-.inf');
  if (typeof v === 'number' && !Number.isFinite(v)) return word(v);
  // Inside a list or mapping, each such number marked, then written bare.
  const json = JSON.stringify(v, (_, x: unknown) =>
    typeof x === 'number' && !Number.isFinite(x) ? `\u0000${word(x)}\u0000` : x,
  );
  return json?.replace(/"\\u0000(.*?)\\u0000"/g, '$1').slice(0, 60) ?? String(v);
}

function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of p) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
