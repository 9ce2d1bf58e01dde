/**
 * The canonical address of a speech, a pair, a speech's 查重 report or the collation is a path, so
 * that a static host serves it as a page of its own (prerendered, see tools/build/prerender.ts): a
 * pair is `3-6/`, a speech alone `3/`, its report `3/report/`, the collation `collate/`, the
 * overview the base itself; in English each of them under `en/` (`en/3-6/`), so that an English
 * page paints in English before any script runs; every other setting (the report's K, the
 * speeches collated) stays in the query, applied on top of the page. parseAddress reads a path
 * and a query together (old links such as `?a=1&b=2` still read), toAddress prints the canonical
 * form, and parseAddress(toAddress(s)) gives s back with no problems.
 */
import type { Lang } from '../../i18n/messages.ts';
import { reportable, type Problem, type UrlState } from './types.ts';
import { shorten } from './problems.ts';
import { parseUrlState, printed, toSearch } from './query.ts';

/** A route: the part of the path after the site's base, as toAddress prints it. */
const ROUTE =
  /^(?:(en)(?:\/|$))?(?:(collate)\/?|(\d{1,9})(?:-(\d{1,9})|\/(report))?\/?)?(?:index\.html)?$/u;

/** The language a route's path names (`en/`); Chinese, the first language, has no prefix. */
export const PATH_LANG = 'en' satisfies Lang;

/**
 * Reads an address: `route` is the path after the site's base (`3-6/`, `3/report/`, `collate/`,
 * ``), `search` the query. What the path names is read as if the query began with it (`a=3&
 * report=1`, `collate=1`), so that every rule of the query holds; an old link's `a`/`b`,
 * `report` or `collate` in the query still work, and when both name speeches the query wins (it is
 * what an old link meant). A path that is not a route is a problem, and the rest of the address
 * is still read.
 */
export function parseAddress(
  route: string,
  search: string,
  speechCount: number,
): { state: UrlState; problems: Problem[] } {
  const match = ROUTE.exec(route);
  if (!match) {
    const parsed = parseUrlState(search, speechCount);
    return {
      state: parsed.state,
      problems: [
        { code: 'bad-path', param: 'path', value: shorten(route), count: 1 },
        ...parsed.problems,
      ],
    };
  }
  const [, lang, collate, a, b, report] = match;
  const query = new URLSearchParams(search);
  // The path's language, unless the query names one (as a link from before the paths did).
  const language: [string, string][] =
    lang !== undefined && !query.has('lang') ? [['lang', lang]] : [];
  const speeches: [string, string][] =
    a === undefined || query.has('a') || query.has('b')
      ? []
      : b === undefined
        ? [['a', a]]
        : [
            ['a', a],
            ['b', b],
          ];
  // The view the path names (a report, the collation), unless the query names it itself.
  const view: [string, string][] = [
    ...(report !== undefined && !query.has('report') ? [['report', '1'] as [string, string]] : []),
    ...(collate !== undefined && !query.has('collate')
      ? [['collate', '1'] as [string, string]]
      : []),
  ];
  if (language.length + speeches.length + view.length === 0)
    return parseUrlState(search, speechCount);
  const params = new URLSearchParams([...speeches, ...view, ...query, ...language]);
  return parseUrlState(`?${params.toString()}`, speechCount);
}

/** Whether a path (after the base) is one of the app's routes, which an in-app link may follow. */
export const isRoute = (route: string): boolean => ROUTE.test(route);

/**
 * The route of a state's view: `3-6/`, `3/`, a speech's report `3/report/`, the collation
 * `collate/`, or `` for the overview, a lone `b` and a speech compared with itself, which have no
 * page of their own and keep their speeches in the query (as does a report of an own text).
 */
export function toRoute(
  state: Pick<UrlState, 'a' | 'b'> & Partial<Pick<UrlState, 'report' | 'own' | 'collate'>>,
): string {
  if (state.collate === true) return 'collate/';
  if (state.a === null || state.a === state.b) return '';
  if (state.b !== null) return `${state.a}-${state.b}/`;
  const report = state.report === true && reportable({ ...state, own: state.own ?? [] });
  return report ? `${state.a}/report/` : `${state.a}/`;
}

/** The canonical address of a state, relative to the site's base: route, then query. */
export function toAddress(given: UrlState): string {
  const state = printed(given);
  // A kept collection's texts have no pages of their own: its a and b stay in the query.
  const route = state.collection === null ? toRoute(state) : '';
  const english = state.lang === PATH_LANG;
  if (route === '' && !english) return toSearch(state);
  const query = new URLSearchParams(toSearch(state));
  if (route !== '') {
    query.delete('a');
    query.delete('b');
    // The path names the view.
    if (route.endsWith('report/')) query.delete('report');
    query.delete('collate');
  }
  if (english) query.delete('lang');
  // Commas in the ignore list read better as they are.
  const text = query.toString().replaceAll('%2C', ',');
  return `${english ? `${PATH_LANG}/` : ''}${route}${text ? `?${text}` : ''}`;
}
