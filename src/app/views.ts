import type { Component, ComponentProps, Snippet } from 'svelte';
import type { AppState } from '../lib/state/app.svelte.ts';
import { HOME } from '../lib/state/url/index.ts';
import { loadStrings, type Namespace } from '../lib/i18n/translate.ts';

/** A view's code and its string tables (lib/i18n/translate.ts), both before it draws. */
async function withStrings<M>(code: Promise<M>, ...names: Namespace[]): Promise<M> {
  const [module] = await Promise.all([code, loadStrings(...names)]);
  return module;
}

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
  overview: () => withStrings(import('../views/overview/OverviewView.svelte'), 'overview'),
  speech: () => withStrings(import('../views/speech/SpeechView.svelte'), 'report', 'speech'),
  report: () => withStrings(import('../views/report/ReportView.svelte'), 'report', 'own'),
  collate: () => withStrings(import('../views/collation/CollationView.svelte'), 'collate'),
  own: () => withStrings(import('../views/own/OwnView.svelte'), 'own', 'report'),
  collections: () =>
    withStrings(import('../views/collections/CollectionsView.svelte'), 'collections'),
  // A kept collection's pair, compared in the own-text worker (its texts may be long).
  pair: () => withStrings(import('../views/own/OwnComparison.svelte'), 'own'),
};
export type ViewName = keyof typeof loaders;
type Module<N extends ViewName> = Awaited<ReturnType<(typeof loaders)[N]>>;

const loaded = new Map<ViewName, Promise<unknown>>();
/** The views already here: a prerendered page hydrates with its view in place, not a promise. */
const ready = new Map<ViewName, unknown>();

export function loadView<N extends ViewName>(name: N): Promise<Module<N>> {
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
function viewNow<N extends ViewName>(name: N): Module<N> | Promise<Module<N>> {
  return (ready.get(name) as Module<N> | undefined) ?? loadView(name);
}

/** A lazy view and the props it renders with. */
export type LazyView = {
  [N in ViewName]: { name: N; props: ComponentProps<Module<N>['default']> };
}[ViewName];

/** The lazy view a page loads, before its data is ready (so the code comes in beside it). */
export function viewName(app: AppState): ViewName | null {
  switch (app.page) {
    case 'overview':
    case 'collate':
    case 'own':
      return app.page;
    case 'collection':
      return 'collections';
    case 'speech':
      return app.url.report ? 'report' : 'speech';
    case 'compare':
      return app.url.collection === null ? null : 'pair';
    default:
      return null;
  }
}

/**
 * What the page shows, when it is a lazy view: its name and the props it gets from the app's
 * state. Null for the bundled comparison (drawn at once) and while a view's data is on its way.
 * `whole`: the page is the build's render or its hydration (App's `served`, until mounted).
 */
export function viewOf(app: AppState, pickers: Snippet, whole = false): LazyView | null {
  // The collection shown: the bundled one or a kept one (app.active), the views the same.
  const corpus = app.active;
  const name = viewName(app);
  // A kept collection's page says itself whether the collection is here.
  if (name === 'collections') return collectionsView(app);
  if (!corpus || !name) return null;
  const { speeches } = corpus;
  const href = app.linkTo;
  switch (name) {
    case 'collate': {
      const [settings, reuse, onchange] = [app.url, app.reuse, app.setOptions];
      return { name, props: { speeches, settings, href, reuse, onchange, whole } };
    }
    case 'own':
      return { name, props: { app, corpus } };
    case 'report': {
      const speech = app.single;
      if (!speech) return null;
      const onk = (k: number) => app.setOptions({ k });
      // A report's identical source is counted only when asked for (twins=apart, as the collation).
      const withTwins = app.url.apart;
      const onwithtwins = (apart: boolean) => app.setOptions({ apart });
      const [collection, k] = [corpus.title, app.settings.k];
      // A kept collection's texts are checked in a worker (it may hold thousands of texts),
      // which reads them from the store itself, unless only the page holds them.
      const kept = app.kept?.status === 'ready' ? app.kept : null;
      const offPage =
        app.url.collection === null
          ? null
          : { sha256: corpus.sha256, stored: kept && !kept.held ? kept.id : null };
      const props = { speech, speeches, collection, k, onk, withTwins, onwithtwins, href, offPage };
      return { name, props };
    }
    case 'pair': {
      const [a, b] = [app.speechA, app.speechB];
      if (!a || !b) return null;
      const props = {
        a,
        b,
        // Its stock phrases are found against the collection where the page would find them.
        collection: app.workerTexts,
        onresult: () => {},
        settings: app.settings,
        narrow: app.narrow,
        url: app.href,
        fragment: app.fragment,
        onfragment: app.setFragment,
        onoptions: app.setOptions,
      };
      return { name, props };
    }
    case 'speech': {
      const speech = app.single;
      if (!speech) return null;
      const checkHref = app.reportLink(speech.number);
      // A kept collection too large to mark on the page says so (its report still works).
      const unmarked = app.url.collection !== null && !app.reuseHere;
      const props = { speech, speeches, ...app.speechReuse, href, checkHref, unmarked };
      return { name, props };
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
 * one collection's overview, whose pairs, texts and collation open in the collection's address.
 */
export function collectionsView(app: AppState): LazyView | null {
  const store = app.platform.collections;
  if (!store) return null;
  const { lang, collection } = app.url;
  const props = {
    id: collection,
    store,
    kept: app.kept,
    onkept: app.keep,
    // The views of the collection's texts, in its address (its texts numbered from 1).
    textHref: (a: number, b: number | null, report = false) =>
      app.addressOf({ ...HOME, collection, lang, a, b, report }),
    collateHref: (speeches: number[]) =>
      app.addressOf({ ...HOME, collection, lang, collate: true, speeches }),
    href: (id: string | null) => app.addressOf({ ...HOME, collection: id, lang }),
    open: (address: string, hash: string) => {
      const url = new URL(address, app.platform.address().origin);
      app.follow(url.pathname, url.search, hash);
    },
  };
  return { name: 'collections', props };
}

/** A lazy view's component, with the name it was loaded for. */
export interface Loaded {
  name: ViewName;
  View: Component<LazyView['props']>;
}

/** A lazy view's component, at once when its code is here (a prerendered page's is). */
export function viewComponent(name: ViewName): Loaded | Promise<Loaded> {
  // Each name's props go with its own component (LazyView pairs them); TypeScript cannot follow
  // the pairing through the union, hence the one cast.
  const of = (module: { default: unknown }) => ({
    name,
    View: module.default as Component<LazyView['props']>,
  });
  const module = viewNow(name);
  return module instanceof Promise ? module.then(of) : of(module);
}
