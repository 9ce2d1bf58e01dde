/**
 * The URL is the state readers share. parseUrlState reads any query string into a valid state and
 * a list of problems to show; toSearch prints a state back. Both are pure, and
 * parseUrlState(toSearch(s)) gives s back with no problems.
 */
import type { Lang } from '../i18n/messages.ts';

export interface UrlState {
  /** Speech numbers, 1-based; b is only set when a is. */
  a: number | null;
  b: number | null;
  /** Interface language chosen in the URL; null follows the browser. */
  lang: Lang | null;
}

export type ProblemCode =
  'not-a-number' | 'no-such-speech' | 'repeated' | 'b-without-a' | 'unknown';

export interface Problem {
  code: ProblemCode;
  param: string;
  /** The offending value as given (shortened), shown as text, never as HTML. */
  value: string;
}

export const HOME: UrlState = { a: null, b: null, lang: null };

const KNOWN = ['a', 'b', 'lang'] as const;
const LANGS: readonly string[] = ['zh', 'en'];
const MAX_SHOWN = 40;

const shorten = (value: string) =>
  value.length > MAX_SHOWN ? `${Array.from(value).slice(0, MAX_SHOWN).join('')}…` : value;

function speechParam(
  params: URLSearchParams,
  name: 'a' | 'b',
  count: number,
  problems: Problem[],
): number | null {
  const raw = params.get(name);
  if (raw === null) return null;
  if (!/^\d{1,9}$/u.test(raw.trim())) {
    problems.push({ code: 'not-a-number', param: name, value: shorten(raw) });
    return null;
  }
  const n = Number(raw.trim());
  if (n < 1 || n > count) {
    problems.push({ code: 'no-such-speech', param: name, value: shorten(raw) });
    return null;
  }
  return n;
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
    return { state: HOME, problems: [{ code: 'unknown', param: '?', value: shorten(search) }] };
  }
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      problems.push({
        code: 'unknown',
        param: shorten(key),
        value: shorten(params.get(key) ?? ''),
      });
    } else if (seen.has(key)) {
      problems.push({ code: 'repeated', param: key, value: params.getAll(key).join(', ') });
    }
    seen.add(key);
  }
  let a = speechParam(params, 'a', speechCount, problems);
  let b = speechParam(params, 'b', speechCount, problems);
  if (a === null && b !== null) {
    // A lone b cannot be a comparison; show that speech alone rather than nothing.
    problems.push({ code: 'b-without-a', param: 'b', value: String(b) });
    a = b;
    b = null;
  }
  const rawLang = params.get('lang');
  let lang: Lang | null = null;
  if (rawLang !== null) {
    if (LANGS.includes(rawLang)) lang = rawLang as Lang;
    else problems.push({ code: 'unknown', param: 'lang', value: shorten(rawLang) });
  }
  return { state: { a, b, lang }, problems };
}

export function toSearch(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.a !== null) params.set('a', String(state.a));
  if (state.a !== null && state.b !== null) params.set('b', String(state.b));
  if (state.lang !== null) params.set('lang', state.lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}
