/** Reading a config file: JSON or YAML, validated, with errors that name the file and the path to the key. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ZodError } from 'zod';
import { didYouMean, UsageError } from '../errors';
import { ConfigSchema, KEYS, type Config } from './schema';

export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

/** figures[3].curves[0].color */
export function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

export function configError(file: string, p: readonly PropertyKey[], message: string): UsageError {
  return new UsageError(`${file}: ${p.length ? `${formatPath(p)}: ` : ''}${message}`);
}

export function readConfig(file: string): Config {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw configError(file, [], 'is a folder; expected a config file (.json, .yaml or .yml)');
    if (st.size > MAX_CONFIG_BYTES) throw configError(file, [], `is ${st.size} bytes; expected at most ${MAX_CONFIG_BYTES}`);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw configError(file, [], `cannot be read (${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message})`);
  }
  if (text.includes('\u0000')) throw configError(file, [], 'is a binary file; expected JSON or YAML text');
  return parseConfig(text, file);
}

/** Parses JSON (a .json file) or YAML (anything else; JSON is YAML too) and validates it. */
export function parseConfig(text: string, file = 'config'): Config {
  const data = path.extname(file).toLowerCase() === '.json' ? parseJson(text, file) : parseYaml(text, file);
  const result = ConfigSchema.safeParse(data);
  if (!result.success) throw zodError(result.error, file, data);
  const names = new Map<string, number>();
  result.data.figures.forEach((f, i) => {
    const before = names.get(f.name);
    if (before !== undefined) throw configError(file, ['figures', i, 'name'], `'${f.name}' is already the name of figures[${before}]; names must be unique`);
    names.set(f.name, i);
  });
  return result.data;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const m = /position (\d+)/.exec((err as Error).message);
    const where = m ? lineColumn(text, Number(m[1])) : '';
    throw configError(file, [], `is not valid JSON${where}: ${(err as Error).message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

function parseYaml(text: string, file: string): unknown {
  const YAML = require('yaml') as typeof import('yaml');
  // No custom tags (no !!js/function or the like), no aliases bombs, a plain data tree.
  const doc = YAML.parseDocument(text, { customTags: [], strict: true, uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) {
    const [line, col] = problem.linePos?.[0] ? [problem.linePos[0].line, problem.linePos[0].col] : [undefined, undefined];
    const tagged = problem.code === 'TAG_RESOLVE_FAILED' ? 'custom YAML tags are not accepted' : problem.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
    throw configError(file, [], `is not valid YAML${line ? ` (line ${line}, column ${col})` : ''}: ${tagged}`);
  }
  return doc.toJS({ maxAliasCount: 100 });
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

function zodError(error: ZodError, file: string, data: unknown): UsageError {
  // A misspelt key explains a missing one: report it first.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  const p = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const accepted = keysAt(p).filter((k) => k !== '$schema');
    const hint = didYouMean(key, accepted);
    return configError(file, [...p, key], `unknown key; expected one of ${accepted.join(', ')}${hint ? ` (${hint})` : ''}`);
  }
  const given = valueAt(data, p);
  if (!p.length) return configError(file, p, `got ${JSON.stringify(given)?.slice(0, 60)}; expected a config: an object with a 'figures' list`);
  const shown = given === undefined ? 'nothing' : JSON.stringify(given)?.slice(0, 60);
  return configError(file, p, `got ${shown}; ${issue.message.replace(/^Invalid input: /, '')}`);
}

function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of p) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
