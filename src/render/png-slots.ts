/**
 * The canvases a thread keeps for its PNG figures. Each is drawn again for each figure of its size rather than
 * made anew (a 640×480 surface is 1.2 MB of native memory to allocate and free a figure). Two a size at most:
 * a batch draws its next figure on one while the other is encoded on libuv's threads, and a canvas being
 * encoded is never drawn on. A canvas larger than LARGEST_KEPT_BYTES is drawn once and let go, and the kept
 * ones stay within KEPT_BYTES all told: a batch of large figures of different sizes would otherwise keep
 * hundreds of megabytes.
 */
const LARGEST_KEPT_BYTES = 32 * 1024 * 1024;
const KEPT_BYTES = 96 * 1024 * 1024;
const PER_SIZE = 2;
const MOST_SIZES = 16;

/** A large canvas is not drawn on while another of its size is encoded: one at a time, as it is not kept. */
const perSize = (bytes: number) => (bytes > LARGEST_KEPT_BYTES ? 1 : PER_SIZE);

/** The memory of a thread's PNG canvases of one size at most, a canvas being `bytes`. */
export const slotBytes = (bytes: number) => bytes * perSize(bytes);

/** A kept canvas (the caller makes it), and, while it is encoded, when that settles. */
export interface Slot<T> {
  readonly size: string;
  readonly bytes: number;
  item?: T;
  encoding?: Promise<void>;
  /** Let go once its encoding settles (the kept canvases outgrew their bounds meanwhile). */
  retired?: boolean;
}

export class PngSlots<T> {
  private readonly bySize = new Map<string, Slot<T>[]>();

  /** `release` gives back what a slot holds (nothing to do for a canvas the garbage collector frees). */
  constructor(private readonly release: (item: T) => void) {}

  /**
   * A slot of this size that is not being encoded: a kept one (its item to draw on again) or a new one (no
   * item yet: the caller makes it); undefined while every slot of the size is being encoded.
   */
  idle(size: string, bytes: number): Slot<T> | undefined {
    const slots = this.bySize.get(size) ?? [];
    const kept = slots.find((s) => !s.encoding && !s.retired);
    if (kept) return kept;
    if (slots.filter((s) => !s.retired).length >= perSize(bytes)) return undefined;
    if (this.bySize.size >= MOST_SIZES || this.keptBytes() + bytes > KEPT_BYTES) this.retireAll();
    const slot: Slot<T> = { size, bytes };
    this.bySize.set(size, [...(this.bySize.get(size) ?? []), slot]);
    return slot;
  }

  /** Settles when a slot of this size has finished encoding (then idle() has one). */
  async anyEncoded(size: string): Promise<void> {
    await Promise.race((this.bySize.get(size) ?? []).map((s) => s.encoding ?? Promise.resolve()));
  }

  /** Marks the slot busy until `encoded` settles, then done() with it. */
  encoding(slot: Slot<T>, encoded: Promise<unknown>): void {
    slot.encoding = encoded.then(
      () => this.done(slot),
      () => this.drop(slot),
    );
  }

  /** After a figure on the slot is encoded: a large canvas or a retired one is let go, any other kept. */
  done(slot: Slot<T>): void {
    slot.encoding = undefined;
    if (slot.retired || slot.bytes > LARGEST_KEPT_BYTES) this.drop(slot);
  }

  /** Lets the slot go (a canvas that failed part-way is not drawn on again). */
  drop(slot: Slot<T>): void {
    slot.encoding = undefined;
    if (slot.item) this.release(slot.item);
    slot.item = undefined;
    const rest = (this.bySize.get(slot.size) ?? []).filter((s) => s !== slot);
    if (rest.length) this.bySize.set(slot.size, rest);
    else this.bySize.delete(slot.size);
  }

  private keptBytes(): number {
    let sum = 0;
    for (const slots of this.bySize.values()) for (const s of slots) if (!s.retired) sum += s.bytes;
    return sum;
  }

  /** Every idle slot let go now; one being encoded, once it is done. */
  private retireAll(): void {
    for (const slots of [...this.bySize.values()])
      for (const s of slots) {
        s.retired = true;
        if (!s.encoding) this.drop(s);
      }
  }
}
