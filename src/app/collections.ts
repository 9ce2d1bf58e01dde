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

export const collections: CollectionStore = {
  ...storeOver(typeof indexedDB === 'undefined' ? undefined : openStore),
  persist,
};
