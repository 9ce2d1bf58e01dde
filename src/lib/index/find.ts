/**
 * From common fingerprints to maximal runs. Text a looks up each of its fingerprints among the
 * postings of texts after it; a posting with the same hash is a candidate (a, b, ga, gb), checked
 * against the characters themselves (a hash collision is dropped there) and extended left and
 * right to its maximal run, which separators end at paragraph boundaries.
 *
 * Cost. A run of length L shared by a pair holds about 2L / (w + 1) fingerprints, each met as a
 * candidate; only the first is extended (O(L) comparisons), the others are skipped with one Map
 * look-up as covered by a run already found on the same diagonal of the same pair. A fingerprint
 * in n texts costs n(n − 1)/2 such look-ups: a stock phrase in hundreds of texts is paid per pair
 * that has it, which is also the size of the answer (every pair sharing it has that run). The
 * answer itself is the limit: a phrase in most of 10,000 texts puts 50 million pairs in it.
 */
import { Column } from './column.ts';
import type { Layout } from './layout.ts';
import { offsetOf } from './layout.ts';
import type { Postings } from './postings.ts';

/** The pairs found and their runs, as columns: a collection yields hundreds of thousands. */
export interface PairColumns {
  /** The pair's texts, a < b. */
  a: Int32Array;
  b: Int32Array;
  /** Its runs are runs [first, first + count). */
  first: Int32Array;
  count: Int32Array;
  /** Characters of a, and of b, inside at least one of the pair's runs. */
  coveredA: Int32Array;
  coveredB: Int32Array;
}

/** Maximal runs: offsets into each text's normalized code points, and the common length. */
export interface RunColumns {
  fromA: Int32Array;
  fromB: Int32Array;
  length: Int32Array;
}

/** Finds the runs of one text at a time against the texts after it, into growing columns. */
export class RunFinder {
  private readonly pairs = {
    a: new Column(),
    b: new Column(),
    first: new Column(),
    count: new Column(),
    coveredA: new Column(),
    coveredB: new Column(),
  };
  private readonly runs = { fromA: new Column(), fromB: new Column(), length: new Column() };
  // The current text's runs, before they are sorted into pairs.
  private readonly found = {
    b: new Column(),
    ga: new Column(),
    gb: new Column(),
    length: new Column(),
  };
  // The end in a of the last run found on each diagonal with each text b (keyed by both): a
  // later candidate on that diagonal before that end lies inside the run, already extended.
  // Runs on one diagonal are disjoint and found in order of position, so the last one suffices.
  private readonly reach = new Map<number, number>();
  private readonly span: number;

  constructor(
    private readonly layout: Layout,
    private readonly postings: Postings,
    private readonly k: number,
    private readonly minRun: number,
  ) {
    // Diagonals gb − ga lie strictly between −codes.length and codes.length.
    this.span = 2 * layout.codes.length;
  }

  /** Runs of text a with every text after it. */
  text(a: number): void {
    const { codes } = this.layout;
    const { hash, position, text, first, mask, start, byHash } = this.postings;
    const found = this.found;
    for (let f = first[a]!; f < first[a + 1]!; f++) {
      const h = hash[f]!;
      const ga = position[f]!;
      const j = h & mask;
      // Buckets are in order of text: the texts after a are at the bucket's end.
      for (let e = start[j + 1]! - 1; e >= start[j]!; e--) {
        const p = byHash[e]!;
        const b = text[p]!;
        if (b <= a) break;
        if (hash[p] !== h) continue;
        const gb = position[p]!;
        const diagonal = b * this.span + gb - ga + this.layout.codes.length;
        if ((this.reach.get(diagonal) ?? -1) > ga) continue;
        let right = 0;
        while (codes[ga + right] === codes[gb + right]) right++;
        if (right < this.k) continue; // a hash collision: the grams differ
        let left = 0;
        while (codes[ga - left - 1] === codes[gb - left - 1]) left++;
        if (left + right >= this.minRun) {
          found.b.push(b);
          found.ga.push(ga - left);
          found.gb.push(gb - left);
          found.length.push(left + right);
        }
        // Shorter runs too: the run's other fingerprints would extend to it again.
        this.reach.set(diagonal, ga + right);
      }
    }
    this.flush(a);
  }

  /** Sorts the text's runs into pairs, counts what they cover, and empties the scratch. */
  private flush(a: number): void {
    const { b, ga, gb, length } = this.found;
    const order = Array.from({ length: b.length }, (_, i) => i);
    order.sort(
      (x, y) => b.data[x]! - b.data[y]! || ga.data[x]! - ga.data[y]! || gb.data[x]! - gb.data[y]!,
    );
    for (let i = 0; i < order.length;) {
      const other = b.data[order[i]!]!;
      let end = i;
      while (end < order.length && b.data[order[end]!] === other) end++;
      const group = order.slice(i, end);
      this.pairs.a.push(a);
      this.pairs.b.push(other);
      this.pairs.first.push(this.runs.length.length);
      this.pairs.count.push(group.length);
      this.pairs.coveredA.push(
        union(
          group.map((r) => ga.data[r]!),
          group.map((r) => length.data[r]!),
        ),
      );
      const byB = [...group].sort((x, y) => gb.data[x]! - gb.data[y]!);
      this.pairs.coveredB.push(
        union(
          byB.map((r) => gb.data[r]!),
          byB.map((r) => length.data[r]!),
        ),
      );
      for (const r of group) {
        this.runs.fromA.push(offsetOf(this.layout, a, ga.data[r]!));
        this.runs.fromB.push(offsetOf(this.layout, other, gb.data[r]!));
        this.runs.length.push(length.data[r]!);
      }
      i = end;
    }
    b.length = ga.length = gb.length = length.length = 0;
    this.reach.clear();
  }

  done(): { pairs: PairColumns; runs: RunColumns } {
    const p = this.pairs;
    const r = this.runs;
    return {
      pairs: {
        a: p.a.done(),
        b: p.b.done(),
        first: p.first.done(),
        count: p.count.done(),
        coveredA: p.coveredA.done(),
        coveredB: p.coveredB.done(),
      },
      runs: { fromA: r.fromA.done(), fromB: r.fromB.done(), length: r.length.done() },
    };
  }
}

/** Characters inside at least one of the stretches [from, from + length), sorted by from. */
function union(from: readonly number[], length: readonly number[]): number {
  let total = 0;
  let reach = -Infinity;
  for (let i = 0; i < from.length; i++) {
    const end = from[i]! + length[i]!;
    if (end <= reach) continue;
    total += end - Math.max(from[i]!, reach);
    reach = end;
  }
  return total;
}
