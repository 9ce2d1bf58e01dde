/**
 * The collection index: for N texts, every maximal run of at least K characters that two of them
 * share, within one paragraph of each, found provably (winnow.ts states the guarantee) and
 * checked against the characters (a hash never makes a match). Plus the identical and
 * near-identical groups.
 *
 * Steps, each reporting progress: lay the texts out normalized (layout.ts), select each
 * paragraph's fingerprints (winnow.ts), group them by hash in one counting sort, then for each
 * text in turn find its runs with the texts after it (find.ts). Memory: 4 bytes per character,
 * about 24 per fingerprint (hash, position, text, place by hash, bucket starts), so about 11 per
 * character at K = 13 (fingerprints are 2 / (w + 1) of the positions); 24 per pair and 12 per
 * run found; growing columns double that for a moment when they grow or close. Measured on the
 * bench: 881 MB at its peak for 10,000 texts of 3,000 characters (tools/bench/collection.ts).
 */
import { Column } from './column.ts';
import { RunFinder, type PairColumns, type RunColumns } from './find.ts';
import { identicalGroups, nearGroups } from './groups.ts';
import { LayoutBuilder, type Layout, type TextInput } from './layout.ts';
import { bucket } from './postings.ts';
import { gramsFor, Winnower } from './winnow.ts';

interface IndexOptions {
  /** K: the shortest run reported, in code points (the app uses 8 to 50). */
  minRun: number;
  /** k, the gram length; by default min(K, 8) (winnow.ts). Tests vary it. */
  gram?: number;
}

export interface CollectionIndex {
  minRun: number;
  /** Per text, its count of normalized characters. */
  lengths: Int32Array;
  /** Every pair (a < b, in order of a then b) sharing a run of K or more. */
  pairs: PairColumns;
  runs: RunColumns;
  /** Groups of identical texts (normalized), and groups of identical or near-identical ones. */
  identical: number[][];
  near: number[][];
  /** The texts laid out: where the runs' characters are (their passages, collection/passages.ts). */
  layout: Layout;
}

/** Work between two reports of progress: a few milliseconds of it. */
const CHUNK = 1 << 16;

/**
 * Indexes the texts (numbered by their place in the array), yielding the fraction done every few
 * milliseconds: a worker runs it a chunk at a time and stops by no longer asking for more.
 */
export function* indexCollection(
  texts: readonly TextInput[],
  options: IndexOptions,
): Generator<number, CollectionIndex, void> {
  const grams = gramsFor(options.minRun, options.gram);
  // Share of the time each step takes, roughly as profiled on the bench's 1,000 texts
  // (normalizing is half of it); finding grows faster with the number of texts.
  const [LAYOUT, SELECT, FIND] = [0.4, 0.15, 0.45];
  let work = 0;
  const builder = new LayoutBuilder();
  for (let t = 0; t < texts.length; t++) {
    work += builder.add(texts[t]!);
    if (work >= CHUNK) {
      work = 0;
      yield (LAYOUT * t) / texts.length;
    }
  }
  const layout = builder.done();
  const hash = new Column(layout.codes.length >> 2);
  const position = new Column(layout.codes.length >> 2);
  const text = new Column(layout.codes.length >> 2);
  const first = new Column(texts.length + 1);
  const winnower = new Winnower(grams);
  let t = 0;
  const select = (h: number, p: number) => {
    hash.push(h);
    position.push(p);
    text.push(t);
  };
  for (; t < texts.length; t++) {
    first.push(hash.length);
    for (let e = layout.firstEnd[t]!, from = layout.base[t]!; e < layout.firstEnd[t + 1]!; e++) {
      winnower.paragraph(layout.codes, from, layout.ends[e]!, select);
      from = layout.ends[e]! + 1;
    }
    work += layout.lengths[t]!;
    if (work >= CHUNK) {
      work = 0;
      yield LAYOUT + (SELECT * t) / texts.length;
    }
  }
  first.push(hash.length);
  const postings = bucket(hash.done(), position.done(), text.done(), first.done());
  const finder = new RunFinder(layout, postings, grams.k, options.minRun);
  const total = Math.max(1, postings.hash.length);
  for (let a = 0; a < texts.length; a++) {
    finder.text(a);
    work += postings.first[a + 1]! - postings.first[a]!;
    if (work >= CHUNK) {
      work = 0;
      yield LAYOUT + SELECT + (FIND * postings.first[a + 1]!) / total;
    }
  }
  const { pairs, runs } = finder.done();
  const identical = identicalGroups(layout);
  return {
    minRun: options.minRun,
    lengths: layout.lengths,
    pairs,
    runs,
    identical,
    near: nearGroups(identical, pairs, layout.lengths),
    layout,
  };
}

interface IndexHooks {
  onProgress?: (fraction: number) => void;
  /** Asked between chunks; true stops the work, and the result is null. */
  shouldStop?: () => boolean;
}

/** Indexes the texts at once (in Node, in tests, in a worker that can block). */
export function buildIndex(
  texts: readonly TextInput[],
  options: IndexOptions,
  hooks: IndexHooks = {},
): CollectionIndex | null {
  const steps = indexCollection(texts, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      hooks.onProgress?.(1);
      return step.value;
    }
    hooks.onProgress?.(step.value);
    if (hooks.shouldStop?.()) return null;
  }
}

/** One shared run, in the pair's texts' normalized code points. */
interface Run {
  fromA: number;
  fromB: number;
  length: number;
}

/** The runs texts x and y share, in order of x's offset; [] for a pair sharing none. */
export function runsBetween(index: CollectionIndex, x: number, y: number): Run[] {
  const [a, b] = x < y ? [x, y] : [y, x];
  const { pairs, runs } = index;
  // Pairs are in order of a then b: a binary search finds the pair.
  let [lo, hi] = [0, pairs.a.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs.a[mid]! < a || (pairs.a[mid] === a && pairs.b[mid]! < b)) lo = mid + 1;
    else hi = mid;
  }
  if (pairs.a[lo] !== a || pairs.b[lo] !== b) return [];
  const out: Run[] = [];
  for (let r = pairs.first[lo]!; r < pairs.first[lo]! + pairs.count[lo]!; r++) {
    const [fromA, fromB, length] = [runs.fromA[r]!, runs.fromB[r]!, runs.length[r]!];
    out.push(x < y ? { fromA, fromB, length } : { fromA: fromB, fromB: fromA, length });
  }
  return out.sort((p, q) => p.fromA - q.fromA || p.fromB - q.fromB);
}
