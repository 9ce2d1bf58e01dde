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

type Database = IDBPDatabase<Schema>;

const openStore = () =>
  openDB<Schema>(NAME, 1, {
    upgrade(database) {
      database.createObjectStore('summaries', { keyPath: 'id' });
      database.createObjectStore('collections', { keyPath: 'id' });
    },
  });

function problemOf(error: unknown): StoreProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'unavailable';
  return 'other';
}

/**
 * A write's transaction, its requests and its end awaited together. When it aborts (a full
 * quota), its requests fail first with AbortError; the reason is the transaction's own error,
 * set before they fail, so that is what is thrown.
 */
async function written(tx: { error: DOMException | null }, steps: Promise<unknown>[]) {
  try {
    await Promise.all(steps);
  } catch (error) {
    throw tx.error ?? error;
  }
}

const summaryOf = ({ id, name, created, texts, chars, handle }: StoredCollection): Summary => ({
  id,
  name,
  created,
  texts,
  chars,
  ...(handle ? { folder: true } : {}),
});

/**
 * The store over a database `open` gives (idb's openDB; a fake in the tests). `open` undefined:
 * this browser has no IndexedDB at all.
 */
export function storeOver(open: (() => Promise<Database>) | undefined): CollectionStore {
  let opened: Promise<Database> | null = null;
  const db = () => {
    if (!open) throw new DOMException('no IndexedDB', 'InvalidStateError');
    opened ??= open();
    // A failed open (a private window) is tried again next time, not remembered.
    opened.catch(() => (opened = null));
    return opened;
  };
  async function attempt<T>(work: (database: Database) => Promise<T>): Promise<Stored<T>> {
    try {
      return { ok: true, value: await work(await db()) };
    } catch (error) {
      return { ok: false, problem: problemOf(error), detail: String(error) };
    }
  }
  return {
    list: () =>
      attempt(async (d) => (await d.getAll('summaries')).sort((x, y) => y.created - x.created)),
    get: (id) => attempt(async (d) => (await d.get('collections', id)) ?? null),
    put: (collection) =>
      attempt(async (d) => {
        const write = async (c: StoredCollection) => {
          const tx = d.transaction(['summaries', 'collections'], 'readwrite');
          await written(tx, [
            tx.objectStore('collections').put(c),
            tx.objectStore('summaries').put(summaryOf(c)),
            tx.done,
          ]);
        };
        try {
          await write(collection);
        } catch (error) {
          // A folder handle this browser cannot keep: the texts are kept without it.
          if (!collection.handle || (error as Error | null)?.name !== 'DataCloneError') throw error;
          const { handle: _, ...rest } = collection;
          await write(rest);
        }
        return null;
      }),
    rename: (id, name) =>
      attempt(async (d) => {
        const tx = d.transaction(['summaries', 'collections'], 'readwrite');
        const [summary, whole] = await Promise.all([
          tx.objectStore('summaries').get(id),
          tx.objectStore('collections').get(id),
        ]);
        await written(
          tx,
          summary && whole
            ? [
                tx.objectStore('summaries').put({ ...summary, name }),
                tx.objectStore('collections').put({ ...whole, name }),
                tx.done,
              ]
            : [tx.done],
        );
        return null;
      }),
    remove: (id) =>
      attempt(async (d) => {
        const tx = d.transaction(['summaries', 'collections'], 'readwrite');
        await written(tx, [
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
}

export const collections: CollectionStore = storeOver(
  typeof indexedDB === 'undefined' ? undefined : openStore,
);
