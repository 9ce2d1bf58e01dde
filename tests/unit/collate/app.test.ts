import { describe, expect, it } from 'vitest';
import { AppState, type Platform } from '../../../src/lib/state/app.svelte.ts';
import { corpus } from '../diff/corpus.ts';

/** A browser stand-in: an address bar and the history entries committed to it. */
function fakeBrowser(search: string) {
  const url = new URL(`http://duizhao.test/${search}`);
  const commits: [string, 'push' | 'replace'][] = [];
  const platform: Platform = {
    address: () => url,
    commit: (next, mode) => {
      commits.push([next, mode]);
      const to = new URL(next, url);
      url.pathname = to.pathname;
      url.search = to.search;
      url.hash = to.hash;
    },
    loadCorpus: () => Promise.resolve(corpus),
    loadPlans: () => Promise.resolve(null),
    loadReuse: () => import('../../../src/lib/reuse/all.ts'),
    languages: ['zh-CN'],
    base: '/',
  };
  return { platform, commits, url };
}

describe('the app state on the collation page', () => {
  it('is the collation for ?collate=1, titled so, linked from home in the reader’s language', async () => {
    const { platform } = fakeBrowser('?collate=1&lang=en');
    const app = new AppState(platform);
    await app.start();
    // Its English strings loaded, as an English page's start does (AppState.speak).
    await app.speak();
    expect(app.page).toBe('collate');
    expect(app.title).toBe('Collation · Duizhao 对照');
    expect(app.collateHref).toBe('/en/collate/');
  });

  it('replaces the history entry when the speeches or switches change', async () => {
    const { platform, commits } = fakeBrowser('?collate=1');
    const app = new AppState(platform);
    await app.start();
    app.setOptions({ speeches: [1, 2], fold: true, apart: false });
    expect(commits.at(-1)).toEqual(['/collate/?speeches=1,2&fold=1', 'replace']);
    expect(app.url.speeches).toEqual([1, 2]);
  });

  it('links out of the collation without its settings, keeping the reader’s others', async () => {
    const { platform } = fakeBrowser('?collate=1&speeches=1,2&fold=1&twins=apart&g=word&lang=zh');
    const app = new AppState(platform);
    await app.start();
    expect(app.linkTo(1, 2)).toBe('/1-2/?g=word&lang=zh');
    expect(app.linkTo(4, null)).toBe('/4/?g=word&lang=zh');
  });
});
