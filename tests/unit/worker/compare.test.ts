import { describe, expect, it } from 'vitest';
import { CompareClient, isResponse, type CompareRequest } from '../../../src/lib/worker/compare.ts';
import type { Comparison } from '../../../src/lib/diff/model.ts';
import { packComparison } from '../../../src/lib/diff/pack.ts';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import { fakeWorkers } from '../../fixtures/fake-worker.ts';

const comparison = { rows: [], changes: [], stats: {} } as unknown as Comparison;
const packed = packComparison(comparison);
const summary = { folds: [], sizes: { rewritten: 0, small: 0 }, ends: [0] };
const request = { a: ['甲'], b: ['乙'], granularity: 'char' as const, ignore: [] };

function setup() {
  const { workers, create } = fakeWorkers<CompareRequest>();
  return { workers, runner: new CompareClient({ create }) };
}

describe('CompareClient', () => {
  it('sends a request and resolves with its result', async () => {
    const { workers, runner } = setup();
    const result = runner.compare(request);
    const w = workers[0]!;
    expect(w.requests).toEqual([{ ...request, id: 1 }]);
    w.reply({ id: 1, type: 'started' });
    w.reply({ id: 1, type: 'done', packed, summary, ms: 5 });
    expect(await result).toEqual({ type: 'done', value: { comparison, summary, ms: 5 } });
    // A worker that finished is kept for the next comparison.
    void runner.compare(request);
    expect(workers).toHaveLength(1);
  });

  it('terminates a busy worker when new input comes, and never shows its result', async () => {
    const { workers, runner } = setup();
    const first = runner.compare(request);
    const second = runner.compare({ ...request, a: ['丙'] });
    expect(await first).toEqual({ type: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    // The stale worker's late answer reaches nobody.
    workers[0]!.reply({ id: 1, type: 'done', packed, summary, ms: 1 });
    const fresh = workers[1]!;
    expect(fresh.requests[0]?.a).toEqual(['丙']);
    fresh.reply({ id: 1, type: 'done', packed, summary, ms: 1 });
    fresh.reply({ id: fresh.requests[0]!.id, type: 'done', packed, summary, ms: 2 });
    expect(await second).toEqual({ type: 'done', value: { comparison, summary, ms: 2 } });
  });

  it('cancels on request and reports a failing worker as an error', async () => {
    const { workers, runner } = setup();
    const first = runner.compare(request);
    runner.cancel();
    expect(await first).toEqual({ type: 'cancelled' });
    expect([runner.cancelled, runner.busy]).toEqual([true, false]);
    expect(workers[0]!.terminated).toBe(true);
    const second = runner.compare(request);
    expect(runner.cancelled).toBe(false);
    workers[1]!.onerror?.({ message: 'boom' });
    expect(await second).toEqual({ type: 'error', message: 'boom' });
    expect(runner.failed).toBe('boom');
    expect(workers[1]!.terminated).toBe(true);
  });

  it('passes on an error the comparison reported', async () => {
    const { workers, runner } = setup();
    const result = runner.compare(request);
    workers[0]!.reply({ id: 1, type: 'error', message: 'too many tokens' });
    expect(await result).toEqual({ type: 'error', message: 'too many tokens' });
  });
});

describe('CompareClient after a result with more to come', () => {
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

  it('shows progress, then passes on the extras and the exact figures, from the same worker', async () => {
    const { workers, runner } = setup();
    const heard: unknown[] = [];
    const result = runner.compare(request, {
      extras: (e) => heard.push(e),
      exact: (e) => heard.push(e),
    });
    const w = workers[0]!;
    expect(runner.busy).toBe(true);
    w.reply({ id: 1, type: 'progress', step: 'align', done: 3, total: 10 });
    expect(runner.progress).toEqual({ step: 'align', done: 3, total: 10 });
    w.reply({ id: 1, type: 'done', packed, summary, ms: 5, pending: ['extras', 'exact'] });
    expect(await result).toEqual({ type: 'done', value: { comparison, summary, ms: 5 } });
    // The answer came; the worker goes on.
    expect([runner.busy, runner.going, runner.progress]).toEqual([false, true, null]);
    w.reply({ id: 1, type: 'extras', stock: { a: [], b: [] } });
    w.reply({ id: 1, type: 'progress', step: 'exact', done: 1, total: 2 });
    expect(runner.progress).toEqual({ step: 'exact', done: 1, total: 2 });
    w.reply({ id: 1, type: 'exact', ...exact });
    expect(runner.going).toBe(false);
    // What was not announced is not passed on.
    w.reply({ id: 1, type: 'exact', ...exact });
    expect(heard).toEqual([{ stock: { a: [], b: [] } }, exact]);
    // Done with the exact figures, the worker is kept.
    void runner.compare(request);
    expect(workers).toHaveLength(1);
    expect(w.terminated).toBe(false);
  });

  it('cuts the spans of the comparison from the texts it sent', async () => {
    const { workers, runner } = setup();
    const result = runner.compare({ ...request, a: ['甲乙'], b: ['甲丙'] });
    const w = workers[0]!;
    const texts = { a: ['甲乙'], b: ['甲丙'] };
    const made = compareTexts(texts.a, texts.b);
    w.reply({ id: 1, type: 'done', packed: packComparison(made), summary, ms: 1 });
    const outcome = await result;
    expect(outcome.type === 'done' && outcome.value.comparison).toStrictEqual(made);
  });

  it('terminates the worker still working out the exact figures when new input comes', async () => {
    const { workers, runner } = setup();
    const heard: unknown[] = [];
    const first = runner.compare(request, { exact: (e) => heard.push(e) });
    workers[0]!.reply(estimate);
    await first;
    void runner.compare(request);
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.reply({ id: 1, type: 'exact', ...exact });
    expect(heard).toEqual([]);
    expect(workers).toHaveLength(2);
  });

  it('stops the exact figures on cancel', async () => {
    const { workers, runner } = setup();
    const first = runner.compare(request);
    workers[0]!.reply(estimate);
    await first;
    runner.cancel();
    expect(workers[0]!.terminated).toBe(true);
    // Stopping the exact figures keeps the comparison: no cancel to report.
    expect([runner.cancelled, runner.going]).toEqual([false, false]);
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
