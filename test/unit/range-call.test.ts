/**
 * The arguments of arange, linspace and range() (spec/range-call.ts), bound as the libraries bind them: expected
 * values from their signatures (numpy's start, stop, step and num; torch's end and steps; range() in order only),
 * checked against numpy 1.24 and PyTorch 1.13 by hand (np.arange(start=-1, stop=1, step=0.5) is
 * [-1, -0.5, 0, 0.5]; range(start=0, stop=5) raises "range() takes no keyword arguments").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import type { PyValue } from '../../src/pycall';
import { readRangeCall } from '../../src/spec/range-call';
import { readTicksCall } from '../../src/spec/ticks-call';

const at = ['xticks'];
const number = (v: PyValue) => {
  if (typeof v !== 'number') throw new Error(`not a number: ${String(v)}`);
  return v;
};

describe('readRangeCall', () => {
  it('binds in order or by name, under each library’s own names', () => {
    const cases: [Parameters<typeof readRangeCall>[0], 'arange' | 'linspace' | 'range', string, object][] = [
      ['numpy', 'arange', '-1, 1, 0.5', { start: -1, end: 1, third: 0.5 }],
      ['numpy', 'arange', 'start=-1, stop=1, step=0.5', { start: -1, end: 1, third: 0.5 }],
      ['torch', 'arange', '-1, end=1, step=0.5', { start: -1, end: 1, third: 0.5 }],
      ['numpy', 'linspace', '-1, 1, num=5, endpoint=True', { start: -1, end: 1, third: 5, rest: { endpoint: true } }],
      ['torch', 'linspace', 'start=-1, end=1, steps=5', { start: -1, end: 1, third: 5 }],
      // arange(stop) and range(stop) count from 0; linspace has no such form.
      ['numpy', 'arange', '5', { start: 0, end: 5, third: undefined }],
      ['python', 'range', '5', { start: 0, end: 5, third: undefined }],
      ['numpy', 'linspace', '5', { start: 5, end: undefined, third: undefined }],
    ];
    for (const [library, fn, args, expected] of cases) {
      const { start, end, third, rest } = readRangeCall(library, fn, args, at, number);
      assert.deepEqual({ start, end, third, rest }, { rest: {}, ...expected }, `${library} ${fn}(${args})`);
    }
    assert.deepEqual(readRangeCall('torch', 'linspace', '0, 1, 3', at, number).names, ['start', 'end', 'steps']);
  });
  it("leaves range()'s keywords to the caller, and refuses a number given twice or a fourth in order", () => {
    assert.deepEqual(readRangeCall('python', 'range', 'start=0, stop=5', at, number).rest, { start: 0, stop: 5 });
    assert.throws(
      () => readRangeCall('torch', 'arange', '-1, 1, 0.5, end=2', at, number),
      (e: unknown) => e instanceof UsageError && e.field.join('.') === 'xticks.end' && /given twice/.test(e.message),
    );
    assert.throws(() => readRangeCall('numpy', 'arange', '0, 1, 0.5, None', at, number), /np\.arange\(start, stop/);
  });
});

describe('ticks from numpy calls by name', () => {
  it("take numpy's keywords, and range() none", () => {
    assert.deepEqual(readTicksCall('np.arange(start=-1, stop=1, step=0.5)', at).values, [-1, -0.5, 0, 0.5]);
    assert.deepEqual(readTicksCall('np.linspace(start=-1, stop=1, num=5)', at).values, [-1, -0.5, 0, 0.5, 1]);
    assert.throws(
      () => readTicksCall('range(start=0, stop=5)', at),
      /range\(\) without start= \(range\(\) takes none\)/,
    );
  });
});
