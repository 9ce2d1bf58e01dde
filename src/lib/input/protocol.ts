/**
 * The messages between the page and the comparison worker, and the page's side of it: one
 * request at a time, a new one terminates the worker still busy with the old (its result is
 * never shown), and only messages of the current request get through.
 */
import type { Step } from '../diff/compare.ts';
import type { Comparison, ComparisonStats, Granularity, Ignore, Verdict } from '../diff/model.ts';
import type { PairPassage } from '../reuse/pair.ts';
import type { SpeechText } from '../reuse/passages.ts';

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
  /** `pending`: the messages still to come for this request (none when absent). */
  | { id: number; type: 'done'; comparison: Comparison; ms: number; pending?: Later[] }
  | { id: number; type: 'error'; message: string }
  | ({ id: number; type: 'progress' } & Progress)
  /** After a `done`, when the request had a collection or the texts are mostly different. */
  | ({ id: number; type: 'extras' } & Extras)
  /** After a `done` whose similarity is an estimate: the exact figures. */
  | { id: number; type: 'exact'; stats: ComparisonStats; verdict: Verdict };

/** What the page needs of a Worker; tests hand in a fake. */
export interface WorkerLike {
  postMessage(message: CompareRequest): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

export function isResponse(data: unknown): data is CompareResponse {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (typeof m.id !== 'number') return false;
  if (m.type === 'started') return true;
  if (m.type === 'progress') return typeof m.done === 'number' && typeof m.total === 'number';
  if (m.type === 'exact') return typeof m.stats === 'object' && m.stats !== null;
  if (m.type === 'extras') return true;
  if (m.type === 'done') return typeof m.comparison === 'object' && m.comparison !== null;
  return m.type === 'error' && typeof m.message === 'string';
}

export type Outcome =
  | { type: 'done'; comparison: Comparison; ms: number }
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
  #create: () => WorkerLike;
  #worker: WorkerLike | null = null;
  #busy = false;
  #id = 0;
  #settle: ((outcome: Outcome) => void) | null = null;

  constructor(create: () => WorkerLike) {
    this.#create = create;
  }

  /** Requests made so far; the id of the current one. */
  get current(): number {
    return this.#id;
  }

  run(request: Omit<CompareRequest, 'id'>, listener: Listener = {}): Promise<Outcome> {
    this.#abandon();
    const id = ++this.#id;
    const worker = (this.#worker ??= this.#create());
    this.#busy = true;
    return new Promise<Outcome>((resolve) => {
      this.#settle = resolve;
      /** Messages still to come after `done`. */
      let pending: Later[] = [];
      const finish = (outcome: Outcome) => {
        if (id !== this.#id) return;
        this.#busy = pending.length > 0;
        this.#settle = null;
        resolve(outcome);
      };
      worker.onmessage = ({ data }) => {
        if (!isResponse(data) || data.id !== id) return;
        if (data.type === 'done') {
          pending = data.pending ?? [];
          finish({ type: 'done', comparison: data.comparison, ms: data.ms });
        } else if (data.type === 'error') {
          pending = [];
          finish({ type: 'error', message: data.message });
        } else if (data.type === 'progress') listener.progress?.(data);
        else if (
          id === this.#id &&
          (data.type === 'extras' || data.type === 'exact') &&
          pending.includes(data.type)
        ) {
          pending = pending.filter((p) => p !== data.type);
          this.#busy = pending.length > 0;
          if (data.type === 'extras') {
            const { stock, passages } = data;
            listener.extras?.({ ...(stock ? { stock } : {}), ...(passages ? { passages } : {}) });
          } else listener.exact?.({ stats: data.stats, verdict: data.verdict });
        }
      };
      worker.onerror = (event) => {
        // A worker that failed is not reused.
        this.#drop();
        finish({ type: 'error', message: event.message ?? 'worker error' });
      };
      worker.postMessage({ ...request, id });
    });
  }

  /** Ends the current request, if any: its worker is terminated, its promise says cancelled. */
  cancel(): void {
    this.#abandon();
    // Whatever still comes from the old request has an id that is no longer current.
    this.#id++;
  }

  #abandon() {
    if (this.#busy) this.#drop();
    this.#busy = false;
    const settle = this.#settle;
    this.#settle = null;
    settle?.({ type: 'cancelled' });
  }

  /** Terminates the worker for good (the page is leaving). */
  dispose(): void {
    this.cancel();
    this.#drop();
  }

  #drop() {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
