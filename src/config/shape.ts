/**
 * A config read without zod when it is right: the JSON Schema that zod itself makes of the config's schema
 * (z.toJSONSchema), written by the build into config-shape.json (scripts/config-shape.ts), and a reader of
 * the few keywords zod writes. What it accepts, zod accepts, and it returns what zod's parse would (objects
 * with their keys in the schema's order); anything it refuses or cannot judge goes to zod, which finds and
 * words the error (load.ts).
 *
 * Why not zod alone: building its six hundred schemas cost every render 40-60 ms of its start (a one-figure
 * render: 351 ms with them, 313 ms without, medians of 15 runs each). Why not ajv: its standalone code for
 * this schema is 545 KB of source to load, and its compiler makes code with new Function at run time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A figure's file name, as plan.ts checks it (schema.ts shows it to editors as the name's pattern). */
export const FIGURE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

export type KeyKind = 'config' | 'figure' | 'panel' | 'curve' | 'grid';

/**
 * What the build writes: the keys each kind of object accepts, the config's JSON Schema, and the size of each
 * compiled file the schema comes from (paths from this folder).
 */
export interface ConfigShape {
  keys: Record<KeyKind, string[]>;
  schema: JsonSchema;
  sources: Record<string, string>;
}
export const SHAPE_FILE = 'config-shape.json';

/** The compiled files zod's schema is made of: a change to any of them makes the build's file stale. */
export const SCHEMA_SOURCES = ['schema.js', 'call-schemas.js', 'schema-values.js', '../limits.js', '../vendor/zod.js'];

/**
 * Whether the files a shape was made from are as they were: the same sizes, none written after the shape
 * (a build by `tsc` alone since may have changed them). Times compared, not recorded: npm gives the files of
 * an installed package one time of its own.
 */
export function isCurrent(shape: ConfigShape, file = path.join(__dirname, SHAPE_FILE)): boolean {
  try {
    const made = fs.statSync(file).mtimeMs;
    return Object.entries(shape.sources).every(([source, size]) => {
      const st = fs.statSync(path.join(path.dirname(file), source));
      return String(st.size) === size && st.mtimeMs <= made;
    });
  } catch {
    return false;
  }
}

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

let stored: ConfigShape | null | undefined;
/**
 * The build's config-shape.json, or null without a current one (after a build by `tsc` alone): zod then reads
 * every config.
 */
function storedShape(): ConfigShape | null {
  if (stored === undefined) {
    try {
      const shape = JSON.parse(fs.readFileSync(path.join(__dirname, SHAPE_FILE), 'utf8')) as ConfigShape;
      stored = isCurrent(shape) ? shape : null;
    } catch {
      stored = null;
    }
  }
  return stored;
}

/** The keys each kind of object accepts, from the build's file (undefined without it). */
export function storedKeys(): Record<KeyKind, string[]> | undefined {
  return storedShape()?.keys;
}

/**
 * The config as zod's parse returns it, when this reader can tell that zod accepts it; otherwise undefined
 * (a config is never undefined).
 */
export function readConfigShape(data: unknown, shape = storedShape()): unknown {
  if (!shape) return undefined;
  const root = shape.schema;
  const defs = (typeof root === 'object' && (root.$defs as Record<string, JsonSchema>)) || {};
  const value = new ShapeReader(defs).read(root, data);
  return value === REFUSED ? undefined : value;
}

const REFUSED = Symbol('refused');

/** Keywords that say nothing about a value. */
const NOTES = new Set(['$schema', '$defs', 'description', 'title']);
/** The keywords each type takes; any other keyword (one zod may write some day) leaves the value to zod. */
const KEYWORDS: Record<string, Set<string>> = {
  string: new Set(['type', 'enum', 'const', 'maxLength', 'minLength', 'pattern']),
  number: new Set(['type', 'enum', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']),
  integer: new Set(['type', 'enum', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']),
  boolean: new Set(['type', 'enum', 'const']),
  null: new Set(['type']),
  array: new Set(['type', 'minItems', 'maxItems', 'prefixItems', 'items']),
  object: new Set(['type', 'properties', 'required', 'additionalProperties', 'propertyNames']),
};

const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

/** Reads a value against a schema: its parsed copy, or REFUSED. */
class ShapeReader {
  private readonly patterns = new Map<string, RegExp>();
  constructor(private readonly defs: Record<string, JsonSchema>) {}

  read(schema: JsonSchema, value: unknown, hops = 0): unknown {
    if (schema === true) return value;
    if (typeof schema !== 'object' || schema === null) return REFUSED;
    const keywords = this.keywordsOf(schema);
    if (keywords.length === 0) return value;
    if (keywords.length === 1 && keywords[0] === '$ref') return this.follow(schema.$ref, value, hops);
    if (keywords.length === 1 && keywords[0] === 'anyOf') return this.anyOf(schema.anyOf, value);
    const type = schema.type;
    // zod's union of bare types (a text or true/false): any of them, with nothing more said.
    if (Array.isArray(type) && keywords.length === 1) return this.ofAnyType(type, value);
    if (typeof type !== 'string' || !Object.hasOwn(KEYWORDS, type) || keywords.some((k) => !KEYWORDS[type].has(k)))
      return REFUSED;
    if (!this.ofType(type, value)) return REFUSED;
    if ('enum' in schema && !(Array.isArray(schema.enum) && schema.enum.includes(value))) return REFUSED;
    if ('const' in schema && schema.const !== value) return REFUSED;
    if (type === 'string') return this.string(schema, value as string);
    if (type === 'number' || type === 'integer') return this.number(schema, value as number);
    if (type === 'array') return this.array(schema, value as unknown[]);
    if (type === 'object') return this.object(schema, value as Record<string, unknown>);
    return value;
  }

  /** A schema's keywords that say something of a value, worked out once a schema. */
  private readonly keywords = new WeakMap<object, string[]>();
  private keywordsOf(schema: object): string[] {
    let found = this.keywords.get(schema);
    if (!found) this.keywords.set(schema, (found = Object.keys(schema).filter((k) => !NOTES.has(k))));
    return found;
  }

  private follow(ref: unknown, value: unknown, hops: number): unknown {
    const name = typeof ref === 'string' && /^#\/\$defs\/([^/~]+)$/.exec(ref)?.[1];
    // A reference to a reference without end would never read a value: left to zod.
    if (!name || !Object.prototype.hasOwnProperty.call(this.defs, name) || hops > 64) return REFUSED;
    return this.read(this.defs[name], value, hops + 1);
  }

  /** zod's union returns the first option that takes the value, as parsed by that option. */
  private anyOf(options: unknown, value: unknown): unknown {
    if (!Array.isArray(options)) return REFUSED;
    for (const option of options as JsonSchema[]) {
      const read = this.read(option, value);
      if (read !== REFUSED) return read;
    }
    return REFUSED;
  }

  private ofAnyType(types: unknown[], value: unknown): unknown {
    const bare = types.every((t) => typeof t === 'string' && PRIMITIVES.has(t));
    return bare && types.some((t) => this.ofType(t as string, value)) ? value : REFUSED;
  }

  private ofType(type: string, v: unknown): boolean {
    switch (type) {
      case 'string':
        return typeof v === 'string';
      // zod's numbers are finite; its integers safe ones (their bounds come as minimum and maximum too).
      case 'number':
        return typeof v === 'number' && Number.isFinite(v);
      case 'integer':
        return Number.isSafeInteger(v);
      case 'boolean':
        return typeof v === 'boolean';
      case 'null':
        return v === null;
      case 'array':
        return Array.isArray(v);
      default:
        return v !== null && typeof v === 'object' && !Array.isArray(v) && isPlain(v);
    }
  }

  private string(s: { readonly [k: string]: unknown }, v: string): unknown {
    // zod counts a string's length in UTF-16 units (String.length), as here; JSON Schema in code points.
    if (typeof s.maxLength === 'number' && v.length > s.maxLength) return REFUSED;
    if (typeof s.minLength === 'number' && v.length < s.minLength) return REFUSED;
    if ('pattern' in s) {
      if (typeof s.pattern !== 'string') return REFUSED;
      let re = this.patterns.get(s.pattern);
      if (!re) this.patterns.set(s.pattern, (re = new RegExp(s.pattern)));
      if (!re.test(v)) return REFUSED;
    }
    return v;
  }

  private number(s: { readonly [k: string]: unknown }, v: number): unknown {
    const bound = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
    const [min, max, above, below] = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].map(bound);
    if ((min !== undefined && v < min) || (max !== undefined && v > max)) return REFUSED;
    if ((above !== undefined && v <= above) || (below !== undefined && v >= below)) return REFUSED;
    return v;
  }

  private array(s: { readonly [k: string]: unknown }, v: unknown[]): unknown {
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) return REFUSED;
    if (typeof s.minItems === 'number' && v.length < s.minItems) return REFUSED;
    const first = Array.isArray(s.prefixItems) ? (s.prefixItems as JsonSchema[]) : [];
    const rest = (s.items ?? true) as JsonSchema;
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const read = this.read(i < first.length ? first[i] : rest, v[i]);
      if (read === REFUSED) return REFUSED;
      out.push(read);
    }
    return out;
  }

  /**
   * zod's objects come back with the schema's keys first, in its order, then any other key the object takes
   * (a record's, a loose object's) in the order written. An object that does not say what it does with other
   * keys (zod's default object drops them) is left to zod.
   */
  private object(s: { readonly [k: string]: unknown }, v: Record<string, unknown>): unknown {
    if (!('additionalProperties' in s)) return REFUSED;
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    const order = this.orderOf(s, properties);
    const required = Array.isArray(s.required) ? (s.required as string[]) : [];
    if (required.some((k) => !Object.prototype.hasOwnProperty.call(v, k) || v[k] === undefined)) return REFUSED;
    const known: [number, string, unknown][] = [];
    const others: [string, unknown][] = [];
    // The value's own keys (a figure says a few of the hundred a figure may): each read, then placed.
    for (const key of Object.keys(v)) {
      // A key that would set the copy's prototype instead of a property: left to zod.
      if (key === '__proto__') return REFUSED;
      if ('propertyNames' in s && this.read(s.propertyNames as JsonSchema, key) === REFUSED) return REFUSED;
      const at = order.get(key);
      const read = this.read(at === undefined ? (s.additionalProperties as JsonSchema) : properties[key], v[key]);
      if (read === REFUSED) return REFUSED;
      if (at === undefined) others.push([key, read]);
      else known.push([at, key, read]);
    }
    known.sort((x, y) => x[0] - y[0]);
    const out: Record<string, unknown> = {};
    for (const [, key, read] of known) out[key] = read;
    for (const [key, read] of others) out[key] = read;
    return out;
  }

  /** Each of an object schema's keys and its place, worked out once a schema. */
  private readonly orders = new WeakMap<object, Map<string, number>>();
  private orderOf(s: object, properties: Record<string, JsonSchema>): Map<string, number> {
    let order = this.orders.get(s);
    if (!order) this.orders.set(s, (order = new Map(Object.keys(properties).map((k, i) => [k, i]))));
    return order;
  }
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
