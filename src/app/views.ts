import type { Component, ComponentProps, Snippet } from 'svelte';
import type { Corpus } from '../lib/corpus/types.ts';
import type { AppState } from '../lib/state/app.svelte.ts';
import { HOME } from '../lib/state/url.ts';

/**
 * The views that load apart from the first paint, each fetched once. A shared link to a
 * comparison paints its changes first; a view that waits for the reuse analysis loads beside it.
 */
/**
 * The overview spells out this many of the shared passages, longest first: all of a small
 * collection's (the bundled six share 66), the longest of a large one's (a thousand texts share
 * some 200,000).
 */
const PASSAGES_LISTED = 300;

const loaders = {
  overview: () => import('../views/overview/OverviewView.svelte'),
  speech: () => import('../views/speech/SpeechView.svelte'),
  check: () => import('../views/report/ReportView.svelte'),
  collate: () => import('../views/collation/CollationView.svelte'),
  own: () => import('../views/own/OwnView.svelte'),
  collections: () => import('../views/collections/CollectionsView.svelte'),
};
export type PageName = keyof typeof loaders;
type Module<N extends PageName> = Awaited<ReturnType<(typeof loaders)[N]>>;

const loaded = new Map<PageName, Promise<unknown>>();
/** The views already here: a prerendered page hydrates with its view in place, not a promise. */
const ready = new Map<PageName, unknown>();

export function loadPage<N extends PageName>(name: N): Promise<Module<N>> {
  let promise = loaded.get(name);
  if (!promise) {
    promise = loaders[name]();
    promise.then(
      (module) => ready.set(name, module),
      () => {},
    );
    // A failed load may be retried (the {#await} that asked for it shows the failure).
    promise.catch(() => loaded.delete(name));
    loaded.set(name, promise);
  }
  return promise as Promise<Module<N>>;
}

/** A view, at once when it has loaded (an {#await} then renders it without a pending state). */
function page<N extends PageName>(name: N): Module<N> | Promise<Module<N>> {
  return (ready.get(name) as Module<N> | undefined) ?? loadPage(name);
}

/** A lazy view and the props it renders with. */
export type LazyView = {
  [N in PageName]: { name: N; props: ComponentProps<Module<N>['default']> };
}[PageName];

/** The lazy view a page loads, before its data is ready (so the code comes in beside it). */
export function pageName(app: AppState): PageName | null {
  switch (app.page) {
    case 'overview':
    case 'collate':
    case 'own':
      return app.page;
    case 'collection':
      return 'collections';
    case 'speech':
      return app.url.report ? 'check' : 'speech';
    default:
      return null;
  }
}

/**
 * What the page shows, when it is a lazy view: its name and the props it gets from the app's
 * state. Null for the comparison (drawn at once) and while a view's data is on its way.
 */
export function viewOf(app: AppState, pickers: Snippet): LazyView | null {
  const corpus = app.corpus;
  const name = pageName(app);
  if (!corpus || !name) return null;
  const { speeches } = corpus;
  const href = app.linkTo;
  switch (name) {
    case 'collate': {
      const [settings, reuse, onchange] = [app.url, app.reuse, app.setOptions];
      return { name, props: { speeches, settings, href, reuse, onchange } };
    }
    case 'own':
      return { name, props: { app, corpus } };
    case 'collections':
      return collectionsView(app, corpus);
    case 'check': {
      const speech = app.single;
      if (!speech) return null;
      const onk = (k: number) => app.setOptions({ k });
      // A report's identical source is counted only when asked for (twins=apart, as the collation).
      const withTwins = app.url.apart;
      const onwithtwins = (apart: boolean) => app.setOptions({ apart });
      const [collection, k] = [corpus.title, app.settings.k];
      const props = { speech, speeches, collection, k, onk, withTwins, onwithtwins, href };
      return { name, props };
    }
    case 'speech': {
      const speech = app.single;
      if (!speech) return null;
      const checkHref = app.reportLink(speech.number);
      return { name, props: { speech, speeches, ...app.speechReuse, href, checkHref } };
    }
    case 'overview': {
      const [reuse, module] = [app.reuse, app.reuseModule];
      if (!reuse || !module) return null;
      const { passages, total } = module.longestPassages(reuse, PASSAGES_LISTED);
      const props = {
        corpus,
        pairs: module.overviewPairs(speeches, reuse, (a, b) => app.lcsOf(a, b)),
        passages,
        passagesTotal: total,
        minLength: module.MIN_PASSAGE,
        nearThreshold: module.NEAR_DUPLICATE,
        href,
        collateHref: app.collateHref,
        pickers,
      };
      return { name, props };
    }
  }
}

/**
 * The collections' view: the list and the control to bring one (`id` null, on the home page), or
 * one collection's overview. A pair opens as own texts (their link carries both in the fragment).
 */
export function collectionsView(app: AppState, corpus: Corpus): LazyView | null {
  const store = app.platform.collections;
  if (!store) return null;
  const lang = app.url.lang;
  const props = {
    id: app.url.collection,
    store,
    corpus,
    href: (id: string | null) => app.addressOf({ ...HOME, collection: id, lang }),
    open: (address: string, hash: string) => {
      const url = new URL(address, app.platform.address().origin);
      app.follow(url.pathname, url.search, hash);
    },
    ownHref: app.addressOf({ ...HOME, own: ['a', 'b'], lang }),
  };
  return { name: 'collections', props };
}

/** A lazy view's component, with the name it was loaded for. */
export interface Loaded {
  name: PageName;
  View: Component<LazyView['props']>;
}

/** A lazy view's component, at once when its code is here (a prerendered page's is). */
export function viewComponent(name: PageName): Loaded | Promise<Loaded> {
  // Each name's props go with its own component (LazyView pairs them); TypeScript cannot follow
  // the pairing through the union, hence the one cast.
  const of = (module: { default: unknown }) => ({
    name,
    View: module.default as Component<LazyView['props']>,
  });
  const module = page(name);
  return module instanceof Promise ? module.then(of) : of(module);
}
