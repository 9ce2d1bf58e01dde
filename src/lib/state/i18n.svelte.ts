import type { Lang } from '../i18n/messages.ts';
import { translate, type Key, type Params } from '../i18n/translate.ts';

/** Whatever holds the language: the app's state (AppState.lang). */
interface Speaker {
  readonly lang: Lang;
}

let speaker: Speaker = { lang: 'zh' };

/**
 * The strings follow this state's language from now on. The state is not copied: `t` reads its
 * `lang` each time, so a component follows a change. AppState names itself when made (the page's
 * one, and the prerender's for each page it renders).
 */
export function speakAs(state: Speaker): void {
  speaker = state;
}

/** The interface language, read (components compare it, or hand it to lib's functions). */
export const i18n: Speaker = {
  get lang() {
    return speaker.lang;
  },
};

/** The string in the state's language (lib/i18n/translate.ts): `t('retry')`, `t('own.ownCompare')`. */
export function t(key: Key, params?: Params): string {
  return translate(speaker.lang, key, params);
}
