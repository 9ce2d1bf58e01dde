// A person's collection in Chromium (issue 24 item 6): the synthetic collections of collection.ts
// brought as a folder through the page, then on the collection's page the index in the worker
// (request posted to answer received), the overview painted after that answer, and the longest
// main-thread task while indexing (PerformanceObserver, longtask); then, the collection kept, a
// view of two of its texts opened by its address (?collection=ID&a=1&b=2), the longest task from
// the address to the pair shown, and when it showed. Figures, not a test.
import type { Browser, Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCollection, benchCounts } from './collection.ts';
import { LOCALE } from './setup.ts';

interface Marks {
  tasks: [start: number, duration: number][];
  /**
   * The folder chosen (the input's change): from here to the overview painted, no long task.
   * The task that dispatches the change also holds the FileList's making (Playwright's, here),
   * so the app's part of it, the change's handling, is timed apart.
   */
  bringStart: number | null;
  handling: number;
  indexStart: number | null;
  /** The texts' structured clone, done on the page's thread as the request is posted. */
  posting: number;
  indexed: number | null;
  painted: number | null;
}

/**
 * In the page before its scripts: long tasks recorded, and the collection worker watched (its
 * 'index' request and 'indexed' answer), then the first frame with the finding line drawn.
 */
const WATCH = () => {
  const marks: Marks = {
    tasks: [],
    bringStart: null,
    handling: 0,
    indexStart: null,
    posting: 0,
    indexed: null,
    painted: null,
  };
  (window as unknown as { __marks: Marks }).__marks = marks;
  // The folder goes through the input, which a browser with showDirectoryPicker does not show
  // (the picker's UI cannot be driven).
  delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => (marks.bringStart ??= performance.now()), true);
  window.addEventListener('change', () => {
    if (marks.handling === 0) marks.handling = performance.now() - marks.bringStart!;
  });
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
        if (event.data.type !== 'indexed') return;
        marks.indexed = performance.now();
        const drawn = () => {
          if (document.querySelector('.finding'))
            requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now())));
          else requestAnimationFrame(drawn);
        };
        drawn();
      });
    }
    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
      const index = (message as { type?: string } | null)?.type === 'index';
      if (index) marks.indexStart = performance.now();
      super.postMessage(message, options as StructuredSerializeOptions);
      if (index) marks.posting = performance.now() - marks.indexStart!;
    }
  };
};

/** In the page before its scripts: long tasks recorded from the address on. */
const WATCH_OPEN = () => {
  const tasks: [start: number, duration: number][] = [];
  (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * The kept collection `id`'s texts 1 and 2 opened by their address in a new page: the longest
 * task from the address to both columns' text drawn, and when they were (ms after navigation
 * start; CPU is not apart here, the task's length is).
 */
async function openPair(origin: string, page: Page, id: string) {
  const opened = await page.context().newPage();
  try {
    await opened.addInitScript(WATCH_OPEN);
    await opened.goto(`${origin}/?collection=${id}&a=1&b=2`);
    await opened.waitForFunction(
      () =>
        document.querySelector('[data-side="a"] p.cell .text') !== null &&
        document.querySelector('[data-side="b"] p.cell .text') !== null,
      undefined,
      { timeout: 5 * 60_000, polling: 50 },
    );
    return await opened.evaluate(() => {
      const shown = performance.now();
      const tasks = (window as unknown as { __tasks: [number, number][] }).__tasks;
      const [began, longest] = tasks
        .filter(([s]) => s < shown)
        .reduce((x, y) => (y[1] > x[1] ? y : x), [0, 0]);
      return { shown, began, longest, over50: tasks.filter(([s]) => s < shown).length };
    });
  } finally {
    await opened.close();
  }
}

/**
 * The kept collection `id`'s first text's 查重 report opened by its address in a new page (the
 * first report of that page: its worker made, the collection read and prepared, the text
 * checked): when its total showed (ms after navigation start), and the longest task until then.
 */
async function openReport(origin: string, page: Page, id: string) {
  const opened = await page.context().newPage();
  try {
    await opened.addInitScript(WATCH_OPEN);
    await opened.goto(`${origin}/?collection=${id}&a=1&report=1`);
    await opened.waitForFunction(
      () => /%/u.test(document.querySelector('[data-testid="check-total"]')?.textContent ?? ''),
      undefined,
      { timeout: 10 * 60_000, polling: 50 },
    );
    return await opened.evaluate(() => {
      const shown = performance.now();
      const tasks = (window as unknown as { __tasks: [number, number][] }).__tasks;
      const longest = tasks.filter(([s]) => s < shown).reduce((x, [, d]) => Math.max(x, d), 0);
      return { shown, longest };
    });
  } finally {
    await opened.close();
  }
}

export async function collectionPageTimes(browser: Browser, origin: string) {
  console.log(
    "\nA person's collection in Chromium: brought as a folder, indexed in the worker (request to answer), the overview painted after the answer, the longest main-thread task while indexing (goals: 1,000 texts < 5 s, painted < 0.5 s after; 10,000 < 60 s; no task over 50 ms)",
  );
  console.log(
    '| texts | index (worker) | overview painted after | longest task while indexing (began after the request) | posting the texts | longest task from the choice to the overview painted (began after the choice) | the choice handled | opening ?collection=ID&a=1&b=2: longest task (began at), tasks over 50 ms | the pair shown after | opening ?collection=ID&a=1&report=1: the first 查重 shown after (longest task) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const count of benchCounts()) {
    const root = mkdtempSync(join(tmpdir(), 'duizhao-bench-'));
    const folder = join(root, `合成${count}`);
    mkdirSync(folder);
    benchCollection(count).forEach((t, i) =>
      writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), t.paragraphs.join('\n')),
    );
    const context = await browser.newContext({ locale: LOCALE });
    const page = await context.newPage();
    try {
      await page.addInitScript(WATCH);
      await page.goto(`${origin}/`);
      await page.getByLabel('选择文件夹', { exact: true }).setInputFiles(folder);
      await page.waitForFunction(
        () => (window as unknown as { __marks: Marks }).__marks.painted !== null,
        undefined,
        { timeout: 15 * 60_000, polling: 500 },
      );
      const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
      const [start, end] = [marks.indexStart!, marks.indexed!];
      const longestIn = (from: number, to: number, whole = false) => {
        const [began, longest] = marks.tasks
          .filter(([s, d]) => (whole ? s >= from : s + d > from) && s < to)
          .reduce((x, y) => (y[1] > x[1] ? y : x), [from, 0]);
        return longest === 0
          ? 'none over 50 ms'
          : `${longest.toFixed(0)} ms (${(began - from).toFixed(0)} ms)`;
      };
      const id = new URL(page.url()).searchParams.get('collection') ?? '';
      const open = await openPair(origin, page, id);
      const report = await openReport(origin, page, id);
      const openTask =
        open.longest === 0
          ? 'none over 50 ms'
          : `${open.longest.toFixed(0)} ms (${open.began.toFixed(0)} ms), ${open.over50}`;
      console.log(
        `| ${count.toLocaleString('en')} | ${((end - start) / 1000).toFixed(2)} s | ${(marks.painted! - end).toFixed(0)} ms | ${longestIn(start, end)} | ${marks.posting.toFixed(0)} ms | ${longestIn(marks.bringStart!, marks.painted!, true)} | ${marks.handling.toFixed(0)} ms | ${openTask} | ${(open.shown / 1000).toFixed(2)} s | ${(report.shown / 1000).toFixed(2)} s (${report.longest.toFixed(0)} ms) |`,
      );
    } finally {
      await context.close();
      rmSync(root, { recursive: true, force: true });
    }
  }
}
