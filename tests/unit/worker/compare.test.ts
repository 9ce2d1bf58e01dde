import { describe, expect, it } from 'vitest';
import { CompareRunner, isResponse, type CompareRequest } from '../../../src/lib/worker/compare.ts';
import type { Comparison } from '../../../src/lib/diff/model.ts';
import { packComparison } from '../../../src/lib/diff/pack.ts';
import { fakeWorkers } from '../../fixtures/fake-worker.ts';

const comparison = { rows: [], changes: [], stats: {} } as unknown as Comparison;
const packed = packComparison(comparison);
const summary = { folds: [], sizes: { rewritten: 0, small: 0 }, ends: [0] };
const request = { a: ['甲'], b: ['乙'], granularity: 'char' as const, ignore: [] };

function setup() {
  const { workers, create } = fakeWorkers<CompareRequest>();
  return { workers, runner: new CompareRunner(create) };
}

describe('CompareRunner', () => {
  it('sends a request and resolves with its result', async () => {
    const { workers, runner } = setup();
    const result = runner.run(request);
    const w = workers[0]!;
    expect(w.requests).toEqual([{ ...request, id: 1 }]);
    w.reply({ id: 1, type: 'started' });
    w.reply({ id: 1, type: 'done', packed, summary, ms: 5 });
    expect(await result).toEqual({ type: 'done', comparison, summary, ms: 5 });
    // A worker that finished is kept for the next comparison.
    void runner.run(request);
    expect(workers).toHaveLength(1);
  });

  it('terminates a busy worker when new input comes, and never shows its result', async () => {
    const { workers, runner } = setup();
    const first = runner.run(request);
    const second = runner.run({ ...request, a: ['丙'] });
    expect(await first).toEqual({ type: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    // The stale worker's late answer reaches nobody.
    workers[0]!.reply({ id: 1, type: 'done', packed, summary, ms: 1 });
    const fresh = workers[1]!;
    expect(fresh.requests[0]?.a).toEqual(['丙']);
    fresh.reply({ id: 1, type: 'done', packed, summary, ms: 1 });
    fresh.reply({ id: fresh.requests[0]!.id, type: 'done', packed, summary, ms: 2 });
    expect(await second).toEqual({ type: 'done', comparison, summary, ms: 2 });
  });

  it('cancels on request and reports a failing worker as an error', async () => {
    const { workers, runner } = setup();
    const first = runner.run(request);
    runner.cancel();
    expect(await first).toEqual({ type: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    const second = runner.run(request);
    workers[1]!.onerror?.({ message: 'boom' });
    expect(await second).toEqual({ type: 'error', message: 'boom' });
    expect(workers[1]!.terminated).toBe(true);
  });

  it('passes on an error the comparison reported', async () => {
    const { workers, runner } = setup();
    const result = runner.run(request);
    workers[0]!.reply({ id: 1, type: 'error', message: 'too many tokens' });
    expect(await result).toEqual({ type: 'error', message: 'too many tokens' });
  });
});

describe('CompareRunner after a result with more to come', () => {
  const estimated = comparison;
  const exact = { stats: { similarity: 0.5 }, verdict: 'partly' };
  /** The worker's answer with an estimate, the exact figures still to come. */
  const estimate = {
    id: 1,
    type: 'done',
    packed: packComparison(estimated),
    summary,
    ms: 5,
    pending: ['exact'],
  };

  it('passes progress on, then the extras and the exact figures, from the same worker', async () => {
    const { workers, runner } = setup();
    const heard: unknown[] = [];
    const result = runner.run(request, {
      progress: (p) => heard.push(p),
      extras: (e) => heard.push(e),
      exact: (e) => heard.push(e),
    });
    const w = workers[0]!;
    w.reply({ id: 1, type: 'progress', step: 'align', done: 3, total: 10 });
    w.reply({ id: 1, type: 'done', packed, summary, ms: 5, pending: ['extras', 'exact'] });
    expect(await result).toEqual({ type: 'done', comparison, summary, ms: 5 });
    w.reply({ id: 1, type: 'extras', stock: { a: [], b: [] } });
    // Still busy: a new request would terminate it.
    w.reply({ id: 1, type: 'progress', step: 'exact', done: 1, total: 2 });
    w.reply({ id: 1, type: 'exact', ...exact });
    // What was not announced is not passed on.
    w.reply({ id: 1, type: 'exact', ...exact });
    expect(heard).toEqual([
      { id: 1, type: 'progress', step: 'align', done: 3, total: 10 },
      { stock: { a: [], b: [] } },
      { id: 1, type: 'progress', step: 'exact', done: 1, total: 2 },
      exact,
    ]);
    // Done with the exact figures, the worker is kept.
    void runner.run(request);
    expect(workers).toHaveLength(1);
    expect(w.terminated).toBe(false);
  });

  it('terminates the worker still working out the exact figures when new input comes', async () => {
    const { workers, runner } = setup();
    const heard: unknown[] = [];
    const first = runner.run(request, { exact: (e) => heard.push(e) });
    workers[0]!.reply(estimate);
    await first;
    void runner.run(request);
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.reply({ id: 1, type: 'exact', ...exact });
    expect(heard).toEqual([]);
    expect(workers).toHaveLength(2);
  });

  it('stops the exact figures on cancel', async () => {
    const { workers, runner } = setup();
    const first = runner.run(request);
    workers[0]!.reply(estimate);
    await first;
    runner.cancel();
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('isResponse', () => {
  it('accepts the protocol and nothing else', () => {
    expect(isResponse({ id: 1, type: 'started' })).toBe(true);
    expect(isResponse({ id: 1, type: 'done', packed, summary, ms: 1 })).toBe(true);
    expect(isResponse({ id: 1, type: 'error', message: 'x' })).toBe(true);
    expect(isResponse({ id: 1, type: 'progress', step: 'diff', done: 1, total: 2 })).toBe(true);
    expect(isResponse({ id: 1, type: 'exact', stats: {}, verdict: 'nearly' })).toBe(true);
    expect(isResponse({ id: 1, type: 'progress', done: '1' })).toBe(false);
    expect(isResponse({ id: 1, type: 'exact' })).toBe(false);
    for (const bad of [null, 1, {}, { id: '1', type: 'started' }, { id: 1, type: 'done' }]) {
      expect(isResponse(bad)).toBe(false);
    }
  });
});
