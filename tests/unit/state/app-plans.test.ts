import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import { lcsLength } from '../../../src/lib/diff/lcs.ts';
import { validatePlans } from '../../../src/lib/diff/plan/plans.ts';
import { AppState, type Platform } from '../../../src/lib/state/app.svelte.ts';

// The exact LCS, counted (and still run): the proof a plan's number gets.
vi.mock('../../../src/lib/diff/lcs.ts', async (original) => {
  const real = await original<typeof import('../../../src/lib/diff/lcs.ts')>();
  return { ...real, lcsLength: vi.fn(real.lcsLength) };
});

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as Corpus;
const json = readFileSync('static/plans.json', 'utf8');

/** A page at `pathname` whose plans are `plans` (the bundled ones unless given). */
function appAt(pathname: string, plans = validatePlans(JSON.parse(json))) {
  let address = { origin: 'https://x.test', pathname, search: '', hash: '' };
  const platform: Platform = {
    address: () => address,
    commit(url) {
      const parsed = new URL(url, address.origin);
      address = { ...address, pathname: parsed.pathname, search: parsed.search, hash: parsed.hash };
    },
    loadCorpus: () => Promise.resolve(corpus),
    loadPlans: () => Promise.resolve(plans),
    loadReuse: () => import('../../../src/lib/reuse/all.ts'),
    languages: ['zh-CN'],
    base: '/',
  };
  return new AppState(platform);
}

// Issue 26: the start proved all 30 plans (15 exact LCS runs), a task of about 200 ms on a phone
// before the page answered, to show one pair.
describe('plans proven when asked for', () => {
  it('prove only the pair a comparison shows at the start', async () => {
    const counted = vi.mocked(lcsLength);
    counted.mockClear();
    const app = appAt('/1-2/');
    await app.start();
    expect(app.page).toBe('compare');
    expect(counted).not.toHaveBeenCalled();
    expect(app.plan).not.toBeNull();
    expect(app.lcs).toBe(app.plans?.lcs(2, 1));
    expect(counted).toHaveBeenCalledTimes(1);
  });

  it('still refuse a wrong LCS, for the pair in both orders, when it is asked for', async () => {
    const plans = validatePlans(JSON.parse(json))!;
    plans.lcs['1-2'] = 1;
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const app = appAt('/1-2/', plans);
    await app.start();
    expect(app.plan).toBeNull();
    expect(app.lcs).toBeUndefined();
    expect(app.plans?.plan(2, 1)).toBeNull();
    expect(app.plans?.plan(1, 3)).not.toBeNull();
    expect(warned.mock.calls.join()).toMatch(/pair 1-2, lcs 1-2: .*LCS 1 is wrong/u);
    warned.mockRestore();
  });
});
