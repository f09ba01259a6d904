/**
 * The signatures the expression reader binds F.'s functions and torch.nn's modules by (functions/
 * torch-signatures.ts) are PyTorch's own: test/fixtures/torch-signatures.json, written from PyTorch 1.13 by
 * scripts/make-torch-signature-fixtures.py (inspect.signature, or a built-in's docstring). Each name there is
 * an actplot parameter of the function, or an argument the reader knows (inplace, training, num_parameters...).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { getFunction } from '../../src/functions/registry';
import { functionOfModule } from '../../src/functions/torch-repr';
import { FUNCTIONAL_SIGNATURES, MODULE_SIGNATURES, torchArguments } from '../../src/functions/torch-signatures';
import { FIXTURES } from '../helpers/reference';

const torch = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'torch-signatures.json'), 'utf8')) as {
  functional: Record<string, string[]>;
  modules: Record<string, string[]>;
};

describe("PyTorch's signatures of its activations", () => {
  it("are torch.nn.functional's and torch.nn's own, every one", () => {
    assert.deepEqual(FUNCTIONAL_SIGNATURES, torch.functional);
    assert.deepEqual(MODULE_SIGNATURES, torch.modules);
  });
  it("bind each argument to an actplot parameter or one the reader knows, defaults in PyTorch's order", () => {
    const known = ['inplace', 'training', 'num_parameters', 'init', 'min_value', 'max_value', 'device', 'dtype'];
    const check = (call: string, fn: string, signature: string[]) => {
      const params = getFunction(fn).params.map((p) => p.name);
      for (const name of signature) assert.ok(params.includes(name) || known.includes(name), `${call}: ${name}`);
      // actplot's own parameters come in PyTorch's order, so that its parameters given in order bind alike.
      assert.deepEqual(
        signature.filter((n) => params.includes(n)),
        params.filter((n) => signature.includes(n)),
        call,
      );
    };
    for (const [name, signature] of Object.entries(torch.functional)) check(`F.${name}`, name, signature);
    for (const [cls, signature] of Object.entries(torch.modules)) check(`nn.${cls}`, functionOfModule(cls)!, signature);
  });
  it("PReLU's init is its weight; Hardtanh's min_value, given, replaces min_val as in PyTorch", () => {
    const params = (r: ReturnType<typeof torchArguments>) => ('params' in r ? { ...r.params } : r);
    assert.deepEqual(params(torchArguments('nn.PReLU', torch.modules.PReLU, ['1', '0.1'], {})), { weight: '0.1' });
    assert.deepEqual(params(torchArguments('nn.Hardtanh', torch.modules.Hardtanh, ['-1', '1'], { min_value: '-2' })), {
      min_val: '-2',
      max_val: '1',
    });
  });
});
