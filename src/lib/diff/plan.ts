/**
 * A comparison worked out ahead of time. For the fixed corpus, `npm run corpus` stores the default
 * comparison of every ordered pair of speeches as plain numbers (rows and span lengths, no text),
 * and the app rebuilds it from the speeches without loading or running any diff code: the first
 * highlighted change of a shared link paints as soon as the page has its data.
 */
import { countSlots } from './slots.ts';
import { textStats, verdictOf, type Cell, type Comparison, type Row, type Span } from './model.ts';

/**
 * One row: A's and B's paragraph (−1 for none), 1 when both are the same text, then each side's
 * spans as triples (kind: 0 equal, 1 delete, 2 insert, plus 4 for a slot; length in UTF-16 units;
 * change number or −1), and for a moved paragraph the other side's paragraph (−1 for none).
 */
export type PlanRow = [
  a: number,
  b: number,
  same: 0 | 1,
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

const KINDS = ['equal', 'delete', 'insert'] as const;

function encodeSpans(cell: Cell | null): number[] {
  return (cell?.spans ?? []).flatMap((s) => [
    KINDS.indexOf(s.kind) | (s.slot ? 4 : 0),
    s.text.length,
    s.change ?? -1,
  ]);
}

export function encodePlan(comparison: Comparison): PlanRow[] {
  return comparison.rows.map((row) => {
    const out: PlanRow = [
      row.a?.index ?? -1,
      row.b?.index ?? -1,
      row.same ? 1 : 0,
      encodeSpans(row.a),
      encodeSpans(row.b),
    ];
    if (row.movedA !== undefined || row.movedB !== undefined)
      out.push(row.movedA ?? -1, row.movedB ?? -1);
    return out;
  });
}

/** Plans come from a file: their parts are checked where they are read. */
const isList = (x: unknown): x is readonly number[] => Array.isArray(x);

function decodeCell(
  index: number,
  spans: readonly number[],
  paragraphs: readonly string[],
  moved: { side: 'a' | 'b'; index: number } | null,
): Cell | null {
  if (index < 0) return null;
  if (!isList(spans)) throw new RangeError('spans are not a list');
  const text = paragraphs[index];
  if (text === undefined) throw new RangeError(`no paragraph ${index + 1}`);
  const out: Span[] = [];
  let at = 0;
  for (let i = 0; i + 2 < spans.length; i += 3) {
    const [code, length, change] = [spans[i]!, spans[i + 1]!, spans[i + 2]!];
    const kind = KINDS[code & 3];
    if (!kind) throw new RangeError(`bad span kind ${code}`);
    out.push({
      kind,
      text: text.slice(at, (at += length)),
      change: change < 0 ? null : change,
      ...(code & 4 ? { slot: true } : {}),
    });
  }
  if (at !== text.length) throw new RangeError(`paragraph ${index + 1} does not match its plan`);
  return { index, spans: out, ...(moved ? { moved } : {}) };
}

/**
 * Rebuilds a comparison from its plan and the texts; throws when they do not fit together. The
 * statistics come from `lcs` when given, else from an LCS run here.
 */
export function decodePlan(
  plan: readonly PlanRow[],
  a: readonly string[],
  b: readonly string[],
  lcs?: number,
): Comparison {
  let changeCount = 0;
  const rows = plan.map(([ia, ib, same, sa, sb, movedA = -1, movedB = -1]): Row => {
    const row: Row = {
      a: decodeCell(ia, sa, a, movedA >= 0 ? { side: 'b', index: movedA } : null),
      b: decodeCell(ib, sb, b, movedB >= 0 ? { side: 'a', index: movedB } : null),
      same: same === 1,
    };
    if (movedA >= 0) row.movedA = movedA;
    if (movedB >= 0) row.movedB = movedB;
    for (const i of [...sa, ...sb].filter((_, k) => k % 3 === 2))
      changeCount = Math.max(changeCount, i + 1);
    return row;
  });
  // Every paragraph of each side once, in order: a plan can only lay out the texts, not lose any.
  const order = (side: 'a' | 'b') => rows.flatMap((r) => (r[side] ? [r[side].index] : []));
  const inOrder = (indices: number[], n: number) =>
    indices.length === n && indices.every((x, i) => x === i);
  const moved = rows.some((r) => r.movedA !== undefined || r.movedB !== undefined);
  if (!moved && (!inOrder(order('a'), a.length) || !inOrder(order('b'), b.length))) {
    throw new RangeError('the plan does not cover each paragraph once, in order');
  }
  const stats = {
    ...textStats(a, b, lcs),
    slotsA: countSlots(a),
    slotsB: countSlots(b),
  };
  return { rows, changeCount, stats, verdict: verdictOf(a, b, stats.similarity) };
}

/** Plans for every ordered pair of different speeches, in the default comparison. */
export function buildPlans(
  sha256: string,
  speeches: readonly { number: number; paragraphs: readonly string[] }[],
  compare: (a: readonly string[], b: readonly string[]) => Comparison,
): Plans {
  const pairs: Record<string, PlanRow[]> = {};
  const lcs: Record<string, number> = {};
  for (const x of speeches) {
    for (const y of speeches) {
      if (x.number === y.number) continue;
      const comparison = compare(x.paragraphs, y.paragraphs);
      pairs[`${x.number}-${y.number}`] = encodePlan(comparison);
      if (x.number < y.number) lcs[`${x.number}-${y.number}`] = comparison.stats.lcs;
    }
  }
  return { sha256, pairs, lcs };
}

/**
 * Reads plans from JSON, or null when they are not in the expected shape (then compute live).
 * Only the outline is checked here: decodePlan refuses any row that does not fit its texts.
 */
export function validatePlans(json: unknown): Plans | null {
  if (typeof json !== 'object' || json === null) return null;
  const { sha256, pairs, lcs } = json as Partial<Plans>;
  if (typeof sha256 !== 'string' || typeof pairs !== 'object' || pairs === null) return null;
  if (!Object.values(pairs).every(Array.isArray)) return null;
  // LCS lengths that are not whole numbers are left out: then they are computed in the browser.
  const whole =
    typeof lcs === 'object' &&
    lcs !== null &&
    Object.values(lcs).every((n) => Number.isInteger(n) && n >= 0);
  return { sha256, pairs, lcs: whole ? lcs : {} };
}
