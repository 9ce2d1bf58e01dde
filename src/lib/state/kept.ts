/**
 * A kept collection looked up for the app's state (app.svelte.ts), loaded with the first address
 * that names one, apart from the app's start: from the browser's store, as the Corpus every view
 * takes (corpus/collection.ts), and the address's texts checked against it (url/kept.ts).
 */
import { corpusOf } from '../corpus/collection.ts';
import type { CollectionStore, Kept, StoredCollection } from '../collection/types.ts';

export { inCollection } from './url/kept.ts';

/** A collection the page has, ready to show; its id names it for a worker's index. */
export const ready = (c: StoredCollection): Kept => ({
  id: c.id,
  status: 'ready',
  corpus: corpusOf(c.items, { title: c.name, source: '', sha256: `kept:${c.id}` }),
  stored: c,
});

/** The collection `id` from the store: ready, or missing (with why the store failed, if it did). */
export async function lookUp(id: string, store?: () => Promise<CollectionStore>): Promise<Kept> {
  if (!store) return { id, status: 'missing', failed: null };
  try {
    const got = await (await store()).get(id);
    if (got.ok) return got.value ? ready(got.value) : { id, status: 'missing', failed: null };
    return { id, status: 'missing', failed: got };
  } catch (error) {
    return {
      id,
      status: 'missing',
      failed: { ok: false, problem: 'other', detail: String(error) },
    };
  }
}
