import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getFunction, resolveParams } from '../../src/functions/registry';
import { rounding, torchRounding, ulp } from '../../src/functions/precision';
import { lowPrecisionFunction } from '../../src/data/precision';
import { fromBits, loadLowPrecision } from '../helpers/reference';

/**
 * bfloat16 and float16 values against torch's own on the CPU (test/fixtures/torch-lowp.json, made by
 * scripts/make-torch-references.py): every value of the type in ±[2^-6, 12] and 0.
 */
const REQUIRED = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'elu',
  'silu',
  'softplus',
  'mish',
  'hardswish',
  'quick-gelu',
];

for (const dtype of ['bfloat16', 'float16'] as const) {
  const ref = loadLowPrecision(dtype);
  describe(`${dtype}: values as torch ${ref.torch} computes them on the CPU`, () => {
    it('reads the x values back from their bits', () => {
      assert.ok(ref.x.length > 2000 && ref.x.includes(0) && ref.x.includes(12) && ref.x.includes(-(2 ** -6)));
    });
    for (const [key, entry] of Object.entries(ref.functions)) {
      const f = getFunction(key.split('@')[0]);
      const at = lowPrecisionFunction(f.bind(resolveParams(f, entry.params as Record<string, string | number>)), dtype);
      const units = ref.x.map((x, i) => {
        const ours = at(x);
        const torch = entry.y[i];
        return Object.is(ours, torch) || ours === torch ? 0 : Math.abs(ours - torch) / ulp(dtype, torch);
      });
      const exact = units.filter((u) => u === 0).length / units.length;
      if (REQUIRED.includes(key)) {
        it(`${key}: bit for bit at 99.9 % of points or more, never more than one unit in the last place off`, () => {
          assert.ok(exact >= 0.999, `${(100 * exact).toFixed(3)} % exact`);
          assert.ok(Math.max(...units) <= 1, `up to ${Math.max(...units)} units off`);
        });
      } else {
        // GELU's float32 1 + erf and 1 + tanh cancel in the negative tail: the same wherever |y| >= 1e-3, as
        // one of torch's two answers there (its vector kernel's, or its scalar path's where that rounds apart).
        it(`${key}: bit for bit wherever |y| >= 1e-3`, () => {
          const off = ref.x.filter((x, i) => {
            if (Math.abs(entry.y[i]) < 1e-3 || units[i] === 0) return false;
            return !Object.is(at(x), entry.alone.get(i));
          });
          assert.deepEqual(off.slice(0, 5), [], `${off.length} points differ`);
        });
      }
    }
  });
}

describe('rounding to the reduced types', () => {
  it('rounds to nearest even, through float32, as c10::BFloat16 and c10::Half do', () => {
    const bf = rounding('bfloat16');
    const h = rounding('float16');
    // Hand-worked: 1 + 2^-8 is halfway between bfloat16's 1 and 1 + 2^-7: even is 1. 1 + 3·2^-8 goes up.
    assert.equal(bf(1 + 2 ** -8), 1);
    assert.equal(bf(1 + 3 * 2 ** -8), 1 + 2 ** -6);
    assert.equal(h(1 + 2 ** -11), 1);
    assert.equal(h(1 + 3 * 2 ** -11), 1 + 2 ** -9);
    assert.equal(h(65504), 65504);
    assert.equal(h(65520), Infinity); // halfway to 2^16, which float16 cannot hold
    assert.equal(h(2 ** -25), 0); // half the least subnormal, a tie: to even, 0
    assert.equal(h(3 * 2 ** -25), 2 ** -23);
    assert.ok(Object.is(h(-1e-30), -0));
    assert.equal(bf(0.1), 0.10009765625);
    assert.equal(h(0.1), 0.0999755859375);
  });
  it('agrees with torch on every value of the fixture: the x values are already of the type', () => {
    for (const dtype of ['bfloat16', 'float16'] as const) {
      const r = rounding(dtype);
      for (const x of loadLowPrecision(dtype).x) assert.ok(Object.is(r(x), x), `${dtype} ${x}`);
    }
  });
  it('decodes 16-bit patterns (fixture helper) by hand-worked cases', () => {
    assert.equal(fromBits('bfloat16', 0x3f80), 1);
    assert.equal(fromBits('float16', 0x3c00), 1);
    assert.equal(fromBits('float16', 0x0001), 2 ** -24);
    assert.equal(fromBits('float16', 0xfbff), -65504);
  });
  it('measures a unit in the last place where the type puts it', () => {
    assert.equal(ulp('bfloat16', 1), 2 ** -7);
    assert.equal(ulp('float16', 1), 2 ** -10);
    assert.equal(ulp('float16', 1e-7), 2 ** -24);
    assert.equal(ulp('float32', 3), 2 ** -22);
    assert.equal(torchRounding('float16').dtype, 'float16');
  });
});
