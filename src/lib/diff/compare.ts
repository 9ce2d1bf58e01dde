/**
 * The live comparison: paragraphs aligned, each pair diffed, then finished like a plan
 * (stats.ts) into the one comparison model (model.ts).
 */
import { alignParagraphs } from './align.ts';
import { refineBoundaries } from './boundaries.ts';
import { Budget, PAIR_BUDGET } from './budget.ts';
import { diffIgnoring } from './ignore.ts';
import { keyedText } from './keys.ts';
import {
  DEFAULT_GRANULARITY,
  type Granularity,
  type PairStats,
  type Cell,
  type Comparison,
  type ComparisonStats,
  type Ignore,
  type Row,
  type Span,
  type Verdict,
} from './model.ts';
import { findMoves, type Move } from './moved.ts';
import { mergeOps, type Op } from './ops.ts';
import { markSlots, toSpans } from './spans.ts';
import { finishComparison, statsOf, verdictOf } from './stats.ts';
import { tokenizerFor, wordsAvailable, type Tokenizer } from './tokenize.ts';

/*
 * The default granularity is characters. Measured on the corpus (changes over its 15 pairs):
 * char 220, word 216, sentence 175; 12, 12 and 10 for speeches 1 and 2. Since the boundary
 * passes, no replacement of the corpus starts or ends inside a word, so characters read like
 * words, yet they keep the shared words a word diff swallows (感觉思想 between two rewritten
 * clauses) and do not hang on the ICU dictionary of the browser. Sentences blow a one-character
 * edit up to a whole sentence.
 */

/**
 * The diff of two paragraphs: tokens, keys, diff-match-patch within the budget, then
 * Chinese-aware boundaries.
 */
export function diffParagraphs(
  a: string,
  b: string,
  tokenize: Tokenizer,
  ignore: ReadonlySet<Ignore> = new Set(),
  budget: Budget = new Budget(PAIR_BUDGET),
): Op[] {
  return refineBoundaries(
    diffIgnoring(tokenize(a), tokenize(b), ignore, { semantic: true, budget }),
  );
}

/**
 * Exact LCS statistics over code points. With ignore options, over the compared text instead:
 * every paragraph's tokens reduced to their keys (punctuation and spaces dropped, widths folded,
 * each slot one unit), so that what is ignored is neither removed nor added. Its cost grows with
 * |A|·|B|: for long texts a comparison estimates it, and this is the step that makes it exact.
 */
export function pairStats(
  a: readonly string[],
  b: readonly string[],
  ignore: readonly Ignore[] = [],
  progress?: (done: number, total: number) => void,
): PairStats {
  const set = new Set(ignore);
  const text = (ps: readonly string[]) =>
    Array.from(set.size ? ps.map((p) => keyedText(p, set)).join('') : ps.join(''));
  return statsOf(text(a), text(b), progress);
}

/**
 * The statistics and verdict of a comparison whose similarity was estimated (`stats.estimate`),
 * made exact by `pairStats`: the step a worker runs after showing the comparison.
 */
export function exactStats(
  comparison: Comparison,
  a: readonly string[],
  b: readonly string[],
  ignore: readonly Ignore[] = [],
  progress?: (done: number, total: number) => void,
): { stats: ComparisonStats; verdict: Verdict } {
  const { slotsA, slotsB } = comparison.stats;
  const stats = { ...pairStats(a, b, ignore, progress), slotsA, slotsB };
  return { stats, verdict: verdictOf(a, b, stats.similarity) };
}

/** The steps of a comparison that report how far they are (`compareTexts` option `progress`). */
export type Step = 'align' | 'diff';

export function compareTexts(
  a: readonly string[],
  b: readonly string[],
  options: {
    /** Characters, words or sentences; see `DEFAULT_GRANULARITY`. */
    granularity?: Granularity;
    /** Differences not to highlight or count; the text shown is never changed. */
    ignore?: readonly Ignore[];
    /** Told now and then how far the comparison is: paragraphs of A aligned, rows diffed. */
    progress?: (step: Step, done: number, total: number) => void;
  } = {},
): Comparison {
  const progress = options.progress ?? (() => {});
  const granularity = options.granularity ?? DEFAULT_GRANULARITY;
  const tokenize = tokenizerFor(granularity);
  const ignore = new Set(options.ignore);
  /** Each paragraph pair has a budget of its own: a hard pair costs only itself precision. */
  const diffOf = (x: string, y: string) => {
    const budget = new Budget(PAIR_BUDGET);
    const ops = diffParagraphs(x, y, tokenize, ignore, budget);
    return { ops, approximate: budget.exhausted };
  };
  let changeCount = 0;
  const next = () => changeCount++;
  // Paragraphs are paired by what is compared: 甲，乙 and 甲乙 are one paragraph under punct.
  const compared = (ps: readonly string[]) =>
    ignore.size ? ps.map((p) => keyedText(p, ignore)) : ps;
  const [ka, kb] = [compared(a), compared(b)];
  const alignment = alignParagraphs(ka, kb, (done) => progress('align', done, ka.length));
  const { rows: aligned, moves } = findMoves(ka, kb, alignment);
  const movesOfA = new Map(moves.map((m) => [m.a, m]));
  const movesOfB = new Map(moves.map((m) => [m.b, m]));
  // A moved paragraph is diffed against its other place once, and its touch-ups are numbered
  // where the first of its two rows comes.
  const movedSpans = new Map<Move, { a: Span[]; b: Span[]; approximate: boolean }>();
  const spansOf = (m: Move) => {
    let spans = movedSpans.get(m);
    if (!spans) {
      const { ops, approximate } = diffOf(a[m.a] ?? '', b[m.b] ?? '');
      movedSpans.set(m, (spans = { ...toSpans(ops, next), approximate }));
    }
    return spans;
  };
  const rows = aligned.map((row, r): Row => {
    progress('diff', r, aligned.length);
    const textA = row.a === null ? null : (a[row.a] ?? '');
    const textB = row.b === null ? null : (b[row.b] ?? '');
    if (row.same && textA !== null && textA === textB) {
      const spans = markSlots([{ kind: 'equal', text: textA, change: null, seq: 0 }]);
      return { a: { index: row.a!, spans }, b: { index: row.b!, spans }, same: true };
    }
    const movedA = row.b === null && row.a !== null ? movesOfA.get(row.a) : undefined;
    if (movedA) {
      const moved = { side: 'b' as const, index: movedA.b };
      const spans = spansOf(movedA);
      const cell: Cell = { index: movedA.a, spans: spans.a, moved };
      return withApproximate(
        { a: cell, b: null, same: false, movedA: movedA.b },
        spans.approximate,
      );
    }
    const movedB = row.a === null && row.b !== null ? movesOfB.get(row.b) : undefined;
    if (movedB) {
      const moved = { side: 'a' as const, index: movedB.a };
      const spans = spansOf(movedB);
      const cell: Cell = { index: movedB.b, spans: spans.b, moved };
      return withApproximate(
        { a: null, b: cell, same: false, movedB: movedB.a },
        spans.approximate,
      );
    }
    const { ops, approximate } =
      textA !== null && textB !== null
        ? diffOf(textA, textB)
        : {
            ops: [
              textA !== null
                ? { kind: 'delete' as const, text: textA }
                : { kind: 'insert' as const, text: textB ?? '' },
            ],
            approximate: false,
          };
    // mergeOps drops the edit of an empty paragraph: nothing to number there.
    const spans = toSpans(mergeOps(ops), next);
    return withApproximate(
      {
        a: row.a === null ? null : { index: row.a, spans: spans.a },
        b: row.b === null ? null : { index: row.b, spans: spans.b },
        same: false,
      },
      approximate,
    );
  });
  const comparison = finishComparison(
    rows,
    a,
    b,
    ignore.size ? { measure: (p) => keyedText(p, ignore) } : {},
  );
  // Word mode without a segmenter compares characters (tokenize.ts): the comparison says so.
  if (granularity === 'word' && !wordsAvailable()) comparison.wordsAsCharacters = true;
  return comparison;
}

const withApproximate = (row: Row, approximate: boolean): Row =>
  approximate ? { ...row, approximate: true } : row;
