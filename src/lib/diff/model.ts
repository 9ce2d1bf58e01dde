/**
 * The comparison model: the one shape of a comparison, whether diffed live (compare.ts) or
 * rebuilt from a plan worked out ahead (plan/). Components render it as it is; navigation,
 * the change strip and the exports read its changes, never the page. Types only, and the
 * defaults the two paths share.
 */
import type { OpKind } from './ops.ts';

/** Differences a reader may choose not to see highlighted (see keys.ts). */
export type Ignore = 'punct' | 'space' | 'width' | 'placeholder';
export const IGNORES: readonly Ignore[] = ['punct', 'space', 'width', 'placeholder'];

/** What a change is made of: only a choice of tokenizer (tokenize.ts). */
export type Granularity = 'char' | 'word' | 'sentence';
export const GRANULARITIES: readonly Granularity[] = ['char', 'word', 'sentence'];

/** Characters: see compare.ts for the measurements behind the choice. */
export const DEFAULT_GRANULARITY: Granularity = 'char';

export interface Span {
  kind: OpKind;
  text: string;
  /** 0-based number of the change this span belongs to; null for unchanged text. */
  change: number | null;
  /**
   * The diff operation this span comes from, counted within its row: the unified view puts the
   * two sides back in diff order with it (under ignore options an equal run may be empty on one
   * side, so the sides cannot simply be zipped).
   */
  seq: number;
  /** True when the span is a template slot (XX, *), filled in by each speaker. */
  slot?: boolean;
  /** True when the span lies in a stock phrase of the collection and the reader muted those. */
  stock?: boolean;
  /**
   * Set by the view (render/invisible.ts) on a span that is one invisible character (a
   * zero-width space, a bidi control): the short name of the marker shown for it.
   */
  invisible?: string;
}

export interface Cell {
  /** 0-based paragraph index in its speech. */
  index: number;
  spans: Span[];
  /**
   * Set when this paragraph was moved: it is paragraph `index` of the other side (`side`), in
   * another row. Its spans are then equal text, plus any touch-ups against that paragraph.
   */
  moved?: { side: 'a' | 'b'; index: number };
}

export interface Row {
  a: Cell | null;
  b: Cell | null;
  same: boolean;
  /** A's paragraph in this row appears as this paragraph of B, elsewhere (see `Cell.moved`). */
  movedA?: number;
  /** B's paragraph in this row appears as this paragraph of A, elsewhere. */
  movedB?: number;
  /**
   * The diff of this row was cut short by its work budget (dmp.ts): correct (each side shows its
   * text) but not minimal, some shared text shown as removed and added.
   */
  approximate?: true;
}

/**
 * One change, as CodeMirror's merge view keeps a chunk (@codemirror/merge, src/chunk.ts): where
 * it is in each text, as UTF-16 offsets into the paragraphs joined with '\n'. A change with
 * nothing on one side has from = to there: the place it would be.
 */
export interface Change {
  /** The first row it shows in (a moved paragraph's touch-ups show in two). */
  row: number;
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

export interface PairStats {
  /** Code points of each text (paragraph breaks not counted). */
  lengthA: number;
  lengthB: number;
  /**
   * Longest common subsequence, in code points: exact, unless `estimate` (then the common text
   * the diff found, a lower bound).
   */
  lcs: number;
  /** 2·LCS / (|A| + |B|), from 0 to 1. */
  similarity: number;
  removed: number;
  added: number;
  /** The LCS was too long to run here (stats.ts `EXACT_LCS_CELLS`): `lcs` is a lower bound. */
  estimate?: true;
}

export interface ComparisonStats extends PairStats {
  /** Template slots (XX, *) in each text. */
  slotsA: number;
  slotsB: number;
}

export type Verdict = 'identical' | 'whitespace' | 'nearly' | 'largely' | 'partly' | 'different';

export interface Comparison {
  rows: Row[];
  /** Every change, change k at index k, in reading order. */
  changes: Change[];
  stats: ComparisonStats;
  verdict: Verdict;
  /** Some row's diff was cut short by its budget (see `Row.approximate`). */
  approximate?: true;
  /**
   * Words were asked for where no word segmenter is (no Intl.Segmenter): the words compared are
   * characters, and the view says so.
   */
  wordsAsCharacters?: true;
}
