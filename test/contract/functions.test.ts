import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FUNCTIONS, getFunction, resolveParams } from '../../src/functions/registry';
import { agrees, loadReference } from '../helpers/reference';

const ref = loadReference();
/** Every reference entry: name@variant, its parameters in the entry's params. */
const entries = Object.keys(ref.functions);

describe('functions agree with PyTorch (float64 values and autograd gradients)', () => {
  it('covers all 31 entries of the reference file', () => {
    assert.equal(entries.length, 31);
    for (const key of entries) assert.doesNotThrow(() => getFunction(key.split('@')[0]), key);
  });
  for (const key of entries) {
    const entry = ref.functions[key];
    it(`${key}: ${entry.torch}`, () => {
      const f = getFunction(key.split('@')[0]);
      const bound = f.bind(resolveParams(f, entry.params as Record<string, number | string>));
      const bad: string[] = [];
      ref.x.forEach((x, i) => {
        const y = bound.value(x);
        const dy = bound.grad(x);
        if (!agrees(y, entry.y[i])) bad.push(`f(${x}) = ${y}, torch ${entry.y[i]}`);
        // PyTorch itself overflows to nan in some gradients (GELU-tanh at ±1e300): any value is acceptable there.
        if (!Number.isNaN(entry.dy[i]) && !agrees(dy, entry.dy[i])) bad.push(`f'(${x}) = ${dy}, torch ${entry.dy[i]}`);
      });
      assert.deepEqual(bad.slice(0, 5), [], `${bad.length} disagreements`);
    });
  }
});

describe('functions are finite wherever the true value is', () => {
  const extremes = [-1e308, -1e300, -1e10, -800, -710, -40, -1e-300, -0, 0, 1e-300, 40, 710, 800, 1e10, 1e300, 1e308];
  for (const f of FUNCTIONS) {
    it(f.name, () => {
      const bound = f.bind(resolveParams(f));
      for (const x of extremes) {
        assert.ok(!Number.isNaN(bound.value(x)), `${f.name}(${x}) is NaN`);
        assert.ok(!Number.isNaN(bound.grad(x)), `${f.name}'(${x}) is NaN`);
      }
    });
  }
  it('sigmoid saturates exactly at ±800 and swish at −1e300 is zero with a zero gradient', () => {
    const s = getFunction('sigmoid').bind({});
    assert.equal(s.value(800), 1);
    assert.equal(s.value(-800), 0);
    const sw = getFunction('swish').bind({ beta: 1 });
    assert.ok(sw.value(-1e300) === 0 && sw.grad(-1e300) === 0);
    assert.equal(sw.value(1e300), 1e300);
  });
  it("GELU's far left tail is tiny and negative, not a cancellation to zero or NaN", () => {
    const g = getFunction('gelu').bind({ approximate: 'none' });
    const v = g.value(-10);
    assert.ok(v < 0 && v > -1e-20, String(v));
  });
});

describe('names and parameters', () => {
  it('finds functions as people type them: any case, PyTorch class names, underscores, aliases', () => {
    const cases: [string, string][] = [
      ['Leaky_ReLU', 'leaky-relu'],
      ['LeakyReLU', 'leaky-relu'],
      ['leakyrelu', 'leaky-relu'],
      ['GELU', 'gelu'],
      ['SiLU', 'silu'],
      ['Hardswish', 'hardswish'],
      ['hard_swish', 'hardswish'],
      ['LogSigmoid', 'log-sigmoid'],
      ['ReLU6', 'relu6'],
      ['quick_gelu', 'quick-gelu'],
      ['Tanhshrink', 'tanhshrink'],
      ['logistic', 'sigmoid'],
      ['PReLU', 'prelu'],
    ];
    for (const [typed, name] of cases) assert.equal(getFunction(typed).name, name, typed);
  });
  it('suggests the nearest names for a typo', () => {
    assert.throws(() => getFunction('sigmod'), /did you mean 'sigmoid'/);
  });
  it("fills defaults, as PyTorch's", () => {
    assert.deepEqual(resolveParams(getFunction('leaky-relu')), { negative_slope: 0.01 });
    assert.deepEqual(resolveParams(getFunction('gelu')), { approximate: 'none' });
    assert.deepEqual(resolveParams(getFunction('swish')), { beta: 1 });
  });
  it('rejects unknown and malformed parameters', () => {
    assert.throws(() => resolveParams(getFunction('relu'), { nosuch: '1' }), /Error: param: got 'nosuch=1'/);
    assert.throws(() => resolveParams(getFunction('leaky-relu'), { negative_slope: 'abc' }), /finite number/);
    assert.throws(() => resolveParams(getFunction('gelu'), { approximate: 'fast' }), /none, tanh/);
  });
  it('has a formula and a label for every function', () => {
    for (const f of FUNCTIONS) assert.ok(f.formula.length > 5 && f.label.length > 0, f.name);
  });
});
