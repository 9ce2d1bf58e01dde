import { describe, expect, it } from 'vitest';
import { packTexts } from '../../../src/lib/collection/packed.ts';
import { storeOver } from '../../../src/lib/collection/store.ts';
import type { CollectionStore, StoredCollection } from '../../../src/lib/collection/types.ts';
import {
  answerCollection,
  collectionWorker,
  type CollectionResponse,
} from '../../../src/lib/worker/collection.ts';

/** A store of what `put` was given, that can be full; the worker uses only put and packed. */
function memoryStore(full = false) {
  const kept = new Map<string, StoredCollection>();
  const store = {
    kept,
    put: (c: StoredCollection) =>
      Promise.resolve(
        full
          ? { ok: false as const, problem: 'quota' as const, detail: 'full' }
          : (kept.set(c.id, c), { ok: true as const, value: { folder: c.handle !== undefined } }),
      ),
    packed: (id: string) => {
      const c = kept.get(id);
      return Promise.resolve({ ok: true as const, value: c ? packTexts(c.items) : null });
    },
  };
  return store as typeof store & CollectionStore;
}

const file = (name: string, text: string) => {
  const data = new TextEncoder().encode(text);
  return { name, size: data.length, arrayBuffer: () => Promise.resolve(data.slice().buffer) };
};
const entries = [
  { path: '集/一.txt', file: file('一.txt', '甲乙丙丁戊己庚辛壬癸子丑寅卯') },
  { path: '集/二.txt', file: file('二.txt', '乙') },
  { path: '集/三.txt', file: file('三.txt', '甲乙丙丁戊己庚辛壬癸子丑寅卯') },
];
const keep = { id: 'cabcd1', name: '集', created: 1 };

describe('the collection worker', () => {
  it('indexes the texts posted as the texts themselves', async () => {
    const posted: unknown[] = [];
    const texts = [
      { paragraphs: ['甲乙丙丁戊己庚辛壬癸子丑寅卯'] },
      { paragraphs: ['乙'] },
      { paragraphs: ['甲乙丙丁戊己庚辛壬癸子丑寅卯'] },
    ];
    await answerCollection(
      { type: 'index', id: 1, texts: packTexts(texts), minRun: 13 },
      (m) => posted.push(m),
      storeOver(undefined),
    );
    expect(posted.at(-1)).toMatchObject({ type: 'indexed', value: { identical: [[0, 2]] } });
  });

  it('keeps what it read in the store and answers with the count alone; indexes it from there', async () => {
    const store = memoryStore();
    const posted: CollectionResponse[] = [];
    await answerCollection(
      { type: 'bring', id: 1, entries, total: 3, keep },
      (m) => posted.push(m),
      store,
    );
    expect(posted.at(-1)).toEqual({
      id: 1,
      type: 'brought',
      value: { texts: [], refused: [], count: 3, stored: { ok: true, value: { folder: false } } },
    });
    expect(store.kept.get('cabcd1')?.items.map((t) => t.title)).toEqual(['一', '三', '二']);
    await answerCollection(
      { type: 'index', id: 2, texts: 'cabcd1', minRun: 13 },
      (m) => posted.push(m),
      store,
    );
    expect(posted.at(-1)).toMatchObject({ type: 'indexed', value: { identical: [[0, 1]] } });
  });

  it('gives the texts back when the store will not keep them, and says why', async () => {
    const posted: CollectionResponse[] = [];
    const store = memoryStore(true);
    await answerCollection(
      { type: 'bring', id: 1, entries, total: 3, keep },
      (m) => posted.push(m),
      store,
    );
    expect(posted.at(-1)).toMatchObject({
      type: 'brought',
      value: { count: 3, stored: { ok: false, problem: 'quota' } },
    });
    const answer = posted.at(-1) as Extract<CollectionResponse, { type: 'brought' }>;
    expect(answer.value.texts.map((t) => t.paragraphs)).toEqual([
      ['甲乙丙丁戊己庚辛壬癸子丑寅卯'],
      ['甲乙丙丁戊己庚辛壬癸子丑寅卯'],
      ['乙'],
    ]);
  });

  it('says so when the texts to index are not kept', async () => {
    const posted: CollectionResponse[] = [];
    await answerCollection(
      { type: 'index', id: 1, texts: 'cnone1', minRun: 13 },
      (m) => posted.push(m),
      memoryStore(),
    );
    expect(posted.at(-1)).toMatchObject({
      type: 'error',
      message: 'cnone1: not kept in this browser',
    });
  });

  it('waits for a bring’s files that come in parts, and drops them for a newer request', async () => {
    const posted: CollectionResponse[] = [];
    const store = memoryStore();
    const answer = collectionWorker((m) => posted.push(m), store);
    answer({ type: 'bring', id: 1, entries: entries.slice(0, 1), total: 3, keep });
    answer({ type: 'entries', entries: entries.slice(1, 2) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted).toEqual([]);
    answer({ type: 'entries', entries: entries.slice(2) });
    await expect.poll(() => posted.at(-1)?.type).toBe('brought');
    expect(posted.at(-1)).toMatchObject({ id: 1, value: { count: 3 } });
    expect(store.kept.get('cabcd1')?.items).toHaveLength(3);

    answer({ type: 'bring', id: 2, entries: entries.slice(0, 1), total: 3, keep });
    answer({ type: 'index', id: 3, texts: 'cabcd1', minRun: 13 });
    answer({ type: 'entries', entries: entries.slice(1) });
    await expect.poll(() => posted.at(-1)?.type).toBe('indexed');
    expect(posted.filter((m) => m.type === 'brought')).toHaveLength(1);
  });
});
