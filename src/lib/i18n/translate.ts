import { MESSAGES, type Lang, type MessageKey } from './messages.ts';

export type Params = Record<string, string | number>;

/** A template's {name} parameters filled in; unknown names stay as they are. */
export const fill = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );

/** The message in the language, its {name} parameters filled in. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(MESSAGES[lang][key], params);
}

/** Chinese when the reader prefers any Chinese, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages.some((l) => /^zh\b/iu.test(l)) ? 'zh' : 'en';
}

/** A share from 0 to 1 as a percentage with one decimal, the same everywhere it is shown. */
export const formatPercent = (share: number): string => `${(share * 100).toFixed(1)}%`;
