/**
 * config/shape.ts reads a config without zod when it is right. What it accepts, zod must accept, and it must
 * return what zod's parse returns: checked against zod itself (the oracle) on every sample key, the document's
 * config and random configs made from the schema; and the reader's keywords against JSON Schema's meaning.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as jsYaml from 'js-yaml';
import { ConfigSchema, configJsonSchema, KEYS } from '../../src/config/schema';
import { num } from '../../src/config/schema-values';
import { isCurrent, readConfigShape, type ConfigShape, type JsonSchema } from '../../src/config/shape';
import { FIGURE_SAMPLES, PANEL_SAMPLES } from '../helpers/config-samples';

const shapeOf = (schema: JsonSchema): ConfigShape => ({ keys: KEYS, schema, sources: {} });
const read = (schema: JsonSchema, value: unknown) => readConfigShape(value, shapeOf(schema));
const CONFIG = shapeOf(configJsonSchema() as JsonSchema);

/** The reader's answer against zod's: never more lenient, and the same value whenever it accepts. */
function agrees(config: unknown): 'both' | 'zod' | 'neither' {
  const quick = readConfigShape(config, CONFIG);
  const zod = ConfigSchema.safeParse(config);
  if (quick === undefined) return zod.success ? 'zod' : 'neither';
  assert.ok(zod.success, `the reader accepted what zod refuses: ${JSON.stringify(config).slice(0, 300)}`);
  // Key order included: zod's objects come back in its schema's order.
  assert.equal(JSON.stringify(quick), JSON.stringify(zod.data));
  return 'both';
}

describe('config shape: agrees with zod', () => {
  it('on a figure with each sample key, alone, in panels and in defaults', () => {
    const figures = [
      ...Object.entries(PANEL_SAMPLES).map(([k, v]) => ({ name: `p-${k}`, [k]: v })),
      ...Object.entries(FIGURE_SAMPLES).map(([k, v]) => ({ name: `f-${k}`, function: 'relu', [k]: v })),
    ];
    const configs = [
      ...figures.map((f) => ({ figures: [f] })),
      ...Object.entries(PANEL_SAMPLES).map(([k, v]) => ({ figures: [{ name: 'a', panels: [{ [k]: v }, {}] }] })),
      ...Object.entries({ ...PANEL_SAMPLES, ...FIGURE_SAMPLES }).map(([k, v]) => ({
        defaults: { [k]: v },
        figures: [{ name: 'a' }],
      })),
    ];
    const outcomes = configs.map(agrees);
    // A sample may be a mistake (the config-keys test takes an error as a change too): zod refuses it then.
    assert.equal(outcomes.filter((o) => o === 'zod').length, 0);
    assert.ok(outcomes.filter((o) => o === 'both').length > configs.length * 0.9, JSON.stringify(outcomes));
  });

  it("on the document's config", () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../examples/document.yaml'), 'utf8');
    assert.equal(agrees(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })), 'both');
  });

  it('on mistakes zod refuses: the reader refuses them too', () => {
    const mistakes: unknown[] = [
      null,
      [],
      { figures: [] },
      { figures: [{ name: 'a', colour: 'red' }] },
      { figures: [{ name: 'a', linewidth: Infinity }] },
      { figures: [{ name: 'a', linewidth: NaN }] },
      { figures: [{ name: 'a', xlim: [0, 1, 2] }] },
      { figures: [{ name: 'a', num: 1.5 }] },
      { figures: [{ name: 'a', title: 'x'.repeat(100_000) }] },
      { figures: [{ function: 'relu' }] },
      { figures: [{ name: 'a', curves: [{ function: 'relu', colour: 'r' }] }] },
      { figures: [{ name: 'a', grid: { which: 'all' } }] },
      { figures: [{ name: 'a', linestyle: 'wavy' }] },
      { figures: [{ name: 'a' }], extra: 1 },
    ];
    for (const m of mistakes) assert.equal(agrees(m), 'neither', JSON.stringify(m).slice(0, 100));
  });

  it('on random configs made from the schema, with random values put in (400 runs)', () => {
    const tally = { both: 0, zod: 0, neither: 0 };
    fc.assert(
      fc.property(configArbitrary(), (config) => {
        tally[agrees(config)]++;
      }),
      { numRuns: 400, seed: 7 },
    );
    // Both outcomes seen often: the reader did judge the configs, rather than leave them all to zod.
    assert.ok(tally.both > 40 && tally.neither > 40, JSON.stringify(tally));
    assert.equal(tally.zod, 0, `configs zod accepts and the reader left to it: ${JSON.stringify(tally)}`);
  });
});

/** Configs drawn from the config's JSON Schema itself; now and then a value of any kind in place of one. */
function configArbitrary(): fc.Arbitrary<unknown> {
  const root = CONFIG.schema as Record<string, unknown>;
  const defs = root.$defs as Record<string, Record<string, unknown>>;
  const stray = fc.constantFrom<unknown>(null, 1.5, -1, 'x', '', [], {}, Infinity, NaN, true, { bogus: 1 }, [1, 'a']);
  const text = fc.oneof(
    fc.constantFrom('gelu', 'relu', 'r', '0, 1', 'auto', 'tight', "'a', loc='left'", '(0, (5, 2))', '2x1'),
    fc.string({ maxLength: 6 }),
  );
  const of = (s: Record<string, unknown> | boolean, depth: number): fc.Arbitrary<unknown> => {
    const exact = exactly(s, depth);
    return fc.oneof({ arbitrary: exact, weight: 40 }, { arbitrary: stray, weight: 1 });
  };
  const exactly = (s: Record<string, unknown> | boolean, depth: number): fc.Arbitrary<unknown> => {
    if (typeof s === 'boolean') return s ? stray : fc.constant(undefined);
    if (typeof s.$ref === 'string') return of(defs[s.$ref.split('/').pop()!], depth);
    if (Array.isArray(s.anyOf)) return fc.oneof(...(s.anyOf as Record<string, unknown>[]).map((o) => of(o, depth)));
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
    if ('const' in s) return fc.constant(s.const);
    const n = (k: string, d: number) => (typeof s[k] === 'number' ? (s[k] as number) : d);
    switch (s.type) {
      case 'string':
        return text;
      case 'number':
        return fc.oneof(fc.double({ min: n('minimum', -1e3), max: n('maximum', 1e3), noNaN: true }), fc.constant(0));
      case 'integer':
        return fc.integer({ min: Math.max(n('minimum', -100), -100), max: Math.min(n('maximum', 100), 100) });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        if (Array.isArray(s.prefixItems))
          return fc.tuple(...(s.prefixItems as Record<string, unknown>[]).map((p) => of(p, depth + 1)));
        const item = depth > 3 ? stray : of(s.items as Record<string, unknown>, depth + 1);
        return fc.array(item, { minLength: n('minItems', 0), maxLength: Math.min(n('maxItems', 3), 3) });
      }
      case 'object': {
        const properties = (s.properties ?? {}) as Record<string, Record<string, unknown>>;
        const required = (s.required ?? []) as string[];
        // A few of the object's keys (a figure has a hundred), its required ones always.
        const keys = Object.keys(properties);
        const some = fc.subarray(keys, { maxLength: Math.min(keys.length, depth > 2 ? 2 : 6) });
        return some.chain((chosen) => {
          const picked = [...new Set([...required, ...chosen])];
          const known = fc.record(Object.fromEntries(picked.map((k) => [k, of(properties[k], depth + 1)])));
          const extra = s.additionalProperties;
          if (extra === false || extra === undefined) return known;
          return fc
            .tuple(
              known,
              fc.dictionary(fc.constantFrom('axes.grid', 'k', 'lines.linewidth'), of(extra as never, depth + 1), {
                maxKeys: 2,
              }),
            )
            .map(([a, b]) => ({ ...b, ...a }));
        });
      }
      default:
        return stray;
    }
  };
  return exactly(root, 0);
}

describe('config shape: the reader of JSON Schema', () => {
  it('true and {} take anything, false nothing', () => {
    assert.deepEqual(read(true, [1]), [1]);
    assert.deepEqual(read({ description: 'any' }, { a: 1 }), { a: 1 });
    assert.equal(read(false, 1), undefined);
  });

  it("numbers are finite (zod's), integers whole and safe, within their bounds", () => {
    const s = { type: 'number', minimum: 0, maximum: 1 };
    assert.equal(read(s, 0.5), 0.5);
    assert.equal(read(s, 1), 1);
    assert.equal(read(s, 1.01), undefined);
    assert.equal(read(s, -0.01), undefined);
    assert.equal(read({ type: 'number' }, Infinity), undefined);
    assert.equal(read({ type: 'number' }, NaN), undefined);
    assert.equal(read({ type: 'number' }, '1'), undefined);
    assert.equal(read({ type: 'number', exclusiveMinimum: 0 }, 0), undefined);
    assert.equal(read({ type: 'number', exclusiveMaximum: 2 }, 1.9), 1.9);
    assert.equal(read({ type: 'integer' }, 3), 3);
    assert.equal(read({ type: 'integer' }, 3.5), undefined);
    assert.equal(read({ type: 'integer' }, 2 ** 53), undefined);
  });

  it("strings: length in UTF-16 units (zod's), a pattern, an enum, a const", () => {
    assert.equal(read({ type: 'string', maxLength: 2 }, 'ab'), 'ab');
    // One character outside the BMP is two units: zod refuses it at 1 where JSON Schema counts one.
    assert.equal(read({ type: 'string', maxLength: 1 }, '\u{1F600}'), undefined);
    assert.equal(read({ type: 'string', minLength: 1 }, ''), undefined);
    assert.equal(read({ type: 'string', pattern: '^a+$' }, 'aa'), 'aa');
    assert.equal(read({ type: 'string', pattern: '^a+$' }, 'ab'), undefined);
    assert.equal(read({ type: 'string', enum: ['x', 'y'] }, 'y'), 'y');
    assert.equal(read({ type: 'string', enum: ['x', 'y'] }, 'z'), undefined);
    assert.equal(read({ type: 'string', const: 'x' }, 'x'), 'x');
    assert.equal(read({ type: 'boolean', const: true }, false), undefined);
    assert.equal(read({ type: 'null' }, null), null);
    assert.equal(read({ type: 'null' }, undefined), undefined);
    // A union of bare types, as zod writes z.union([z.string(), z.boolean()]).
    assert.equal(read({ type: ['string', 'boolean'] }, false), false);
    assert.equal(read({ type: ['string', 'boolean'] }, 'off'), 'off');
    assert.equal(read({ type: ['string', 'boolean'] }, 0), undefined);
  });

  it('arrays: lengths, a tuple (prefixItems) with no more items, items', () => {
    const pair = { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }], items: false };
    assert.deepEqual(read(pair, [1, 'a']), [1, 'a']);
    assert.equal(read(pair, [1, 'a', 2]), undefined);
    assert.equal(read(pair, ['a', 1]), undefined);
    const list = { type: 'array', items: { type: 'number' }, minItems: 1, maxItems: 2 };
    assert.deepEqual(read(list, [1, 2]), [1, 2]);
    assert.equal(read(list, []), undefined);
    assert.equal(read(list, [1, 2, 3]), undefined);
    assert.equal(read(list, [1, 'a']), undefined);
    assert.equal(read(list, { 0: 1, length: 1 }), undefined);
  });

  it("objects come back with the schema's keys first, in its order, then the others as written", () => {
    const s = {
      type: 'object',
      properties: { a: { type: 'number' }, b: { type: 'number' } },
      required: ['b'],
      additionalProperties: false,
    };
    assert.equal(JSON.stringify(read(s, { b: 2, a: 1 })), '{"a":1,"b":2}');
    assert.equal(read(s, { a: 1 }), undefined);
    assert.equal(read(s, { b: 1, c: 1 }), undefined);
    assert.equal(read(s, [2]), undefined);
    assert.equal(read(s, null), undefined);
    const loose = { ...s, required: [], additionalProperties: {} };
    assert.equal(JSON.stringify(read(loose, { z: 0, b: 2, y: 1 })), '{"b":2,"z":0,"y":1}');
    const record = {
      type: 'object',
      propertyNames: { type: 'string', pattern: '^k' },
      additionalProperties: { type: 'number' },
    };
    assert.deepEqual(read(record, { k1: 1, k2: 2 }), { k1: 1, k2: 2 });
    assert.equal(read(record, { x: 1 }), undefined);
    assert.equal(read(record, { k: 'a' }), undefined);
  });

  it('anyOf gives the first option that takes the value, as that option reads it', () => {
    const s = {
      anyOf: [
        { type: 'string' },
        { type: 'object', properties: { a: {}, b: {} }, additionalProperties: false },
        { type: 'object', properties: { c: {} }, additionalProperties: {} },
      ],
    };
    assert.equal(read(s, 'x'), 'x');
    assert.equal(JSON.stringify(read(s, { b: 1, a: 2 })), '{"a":2,"b":1}');
    assert.equal(JSON.stringify(read(s, { d: 1, c: 2 })), '{"c":2,"d":1}');
    assert.equal(read(s, 1), undefined);
  });

  it('$ref follows $defs; what it cannot judge it leaves to zod (undefined)', () => {
    const root = { $defs: { n: { type: 'number' }, loop: { $ref: '#/$defs/loop' } }, $ref: '#/$defs/n' };
    assert.equal(read(root, 1), 1);
    assert.equal(read({ ...root, $ref: '#/$defs/loop' }, 1), undefined);
    assert.equal(read({ ...root, $ref: '#/$defs/none' }, 1), undefined);
    assert.equal(read({ ...root, $ref: 'http://example.com/s' }, 1), undefined);
    // Keywords zod does not write today, and a default object, which drops unknown keys.
    assert.equal(read({ not: { type: 'string' } }, 1), undefined);
    assert.equal(read({ type: 'number', multipleOf: 2 }, 4), undefined);
    assert.equal(read({ type: 'constructor' }, {}), undefined);
    assert.equal(read({ type: ['number', 'object'] }, 1), undefined);
    assert.equal(read({ type: ['number', 'null'], minimum: 0 }, 1), undefined);
    assert.equal(read({ type: 'object', properties: {} }, {}), undefined);
    assert.equal(read({ type: 'object', additionalProperties: {} }, JSON.parse('{"__proto__": {"x": 1}}')), undefined);
  });
});

describe("config shape: zod's schema says nothing its JSON Schema leaves out", () => {
  it('has no refinement but the finite number, no transform, no regex flags', () => {
    // z.toJSONSchema drops a refine() or a transform silently: the reader would then take what zod refuses.
    type Def = { type: string; checks?: { _zod: { def: { check: string; pattern?: RegExp } } }[] } & Record<
      string,
      unknown
    >;
    const seen = new Set<unknown>();
    const found: string[] = [];
    const walk = (schema: unknown) => {
      const def = (schema as { _zod?: { def: Def } })?._zod?.def;
      if (!def || seen.has(schema)) return;
      seen.add(schema);
      if (!KNOWN_TYPES.has(def.type)) found.push(`a ${def.type}`);
      for (const check of def.checks ?? []) {
        const c = check._zod.def;
        if (c.check === 'custom' && schema !== num) found.push('a refine()');
        if (c.pattern && c.pattern.flags) found.push(`a regex with flags /${c.pattern.source}/${c.pattern.flags}`);
      }
      const shape = (def.shape ?? {}) as Record<string, unknown>;
      const children = [def.element, def.keyType, def.valueType, def.innerType, def.rest, def.in, def.out];
      for (const child of [
        ...Object.values(shape),
        ...((def.options ?? []) as unknown[]),
        ...((def.items ?? []) as unknown[]),
        ...children,
      ])
        walk(child);
    };
    walk(ConfigSchema);
    assert.ok(seen.size > 500, `walked ${seen.size} schemas`);
    assert.deepEqual(found, []);
  });
});

const KNOWN_TYPES = new Set([
  'object',
  'optional',
  'nullable',
  'string',
  'number',
  'boolean',
  'array',
  'tuple',
  'union',
  'record',
  'enum',
  'literal',
  'unknown',
]);

describe("config shape: the build's file", () => {
  it('is used only while the files it was made from are the same sizes and none is newer than it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actplot-shape-'));
    try {
      const source = path.join(dir, 'schema.js');
      const file = path.join(dir, 'config-shape.json');
      fs.writeFileSync(source, 'a');
      fs.writeFileSync(file, '{}');
      const shape: ConfigShape = { ...CONFIG, sources: { 'schema.js': '1' } };
      const at = (f: string, seconds: number) => fs.utimesSync(f, seconds, seconds);
      at(source, 1000);
      at(file, 2000);
      assert.equal(isCurrent(shape, file), true);
      // An installed package: npm gives every file the same time.
      at(file, 1000);
      assert.equal(isCurrent(shape, file), true);
      // Compiled again after the shape was written.
      at(source, 3000);
      assert.equal(isCurrent(shape, file), false);
      at(source, 1000);
      fs.writeFileSync(source, 'ab');
      at(source, 1000);
      assert.equal(isCurrent(shape, file), false);
      fs.rmSync(source);
      assert.equal(isCurrent(shape, file), false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
