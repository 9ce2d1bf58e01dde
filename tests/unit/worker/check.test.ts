import { describe, expect, it } from 'vitest';
import { indexFor } from '../../../src/lib/check/collection.ts';
import { checkText } from '../../../src/lib/check/measure.ts';
import { packTexts } from '../../../src/lib/collection/packed.ts';
import {
  checker,
  readChecked,
  isCheckRequest,
  readPrepared,
  storedSpeeches,
  type CheckRequest,
  type Checked,
} from '../../../src/lib/worker/check.ts';
import { WorkerClient } from '../../../src/lib/worker/client.svelte.ts';
import { ownTextWork } from '../../../src/lib/worker/own-work.ts';
import { fakeWorkers } from '../../fixtures/fake-worker.ts';
import { corpus } from '../diff/corpus.ts';

const collection = { type: 'collection' as const, sha256: 'abc', speeches: corpus.speeches };
const s3 = corpus.speeches[2]!.paragraphs;
const text = [s3[1]!, s3[2]!, '这是一段全新的文字，文集里没有。'];

function setup() {
  const { workers, create } = fakeWorkers<CheckRequest>();
  const runner = new WorkerClient<CheckRequest, Checked>({ create }, readChecked);
  runner.keep(collection);
  return { workers, runner };
}

const request = { type: 'check' as const, paragraphs: text, k: 13, withTwins: false };
const checked: Checked = {
  report: checkText(indexFor(corpus.speeches), text),
  ms: 1,
  indexMs: 0,
  built: false,
};

describe('checker (the worker side)', () => {
  it('checks a text of the collection against the rest, never against itself', () => {
    // Issue 24 item 4: a kept collection's text is checked in the worker as a speech on the page.
    const speech = corpus.speeches[0]!;
    const answer = checker(() => collection)({
      ...request,
      id: 1,
      paragraphs: speech.paragraphs,
      self: 1,
    });
    if (answer.type !== 'checked') throw new Error('not checked');
    const onPage = checkText(indexFor(corpus.speeches), speech.paragraphs, { k: 13, self: 1 });
    expect(answer.report).toEqual(onPage);
    expect(answer.report.total).toBeLessThan(1);
  });

  it('builds the index on the first check only, and reports what checkText reports', () => {
    let kept = collection;
    const check = checker(() => kept);
    const first = check({ ...request, id: 1 });
    expect(first).toMatchObject({ id: 1, type: 'checked', built: true });
    const second = check({ ...request, id: 2, k: 20 });
    expect(second).toMatchObject({ id: 2, type: 'checked', built: false });
    if (second.type !== 'checked') throw new Error('not checked');
    expect(second.report).toEqual(checkText(indexFor(corpus.speeches), text, { k: 20 }));
    // Own texts are not in the collection: speech 3's paragraphs are found in （三） and （六）.
    expect(second.report.sources.map((s) => s.speech).slice(0, 2)).toEqual([3, 6]);
    // Another collection is indexed anew.
    kept = { ...collection, sha256: 'def', speeches: corpus.speeches.slice(0, 2) };
    expect(check({ ...request, id: 3 })).toMatchObject({ built: true });
  });

  it('answers a check that fails with its message, not a crash', () => {
    const broken = { ...collection, sha256: 'x', speeches: null as unknown as [] };
    const check = checker(() => broken);
    expect(check({ ...request, id: 7 })).toMatchObject({
      id: 7,
      type: 'check-error',
    });
  });

  it('tells a check request from a comparison request', () => {
    expect(isCheckRequest({ ...request, id: 1 })).toBe(true);
    for (const other of [null, 1, { id: 1, a: [], b: [] }, { type: 'check', id: '1' }])
      expect(isCheckRequest(other)).toBe(false);
  });
});

describe('the check’s WorkerClient (the page side)', () => {
  it('resolves with the answer, and keeps a worker that finished (and its index)', async () => {
    const { workers, runner } = setup();
    const result = runner.run(request);
    const w = workers[0]!;
    // The collection first, once; then the request, without it.
    expect(w.requests).toEqual([collection, { ...request, id: 1 }]);
    w.reply({ id: 1, type: 'started' });
    w.reply({ id: 1, type: 'checked', ...checked });
    expect(await result).toEqual({ type: 'done', value: checked });
    void runner.run({ ...request, k: 9 });
    expect(workers).toHaveLength(1);
    expect(w.terminated).toBe(false);
  });

  it('terminates a busy worker when a newer check comes, and never shows its answer', async () => {
    const { workers, runner } = setup();
    const first = runner.run(request);
    const second = runner.run({ ...request, k: 8 });
    expect(await first).toEqual({ type: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.reply({ id: 1, type: 'checked', ...checked });
    const fresh = workers[1]!;
    expect(fresh.requests).toMatchObject([collection, { id: 2, k: 8 }]);
    // An answer with the stale id is not this request's.
    fresh.reply({ id: 1, type: 'checked', ...checked });
    fresh.reply({ id: 2, type: 'checked', ...checked, ms: 2 });
    expect(await second).toEqual({ type: 'done', value: { ...checked, ms: 2 } });
  });

  it('cancels on request, and reports a failing worker or check as an error', async () => {
    const { workers, runner } = setup();
    const first = runner.run(request);
    runner.cancel();
    expect(await first).toEqual({ type: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    const second = runner.run(request);
    workers[1]!.onerror?.({ message: 'boom' });
    expect(await second).toEqual({ type: 'error', message: 'boom' });
    expect(workers[1]!.terminated).toBe(true);
    const third = runner.run(request);
    workers[2]!.reply({
      id: workers[2]!.requests[1]!.id,
      type: 'check-error',
      message: 'bad text',
    });
    expect(await third).toEqual({ type: 'error', message: 'bad text' });
    runner.dispose();
    expect(workers[2]!.terminated).toBe(true);
  });
});

describe('a kept collection the worker reads from the store itself', () => {
  // Issue 24: a kept text's 查重 got its collection's texts from the page (a structured clone of
  // 10,000 texts on the page's thread); now the page names it and the worker reads the store.
  const packed = packTexts(corpus.speeches);
  const store = {
    packed: (id: string) =>
      Promise.resolve(
        id === 'c0000' ? { ok: true as const, value: packed } : { ok: true as const, value: null },
      ),
  };
  const work = (posted: unknown[]) =>
    ownTextWork(
      (m) => posted.push(m),
      (id) => storedSpeeches(store, id),
    );
  const settled = () => new Promise((resolve) => setTimeout(resolve));

  it('checks against the texts it read, a check sent meanwhile waiting for them', async () => {
    const posted: unknown[] = [];
    const handle = work(posted);
    handle({ type: 'stored-collection', sha256: 'kept:c0000', id: 'c0000' });
    const speech = corpus.speeches[0]!;
    handle({ ...request, id: 1, paragraphs: speech.paragraphs, self: 1 });
    await settled();
    const onPage = checkText(indexFor(corpus.speeches), speech.paragraphs, { k: 13, self: 1 });
    expect(posted).toEqual([expect.objectContaining({ id: 1, type: 'checked', report: onPage })]);
  });

  it('prepares its 查重 ahead when asked, before any text (issue 24)', async () => {
    const posted: unknown[] = [];
    const handle = work(posted);
    handle({ type: 'stored-collection', sha256: 'kept:c0000', id: 'c0000' });
    handle({ type: 'prepare', id: 1 });
    handle({ ...request, id: 2 });
    await settled();
    expect(posted).toEqual([
      { id: 1, type: 'prepared' },
      expect.objectContaining({ id: 2, type: 'checked' }),
    ]);
    const outcome = readPrepared(posted[0], 1);
    expect(outcome).toEqual({ type: 'done', value: null });
  });

  it('says why when the store has no such collection', async () => {
    const posted: unknown[] = [];
    const handle = work(posted);
    handle({ type: 'stored-collection', sha256: 'kept:c9999', id: 'c9999' });
    handle({ type: 'prepare', id: 1 });
    handle({ ...request, id: 2 });
    await settled();
    const message = 'no collection c9999 kept in this browser';
    expect(posted).toEqual([
      { id: 1, type: 'check-error', message },
      { id: 2, type: 'check-error', message },
    ]);
    expect(readPrepared(posted[0], 1)).toEqual({ type: 'error', message });
  });
});
