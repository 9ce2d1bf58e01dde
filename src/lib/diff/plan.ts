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
import { splitsCluster } from './clusters.ts';
import type { Cell, Comparison, Row, Span } from './model.ts';
import { findSlots } from './slots.ts';
import { lcsLength } from './lcs.ts';
import { commonInOrder, EXACT_LCS_CELLS, finishComparison, lcsFits } from './stats.ts';

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

const KINDS = ['equal', 'delete', 'insert'] as const;
const SAME = 1;
const APPROXIMATE = 2;

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

/** Why a plan was refused. */
export class PlanError extends RangeError {}

function check(ok: boolean, reason: string): asserts ok {
  if (!ok) throw new PlanError(reason);
}

const isIndex = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isList = (x: unknown): x is unknown[] => Array.isArray(x);

/** One side's cell: its spans cut from the paragraph, each checked against it. */
function decodeCell(
  side: 'a' | 'b',
  index: number,
  spans: unknown,
  paragraphs: readonly string[],
  moved: { side: 'a' | 'b'; index: number } | null,
): Cell | null {
  check(Number.isSafeInteger(index) && index >= -1, 'bad paragraph');
  check(isList(spans) && spans.length % 4 === 0, 'bad spans');
  if (index < 0) {
    check(spans.length === 0, 'bad spans');
    return null;
  }
  const text = paragraphs[index];
  check(text !== undefined, `no paragraph ${index + 1} on side ${side}`);
  const slots = findSlots(text);
  const inSlot = (from: number, to: number) => slots.some((r) => r.start <= from && to <= r.end);
  const crossesSlot = (from: number, to: number) =>
    slots.some((r) => (from < r.start && r.start < to) || (from < r.end && r.end < to));
  const out: Span[] = [];
  let at = 0;
  let lastSeq = 0;
  for (let i = 0; i < spans.length; i += 4) {
    const [code, length, change, seq] = spans.slice(i, i + 4);
    check(
      code === 0 || code === 1 || code === 2 || code === 4 || code === 5 || code === 6,
      `bad span kind ${String(code)}`,
    );
    const kind = KINDS[code & 3]!;
    check(kind !== (side === 'a' ? 'insert' : 'delete'), `an ${kind} on side ${side}`);
    check(
      isIndex(length) && length > 0 && at + length <= text.length,
      `paragraph ${index + 1} does not match its plan`,
    );
    check(
      kind === 'equal' ? change === -1 : isIndex(change),
      `bad change number ${String(change)}`,
    );
    check(isIndex(seq) && seq >= lastSeq, `bad operation order ${String(seq)}`);
    const [from, to] = [at, at + length];
    check(
      !splitsCluster(text, from) && !splitsCluster(text, to),
      `a span cuts a character in paragraph ${index + 1}`,
    );
    const slot = (code & 4) !== 0;
    check(
      !crossesSlot(from, to) && slot === inSlot(from, to),
      `slots of paragraph ${index + 1} do not match`,
    );
    out.push({
      kind,
      text: text.slice(from, to),
      change: kind === 'equal' ? null : (change as number),
      seq,
      ...(slot ? { slot: true } : {}),
    });
    at = to;
    lastSeq = seq;
  }
  check(at === text.length, `paragraph ${index + 1} does not match its plan`);
  return { index, spans: out, ...(moved ? { moved } : {}) };
}

/** Each side's paragraphs once, in order: a plan can lay the texts out, never lose or repeat any. */
function checkOrder(rows: readonly Row[], a: readonly string[], b: readonly string[]) {
  for (const [side, n] of [
    ['a', a.length],
    ['b', b.length],
  ] as const) {
    let next = 0;
    for (const row of rows) {
      const cell = row[side];
      if (cell) check(cell.index === next++, `side ${side} is not each paragraph once, in order`);
    }
    check(next === n, `side ${side} is not each paragraph once, in order`);
  }
}

/** A moved paragraph is alone in its row, and its other place points back at it. */
function checkMoves(rows: readonly Row[]) {
  const rowOfB = new Map<number, Row>();
  for (const row of rows) if (row.b) rowOfB.set(row.b.index, row);
  for (const row of rows) {
    if (row.movedA !== undefined) {
      const other = rowOfB.get(row.movedA);
      check(row.b === null && other?.a === null && other.movedB === row.a?.index, 'bad move');
    }
    if (row.movedB !== undefined) check(row.a === null, 'bad move');
  }
}

/**
 * The same text on both sides where the row says so, and the same equal text on both sides for
 * each operation (plans are made without ignore options, where equal means equal).
 */
function checkEquals(rows: readonly Row[]) {
  for (const row of rows) {
    if (row.same) {
      const ok = row.a && row.b && row.a.spans.every((s) => s.kind === 'equal');
      check(
        !!ok &&
          row.a!.spans.map((s) => s.text).join('') === row.b!.spans.map((s) => s.text).join(''),
        'a row marked same is not',
      );
    }
    if (!row.a || !row.b) continue;
    const equal = (cell: Cell) => {
      const bySeq = new Map<number, string>();
      for (const s of cell.spans)
        if (s.kind === 'equal') bySeq.set(s.seq, (bySeq.get(s.seq) ?? '') + s.text);
      return bySeq;
    };
    const [ea, eb] = [equal(row.a), equal(row.b)];
    check(
      ea.size === eb.size && [...ea].every(([seq, text]) => eb.get(seq) === text),
      'equal text differs between the sides',
    );
  }
}

/** Change numbers 0 … n − 1, each first met in reading order (row, then operation). */
function checkChanges(rows: readonly Row[]) {
  // Keyed by number in a Map: a number from the file never sizes an array.
  const first = new Map<number, { row: number; seq: number }>();
  rows.forEach((row, r) => {
    for (const cell of [row.a, row.b]) {
      for (const s of cell?.spans ?? []) {
        if (s.change === null) continue;
        const seen = first.get(s.change);
        if (!seen || r < seen.row || (r === seen.row && s.seq < seen.seq))
          first.set(s.change, { row: r, seq: s.seq });
      }
    }
  });
  let previous = { row: -1, seq: -1 };
  for (let k = 0; k < first.size; k++) {
    const here = first.get(k);
    check(here !== undefined, `change ${k + 1} missing`);
    const inOrder =
      previous.row < here.row || (previous.row === here.row && previous.seq <= here.seq);
    check(inOrder, `change ${k + 1} out of order`);
    previous = here;
  }
}

/**
 * Rebuilds a comparison from its plan and the texts; throws a PlanError saying why when they do
 * not fit together. The statistics come from `lcs` when given (refused unless it is right: no
 * larger than either text, all of both exactly when they are the same, no smaller than the
 * common text the plan itself shows, and the exact LCS where that is quick to run), else from an
 * LCS run here.
 */
export function decodePlan(
  plan: unknown,
  a: readonly string[],
  b: readonly string[],
  lcs?: number,
): Comparison {
  check(isList(plan), 'bad plan');
  const rows = plan.map((entry): Row => {
    check(isList(entry) && (entry.length === 5 || entry.length === 7), 'bad row');
    const [ia, ib, flags, sa, sb, movedA = -1, movedB = -1] = entry as PlanRow;
    check(flags === 0 || flags === 1 || flags === 2 || flags === 3, 'bad row');
    check(Number.isSafeInteger(movedA) && Number.isSafeInteger(movedB), 'bad row');
    check(movedA < 0 || isIndex(b[movedA]?.length), `no paragraph ${movedA + 1} to move to`);
    check(movedB < 0 || isIndex(a[movedB]?.length), `no paragraph ${movedB + 1} to move from`);
    const row: Row = {
      a: decodeCell('a', ia, sa, a, movedA >= 0 ? { side: 'b', index: movedA } : null),
      b: decodeCell('b', ib, sb, b, movedB >= 0 ? { side: 'a', index: movedB } : null),
      same: (flags & SAME) !== 0,
    };
    check(row.a !== null || row.b !== null, 'bad row');
    if (movedA >= 0) row.movedA = movedA;
    if (movedB >= 0) row.movedB = movedB;
    if (flags & APPROXIMATE) row.approximate = true;
    return row;
  });
  checkOrder(rows, a, b);
  checkMoves(rows);
  checkEquals(rows);
  checkChanges(rows);
  if (lcs !== undefined) {
    const [la, lb] = [Array.from(a.join('')).length, Array.from(b.join('')).length];
    check(lcsFits(a, b, la, lb, lcs), `LCS ${lcs} is wrong`);
    check(lcs >= commonInOrder(rows), `LCS ${lcs} is wrong`);
    // Texts of the corpus's size take well under a millisecond to check exactly: then the number
    // is proven, not only plausible (a wrong one showed 6.5 % for 19.0 %).
    if (la * lb <= EXACT_LCS_CELLS) check(exactLcs(a, b) === lcs, `LCS ${lcs} is wrong`);
  }
  return finishComparison(rows, a, b, lcs === undefined ? {} : { lcs });
}

/**
 * The exact LCS length of two texts, run once for them in either order: a pair's two plans
 * (1-2 and 2-1) share one number, and on a phone each run is a few milliseconds of the start.
 */
function exactLcs(a: readonly string[], b: readonly string[]): number {
  const known = exact.get(a)?.get(b) ?? exact.get(b)?.get(a);
  if (known !== undefined) return known;
  const length = lcsLength(Array.from(a.join('')), Array.from(b.join('')));
  let row = exact.get(a);
  if (!row) exact.set(a, (row = new WeakMap()));
  row.set(b, length);
  return length;
}
const exact = new WeakMap<readonly string[], WeakMap<readonly string[], number>>();

/** Comparisons decoded from their plans, by plan: its texts and LCS are checked on every hit. */
const decoded = new WeakMap<
  readonly PlanRow[],
  { a: readonly string[]; b: readonly string[]; lcs: number | undefined; comparison: Comparison }
>();

/**
 * decodePlan, once for a plan and its texts: a pair seen before, or decoded ahead in idle time
 * (src/app/start.ts), comes back at once, and switching pairs only renders. A plan that does not fit
 * throws every time, as decodePlan does.
 */
export function decodePlanOnce(
  plan: readonly PlanRow[],
  a: readonly string[],
  b: readonly string[],
  lcs?: number,
): Comparison {
  const hit = decoded.get(plan);
  if (hit && hit.a === a && hit.b === b && hit.lcs === lcs) return hit.comparison;
  const comparison = decodePlan(plan, a, b, lcs);
  decoded.set(plan, { a, b, lcs, comparison });
  return comparison;
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

/**
 * Reads plans from JSON, or null when they are not in the expected outline (then every
 * comparison is computed live). The rows are checked against the texts by `checkPlans`.
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

/**
 * The plans that fit this corpus: none when made from another version of it; else every pair
 * whose plan decodes against its texts with its LCS length. What is left out is computed live;
 * `problems` says what and why, for the console.
 */
export function checkPlans(
  plans: Plans | null,
  corpus: {
    sha256: string;
    speeches: readonly { number: number; paragraphs: readonly string[] }[];
  },
): { plans: Plans | null; problems: string[] } {
  if (plans === null) return { plans: null, problems: [] };
  if (plans.sha256 !== corpus.sha256) {
    return { plans: null, problems: ['plans.json was made from another version of the corpus'] };
  }
  const byNumber = new Map(corpus.speeches.map((s) => [s.number, s.paragraphs]));
  const problems: string[] = [];
  const pairs: Record<string, PlanRow[]> = {};
  const lcs: Record<string, number> = {};
  for (const [key, plan] of Object.entries(plans.pairs)) {
    const [x = 0, y = 0] = key.split('-').map(Number);
    const [a, b] = [byNumber.get(x), byNumber.get(y)];
    const lcsKey = `${Math.min(x, y)}-${Math.max(x, y)}`;
    const known = plans.lcs[lcsKey];
    try {
      check(a !== undefined && b !== undefined, 'no such pair');
      // Checked with its LCS: a plan and its number stand or fall together. Kept once decoded
      // (decodePlanOnce): the page's comparison and those decoded ahead then come back at once.
      decodePlanOnce(plan, a, b, known);
      pairs[key] = plan;
      if (known !== undefined) lcs[lcsKey] = known;
    } catch (error) {
      problems.push(`plans.json pair ${key}, lcs ${lcsKey}: ${String(error)}`);
    }
  }
  // An LCS is kept only when both orders of its pair were proven with it.
  for (const problem of problems) delete lcs[/lcs (\S+):/u.exec(problem)?.[1] ?? ''];
  return { plans: { sha256: plans.sha256, pairs, lcs }, problems };
}
