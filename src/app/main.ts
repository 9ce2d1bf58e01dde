/**
 * The page's script, kept tiny: a prerendered page (tools/build/prerender.ts) is painted by its HTML
 * and CSS alone, and the app's code, which would compete with that first frame for the CPU, is
 * fetched and run after it (src/app/start.ts hydrates the page, or draws a view that has no page).
 * The app's stylesheet, one file with the components' styles, comes with src/app/start.ts: a
 * prerendered page carries it inline, so that the first paint waits for no request.
 */
import { earlyAddress } from '../lib/state/early.ts';

const target = document.getElementById('app');
const route = target?.dataset.route;
// An old link (/?a=1&b=2) or a language in the query (?lang=en) whose view has a page of its
// own goes there now, before any of the app loads: that page paints from its HTML.
// The page's first lines (tools/build/prerender-script.ts) do the same before the page is
// parsed; one that sent the reader on already is marked, and waits here for the next page.
const away = document.documentElement.hasAttribute('data-away');
const early =
  route === undefined || away
    ? null
    : earlyAddress(route, location.search, Number(target?.dataset.speeches ?? 0));
if (early !== null) location.replace(`${import.meta.env.BASE_URL}${early}${location.hash}`);
else if (!away) {
  // The data the app hydrates or draws with, asked for now, while the app's code is on its way:
  // this script runs once the stylesheet is in, so the first paint no longer waits for the
  // stylesheet behind them (a preload in the HTML made /1-2/ paint about 30 ms later). The
  // app's fetches (src/app/load.ts) take these responses.
  for (const file of ['corpus.json', 'plans.json']) {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
    link.href = `${import.meta.env.BASE_URL}${file}`;
    document.head.append(link);
  }
  // Should the app's code not load, the page's own markup stays readable.
  const start = () => void import('./start.ts').catch(() => target?.removeAttribute('hidden'));
  const query = new URLSearchParams(location.search);
  // An overview's page (the root, en/): any query there names another view (a collation, …).
  // On any page, a kept collection's view or own texts are not the bundled page it served.
  const overview = route === '' || route === 'en/';
  const elsewhere =
    ['a', 'b', 'collection', 'own'].some((key) => query.has(key)) ||
    (overview && location.search.length > 1);
  if (target && route !== undefined && elsewhere) {
    // An old link that has no page of its own, or a view with no page of its own, reached another
    // page's markup (the overview's, at the root): hidden, not shown as if it were the view, while
    // the app draws (or, for the overview's own settings, hydrates).
    target.hidden = true;
    start();
  } else if (document.visibilityState === 'hidden') {
    // A page opened in the background paints no frame until shown: it starts at once.
    start();
  } else requestAnimationFrame(() => setTimeout(start));
}
