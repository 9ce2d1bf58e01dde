/**
 * The windows of `gram` code points of a whole collection, built once: which paragraphs hold a
 * window of a given hash. A text's candidate paragraphs (candidates.ts) are then looked up, its
 * windows' hashes only, instead of every paragraph of the collection being read for each text.
 *
 * Layout: each window's hash, mixed, picks a bucket by its high bits; a bucket lists the
 * paragraphs of its windows (a paragraph once per window), each with the mixed hash's low 16 bits as a
 * tag. A lookup answers every paragraph holding a window of that hash, and some more
 * (two hashes may share a bucket and a tag): the caller reads those paragraphs again with the
 * exact hash (`rollingWindows`), so what it finds is what reading every paragraph would find.
 */
import { mix, rollingWindows } from '../index/winnow.ts';

/**
 * Buckets: 2^16. Few, so that building writes to few places at a time (2^22 buckets took five
 * times as long, each window's write missing the cache); at 31 million windows a lookup reads
 * about 470 tags of 16 bits, and finds about 0.01 paragraphs that do not hold the hash.
 */
const BITS = 16;

export class GramIndex {
  readonly gram: number;
  private readonly offsets: Int32Array;
  private readonly paragraphs: Int32Array;
  private readonly tags: Uint16Array;

  /** codes: the collection's text; starts: where each paragraph begins, and one more: the end. */
  constructor(codes: Int32Array, starts: Int32Array, gram: number) {
    this.gram = gram;
    const paragraphs = starts.length - 1;
    const offsets = new Int32Array((1 << BITS) + 1);
    for (let p = 0; p < paragraphs; p++)
      rollingWindows(codes, starts[p]!, starts[p + 1]!, gram, (_, h) => {
        offsets[(mix(h) >>> (32 - BITS)) + 1]!++;
      });
    for (let b = 0; b < 1 << BITS; b++) offsets[b + 1]! += offsets[b]!;
    const at = offsets.slice(0, 1 << BITS);
    this.paragraphs = new Int32Array(offsets[1 << BITS]!);
    this.tags = new Uint16Array(offsets[1 << BITS]!);
    for (let p = 0; p < paragraphs; p++)
      rollingWindows(codes, starts[p]!, starts[p + 1]!, gram, (_, h) => {
        const m = mix(h);
        const x = at[m >>> (32 - BITS)]!++;
        this.paragraphs[x] = p;
        this.tags[x] = m & 0xffff;
      });
    this.offsets = offsets;
  }

  /** Bytes held: what the index costs (README's table). */
  get bytes(): number {
    return this.offsets.byteLength + this.paragraphs.byteLength + this.tags.byteLength;
  }

  /**
   * Marks in `into` (one byte per paragraph) each paragraph that may hold a window of hash h:
   * every one that does, and a few that do not.
   */
  mark(h: number, into: Uint8Array): void {
    const m = mix(h);
    const b = m >>> (32 - BITS);
    const tag = m & 0xffff;
    for (let x = this.offsets[b]!; x < this.offsets[b + 1]!; x++)
      if (this.tags[x] === tag) into[this.paragraphs[x]!] = 1;
  }
}
