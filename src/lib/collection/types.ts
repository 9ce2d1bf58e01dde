/**
 * A collection kept in the browser, and what the page needs of the place it is kept in
 * (src/app/collections.ts keeps it in IndexedDB; tests use a fake).
 */
import { codePoints } from '../code-points.ts';
import type { CollectionText } from '../passim/text.ts';
import type { Corpus } from '../corpus/types.ts';
import type { Refusal } from './bring.ts';
import type { DirectoryLike } from './folder.ts';
import type { PackedTexts } from './packed.ts';

export interface Summary {
  id: string;
  name: string;
  /** Milliseconds since 1970, when it was brought. */
  created: number;
  texts: number;
  /** Characters (code points) over all texts' paragraphs. */
  chars: number;
  /** Brought from a folder whose handle is kept (showDirectoryPicker): it can be read again. */
  folder?: boolean;
}

export interface StoredCollection extends Summary {
  items: CollectionText[];
  /** Files refused when it was brought, kept so that the collection's page can still say. */
  refused: Refusal[];
  /** The folder it was read from, where the browser gives a handle that can be kept. */
  handle?: DirectoryLike;
}

/** A text without its paragraphs: what a collection's page lists of it. */
type TextHead = Omit<CollectionText, 'paragraphs'>;

/**
 * A kept collection without its texts: what its page shows (names, counts, what was refused)
 * before and beside the findings, which a worker works out from the texts it reads itself.
 */
export interface CollectionHead extends Summary {
  heads: TextHead[];
  refused: Refusal[];
  handle?: DirectoryLike;
}

export const headOf = ({ items, ...rest }: StoredCollection): CollectionHead => ({
  ...rest,
  heads: items.map(({ paragraphs: _, ...head }) => head),
});

/**
 * Why keeping failed: storage full, none in this browser (a private window), an older tab that
 * holds the store open (blocked), a newer tab that took it over (replaced: reload), or other.
 */
export type StoreProblem = 'quota' | 'unavailable' | 'blocked' | 'replaced' | 'other';

/** The store as other tabs leave it: open, waiting on an older tab, or taken over by a newer. */
export type StoreState = 'open' | 'blocked' | 'replaced';

export type Stored<T> =
  { ok: true; value: T } | { ok: false; problem: StoreProblem; detail: string };

export interface CollectionStore {
  list(): Promise<Stored<Summary[]>>;
  /** The whole collection, its texts unpacked (an export, a view of its texts). */
  get(id: string): Promise<Stored<StoredCollection | null>>;
  /** The collection without its texts (its page). */
  head(id: string): Promise<Stored<CollectionHead | null>>;
  /** Its texts as they are kept (what a worker indexes). */
  packed(id: string): Promise<Stored<PackedTexts | null>>;
  /**
   * Keeps the collection, with the folder's handle when it has one, in one transaction; `folder`:
   * whether the handle was kept (a browser that cannot keep it keeps the texts without it).
   */
  put(collection: StoredCollection): Promise<Stored<{ folder: boolean }>>;
  rename(id: string, name: string): Promise<Stored<null>>;
  remove(id: string): Promise<Stored<null>>;
  /** Tells `listener` each time other tabs change the store's state; returns the unsubscribe. */
  watch(listener: (state: StoreState) => void): () => void;
  /** Asks the browser to keep the data under storage pressure; whether it will. */
  persist(): Promise<boolean>;
}

/** Ids: 'c' and base-36 digits, as a URL carries them (lib/state/url/index.ts checks the shape). */
export const COLLECTION_ID = /^c[0-9a-z]{4,24}$/u;

/** A brought collection as it is kept: its counts worked out once. */
export function storedOf(
  id: string,
  name: string,
  created: number,
  items: CollectionText[],
  refused: Refusal[],
): StoredCollection {
  let chars = 0;
  for (const t of items) for (const p of t.paragraphs) chars += codePoints(p);
  return { id, name, created, texts: items.length, chars, items, refused };
}

/**
 * The kept collection the address names, as far as it has been looked up: loading (`texts`:
 * with its texts), here (its head, and its texts as a Corpus once an address names one of
 * them: its page alone never loads them), or not kept in this browser (`failed`: why the store
 * could not say, if it failed).
 */
export type Kept =
  | { id: string; status: 'loading'; texts: boolean }
  | {
      id: string;
      status: 'ready';
      corpus: Corpus | null;
      head: CollectionHead;
      /** The page holds it, not the store (one brought here that the browser would not keep). */
      held?: boolean;
    }
  | { id: string; status: 'missing'; failed: StoreFailure | null };

type StoreFailure = Extract<Stored<unknown>, { ok: false }>;
