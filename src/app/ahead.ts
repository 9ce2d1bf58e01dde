/**
 * What a prerendered page works out before it hydrates (src/app/start.ts hydratePage), loaded
 * beside the page's part, apart from the app's start (its budget, tools/build/budget.ts).
 */
import type { AppState } from '../lib/state/app.svelte.ts';
import type { UrlState } from '../lib/state/url/index.ts';
import { MIN_PASSAGE } from '../lib/thresholds.ts';
import { SLICE_MS } from './slice.ts';

/** A task of its own for what follows: the page may paint and answer in between. */
const nextTask = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How long hydration waits for the report's check in a worker (its script, the collection, its
 * index, the check; begun as the page starts to hydrate): on a slow phone or network the page
 * would stay dead meanwhile. Past it the page hydrates and checks on the page, as it does with no
 * worker (a task of about a quarter of a second on a phone; a deadline of 300 ms made that the
 * usual case on the phone profile under load: README, Measuring).
 */
const CHECK_MS = 1000;

/**
 * What hydrating the page would work out within its one task, worked out first, each part a task
 * of its own and kept (a derived value, or decodePlanOnce's and pairPassagesOnce's caches): the
 * reuse analysis of the collection and the pair's figures from it, the pair's plan proven, and a
 * mostly different pair's shared passages. On a phone each is 50 to 150 ms; in one task with
 * hydration they blocked the page for 0.3 to 0.5 s (issue 26). `url` is the address the page was
 * opened at, read before the page showed its route (the state now names the route alone, in the
 * bundled collection).
 */
export async function workOutAhead(app: AppState, url: UrlState) {
  // A report shows no reuse analysis: its check, in the worker, is all it needs ahead.
  if (url.report) {
    const check = import('../views/report/ahead.ts').then((m) => m.checkAhead(app, url));
    return Promise.race([check.catch(() => {}), nextTask(CHECK_MS)]);
  }
  await app.loadReuse();
  void app.reuse;
  await nextTask();
  // The pair's figures of what its speeches share: their stock phrases' shares are 20 to 50 ms
  // on a desktop the first time (issue 26), and were in hydration's task.
  if (app.pairReuse) await nextTask();
  if (app.page === 'overview') await proveRead(app);
  const [a, b] = [app.speechA, app.speechB];
  if (!a || !b) return;
  const verdict = app.plans?.comparison(a.number, b.number)?.verdict;
  // The pair's LCS, which the comparison's figures read, is proven by both orders of its plan:
  // the other order decoded in a task of its own, not in hydration's (the exact LCS is kept).
  await nextTask();
  void app.lcs;
  if (verdict !== 'different' && verdict !== 'partly') return;
  await nextTask();
  const { pairPassagesOnce } = await import('../lib/reuse/pair.ts');
  pairPassagesOnce(a.paragraphs, b.paragraphs, MIN_PASSAGE);
  await nextTask();
}

/**
 * The overview's table reads the LCS of each pair the plans have (lib/reuse/matrix.ts
 * overviewPairs: `lcs(a, b)` with a before b), which proves both orders of its plan: proven here
 * a slice at a time, not all in hydration's one task (about 0.2 s on a phone, issue 26), walking
 * the plans' keys once.
 */
async function proveRead(app: AppState) {
  const keys = app.plans?.keys ?? [];
  let next = 0;
  while (next < keys.length) {
    for (const start = performance.now(); next < keys.length;) {
      const [x = 0, y = 0] = keys[next++]!.split('-').map(Number);
      if (x < y) app.lcsOf(x, y);
      if (performance.now() - start >= SLICE_MS) break;
    }
    await nextTask();
  }
}
