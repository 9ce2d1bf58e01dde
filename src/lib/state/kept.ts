/**
 * A kept collection looked up for the app's state (app.svelte.ts), loaded with the first address
 * that names one, apart from the app's start: from the browser's store, its head alone for its
 * page, or whole, as the Corpus every view takes (corpus/collection.ts), once an address names
 * its texts; and the address's texts checked against it (url/kept.ts).
 */
import { corpusOf, speechesOf } from '../corpus/collection.ts';
import type { Corpus, Speech } from '../corpus/types.ts';
import { unpackTexts, type PackedTexts } from '../collection/packed.ts';
import {
  headOf,
  type CollectionHead,
  type CollectionStore,
  type Kept,
  type StoredCollection,
} from '../collection/types.ts';

export { inCollection } from './url/kept.ts';

/** A kept collection's name for the workers that keep its texts (its Corpus's sha256). */
export const keptName = (id: string) => `kept:${id}`;

const metaOf = (c: { id: string; name: string }) => ({
  title: c.name,
  source: '',
  sha256: keptName(c.id),
});

/** A collection the page has, ready to show; its id names it for a worker's index. */
export const ready = (c: StoredCollection): Kept => ({
  id: c.id,
  status: 'ready',
  corpus: corpusOf(c.items, metaOf(c)),
  head: headOf(c),
  held: true,
});

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * A kept collection's texts as the Corpus its views take, unpacked and counted one packed chunk
 * (500 texts) a task: 10,000 texts done at once held the page's thread for 200 ms.
 */
export async function corpusInSlices(head: CollectionHead, packed: PackedTexts): Promise<Corpus> {
  const speeches: Speech[] = [];
  let paragraph = 0;
  for (let c = 0; c < packed.chunks.length; c++) {
    if (c > 0) await nextTask();
    const from = c * packed.perChunk;
    const counts = packed.counts.subarray(from, from + packed.perChunk);
    const n = counts.reduce((sum, count) => sum + count, 0);
    const lengths = packed.lengths.subarray(paragraph, (paragraph += n));
    const chunk = { chunks: [packed.chunks[c]!], perChunk: packed.perChunk, counts, lengths };
    const texts = unpackTexts(chunk)
      .slice(0, Math.max(0, head.heads.length - from))
      .map((t, i) => ({ ...head.heads[from + i]!, ...t }));
    speeches.push(...speechesOf(texts, from + 1));
  }
  return { ...corpusOf([], metaOf(head)), speeches };
}

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
    const [got, packed] = await Promise.all([
      s.head(id),
      texts ? s.packed(id) : Promise.resolve(null),
    ]);
    if (!got.ok) return { id, status: 'missing', failed: got };
    if (packed && !packed.ok) return { id, status: 'missing', failed: packed };
    if (!got.value || (packed && !packed.value)) return { id, status: 'missing', failed: null };
    const corpus = packed?.value ? await corpusInSlices(got.value, packed.value) : null;
    return { id, status: 'ready', corpus, head: got.value };
  } catch (error) {
    return {
      id,
      status: 'missing',
      failed: { ok: false, problem: 'other', detail: String(error) },
    };
  }
}
