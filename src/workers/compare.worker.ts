/**
 * Compares own texts off the page's thread (protocol.ts): the page stays responsive, and a
 * comparison overtaken by new input is stopped by terminating this worker. It tells the page how
 * far it is, finds the collection's stock phrases in both texts when asked, and after a result
 * with an estimated similarity goes on to the exact one.
 */
import { compareTexts, exactStats } from '../lib/diff/compare.ts';
import { packComparison } from '../lib/diff/pack.ts';
import { rowsWithInvisible } from '../lib/render/invisible.ts';
import { summarize } from '../lib/render/summary.ts';
import type { CompareRequest, CompareResponse, Later, Progress } from '../lib/worker/compare.ts';
import { pairPassages } from '../lib/reuse/pair.ts';
import { MIN_PASSAGE, type SpeechText } from '../lib/reuse/passages.ts';
import { stockRanges, stockWindows, type StockWindows } from '../lib/reuse/stock.ts';
import { checker, isCheckRequest, type CheckResponse } from '../lib/worker/check.ts';

/** The worker's global scope, typed as far as it is used (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
  postMessage(message: CompareResponse, transfer?: Transferable[]): void;
};
const post = (message: CompareResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

/** Progress is posted at most this often: a message per row would cost more than the rows. */
const PROGRESS_MS = 100;

/** The stock windows of the last collection asked with (the same one, request after request). */
let stock: { key: string; windows: StockWindows } | null = null;
function windowsOf(collection: readonly SpeechText[]): StockWindows {
  const key = collection.map((s) => s.paragraphs.join('\n')).join('\f');
  if (stock?.key !== key) stock = { key, windows: stockWindows(collection) };
  return stock.windows;
}

scope.onmessage = (event) => {
  const { id, a, b, granularity, ignore, collection } = event.data;
  post({ id, type: 'started' });
  const start = performance.now();
  let last = start;
  const progress = (step: Progress['step'], done: number, total: number) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS) return;
    last = now;
    post({ id, type: 'progress', step, done, total });
  };
  try {
    const comparison = compareTexts(a, b, { granularity, ignore, progress });
    // The comparison is shown first; what else the page shows of it follows (protocol.ts).
    const different = comparison.verdict === 'different' || comparison.verdict === 'partly';
    const estimate = comparison.stats.estimate === true;
    const pending: Later[] = [
      ...(collection || different ? (['extras'] as const) : []),
      ...(estimate ? (['exact'] as const) : []),
    ];
    const packed = packComparison(comparison);
    const summary = summarize(rowsWithInvisible(comparison.rows));
    const ms = performance.now() - start;
    post({ id, type: 'done', packed, summary, ms, pending }, [packed.ints.buffer]);
    if (collection || different) {
      const windows = collection ? windowsOf(collection) : null;
      const ranges = (ps: readonly string[]) => ps.map((p) => stockRanges(p, windows!));
      post({
        id,
        type: 'extras',
        ...(windows ? { stock: { a: ranges(a), b: ranges(b) } } : {}),
        // What the page shows first for two mostly different texts (ComparisonView.svelte).
        ...(different ? { passages: pairPassages(a, b, MIN_PASSAGE) } : {}),
      });
    }
    if (!estimate) return;
    const exact = exactStats(comparison, a, b, ignore, (done, total) =>
      progress('exact', done, total),
    );
    post({ id, type: 'exact', ...exact });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

// 查重 requests (check-protocol.ts) go to the checker, which keeps the collection's index between
// requests; every other message to the comparison above.
const compare = scope.onmessage;
const check = checker();
const answer = self as unknown as { postMessage(message: CheckResponse): void };
scope.onmessage = (event) => {
  const data: unknown = event.data;
  if (isCheckRequest(data)) answer.postMessage(check(data));
  else compare?.(event);
};
