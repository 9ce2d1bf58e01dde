/**
 * The URL is the state readers share. parseUrlState reads any query string into a valid state and
 * a list of problems to show; toSearch prints a state back. Both are pure, and
 * parseUrlState(toSearch(s)) gives s back with no problems.
 *
 * The canonical address of a speech or a pair is a path, so that a static host serves it as a
 * page of its own (prerendered, see tools/build/prerender.ts): a pair is `3-6/`, a speech alone `3/`,
 * the overview the base itself; in English each of them under `en/` (`en/3-6/`), so that an
 * English page paints in English before any script runs; every other setting stays in the query. parseAddress reads a path
 * and a query together (old links such as `?a=1&b=2` still read), toAddress prints the canonical
 * form, and parseAddress(toAddress(s)) gives s back with no problems.
 */
import { LANGS, type Lang } from '../i18n/messages.ts';
import { COLLECTION_ID } from '../collection/types.ts';

import { K_MAX, K_MIN } from '../check/k.ts';
import { IGNORES, type Ignore } from '../diff/model.ts';
import { GRANULARITIES, type Granularity } from '../diff/model.ts';

export { GRANULARITIES, IGNORES, type Granularity, type Ignore };
export const VIEWS = ['split', 'unified'] as const;
export type View = (typeof VIEWS)[number];
/** The sides that hold a person's own text (carried in the fragment, see lib/intake/fragment.ts). */
export const SIDES = ['a', 'b'] as const;
export type Side = (typeof SIDES)[number];

export interface UrlState {
  /**
   * Speech numbers, 1-based, as the two pickers show them: both set is a comparison, one set shows
   * that speech alone (on the side it was chosen), none the overview.
   */
  a: number | null;
  b: number | null;
  /** Interface language chosen in the URL; null follows the browser. */
  lang: Lang | null;
  /** Diff granularity; null is the default (DEFAULT_GRANULARITY). */
  g: Granularity | null;
  /** Differences not to highlight, in the order of IGNORES, each once. */
  ignore: Ignore[];
  /** Split or unified view; null follows the width of the screen. */
  view: View | null;
  /** Mute stock phrases (passages shared by three or more speeches) in the comparison. */
  mute: boolean;
  /**
   * The 查重 report of the text shown alone: a speech (exactly one of a and b set, no own text)
   * or one own text (own is one side, a and b both null). See `reportable`.
   */
  report: boolean;
  /** The report's shortest copied run, K_MIN to K_MAX characters; null is K_DEFAULT. */
  k: number | null;
  /** The collation of all speeches (or of `speeches`) instead of a comparison or the overview. */
  collate: boolean;
  /** The speeches collated, ascending, each once; empty means all. */
  speeches: number[];
  /** Collation: fold rows where only one column has text. */
  fold: boolean;
  /**
   * Identical speeches apart (`twins=apart`): in the collation, in columns of their own rather
   * than one merged column; in a 查重 report, a source identical to the text counted as a source
   * rather than left out.
   */
  apart: boolean;
  /** Sides that are own texts (in the order of SIDES, each once); their a or b is null. */
  own: Side[];
  /**
   * A collection kept in this browser (its id, lib/collection/types.ts COLLECTION_ID), whose
   * overview is shown instead of the bundled collection's views; whether it exists here is
   * known only when the page looks (views/collections/ says so when it does not).
   */
  collection: string | null;
}

export type ProblemCode =
  | 'not-a-number'
  | 'no-such-speech'
  | 'repeated'
  | 'bad-value'
  | 'empty-value'
  | 'unknown'
  | 'report-alone'
  | 'own-and-speech'
  | 'not-with-collate'
  | 'not-with-collection'
  | 'bad-path';

export interface Problem {
  code: ProblemCode;
  param: string;
  /**
   * The offending value as given (shortened), shown as text, never as HTML; for a problem met
   * several times with different values, the first few of them.
   */
  value: string;
  /** For bad-value: the values the parameter accepts. */
  allowed?: string;
  /** How many times the URL has this problem (one parameter's values each count). */
  count: number;
}

export const HOME: UrlState = {
  a: null,
  b: null,
  lang: null,
  g: null,
  ignore: [],
  view: null,
  mute: false,
  report: false,
  k: null,
  collate: false,
  speeches: [],
  fold: false,
  apart: false,
  own: [],
  collection: null,
};

const KNOWN = [
  'a',
  'b',
  'own',
  'g',
  'ignore',
  'view',
  'mute',
  'lang',
  'report',
  'k',
  'collate',
  'speeches',
  'fold',
  'twins',
  'collection',
] as const;
const MAX_SHOWN = 40;
/** Different values named in one grouped problem; the count says how many there were. */
const MAX_VALUES = 3;

const shorten = (value: string) =>
  value.length > MAX_SHOWN ? `${Array.from(value).slice(0, MAX_SHOWN).join('')}…` : value;

function speechParam(
  params: URLSearchParams,
  name: 'a' | 'b',
  count: number,
  problems: Problem[],
): number | null {
  const raw = params.get(name);
  return raw === null ? null : speechNumber(name, raw, count, problems);
}

/** A speech number as written in the URL, or null and a problem. */
function speechNumber(
  name: string,
  raw: string,
  count: number,
  problems: Problem[],
): number | null {
  // Digits only: ` 1` (a pasted space, or `+` in a query) is said, not quietly read as 1.
  if (!/^\d{1,9}$/u.test(raw)) {
    problems.push(problem('not-a-number', name, raw));
    return null;
  }
  const n = Number(raw);
  if (n < 1 || n > count) {
    problems.push(problem('no-such-speech', name, raw));
    return null;
  }
  return n;
}

/**
 * Whether a state shows one text alone, which is what a 查重 report is of: one speech (a or b,
 * no own text) or one own text (own is one side, and no speech beside it).
 */
export function reportable(state: Pick<UrlState, 'a' | 'b' | 'own'>): boolean {
  const { a, b, own } = state;
  if (own.length === 0) return (a === null) !== (b === null);
  return own.length === 1 && a === null && b === null;
}

export function parseUrlState(
  search: string,
  speechCount: number,
): { state: UrlState; problems: Problem[] } {
  const problems: Problem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: HOME, problems: [problem('unknown', '?', search)] };
  }
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      problems.push(problem('unknown', shorten(key), params.get(key) ?? ''));
    } else if (seen.has(key)) {
      problems.push(problem('repeated', key, params.getAll(key).join(', ')));
    }
    seen.add(key);
  }
  const speech = {
    a: speechParam(params, 'a', speechCount, problems),
    b: speechParam(params, 'b', speechCount, problems),
  };
  const own = list(params, 'own', SIDES, problems);
  // A side that is an own text is not also a speech.
  for (const side of own) {
    const n = speech[side];
    if (n !== null) problems.push(problem('own-and-speech', side, String(n)));
    speech[side] = null;
  }
  const { a, b } = speech;
  const rawReport = params.get('report');
  if (rawReport !== null && rawReport !== '1') problems.push(badValue('report', rawReport, ['1']));
  const report = rawReport === '1' && reportable({ a, b, own });
  if (rawReport === '1' && !report) problems.push(problem('report-alone', 'report', '1'));
  const rawK = params.get('k');
  const k = rawK !== null && /^\d{1,2}$/u.test(rawK) ? Number(rawK) : null;
  if (rawK !== null && (k === null || k < K_MIN || k > K_MAX))
    problems.push({ ...badValue('k', rawK, []), allowed: `${K_MIN}–${K_MAX}` });
  const speeches = new Set<number>();
  const rawSpeeches = params.get('speeches');
  for (const item of rawSpeeches === null || rawSpeeches === '' ? [] : rawSpeeches.split(',')) {
    const n = speechNumber('speeches', item, speechCount, problems);
    if (n !== null) speeches.add(n);
  }
  const state: UrlState = {
    a,
    b,
    lang: choice(params, 'lang', LANGS, problems),
    g: choice(params, 'g', GRANULARITIES, problems),
    ignore: list(params, 'ignore', IGNORES, problems),
    view: choice(params, 'view', VIEWS, problems),
    mute: flag(params, 'mute', 'stock', problems),
    report,
    k: k !== null && k >= K_MIN && k <= K_MAX ? k : null,
    collate: flag(params, 'collate', '1', problems),
    speeches: [...speeches].sort((x, y) => x - y),
    fold: flag(params, 'fold', '1', problems),
    apart: flag(params, 'twins', 'apart', problems),
    own,
    collection: collectionParam(params, problems),
  };
  if (state.collection !== null) {
    // A collection's page shows its overview: the bundled collection's speeches, own texts, a
    // report or a collation beside it are dropped, and said.
    const dropped = {
      a: state.a === null ? null : String(state.a),
      b: state.b === null ? null : String(state.b),
      own: state.own.length > 0 ? state.own.join(',') : null,
      report: state.report ? '1' : null,
      collate: state.collate ? '1' : null,
    };
    for (const [param, value] of Object.entries(dropped))
      if (value !== null) problems.push(problem('not-with-collection', param, value));
    return { state: { ...state, ...NOT_WITH_COLLECTION }, problems: grouped(problems) };
  }
  if (!state.collate) return { state, problems: grouped(problems) };
  // The collation shows every speech: a pair, an own text or a report beside it is dropped, and
  // said, so that the address stops naming what the page does not show.
  const dropped = {
    a: state.a === null ? null : String(state.a),
    b: state.b === null ? null : String(state.b),
    own: state.own.length > 0 ? state.own.join(',') : null,
    report: state.report ? '1' : null,
    k: state.k === null ? null : String(state.k),
  };
  for (const [param, value] of Object.entries(dropped))
    if (value !== null) problems.push(problem('not-with-collate', param, value));
  return { state: { ...state, ...NOT_WITH_COLLATE }, problems: grouped(problems) };
}

/** The shape an id of a kept collection has, said when a link's is not that. */
const COLLECTION_SHAPE = 'c + 4–24 [0-9a-z]';

function collectionParam(params: URLSearchParams, problems: Problem[]): string | null {
  const raw = params.get('collection');
  if (raw === null) return null;
  if (COLLECTION_ID.test(raw)) return raw;
  problems.push({ ...badValue('collection', raw, []), allowed: COLLECTION_SHAPE });
  return null;
}

/** What a collection's state never has (parseUrlState drops it, toSearch does not print it). */
const NOT_WITH_COLLECTION: Pick<UrlState, 'a' | 'b' | 'own' | 'report' | 'collate'> = {
  a: null,
  b: null,
  own: [],
  report: false,
  collate: false,
};

/** What a collation state never has (parseUrlState drops it, toSearch does not print it). */
const NOT_WITH_COLLATE: Pick<UrlState, 'a' | 'b' | 'own' | 'report' | 'k'> = {
  a: null,
  b: null,
  own: [],
  report: false,
  k: null,
};

/** A comma list of values, each known one once and in the order of `values`. */
function list<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
  problems: Problem[],
): T[] {
  const raw = params.get(name);
  // `own=` is as empty as `own=,`: said, not silently nothing.
  const items = raw === null ? [] : raw.split(',');
  for (const item of items) if (!oneOf(values, item)) problems.push(badValue(name, item, values));
  return values.filter((v) => items.includes(v));
}

const problem = (code: ProblemCode, param: string, value: string): Problem => ({
  code,
  param,
  value: shorten(value),
  count: 1,
});

/**
 * One problem per kind and parameter: a URL with 20,000 bad values gives one notice that counts
 * them and names the first few, not 20,000.
 */
function grouped(problems: readonly Problem[]): Problem[] {
  const byKey = new Map<string, { first: Problem; values: string[]; count: number }>();
  for (const p of problems) {
    const key = `${p.code}\u0000${p.param}`;
    const group = byKey.get(key);
    if (!group) byKey.set(key, { first: p, values: [p.value], count: p.count });
    else {
      group.count += p.count;
      if (!group.values.includes(p.value) && group.values.length <= MAX_VALUES)
        group.values.push(p.value);
    }
  }
  return [...byKey.values()].map(({ first, values, count }) => ({
    ...first,
    value:
      values.length > MAX_VALUES
        ? `${values.slice(0, MAX_VALUES).join(', ')}, …`
        : values.join(', '),
    count,
  }));
}

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** A value the parameter does not take; an empty one (ignore=,,) is named as empty. */
const badValue = (param: string, value: string, allowed: readonly string[]): Problem =>
  value.trim() === ''
    ? problem('empty-value', param, value)
    : { ...problem('bad-value', param, value), allowed: allowed.join(', ') };

/** A switch that is on with one value and off when absent. */
function flag(params: URLSearchParams, name: string, on: string, problems: Problem[]): boolean {
  const raw = params.get(name);
  if (raw !== null && raw !== on) problems.push(badValue(name, raw, [on]));
  return raw === on;
}

function choice<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
  problems: Problem[],
): T | null {
  const raw = params.get(name);
  if (raw === null) return null;
  if (oneOf(values, raw)) return raw;
  problems.push(badValue(name, raw, values));
  return null;
}

/** The state as an address prints it: a collation alone. */
const printed = (state: UrlState): UrlState =>
  state.collection !== null
    ? { ...state, ...NOT_WITH_COLLECTION }
    : state.collate
      ? { ...state, ...NOT_WITH_COLLATE }
      : state;

export function toSearch(given: UrlState): string {
  const state = printed(given);
  const params = new URLSearchParams();
  if (state.a !== null) params.set('a', String(state.a));
  if (state.b !== null) params.set('b', String(state.b));
  if (state.own.length > 0) params.set('own', state.own.join(','));
  if (state.g !== null) params.set('g', state.g);
  if (state.ignore.length > 0) params.set('ignore', state.ignore.join(','));
  if (state.view !== null) params.set('view', state.view);
  if (state.mute) params.set('mute', 'stock');
  if (state.report && reportable(state)) params.set('report', '1');
  if (state.k !== null) params.set('k', String(state.k));
  if (state.collate) params.set('collate', '1');
  if (state.speeches.length > 0) params.set('speeches', state.speeches.join(','));
  if (state.fold) params.set('fold', '1');
  if (state.apart) params.set('twins', 'apart');
  if (state.collection !== null) params.set('collection', state.collection);
  if (state.lang !== null) params.set('lang', state.lang);
  // Commas in the ignore and speech lists read better as they are.
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** A route: the part of the path after the site's base, as toAddress prints it. */
const ROUTE = /^(?:(en)(?:\/|$))?(?:(\d{1,9})(?:-(\d{1,9}))?\/?)?(?:index\.html)?$/u;

/** The language a route's path names (`en/`); Chinese, the first language, has no prefix. */
export const PATH_LANG = 'en' satisfies Lang;

/**
 * Reads an address: `route` is the path after the site's base (`3-6/`, `3/`, ``), `search` the
 * query. The speeches come from the path, read as if the query began with them, so that every
 * rule of the query holds; an old link's `a`/`b` in the query still work, and when both name
 * speeches the query wins (it is what an old link meant). A path that is not a route is a
 * problem, and the rest of the address is still read.
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
  const [, lang, a, b] = match;
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
  if (language.length + speeches.length === 0) return parseUrlState(search, speechCount);
  const params = new URLSearchParams([...speeches, ...query, ...language]);
  return parseUrlState(`?${params.toString()}`, speechCount);
}

/** Whether a path (after the base) is one of the app's routes, which an in-app link may follow. */
export const isRoute = (route: string): boolean => ROUTE.test(route);

/**
 * The route of a state's speeches: `3-6/`, `3/`, or `` for the overview, a lone `b` and a speech
 * compared with itself, which have no page of their own and keep their speeches in the query.
 */
export function toRoute(state: Pick<UrlState, 'a' | 'b'>): string {
  if (state.a === null || state.a === state.b) return '';
  return state.b === null ? `${state.a}/` : `${state.a}-${state.b}/`;
}

/** The canonical address of a state, relative to the site's base: route, then query. */
export function toAddress(given: UrlState): string {
  const state = printed(given);
  const route = toRoute(state);
  const english = state.lang === PATH_LANG;
  if (route === '' && !english) return toSearch(state);
  const query = new URLSearchParams(toSearch(state));
  if (route !== '') {
    query.delete('a');
    query.delete('b');
  }
  if (english) query.delete('lang');
  // Commas in the ignore list read better as they are.
  const text = query.toString().replaceAll('%2C', ',');
  return `${english ? `${PATH_LANG}/` : ''}${route}${text ? `?${text}` : ''}`;
}
