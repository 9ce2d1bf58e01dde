/**
 * The URL is the state readers share: types.ts what it holds, query.ts the query read and printed,
 * routes.ts the path (a speech, a pair, the language) read and printed with the query,
 * problems.ts what reading finds wrong, kept.ts a kept collection's texts checked once it is loaded
 * (loaded with it, apart from the app's start).
 */
export * from './types.ts';
export { parseUrlState, toSearch } from './query.ts';
export { PATH_LANG, isRoute, parseAddress, toAddress, toRoute } from './routes.ts';
