/**
 * Each page runs this in its head (tools/build/prerender-script.ts), and the page's tiny entry
 * (src/app/main.ts) again before it loads the app: an address whose view has a prerendered page
 * of its own, but which reached another page (an old link `/?a=1&b=2`, `/3/?report=1&k=20`,
 * `/?collate=1`, `?lang=en` on a Chinese page), goes to that page at once, so that it paints from
 * HTML as any shared link does instead of waiting for the app to draw it.
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
 * inline in its head (tools/build/prerender-script.ts), before the page is parsed further.
 */
export function earlyAddress(route: string, search: string, count: number): string | null {
  /** Settings that a prerendered page applies after it hydrates. */
  const SETTINGS = ['g', 'ignore', 'view', 'mute', 'lang', 'k', 'speeches', 'fold', 'twins'];
  /** The route of a prerendered page: the language's prefix, the collation or the speeches. */
  const page = /^(en\/)?(?:(collate)\/|(\d{1,9})(?:-(\d{1,9})|\/(report))?\/)?$/u.exec(route);
  if (!page) return null;
  const query = new URLSearchParams(search);
  const keys = [...query.keys()];
  // Each key once, and only the view, speeches and settings (not own texts, a kept collection).
  if (new Set(keys).size !== keys.length) return null;
  const VIEW = ['a', 'b', 'report', 'collate'];
  if (!keys.every((k) => VIEW.includes(k) || SETTINGS.includes(k))) return null;
  // A view named in the query is named as the app prints it, or the case is not a plain one.
  if ((query.get('report') ?? '1') !== '1' || (query.get('collate') ?? '1') !== '1') return null;
  const collate = page[2] !== undefined || query.has('collate');
  const speech = (name: 'a' | 'b') => {
    const raw = query.get(name);
    if (raw === null) return null;
    const n = /^[1-9]\d{0,8}$/u.test(raw) ? Number(raw) : 0;
    return n >= 1 && n <= count ? n : undefined;
  };
  let [a, b]: (number | null | undefined)[] = [page[3], page[4]].map((n) =>
    n === undefined ? null : Number(n),
  );
  if (query.has('a') || query.has('b')) [a, b] = [speech('a'), speech('b')];
  const report = page[5] !== undefined || query.has('report');
  // The collation shows every speech: a speech, a report or K beside it is not a plain case.
  if (collate && (a !== null || b !== null || report || query.has('k'))) return null;
  // A speech that does not exist, a lone right-hand speech and a speech beside itself: no page;
  // nor has a report of anything but one speech on the left.
  if (a === undefined || b === undefined || (a === null && b !== null) || (a !== null && a === b))
    return null;
  if (report && (a === null || b !== null)) return null;
  const lang = query.get('lang');
  if (lang !== null && lang !== 'zh' && lang !== 'en') return null;
  const english = lang === null ? page[1] !== undefined : lang === 'en';
  for (const name of VIEW) query.delete(name);
  if (english) query.delete('lang');
  const rest = query.toString().replaceAll('%2C', ',');
  const view = collate
    ? 'collate/'
    : a === null
      ? ''
      : b !== null
        ? `${a}-${b}/`
        : report
          ? `${a}/report/`
          : `${a}/`;
  const path = `${english ? 'en/' : ''}${view}`;
  // On its own page already: the app applies the query there.
  return path === route ? null : `${path}${rest ? `?${rest}` : ''}`;
}
