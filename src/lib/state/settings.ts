/**
 * What the reader sees, resolved once from the URL and the browser: every default lives here.
 * Components receive these settings, never the raw URL state with its nulls.
 */
import { K_DEFAULT } from '../check/k.ts';
import { DEFAULT_GRANULARITY } from '../diff/model.ts';
import type { Lang } from '../i18n/messages.ts';
import { preferredLang } from '../i18n/translate.ts';
import type { Granularity, Ignore, UrlState, View } from './url/index.ts';

export interface Settings {
  granularity: Granularity;
  ignore: readonly Ignore[];
  view: View;
  mute: boolean;
  lang: Lang;
  /** The 查重 report's shortest copied run. */
  k: number;
}

/**
 * The display options a reader toggles on a comparison or a report, or on the collation (its
 * speeches and switches); they replace, not push, history.
 */
export type OptionsPatch = Partial<
  Pick<UrlState, 'g' | 'ignore' | 'view' | 'mute' | 'k' | 'speeches' | 'fold' | 'apart'>
>;

/** What the browser says about the reader, for the defaults the URL leaves open. */
export interface Environment {
  /** Below 720 px there is no room for two columns. */
  narrow: boolean;
  /** navigator.languages */
  languages: readonly string[];
}

export function resolve(url: UrlState, env: Environment): Settings {
  return {
    granularity: url.g ?? DEFAULT_GRANULARITY,
    ignore: url.ignore,
    view: url.view ?? (env.narrow ? 'unified' : 'split'),
    mute: url.mute,
    lang: url.lang ?? preferredLang(env.languages),
    k: url.k ?? K_DEFAULT,
  };
}
