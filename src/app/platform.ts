/** The browser as the app state sees it: the address bar, history and the data on the server. */
import { loadCorpus, loadPlans } from './load.ts';
import type { Corpus } from '../lib/corpus/types.ts';
import type { Drafts, Platform } from '../lib/state/app.svelte.ts';

const base = import.meta.env.BASE_URL;

/** One draft a tab, under its address; storage that is full, off or absent keeps nothing. */
const DRAFT = 'duizhao-draft';
const drafts: Drafts = {
  keep(address, texts) {
    try {
      if (texts) sessionStorage.setItem(DRAFT, JSON.stringify({ address, texts }));
      else sessionStorage.removeItem(DRAFT);
    } catch {
      // Nothing kept: the page says the link was not made either way.
    }
  },
  kept(address) {
    try {
      const saved = JSON.parse(sessionStorage.getItem(DRAFT) ?? 'null') as {
        address?: unknown;
        texts?: { a?: unknown; b?: unknown };
      } | null;
      if (saved?.address !== address || typeof saved.texts !== 'object') return null;
      const { a, b } = saved.texts;
      const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
      return { a: text(a), b: text(b) };
    } catch {
      return null;
    }
  },
};

/** The bundled collection as last asked for: the reuse analysis builds its index from it. */
let corpus: Promise<Corpus> | null = null;

export const platform: Platform = {
  address: () => location,
  commit: (url, mode) =>
    mode === 'push' ? history.pushState(null, '', url) : history.replaceState(null, '', url),
  loadCorpus: () => (corpus = loadCorpus(`${base}corpus.json`)),
  loadPlans: () => loadPlans(`${base}plans.json`),
  loadReuse: () => import('./reuse-off.ts').then((m) => m.reuseModule(corpus)),
  languages: navigator.languages,
  base,
  drafts,
  // Apart from the first paint's code: idb and the store come with the collections' view.
  collections: () => import('./collections.ts').then((m) => m.collections),
};
