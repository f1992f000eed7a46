// Typed arrays for reading one table's rows, carved from a buffer kept between tables: a new
// typed array costs microseconds (a zeroed backing store, then garbage), a view of a kept buffer
// almost nothing. The row reader takes ~25 arrays per table and drops them all when it is done.

export class Scratch {
  private buffer = new ArrayBuffer(1 << 16);
  private used = 0;

  /** Start over: every array handed out before may now be handed out again. */
  reset(): void {
    this.used = 0;
  }

  int32(length: number, fill = 0): Int32Array {
    return new Int32Array(this.take(length * 4), this.used - length * 4, length).fill(fill);
  }

  float64(length: number, fill = 0): Float64Array {
    return new Float64Array(this.take(length * 8), this.used - length * 8, length).fill(fill);
  }

  /** Room for `bytes` more (8-aligned), in a larger buffer when this one is full; arrays
   * handed out keep the old one alive. */
  private take(bytes: number): ArrayBuffer {
    const start = Math.ceil(this.used / 8) * 8;
    if (start + bytes > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(Math.max(2 * this.buffer.byteLength, bytes));
      this.used = bytes;
    } else this.used = start + bytes;
    return this.buffer;
  }
}

/** The row reader's (it runs one table at a time, start to end, never re-entered). */
export const ROWS_SCRATCH = new Scratch();
