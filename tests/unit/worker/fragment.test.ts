import { describe, expect, it } from 'vitest';
import { encodeFragment } from '../../../src/lib/intake/fragment.ts';
import {
  FragmentClient,
  PAGE_ENCODE_CHARS,
  fragmentCodec,
  type FragmentRequest,
  type FragmentResponse,
  type FragmentWorker,
} from '../../../src/lib/worker/fragment.ts';

/** A worker that records what it is asked and answers when the test says. */
class FakeWorker implements FragmentWorker {
  sent: FragmentRequest[] = [];
  terminated = false;
  onmessage: FragmentWorker['onmessage'] = null;
  onerror: FragmentWorker['onerror'] = null;
  postMessage(message: FragmentRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: FragmentResponse) {
    this.onmessage?.({ data });
  }
  /** Answers every request as the real worker would. */
  work() {
    const codec = fragmentCodec();
    for (const request of this.sent) {
      const response = codec(request);
      if (response) this.answer(response);
    }
  }
}

function setup(make: () => FragmentWorker = () => new FakeWorker()) {
  const workers: FragmentWorker[] = [];
  const client = new FragmentClient(
    () => {
      const w = make();
      workers.push(w);
      return w;
    },
    ['甲'],
    'ab',
  );
  return { client, workers, worker: () => workers.at(-1) as FakeWorker };
}

describe('FragmentClient', () => {
  it('sends the collection once, and only the latest request gets its fragment', async () => {
    const { client, worker } = setup();
    const first = client.encode({ a: '1' });
    const second = client.encode({ a: '2' });
    expect(worker().sent[0]).toEqual({ type: 'collection', paragraphs: ['甲'], sha256: 'ab' });
    expect(await first).toEqual({ type: 'overtaken' });
    worker().answer({ id: 1, type: 'encoded', hash: '#old' });
    worker().answer({ id: 2, type: 'encoded', hash: '#v1.new' });
    expect(await second).toEqual({ type: 'done', hash: '#v1.new', where: 'worker' });
  });

  it('answers a request to keep even when newer ones overtake it, in order', async () => {
    const { client, worker } = setup();
    const answers: string[] = [];
    // A Compare (kept), a typed change (not kept), another Compare (kept), another change.
    const requests = [
      client.encode({ a: '1' }, true),
      client.encode({ a: '2' }),
      client.encode({ a: '3' }, true),
      client.encode({ a: '4' }),
    ].map((p) => p.then((e) => answers.push(e.type === 'done' ? e.hash : e.type)));
    for (const id of [1, 2, 3, 4]) worker().answer({ id, type: 'encoded', hash: `#${id}` });
    await Promise.all(requests);
    // The typed change overtaken is dropped (at once); both Compares get theirs, in order.
    expect(answers).toEqual(['overtaken', '#1', '#3', '#4']);
    // Disposed, nothing is left waiting.
    const late = client.encode({ a: '5' }, true);
    client.dispose();
    expect(await late).toEqual({ type: 'overtaken' });
  });

  // Issue 22 §7: a link was inflated and parsed on the page.
  it('reads a fragment in the worker, not on the page', async () => {
    const { client, worker } = setup();
    const hash = encodeFragment({ a: '甲乙', b: '丙' });
    const read = client.decode(hash);
    expect(worker().sent).toContainEqual({ type: 'decode', id: 1, hash });
    worker().work();
    expect(await read).toEqual({
      decoded: { ok: true, texts: { a: '甲乙', b: '丙' } },
      where: 'worker',
    });
  });

  // Issue 22 §3: without Worker, every #v1. link gave a blank page and an uncaught error.
  it('works on the page when no worker can be made, and says so', async () => {
    const { client } = setup(() => {
      throw new ReferenceError('Worker is not defined');
    });
    const texts = { a: '甲乙', b: '丙' };
    const hash = encodeFragment(texts);
    expect(await client.decode(hash)).toEqual({
      decoded: { ok: true, texts },
      where: 'page',
      why: 'no-worker',
    });
    expect(await client.encode(texts)).toEqual({
      type: 'done',
      hash,
      where: 'page',
      why: 'no-worker',
    });
    // A draft too long to pack on the page in a few milliseconds: the link is not made.
    expect(await client.encode({ a: '字'.repeat(PAGE_ENCODE_CHARS + 1) })).toEqual({
      type: 'failed',
      why: 'no-worker',
    });
  });

  // Issue 22 §4: a worker whose script did not load left the draft without a link, unsaid.
  it('answers on the page what a failed worker owed, and tries a new worker next time', async () => {
    const { client, workers, worker } = setup();
    const short = client.encode({ a: '甲' }, true);
    const long = client.encode({ a: '字'.repeat(PAGE_ENCODE_CHARS + 1) }, true);
    const read = client.decode('#v1.AAAA');
    const failed = worker();
    failed.onerror?.({});
    expect(failed.terminated).toBe(true);
    expect(await short).toMatchObject({ type: 'done', where: 'page', why: 'worker-failed' });
    expect(await long).toEqual({ type: 'failed', why: 'worker-failed' });
    expect(await read).toMatchObject({ where: 'page', decoded: { ok: false } });
    const again = client.encode({ a: '乙' });
    expect(workers).toHaveLength(2);
    worker().work();
    expect(await again).toMatchObject({ type: 'done', where: 'worker' });
  });
});
