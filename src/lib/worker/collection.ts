/**
 * A collection's heavy work off the page's thread (workers/collection.worker.ts): reading the
 * files brought (collection/bring.ts) and indexing the texts (index/index.ts), each reporting
 * how far it is. The page sends the Files themselves (a structured clone: no bytes read on the
 * page) and receives the texts, then only the findings (collection/findings.ts), never the
 * index's columns. The page's side is a WorkerClient (client.svelte.ts), its `progress` a
 * fraction; cancel terminates the worker, whatever it was doing.
 */
import { bringEntries, type Brought, type Entry } from '../collection/bring.ts';
import { findingsOf, type Findings } from '../collection/findings.ts';
import { indexCollection } from '../index/index.ts';
import type { TextInput } from '../index/layout.ts';
import { WorkerClient } from './client.svelte.ts';
import type { RunOutcome, RunnerWorker } from './runner.ts';

export type CollectionRequest =
  | { type: 'bring'; id: number; entries: Entry[] }
  | { type: 'index'; id: number; texts: PackedTexts; minRun: number };

/**
 * Texts as a few long strings and two columns of numbers: the structured clone of 10,000 texts
 * as 300,000 paragraph strings held the page's thread for a third of a second; a few strings and
 * two typed arrays are copied at once. Each chunk holds the paragraphs of up to
 * PACK_TEXTS texts end to end.
 */
export interface PackedTexts {
  chunks: string[];
  /** Per text, its count of paragraphs. */
  counts: Int32Array;
  /** Per paragraph, all texts in order, its length in UTF-16 units. */
  lengths: Int32Array;
}

const PACK_TEXTS = 500;

export function packTexts(texts: readonly TextInput[]): PackedTexts {
  const counts = Int32Array.from(texts, (t) => t.paragraphs.length);
  const lengths = new Int32Array(counts.reduce((n, c) => n + c, 0));
  const chunks: string[] = [];
  let p = 0;
  for (let from = 0; from < texts.length; from += PACK_TEXTS) {
    const parts: string[] = [];
    for (const t of texts.slice(from, from + PACK_TEXTS))
      for (const paragraph of t.paragraphs) {
        lengths[p++] = paragraph.length;
        parts.push(paragraph);
      }
    chunks.push(parts.join(''));
  }
  return { chunks, counts, lengths };
}

export function unpackTexts({ chunks, counts, lengths }: PackedTexts): TextInput[] {
  const texts: TextInput[] = [];
  let p = 0;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    let at = 0;
    for (let t = c * PACK_TEXTS; t < Math.min(counts.length, (c + 1) * PACK_TEXTS); t++) {
      const paragraphs: string[] = [];
      for (let i = 0; i < counts[t]!; i++) {
        paragraphs.push(chunk.slice(at, at + lengths[p]!));
        at += lengths[p++]!;
      }
      texts.push({ paragraphs });
    }
  }
  return texts;
}

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
      const steps = indexCollection(unpackTexts(request.texts), { minRun: request.minRun });
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
  constructor(create: () => RunnerWorker<CollectionRequest>) {
    super({ create }, () => undefined);
  }

  /** How far the work is (a fraction), as state and to `onprogress`. */
  #progress(onprogress: (done: number) => void) {
    return (done: number) => {
      this.progress = done;
      onprogress(done);
    };
  }

  bring(entries: Entry[], onprogress: (done: number) => void = () => {}) {
    const read = readAnswer<Brought>('brought', this.#progress(onprogress));
    return this.run({ type: 'bring', entries }, read) as Promise<RunOutcome<Brought>>;
  }

  index(texts: TextInput[], minRun: number, onprogress: (done: number) => void = () => {}) {
    const read = readAnswer<Findings>('indexed', this.#progress(onprogress));
    const packed = packTexts(texts);
    return this.run({ type: 'index', texts: packed, minRun }, read) as Promise<
      RunOutcome<Findings>
    >;
  }
}
