// Storage faults (issue 24 item 2): a full quota and a browser that keeps nothing are answers in
// words, never throws, and what was kept before is still there. The database is a fake that
// behaves as IndexedDB does when a transaction aborts: its requests fail first with AbortError,
// then the transaction, with the reason as its error.
import { describe, expect, it } from 'vitest';
import { storeOver, type OpenHooks } from '../../../src/lib/collection/store.ts';
import { storedOf, type StoredCollection } from '../../../src/lib/collection/types.ts';

type Name = 'summaries' | 'collections' | 'texts';
type Value = { id: string } & Record<string, unknown>;

function fakeDatabase() {
  const data: Record<Name, Map<string, Value>> = {
    summaries: new Map(),
    collections: new Map(),
    texts: new Map(),
  };
  const kept = () => JSON.stringify([...data.texts.values()]).length;
  const database = {
    /** Bytes the stored collections may take, as JSON. */
    quota: Infinity,
    /** Texts with this id are refused at once, as a request the browser throws on. */
    refuse: '',
    used: () => kept(),
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
            if (name === 'texts' && value.id === database.refuse)
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            bytes += JSON.stringify(value).length;
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
      let aborted = false;
      Object.assign(tx, {
        abort() {
          aborted = true;
          settle(new DOMException('The transaction was aborted.', 'AbortError'));
        },
      });
      setTimeout(() => {
        if (aborted) return;
        if (writes.length > 0 && kept() + bytes > database.quota) {
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

describe('the collections store', () => {
  it('keeps a collection as its head and its packed texts, and gives it back whole', async () => {
    const store = storeOver(() => Promise.resolve(fakeDatabase() as never));
    const whole = storedOf(
      'cwhole',
      '文集',
      5,
      [
        { id: 'a.txt', title: 'a', paragraphs: ['甲𠮷乙', '\u2028'], series: 's', date: '2023' },
        { id: 'b.txt', title: 'b', paragraphs: [] },
      ],
      [{ path: 'c.bin', reason: 'binary' }],
    );
    expect(await store.put(whole)).toEqual({ ok: true, value: { folder: false } });
    expect(await store.get('cwhole')).toEqual({ ok: true, value: whole });
    const head = await store.head('cwhole');
    expect(head.ok && head.value).toEqual({
      id: 'cwhole',
      name: '文集',
      created: 5,
      texts: 2,
      chars: 4,
      heads: [
        { id: 'a.txt', title: 'a', series: 's', date: '2023' },
        { id: 'b.txt', title: 'b' },
      ],
      refused: [{ path: 'c.bin', reason: 'binary' }],
    });
    const packed = await store.packed('cwhole');
    expect(packed.ok && packed.value?.chunks).toEqual(['甲𠮷乙\u2028']);
    expect(await store.remove('cwhole')).toEqual({ ok: true, value: null });
    expect(await store.packed('cwhole')).toEqual({ ok: true, value: null });
    expect(await store.get('cwhole')).toEqual({ ok: true, value: null });
  });
});

describe('the collections store and other tabs (issue 24: versionchange, blocked)', () => {
  /** An open that an older tab blocks until `letGo`; `replace` is a newer tab asking for it. */
  function blockedOpen() {
    const database = fakeDatabase();
    const control = { letGo: () => {}, replace: () => {} };
    const open = (hooks: OpenHooks) => {
      control.replace = () => hooks.replaced();
      hooks.blocked();
      return new Promise<never>((resolve) => {
        control.letGo = () => resolve(database as never);
      });
    };
    return { open, control };
  }

  it('an open blocked by an older tab answers "blocked" at once, then opens when it lets go', async () => {
    const { open, control } = blockedOpen();
    const store = storeOver(open);
    const states: string[] = [];
    store.watch((state) => states.push(state));
    expect(await store.list()).toMatchObject({ ok: false, problem: 'blocked' });
    control.letGo();
    await expect.poll(() => states).toEqual(['blocked', 'open']);
    expect(await store.list()).toEqual({ ok: true, value: [] });
  });

  it('a newer tab taking the store over: every call says "replaced", none throws or waits', async () => {
    const { open, control } = blockedOpen();
    const store = storeOver(open);
    const states: string[] = [];
    store.watch((state) => states.push(state));
    void store.list();
    control.letGo();
    expect(await store.put(collection('ckept1', '已经保存的文字'))).toMatchObject({ ok: true });
    control.replace();
    expect(states.at(-1)).toBe('replaced');
    for (const answer of [
      await store.list(),
      await store.put(collection('cnew12', '字')),
      await store.rename('ckept1', '新'),
    ])
      expect(answer).toMatchObject({ ok: false, problem: 'replaced' });
  });
});

describe('the collections store when storage fails', () => {
  it('a full quota is said as such, and the collections kept before are all there', async () => {
    const database = fakeDatabase();
    const store = storeOver(() => Promise.resolve(database as never));
    expect(await store.put(collection('cfirst', '已经保存的文字'))).toEqual({
      ok: true,
      value: { folder: false },
    });
    database.quota = database.used() + 100;
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

  it('a write refused at once keeps nothing of the collection, not its head alone (regression)', async () => {
    const database = fakeDatabase();
    const store = storeOver(() => Promise.resolve(database as never));
    database.refuse = 'crefused';
    expect(await store.put(collection('crefused', '放不下'))).toMatchObject({
      ok: false,
      problem: 'quota',
    });
    // The fake's transaction ends a task later, as it would have committed what it was given.
    await new Promise((resolve) => setTimeout(resolve));
    expect(await store.head('crefused')).toEqual({ ok: true, value: null });
    expect(await store.list()).toEqual({ ok: true, value: [] });
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
