import type { CollectionsKey } from '../i18n/collections.ts';
import { translateCollections } from '../i18n/collections.ts';
import type { Params } from '../i18n/translate.ts';
import { i18n } from './i18n.svelte.ts';

/** The collections' strings in the interface language (lib/i18n/collections.ts). */
export function tc(key: CollectionsKey, params?: Params): string {
  return translateCollections(i18n.lang, key, params);
}
