import type { Lang, MessageKey } from '../i18n/messages.ts';
import { translate, type Params } from '../i18n/translate.ts';

/** The interface language; components read it through t(), so they follow a change. */
export const i18n = $state<{ lang: Lang }>({ lang: 'zh' });

export function t(key: MessageKey, params?: Params): string {
  return translate(i18n.lang, key, params);
}
