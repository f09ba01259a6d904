import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withStringMethods } from '../../src/spec/str-methods';
import { torchAttribute } from '../../src/functions/torch-repr';

const none = () => undefined;
const made = (call: string, valueOf: (name: string) => string | undefined = none) =>
  withStringMethods(`plt.title(${call})`, valueOf, ['script']);

describe("a script's str methods", () => {
  it('makes the strings Python 3 makes', () => {
    // Each expected text is what Python 3.11 printed for the call (its repr, as a statement holds it).
    for (const [call, python] of [
      ["'leaky_relu'.upper()", "'LEAKY_RELU'"],
      ["'GELU (tanh)'.lower()", "'gelu (tanh)'"],
      ["'sigmoid function'.capitalize()", "'Sigmoid function'"],
      ["'sILU'.capitalize()", "'Silu'"],
      [`"relu6 and gelu's 2nd form".title()`, "'Relu6 And Gelu\\'S 2Nd Form'"],
      ["'ReLU'.swapcase()", "'rElu'"],
      ["'  tanh \\t'.strip()", "'tanh'"],
      ["'__init__'.strip('_')", "'init'"],
      ["'xxSwishxx'.lstrip('x')", "'Swishxx'"],
      ["'Swish   '.rstrip()", "'Swish'"],
      ["'a_b_c'.replace('_', ' ')", "'a b c'"],
      ["'a_b_c'.replace('_', '-', 1)", "'a-b_c'"],
      ["'soft_plus'.replace('_', ' ').title()", "'Soft Plus'"],
      ["r'\\alpha'.upper()", "'\\\\ALPHA'"],
      ["'straße'.upper()", "'STRASSE'"],
    ] as const) {
      assert.equal(made(call), `plt.title(${python})`, call);
    }
  });
  it('reads names of strings written out, as receiver and as argument', () => {
    const values: Record<string, string> = { name: "'leaky_relu'", sep: "'_'", n: '1' };
    const valueOf = (name: string) => values[name];
    assert.equal(made('name.upper()', valueOf), "plt.title('LEAKY_RELU')");
    assert.equal(made("name.replace(sep, ' ', n)", valueOf), "plt.title('leaky relu')");
  });
  it('leaves what it cannot tell as written, for the reader to refuse', () => {
    for (const call of [
      'name.upper()', // a name with no value written out
      "'a'.center(9)", // not one of the methods read
      "'ab'.replace('', '-')", // '' inserts between characters
      "'ab'.upper(1)", // an argument upper() does not take
      "'a_b'.replace(old, '-')", // an argument with no value
      "'a_b'.replace('_', '-', count=1)", // a keyword
      'self.name.upper()', // an attribute's
      "print('x.upper()')", // inside a string
    ]) {
      assert.equal(made(call), `plt.title(${call})`, call);
    }
  });
});

describe("a torch.nn module's parameter attributes", () => {
  it('are the values Python prints: as written, else torch 1.13 defaults as its signature types them', () => {
    // torch 1.13's f'{m.beta}' and friends: nn.Softplus().beta 1, nn.Softplus(beta=2.0).beta 2.0,
    // nn.LeakyReLU().negative_slope 0.01, nn.GELU(approximate='tanh').approximate 'tanh', nn.Hardtanh().min_val -1.0.
    assert.equal(torchAttribute('softplus', 'beta', undefined, { beta: 1, threshold: 20 }), '1');
    assert.equal(torchAttribute('softplus', 'beta', '2.0', { beta: 2, threshold: 20 }), '2.0');
    assert.equal(torchAttribute('leaky-relu', 'negative_slope', undefined, { negative_slope: 0.01 }), '0.01');
    assert.equal(torchAttribute('gelu', 'approximate', "'tanh'", { approximate: 'tanh' }), "'tanh'");
    assert.equal(torchAttribute('hardtanh', 'min_val', undefined, { min_val: -1, max_val: 1 }), '-1.0');
    // Not a parameter the module holds as shown, or written as an expression: no value.
    assert.equal(torchAttribute('softplus', 'inplace', undefined, { beta: 1, threshold: 20 }), undefined);
    assert.equal(torchAttribute('softplus', 'beta', '1 / 2', { beta: 0.5, threshold: 20 }), undefined);
    assert.equal(torchAttribute('prelu', 'num_parameters', undefined, {}), undefined);
  });
});
