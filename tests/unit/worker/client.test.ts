import { describe, expect, it } from 'vitest';
import { WorkerClient } from '../../../src/lib/worker/client.svelte.ts';
import type { RunOutcome } from '../../../src/lib/worker/runner.ts';
import { FakeWorker, fakeWorkers } from '../../fixtures/fake-worker.ts';

interface Ask {
  id: number;
  n: number;
}
/** The answer of request `id`: its `value`. */
const read = (data: unknown, id: number): RunOutcome<number> | undefined => {
  const m = data as { id?: number; value?: number };
  return m.id === id && typeof m.value === 'number' ? { type: 'done', value: m.value } : undefined;
};
const progress = (data: unknown, id: number) => {
  const m = data as { id?: number; step?: number };
  return m.id === id && typeof m.step === 'number' ? m.step : undefined;
};
const kept = (sha256: string) => ({ type: 'collection' as const, sha256, speeches: [] });

describe('WorkerClient', () => {
  it('sends what the worker keeps once, named by its hash, and again to a new worker only', async () => {
    const { workers, create } = fakeWorkers<Ask>();
    const client = new WorkerClient<Ask, number, number>({ create, progress }, read);
    client.keep(kept('abc'));
    const first = client.run({ n: 1 });
    client.keep(kept('abc'));
    workers[0]!.reply({ id: 1, value: 10 });
    expect(await first).toEqual({ type: 'done', value: 10 });
    void client.run({ n: 2 });
    expect(workers[0]!.requests).toEqual([kept('abc'), { id: 1, n: 1 }, { id: 2, n: 2 }]);
    // Another collection goes to the worker there is, at once.
    client.keep(kept('def'));
    expect(workers[0]!.requests.at(-1)).toEqual(kept('def'));
    // A busy worker overtaken is ended; the new one gets the collection first thing.
    void client.run({ n: 3 });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.requests).toEqual([kept('def'), { id: 3, n: 3 }]);
  });

  it('shows the work as state: busy, how far, failed, cancelled', async () => {
    const { workers, create } = fakeWorkers<Ask>();
    const client = new WorkerClient<Ask, number, number>({ create, progress }, read);
    const first = client.run({ n: 1 });
    expect([client.busy, client.progress]).toEqual([true, null]);
    workers[0]!.reply({ id: 1, step: 0.5 });
    expect(client.progress).toBe(0.5);
    client.cancel();
    expect(await first).toEqual({ type: 'cancelled' });
    expect([client.busy, client.cancelled, client.progress]).toEqual([false, true, null]);
    const second = client.run({ n: 2 });
    expect(client.cancelled).toBe(false);
    workers[1]!.onerror?.({ message: 'boom' });
    expect(await second).toEqual({ type: 'error', message: 'boom' });
    expect([client.busy, client.failed]).toEqual([false, 'boom']);
    // Refused by the page (a text too long to work on without a worker): no cancel to report.
    void client.run({ n: 3 });
    client.cancel(false);
    expect([client.cancelled, client.failed]).toEqual([false, null]);
  });

  it('has the page do the work when no worker can be made, and says so', async () => {
    const stand = new FakeWorker<Ask>();
    const client = new WorkerClient<Ask, number>(
      {
        create: () => {
          throw new Error('Worker is not defined');
        },
        onPage: () => stand,
        workers: true,
      },
      read,
    );
    expect(client.onPage).toBe(false);
    client.keep(kept('abc'));
    const result = client.run({ n: 1 });
    expect(client.onPage).toBe(true);
    expect(stand.requests).toEqual([kept('abc'), { id: 1, n: 1 }]);
    stand.reply({ id: 1, value: 7 });
    expect(await result).toEqual({ type: 'done', value: 7 });
  });

  it('says an error, not a throw, when no worker can be made and the page has no stand-in', async () => {
    const client = new WorkerClient<Ask, number>(
      {
        create: () => {
          throw new Error('Worker is not defined');
        },
      },
      read,
    );
    expect(await client.run({ n: 1 })).toEqual({ type: 'error', message: 'Worker is not defined' });
    expect(client.failed).toBe('Worker is not defined');
  });
});
