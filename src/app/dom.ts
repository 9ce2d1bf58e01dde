/** The app's dealings with the page itself: links, focus, scrolling and the screen's width. */
import { tick } from 'svelte';
import type { AppState } from '../lib/state/app.svelte.ts';
import { namesChange } from '../lib/render/nav.ts';
import { isRoute } from '../lib/state/url/index.ts';

/** After following a link, the new view's heading takes the focus (views may load lazily). */
async function focusHeading() {
  await tick();
  for (let frame = 0; frame < 60; frame++) {
    const heading = document.querySelector<HTMLElement>('main h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return;
    }
    await new Promise(requestAnimationFrame);
  }
}

/**
 * Brings a paragraph anchor (#p3) into view once its view has rendered, else the top. A change
 * (#c12) the comparison brings into view itself, once it has it.
 */
async function scrollTo(hash: string) {
  if (!hash) return window.scrollTo({ top: 0 });
  if (namesChange(hash)) return;
  await tick();
  for (let frame = 0; frame < 60; frame++) {
    const target = document.getElementById(hash.slice(1));
    if (target) return target.scrollIntoView({ block: 'start' });
    await new Promise(requestAnimationFrame);
  }
}

/** In-app links (/1-2/, ?b=3) change the state without a reload; returns the unsubscribe. */
export function followLinks(app: AppState): () => void {
  const onclick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || link.target || link.hasAttribute('download') || !app.corpus) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || !isRoute(app.route(url.pathname))) return;
    // A jump inside the page (#p3) is the browser's to make.
    const samePage = url.pathname === location.pathname && url.search === location.search;
    if (url.hash && samePage) return;
    event.preventDefault();
    app.follow(url.pathname, url.search, url.hash);
    void scrollTo(url.hash);
    if (!url.hash) void focusHeading();
  };
  document.addEventListener('click', onclick);
  return () => document.removeEventListener('click', onclick);
}

/** Narrower than two columns need; the components' CSS uses the same width. */
export const NARROW = '(max-width: 719.98px)';

/** Reports whether the screen is narrower than two columns need, now and on every change. */
export function watchNarrow(set: (narrow: boolean) => void): () => void {
  const query = matchMedia(NARROW);
  set(query.matches);
  const onchange = (e: MediaQueryListEvent) => set(e.matches);
  query.addEventListener('change', onchange);
  return () => query.removeEventListener('change', onchange);
}
