import type { OwnKey } from '../i18n/own.ts';
import { translateOwn } from '../i18n/own.ts';
import type { Params } from '../i18n/translate.ts';
import { i18n } from './i18n.svelte.ts';

/** The editor's strings in the interface language (lib/i18n/own.ts), following a change. */
export function to(key: OwnKey, params?: Params): string {
  return translateOwn(i18n.lang, key, params);
}
