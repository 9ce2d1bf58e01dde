/**
 * A list in words, as Intl.ListFormat's conjunction writes it (（三）和（六）, A、B和C; Speech 3 and
 * Speech 6, A, B, and C), without Intl.ListFormat: the first one a page makes loads the language's
 * data, 15 to 190 ms of a report page's hydration on a phone (issue 26), for two patterns.
 * tests/unit/i18n/list.test.ts holds it equal to Intl.ListFormat for any list.
 */
import type { Lang } from './messages.ts';

export function joinList(items: readonly string[], lang: Lang): string {
  const last = items.at(-1);
  if (items.length < 2 || last === undefined) return last ?? '';
  const head = items.slice(0, -1);
  return lang === 'zh'
    ? `${head.join('、')}和${last}`
    : items.length === 2
      ? `${head[0]} and ${last}`
      : `${head.join(', ')}, and ${last}`;
}
