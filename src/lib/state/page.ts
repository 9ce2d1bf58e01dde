/**
 * Which page the state shows, and the document's title for it, worked out from the state
 * (app.svelte.ts, whose $derived `page` and `title` call these).
 */
import type { Corpus, Speech } from '../corpus/types.ts';
import type { Lang } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import type { UrlState } from './url/index.ts';

export type Page =
  'loading' | 'failed' | 'overview' | 'speech' | 'compare' | 'collate' | 'own' | 'collection';

/** What the page and the title follow from. */
interface Shown {
  url: UrlState;
  /** The collection the views show (AppState.active). */
  active: Corpus | null;
  speechA: Speech | null;
  speechB: Speech | null;
  /** The speech shown alone. */
  single: Speech | null;
}

/** A kept collection's address with none of its texts and no collation: its overview. */
export const collectionHome = ({ a, b, collate }: UrlState): boolean =>
  a === null && b === null && !collate;

export function pageOf(
  { url, active, speechA, speechB, single }: Shown,
  failed: boolean,
  loaded: boolean,
): Page {
  return failed
    ? 'failed'
    : !loaded
      ? 'loading'
      : url.collection !== null && (active === null || collectionHome(url))
        ? 'collection'
        : url.collate
          ? 'collate'
          : url.own.length > 0
            ? 'own'
            : speechA && speechB
              ? 'compare'
              : single
                ? 'speech'
                : 'overview';
}

export function titleOf({ url, active, speechA, speechB, single }: Shown, lang: Lang): string {
  // A kept collection's name follows what is shown of it.
  const kept = url.collection !== null && active ? active.title : null;
  const name = `${kept === null ? '' : `${kept} · `}${lang === 'zh' ? '对照 Duizhao' : 'Duizhao 对照'}`;
  const label = (s: Speech) => s.label;
  if (url.collate) return `${translate(lang, 'collateTitle')} · ${name}`;
  if (speechA && speechB) return `${label(speechA)} ⟷ ${label(speechB)} · ${name}`;
  return single ? `${label(single)} · ${name}` : name;
}
