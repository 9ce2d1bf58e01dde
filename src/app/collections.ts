/**
 * Collections kept in this browser, in IndexedDB through idb: one store of summaries (what the
 * home page lists, read without the texts) and one of whole collections, written together in
 * one transaction so that neither holds what the other lacks. A failure is an answer, not a
 * throw: a full quota or a browser without IndexedDB (some private windows) is said in words,
 * and a write that fails is rolled back by its transaction, so nothing already kept is lost.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type {
  CollectionStore,
  Stored,
  StoredCollection,
  StoreProblem,
  Summary,
} from '../lib/collection/types.ts';

interface Schema extends DBSchema {
  summaries: { key: string; value: Summary };
  collections: { key: string; value: StoredCollection };
}

const NAME = 'duizhao-collections';

let opened: Promise<IDBPDatabase<Schema>> | null = null;
const db = () => {
  opened ??= openDB<Schema>(NAME, 1, {
    upgrade(database) {
      database.createObjectStore('summaries', { keyPath: 'id' });
      database.createObjectStore('collections', { keyPath: 'id' });
    },
  });
  // A failed open (no IndexedDB here) is tried again next time, not remembered.
  opened.catch(() => (opened = null));
  return opened;
};

function problemOf(error: unknown): StoreProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (typeof indexedDB === 'undefined' || name === 'InvalidStateError' || name === 'SecurityError')
    return 'unavailable';
  return 'other';
}

async function attempt<T>(
  work: (database: IDBPDatabase<Schema>) => Promise<T>,
): Promise<Stored<T>> {
  try {
    if (typeof indexedDB === 'undefined')
      throw new DOMException('no IndexedDB', 'InvalidStateError');
    return { ok: true, value: await work(await db()) };
  } catch (error) {
    return { ok: false, problem: problemOf(error), detail: String(error) };
  }
}

const summaryOf = ({ id, name, created, texts, chars }: Summary): Summary => ({
  id,
  name,
  created,
  texts,
  chars,
});

export const collections: CollectionStore = {
  list: () =>
    attempt(async (d) => (await d.getAll('summaries')).sort((x, y) => y.created - x.created)),
  get: (id) => attempt(async (d) => (await d.get('collections', id)) ?? null),
  put: (collection) =>
    attempt(async (d) => {
      const tx = d.transaction(['summaries', 'collections'], 'readwrite');
      await Promise.all([
        tx.objectStore('collections').put(collection),
        tx.objectStore('summaries').put(summaryOf(collection)),
        tx.done,
      ]);
      return null;
    }),
  rename: (id, name) =>
    attempt(async (d) => {
      const tx = d.transaction(['summaries', 'collections'], 'readwrite');
      const [summary, whole] = await Promise.all([
        tx.objectStore('summaries').get(id),
        tx.objectStore('collections').get(id),
      ]);
      if (summary && whole) {
        await Promise.all([
          tx.objectStore('summaries').put({ ...summary, name }),
          tx.objectStore('collections').put({ ...whole, name }),
        ]);
      }
      await tx.done;
      return null;
    }),
  remove: (id) =>
    attempt(async (d) => {
      const tx = d.transaction(['summaries', 'collections'], 'readwrite');
      await Promise.all([
        tx.objectStore('summaries').delete(id),
        tx.objectStore('collections').delete(id),
        tx.done,
      ]);
      return null;
    }),
  async persist() {
    try {
      return (await navigator.storage?.persist?.()) ?? false;
    } catch {
      return false;
    }
  },
};
