/**
 * The inverted index: selected fingerprints grouped by hash. One counting sort over the low bits
 * of the hash (already mixed, winnow.ts) rather than a Map of arrays: millions of fingerprints
 * stay in four typed arrays, and each bucket keeps the order of texts, which find.ts relies on.
 */
/** Selected fingerprints, in order of text and position, and the same grouped by hash. */
export interface Postings {
  /** Per fingerprint, in order of text then position: its hash, position in codes, text. */
  hash: Int32Array;
  position: Int32Array;
  text: Int32Array;
  /** Per text, the index of its first fingerprint; one more entry: the count. */
  first: Int32Array;
  /** hash & mask picks a bucket; bucket j holds postings [start[j], start[j + 1]). */
  mask: number;
  start: Int32Array;
  /** The postings by bucket, each bucket in order of text then position. */
  byHash: Int32Array;
}

/** Groups fingerprints by hash with one counting sort: buckets keep the order of texts. */
export function bucket(
  hash: Int32Array,
  position: Int32Array,
  text: Int32Array,
  first: Int32Array,
): Postings {
  let size = 1024;
  while (size < hash.length) size *= 2;
  const mask = size - 1;
  const start = new Int32Array(size + 1);
  for (let i = 0; i < hash.length; i++) start[(hash[i]! & mask) + 1]!++;
  for (let j = 0; j < size; j++) start[j + 1]! += start[j]!;
  const cursor = start.slice(0, size);
  const byHash = new Int32Array(hash.length);
  for (let i = 0; i < hash.length; i++) byHash[cursor[hash[i]! & mask]!++] = i;
  return { hash, position, text, first, mask, start, byHash };
}
