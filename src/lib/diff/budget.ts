/**
 * The work a diff may do, counted in steps rather than wall-clock time, so that a result depends
 * on the texts alone (dmp.ts replaces diff-match-patch's deadline with it).
 */

/**
 * Work a diff may do, counted in steps of the Myers bisection (one diagonal visited or one
 * character matched along it). Shared by the diffs of one paragraph pair, so that a pair cannot
 * spend it many times over; `exhausted` tells that some part was cut short (that part is then
 * one deletion and one insertion: a correct diff, just not a minimal one).
 */
export class Budget {
  exhausted = false;
  constructor(public left: number) {}
  /** Spends n steps; false once the budget is gone. */
  spend(n: number): boolean {
    this.left -= n;
    if (this.left < 0) this.exhausted = true;
    return !this.exhausted;
  }
}

/**
 * Steps one paragraph pair may take: about 0.2 s of work on a laptop. The corpus needs at most
 * a few hundred thousand per pair, a near-copy of 50,000 characters with 1 % edits a few
 * million; two unrelated long paragraphs would need billions, and get an approximate diff.
 */
export const PAIR_BUDGET = 30_000_000;
