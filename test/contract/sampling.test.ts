import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { arangeLength, fma, sample } from '../../src/data/sampling';
import { FIXTURES, fromHex, loadReference } from '../helpers/reference';

const ref = loadReference();

describe('arange sampling', () => {
  for (const [key, expected] of Object.entries(ref.arange)) {
    it(`float32 equals torch.arange(${key}) exactly`, () => {
      const [from, to, step] = key.split(',').map(Number);
      const xs = sample({ kind: 'arange', from, to, step, dtype: 'float32' });
      assert.equal(xs.length, expected.length);
      assert.deepEqual(Array.from(xs), expected);
    });
    it(`float64 (${key}) rounds to within one float32 step of torch's float32 values`, () => {
      const [from, to, step] = key.split(',').map(Number);
      const xs = sample({ kind: 'arange', from, to, step, dtype: 'float64' });
      xs.forEach((x, i) =>
        assert.ok(Math.abs(Math.fround(x) - expected[i]) <= 4e-7 * Math.max(1, Math.abs(x)), `${i}`),
      );
    });
  }
  it('excludes the end and has ceil((to − from) / step) points', () => {
    assert.equal(arangeLength(-8, 8, 0.1), 160);
    assert.equal(arangeLength(0, 1, 0.3), 4);
    const xs = sample({ kind: 'arange', from: 0, to: 1, step: 0.25 });
    assert.deepEqual(Array.from(xs), [0, 0.25, 0.5, 0.75]);
  });
  it('refuses a zero, negative or non-finite step and a reversed range', () => {
    assert.throws(() => sample({ kind: 'arange', from: 0, to: 1, step: 0 }), /Error: step: /);
    assert.throws(() => sample({ kind: 'arange', from: 0, to: 1, step: -1 }), /Error: step: /);
    assert.throws(() => sample({ kind: 'arange', from: 0, to: 1, step: NaN }), /Error: step: /);
    assert.throws(() => sample({ kind: 'arange', from: 5, to: 1, step: 0.1 }), /Error: from\/to: /);
    assert.throws(() => sample({ kind: 'arange', from: 0, to: 1, step: 1e-300 }), /at most/);
  });
});

describe('linspace sampling', () => {
  it('includes both ends and spaces evenly', () => {
    const xs = sample({ kind: 'linspace', from: -4, to: 4, num: 800 });
    assert.equal(xs.length, 800);
    assert.equal(xs[0], -4);
    assert.equal(xs[799], 4);
    assert.ok(Math.abs(xs[1] - xs[0] - 8 / 799) < 1e-15);
  });
  it('needs at least two points', () => {
    assert.throws(() => sample({ kind: 'linspace', from: 0, to: 1, num: 1 }), /Error: num: /);
    assert.throws(() => sample({ kind: 'linspace', from: 0, to: 1, num: 2.5 }), /Error: num: /);
  });
});

describe('fused multiply-add', () => {
  it('rounds once, as the hardware instruction does', () => {
    // 0.1·40 − 4 is 0 with two roundings, 2^-52 with one.
    assert.equal(fma(0.1, 40, -4), 2.220446049250313e-16);
    assert.equal(fma(2, 3, 4), 10);
    assert.equal(fma(0, 5, -3), -3);
  });
  it('matches exact rational arithmetic on random inputs', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 20;
    for (let k = 0; k < 2000; k++) {
      const [a, b, c] = [rand(), Math.floor(Math.abs(rand()) * 1000), rand()];
      assert.equal(fma(a, b, c), exactFma(a, b, c), `${a} ${b} ${c}`);
    }
  });
});

/** a·b + c rounded once, through exact BigInt arithmetic on the binary expansions. */
function exactFma(a: number, b: number, c: number): number {
  const SCALE = 1100n;
  const toBig = (v: number) => {
    const [m, e] = decompose(v);
    return e >= 0 ? (m << BigInt(e)) << SCALE : (m << SCALE) >> BigInt(-e);
  };
  const prod = (toBig(a) * toBig(b)) >> SCALE;
  const sum = prod + toBig(c);
  return Number(sum) === 0 ? 0 : roundBig(sum, SCALE);
}

function decompose(v: number): [bigint, number] {
  if (v === 0) return [0n, 0];
  let e = 0;
  let m = v;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  return [BigInt(m), e];
}

/** The double nearest to n / 2^scale (round half to even). */
function roundBig(n: bigint, scale: bigint): number {
  const neg = n < 0n;
  let a = neg ? -n : n;
  let exp = -Number(scale);
  const bits = a.toString(2).length;
  if (bits > 53) {
    const shift = BigInt(bits - 53);
    const rem = a & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    a >>= shift;
    exp += Number(shift);
    if (rem > half || (rem === half && (a & 1n) === 1n)) a += 1n;
  }
  const v = Number(a) * 2 ** exp;
  return neg ? -v : v;
}

describe("--arange numpy: np.arange's values to the bit (test/fixtures/numpy-arange.json)", () => {
  const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'numpy-arange.json'), 'utf8')) as {
    cases: { from: number; to: number; step: number; dtype: 'float32' | 'float64'; values: string[] }[];
  };
  for (const c of cases) {
    it(`np.arange(${c.from}, ${c.to}, ${c.step}, dtype=${c.dtype})`, () => {
      const ours = sample({ kind: 'arange', from: c.from, to: c.to, step: c.step, dtype: c.dtype, method: 'numpy' });
      assert.equal(ours.length, c.values.length);
      c.values.forEach((h, i) => assert.ok(Object.is(ours[i], fromHex(h)), `[${i}]: ${ours[i]} against ${fromHex(h)}`));
    });
  }
  it("differs from torch's where the issue says: np.arange(-5, 5, 0.1)[50]", () => {
    const n = sample({ kind: 'arange', from: -5, to: 5, step: 0.1, dtype: 'float64', method: 'numpy' });
    const t = sample({ kind: 'arange', from: -5, to: 5, step: 0.1, dtype: 'float64' });
    assert.ok(n[50] < 0 && Math.abs(n[50] + 1.7763568394002505e-14) < 1e-30);
    assert.ok(t[50] > 0);
  });
});

describe("--num: torch.linspace's values to the bit (test/fixtures/torch-linspace.json)", () => {
  const { cases } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'torch-linspace.json'), 'utf8')) as {
    cases: { from: number; to: number; num: number; dtype: 'float32' | 'float64'; values: string[] }[];
  };
  const fromHex = (h: string): number => {
    const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(h);
    if (!m) return h.startsWith('-') ? -0 : 0;
    const mantissa = Number(m[2]) + (m[3] ? parseInt(m[3], 16) / 16 ** m[3].length : 0);
    return (m[1] ? -1 : 1) * mantissa * 2 ** Number(m[4]);
  };
  for (const c of cases) {
    it(`torch.linspace(${c.from}, ${c.to}, ${c.num}, dtype=${c.dtype})`, () => {
      const ours = sample({ kind: 'linspace', from: c.from, to: c.to, num: c.num, dtype: c.dtype });
      c.values.forEach((h, i) => assert.ok(Object.is(ours[i], fromHex(h)), `[${i}]: ${ours[i]} against ${fromHex(h)}`));
    });
  }
});
