/** The app's start, after the page's first frame (src/app/main.ts): hydrate or mount. */
import { hydrate, mount, unmount } from 'svelte';
// First, as it was in the entry: the components' styles follow it in the one stylesheet.
import './app.css';
import App from './App.svelte';
import LoadFailure from '../views/shell/LoadFailure.svelte';
import { AppState } from '../lib/state/app.svelte.ts';
import { loadLanguage } from '../lib/i18n/translate.ts';
import { HOME, PATH_LANG, toAddress } from '../lib/state/url/index.ts';
import type { Speech } from '../lib/corpus/types.ts';
import { MIN_PASSAGE } from '../lib/thresholds.ts';
import { SLICE_MS } from './slice.ts';
import { loadView } from './views.ts';
import { pairPassages } from '../views/compare/passages.ts';
import { platform } from './platform.ts';
import { NARROW } from './dom.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

/**
 * The route the build prerendered into this page (tools/build/prerender.ts), if any: the page already
 * shows it, and the script hydrates that markup instead of drawing it again.
 */
const prerendered = target.dataset.route;

// The corpus and the plans are on their way already (src/app/main.ts preloads both).
const app = new AppState(platform);
// An English page's strings (a chunk a Chinese page never fetches), asked for beside the data; the
// page draws or hydrates once they are here (app.speak).
if (document.documentElement.lang === 'en') void loadLanguage('en').catch(() => {});
const corpus = platform.loadCorpus();
const plans = platform.loadPlans();
/**
 * The code a prerendered route hydrates with beside the app's: its comparison's shared passages
 * and what its served text needs (views/compare/text/served.ts), or its view. A failure to load is the part's to show (as when drawn afresh), not hydration's.
 */
const partOf = (route: string): Promise<unknown> =>
  Promise.resolve(
    /\d-\d+\/$/u.test(route)
      ? Promise.all([pairPassages(), import('../views/compare/text/served.ts')])
      : loadView(
          /report\/$/u.test(route)
            ? 'report'
            : /collate\/$/u.test(route)
              ? 'collate'
              : /\d\/$/u.test(route)
                ? 'speech'
                : 'overview',
        ),
  ).catch(() => {});
// That code and the reuse analysis, asked for now, beside the data, not once the data is in;
// unless the page hides its markup to draw another view (src/app/main.ts: own texts, a collation).
if (prerendered !== undefined && !target.hidden) {
  void app.loadReuse();
  void partOf(prerendered);
  void import('./ahead.ts').catch(() => {});
}

/**
 * Hydrates with exactly the state the build rendered: the route in the default settings, a wide
 * screen, Chinese, and the lazy view it shows already loaded. Then the real address (a query of
 * settings, an old link), width and languages apply, and update the page as any change does.
 */
async function hydratePage(route: string) {
  // What start() read from the address (and put right in the address bar), with its problems.
  const { url, problems, href, fragment, languages } = app;
  app.languages = ['zh'];
  app.showRoute(route);
  // What the build rendered with: the reuse analysis (a comparison's shared passages and the
  // figures of what two speeches share) and the code of the view or part the page shows. The
  // page is painted already: this delays only hydration, which then moves nothing on screen.
  // And the strings of the page's language: an English page hydrates in English, not in Chinese.
  await Promise.all([app.loadReuse(), partOf(route), app.speak()]);
  // Its code asked for with the part's, at the start (below).
  await import('./ahead.ts').then((m) => m.workOutAhead(app)).catch(() => {});
  app.prerendered = true;
  hydrate(App, { target: target!, props: { app } });
  app.prerendered = false;
  target!.hidden = false;
  // The app runs: links are followed in the page from now on (tests wait for this mark).
  target!.dataset.live = '';
  Object.assign(app, { url, problems, href, fragment, languages });
  catchUp();
}

/**
 * Back or Forward while the app loaded (after it read the address, before App listened for
 * popstate) moved the address but not the view, for good (issue 22): the app reads it again.
 */
function catchUp() {
  if (location.href !== app.href) app.read();
}

// Plans are awaited too on a prerendered page: its comparison came from them. Otherwise they are
// only a head start and the first frame does not wait for them.
async function start() {
  await app.start(corpus, plans);
  // This page's own markup, shown: it stays readable when the data does not come (issue 22).
  if (prerendered !== undefined && app.failure && !target!.hidden) await keepText();
  if (prerendered !== undefined && !app.failure) {
    await plans;
    // The page the address names is the one prerendered here (any query is applied after), unless
    // the query shows another view there (an old link not sent on early, such as
    // `/3/?report=1&a=3`): that view is drawn afresh, not hydrated as this page and then drawn (on a
    // phone, a second of the main thread: issue 26).
    const { a, b, lang, report, collate } = app.url;
    const view = { ...HOME, a, b, report, collate, lang: lang === PATH_LANG ? lang : null };
    if (toAddress(view) === prerendered) return hydratePage(prerendered);
  }
  // Not this page (the root's index.html reached by an old link or with ?b=3, or a failure):
  // the markup there is some other view, drawn afresh.
  document.getElementById('boot')?.remove();
  // Drawn afresh, a comparison needs only the layout that fits the screen (see ComparisonView).
  app.narrow = matchMedia(NARROW).matches;
  await app.speak();
  target!.replaceChildren();
  target!.hidden = false;
  mount(App, { target: target!, props: { app } });
  target!.dataset.live = '';
  catchUp();
}
/**
 * The corpus did not come to a prerendered page: its text stays, its links work as plain links,
 * and an alert above the text says why, with a retry. Resolves once a retry brought the corpus
 * (the page then hydrates as it would have); a retry that fails again updates the alert in place,
 * so that the button keeps the focus. The page is marked failed meanwhile (tests wait for it).
 */
async function keepText(): Promise<void> {
  // The page's language, before the app can read it from the address (it needs the corpus).
  if (document.documentElement.lang === 'en') app.pageLang = 'en';
  await app.speak();
  const box = document.createElement('div');
  (target!.querySelector('main') ?? target!).prepend(box);
  target!.dataset.failed = '';
  let [last, trying] = [app.failure!, false];
  return new Promise((resolve) => {
    const alert = mount(LoadFailure, {
      target: box,
      props: {
        // While a retry runs, the reason the last one gave.
        get failure() {
          return app.failure ?? last;
        },
        onretry: async () => {
          if (trying) return;
          trying = true;
          await app.start();
          trying = false;
          if (app.failure) {
            last = app.failure;
            return;
          }
          // Hydration finds the markup as the build wrote it.
          void unmount(alert);
          box.remove();
          delete target!.dataset.failed;
          resolve();
        },
      },
    });
  });
}
/** Whether a slice begun at `start` may take another piece of work. */
const inSlice = (start: number, deadline: IdleDeadline) =>
  performance.now() - start < SLICE_MS && deadline.timeRemaining() > 0;

/**
 * Switching pairs only renders: in idle time after the page is up, every default comparison of
 * the collection is decoded from its plan (its LCS proven) ahead, those of the pair's speeches
 * first, in short slices so that no frame or tap waits (the start proved only the pair shown, if
 * any: src/lib/diff/plan/proven.ts); then the shared passages that two mostly different speeches show
 * first (PairPassages.svelte) are found ahead too.
 */
function decodeAhead() {
  const [plans, corpus] = [app.plans, app.corpus];
  if (!plans || !corpus || typeof requestIdleCallback !== 'function') return;
  const { a, b } = app.url;
  const near = (key: string) => (key.startsWith(`${a}-`) || key.endsWith(`-${b}`) ? 0 : 1);
  const keys = plans.keys.sort((x, y) => near(x) - near(y));
  const apart: [Speech, Speech][] = [];
  const step = (deadline: IdleDeadline) => {
    for (const start = performance.now(); keys.length > 0 && inSlice(start, deadline);) {
      const [x = 0, y = 0] = keys.shift()!.split('-').map(Number);
      const [sx, sy] = [corpus.speeches[x - 1], corpus.speeches[y - 1]];
      // A plan that does not fit is refused here, and its pair compared live when shown.
      const verdict = plans.comparison(x, y)?.verdict;
      if (sx && sy && (verdict === 'different' || verdict === 'partly')) apart.push([sx, sy]);
    }
    if (keys.length > 0) requestIdleCallback(step);
    else void findAhead(apart);
  };
  requestIdleCallback(step);
}

/**
 * The shared passages of mostly different pairs, in idle time, one pair at a time, and only
 * while the page shows the collection's speeches: elsewhere (own texts above all, whose long
 * comparisons draw between idle periods) the search's garbage would slow the page down, and a
 * pair finds its passages when it is shown.
 */
async function findAhead(pairs: [Speech, Speech][]) {
  const { pairPassagesOnce } = await import('../lib/reuse/pair.ts');
  const step = (deadline: IdleDeadline) => {
    const { page, url } = app;
    if (!(page === 'compare' || page === 'overview' || (page === 'speech' && !url.report))) {
      // Elsewhere for now: look again in a while.
      setTimeout(() => requestIdleCallback(step), 2000);
      return;
    }
    for (const start = performance.now(); pairs.length > 0 && inSlice(start, deadline);) {
      const [x, y] = pairs.shift()!;
      pairPassagesOnce(x.paragraphs, y.paragraphs, MIN_PASSAGE);
    }
    if (pairs.length > 0) requestIdleCallback(step);
  };
  requestIdleCallback(step);
}

// Not a top-level await: that would make the bundler split the app's shared code off the entry.
void start().then(() => setTimeout(decodeAhead, 500));
