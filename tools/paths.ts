import { fileURLToPath } from 'node:url';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The collection as published: the single source of truth. */
export const CORPUS_SOURCE = root('src/data/000_0dcb52506dea78df.txt');
/** What the app loads, generated from the source by `npm run corpus`. */
export const CORPUS_JSON = root('static/corpus.json');
/** The default comparison of every pair, worked out by `npm run corpus` (see lib/diff/plan/). */
export const PLANS_JSON = root('static/plans.json');
/**
 * The prerender's own Vite cache: the dev server's is node_modules/.vite, and a second server
 * scanning into it makes a running `npm start` answer 504 for the lazy views (issue 23).
 */
export const PRERENDER_CACHE = root('node_modules/.vite-prerender');
