/**
 * The page's collections kept in this browser (the store itself, also opened by the
 * collection worker: lib/collection/store.ts), and the browser asked to keep them.
 */
import type { CollectionStore } from '../lib/collection/types.ts';
import { openStore, storeOver } from '../lib/collection/store.ts';

async function persist() {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/**
 * A kept collection's 查重 worker made ahead, in idle time, when the page reads its texts (a view
 * of them opens): the worker reads the collection from the store itself and prepares its 查重
 * (views/report/kept-check.ts), so that its first report does not wait seconds for it.
 */
function checkAhead(id: string) {
  if (typeof requestIdleCallback !== 'function') return;
  requestIdleCallback(() => {
    void import('../views/report/kept-check.ts').then((code) => code.keptCheck(id)).catch(() => {});
  });
}

const store = storeOver(typeof indexedDB === 'undefined' ? undefined : openStore);

export const collections: CollectionStore = {
  ...store,
  packed: (id) => {
    checkAhead(id);
    return store.packed(id);
  },
  persist,
};
