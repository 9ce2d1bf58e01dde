/**
 * The view model of a comparison: paragraph rows, each side's text as spans, change numbers for
 * navigation, and the statistics. Pure data, rendered as it is by the components.
 */
import { alignParagraphs } from './align.ts';
import { codePoints, diffTokens } from './dmp.ts';
import { lcsLength } from './lcs.ts';
import { mergeOps, type Op, type OpKind } from './ops.ts';

export interface Span {
  kind: OpKind;
  text: string;
  /** 0-based number of the change this span belongs to; null for unchanged text. */
  change: number | null;
}

export interface Cell {
  /** 0-based paragraph index in its speech. */
  index: number;
  spans: Span[];
}

export interface Row {
  a: Cell | null;
  b: Cell | null;
  same: boolean;
}

export interface PairStats {
  /** Code points of each text (paragraph breaks not counted). */
  lengthA: number;
  lengthB: number;
  /** Exact longest common subsequence, in code points. */
  lcs: number;
  /** 2·LCS / (|A| + |B|), from 0 to 1. */
  similarity: number;
  removed: number;
  added: number;
}

export type Verdict = 'identical' | 'whitespace' | 'nearly' | 'largely' | 'partly' | 'different';

export interface Comparison {
  rows: Row[];
  changeCount: number;
  stats: PairStats;
  verdict: Verdict;
}

export type Tokenizer = (paragraph: string) => string[];

export interface CompareOptions {
  /** How a paragraph becomes tokens; characters (code points) by default. */
  tokenize?: Tokenizer;
}

/** Seconds one paragraph pair may take: far above what the corpus needs, a bound for odd input. */
export const DIFF_TIMEOUT = 1;

export function pairStats(a: readonly string[], b: readonly string[]): PairStats {
  const ca = codePoints(a.join(''));
  const cb = codePoints(b.join(''));
  const lcs = lcsLength(ca, cb);
  const total = ca.length + cb.length;
  return {
    lengthA: ca.length,
    lengthB: cb.length,
    lcs,
    similarity: total === 0 ? 1 : (2 * lcs) / total,
    removed: ca.length - lcs,
    added: cb.length - lcs,
  };
}

const withoutSpace = (paragraphs: readonly string[]) => paragraphs.join('').replace(/\s+/gu, '');

export function verdictOf(a: readonly string[], b: readonly string[], similarity: number): Verdict {
  if (a.join('\n') === b.join('\n')) return 'identical';
  if (withoutSpace(a) === withoutSpace(b)) return 'whitespace';
  if (similarity >= 0.9) return 'nearly';
  if (similarity >= 0.6) return 'largely';
  // Unrelated Chinese texts share 15–25% of characters by chance of the language alone.
  if (similarity >= 0.35) return 'partly';
  return 'different';
}

/** Numbers the changes of one row's ops: each run of non-equal ops is one change. */
function toSpans(ops: readonly Op[], next: () => number): { a: Span[]; b: Span[] } {
  const a: Span[] = [];
  const b: Span[] = [];
  let current: number | null = null;
  for (const op of ops) {
    if (op.kind === 'equal') {
      current = null;
      a.push({ kind: 'equal', text: op.text, change: null });
      b.push({ kind: 'equal', text: op.text, change: null });
      continue;
    }
    current ??= next();
    (op.kind === 'delete' ? a : b).push({ kind: op.kind, text: op.text, change: current });
  }
  return { a, b };
}

export function compareTexts(
  a: readonly string[],
  b: readonly string[],
  options: CompareOptions = {},
): Comparison {
  const tokenize = options.tokenize ?? codePoints;
  let changeCount = 0;
  const next = () => changeCount++;
  const rows: Row[] = alignParagraphs(a, b).map((row): Row => {
    const textA = row.a === null ? null : (a[row.a] ?? '');
    const textB = row.b === null ? null : (b[row.b] ?? '');
    if (row.same && textA !== null) {
      const spans = [{ kind: 'equal' as const, text: textA, change: null }];
      return { a: { index: row.a!, spans }, b: { index: row.b!, spans }, same: true };
    }
    const ops = mergeOps(
      textA !== null && textB !== null
        ? diffTokens(tokenize(textA), tokenize(textB), { timeout: DIFF_TIMEOUT, semantic: true })
        : textA !== null
          ? [{ kind: 'delete', text: textA }]
          : [{ kind: 'insert', text: textB ?? '' }],
    );
    const spans = toSpans(ops, next);
    return {
      a: row.a === null ? null : { index: row.a, spans: spans.a },
      b: row.b === null ? null : { index: row.b, spans: spans.b },
      same: false,
    };
  });
  const stats = pairStats(a, b);
  return { rows, changeCount, stats, verdict: verdictOf(a, b, stats.similarity) };
}
