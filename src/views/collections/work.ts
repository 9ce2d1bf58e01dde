/**
 * The collections' view's link to its worker (files read, texts indexed), and the collections
 * brought while this page is open, kept here too so that one the browser would not store can
 * still be read.
 */
import type { Entry } from '../../lib/collection/bring.ts';
import type { DirectoryLike } from '../../lib/collection/folder.ts';
import type { StoredCollection } from '../../lib/collection/types.ts';
import { CollectionClient, type CollectionRequest } from '../../lib/worker/collection.ts';
import type { RunnerWorker } from '../../lib/worker/runner.ts';

export const collectionRunner = (): CollectionClient =>
  new CollectionClient(
    () =>
      new Worker(new URL('../../workers/collection.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as RunnerWorker<CollectionRequest>,
  );

/** The files of a folder by their paths in it; files chosen one by one by their names. */
export const entriesOf = (files: FileList | File[]): Entry[] =>
  Array.from(files, (file) => ({ path: file.webkitRelativePath || file.name, file }));

/** A folder handle that can also be asked for permission again (the File System Access API). */
export type FolderHandle = DirectoryLike & {
  requestPermission?(options: { mode: 'read' }): Promise<'granted' | 'denied' | 'prompt'>;
};

/** showDirectoryPicker where the browser has it (Chromium), else null: the input stays. */
export const directoryPicker = ():
  ((options: { mode: 'read' }) => Promise<FolderHandle>) | null => {
  const picker = (
    globalThis as { showDirectoryPicker?: (options: { mode: 'read' }) => Promise<FolderHandle> }
  ).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(globalThis) : null;
};

/**
 * The handle as the worker can be given it (it keeps it with the collection, in one
 * transaction), or undefined: one that cannot be copied (no real handle) is not kept.
 */
export function sendable(handle: FolderHandle | undefined): FolderHandle | undefined {
  if (!handle) return undefined;
  try {
    structuredClone(handle);
    return handle;
  } catch {
    return undefined;
  }
}

/** Collections brought in this page's life whose folder could not be kept (said on their page). */
export const folderNotKept = new Set<string>();

/** Collections brought in this page's life, by id (the store may have refused them). */
export const broughtHere = new Map<string, StoredCollection>();

/** A new collection's id: time and chance in base 36 (COLLECTION_ID's shape). */
export const newId = (): string =>
  `c${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
