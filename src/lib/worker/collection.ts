/**
 * A collection's heavy work off the page's thread (workers/collection.worker.ts): reading the
 * files brought (collection/bring.ts) and indexing the texts (index/index.ts), each reporting
 * how far it is. The page sends the Files themselves (a structured clone: no bytes read on the
 * page); the worker keeps the texts in the browser's store (collection/store.ts) and answers with
 * their count; to index, it reads them from there, and answers only with the findings
 * (collection/findings.ts), never the index's columns: the page never holds the texts. The page's side is a WorkerClient (client.svelte.ts), its `progress` a
 * fraction; cancel terminates the worker, whatever it was doing.
 */
import { bringEntries, type Brought, type Entry } from '../collection/bring.ts';
import { findingsOf, type Findings } from '../collection/findings.ts';
import { packTexts, unpackTexts, type PackedTexts } from '../collection/packed.ts';
import type { DirectoryLike } from '../collection/folder.ts';
import { storedOf, type CollectionStore, type Stored } from '../collection/types.ts';
import { indexCollection } from '../index/index.ts';
import { WorkerClient } from './client.svelte.ts';
import type { RunOutcome, RunnerWorker } from './runner.ts';

/**
 * Where the collection to keep goes: the store, under this id, name and time, with the folder's
 * handle (showDirectoryPicker's) written in the same transaction, so that it is kept with the
 * collection or the answer says it was not.
 */
interface KeepAs {
  id: string;
  name: string;
  created: number;
  handle?: DirectoryLike;
}

/**
 * The files of a bring: the first ENTRIES_PART with the request, the rest in parts of as many,
 * each posted in a task of its own. A file's first structured clone costs the page's thread
 * about half a millisecond (a file-backed Blob registered): 10,000 files in one message held it
 * for 3 to 6 s. Parts of 50 made tasks of 40 to 400 ms at 10,000 files on a machine under a load
 * of 20 (profiled, issue 24: the postMessage itself); parts of 20 made most of them 30 to 60 ms
 * there (some still 100 to 350: the posting waits on the browser, not on the count), 500 tasks
 * for 10,000 files, posted while the worker reads the first ones.
 */
const ENTRIES_PART = 20;

export type CollectionRequest =
  | { type: 'bring'; id: number; entries: Entry[]; total: number; keep: KeepAs }
  /** The texts packed (a collection the store did not keep), or the id they are kept under. */
  | { type: 'index'; id: number; texts: PackedTexts | string; minRun: number };

/**
 * What bringing answers: the count of texts read and the files refused, and whether the store
 * kept them (null: nothing to keep). The texts themselves come back only when it did not: 10,000
 * texts as 300,000 strings held the page's thread for seconds, received and written again.
 */
export interface BroughtKept extends Brought {
  count: number;
  /** `folder`: whether the folder's handle, if one came, was kept with it. */
  stored: Stored<{ folder: boolean }> | null;
}

export type CollectionResponse =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'brought'; value: BroughtKept }
  | { id: number; type: 'indexed'; value: Findings }
  | { id: number; type: 'error'; message: string };

/** Progress is posted at most this often. */
const PROGRESS_MS = 100;

/** Keeps what was read, if there is anything; the texts come back only if it was not kept. */
async function keep({ texts, refused }: Brought, as: KeepAs, store: CollectionStore) {
  if (texts.length === 0) return { texts, refused, count: 0, stored: null };
  const collection = storedOf(as.id, as.name, as.created, texts, refused);
  if (as.handle) collection.handle = as.handle;
  const stored = await store.put(collection);
  return { texts: stored.ok ? [] : texts, refused, count: texts.length, stored };
}

/** The texts to index: as posted, or read from the store. */
async function textsOf(texts: PackedTexts | string, store: CollectionStore) {
  if (typeof texts !== 'string') return texts;
  const got = await store.packed(texts);
  if (!got.ok) throw new Error(got.detail);
  if (!got.value) throw new Error(`${texts}: not kept in this browser`);
  return got.value;
}

/** More files of the bring the worker is waiting on (see ENTRIES_PART). */
export interface EntriesPart {
  type: 'entries';
  entries: Entry[];
}

/**
 * The worker's messages answered: a bring whose files come in parts waits for all of them;
 * anything else is answered at once (answerCollection). A new request drops a bring waiting.
 */
export function collectionWorker(
  post: (message: CollectionResponse) => void,
  store: CollectionStore,
): (message: CollectionRequest | EntriesPart) => void {
  let waiting: Extract<CollectionRequest, { type: 'bring' }> | null = null;
  return (message) => {
    if (message.type === 'entries') {
      if (!waiting) return;
      for (const entry of message.entries) waiting.entries.push(entry);
      if (waiting.entries.length < waiting.total) return;
    } else
      waiting = message.type === 'bring' ? { ...message, entries: [...message.entries] } : null;
    const request = waiting ?? (message as CollectionRequest);
    if (request.type === 'bring' && request.entries.length < request.total) return;
    waiting = null;
    void answerCollection(request, post, store);
  };
}

/**
 * The worker's side: does one request, posting progress (a fraction), then the answer; `store`
 * is where collections are kept (the worker's own connection to the browser's store).
 */
export async function answerCollection(
  request: CollectionRequest,
  post: (message: CollectionResponse) => void,
  store: CollectionStore,
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
      const brought = await bringEntries(request.entries, (done, total) => progress(done / total));
      post({ id, type: 'brought', value: await keep(brought, request.keep, store) });
    } else {
      const texts = unpackTexts(await textsOf(request.texts, store));
      const steps = indexCollection(texts, { minRun: request.minRun });
      let step = steps.next();
      for (; !step.done; step = steps.next()) progress(step.value);
      post({ id, type: 'indexed', value: findingsOf(step.value) });
    }
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

function readAnswer<T>(kind: 'brought' | 'indexed', onprogress: (done: number) => void) {
  return (data: unknown, id: number): RunOutcome<T> | undefined => {
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
export class CollectionClient extends WorkerClient<CollectionRequest, unknown, number> {
  /** The worker last made, to post a bring's files to after its request. */
  #made: { worker: RunnerWorker<CollectionRequest | EntriesPart> | null };

  constructor(create: () => RunnerWorker<CollectionRequest | EntriesPart>) {
    const made: { worker: RunnerWorker<CollectionRequest | EntriesPart> | null } = {
      worker: null,
    };
    super({ create: () => (made.worker = create()) }, () => undefined);
    this.#made = made;
  }

  /** How far the work is (a fraction), as state and to `onprogress`. */
  #progress(onprogress: (done: number) => void) {
    return (done: number) => {
      this.progress = done;
      onprogress(done);
    };
  }

  /** Reads the files and keeps their texts in the store, as `keep` says. */
  bring(entries: Entry[], keep: KeepAs, onprogress: (done: number) => void = () => {}) {
    const read = readAnswer<BroughtKept>('brought', this.#progress(onprogress));
    const first = entries.slice(0, ENTRIES_PART);
    const request = { type: 'bring' as const, entries: first, total: entries.length, keep };
    const outcome = this.run(request, read) as Promise<RunOutcome<BroughtKept>>;
    void this.#postRest(entries, outcome);
    return outcome;
  }

  /** The rest of a bring's files, a part a task, until its answer (or a cancel) comes. */
  async #postRest(entries: Entry[], outcome: Promise<unknown>) {
    const worker = this.#made.worker;
    let settled = false;
    void outcome.finally(() => (settled = true));
    for (let from = ENTRIES_PART; from < entries.length; from += ENTRIES_PART) {
      await new Promise((resolve) => setTimeout(resolve));
      if (settled || this.#made.worker !== worker || !worker) return;
      worker.postMessage({ type: 'entries', entries: entries.slice(from, from + ENTRIES_PART) });
    }
  }

  /** Indexes the texts given, or those kept under an id (the worker reads them itself). */
  index(
    texts: readonly { paragraphs: readonly string[] }[] | string,
    minRun: number,
    onprogress: (done: number) => void = () => {},
  ) {
    const read = readAnswer<Findings>('indexed', this.#progress(onprogress));
    const request = typeof texts === 'string' ? texts : packTexts(texts);
    return this.run({ type: 'index', texts: request, minRun }, read) as Promise<
      RunOutcome<Findings>
    >;
  }
}
