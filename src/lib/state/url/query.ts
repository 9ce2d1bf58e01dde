/**
 * The URL is the state readers share. parseUrlState reads any query string into a valid state and
 * a list of problems to show; toSearch prints a state back. Both are pure, and
 * parseUrlState(toSearch(s)) gives s back with no problems.
 */
import { LANGS } from '../../i18n/messages.ts';
import { COLLECTION_ID } from '../../collection/types.ts';
import { K_MAX, K_MIN } from '../../check/k.ts';
import { GRANULARITIES, IGNORES } from '../../diff/model.ts';
import { HOME, SIDES, VIEWS, reportable, type Problem, type UrlState } from './types.ts';
import {
  badValue,
  choice,
  flag,
  grouped,
  list,
  problem,
  shorten,
  speechNumber,
  speechParam,
} from './problems.ts';

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
  const collection = collectionParam(params, problems);
  // A kept collection's texts (a, b, speeches) are counted once it is loaded (inCollection):
  // here only their shape is read.
  const count = collection !== null ? Number.MAX_SAFE_INTEGER : speechCount;
  const speech = {
    a: speechParam(params, 'a', count, problems),
    b: speechParam(params, 'b', count, problems),
  };
  let own = list(params, 'own', SIDES, problems);
  if (collection !== null && own.length > 0) {
    // A kept collection's views are of its texts: a person's own text beside them is dropped,
    // and said.
    problems.push(problem('not-with-collection', 'own', own.join(',')));
    own = [];
  }
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
    const n = speechNumber('speeches', item, count, problems);
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
    collection,
  };
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
const NOT_WITH_COLLECTION: Pick<UrlState, 'own'> = { own: [] };

/** What a collation state never has (parseUrlState drops it, toSearch does not print it). */
const NOT_WITH_COLLATE: Pick<UrlState, 'a' | 'b' | 'own' | 'report' | 'k'> = {
  a: null,
  b: null,
  own: [],
  report: false,
  k: null,
};

/** The state as an address prints it: a collation alone. */
export const printed = (given: UrlState): UrlState => {
  const state = given.collection !== null ? { ...given, ...NOT_WITH_COLLECTION } : given;
  return state.collate ? { ...state, ...NOT_WITH_COLLATE } : state;
};

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
