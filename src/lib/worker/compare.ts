/**
 * The messages between the page and the comparison worker, and the page's side of it: a
 * WorkerClient (client.svelte.ts) that reads them. One request at a time, a new one terminates
 * the worker still busy with the old (its result is never shown), and only messages of the
 * current request get through. The collection whose stock phrases are found is sent once, kept
 * by the worker (`keep`), and a request only asks for them (`stock`).
 */
import type { Step } from '../diff/compare.ts';
import type { Comparison, ComparisonStats, Granularity, Ignore, Verdict } from '../diff/model.ts';
import { unpackComparison, type PackedComparison } from '../diff/pack.ts';
import type { RowsSummary } from '../render/summary.ts';
import type { PairPassage } from '../reuse/pair.ts';
import type { SpeechText } from '../reuse/passages.ts';
import { WorkerClient, type Job } from './client.svelte.ts';
import type { RunnerWorker } from './runner.ts';

export interface CompareRequest {
  id: number;
  a: string[];
  b: string[];
  granularity: Granularity;
  ignore: Ignore[];
  /** Find the stock phrases of the collection the worker keeps in both texts (reuse/stock.ts). */
  stock?: boolean;
}

/** The collection the own-text worker keeps, sent once (WorkerClient.keep), named by its hash. */
export interface KeptCollection {
  type: 'collection';
  sha256: string;
  speeches: SpeechText[];
}

export function isKeptCollection(data: unknown): data is KeptCollection {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === 'collection' && typeof m.sha256 === 'string' && Array.isArray(m.speeches);
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

/** A comparison as the page reads it, with what the view reads off its rows. */
export interface Compared {
  comparison: Comparison;
  summary: RowsSummary;
  ms: number;
}

/** What the page hears of a request besides its outcome. */
export interface Listener {
  /** What the worker found besides the comparison, after it. */
  extras?: (extras: Extras) => void;
  /** The exact statistics, after a comparison that estimated them. */
  exact?: (exact: { stats: ComparisonStats; verdict: Verdict }) => void;
}

/**
 * Runs comparisons in workers made by `job`: a request overtaken by a newer one (or by `cancel`)
 * resolves as cancelled, and its worker is terminated if it was still working. A worker that
 * finished is kept for the next request. After the result the worker may go on
 * (`done.pending`): the stock phrases and shared passages (`listener.extras`), the exact
 * similarity of an estimate (`listener.exact`). Until the last of these it is still working
 * (`going`), and a new request or `cancel` terminates it.
 */
export class CompareClient extends WorkerClient<CompareRequest, Compared, Progress> {
  constructor(job: Omit<Job<CompareRequest, Progress>, 'progress'>) {
    super({ ...job, progress: progressOf }, () => undefined);
  }

  compare(request: Omit<CompareRequest, 'id'>, listener: Listener = {}) {
    /** Messages still to come after `done`. */
    let pending: Later[] = [];
    return this.run(request, (data, id, more) => {
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
      if ((data.type === 'extras' || data.type === 'exact') && pending.includes(data.type)) {
        pending = pending.filter((p) => p !== data.type);
        if (data.type === 'extras') {
          const { stock, passages } = data;
          listener.extras?.({ ...(stock ? { stock } : {}), ...(passages ? { passages } : {}) });
        } else listener.exact?.({ stats: data.stats, verdict: data.verdict });
        more(pending.length > 0);
      }
      return undefined;
    });
  }
}

/** How far the request `id` is, from one of its messages. */
function progressOf(data: unknown, id: number): Progress | undefined {
  if (!isResponse(data) || data.id !== id || data.type !== 'progress') return undefined;
  const { step, done, total } = data;
  return { step, done, total };
}
