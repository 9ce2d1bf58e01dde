/**
 * The interface's one way to its strings: `translate(lang, key, params)`, which the components'
 * `t` (lib/state/i18n.svelte.ts) calls in the state's language. The shell's table
 * (messages.ts) is here from the start in Chinese and loads in English with an English page
 * (`loadLanguage`), its keys bare (`retry`); each view's own table loads with the view
 * (src/app/views.ts) and its keys are namespaced (`own.ownTextA`, `report.checkReport`), so the
 * app's start carries only the shell's Chinese strings.
 */
import { zh, type Lang, type MessageKey } from './messages.ts';

export type Params = Record<string, string | number>;

const LATIN = /[A-Za-z0-9]/u;
const HAN = /\p{Script=Han}/u;

/**
 * The space Chinese typesetting puts where a Latin letter or digit meets a Han character
 * (“文本 B 大段沿用文本 A 的文字”, not “文本 B大段沿用文本 A的文字”), given the characters on
 * either side of the join; none otherwise.
 */
export function spaceBetween(left: string | undefined, right: string | undefined): string {
  if (left === undefined || right === undefined) return '';
  const pair = (x: string, y: string) => LATIN.test(x) && HAN.test(y);
  return pair(left, right) || pair(right, left) ? ' ' : '';
}

/**
 * A string's first and last characters: code points, not UTF-16 units (a Han character beyond
 * the BMP is one of them), read at its ends only. A value may be long: an own texts' address
 * holds both texts, and splitting it whole was a tenth of the task that shows their comparison
 * (issue 26).
 */
const firstChar = (s: string) => (s === '' ? undefined : String.fromCodePoint(s.codePointAt(0)!));
function lastChar(s: string): string | undefined {
  if (s === '') return undefined;
  const [high, low] = [s.charCodeAt(s.length - 2), s.charCodeAt(s.length - 1)];
  // A surrogate pair is one character; NaN (one unit only) is no high surrogate.
  const pair = (high & 0xfc00) === 0xd800 && (low & 0xfc00) === 0xdc00;
  return s.slice(pair ? -2 : -1);
}

/** ICU MessageFormat's plural, as far as we use it: `{n, plural, one {…} other {…}}`, # the number. */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/gu;
const rules = new Map<Lang, Intl.PluralRules>();
const pluralOf = (lang: Lang, n: number) => {
  const rule = rules.get(lang) ?? new Intl.PluralRules(lang);
  rules.set(lang, rule);
  return rule.select(n);
};

/**
 * A template's parameters filled in; unknown names stay as they are. `{name}` is the value, with a
 * space where it meets the template Latin to Han (`spaceBetween`; the value itself is kept as it
 * is); `{n, plural, one {# passage} other {# passages}}` the form the language's rules choose for
 * the number.
 */
export function fill(template: string, params: Params, lang: Lang = 'en'): string {
  return template
    .replace(PLURAL, (whole, name: string, one: string, other: string) => {
      const n = Number(params[name]);
      if (!(name in params) || Number.isNaN(n)) return whole;
      return (pluralOf(lang, n) === 'one' ? one : other).replaceAll('#', String(params[name]));
    })
    .replace(/\{(\w+)\}/gu, (whole, name: string, at: number, all: string) => {
      if (!(name in params)) return whole;
      const value = String(params[name]);
      const [before, after] = [all[at - 1], all[at + whole.length]];
      return `${spaceBetween(before, firstChar(value))}${value}${spaceBetween(lastChar(value), after)}`;
    });
}

/** The shell's table in each language here: Chinese from the start, English once loaded. */
const shell: Partial<Record<Lang, Record<MessageKey, string>>> = { zh };

/** Whether the shell's strings in the language are here (AppState speaks it only then). */
export const speaks = (lang: Lang): boolean => shell[lang] !== undefined;

/** The shell's strings in the language, fetched once: English is a chunk of its own. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en') shell.en ??= (await import('./shell/en/index.ts')).en;
}

/** The tables that load apart, by namespace: each a chunk of its own. */
const TABLES = {
  own: () => import('./own.ts'),
  collections: () => import('./collections.ts'),
  collate: () => import('./collate.ts'),
  report: () => import('./report.ts'),
  overview: () => import('./overview.ts'),
  speech: () => import('./speech.ts'),
};
export type Namespace = keyof typeof TABLES;
type KeyOf<N extends Namespace> = keyof Awaited<ReturnType<(typeof TABLES)[N]>>['table']['zh'] &
  string;
/** A string's key: the shell's bare, any other table's under its namespace. */
export type Key = MessageKey | { [N in Namespace]: `${N}.${KeyOf<N>}` }[Namespace];

type Table = Record<Lang, Record<string, string>>;
const loaded = new Map<string, Table>();

/** The namespaces' tables, each fetched once; a view's loader awaits them beside its code. */
export async function loadStrings(...names: Namespace[]): Promise<void> {
  await Promise.all(
    names.map(async (name) => {
      if (!loaded.has(name)) loaded.set(name, (await TABLES[name]()).table);
    }),
  );
}

/**
 * The string in the language, its parameters filled in. A key whose table has not loaded is a
 * mistake in the code (a view drawn before its strings, a language spoken before its shell's
 * strings), said as such.
 */
export function translate(lang: Lang, key: Key, params: Params = {}): string {
  const dot = key.indexOf('.');
  if (dot < 0) {
    const strings = shell[lang];
    if (!strings) throw new Error(`The ${lang} strings are not loaded (${key}).`);
    return fill(strings[key as MessageKey], params, lang);
  }
  const table = loaded.get(key.slice(0, dot));
  if (!table) throw new Error(`The strings of ${key.slice(0, dot)} are not loaded (${key}).`);
  const template = table[lang][key.slice(dot + 1)];
  if (template === undefined) throw new Error(`No string ${key}.`);
  return fill(template, params, lang);
}

/** Chinese when the reader prefers any Chinese, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages.some((l) => /^zh\b/iu.test(l)) ? 'zh' : 'en';
}

/** A share from 0 to 1 as a percentage with one decimal, the same everywhere it is shown. */
export const formatPercent = (share: number): string => `${(share * 100).toFixed(1)}%`;
