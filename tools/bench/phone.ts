// The pages of issue 26 on a desktop and on a phone profile: first contentful paint, the first
// highlighted change, total blocking time and the longest task. Figures, not a test.
import { devices, type Browser, type BrowserContextOptions } from '@playwright/test';
import {
  FIRST_PAINT,
  LIVE,
  LONG_TASKS,
  cpuBlocking,
  firstContentfulPaint,
  type Trace,
} from './probes.ts';
import { median } from './setup.ts';

// Exported here before the probes had a file of their own: a bench written against phone.ts
// finds it under the same name.
export { FIRST_PAINT } from './probes.ts';

/** A page to load, and what its first highlighted change is (none: the first paint is all). */
const PAGES: readonly [path: string, change: string | null][] = [
  ['/', null],
  ['/1-2/', 'main del'],
  // A report and the collation at their own addresses (issue 26), and at their old ones (sent
  // there before the page paints; a build from before drew them from the script).
  ['/3/report/', 'main .text mark'],
  ['/3/?report=1', 'main .text mark'],
  ['/collate/', 'main tbody ins'],
  ['/?collate=1', 'main tbody ins'],
  ['/en/1-2/', 'main del'],
];

export interface Profile {
  name: string;
  context: BrowserContextOptions;
  /** How many times slower the CPU runs (CDP Emulation.setCPUThrottlingRate). */
  cpu: number;
  /** Network.emulateNetworkConditions, or none. */
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

/**
 * A mid-range phone as Lighthouse's mobile profile has it: the CPU 4× slower, a 390×844 screen,
 * touch, a mobile Chrome, and a slow 4G link (150 ms, 1.6 Mbit/s down, 750 kbit/s up).
 */
export const PROFILES: readonly Profile[] = [
  { name: 'desktop', context: {}, cpu: 1, network: null },
  {
    name: 'phone',
    context: {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      userAgent: devices['Pixel 7'].userAgent,
    },
    cpu: 4,
    network: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 },
  },
];

interface Load {
  /** From the moment the page was asked for (a redirect paid too). */
  fcp: number;
  change: number;
  /** Lighthouse's: each long task's time past 50 ms, counted from the first contentful paint. */
  tbt: number;
  longest: number;
  /**
   * The same from the main thread's CPU time (the trace's thread durations, which hold the
   * profile's slowdown already: ×4.1–5 at rate 4, measured): what the page itself costs, steadier
   * than the wall clock on a busy machine, where another process's work stretches the tasks.
   */
  cpuTbt: number;
  /** The app running: it answers input, and could show another language in place. */
  live: number;
}

/** A page is quiet once no long task came for this long (after its network went idle). */
const QUIET_MS = 2000;

async function load(
  browser: Browser,
  origin: string,
  path: string,
  change: string | null,
  profile: Profile,
  locale: string,
): Promise<Load> {
  const context = await browser.newContext({ ...profile.context, locale });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network)
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await page.addInitScript(LONG_TASKS);
  await page.addInitScript(LIVE);
  if (change) await page.addInitScript(FIRST_PAINT, change);
  await browser.startTracing(page, {
    categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'loading'],
  });
  const asked = Date.now();
  await page.goto(`${origin}${path}`);
  const fcp = await firstContentfulPaint(page, 200);
  const drawn = change
    ? await page.evaluate(
        () => (window as unknown as { __firstPaint: Promise<number> }).__firstPaint,
      )
    : fcp;
  const live = await page.evaluate(() => (window as unknown as { __live: Promise<number> }).__live);
  await page.waitForLoadState('networkidle');
  // Quiet: no long task for QUIET_MS (at most 30 s after the load).
  const tasks = async () =>
    page.evaluate(() =>
      (window as unknown as { __longTasks: [number, number][] }).__longTasks.slice(),
    );
  for (let i = 0; i < 60; i++) {
    const now = await page.evaluate(() => performance.now());
    const last = (await tasks()).reduce((end, [s, d]) => Math.max(end, s + d), 0);
    if (now - last >= QUIET_MS) break;
    await page.waitForTimeout(500);
  }
  const all = await tasks();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as Trace;
  const cpuTbt = cpuBlocking(trace);
  const origin0 = await page.evaluate(() => performance.timeOrigin);
  await context.close();
  // A task under way at the first paint counts from it (as Lighthouse does).
  const tbt = all.reduce((sum, [s, d]) => sum + Math.max(0, s + d - Math.max(s, fcp) - 50), 0);
  const longest = all.reduce((max, [, d]) => Math.max(max, d), 0);
  const shift = origin0 - asked;
  return {
    fcp: fcp + shift,
    change: Math.max(drawn, fcp) + shift,
    tbt,
    longest,
    live: live + shift,
    cpuTbt,
  };
}

const f = (x: number) => (Number.isNaN(x) ? '—' : `${Math.round(x)} ms`).padStart(8);

/**
 * Each page on both profiles, `runs` cold loads each (medians), taken in turn so that a busy
 * moment of the machine falls on all alike; one more load of each first warms the server. With
 * several builds (`origins`, BENCH_VS: one before a change), each page is taken on each in turn.
 * Last, the phone's language: a Chinese page opened by a browser that asks for no Chinese (sent
 * on to en/) against the English page asked for directly.
 */
export async function phoneTimes(
  browser: Browser,
  origins: readonly { name: string; origin: string }[],
  runs = 3,
) {
  const cases: [path: string, change: string | null, profile: Profile, locale: string][] = [];
  // BENCH_PAGES=/3/report/,/collate/ takes only those pages (and not the language's two loads).
  const only = process.env.BENCH_PAGES?.split(',');
  for (const [path, change] of PAGES)
    if (!only || only.includes(path))
      for (const profile of PROFILES) cases.push([path, change, profile, 'zh-CN']);
  const phone = PROFILES[1]!;
  if (!only)
    cases.push(['/1-2/', 'main del', phone, 'en-US'], ['/en/1-2/', 'main del', phone, 'en-US']);
  const results = origins.map(() => cases.map((): Load[] => []));
  for (let round = 0; round <= runs; round++)
    for (const [k, [path, change, profile, locale]] of cases.entries())
      for (const [o, { origin }] of origins.entries()) {
        const result = await load(browser, origin, path, change, profile, locale);
        if (round > 0) results[o]![k]!.push(result);
      }
  console.log(
    `\nDesktop and phone (CPU ×${phone.cpu}, 390×844, mobile Chrome, 150 ms / 1.6 Mbit/s), ` +
      `cold loads, median of ${runs}; total blocking time from the first contentful paint until ` +
      `no long task for ${QUIET_MS / 1000} s (goal ≤ 50 ms); live: the app runs (hydrated); CPU TBT: the same from the main thread's ` +
      `CPU time (steadier on a busy machine)`,
  );
  console.log(
    `${'page'.padEnd(34)}${'FCP'.padStart(8)}${'change'.padStart(8)}${'TBT'.padStart(8)}${'longest'.padStart(8)}${'live'.padStart(8)}${'CPU TBT'.padStart(9)}`,
  );
  for (const [k, [path, change, profile, locale]] of cases.entries())
    for (const [o, { name }] of origins.entries()) {
      const loads = results[o]![k]!;
      const m = (key: keyof Load) => median(loads.map((l) => l[key]));
      const label =
        `${path}${locale === 'zh-CN' ? '' : ` (${locale})`} ${profile.name}` +
        (origins.length > 1 ? ` ${name}` : '');
      console.log(
        `${label.padEnd(34)}${f(m('fcp'))}${change ? f(m('change')) : f(NaN)}${f(m('tbt'))}${f(m('longest'))}${f(m('live'))}${f(m('cpuTbt')).padStart(9)}`,
      );
    }
}
