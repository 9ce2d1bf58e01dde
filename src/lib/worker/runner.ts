/**
 * One request at a time to a Web Worker, the latest winning: a new request (or `cancel`)
 * terminates the worker still busy with the old one, whose answer is then never seen; a worker
 * that finished is kept, with whatever it has cached, for the next request. What a request's
 * answer is comes from `read`, so each kind of work keeps its own messages: the 查重 check
 * (check.ts) and the comparison (compare.ts, whose worker may go on after its answer). The page
 * uses it through WorkerClient (client.svelte.ts), which shows the work as state.
 */

export type RunOutcome<T> =
  { type: 'done'; value: T } | { type: 'error'; message: string } | { type: 'cancelled' };

/** What a runner needs of a Worker; tests hand in a fake. */
export interface RunnerWorker<Request> {
  postMessage(message: Request): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/**
 * A message's meaning for the request `id`: its result, its failure, or undefined for anything
 * else (a message of another request, a progress note, garbage). A reader whose worker goes on
 * after the result calls `more(true)`, and `more(false)` once it has stopped: until then the
 * worker is busy, and a new request or `cancel` terminates it.
 */
export type ReadAnswer<T> = (
  data: unknown,
  id: number,
  more: (going: boolean) => void,
) => RunOutcome<T> | undefined;

export class WorkerRunner<Request extends { id: number }, T> {
  #create: () => RunnerWorker<Request>;
  #read: ReadAnswer<T>;
  #worker: RunnerWorker<Request> | null = null;
  #busy = false;
  #id = 0;
  #settle: ((outcome: RunOutcome<T>) => void) | null = null;

  constructor(create: () => RunnerWorker<Request>, read: ReadAnswer<T>) {
    this.#create = create;
    this.#read = read;
  }

  /** Requests made so far; the id of the current one. */
  get current(): number {
    return this.#id;
  }

  /** Runs `request`; `read` (the runner's own by default) reads this request's messages. */
  run(request: Omit<Request, 'id'>, read: ReadAnswer<T> = this.#read): Promise<RunOutcome<T>> {
    this.#abandon();
    const id = ++this.#id;
    const worker = (this.#worker ??= this.#create());
    this.#busy = true;
    return new Promise<RunOutcome<T>>((resolve) => {
      this.#settle = resolve;
      /** Whether the worker goes on after the result, and whether the result came. */
      let [going, answered] = [false, false];
      const more = (on: boolean) => {
        going = on;
        if (answered && id === this.#id) this.#busy = on;
      };
      const finish = (outcome: RunOutcome<T>) => {
        if (id !== this.#id) return;
        answered = true;
        this.#busy = going;
        this.#settle = null;
        resolve(outcome);
      };
      worker.onmessage = ({ data }) => {
        // Whatever still comes from an overtaken request is not heard.
        if (id !== this.#id) return;
        const outcome = read(data, id, more);
        if (outcome) finish(outcome);
      };
      worker.onerror = (event) => {
        // A worker that failed is not reused.
        this.#drop();
        finish({ type: 'error', message: event.message ?? 'worker error' });
      };
      worker.postMessage({ ...request, id } as Request);
    });
  }

  /** Ends the current request, if any: its worker is terminated, its promise says cancelled. */
  cancel(): void {
    this.#abandon();
    // Whatever still comes from the old request has an id that is no longer current.
    this.#id++;
  }

  /** Terminates the worker for good (the page is leaving). */
  dispose(): void {
    this.cancel();
    this.#drop();
  }

  #abandon() {
    if (this.#busy) this.#drop();
    this.#busy = false;
    const settle = this.#settle;
    this.#settle = null;
    settle?.({ type: 'cancelled' });
  }

  #drop() {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
