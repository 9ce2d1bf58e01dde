/**
 * The messages between the page and the comparison worker, and the page's side of it: one
 * request at a time, a new one terminates the worker still busy with the old (its result is
 * never shown), and only messages of the current request get through.
 */
import type { Comparison, Granularity, Ignore } from '../diff/model.ts';

export interface CompareRequest {
  id: number;
  a: string[];
  b: string[];
  granularity: Granularity;
  ignore: Ignore[];
}

export type CompareResponse =
  | { id: number; type: 'started' }
  | { id: number; type: 'done'; comparison: Comparison; ms: number }
  | { id: number; type: 'error'; message: string };

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
  if (m.type === 'done') return typeof m.comparison === 'object' && m.comparison !== null;
  return m.type === 'error' && typeof m.message === 'string';
}

export type Outcome =
  | { type: 'done'; comparison: Comparison; ms: number }
  | { type: 'error'; message: string }
  | { type: 'cancelled' };

/**
 * Runs comparisons in a worker made by `create`. `run` resolves with the outcome; a request
 * overtaken by a newer one (or by `cancel`) resolves as cancelled, and its worker is terminated
 * if it was still working. A worker that finished is kept for the next request.
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

  run(request: Omit<CompareRequest, 'id'>): Promise<Outcome> {
    this.#abandon();
    const id = ++this.#id;
    const worker = (this.#worker ??= this.#create());
    this.#busy = true;
    return new Promise<Outcome>((resolve) => {
      this.#settle = resolve;
      const finish = (outcome: Outcome) => {
        if (id !== this.#id) return;
        this.#busy = false;
        this.#settle = null;
        resolve(outcome);
      };
      worker.onmessage = ({ data }) => {
        if (!isResponse(data) || data.id !== id) return;
        if (data.type === 'done')
          finish({ type: 'done', comparison: data.comparison, ms: data.ms });
        else if (data.type === 'error') finish({ type: 'error', message: data.message });
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
