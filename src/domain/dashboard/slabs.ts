/**
 * Typed arrays cut from shared buffers of 1 MB. A typed array with a buffer of its own costs
 * about 600 bytes of memory besides its numbers (the buffer's allocation and bookkeeping): more
 * than most pilots' numbers. The bytes of an array given back (`release`) stay unused until the
 * arrays are cut again from new buffers: `wasted` says how many, for the owner to decide when.
 */
const SLAB_BYTES = 1 << 20;
/** Arrays larger than this get a buffer of their own, so that a slab never wastes more than an eighth. */
const OWN_BUFFER_BYTES = SLAB_BYTES / 8;

export interface Slabs {
  float64(length: number): Float64Array;
  int32(length: number): Int32Array;
  /** Counts the bytes of an array no longer used as wasted. */
  release(array: Float64Array | Int32Array): void;
  /** Bytes given out, and bytes of released arrays among them. */
  readonly used: number;
  readonly wasted: number;
}

export function createSlabs(): Slabs {
  let slab: ArrayBuffer | undefined;
  let offset = 0;
  let used = 0;
  let wasted = 0;
  /** A place for `bytes` bytes, 8-aligned. */
  const cut = (bytes: number): [ArrayBuffer, number] => {
    const size = Math.ceil(bytes / 8) * 8;
    used += size;
    if (size > OWN_BUFFER_BYTES) return [new ArrayBuffer(size), 0];
    if (!slab || offset + size > SLAB_BYTES) {
      slab = new ArrayBuffer(SLAB_BYTES);
      offset = 0;
    }
    const at = offset;
    offset += size;
    return [slab, at];
  };
  return {
    float64: (length) => new Float64Array(...cut(length * 8), length),
    int32: (length) => new Int32Array(...cut(length * 4), length),
    release(array) {
      wasted += Math.ceil(array.byteLength / 8) * 8;
    },
    get used() {
      return used;
    },
    get wasted() {
      return wasted;
    },
  };
}
