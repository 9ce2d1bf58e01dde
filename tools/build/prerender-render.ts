/**
 * The server side of prerendering, loaded through Vite (tools/build/prerender.ts) so that the Svelte
 * components compile for the server: renders App for one route in the default settings, with the
 * state built from the bundled corpus and plans exactly as the page's script builds it before it
 * hydrates (src/app/main.ts).
 */
import { render } from 'svelte/server';
import App from '../../src/app/App.svelte';
import type { Corpus, Speech } from '../../src/lib/corpus/types.ts';
import { decodePlan } from '../../src/lib/diff/plan/decode.ts';
import { type Plans } from '../../src/lib/diff/plan/format.ts';
import { ALL_PAIRS_UP_TO } from '../../src/lib/index/most-similar.ts';
import * as reuseModule from '../../src/lib/reuse/all.ts';
import { AppState, type Platform } from '../../src/lib/state/app.svelte.ts';
import { PATH_LANG, toRoute } from '../../src/lib/state/url/index.ts';
import {
  collationPreview,
  overviewPreview,
  reportPreview,
  pairPreview,
  speechPreview,
  type Preview,
} from '../../src/lib/render/preview.ts';
import { loadView } from '../../src/app/views.ts';
import { loadLanguage } from '../../src/lib/i18n/translate.ts';
import { pairPassages } from '../../src/views/compare/passages.ts';
import type { PageView, RenderedPage } from './prerender-html.ts';

/** What a page of the build shows. */
function viewOfPage(app: AppState): PageView {
  if (app.url.collate) return 'collate';
  if (app.speechA && app.speechB) return 'pair';
  if (!app.single) return 'overview';
  return app.url.report ? 'report' : 'speech';
}

/**
 * Every route of the collection: the overview, each speech alone and its 查重 report, every
 * ordered pair, the collation; in Chinese (the reader's browser may still choose English) and
 * under en/ in English. Of a large collection (lib/index/most-similar.ts), given its plans, only
 * the overview and the pairs they have (its most similar): its texts, reports, other pairs and
 * collation are drawn in the browser (a text's page of a thousand texts names hundreds for each
 * passage it shares: 650 KB, half a second to render, each).
 */
export function routes(count: number, plans?: Plans): string[] {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const large = plans !== undefined && count > ALL_PAIRS_UP_TO;
  const planned = (a: number, b: number) => !large || a === b || `${a}-${b}` in plans.pairs;
  const all = [
    '',
    ...(large ? [] : numbers.map((a) => toRoute({ a, b: null }))),
    ...numbers.flatMap((a) => numbers.filter((b) => planned(a, b)).map((b) => toRoute({ a, b }))),
    ...(large ? [] : numbers.map((a) => toRoute({ a, b: null, report: true }))),
    ...(large ? [] : [toRoute({ a: null, b: null, collate: true })]),
  ];
  // A speech compared with itself has no route: it is the root's page with a query.
  const chinese = [...new Set(all)];
  return [...chinese, ...chinese.map((route) => `${PATH_LANG}/${route}`)];
}

/**
 * Renders every route. The views the client loads lazily are loaded here first, as the client
 * loads them before it hydrates a page that shows them.
 */
export async function renderAll(
  corpus: Corpus,
  plans: Plans,
  base: string,
  /** The site's origin (SITE_URL), for the link the page prints; empty when unknown. */
  origin = '',
  which = routes(corpus.speeches.length, plans),
): Promise<RenderedPage[]> {
  await Promise.all([
    loadView('overview'),
    loadView('speech'),
    loadView('report'),
    loadView('collate'),
    pairPassages(),
    // The English pages' strings, which the client loads with an English page.
    loadLanguage('en'),
  ]);
  const reuse = new reuseModule.ReuseIndex(corpus.speeches);
  // Every page's state builds the same index of the collection: built once (a second on a
  // thousand texts), not once a page.
  const sharedIndex = function () {
    return reuse;
  } as unknown as typeof reuseModule.ReuseIndex;
  const loadReuse = () => Promise.resolve({ ...reuseModule, ReuseIndex: sharedIndex });
  const identical: [Speech, Speech][] = [];
  for (const a of corpus.speeches)
    for (const b of corpus.speeches)
      if (a.number < b.number && reuse.twins(a.number).includes(b.number)) identical.push([a, b]);

  const pages: RenderedPage[] = [];
  for (const route of which) {
    let pathname = `${base}${route}`;
    const platform: Platform = {
      address: () => ({ origin, pathname, search: '', hash: '' }),
      commit: (url) => (pathname = url),
      loadCorpus: () => Promise.resolve(corpus),
      loadPlans: () => Promise.resolve(plans),
      loadReuse,
      // Chinese first, as the client hydrates.
      languages: ['zh-CN'],
      base,
    };
    const app = new AppState(platform);
    app.prerendered = true;
    await app.start();
    if (app.failure) throw app.failure;
    // With the reuse analysis, as the client hydrates (src/app/start.ts).
    await app.loadReuse();
    // The page's language is its state's (app.lang), which the strings read as they render.
    const { body, head } = render(App, { props: { app } });
    const [a, b] = [app.speechA, app.speechB];
    let preview: Preview;
    const view = viewOfPage(app);
    if (view === 'collate') {
      preview = collationPreview(`${corpus.title}${corpus.countLabel ?? ''}`, corpus.speeches);
    } else if (view === 'report' && app.single) {
      preview = reportPreview(app.single, corpus.title, corpus.speeches.length - 1, app.settings.k);
    } else if (a && b) {
      const key = `${a.number}-${b.number}`;
      const plan = plans.pairs[key];
      if (!plan) throw new Error(`plans.json has no plan of ${key}`);
      const comparison = decodePlan(plan, a.paragraphs, b.paragraphs, plans.lcs[key]);
      const { reusedA } = reuse.coverage(a.number, b.number);
      preview = pairPreview(a, b, comparison.verdict, comparison.stats.similarity, reusedA);
    } else if (app.single) {
      const n = app.single.number;
      const twins = reuse.twins(n).map((t) => corpus.speeches[t - 1]!);
      preview = speechPreview(app.single, corpus.title, twins, reuse.reused(n));
    } else {
      preview = overviewPreview(`${corpus.title}${corpus.countLabel ?? ''}`, identical);
    }
    pages.push({
      route,
      lang: app.lang,
      body,
      head,
      preview,
      view,
      shows: a && b ? { a, b } : app.single ? { a: app.single, b: null } : null,
    });
  }
  return pages;
}
