/**
 * The messages between the page and the comparison worker, and the page's side of it: one
 * request at a time, a new one terminates the worker still busy with the old (its result is
 * never shown), and only messages of the current request get through.
 */
import type { Step } from '../diff/compare.ts';
import type { Comparison, ComparisonStats, Granularity, Ignore, Verdict } from '../diff/model.ts';
import { unpackComparison, type PackedComparison } from '../diff/pack.ts';
import type { RowsSummary } from '../render/summary.ts';
import type { PairPassage } from '../reuse/pair.ts';
import type { SpeechText } from '../reuse/passages.ts';
import { WorkerRunner, type RunnerWorker } from './runner.ts';

export interface CompareRequest {
  id: number;
  a: string[];
  b: string[];
  granularity: Granularity;
  ignore: Ignore[];
  /** The collection, to find its stock phrases in both texts (reuse/stock.ts); else none. */
  collection?: SpeechText[];
}

/** Code point ranges of stock phrases, per paragraph of each side. */
export interface StockRanges {
  a: [number, number][][];
  b: [number, number][][];
}

/** What the worker finds besides the comparison, sent right after it (an `extras` message). */
export interface Extras {
  stock?: StockRanges;
  /** For two mostly different texts: the passages they share (reuse/pair.ts). */
  passages?: PairPassage[];
}

/** How far a step is: paragraphs of A aligned, rows diffed, or the exact LCS's text scanned. */
export type Progress = { step: Step | 'exact'; done: number; total: number };

/** Messages that follow a `done`, in this order, each when the request calls for it. */
export type Later = 'extras' | 'exact';

export type CompareResponse =
  | { id: number; type: 'started' }
  /**
   * `packed`: the comparison (diff/pack.ts: the page reads it in a fraction of the time of a
   * structured clone, its spans cut from the texts it sent), its rows as the view shows them;
   * `summary`: what the view reads off those rows (render/summary.ts shownRows).
   * `pending`: the messages still to come for this request (none when absent).
   */
  | {
      id: number;
      type: 'done';
      packed: PackedComparison;
      summary: RowsSummary;
      ms: number;
      pending?: Later[];
    }
  | { id: number; type: 'error'; message: string }
  | ({ id: number; type: 'progress' } & Progress)
  /** After a `done`, when the request had a collection or the texts are mostly different. */
  | ({ id: number; type: 'extras' } & Extras)
  /** After a `done` whose similarity is an estimate: the exact figures. */
  | { id: number; type: 'exact'; stats: ComparisonStats; verdict: Verdict };

/** What the page needs of a Worker; tests hand in a fake. */
export type WorkerLike = RunnerWorker<CompareRequest>;

export function isResponse(data: unknown): data is CompareResponse {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (typeof m.id !== 'number') return false;
  if (m.type === 'started') return true;
  if (m.type === 'progress') return typeof m.done === 'number' && typeof m.total === 'number';
  if (m.type === 'exact') return typeof m.stats === 'object' && m.stats !== null;
  if (m.type === 'extras') return true;
  if (m.type === 'done')
    return [m.packed, m.summary].every((x) => typeof x === 'object' && x !== null);
  return m.type === 'error' && typeof m.message === 'string';
}

export type Outcome =
  | { type: 'done'; comparison: Comparison; summary: RowsSummary; ms: number }
  | { type: 'error'; message: string }
  | { type: 'cancelled' };

/** What the page hears of a request besides its outcome. */
export interface Listener {
  progress?: (progress: Progress) => void;
  /** What the worker found besides the comparison, after it. */
  extras?: (extras: Extras) => void;
  /** The exact statistics, after a comparison that estimated them. */
  exact?: (exact: { stats: ComparisonStats; verdict: Verdict }) => void;
}

/**
 * Runs comparisons in a worker made by `create`. `run` resolves with the outcome; a request
 * overtaken by a newer one (or by `cancel`) resolves as cancelled, and its worker is terminated
 * if it was still working. A worker that finished is kept for the next request. After the result
 * the worker may go on (`done.pending`): the stock phrases and shared passages
 * (`listener.extras`), the exact similarity of an estimate (`listener.exact`). Until the last of
 * these it is still busy, and a new request or `cancel` terminates it.
 */
export class CompareRunner {
  #runner: WorkerRunner<
    CompareRequest,
    { comparison: Comparison; summary: RowsSummary; ms: number }
  >;

  constructor(create: () => WorkerLike) {
    this.#runner = new WorkerRunner(create, () => undefined);
  }

  /** Requests made so far; the id of the current one. */
  get current(): number {
    return this.#runner.current;
  }

  async run(request: Omit<CompareRequest, 'id'>, listener: Listener = {}): Promise<Outcome> {
    /** Messages still to come after `done`. */
    let pending: Later[] = [];
    const outcome = await this.#runner.run(request, (data, id, more) => {
      if (!isResponse(data) || data.id !== id) return undefined;
      if (data.type === 'done') {
        let comparison: Comparison;
        try {
          comparison = unpackComparison(data.packed, request.a, request.b);
        } catch (error) {
          more(false);
          return { type: 'error', message: error instanceof Error ? error.message : String(error) };
        }
        pending = data.pending ?? [];
        more(pending.length > 0);
        return { type: 'done', value: { comparison, summary: data.summary, ms: data.ms } };
      }
      if (data.type === 'error') {
        pending = [];
        more(false);
        return { type: 'error', message: data.message };
      }
      if (data.type === 'progress') listener.progress?.(data);
      else if ((data.type === 'extras' || data.type === 'exact') && pending.includes(data.type)) {
        pending = pending.filter((p) => p !== data.type);
        more(pending.length > 0);
        if (data.type === 'extras') {
          const { stock, passages } = data;
          listener.extras?.({ ...(stock ? { stock } : {}), ...(passages ? { passages } : {}) });
        } else listener.exact?.({ stats: data.stats, verdict: data.verdict });
      }
      return undefined;
    });
    return outcome.type === 'done' ? { type: 'done', ...outcome.value } : outcome;
  }

  /** Ends the current request, if any: its worker is terminated, its promise says cancelled. */
  cancel(): void {
    this.#runner.cancel();
  }

  /** Terminates the worker for good (the page is leaving). */
  dispose(): void {
    this.#runner.dispose();
  }
}
