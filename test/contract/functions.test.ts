import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FUNCTIONS, getFunction, resolveParams } from '../../src/functions/registry';
import { agrees, loadReference } from '../helpers/reference';

const ref = loadReference();
/** Every reference entry: name@variant, its parameters in the entry's params. */
const entries = Object.keys(ref.functions);

describe('functions agree with PyTorch (float64 values and autograd gradients)', () => {
  it('covers every registered function but those that say which one they are the same as', () => {
    const covered = new Set(entries.map((key) => getFunction(key.split('@')[0]).name));
    const missing = FUNCTIONS.filter((f) => !covered.has(f.name) && !f.sameAs).map((f) => f.name);
    assert.deepEqual(missing, []);
  });
  it("has an entry for each of transformers' 22 ACT2CLS names and each gated unit, by the name as written", () => {
    // ACT2CLS in transformers' src/transformers/activations.py, in its order.
    const act2cls = [
      'gelu',
      'gelu_10',
      'gelu_fast',
      'gelu_new',
      'gelu_python',
      'gelu_pytorch_tanh',
      'gelu_python_tanh',
      'gelu_accurate',
      'laplace',
      'leaky_relu',
      'linear',
      'mish',
      'quick_gelu',
      'relu',
      'relu2',
      'relu6',
      'sigmoid',
      'silu',
      'swish',
      'tanh',
      'prelu',
      'xielu',
    ];
    const gated = ['glu', 'reglu', 'geglu', 'swiglu', 'bilinear', 'swigluoai'];
    const names = new Set(entries.map((key) => getFunction(key.split('@')[0]).name));
    for (const name of [...act2cls, ...gated]) assert.ok(names.has(getFunction(name).name), name);
  });
  for (const key of entries) {
    const entry = ref.functions[key];
    it(`${key}: ${entry.torch}`, () => {
      const f = getFunction(key.split('@')[0]);
      const bound = f.bind(resolveParams(f, entry.params as Record<string, number | string>));
      const bad: string[] = [];
      // A gated unit multiplies act(gate) by up: the absolute floor of 1e-15 on act's rounding (where 1 + erf and
      // 1 + tanh cancel, torch's tanh and erf and ours round apart) is carried through that product.
      const up = entry.params.up;
      const scale = (x: number) => (f.group !== 'gated' ? 1 : Math.max(1, Math.abs(typeof up === 'number' ? up : x)));
      ref.x.forEach((x, i) => {
        const y = bound.value(x);
        const dy = bound.grad(x);
        if (!agrees(y, entry.y[i], scale(x))) bad.push(`f(${x}) = ${y}, torch ${entry.y[i]}`);
        // PyTorch itself overflows to nan in some gradients (GELU-tanh at ±1e300): any value is acceptable there.
        if (!Number.isNaN(entry.dy[i]) && !agrees(dy, entry.dy[i], scale(x)))
          bad.push(`f'(${x}) = ${dy}, torch ${entry.dy[i]}`);
      });
      assert.deepEqual(bad.slice(0, 5), [], `${bad.length} disagreements`);
    });
  }
});

describe('gated units agree with torch on a grid of (gate, up): value and both partial derivatives', () => {
  for (const [key, entry] of Object.entries(ref.grids)) {
    it(`${key}: ${entry.torch}`, () => {
      const f = getFunction(key.split('@')[0]);
      const gated = f.bind(resolveParams(f, entry.params as Record<string, number | string>)).gated!;
      const bad: string[] = [];
      entry.gate.forEach((g, i) => {
        const u = entry.up[i];
        const got = [gated.value(g, u), gated.dGate(g, u), gated.dUp(g, u)];
        const want = [entry.y[i], entry.dgate[i], entry.dup[i]];
        if (!got.every((v, k) => agrees(v, want[k])))
          bad.push(`(${g}, ${u}): ${got.join(', ')}; torch ${want.join(', ')}`);
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
