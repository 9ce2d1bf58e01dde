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

/** What a `done` may carry besides the comparison, found in the worker too. */
export interface Extras {
  stock?: StockRanges;
  /** For two mostly different texts: the passages they share (reuse/pair.ts). */
  passages?: PairPassage[];
}

/** How far a step is: paragraphs of A aligned, rows diffed, or the exact LCS's text scanned. */
export type Progress = { step: Step | 'exact'; done: number; total: number };

export type CompareResponse =
  | { id: number; type: 'started' }
  | ({ id: number; type: 'done'; comparison: Comparison; ms: number } & Extras)
  | { id: number; type: 'error'; message: string }
  | ({ id: number; type: 'progress' } & Progress)
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
  if (m.type === 'done') return typeof m.comparison === 'object' && m.comparison !== null;
  return m.type === 'error' && typeof m.message === 'string';
}

export type Outcome =
  | ({ type: 'done'; comparison: Comparison; ms: number } & Extras)
  | { type: 'error'; message: string }
  | { type: 'cancelled' };

/** What the page hears of a request besides its outcome. */
export interface Listener {
  progress?: (progress: Progress) => void;
  /** The exact statistics, after a comparison that estimated them. */
  exact?: (exact: { stats: ComparisonStats; verdict: Verdict }) => void;
}

/**
 * Runs comparisons in a worker made by `create`. `run` resolves with the outcome; a request
 * overtaken by a newer one (or by `cancel`) resolves as cancelled, and its worker is terminated
 * if it was still working. A worker that finished is kept for the next request. After a result
 * whose similarity is an estimate the worker goes on to the exact one (`listener.exact`): until
 * then it is still busy, and a new request or `cancel` terminates it.
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
      const finish = (outcome: Outcome, more = false) => {
        if (id !== this.#id) return;
        this.#busy = more;
        this.#settle = null;
        resolve(outcome);
      };
      worker.onmessage = ({ data }) => {
        if (!isResponse(data) || data.id !== id) return;
        if (data.type === 'done') {
          const { comparison, ms, stock, passages } = data;
          const extras = { ...(stock ? { stock } : {}), ...(passages ? { passages } : {}) };
          finish({ type: 'done', comparison, ms, ...extras }, comparison.stats.estimate === true);
        } else if (data.type === 'error') finish({ type: 'error', message: data.message });
        else if (data.type === 'progress') listener.progress?.(data);
        else if (data.type === 'exact' && id === this.#id) {
          this.#busy = false;
          listener.exact?.({ stats: data.stats, verdict: data.verdict });
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
