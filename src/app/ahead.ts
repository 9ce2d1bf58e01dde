/**
 * What a prerendered page works out before it hydrates (src/app/start.ts hydratePage), loaded
 * beside the page's part, apart from the app's start (its budget, tools/build/budget.ts).
 */
import type { AppState } from '../lib/state/app.svelte.ts';
import { MIN_PASSAGE } from '../lib/thresholds.ts';
import { SLICE_MS } from './slice.ts';

/** A task of its own for what follows: the page may paint and answer in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * What hydrating the page would work out within its one task, worked out first, each part a task
 * of its own and kept (a derived value, or decodePlanOnce's and pairPassagesOnce's caches): the
 * reuse analysis of the collection and the pair's figures from it, the pair's plan proven, and a mostly different pair's shared
 * passages. On a phone each is 50 to 150 ms; in one task with hydration they blocked the page for
 * 0.3 to 0.5 s (issue 26).
 */
export async function workOutAhead(app: AppState) {
  // A report shows no reuse analysis: its check, in the worker, is all it needs ahead.
  if (app.url.report)
    return import('../views/report/ahead.ts').then((m) => m.checkAhead(app)).catch(() => {});
  void app.reuse;
  await nextTask();
  // The pair's figures of what its speeches share: their stock phrases' shares are 20 to 50 ms
  // on a desktop the first time (issue 26), and were in hydration's task.
  if (app.pairReuse) await nextTask();
  if (app.page === 'overview') await proveAll(app);
  const [a, b] = [app.speechA, app.speechB];
  if (!a || !b) return;
  const verdict = app.plans?.comparison(a.number, b.number)?.verdict;
  if (verdict !== 'different' && verdict !== 'partly') return;
  await nextTask();
  const { pairPassagesOnce } = await import('../lib/reuse/pair.ts');
  pairPassagesOnce(a.paragraphs, b.paragraphs, MIN_PASSAGE);
  await nextTask();
}

/**
 * The overview's table shows the figures of every pair, each proven from its plan when first
 * asked for: proven here a slice at a time, not all in hydration's one task (about 0.2 s on a
 * phone, issue 26).
 */
async function proveAll(app: AppState) {
  const [plans, keys] = [app.plans, app.plans?.keys ?? []];
  while (plans && keys.length > 0) {
    for (
      const start = performance.now();
      keys.length > 0 && performance.now() - start < SLICE_MS;
    ) {
      const [x = 0, y = 0] = keys.shift()!.split('-').map(Number);
      plans.comparison(x, y);
    }
    await nextTask();
  }
}
