/**
 * Collections kept in this browser, in IndexedDB through idb, opened by the page
 * (app/collections.ts) and by the collection worker, which keeps what it read and reads what it
 * indexes itself: the page never holds a large collection's texts. Three stores: the summaries
 * (what the home page lists), the heads (a collection without its texts: what its page shows)
 * and the texts, packed (collection/packed.ts: a few long strings, so that neither writing nor
 * reading them holds a thread for long). A collection's records are written together in one
 * transaction so that none holds what another lacks. A failure is an answer, not a throw: a full
 * quota or a browser without IndexedDB (some private windows) is said in words, and a write that
 * fails is rolled back by its transaction, so nothing already kept is lost.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { packTexts, unpackTexts, type PackedTexts } from './packed.ts';
import {
  headOf,
  type CollectionHead,
  type CollectionStore,
  type Stored,
  type StoredCollection,
  type StoreProblem,
  type Summary,
} from './types.ts';

interface Schema extends DBSchema {
  summaries: { key: string; value: Summary };
  collections: { key: string; value: CollectionHead };
  texts: { key: string; value: { id: string; packed: PackedTexts } };
}

const STORE_NAME = 'duizhao-collections';
/**
 * 1: each collection whole in `collections`, its texts as objects of paragraph strings.
 * 2: its head there, its texts packed in `texts` (the upgrade rewrites every collection kept).
 */
const STORE_VERSION = 2;

type Database = IDBPDatabase<Schema>;
type Upgrade = IDBPTransaction<Schema, ('summaries' | 'collections' | 'texts')[], 'versionchange'>;

/** Version 1's collections, each rewritten as its head and its packed texts. */
async function packEach(tx: Upgrade) {
  const texts = tx.objectStore('texts');
  let cursor = await tx.objectStore('collections').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as StoredCollection;
    await Promise.all([
      texts.put({ id: old.id, packed: packTexts(old.items) }),
      cursor.update(headOf(old)),
    ]);
    cursor = await cursor.continue();
  }
}

export const openStore = (): Promise<Database> =>
  openDB<Schema>(STORE_NAME, STORE_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        database.createObjectStore('summaries', { keyPath: 'id' });
        database.createObjectStore('collections', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        database.createObjectStore('texts', { keyPath: 'id' });
        // A failure aborts the upgrade, and the open with it: version 1 stays as it was.
        if (oldVersion >= 1) void packEach(tx).catch(() => tx.abort());
      }
    },
    // Another tab's newer version waits for this one to let go: this older page's store then
    // answers as one that is not there, until it is loaded again.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
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

const summaryOf = ({ id, name, created, texts, chars, handle }: CollectionHead): Summary => ({
  id,
  name,
  created,
  texts,
  chars,
  ...(handle ? { folder: true } : {}),
});

/** A head and its packed texts as the collection they were made of. */
function wholeOf({ heads, ...rest }: CollectionHead, packed: PackedTexts): StoredCollection {
  const texts = unpackTexts(packed);
  return { ...rest, items: heads.map((h, i) => ({ ...h, paragraphs: texts[i]!.paragraphs })) };
}

const ALL = ['summaries', 'collections', 'texts'] as const;

/**
 * The store over a database `open` gives (idb's openDB; a fake in the tests). `open` undefined:
 * this browser has no IndexedDB at all. `persist` asks the browser to keep the data (the page's).
 */
export function storeOver(
  open: (() => Promise<Database>) | undefined,
  persist: () => Promise<boolean> = () => Promise.resolve(false),
): CollectionStore {
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
    get: (id) =>
      attempt(async (d) => {
        const tx = d.transaction(['collections', 'texts'], 'readonly');
        const [head, texts] = await Promise.all([
          tx.objectStore('collections').get(id),
          tx.objectStore('texts').get(id),
          tx.done,
        ]);
        return head && texts ? wholeOf(head, texts.packed) : null;
      }),
    head: (id) => attempt(async (d) => (await d.get('collections', id)) ?? null),
    packed: (id) => attempt(async (d) => (await d.get('texts', id))?.packed ?? null),
    put: (collection) =>
      attempt(async (d) => {
        const head = headOf(collection);
        const texts = { id: collection.id, packed: packTexts(collection.items) };
        const write = async (h: CollectionHead) => {
          const tx = d.transaction([...ALL], 'readwrite');
          // The head first: a handle this browser cannot keep throws there, before any write.
          await written(tx, [
            tx.objectStore('collections').put(h),
            tx.objectStore('texts').put(texts),
            tx.objectStore('summaries').put(summaryOf(h)),
            tx.done,
          ]);
        };
        try {
          await write(head);
        } catch (error) {
          // A folder handle this browser cannot keep: the texts are kept without it.
          if (!head.handle || (error as Error | null)?.name !== 'DataCloneError') throw error;
          const { handle: _, ...rest } = head;
          await write(rest);
        }
        return null;
      }),
    keepHandle: (id, handle) =>
      attempt(async (d) => {
        const tx = d.transaction(['summaries', 'collections'], 'readwrite');
        const [summary, head] = await Promise.all([
          tx.objectStore('summaries').get(id),
          tx.objectStore('collections').get(id),
        ]);
        if (!summary || !head) {
          await tx.done;
          return null;
        }
        // The handle first: one this browser cannot keep throws there, before any write.
        await written(tx, [
          tx.objectStore('collections').put({ ...head, handle }),
          tx.objectStore('summaries').put({ ...summary, folder: true }),
          tx.done,
        ]);
        return null;
      }),
    rename: (id, name) =>
      attempt(async (d) => {
        const tx = d.transaction(['summaries', 'collections'], 'readwrite');
        const [summary, head] = await Promise.all([
          tx.objectStore('summaries').get(id),
          tx.objectStore('collections').get(id),
        ]);
        await written(
          tx,
          summary && head
            ? [
                tx.objectStore('summaries').put({ ...summary, name }),
                tx.objectStore('collections').put({ ...head, name }),
                tx.done,
              ]
            : [tx.done],
        );
        return null;
      }),
    remove: (id) =>
      attempt(async (d) => {
        const tx = d.transaction([...ALL], 'readwrite');
        await written(tx, [...ALL.map((name) => tx.objectStore(name).delete(id)), tx.done]);
        return null;
      }),
    persist,
  };
}
