/**
 * A comparison worked out ahead of time. For the fixed corpus, `npm run corpus` stores the default
 * comparison of every ordered pair of speeches as plain numbers (rows and span lengths, no text),
 * and the app rebuilds it from the speeches without loading or running any diff code: the first
 * highlighted change of a shared link paints as soon as the page has its data.
 *
 * A plan is a file from the network, so it is checked, not trusted: decoding proves that it lays
 * out both texts exactly, every paragraph once and in order, that its changes are numbered
 * 0 … n − 1 in reading order and its numbers can be right for the texts; anything else is refused
 * with the reason, and the comparison is made live. No number read from a plan sizes anything.
 */
import type { Cell, Comparison } from '../model.ts';

/**
 * One row: A's and B's paragraph (−1 for none), flags (1: both are the same text; 2: the diff was
 * cut short by its budget), then each side's spans as quadruples (kind: 0 equal, 1 delete,
 * 2 insert, plus 4 for a slot; length in UTF-16 units; change number or −1; diff operation
 * number `seq`), and for a moved paragraph the other side's paragraph (−1 for none).
 */
export type PlanRow = [
  a: number,
  b: number,
  flags: number,
  spansA: number[],
  spansB: number[],
  movedA?: number,
  movedB?: number,
];

export interface Plans {
  /** The corpus the plans were made from (its source's SHA-256). */
  sha256: string;
  /** `${a}-${b}` → rows. */
  pairs: Record<string, PlanRow[]>;
  /**
   * `${a}-${b}` with a < b → the exact LCS length of the two texts, so that neither the comparison
   * nor the all-pairs table has to run it in the browser.
   */
  lcs: Record<string, number>;
}

/** The precomputed LCS length of speeches a and b, in either order, if the plans have it. */
export const lcsOf = (plans: Plans | null, a: number, b: number): number | undefined =>
  a === b ? undefined : plans?.lcs[`${Math.min(a, b)}-${Math.max(a, b)}`];

export const KINDS = ['equal', 'delete', 'insert'] as const;
export const SAME = 1;
export const APPROXIMATE = 2;

function encodeSpans(cell: Cell | null): number[] {
  return (cell?.spans ?? []).flatMap((s) => [
    KINDS.indexOf(s.kind) | (s.slot ? 4 : 0),
    s.text.length,
    s.change ?? -1,
    s.seq,
  ]);
}

export function encodePlan(comparison: Comparison): PlanRow[] {
  return comparison.rows.map((row) => {
    const out: PlanRow = [
      row.a?.index ?? -1,
      row.b?.index ?? -1,
      (row.same ? SAME : 0) | (row.approximate ? APPROXIMATE : 0),
      encodeSpans(row.a),
      encodeSpans(row.b),
    ];
    if (row.movedA !== undefined || row.movedB !== undefined)
      out.push(row.movedA ?? -1, row.movedB ?? -1);
    return out;
  });
}

/**
 * Plans for every ordered pair of different speeches, in the default comparison; or, for a large
 * collection, only for the pairs (both orders) that `keep` takes (lib/index/most-similar.ts).
 */
export function buildPlans(
  sha256: string,
  speeches: readonly { number: number; paragraphs: readonly string[] }[],
  compare: (a: readonly string[], b: readonly string[]) => Comparison,
  keep: (x: number, y: number) => boolean = () => true,
): Plans {
  const pairs: Record<string, PlanRow[]> = {};
  const lcs: Record<string, number> = {};
  for (const x of speeches) {
    for (const y of speeches) {
      if (x.number === y.number || !keep(x.number, y.number)) continue;
      const comparison = compare(x.paragraphs, y.paragraphs);
      pairs[`${x.number}-${y.number}`] = encodePlan(comparison);
      if (x.number < y.number) lcs[`${x.number}-${y.number}`] = comparison.stats.lcs;
    }
  }
  return { sha256, pairs, lcs };
}
