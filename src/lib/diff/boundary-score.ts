/**
 * What the boundary passes (boundaries.ts, boundary-fold.ts) share: each side's text with its word
 * edges and slots, the score of a place for a change to start or end, and ops put in a shape the
 * passes can edit in place. The passes move where a change starts and ends, never the text of
 * either side, so a side's word edges are found once and hold throughout.
 */
import { equalOps, mergeOps, textOnA, textOnB, type Op } from './ops.ts';
import { splitsCluster } from './clusters.ts';
import { findSlots } from './slots.ts';
import { wordPieces, wordSegments } from './tokenize.ts';

export interface SideText {
  text: string;
  /**
   * Does a word start or end at this UTF-16 offset (ICU's Chinese dictionary)? Always, where
   * there is no word segmenter: then the word rules are off. Found sentence by sentence, only
   * where asked: the passes ask near the changes, and a long text has few of them.
   */
  isWordEdge: (x: number) => boolean;
  /** UTF-16 offsets strictly inside a slot: a change may never cut one. */
  inSlot: Set<number>;
}

export function sideOf(text: string): SideText {
  const starts: number[] = [];
  const pieces: string[] = [];
  let offset = 0;
  for (const piece of wordPieces(text)) {
    starts.push(offset);
    pieces.push(piece);
    offset += piece.length;
  }
  const edges = new Map<number, Set<number>>();
  const isWordEdge = (x: number) => {
    if (x <= 0 || x >= text.length) return true;
    // The piece that holds x: the last one starting at or before it.
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo]!;
    if (x === start) return true;
    let set = edges.get(lo);
    if (!set) {
      set = new Set<number>();
      let at = start;
      for (const w of wordSegments(pieces[lo]!)) set.add((at += w.length));
      edges.set(lo, set);
    }
    return set.has(x);
  };
  const inSlot = new Set<number>();
  for (const { start, end } of findSlots(text)) for (let x = start + 1; x < end; x++) inSlot.add(x);
  return { text, isWordEdge, inSlot };
}

const SENTENCE_END = /[。！？；…!?;]/u;
const CLOSING = /[”’」』）)]/u;
export const PUNCT_OR_SPACE = /[\p{P}\s]/u;

/**
 * How good offset x is for a change to start or end, higher is better, in the manner of
 * diff-match-patch's diff_cleanupSemanticScore_ but for Chinese: the text's ends 6, a sentence
 * end 5, next to other punctuation or a space 4, a word edge 2, inside a word 0. Never inside a
 * character as a reader sees it (clusters.ts: a surrogate pair, CR LF, an accent) or a slot.
 */
export function boundaryScore(side: SideText, x: number): number {
  const { text } = side;
  if (x <= 0 || x >= text.length) return 6;
  const before = text[x - 1] ?? '';
  const after = text[x] ?? '';
  if (side.inSlot.has(x) || splitsCluster(text, x)) return -Infinity;
  // After 。 (but not between 。 and its closing ”), or after the ” of “……！”.
  if (SENTENCE_END.test(before)) return CLOSING.test(after) ? 1 : 5;
  if (CLOSING.test(before) && SENTENCE_END.test(text[x - 2] ?? '')) return 5;
  if (PUNCT_OR_SPACE.test(before) || PUNCT_OR_SPACE.test(after)) return 4;
  return side.isWordEdge(x) ? 2 : 0;
}

/** A word edge, punctuation or an end of the text: a fine place for a change to stop. */
export const isGood = (side: SideText, x: number): boolean => boundaryScore(side, x) >= 2;

export const commonPrefix = (x: string, y: string): number => {
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
};

export const commonSuffix = (x: string, y: string): number => {
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
};

/** An equal op that reads the same on both sides: the only kind a pass may shorten or grow. */
export const isPlainEqual = (op: Op | undefined): op is Op =>
  op?.kind === 'equal' && op.textB === undefined;

/**
 * Ops ready for a pass: merged, each run of edits as one delete then one insert (the order
 * diff-match-patch gives), equal ops split so that their same-text ends can move, and copied,
 * since the passes edit them in place. Finish a pass with mergeOps.
 */
export function prepare(input: readonly Op[]): Op[] {
  const out: Op[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ kind: 'delete', text: del });
    if (ins) out.push({ kind: 'insert', text: ins });
    del = ins = '';
  };
  for (const op of mergeOps(input)) {
    if (op.kind === 'delete') del += op.text;
    else if (op.kind === 'insert') ins += op.text;
    else {
      flush();
      out.push(...equalOps(op.text, textOnB(op)).map((o) => ({ ...o })));
    }
  }
  flush();
  return out;
}

/** The offsets at which each op starts on side A and on side B. */
export function starts(ops: readonly Op[]): { a: number; b: number }[] {
  let a = 0;
  let b = 0;
  return ops.map((op) => {
    const at = { a, b };
    a += textOnA(op).length;
    b += textOnB(op).length;
    return at;
  });
}
