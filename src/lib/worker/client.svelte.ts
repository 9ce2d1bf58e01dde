/**
 * The page's one client of a Web Worker, a rune class as the Svelte playground's bundler
 * (sveltejs/svelte.dev, packages/repl/src/lib/Bundler.svelte.ts): it owns its worker, runs one
 * request at a time with the latest winning (runner.ts), and shows what a view draws of the work
 * as state: busy, how long, how far, failed or cancelled, and whether the page does the work for
 * want of a worker. One instance per job: the comparison and the 查重 check of own texts (their
 * worker, compare.worker.ts), a file read (file.worker.ts), a collection brought or indexed
 * (collection.worker.ts). What a request's answer is, each job's protocol module says (`read`).
 *
 * Data a worker keeps (a collection, which it indexes) is sent with `keep`, once per worker and
 * named by its hash, never again with every request: a worker made later gets it first thing.
 *
 * A rune class in src/lib as the app's state is (state/app.svelte.ts): runes are syntax, not an
 * import of Svelte, and the class is tested in Node with a fake worker.
 */
import { WorkerRunner, type ReadAnswer, type RunOutcome, type RunnerWorker } from './runner.ts';

/** What a worker keeps between requests, named by its hash. */
export interface Kept {
  /** Sent whole, or (a kept collection) named for the worker to read from the store. */
  type: 'collection' | 'stored-collection';
  sha256: string;
}

export interface Job<Request, Progress> {
  /** Makes the worker; may throw (no Web Workers, or the constructor refused). */
  create: () => RunnerWorker<Request>;
  /** The page's stand-in for the worker when none can be made (page.ts), for jobs that have one. */
  onPage?: () => RunnerWorker<Request>;
  /** Whether the browser has Web Workers at all (by default, whether it has a Worker constructor). */
  workers?: boolean;
  /** How far the request `id` is, from one of its messages; undefined for any other message. */
  progress?: (data: unknown, id: number) => Progress | undefined;
}

/** A request without its id, which the client gives it (each kind of a union apart). */
type Ask<Request> = Request extends unknown ? Omit<Request, 'id'> : never;

export class WorkerClient<Request extends { id: number }, Answer, Progress = never> {
  /** A request is running: its answer has not come. */
  busy = $state(false);
  /** After its answer, the worker goes on with more for the same request (an exact figure). */
  going = $state(false);
  /** Milliseconds the current request has run, counted four times a second until its answer. */
  elapsed = $state(0);
  /** How far the current request is, as the worker last said; null before it says. */
  progress = $state.raw<Progress | null>(null);
  /** Why the last request failed; null when it did not. */
  failed = $state<string | null>(null);
  /** The last request was cancelled by the reader before its answer (not overtaken). */
  cancelled = $state(false);
  /** The work is done on the page: the browser made no worker (the job's stand-in does it). */
  onPage = $state(false);

  #job: Job<Request, Progress>;
  #read: ReadAnswer<Answer>;
  #runner: WorkerRunner<Request, Answer>;
  /** The worker last made, while it lives. */
  #live: RunnerWorker<Request> | null = null;
  #kept: Kept | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(job: Job<Request, Progress>, read: ReadAnswer<Answer>) {
    this.#job = job;
    this.#read = read;
    this.onPage = job.onPage !== undefined && !(job.workers ?? typeof Worker === 'function');
    this.#runner = new WorkerRunner(() => this.#make(), read);
  }

  /**
   * Sends `data` for the worker to keep, unless it has it already (the same hash): to the worker
   * now, if one lives, and to each worker made after.
   */
  keep(data: Kept): void {
    if (this.#kept?.sha256 === data.sha256) return;
    this.#kept = data;
    this.#live?.postMessage(data as unknown as Request);
  }

  /** Runs `request`, the latest winning; `read` (the job's own by default) reads its messages. */
  async run(
    request: Ask<Request>,
    read: ReadAnswer<Answer> = this.#read,
  ): Promise<RunOutcome<Answer>> {
    [this.failed, this.cancelled, this.progress, this.elapsed] = [null, false, null, 0];
    [this.busy, this.going] = [true, false];
    clearInterval(this.#timer);
    const start = performance.now();
    const timer = setInterval(() => (this.elapsed = performance.now() - start), 250);
    this.#timer = timer;
    const mine = this.#runner.current + 1;
    const current = () => mine === this.#runner.current;
    const { progress } = this.#job;
    let [going, answered] = [false, false];
    let outcome: RunOutcome<Answer>;
    try {
      outcome = await this.#runner.run(request, (data, id, more) => {
        const step = progress?.(data, id);
        if (step !== undefined) {
          if (current()) this.progress = step;
          return undefined;
        }
        return read(data, id, (on) => {
          more(on);
          going = on;
          // After the answer: the worker goes on, or has stopped.
          if (answered && current()) [this.going, this.progress] = [on, on ? this.progress : null];
        });
      });
    } catch (error) {
      // The Worker constructor threw and the job has no stand-in: said, not thrown.
      outcome = { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    answered = true;
    if (current()) {
      clearInterval(timer);
      [this.busy, this.going, this.progress] = [false, outcome.type === 'done' && going, null];
      if (outcome.type === 'error') this.failed = outcome.message;
    }
    return outcome;
  }

  /**
   * Ends the current request, if any: its worker is terminated, its promise says cancelled.
   * `said`: the reader cancelled it (else the page refused the work: no cancel to report).
   */
  cancel(said = true): void {
    this.cancelled = said && this.busy;
    this.failed = said ? this.failed : null;
    this.#stop();
    this.#runner.cancel();
  }

  /** Terminates the worker for good (the page is leaving). */
  dispose(): void {
    this.#stop();
    this.#runner.dispose();
  }

  #stop() {
    clearInterval(this.#timer);
    [this.busy, this.going, this.progress] = [false, false, null];
  }

  /** A worker, or the page's stand-in; given what it is to keep before anything else. */
  #make(): RunnerWorker<Request> {
    const { create, onPage } = this.#job;
    let worker: RunnerWorker<Request>;
    try {
      worker = this.onPage && onPage ? onPage() : create();
    } catch (error) {
      if (!onPage) throw error;
      this.onPage = true;
      worker = onPage();
    }
    if (this.#kept) worker.postMessage(this.#kept as unknown as Request);
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      if (this.#live === worker) this.#live = null;
      terminate();
    };
    this.#live = worker;
    return worker;
  }
}
