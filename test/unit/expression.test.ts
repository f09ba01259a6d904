import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileExpression } from '../../src/functions/expression';
import { MAX_EXPRESSION_DEPTH } from '../../src/limits';
import { expressionContext, FUNCTIONS, getFunction, resolveParams } from '../../src/functions/registry';
import { scratch } from '../helpers/cli';
import { cli } from '../helpers/in-process';

const compile = (src: string) => compileExpression(src, expressionContext);
const builtin = (name: string, params: Record<string, string | number> = {}) => {
  const f = getFunction(name);
  return f.bind(resolveParams(f, params));
};
const grid = [...Array.from({ length: 2001 }, (_, i) => -10 + i * 0.01), -700, -50, -20.5, 20.5, 50, 1e-8, -1e-8];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.abs(b) + 1e-15;

describe('expressions agree with the built-in functions they spell (value and derivative, 1e-12)', () => {
  const pairs: [string, string, Record<string, string | number>?, ((x: number) => boolean)?][] = [
    ['x * sigmoid(x)', 'swish'],
    ['x * sigmoid(x)', 'silu'],
    ['x * sigmoid(1.702 * x)', 'quick-gelu'],
    ['x * sigmoid(2 * x)', 'swish', { beta: 2 }],
    ['0.5 * x * erfc(-x / sqrt(2))', 'gelu'],
    ['2 * sigmoid(x) - 1', 'newfun'],
    ['tanh(x)', 'tanh'],
    ['x - tanh(x)', 'tanhshrink'],
    ['x / (1 + abs(x))', 'softsign'],
    ['max(0, x)', 'relu', {}, (x) => x !== 0],
    ['min(max(0, x), 6)', 'relu6', {}, (x) => x !== 0 && x !== 6],
    ['leaky_relu(x, negative_slope=0.2)', 'leaky-relu', { negative_slope: 0.2 }],
    ['gelu(x, approximate=tanh)', 'gelu', { approximate: 'tanh' }],
    ['LeakyReLU(x)', 'leaky-relu'],
    ['x * tanh(log1p(exp(x)))', 'mish', {}, (x) => Math.abs(x) < 30],
    ['-log1p(exp(-x))', 'log-sigmoid', {}, (x) => Math.abs(x) < 30],
  ];
  for (const [src, name, params, where] of pairs) {
    it(`${src} = ${name}${params && Object.keys(params).length ? JSON.stringify(params) : ''}`, () => {
      const e = compile(src);
      const f = builtin(name, params);
      for (const x of grid.filter(where ?? (() => true))) {
        assert.ok(close(e.value(x), f.value(x)), `value at ${x}: ${e.value(x)} vs ${f.value(x)}`);
        assert.ok(close(e.grad(x), f.grad(x)), `derivative at ${x}: ${e.grad(x)} vs ${f.grad(x)}`);
      }
    });
  }
});

describe('derivatives are exact (automatic differentiation)', () => {
  const cases: [string, (x: number) => number][] = [
    ['x^3', (x) => 3 * x * x],
    ['x**3 - 2*x', (x) => 3 * x * x - 2],
    ['exp(2 * x)', (x) => 2 * Math.exp(2 * x)],
    ['sin(x) * x', (x) => Math.cos(x) * x + Math.sin(x)],
    ['1 / (1 + x*x)', (x) => (-2 * x) / (1 + x * x) ** 2],
    ['2^x', (x) => 2 ** x * Math.LN2],
    ['pow(x, 2) + pi*x + e', (x) => 2 * x + Math.PI],
    ['sqrt(1 + x*x)', (x) => x / Math.sqrt(1 + x * x)],
    ['log(1 + x*x)', (x) => (2 * x) / (1 + x * x)],
    ['erf(x)', (x) => (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x)],
    ['-(-x)', () => 1],
  ];
  for (const [src, d] of cases) {
    it(src, () => {
      const e = compile(src);
      for (const x of [-3, -1.5, -0.25, 0.5, 1, 2.75])
        assert.ok(close(e.grad(x), d(x)), `${src}' at ${x}: ${e.grad(x)} vs ${d(x)}`);
    });
  }
  it('every registered function can be called, with its default parameters', () => {
    for (const f of FUNCTIONS) {
      const e = compile(`${f.name.replace(/-/g, '_')}(x)`); // in an expression a hyphen is a minus
      const b = f.bind(resolveParams(f));
      assert.ok(close(e.value(0.75), b.value(0.75)) && close(e.grad(0.75), b.grad(0.75)), f.name);
    }
  });
});

describe('expression errors point at the column', () => {
  const bad: [string, RegExp][] = [
    ['x +', /at column 4 of 'x \+': unexpected end of expression/],
    ['sigmoid(x', /at column 10 of 'sigmoid\(x': expected '\)'/],
    ['foo(x)', /at column 1 of 'foo\(x\)': unknown function 'foo'/],
    ['sigmod(x)', /did you mean 'sigmoid'/],
    ['x $ 2', /at column 3 of 'x \$ 2': unexpected character '\$'/],
    ['y * 2', /at column 1 of 'y \* 2': unknown name 'y'/],
    ['2 x', /at column 3 of '2 x': unexpected 'x'/],
    ['max(x)', /max takes two arguments/],
    ['gelu(x, approximate=fast)', /approximate to be one of none, tanh/],
    ['leaky_relu(x, slope=1)', /did you mean 'negative_slope'/],
    ['', /expected an expression in x/],
  ];
  for (const [src, pattern] of bad) it(src || "''", () => assert.throws(() => compile(src), pattern));
  it('refuses expressions longer than the limit and nesting deeper than the limit', () => {
    assert.throws(() => compile('x+'.repeat(1000) + 'x'), /at most 2000/);
    const deep = '('.repeat(MAX_EXPRESSION_DEPTH + 5) + 'x' + ')'.repeat(MAX_EXPRESSION_DEPTH + 5);
    assert.throws(() => compile(deep), /nesting deeper than/);
    assert.throws(() => compile('-'.repeat(500) + 'x'), /nesting deeper than/);
  });
});

describe('expressions cannot reach JavaScript', () => {
  const attempts = [
    'constructor',
    'x.constructor',
    '__proto__',
    'process',
    'process.exit(1)',
    'this',
    'globalThis',
    '`${x}`',
    'x["constructor"]',
    'require("fs")',
    'eval(x)',
    'Function(x)',
    'toString(x)',
    'valueOf(x)',
    'hasOwnProperty(x)',
    'x; process.exit(1)',
    'Math.exp(x)',
  ];
  for (const src of attempts) {
    it(`refuses ${src}`, () => assert.throws(() => compile(src), /Error: expr: at column \d+/));
  }
  it('through the command line: exit 2, one line, no file', async () => {
    const dir = scratch();
    for (const src of ['constructor(x)', '__proto__', 'process', 'this', 'globalThis', '`x`']) {
      const r = await cli(['--expr', src, '-o', 'e.png'], dir);
      assert.equal(r.code, 2, src);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^actplot: --expr: at column/);
      const e = await cli(['eval', '--expr', src], dir);
      assert.equal(e.code, 2, src);
    }
    assert.deepEqual(require('node:fs').readdirSync(dir), []);
  });
});

describe('--expr on the command line', () => {
  it('draws an expression named by --name into NAME.png', async () => {
    const dir = scratch();
    const r = await cli(['--expr', 'x * sigmoid(1.702 * x)', '--name', 'quick'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.out.trim(), 'quick.png');
  });
  it('eval --expr agrees with the built-in function', async () => {
    const dir = scratch();
    const a = JSON.parse(
      (await cli(['eval', '--expr', 'x * sigmoid(1.702 * x)', '--grad', '--format', 'json'], dir)).out,
    );
    const b = JSON.parse((await cli(['eval', 'quick-gelu', '--grad', '--format', 'json'], dir)).out);
    assert.deepEqual(a.x, b.x);
    a.y.forEach((v: number, i: number) => assert.ok(close(v, b.y[i]) && close(a.dy[i], b.dy[i])));
  });
});

describe('names qualified by their module, as scripts write them (torch., F., np., math., scipy.special.)', () => {
  // Each module's function against the expression's own of the same meaning (np.arctan is atan...), and by
  // hand: expit(0) = 1/2, maximum(0, -1) = 0, torch.nn.functional.leaky_relu(-2, 0.2) = -0.4.
  const value = (src: string, x: number) => compile(src).value(x);
  it('reads each as the function of the same meaning', () => {
    for (const [qualified, plain] of [
      ['torch.sigmoid(x)', 'sigmoid(x)'],
      ['torch.tanh(x)', 'tanh(x)'],
      ['F.relu(x)', 'relu(x)'],
      ['torch.nn.functional.gelu(x, approximate="tanh")', 'gelu(x, approximate="tanh")'],
      ['F.silu(x)', 'silu(x)'],
      ['np.exp(-x)', 'exp(-x)'],
      ['numpy.arctan(x)', 'atan(x)'],
      ['np.absolute(x) + np.sign(x)', 'abs(x) + sign(x)'],
      ['np.power(x, 2)', 'pow(x, 2)'],
      ['math.erf(x / math.sqrt(2))', 'erf(x / sqrt(2))'],
      ['np.pi * x', 'pi * x'],
      ['torch.special.erf(x)', 'erf(x)'],
    ]) {
      for (const x of [-2.5, -0.3, 0, 0.7, 3])
        assert.equal(value(qualified, x), value(plain, x), `${qualified} at ${x}`);
    }
    assert.equal(value('scipy.special.expit(x)', 0), 0.5);
    assert.equal(value('np.maximum(0, x)', -1), 0);
    assert.equal(value('np.minimum(0, x)', -1), -1);
    assert.ok(Math.abs(value('F.leaky_relu(x, negative_slope=0.2)', -2) + 0.4) < 1e-15);
  });
  it("refuses a name the module does not have, saying what it has, at the name's column", () => {
    assert.throws(() => compile('np.sigmoid(x)'), /at column 1 of 'np\.sigmoid\(x\)': np has no 'sigmoid'.*exp, expm1/);
    assert.throws(
      () => compile('2 * F.exp(x)'),
      /at column 5 .*'exp' is no elementwise activation of torch\.nn\.functional/,
    );
    // F's own names only; F.glu halves its input in PyTorch (a script's plot(x, F.glu(x)) fails), so it is refused.
    assert.throws(() => compile('F.LeakyReLU(x)'), /'LeakyReLU' is no elementwise .*did you mean 'leaky_relu'/);
    assert.throws(() => compile('F.glu(x)'), /F\.glu halves its input along the last dimension/);
    assert.throws(() => compile('F.swish(x)'), /'swish' is no elementwise activation/);
    assert.throws(
      () => compile('foo.bar(x)'),
      /unknown name 'foo\.bar'; a module's function is written torch\.sigmoid/,
    );
    // A tensor's type changed in the expression is the range's dtype= here, which the message says.
    for (const retyped of ['F.gelu(x.to(torch.bfloat16))', 'F.gelu(x.half())', 'F.gelu(x.bfloat16())'])
      assert.throws(
        () => compile(retyped),
        /changes the values' type, which is the range's here: .*dtype=torch\.bfloat16/,
      );
  });
});

describe('zeros_like, ones_like and full_like: a constant at every x', () => {
  it("gives numpy's and torch's constants, with no slope (a derivative's flat pieces)", () => {
    const at = (src: string, x: number) => {
      const f = compileExpression(src, expressionContext);
      return [f.value(x), f.grad(x)];
    };
    assert.deepEqual(at('np.zeros_like(x)', 2), [0, 0]);
    assert.deepEqual(at('torch.ones_like(x) * 3', -1), [3, 0]);
    assert.deepEqual(at('np.full_like(x, 0.5)', 7), [0.5, 0]);
    assert.deepEqual(at('np.full_like(x, fill_value=-2)', 0), [-2, 0]);
    // x > 0's slope as a script writes it: np.where(x > 0, np.ones_like(x), np.zeros_like(x)).
    assert.deepEqual(at('np.where(x > 0, np.ones_like(x), np.zeros_like(x))', 0.25), [1, 0]);
    assert.throws(() => at('np.ones_like(x, 2)', 0), /ones_like takes one argument/);
    assert.throws(() => at('np.full_like(x)', 0), /full_like takes the values it is shaped as and a value/);
  });
});

describe('comparisons, where, clip and clamp, parameters in order: what is refused', () => {
  it('refuses chained comparisons, a where or clamp of the wrong shape, and parameters given twice or too many', () => {
    for (const [src, message] of [
      ['-1 < x < 1', /at column 8 .*comparisons are not chained here; write \(a < x\) & \(x < b\)/],
      ['np.where(x > 0, x)', /where takes three arguments/],
      ['clamp(x, min=foo)', /expected a number for a bound of clamp; got 'foo'/],
      ['clamp(x, 0, max=6)', /clamp takes a value and its bounds/],
      ['F.leaky_relu(x, 0.2, negative_slope=0.3)', /negative_slope is given twice, in order and by name/],
      // PyTorch's signatures: a third argument of F.leaky_relu is inplace, F.relu's second.
      ['F.leaky_relu(x, 0.2, 0.3)', /F\.leaky_relu: inplace=0\.3: expected True or False/],
      [
        'F.leaky_relu(x, 0.2, True, 1)',
        /F\.leaky_relu takes at most 2 arguments after x \(negative_slope, inplace\); 3/,
      ],
      ['F.sigmoid(x, 1)', /F\.sigmoid takes none after x; 1 given/],
      ['F.gelu(x, inplace=True)', /F\.gelu has no parameter 'inplace'; it takes approximate/],
      ['F.rrelu(x, training=True)', /F\.rrelu: training=True: random slopes; actplot draws evaluation mode/],
      ['leaky_relu(x, 0.2, 0.3)', /leaky_relu takes 1 parameter after x/],
      ['x >', /unexpected end of expression/],
      ['nn.Softmax()(x)', /at column 1 .*torch\.nn has no module 'Softmax' that actplot draws/],
      ['nn.Relu()(x)', /no module 'Relu' .*did you mean 'ReLU'/],
      ['nn.GELU(x)', /nn\.GELU\(\.\.\.\) is a module: call it on x, as nn\.GELU\(\)\(x\)/],
      ['nn.GELU()()', /is called on one argument/],
      [
        'nn.LeakyReLU(0.1, True, 1)(x)',
        /nn\.LeakyReLU takes at most 2 arguments \(negative_slope, inplace\); 3 given$/,
      ],
      ['nn.ReLU(1)(x)', /nn\.ReLU: inplace=1: expected True or False$/],
      ['nn.PReLU(3)(x)', /nn\.PReLU: num_parameters=3: a slope for each channel/],
      ['nn.PReLU(dtype=torch.float64)(x)', /nn\.PReLU: dtype=torch\.float64: the values' type is --dtype's here/],
      ['nn.ELU(2, alpha=3)(x)', /alpha is given twice, in order and by name/],
    ] as const) {
      assert.throws(() => compile(src), message, src);
    }
  });
  it('a comparison counts 1 where it holds, 0 elsewhere, and has no slope (by hand)', () => {
    const f = compile('(x > 1) + (x <= -1) * 2 + (x == 0) * 4 + (x != 0.5) * 8');
    assert.deepEqual(
      [-2, 0, 0.5, 2].map((x) => f.value(x)),
      [2 + 8, 4 + 8, 0, 1 + 8],
    );
    assert.equal(f.grad(2), 0);
  });
});

describe('np.sinc and torch.sinc: the normalised sinc', () => {
  it("gives numpy's values (a 0 taken as 1e-20) and torch's derivative", () => {
    // numpy 1.24: np.sinc(0.3), np.sinc(-2.5), np.sinc(0.0); torch 1.13 autograd of torch.sinc at 0.3 (float64).
    const e = compile('np.sinc(x)');
    assert.deepEqual([e.value(0.3), e.value(-2.5), e.value(0)], [0.8583936913341398, 0.12732395447351627, 1]);
    assert.ok(Math.abs(compile('torch.sinc(x)').grad(0.3) - -0.9020281301388888) < 1e-15);
    assert.equal(e.grad(0), 0);
  });
});
