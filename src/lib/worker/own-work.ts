/**
 * The own-text worker's work (src/workers/compare.worker.ts runs it off the page; the page runs it
 * itself, through lib/worker/page.ts, where the browser makes no worker): it compares own texts
 * and tells how far it is (compare.ts), finds the collection's stock phrases in both texts when
 * asked, goes on after a result with an estimated similarity to the exact one, and answers 查重
 * requests (check.ts).
 */
import { compareTexts, exactStats } from '../diff/compare.ts';
import { packComparison } from '../diff/pack.ts';
import { rowsWithInvisible } from '../render/invisible.ts';
import { summarize } from '../render/summary.ts';
import {
  isKeptCollection,
  type CompareRequest,
  type CompareResponse,
  type KeptCollection,
  type Later,
  type Progress,
} from './compare.ts';
import { pairPassages } from '../reuse/pair.ts';
import { MIN_PASSAGE } from '../reuse/passages.ts';
import { stockRanges, stockWindows, type StockWindows } from '../reuse/stock.ts';
import {
  checker,
  isCheckRequest,
  isPrepareRequest,
  isStoredCollectionRef,
  prepareAnswer,
  prepareCheck,
  type CheckResponse,
} from './check.ts';
import type { SpeechText } from '../reuse/passages.ts';

/** What the work sends: a message, and the buffers to hand over with it. */
export type Post = (message: CompareResponse | CheckResponse, transfer?: ArrayBufferLike[]) => void;

/** Progress is posted at most this often: a message per row would cost more than the rows. */
const PROGRESS_MS = 100;

/**
 * The handler of every message the page sends, posting its answers with `post`; `read` reads a
 * kept collection's texts from the browser's store (the worker's; none on the page).
 */
export function ownTextWork(
  post: Post,
  read?: (id: string) => Promise<SpeechText[]>,
): (data: unknown) => void {
  /** The collection sent once (WorkerClient.keep), and its stock windows, made on first use. */
  let kept: KeptCollection | null = null;
  /** Why the kept collection named (a stored one) could not be read. */
  let failure: string | null = null;
  let stock: { sha256: string; windows: StockWindows } | null = null;
  const windowsOf = (collection: KeptCollection) => {
    if (stock?.sha256 !== collection.sha256)
      stock = { sha256: collection.sha256, windows: stockWindows(collection.speeches) };
    return stock.windows;
  };
  const compare = (request: CompareRequest) => {
    const { id, a, b, granularity, ignore } = request;
    const collection = request.stock ? kept : null;
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
      // The comparison is shown first; what else the page shows of it follows (compare.ts).
      const different = comparison.verdict === 'different' || comparison.verdict === 'partly';
      const estimate = comparison.stats.estimate === true;
      const pending: Later[] = [
        ...(collection || different ? (['extras'] as const) : []),
        ...(estimate ? (['exact'] as const) : []),
      ];
      // Sent as the view shows it, each invisible character a span of its own, with what the
      // view reads off those rows: the page draws them as they come (render/summary.ts shownRows).
      const rows = rowsWithInvisible(comparison.rows);
      const packed = packComparison({ ...comparison, rows });
      const summary = summarize(rows);
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
  // The collection is kept; 查重 requests (check.ts) go to the checker, which keeps its index
  // between requests; every other message to the comparison above.
  const check = checker(
    () => kept,
    () => failure,
  );
  const handle = (data: unknown) => {
    if (isKeptCollection(data)) [kept, failure] = [data, null];
    else if (isCheckRequest(data)) post(check(data));
    else if (isPrepareRequest(data)) post(prepareAnswer(data.id, kept, failure));
    else compare(data as CompareRequest);
  };
  /**
   * A stored collection is read, then its 查重 prepared at once (seconds for 10,000 texts): the
   * messages after it wait their turn, in order, so that a check asked meanwhile finds it ready.
   */
  let pending: Promise<void> | null = null;
  const after = (step: () => void | Promise<void>) => {
    const next = (pending ?? Promise.resolve()).then(step);
    pending = next;
    void next.then(() => {
      if (pending === next) pending = null;
    });
  };
  return (data) => {
    if (isStoredCollectionRef(data))
      after(async () => {
        [kept, failure] = [null, null];
        try {
          if (!read) throw new Error('no store to read the collection from');
          kept = { type: 'collection', sha256: data.sha256, speeches: await read(data.id) };
          prepareCheck(kept);
        } catch (error) {
          [kept, failure] = [null, error instanceof Error ? error.message : String(error)];
        }
      });
    else if (pending) after(() => handle(data));
    else handle(data);
  };
}
