/**
 * The 查重 request of the own-text worker, beside the comparison's (compare.ts): the page sends
 * the collection once (WorkerClient.keep, named by its SHA-256), then a text and K per request;
 * the worker indexes, per text, the paragraphs of the collection that could hold its runs
 * (CheckCollection, candidates.ts; the last text's index kept, so a new K needs none) and answers
 * with the report that a speech of the collection gets (checkText). The page's side is a WorkerClient
 * (client.svelte.ts) reading `readChecked`: a newer request — new input, a new K — terminates a
 * worker still busy with the old one.
 */
import { CheckCollection } from '../check/candidates.ts';
import type { CheckReport } from '../check/measure.ts';
import { unpackTexts } from '../collection/packed.ts';
import type { CollectionStore } from '../collection/types.ts';
import type { SpeechText } from '../reuse/passages.ts';
import type { KeptCollection } from './compare.ts';
import type { RunOutcome } from './runner.ts';

export interface CheckRequest {
  type: 'check';
  id: number;
  /** The own text's paragraphs, as cleaned for the comparison. */
  paragraphs: string[];
  k: number;
  /** Count a speech identical to the text as a source (CheckOptions.withTwins). */
  withTwins: boolean;
  /** The text is this speech of the collection: never counted against itself (CheckOptions.self). */
  self?: number;
}

/**
 * The collection's 查重 prepared ahead, before any text is asked for (a kept collection opened):
 * answered once it is, so that a check asked meanwhile can wait for it rather than overtake it.
 */
export interface PrepareRequest {
  type: 'prepare';
  id: number;
}

export function isPrepareRequest(data: unknown): data is PrepareRequest {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === 'prepare' && typeof m.id === 'number';
}

export interface Checked {
  report: CheckReport;
  /** Milliseconds for the check, and for the index (0 when it was already built). */
  ms: number;
  indexMs: number;
  /** This request built the index (a new text, or a new collection). */
  built: boolean;
}

export type CheckResponse =
  | ({ id: number; type: 'checked' } & Checked)
  | { id: number; type: 'prepared' }
  | { id: number; type: 'check-error'; message: string };

export function isCheckRequest(data: unknown): data is CheckRequest {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === 'check' && typeof m.id === 'number' && Array.isArray(m.paragraphs);
}

/**
 * A kept collection named for the worker to read from the browser's store itself (its texts
 * never pass through the page), sent once (WorkerClient.keep); the worker prepares its 查重 as
 * soon as it has read it, and a check asked meanwhile waits for both.
 */
export interface StoredCollectionRef {
  type: 'stored-collection';
  sha256: string;
  /** The collection's id in the store. */
  id: string;
}

export function isStoredCollectionRef(data: unknown): data is StoredCollectionRef {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === 'stored-collection' && typeof m.sha256 === 'string' && typeof m.id === 'string';
}

/** A kept collection's texts read from the store by a worker, numbered as its views number them. */
export async function storedSpeeches(
  store: Pick<CollectionStore, 'packed'>,
  id: string,
): Promise<SpeechText[]> {
  const got = await store.packed(id);
  if (!got.ok) throw new Error(got.detail);
  if (!got.value) throw new Error(`no collection ${id} kept in this browser`);
  return unpackTexts(got.value).map((t, i) => ({ number: i + 1, paragraphs: t.paragraphs }));
}

const prepared = new WeakMap<readonly SpeechText[], CheckCollection>();

/** The collection's 查重 prepared (normalized, its windows indexed), once while it lives. */
export function prepareCheck(collection: KeptCollection): CheckCollection {
  let source = prepared.get(collection.speeches);
  if (!source)
    prepared.set(collection.speeches, (source = new CheckCollection(collection.speeches)));
  return source;
}

/**
 * The worker's side: answers each request against the collection the worker keeps (`kept`),
 * normalized once (kept while the speeches live), indexed for each new text.
 */
export function checker(
  kept: () => KeptCollection | null,
  /** Why the kept collection could not be read, if it could not. */
  failure: () => string | null = () => null,
): (request: Omit<CheckRequest, 'type'>) => CheckResponse {
  /** The collection's hash and the text indexed last. */
  let known: string | null = null;
  return ({ id, paragraphs, k, withTwins, self }) => {
    try {
      const collection = kept();
      if (!collection) throw new Error(failure() ?? 'no collection to check against');
      const key = JSON.stringify([collection.sha256, paragraphs]);
      const fresh = known !== key;
      known = key;
      const start = performance.now();
      const source = prepareCheck(collection);
      if (k >= source.gram) source.indexFor(paragraphs);
      const indexed = performance.now();
      const report = source.check(paragraphs, { k, withTwins, self });
      const ms = performance.now() - indexed;
      return { id, type: 'checked', report, ms, indexMs: indexed - start, built: fresh };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { id, type: 'check-error', message };
    }
  };
}

/** The worker's side of a PrepareRequest: the kept collection's 查重 prepared, or why not. */
export function prepareAnswer(
  id: number,
  collection: KeptCollection | null,
  failure: string | null,
): CheckResponse {
  try {
    if (!collection) throw new Error(failure ?? 'no collection to check against');
    prepareCheck(collection);
    return { id, type: 'prepared' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id, type: 'check-error', message };
  }
}

/** The page's reading of the answer to a PrepareRequest `id` (null: prepared), or nothing. */
export function readPrepared(data: unknown, id: number): RunOutcome<null> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.id !== id) return undefined;
  if (m.type === 'check-error') return { type: 'error', message: String(m.message) };
  return m.type === 'prepared' ? { type: 'done', value: null } : undefined;
}

/** The page's reading of the worker's messages: the answer to request `id`, or nothing. */
export function readChecked(data: unknown, id: number): RunOutcome<Checked> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.id !== id) return undefined;
  if (m.type === 'check-error') return { type: 'error', message: String(m.message) };
  if (m.type !== 'checked' || typeof m.report !== 'object' || m.report === null) return undefined;
  const { report, ms, indexMs, built } = data as Checked;
  return { type: 'done', value: { report, ms, indexMs, built } };
}
