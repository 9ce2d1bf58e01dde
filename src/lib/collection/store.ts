/**
 * Collections kept in this browser, in IndexedDB through idb, opened by the page
 * (app/collections.ts) and by the collection worker, which keeps what it read and reads what it
 * indexes itself: the page never holds a large collection's texts. Three stores: the summaries
 * (what the home page lists), the heads (a collection without its texts: what its page shows)
 * and the texts, packed (collection/packed.ts: a few long strings, so that neither writing nor
 * reading them holds a thread for long). A collection's records, the folder's handle included,
 * are written together in one transaction so that none holds what another lacks. A failure is an
 * answer, not a throw: a full quota or a browser without IndexedDB (some private windows) is said
 * in words, and a write that fails is rolled back by its transaction, so nothing already kept is
 * lost. Another tab's newer version of the store takes it over: this one lets go and says so
 * (`watch`), and one that waits on an older tab says that it waits.
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
  type StoreState,
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

/** What the store's owner is told of other tabs' versions (storeOver's `watch`). */
export interface OpenHooks {
  /** An older tab holds the store open: this open waits until it lets go. */
  blocked(): void;
  /** A newer tab asks for the store: this connection is closed, and answers no more. */
  replaced(): void;
}

export const openStore = (hooks: OpenHooks): Promise<Database> =>
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
    // answers that it was replaced (the page says to reload), its running writes finished first.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      hooks.replaced();
    },
    blocked: () => hooks.blocked(),
  });

/** The name of the error an open waiting on an older tab answers with. */
const BLOCKED = 'BlockedError';

function problemOf(error: unknown): StoreProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'unavailable';
  if (name === BLOCKED) return 'blocked';
  return 'other';
}

/**
 * A write's transaction, its requests and its end awaited together. When it aborts (a full
 * quota), its requests fail first with AbortError; the reason is the transaction's own error,
 * set before they fail, so that is what is thrown.
 */
async function written(
  tx: { error: DOMException | null; abort(): void; done: Promise<void> },
  steps: (() => Promise<unknown>)[],
) {
  const requests: Promise<unknown>[] = [];
  try {
    for (const step of steps) requests.push(step());
  } catch (error) {
    // A request refused at once (a value that cannot be kept, a store that will not take it):
    // none of those made before it is kept either, and their failing is this one's.
    for (const request of [...requests, tx.done]) request.catch(() => {});
    tx.abort();
    throw error;
  }
  try {
    await Promise.all([...requests, tx.done]);
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
  open: ((hooks: OpenHooks) => Promise<Database>) | undefined,
  persist: () => Promise<boolean> = () => Promise.resolve(false),
): CollectionStore {
  let state: StoreState = 'open';
  const listeners = new Set<(state: StoreState) => void>();
  /** Calls waiting on the open: if an older tab blocks it, they answer 'blocked' at once. */
  const waiting = new Set<() => void>();
  const unlessBlocked = () =>
    new Promise<never>((_, reject) => {
      const answer = () => reject(new DOMException('an older tab holds the store', BLOCKED));
      if (state === 'blocked') answer();
      else waiting.add(answer);
    });
  const become = (next: StoreState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };
  const hooks: OpenHooks = {
    blocked() {
      become('blocked');
      for (const answer of waiting) answer();
      waiting.clear();
    },
    replaced: () => become('replaced'),
  };
  let opened: Promise<Database> | null = null;
  let ready = false;
  const db = () => {
    if (!open) throw new DOMException('no IndexedDB', 'InvalidStateError');
    if (opened && ready) return opened;
    if (!opened) {
      const opening = open(hooks);
      opened = opening;
      // A failed open (a private window) is tried again next time, not remembered.
      opening.then(
        () => {
          [ready, opened] = [true, opening];
          waiting.clear();
          if (state === 'blocked') become('open');
        },
        () => {
          opened = null;
          waiting.clear();
        },
      );
    }
    // The open goes on waiting (it answers once the older tab lets go); the call does not.
    return Promise.race([opened, unlessBlocked()]);
  };
  async function attempt<T>(work: (database: Database) => Promise<T>): Promise<Stored<T>> {
    if (state === 'replaced') return { ok: false, problem: 'replaced', detail: '' };
    try {
      return { ok: true, value: await work(await db()) };
    } catch (error) {
      // A write under way when a newer tab closed the connection: say that, not "unavailable".
      const problem = (state as StoreState) === 'replaced' ? 'replaced' : problemOf(error);
      return { ok: false, problem, detail: String(error) };
    }
  }
  return {
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
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
            () => tx.objectStore('collections').put(h),
            () => tx.objectStore('texts').put(texts),
            () => tx.objectStore('summaries').put(summaryOf(h)),
          ]);
        };
        try {
          await write(head);
          return { folder: head.handle !== undefined };
        } catch (error) {
          // A folder handle this browser cannot keep: the texts are kept without it (said).
          if (!head.handle || (error as Error | null)?.name !== 'DataCloneError') throw error;
          const { handle: _, ...rest } = head;
          await write(rest);
          return { folder: false };
        }
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
                () => tx.objectStore('summaries').put({ ...summary, name }),
                () => tx.objectStore('collections').put({ ...head, name }),
              ]
            : [],
        );
        return null;
      }),
    remove: (id) =>
      attempt(async (d) => {
        const tx = d.transaction([...ALL], 'readwrite');
        await written(
          tx,
          ALL.map((name) => () => tx.objectStore(name).delete(id)),
        );
        return null;
      }),
    persist,
  };
}
