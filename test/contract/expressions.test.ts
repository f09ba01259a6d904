/**
 * Expressions as scripts write them against PyTorch's autograd in float64 (test/fixtures/expressions.json, from
 * scripts/make-expression-fixtures.py): comparisons counted as numbers, where, clamp and clip, and PyTorch's
 * activations with their parameters in order; each value and derivative at points that include the boundaries.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { compileExpression } from '../../src/functions/expression';
import { expressionContext } from '../../src/functions/registry';
import { FIXTURES } from '../helpers/reference';

const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expressions.json'), 'utf8')) as {
  cases: { text: string; x: number[]; y: number[]; grad: number[] | null }[];
};
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe("expressions as scripts write them, against PyTorch's values and autograd", () => {
  for (const c of fixture.cases) {
    it(c.text, () => {
      const f = compileExpression(c.text, expressionContext);
      c.x.forEach((x, i) => {
        assert.ok(close(f.value(x), c.y[i]), `value at ${x}: ${f.value(x)}, PyTorch ${c.y[i]}`);
        // null: PyTorch has no derivative for it (heaviside).
        if (c.grad) assert.ok(close(f.grad(x), c.grad[i]), `derivative at ${x}: ${f.grad(x)}, PyTorch ${c.grad[i]}`);
      });
    });
  }
});
