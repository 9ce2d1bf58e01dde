import { MESSAGES, type Lang, type MessageKey } from './messages.ts';

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
      // Characters, not UTF-16 units: a Han character beyond the BMP is one of them.
      const chars = Array.from(value);
      const [before, after] = [all[at - 1], all[at + whole.length]];
      return `${spaceBetween(before, chars[0])}${value}${spaceBetween(chars.at(-1), after)}`;
    });
}

/** The message in the language, its parameters filled in. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(MESSAGES[lang][key], params, lang);
}

/** Chinese when the reader prefers any Chinese, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages.some((l) => /^zh\b/iu.test(l)) ? 'zh' : 'en';
}

/** A share from 0 to 1 as a percentage with one decimal, the same everywhere it is shown. */
export const formatPercent = (share: number): string => `${(share * 100).toFixed(1)}%`;
