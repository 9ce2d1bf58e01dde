// Storage faults (issue 24 item 2): a full quota and a browser that keeps nothing are answers in
// words, never throws, and what was kept before is still there. The database is a fake that
// behaves as IndexedDB does when a transaction aborts: its requests fail first with AbortError,
// then the transaction, with the reason as its error.
import { describe, expect, it } from 'vitest';
import { storeOver } from '../../../src/app/collections.ts';
import { storedOf, type StoredCollection } from '../../../src/lib/collection/types.ts';

type Name = 'summaries' | 'collections';
type Value = { id: string } & Record<string, unknown>;

function fakeDatabase() {
  const data: Record<Name, Map<string, Value>> = { summaries: new Map(), collections: new Map() };
  const kept = () => JSON.stringify([...data.collections.values()]).length;
  const database = {
    /** Bytes the stored collections may take, as JSON. */
    quota: Infinity,
    getAll: (name: Name) => Promise.resolve([...data[name].values()]),
    get: (name: Name, id: string) => Promise.resolve(data[name].get(id)),
    transaction() {
      const writes: (() => void)[] = [];
      let bytes = 0;
      let settle: (error: DOMException | null) => void = () => {};
      const outcome = new Promise<DOMException | null>((resolve) => (settle = resolve));
      const request = <T>(value: T) =>
        outcome.then((error) => {
          if (error) throw new DOMException('The transaction was aborted.', 'AbortError');
          return value;
        });
      const tx = {
        error: null as DOMException | null,
        objectStore: (name: Name) => ({
          get: (id: string) => Promise.resolve(data[name].get(id)),
          put(value: Value) {
            bytes += name === 'collections' ? JSON.stringify(value).length : 0;
            writes.push(() => data[name].set(value.id, value));
            return request(value.id);
          },
          delete(id: string) {
            writes.push(() => data[name].delete(id));
            return request(undefined);
          },
        }),
        // Settled after the requests, as the abort event comes after their error events.
        done: outcome
          .then((error) => error)
          .then((error) => {
            if (error) throw error;
          }),
      };
      setTimeout(() => {
        if (kept() + bytes > database.quota) {
          tx.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          settle(tx.error);
        } else {
          for (const write of writes) write();
          settle(null);
        }
      });
      return tx;
    },
  };
  return database;
}

const collection = (id: string, text: string): StoredCollection =>
  storedOf(id, `文集${id}`, 1, [{ id: 'a.txt', title: 'a', paragraphs: [text] }], []);

describe('the collections store when storage fails', () => {
  it('a full quota is said as such, and the collections kept before are all there', async () => {
    const database = fakeDatabase();
    const store = storeOver(() => Promise.resolve(database as never));
    expect(await store.put(collection('cfirst', '已经保存的文字'))).toEqual({
      ok: true,
      value: null,
    });
    database.quota = JSON.stringify([collection('cfirst', '已经保存的文字')]).length + 100;
    const failed = await store.put(collection('csecond', '放不下的文字'.repeat(100)));
    expect(failed).toMatchObject({ ok: false, problem: 'quota' });
    const listed = await store.list();
    expect(listed.ok && listed.value.map((s) => s.id)).toEqual(['cfirst']);
    const got = await store.get('cfirst');
    expect(got.ok && got.value?.items[0]?.paragraphs).toEqual(['已经保存的文字']);
    // A rename that does not fit either leaves the name as it was.
    database.quota = 0;
    expect(await store.rename('cfirst', '新名字')).toMatchObject({ ok: false, problem: 'quota' });
    const again = await store.get('cfirst');
    expect(again.ok && again.value?.name).toBe('文集cfirst');
  });

  it('a browser without IndexedDB: every call answers "unavailable", none throws', async () => {
    const store = storeOver(undefined);
    for (const answer of [
      await store.list(),
      await store.get('cx1234'),
      await store.put(collection('cx1234', '字')),
      await store.rename('cx1234', 'y'),
      await store.remove('cx1234'),
    ])
      expect(answer).toMatchObject({ ok: false, problem: 'unavailable' });
  });

  it('a private window that refuses to open the database: "unavailable", and it is asked again next time', async () => {
    let opens = 0;
    const store = storeOver(() => {
      opens++;
      return Promise.reject(
        new DOMException('A mutation operation was attempted', 'InvalidStateError'),
      );
    });
    expect(await store.list()).toMatchObject({ ok: false, problem: 'unavailable' });
    expect(await store.put(collection('cx1234', '字'))).toMatchObject({
      ok: false,
      problem: 'unavailable',
    });
    expect(opens).toBe(2);
  });
});
