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

/**
 * A history write left until after the next frame (`later`), and the address it names: the
 * state's address meanwhile. Another write first writes it; Back or Forward before it drops it
 * (the browser moved from the entry it would have followed, and the app reads where it is).
 */
let waiting: { url: string; mode: 'push' | 'replace' } | null = null;
const write = (url: string, mode: 'push' | 'replace') =>
  mode === 'push' ? history.pushState(null, '', url) : history.replaceState(null, '', url);
function flush() {
  if (waiting === null) return;
  const { url, mode } = waiting;
  waiting = null;
  write(url, mode);
}
addEventListener('popstate', () => (waiting = null));

export const platform: Platform = {
  address: () => (waiting === null ? location : new URL(waiting.url, location.href)),
  commit: (url, mode, later = false) => {
    flush();
    // A hidden tab draws no frame (one hidden meanwhile writes it once shown again).
    if (!later || document.hidden) return write(url, mode);
    waiting = { url, mode };
    requestAnimationFrame(() => setTimeout(flush));
  },
  loadCorpus: () => (corpus = loadCorpus(`${base}corpus.json`)),
  loadPlans: () => loadPlans(`${base}plans.json`),
  loadReuse: () => import('./reuse-off.ts').then((m) => m.reuseModule(corpus)),
  languages: navigator.languages,
  base,
  drafts,
  // Apart from the first paint's code: idb and the store come with the collections' view.
  collections: () => import('./collections.ts').then((m) => m.collections),
};
