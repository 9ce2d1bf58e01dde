/** The browser as the app state sees it: the address bar, history and the data on the server. */
import { loadCorpus, loadPlans } from './load.ts';
import type { Platform } from '../lib/state/app.svelte.ts';

const base = import.meta.env.BASE_URL;

export const platform: Platform = {
  address: () => location,
  commit: (url, mode) =>
    mode === 'push' ? history.pushState(null, '', url) : history.replaceState(null, '', url),
  loadCorpus: () => loadCorpus(`${base}corpus.json`),
  loadPlans: () => loadPlans(`${base}plans.json`),
  loadReuse: () => import('../lib/reuse/all.ts'),
  languages: navigator.languages,
  base,
};
