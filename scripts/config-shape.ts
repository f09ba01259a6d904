/**
 * Part of `npm run build`: writes out/src/config/config-shape.json, the config's JSON Schema as zod makes it
 * (each schema used twice given once, under $defs; descriptions left out) and the keys each kind of object
 * takes, for src/config/shape.ts to read configs with when they are right, without loading zod; with the sizes
 * of the files it comes from, so that a build by `tsc` alone since is seen to have left it stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema, KEYS } from '../src/config/schema';
import { SCHEMA_SOURCES, SHAPE_FILE } from '../src/config/shape';

/** Descriptions only help editors; the reader skips them, and the file loads faster without. */
function withoutDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !(k === 'description' && typeof v === 'string'))
      .map(([k, v]) => [k, withoutDescriptions(v)]),
  );
}

const dir = path.join(__dirname, '..', 'src', 'config');
const file = path.join(dir, SHAPE_FILE);
const sources = Object.fromEntries(SCHEMA_SOURCES.map((f) => [f, String(fs.statSync(path.join(dir, f)).size)]));
const shape = { keys: KEYS, schema: withoutDescriptions(configJsonSchema()), sources };
const tmp = `${file}.${process.pid}.tmp`;
fs.writeFileSync(tmp, JSON.stringify(shape));
fs.renameSync(tmp, file);
