import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawingThreads } from '../../src/batch/render-all';
import { PngSlots, slotBytes } from '../../src/render/png-slots';

const MB = 1024 * 1024;
/** A promise settled from outside, as an encoding finishing on libuv's threads. */
function deferred(): { promise: Promise<void>; resolve(): void; reject(err: Error): void } {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('PngSlots: the canvases a thread keeps for its PNG figures', () => {
  it('gives the kept canvas again when it is idle, a second one while the first is encoded, none past two', async () => {
    const released: string[] = [];
    const slots = new PngSlots<string>((item) => released.push(item));
    const a = slots.idle('640x480', 1.2 * MB)!;
    assert.equal(a.item, undefined); // new: the caller makes its chart
    a.item = 'A';
    assert.equal(slots.idle('640x480', 1.2 * MB), a);
    const encodingA = deferred();
    slots.encoding(a, encodingA.promise);
    const b = slots.idle('640x480', 1.2 * MB)!;
    assert.notEqual(b, a);
    b.item = 'B';
    const encodingB = deferred();
    slots.encoding(b, encodingB.promise);
    assert.equal(slots.idle('640x480', 1.2 * MB), undefined);
    // Another size has slots of its own.
    assert.ok(slots.idle('1600x200', 1.3 * MB));
    const waiting = slots.anyEncoded('640x480');
    encodingB.resolve();
    await waiting;
    assert.equal(slots.idle('640x480', 1.2 * MB), b);
    encodingA.resolve();
    await encodingA.promise;
    assert.deepEqual(released, []);
  });

  it('lets a canvas go when its encoding fails, and one over 32 MB once it is encoded', async () => {
    const released: string[] = [];
    const slots = new PngSlots<string>((item) => released.push(item));
    const small = slots.idle('640x480', 1.2 * MB)!;
    small.item = 'small';
    const failing = deferred();
    slots.encoding(small, failing.promise);
    failing.reject(new Error('out of memory'));
    await small.encoding;
    assert.deepEqual(released, ['small']);
    // 5000 × 2000 pixels, 40 MB: one at a time, let go after its encoding.
    const large = slots.idle('5000x2000', 40 * MB)!;
    large.item = 'large';
    const encoding = deferred();
    slots.encoding(large, encoding.promise);
    assert.equal(slots.idle('5000x2000', 40 * MB), undefined);
    encoding.resolve();
    await large.encoding;
    assert.deepEqual(released, ['small', 'large']);
    assert.notEqual(slots.idle('5000x2000', 40 * MB), large);
  });

  it('keeps 96 MB all told: a new size past it retires the others, a busy one once its encoding is done', async () => {
    const released: string[] = [];
    const slots = new PngSlots<string>((item) => released.push(item));
    // Three sizes of 30 MB (90 MB), the last being encoded.
    for (const size of ['a', 'b', 'c']) slots.idle(size, 30 * MB)!.item = size;
    const c = slots.idle('c', 30 * MB)!;
    const encoding = deferred();
    slots.encoding(c, encoding.promise);
    const d = slots.idle('d', 30 * MB)!;
    d.item = 'd';
    assert.deepEqual(released, ['a', 'b']);
    encoding.resolve();
    await c.encoding;
    assert.deepEqual(released, ['a', 'b', 'c']);
    assert.equal(slots.idle('d', 30 * MB), d);
  });

  it("counts a thread's canvases of one size at most: two kept ones, or one over 32 MB", () => {
    assert.equal(slotBytes(640 * 480 * 4), 2 * 640 * 480 * 4);
    assert.equal(slotBytes(40 * MB), 40 * MB);
  });
});

describe('drawing threads of a render', () => {
  it('are one fewer than the cores by default (at least one), as asked otherwise, and never more than the cores', () => {
    assert.equal(drawingThreads(undefined, 1), 1);
    assert.equal(drawingThreads(undefined, 2), 1);
    assert.equal(drawingThreads(undefined, 8), 7);
    assert.equal(drawingThreads(2, 2), 2);
    assert.equal(drawingThreads(1, 8), 1);
    assert.equal(drawingThreads(64, 4), 4);
  });
});
