import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { packTexts } from '../../../src/lib/collection/packed.ts';
import { headOf, storedOf, type CollectionStore } from '../../../src/lib/collection/types.ts';
import { LoadError } from '../../../src/lib/corpus/load.ts';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import { type Plans } from '../../../src/lib/diff/plan/format.ts';
import { validatePlans } from '../../../src/lib/diff/plan/plans.ts';
import { AppState, type Platform } from '../../../src/lib/state/app.svelte.ts';
import { resolve } from '../../../src/lib/state/settings.ts';
import { HOME } from '../../../src/lib/state/url/index.ts';
import { t } from '../../../src/lib/state/i18n.svelte.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as Corpus;
const plans = validatePlans(JSON.parse(readFileSync('static/plans.json', 'utf8')))!;

/**
 * A browser in memory: an address, a history of what was pushed or replaced. `at` is a path and
 * query (`/1-2/?g=word`) or, as old links were, a query alone.
 */
function fakePlatform(at = '', load: Partial<Platform> = {}) {
  const start = new URL(at.startsWith('/') ? at : `/${at}`, 'https://x.test');
  const entries: string[] = [`${start.pathname}${start.search}`];
  let address = {
    origin: 'https://x.test',
    pathname: start.pathname,
    search: start.search,
    hash: '',
  };
  const platform: Platform = {
    address: () => address,
    commit(url, mode) {
      const parsed = new URL(url, address.origin);
      address = { ...address, pathname: parsed.pathname, search: parsed.search, hash: parsed.hash };
      if (mode === 'push') entries.push(url);
      else entries[entries.length - 1] = url;
    },
    loadCorpus: () => Promise.resolve(corpus),
    loadPlans: () => Promise.resolve(plans),
    loadReuse: () => import('../../../src/lib/reuse/all.ts'),
    languages: ['zh-CN'],
    base: '/',
    ...load,
  };
  return { platform, entries };
}

describe('the app state', () => {
  it('reads the URL once the corpus is here, and canonicalises it', async () => {
    const { platform, entries } = fakePlatform('?b=2&a=1&zzz=1');
    const app = new AppState(platform);
    await app.start();
    expect(app.page).toBe('compare');
    expect([app.speechA?.label, app.speechB?.label]).toEqual(['（一）', '（二）']);
    expect(app.problems.map((p) => p.code)).toEqual(['unknown']);
    expect(entries).toEqual(['/1-2/']);
    expect(app.href).toBe('https://x.test/1-2/');
  });

  it('writes an own text’s link through the platform, in place, and knows its address', async () => {
    // Issue 21: OwnView wrote the fragment with history.replaceState, and app.href went stale.
    const { platform, entries } = fakePlatform('?own=a,b');
    const app = new AppState(platform);
    await app.start();
    app.setFragment('#v1.abc');
    expect(entries).toEqual(['/?own=a,b#v1.abc']);
    expect(app.href).toBe('https://x.test/?own=a,b#v1.abc');
  });

  it('writes another pair’s address after its frame, any other move at once (issue 26)', async () => {
    const { platform } = fakePlatform('/1-2/');
    const later: [string, boolean][] = [];
    const commit = platform.commit.bind(platform);
    platform.commit = (url, mode, after = false) => {
      later.push([url, after]);
      commit(url, mode);
    };
    const app = new AppState(platform);
    await app.start();
    app.pick('b', 3);
    app.swap();
    app.pick('a', null);
    app.pick('a', 2);
    expect(later).toEqual([
      ['/1-3/', true],
      ['/3-1/', true],
      ['/?b=1', false],
      ['/2-1/', false],
    ]);
  });

  it('picks each side on its own: one side shows that speech alone', async () => {
    const { platform, entries } = fakePlatform('');
    const app = new AppState(platform);
    await app.start();
    expect(app.page).toBe('overview');
    app.pick('b', 2);
    expect([app.page, app.single?.number, app.url.a, app.url.b]).toEqual(['speech', 2, null, 2]);
    app.pick('a', 1);
    expect(app.page).toBe('compare');
    app.swap();
    expect([app.url.a, app.url.b]).toEqual([2, 1]);
    expect(entries).toEqual(['/', '/?b=2', '/1-2/', '/2-1/']);
  });

  it('opens the editor for own texts on the side chosen, keeping the other speech', async () => {
    const { platform, entries } = fakePlatform('?a=2');
    const app = new AppState(platform);
    await app.start();
    app.pick('b', 'own');
    expect([app.page, app.url.a, app.url.b, app.url.own]).toEqual(['own', 2, null, ['b']]);
    app.pick('a', 'own');
    expect([app.page, app.url.a, app.url.own]).toEqual(['own', null, ['a', 'b']]);
    expect(entries).toEqual(['/2/', '/2/?own=b', '/?own=a,b']);
    // A display option keeps the texts in the fragment.
    platform.commit('/?own=a,b#v1.xyz', 'replace');
    app.setOptions({ g: 'word' });
    expect(app.href).toBe('https://x.test/?own=a,b&g=word#v1.xyz');
    // So does switching the language.
    app.follow('/', '?own=a,b&g=word&lang=en', '');
    expect(app.href).toBe('https://x.test/en/?own=a,b&g=word#v1.xyz');
  });

  it('replaces the history entry for display options', async () => {
    const { platform, entries } = fakePlatform('?a=1&b=2');
    const app = new AppState(platform);
    await app.start();
    app.setOptions({ ignore: ['punct'] });
    app.setOptions({ view: 'unified' });
    expect(entries).toEqual(['/1-2/?ignore=punct&view=unified']);
    expect(app.settings).toMatchObject({ ignore: ['punct'], view: 'unified' });
  });

  it('does not wait for the plans, and takes them when they come', async () => {
    let arrive: (p: Plans | null) => void = () => {};
    const late = new Promise<Plans | null>((r) => (arrive = r));
    const app = new AppState(fakePlatform('?a=1&b=2', { loadPlans: () => late }).platform);
    await app.start();
    expect(app.page).toBe('compare');
    expect(app.plan).toBeNull();
    arrive(plans);
    await late;
    expect(app.plan).not.toBeNull();
    expect(app.lcs).toBe(plans.lcs['1-2']);
  });

  it('refuses plans made from another version of the corpus', async () => {
    const other = { ...plans, sha256: 'other' };
    const app = new AppState(
      fakePlatform('?a=1&b=2', { loadPlans: () => Promise.resolve(other) }).platform,
    );
    await app.start();
    await Promise.resolve();
    expect(app.plans).toBeNull();
  });

  it('reports a failed load, and recovers on retry', async () => {
    let fail = true;
    const loadCorpus = () =>
      fail ? Promise.reject(new LoadError('status', 'HTTP 500', 500)) : Promise.resolve(corpus);
    const app = new AppState(fakePlatform('', { loadCorpus }).platform);
    await app.start();
    expect([app.page, app.failure?.reason]).toEqual(['failed', 'status']);
    fail = false;
    await app.start();
    expect(app.page).toBe('overview');
  });

  it('loads the reuse analysis once and derives the pair shares from it', async () => {
    const app = new AppState(fakePlatform('?a=3&b=6&mute=stock').platform);
    await app.start();
    expect(app.pairReuse).toBeNull();
    void app.loadReuse();
    await new Promise((r) => setTimeout(r, 0));
    await import('../../../src/lib/reuse/all.ts');
    await new Promise((r) => setTimeout(r, 0));
    expect(app.pairReuse).toMatchObject({ reusedA: 1, reusedB: 1 });
    expect(app.pairStock?.a).toHaveLength(corpus.speeches[2]!.paragraphs.length);
  });

  it('links a speech to its 查重 report, and the report to comparisons without it', async () => {
    const { platform, entries } = fakePlatform('?a=3&lang=en');
    const app = new AppState(platform);
    await app.start();
    expect(app.reportLink(3)).toBe('/en/3/report/');
    app.follow('/en/3/', '?report=1', '');
    app.setOptions({ k: 20 });
    expect(app.settings.k).toBe(20);
    expect(app.linkTo(6, 3)).toBe('/en/6-3/?k=20');
    // Choosing a second speech leaves the report for the comparison.
    app.pick('b', 6);
    expect([app.page, app.url.report]).toEqual(['compare', false]);
    expect(entries).toEqual(['/en/3/', '/en/3/report/?k=20', '/en/3-6/?k=20']);
  });

  it('keeps the report of one own text, and leaves it when a speech joins it', async () => {
    const { platform, entries } = fakePlatform('?own=a&report=1');
    const app = new AppState(platform);
    await app.start();
    expect([app.page, app.url.report, app.problems]).toEqual(['own', true, []]);
    app.navigate({ ...app.url, b: 2 }, '#v1.x');
    expect([app.page, app.url.report]).toEqual(['own', false]);
    expect(entries).toEqual(['/?own=a&report=1', '/?b=2&own=a#v1.x']);
  });

  it('keeps the current change in the fragment, in place, with the notices and options', async () => {
    // Issue 23 item 8: a copied link did not carry the current change.
    const { platform, entries } = fakePlatform('/1-4/?ignore=zzz');
    const app = new AppState(platform);
    await app.start();
    expect(app.problems).toHaveLength(1);
    app.setFragment('#c5');
    expect([app.fragment, app.href]).toEqual(['#c5', 'https://x.test/1-4/#c5']);
    expect(app.problems).toHaveLength(1);
    app.setOptions({ g: 'word' });
    expect(app.href).toBe('https://x.test/1-4/?g=word#c5');
    app.setFragment('');
    expect([app.fragment, app.href]).toEqual(['', 'https://x.test/1-4/?g=word']);
    expect(entries).toEqual(['/1-4/?g=word']);
  });

  it('follows a link, keeping the language unless the link names one', async () => {
    const app = new AppState(fakePlatform('?lang=en').platform);
    await app.start();
    app.follow('/4/', '', '#p2');
    expect(app.url).toEqual({ ...HOME, a: 4, lang: 'en' });
    // Its strings loaded, as App asks for them (AppState.speak).
    await app.speak();
    expect(app.title).toBe('（四） · Duizhao 对照');
  });
});

describe('the language, part of the state', () => {
  it('speaks Chinese until the English strings are here, never a key (issue 21 item 7)', async () => {
    // Fresh modules: the English strings, once loaded by another test here, stay loaded.
    vi.resetModules();
    const fresh = await import('../../../src/lib/state/app.svelte.ts');
    const { t: say } = await import('../../../src/lib/state/i18n.svelte.ts');
    const app = new fresh.AppState(fakePlatform('/en/1-2/').platform);
    await app.start();
    expect([app.wantedLang, app.lang, say('retry'), app.title]).toEqual([
      'en',
      'zh',
      '重试',
      '（一） ⟷ （二） · 对照 Duizhao',
    ]);
    await app.speak();
    expect([app.lang, say('retry'), app.title]).toEqual([
      'en',
      'Retry',
      '（一） ⟷ （二） · Duizhao 对照',
    ]);
  });

  it('is what the strings speak, with no effect to copy it (issue 21: a global set by App)', async () => {
    const english = new AppState(fakePlatform('/en/1-2/').platform);
    await english.start();
    expect([english.lang, t('retry')]).toEqual(['en', 'Retry']);
    // The prerender's next page, in Chinese: its own state, its own language.
    const chinese = new AppState(fakePlatform('/1-2/').platform);
    await chinese.start();
    expect([chinese.lang, t('retry')]).toEqual(['zh', '重试']);
  });

  it('is the page’s own while the address cannot be read (the corpus did not come)', async () => {
    const failing = fakePlatform('/en/1-2/', {
      loadCorpus: () => Promise.reject(new LoadError('offline', 'no network')),
      languages: ['zh-CN'],
    });
    const app = new AppState(failing.platform);
    await app.start();
    expect(app.lang).toBe('zh');
    app.pageLang = 'en';
    expect([app.lang, t('retry')]).toEqual(['en', 'Retry']);
  });
});

describe('addresses', () => {
  it('rewrites an old link to the canonical address of the same view, keeping the hash', async () => {
    const { platform, entries } = fakePlatform('?a=3&b=6&g=word');
    const app = new AppState(platform);
    await app.start();
    expect([app.page, app.url.a, app.url.b, app.url.g]).toEqual(['compare', 3, 6, 'word']);
    expect(entries).toEqual(['/3-6/?g=word']);
    expect(app.problems).toEqual([]);
  });

  it('reads a path with settings in the query, and links to paths', async () => {
    const { platform, entries } = fakePlatform('/2/?lang=en');
    const app = new AppState(platform);
    await app.start();
    expect([app.page, app.single?.number, app.settings.lang]).toEqual(['speech', 2, 'en']);
    // English has pages of its own, under en/.
    expect(entries).toEqual(['/en/2/']);
    expect(app.linkTo(2, 5)).toBe('/en/2-5/');
    expect(app.linkTo(4, null)).toBe('/en/4/');
  });

  it('reads an English page and keeps its language in links', async () => {
    const { platform, entries } = fakePlatform('/sub/en/1-2/', { base: '/sub/' });
    const app = new AppState(platform);
    await app.start();
    expect([app.page, app.settings.lang, app.problems]).toEqual(['compare', 'en', []]);
    // Already canonical: the address stays as it is.
    expect(entries).toEqual(['/sub/en/1-2/']);
    expect(app.linkTo(3, null)).toBe('/sub/en/3/');
    expect(app.addressOf({ ...app.url, lang: 'zh' })).toBe('/sub/1-2/?lang=zh');
  });

  it('works under a base path, and says so when the path is not a page', async () => {
    const { platform, entries } = fakePlatform('/sub/zzz/?a=1', { base: '/sub/' });
    const app = new AppState(platform);
    await app.start();
    expect(app.problems.map((p) => p.code)).toEqual(['bad-path']);
    expect(app.single?.number).toBe(1);
    expect(entries).toEqual(['/sub/1/']);
    expect(app.linkTo(1, 2)).toBe('/sub/1-2/');
  });

  it('shows a prerendered route in the default settings, then the address', async () => {
    const { platform } = fakePlatform('/1-2/?g=word&lang=en');
    const app = new AppState(platform);
    await app.start();
    app.showRoute('1-2/');
    expect(app.url).toEqual({ ...HOME, a: 1, b: 2 });
    expect(app.href).toBe('https://x.test/1-2/');
    app.read();
    expect(app.url).toEqual({ ...HOME, a: 1, b: 2, g: 'word', lang: 'en' });
  });
});

describe('resolve', () => {
  it('fills every default the URL leaves open from the environment', () => {
    expect(resolve(HOME, { narrow: true, languages: ['en-GB', 'fr'] })).toEqual({
      granularity: 'char',
      ignore: [],
      view: 'unified',
      mute: false,
      lang: 'en',
      k: 13,
    });
    expect(
      resolve({ ...HOME, a: 3, report: true, k: 20 }, { narrow: false, languages: [] }).k,
    ).toBe(20);
    expect(
      resolve({ ...HOME, view: 'split', lang: 'zh' }, { narrow: true, languages: [] }),
    ).toMatchObject({ view: 'split', lang: 'zh' });
  });
});

describe('the app state on a kept collection', () => {
  const stored = storedOf(
    'c0abc12',
    '县里的讲话',
    0,
    ['甲', '乙', '丙'].map((title, i) => ({
      id: title,
      title,
      paragraphs: [`${title}县的第一段。`, `共用的一句话在这里出现了${i}次。`],
    })),
    [],
  );
  /** A store that has the one collection above. */
  const store = (): Promise<CollectionStore> =>
    Promise.resolve({
      head: (id: string) =>
        Promise.resolve({ ok: true, value: id === stored.id ? headOf(stored) : null }),
      packed: (id: string) =>
        Promise.resolve({ ok: true, value: id === stored.id ? packTexts(stored.items) : null }),
    } as unknown as CollectionStore);
  /** Until the state has looked the collection up (its code loads with the first one). */
  const settle = (app: AppState) => vi.waitFor(() => expect(app.kept?.status).not.toBe('loading'));

  it('shows a pair, a text and its report of the collection, named by their titles', async () => {
    // Issue 24 item 4: every view works on a kept collection.
    const { platform, entries } = fakePlatform('?collection=c0abc12&a=1&b=3', {
      collections: store,
    });
    const app = new AppState(platform);
    await app.start();
    expect(app.page).toBe('collection');
    await settle(app);
    expect(app.active?.title).toBe('县里的讲话');
    expect(app.page).toBe('compare');
    expect([app.speechA?.label, app.speechB?.label]).toEqual(['甲', '丙']);
    expect(app.title).toBe('甲 ⟷ 丙 · 县里的讲话 · 对照 Duizhao');
    // No plan of the bundled pair 1-3 is taken for the collection's.
    expect(app.plan).toBeNull();
    expect(app.linkTo(2, null)).toBe('/?a=2&collection=c0abc12');
    expect(app.reportLink(2)).toBe('/?a=2&report=1&collection=c0abc12');
    expect(app.collateHref).toBe('/?collate=1&collection=c0abc12');
    app.navigate({ ...app.url, a: 2, b: null, report: true });
    expect([app.page, app.single?.label]).toEqual(['speech', '乙']);
    app.navigate({ ...app.url, a: null, report: false });
    expect(app.page).toBe('collection');
    expect(entries[0]).toBe('/?a=1&b=3&collection=c0abc12');
  });

  it('says a text the collection does not have, and drops it from the address', async () => {
    const { platform, entries } = fakePlatform('?collection=c0abc12&a=2&b=9', {
      collections: store,
    });
    const app = new AppState(platform);
    await app.start();
    await settle(app);
    expect([app.page, app.single?.label]).toEqual(['speech', '乙']);
    expect(app.problems.map((p) => [p.code, p.param, p.value])).toEqual([
      ['no-such-speech', 'b', '9'],
    ]);
    expect(entries).toEqual(['/?a=2&collection=c0abc12']);
  });

  it('knows a collection not in this browser', async () => {
    const { platform } = fakePlatform('?collection=cnothere1&a=1', { collections: store });
    const app = new AppState(platform);
    await app.start();
    await settle(app);
    expect(app.kept).toEqual({ id: 'cnothere1', status: 'missing', failed: null });
    expect([app.page, app.active]).toEqual(['collection', null]);
  });

  it('takes a collection handed in only while the address still names it', async () => {
    // Regression: one handed in (brought here, not stored) just as the address moved to another
    // collection took the place of that one's lookup, whose outcome was then dropped: its page
    // said "loading" for ever.
    const { platform } = fakePlatform('?collection=cnothere1', { collections: store });
    const app = new AppState(platform);
    await app.start();
    await settle(app);
    app.keep({ ...stored, id: 'cnothere1' });
    app.navigate({ ...app.url, collection: 'c0abc12', a: 1 });
    await settle(app);
    await vi.waitFor(() =>
      expect(app.kept?.status === 'ready' && app.kept.head.id).toBe('c0abc12'),
    );
    expect(app.active?.title).toBe('县里的讲话');
  });
});
