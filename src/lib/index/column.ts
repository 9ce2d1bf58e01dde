/**
 * A column of 32-bit integers that grows by doubling: the index's fingerprints, postings and runs
 * are counted only once found, and typed arrays keep millions of them compact (a JS array of
 * numbers costs twice the memory and boxes nothing better).
 */
export class Column {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The filled part, copied to an array of its own size: the spare half is given back. */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
