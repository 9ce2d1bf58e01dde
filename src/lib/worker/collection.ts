/**
 * A collection's heavy work off the page's thread (workers/collection.worker.ts): reading the
 * files brought (collection/bring.ts) and indexing the texts (index/index.ts), each reporting
 * how far it is. The page sends the Files themselves (a structured clone: no bytes read on the
 * page) and receives the texts, then only the findings (collection/findings.ts), never the
 * index's columns. Cancel terminates the worker (runner.ts), whatever it was doing.
 */
import { bringEntries, type Brought, type Entry } from '../collection/bring.ts';
import { findingsOf, type Findings } from '../collection/findings.ts';
import { indexCollection } from '../index/index.ts';
import type { TextInput } from '../index/layout.ts';
import { WorkerRunner, type RunOutcome, type RunnerWorker } from './runner.ts';

export type CollectionRequest =
  | { type: 'bring'; id: number; entries: Entry[] }
  | { type: 'index'; id: number; texts: TextInput[]; minRun: number };

export type CollectionResponse =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'brought'; value: Brought }
  | { id: number; type: 'indexed'; value: Findings }
  | { id: number; type: 'error'; message: string };

/** Progress is posted at most this often. */
const PROGRESS_MS = 100;

/** The worker's side: does one request, posting progress (a fraction), then the answer. */
export async function answerCollection(
  request: CollectionRequest,
  post: (message: CollectionResponse) => void,
): Promise<void> {
  const { id } = request;
  let last = -Infinity;
  const progress = (done: number) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS) return;
    last = now;
    post({ id, type: 'progress', done });
  };
  try {
    if (request.type === 'bring') {
      const value = await bringEntries(request.entries, (done, total) => progress(done / total));
      post({ id, type: 'brought', value });
    } else {
      const steps = indexCollection(request.texts, { minRun: request.minRun });
      let step = steps.next();
      for (; !step.done; step = steps.next()) progress(step.value);
      post({ id, type: 'indexed', value: findingsOf(step.value) });
    }
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

function readAnswer<T>(
  kind: 'brought' | 'indexed',
  onprogress: (done: number) => void,
): (data: unknown, id: number) => RunOutcome<T> | undefined {
  return (data, id) => {
    if (typeof data !== 'object' || data === null) return undefined;
    const m = data as CollectionResponse;
    if (m.id !== id) return undefined;
    if (m.type === 'progress') onprogress(m.done);
    else if (m.type === 'error') return { type: 'error', message: String(m.message) };
    else if (m.type === kind) return { type: 'done', value: m.value as T };
    return undefined;
  };
}

/** The page's side: one request at a time, the latest winning; `cancel` stops the work. */
export class CollectionRunner {
  #runner: WorkerRunner<CollectionRequest, unknown>;

  constructor(create: () => RunnerWorker<CollectionRequest>) {
    this.#runner = new WorkerRunner(create, () => undefined);
  }

  async #run<T>(
    request:
      { type: 'bring'; entries: Entry[] } | { type: 'index'; texts: TextInput[]; minRun: number },
    kind: 'brought' | 'indexed',
    onprogress: (done: number) => void,
  ): Promise<RunOutcome<T>> {
    try {
      const outcome = await this.#runner.run(request, readAnswer<T>(kind, onprogress));
      return outcome as RunOutcome<T>;
    } catch (error) {
      // No Web Workers (or the constructor refused): said on the page, not thrown.
      return { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  bring(entries: Entry[], onprogress: (done: number) => void = () => {}) {
    return this.#run<Brought>({ type: 'bring', entries }, 'brought', onprogress);
  }

  index(texts: TextInput[], minRun: number, onprogress: (done: number) => void = () => {}) {
    return this.#run<Findings>({ type: 'index', texts, minRun }, 'indexed', onprogress);
  }

  cancel(): void {
    this.#runner.cancel();
  }

  dispose(): void {
    this.#runner.dispose();
  }
}
