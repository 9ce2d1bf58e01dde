/**
 * Each page runs this in its head (tools/build/prerender-html.ts), and the page's tiny entry
 * (src/app/main.ts) again before it loads the app: an address whose view
 * has a prerendered page of its own, but which reached another page (an old link `/?a=1&b=2`,
 * `?lang=en` on a Chinese page), goes to that page at once, so that it paints from HTML as any
 * shared link does instead of waiting for the app to draw it.
 *
 * It imports nothing (the entry stays about a kilobyte) and so does not call parseAddress: it
 * takes only the plain cases, and for them gives exactly what parseAddress reads and toAddress
 * prints (tests/unit/state/early.test.ts holds it to that). Anything else stays where it is and
 * the app reads it as before.
 */

/**
 * The address (relative to the base: route and query) of the prerendered page that shows what
 * `search` asks of the page `route` (a route the build prerendered, as `#app` names it), or null
 * when this page is already it (the app applies the query) or the case is not a plain one.
 *
 * Self-contained (no name from outside its body but the browser's): each page also runs its text
 * inline in its head (tools/build/prerender-html.ts), before the page is parsed further.
 */
export function earlyAddress(route: string, search: string, count: number): string | null {
  /** Display settings that a prerendered page applies after it hydrates. */
  const SETTINGS = ['g', 'ignore', 'view', 'mute', 'lang'];
  /** The route of a prerendered page: the language's prefix, the speeches. */
  const page = /^(en\/)?(?:(\d{1,9})(?:-(\d{1,9}))?\/)?$/u.exec(route);
  if (!page) return null;
  const query = new URLSearchParams(search);
  const keys = [...query.keys()];
  // Each key once, and only speeches and display settings (not a collation, own texts, a report).
  if (new Set(keys).size !== keys.length) return null;
  if (!keys.every((k) => k === 'a' || k === 'b' || SETTINGS.includes(k))) return null;
  const speech = (name: 'a' | 'b') => {
    const raw = query.get(name);
    if (raw === null) return null;
    const n = /^[1-9]\d{0,8}$/u.test(raw) ? Number(raw) : 0;
    return n >= 1 && n <= count ? n : undefined;
  };
  let [a, b]: (number | null | undefined)[] = [page[2], page[3]].map((n) =>
    n === undefined ? null : Number(n),
  );
  if (query.has('a') || query.has('b')) [a, b] = [speech('a'), speech('b')];
  // A speech that does not exist, a lone right-hand speech and a speech beside itself: no page.
  if (a === undefined || b === undefined || (a === null && b !== null) || (a !== null && a === b))
    return null;
  const lang = query.get('lang');
  if (lang !== null && lang !== 'zh' && lang !== 'en') return null;
  const english = lang === null ? page[1] !== undefined : lang === 'en';
  query.delete('a');
  query.delete('b');
  if (english) query.delete('lang');
  const rest = query.toString().replaceAll('%2C', ',');
  const path = `${english ? 'en/' : ''}${a === null ? '' : b === null ? `${a}/` : `${a}-${b}/`}`;
  // On its own page already: the app applies the query there.
  return path === route ? null : `${path}${rest ? `?${rest}` : ''}`;
}
