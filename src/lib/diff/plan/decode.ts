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
import { splitsCluster } from '../clusters.ts';
import type { Cell, Comparison, Row, Span } from '../model.ts';
import { findSlots } from '../slots.ts';
import { commonInOrder, EXACT_LCS_CELLS, finishComparison, lcsFits } from '../stats.ts';
import {
  check,
  checkChanges,
  checkEquals,
  checkMoves,
  checkOrder,
  exactLcs,
  isIndex,
  isList,
} from './checks.ts';
import { APPROXIMATE, KINDS, SAME, type PlanRow } from './format.ts';

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
