// The pages in Chromium, the build served for them: cold loads against a static page and two
// peers, with JavaScript off, and the collation's (cold.ts), switching pairs (switching.ts); then
// the phone, own-text, 查重 and file benches in the same browser. `only` runs one family alone
// (BENCH_ONLY, bench.ts).
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { ownCheckTimes } from './check.ts';
import { coldLoadTimes, collationTimes } from './cold.ts';
import { collectionPageTimes } from './collection-page.ts';
import { fileReadTimes } from './files.ts';
import { ownTimes } from './own.ts';
import { phoneTimes } from './phone.ts';
import { BASE, DIST, PORT } from './setup.ts';
import { pairSwitchTimes } from './switching.ts';

export type Only = 'own' | 'phone' | 'files' | 'collection' | 'collection-page' | null;

export async function browserTimes(corpus: Corpus, only: Only) {
  const server = await preview({
    base: BASE,
    build: { outDir: DIST },
    preview: { port: PORT, host: '127.0.0.1', strictPort: true },
  });
  const origin = `http://127.0.0.1:${PORT}${BASE.slice(0, -1)}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  // BENCH_VS=<another build> serves it beside (on the next port): the phone bench takes both in turn.
  const vs = process.env.BENCH_VS
    ? await preview({
        base: BASE,
        build: { outDir: process.env.BENCH_VS },
        preview: { port: PORT + 1, host: '127.0.0.1', strictPort: true },
      })
    : null;
  const builds = [
    ...(vs ? [{ name: 'vs', origin: `http://127.0.0.1:${PORT + 1}${BASE.slice(0, -1)}` }] : []),
    { name: 'this', origin },
  ];
  try {
    if (only === 'collection' || only === 'collection-page') {
      await collectionPageTimes(browser, origin);
      return;
    }
    if (only === 'phone') {
      await phoneTimes(browser, builds);
      return;
    }
    if (only === 'files') {
      await fileReadTimes(browser, origin);
      return;
    }
    if (only === 'own') {
      // BENCH_OWN_SIZES=200000 measures that size only (`lines`: the 500,000 lines only).
      const sizes = process.env.BENCH_OWN_SIZES?.split(',').map((s) =>
        s === 'lines' ? s : Number(s),
      );
      await ownTimes(corpus, browser, origin, sizes);
      return;
    }
    const { canonical, measure } = await coldLoadTimes(corpus, browser, origin);
    await pairSwitchTimes(browser, origin, canonical);
    await collationTimes(browser, origin, measure);
    await phoneTimes(browser, builds);
    await ownTimes(corpus, browser, origin);
    await ownCheckTimes(corpus, browser, origin);
    await fileReadTimes(browser, origin);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    if (vs) await new Promise<void>((resolve) => vs.httpServer.close(() => resolve()));
  }
}
