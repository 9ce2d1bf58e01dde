/**
 * What the views show of the reuse analysis, worked out from the state (app.svelte.ts, whose
 * $derived fields call these): the pair's shares and stock ranges, the single speech's marks, and
 * the texts a worker takes to find stock phrases.
 */
import type { Corpus, Speech } from '../corpus/types.ts';
import type { ReuseIndex } from '../reuse/passages.ts';
import type { KeptCollection } from '../worker/compare.ts';
import type { ReuseModule } from './platform.ts';

/** Shares of reused text in a pair, for the comparison's verdict and legend. */
export interface PairReuse {
  reusedA: number;
  reusedB: number;
  stockA: number;
  stockB: number;
  minLength: number;
}

/** Code point ranges of stock phrases, per paragraph, of each side of a comparison. */
export interface PairStock {
  a: (readonly [number, number])[][];
  b: (readonly [number, number])[][];
}

/** A collection's texts as a worker takes them; none (sha256 'none') where there are none. */
export function workerTextsOf(active: Corpus | null): KeptCollection {
  return active
    ? {
        type: 'collection',
        sha256: active.sha256,
        speeches: active.speeches.map((s) => ({
          number: s.number,
          paragraphs: s.paragraphs,
        })),
      }
    : { type: 'collection', sha256: 'none', speeches: [] };
}

export function pairReuseOf(
  a: Speech | null,
  b: Speech | null,
  reuse: ReuseIndex | null,
  module: ReuseModule | null,
): PairReuse | null {
  if (!a || !b || !reuse || !module) return null;
  return {
    ...reuse.coverage(a.number, b.number),
    stockA: reuse.stockShare(a.number),
    stockB: reuse.stockShare(b.number),
    minLength: module.MIN_PASSAGE,
  };
}

/** Stock ranges of both sides, only while the reader mutes stock phrases (`mute`). */
export function pairStockOf(
  a: Speech | null,
  b: Speech | null,
  reuse: ReuseIndex | null,
  mute: boolean,
): PairStock | null {
  if (!a || !b || !reuse || !mute) return null;
  const ranges = (s: Speech) => s.paragraphs.map((_, p) => reuse.stockRanges(s.number, p));
  return { a: ranges(a), b: ranges(b) };
}

/** What the single-speech view shows of reuse; all null until the analysis is here. */
export function speechReuseOf(
  speech: Speech | null,
  reuse: ReuseIndex | null,
  module: ReuseModule | null,
) {
  if (!speech || !reuse || !module) return { marks: null, reused: null, twins: null, stock: null };
  const n = speech.number;
  return {
    marks: module.marksFor(reuse, n),
    reused: reuse.reused(n),
    twins: { speeches: reuse.twins(n), elsewhere: reuse.reusedElsewhere(n) },
    stock: reuse.stockShare(n),
  };
}
