/**
 * A kept collection looked up for the app's state (app.svelte.ts), loaded with the first address
 * that names one, apart from the app's start: from the browser's store, its head alone for its
 * page, or whole, as the Corpus every view takes (corpus/collection.ts), once an address names
 * its texts; and the address's texts checked against it (url/kept.ts).
 */
import { corpusOf } from '../corpus/collection.ts';
import {
  headOf,
  type CollectionHead,
  type CollectionStore,
  type Kept,
  type Stored,
  type StoredCollection,
} from '../collection/types.ts';

export { inCollection } from './url/kept.ts';

/** A collection the page has, ready to show; its id names it for a worker's index. */
export const ready = (c: StoredCollection): Kept => ({
  id: c.id,
  status: 'ready',
  corpus: corpusOf(c.items, { title: c.name, source: '', sha256: `kept:${c.id}` }),
  head: headOf(c),
});

/**
 * The collection `id` from the store, with its texts or (`texts` false: its page) only its head:
 * ready, or missing (with why the store failed, if it did).
 */
export async function lookUp(
  id: string,
  store?: () => Promise<CollectionStore>,
  texts = true,
): Promise<Kept> {
  if (!store) return { id, status: 'missing', failed: null };
  try {
    const s = await store();
    const got: Stored<StoredCollection | CollectionHead | null> = texts
      ? await s.get(id)
      : await s.head(id);
    if (!got.ok) return { id, status: 'missing', failed: got };
    if (!got.value) return { id, status: 'missing', failed: null };
    return 'items' in got.value
      ? ready(got.value)
      : { id, status: 'ready', corpus: null, head: got.value };
  } catch (error) {
    return {
      id,
      status: 'missing',
      failed: { ok: false, problem: 'other', detail: String(error) },
    };
  }
}
