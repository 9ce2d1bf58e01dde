/**
 * Pairs the paragraphs of two texts: a paragraph-level diff finds the ones that are equal, then
 * inside each changed block the removed and added paragraphs are paired by similarity, keeping
 * their order, so that a rewritten paragraph sits opposite its original.
 *
 * Near-linear in the number of paragraphs: the paragraph diff is budgeted like any diff
 * (dmp.ts), each paragraph's 4-grams are gathered once, and a large block is paired through the
 * pairs alike enough to score (grams.ts) and their heaviest chain.
 */
import { heaviestChain } from '../heaviest-chain.ts';
import { Budget, PAIR_BUDGET } from './budget.ts';
import { diffTokenCounts } from './dmp.ts';
import { DENSE_PAIRS, diceOfGrams, gramsOf, similarPairs, type Grams } from './grams.ts';

/** One row of the side-by-side view: a paragraph of A, of B, or of both (indices, 0-based). */
export interface AlignedRow {
  a: number | null;
  b: number | null;
  /** True when both sides are the same paragraph text. */
  same: boolean;
}

/**
 * Two paragraphs are a pair when at least this share of their character 4-grams is common (Dice).
 * Measured on the corpus: paragraphs that reuse a sentence score 0.3 to 0.45, unrelated ones
 * 0 to 0.05 (a few stock 4-grams such as 习近平总书 occur everywhere).
 */
const PAIR_THRESHOLD = 0.1;

/** Monotone pairing of removed against added paragraphs maximising total similarity. */
function pairBlock(
  a: readonly Grams[],
  b: readonly Grams[],
  aStart: number,
  bStart: number,
  progress: (done: number) => void,
): AlignedRow[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return [
      ...a.map((_, i) => ({ a: aStart + i, b: null, same: false })),
      ...b.map((_, j) => ({ a: null, b: bStart + j, same: false })),
    ];
  }
  if (n * m > DENSE_PAIRS) {
    const rows: AlignedRow[] = [];
    let [i, j] = [0, 0];
    const pairs = similarPairs(a, b, PAIR_THRESHOLD, (i) => progress(aStart + i));
    // Each pair a link from its paragraph of A to its paragraph of B, weighed by similarity.
    for (const p of heaviestChain(pairs, m, (p) => ({ x: p.i, y: p.j, weight: p.similarity }))) {
      while (i < p.i) rows.push({ a: aStart + i++, b: null, same: false });
      while (j < p.j) rows.push({ a: null, b: bStart + j++, same: false });
      rows.push({ a: aStart + i++, b: bStart + j++, same: a[p.i]!.text === b[p.j]!.text });
    }
    while (i < n) rows.push({ a: aStart + i++, b: null, same: false });
    while (j < m) rows.push({ a: null, b: bStart + j++, same: false });
    return rows;
  }
  const sim = a.map((x) => b.map((y) => diceOfGrams(x, y)));
  // score[i][j]: best total for a[i..] against b[j..].
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const pair = s >= PAIR_THRESHOLD ? s + score[i + 1]![j + 1]! : -1;
      score[i]![j] = Math.max(pair, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m) {
      const s = sim[i]![j]!;
      if (s >= PAIR_THRESHOLD && score[i]![j] === s + score[i + 1]![j + 1]!) {
        rows.push({ a: aStart + i, b: bStart + j, same: a[i]!.text === b[j]!.text });
        [i, j] = [i + 1, j + 1];
        continue;
      }
      if (score[i]![j] === score[i + 1]![j]) rows.push({ a: aStart + i++, b: null, same: false });
      else rows.push({ a: null, b: bStart + j++, same: false });
    } else if (i < n) rows.push({ a: aStart + i++, b: null, same: false });
    else rows.push({ a: null, b: bStart + j++, same: false });
  }
  return rows;
}

/** `progress` is told how many paragraphs of A are aligned, now and then. */
export function alignParagraphs(
  a: readonly string[],
  b: readonly string[],
  progress: (done: number) => void = () => {},
): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let ai = 0;
  let bi = 0;
  let removedFrom = 0;
  let addedFrom = 0;
  const flush = () => {
    const removed = a.slice(removedFrom, ai).map(gramsOf);
    const added = b.slice(addedFrom, bi).map(gramsOf);
    for (const row of pairBlock(removed, added, removedFrom, addedFrom, progress)) rows.push(row);
    progress(ai);
  };
  // A minimal paragraph diff within the budget; past it, a block is left to the pairing.
  const options = { semantic: false, halfMatch: false, budget: new Budget(PAIR_BUDGET) };
  for (const { kind, count } of diffTokenCounts(a, b, options)) {
    if (kind === 'equal') {
      flush();
      for (let k = 0; k < count; k++) rows.push({ a: ai++, b: bi++, same: true });
      removedFrom = ai;
      addedFrom = bi;
    } else if (kind === 'delete') ai += count;
    else bi += count;
  }
  flush();
  return rows;
}
