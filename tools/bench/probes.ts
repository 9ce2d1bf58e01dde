// How a page load is measured, shared by the benches that load pages: scripts run in the page
// before its own (the first frame with a selector drawn, long tasks, the app running), the
// browser's first contentful paint, and total blocking time from a trace's CPU times.
import type { Page } from '@playwright/test';

/**
 * Before any script of the page: the first frame drawn with `selector` in it (milliseconds from navigation start), as the bench's other loads time it.
 */
export const FIRST_PAINT = (selector: string) => {
  const w = window as unknown as { __firstPaint?: Promise<number> };
  w.__firstPaint = new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector(selector)) return false;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      return true;
    };
    const observer = new MutationObserver(() => {
      if (seen()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
};

export const LONG_TASKS = () => {
  const w = window as unknown as { __longTasks: [start: number, duration: number][] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/** When the app runs (hydrated or drawn: src/app/start.ts marks #app data-live), from navigation start. */
export const LIVE = () => {
  const w = window as unknown as { __live: Promise<number> };
  w.__live = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#app[data-live]')) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { attributes: true, childList: true, subtree: true });
  });
};

/** The browser's first contentful paint, waited for (`tries` times 50 ms; NaN if none came). */
export async function firstContentfulPaint(page: Page, tries = 100): Promise<number> {
  for (let i = 0; i < tries; i++) {
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    if (fcp !== null) return fcp;
    await page.waitForTimeout(50);
  }
  return NaN;
}

export interface Trace {
  traceEvents: TraceEvent[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** The tasks of the page's main thread in a trace. */
function mainTasks({ traceEvents }: Trace): TraceEvent[] {
  const main = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return traceEvents.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`),
  );
}

/**
 * Total blocking time from the trace's CPU times: each main-thread task after the last first
 * contentful paint, its thread time (µs, the throttling included), less 50 ms.
 */
export function cpuBlocking(trace: Trace): number {
  const fcp = Math.max(
    ...trace.traceEvents.filter((e) => e.name === 'firstContentfulPaint').map((e) => e.ts),
  );
  return mainTasks(trace)
    .filter((e) => e.ts + (e.dur ?? 0) > fcp)
    .reduce((sum, e) => sum + Math.max(0, (e.tdur ?? 0) / 1000 - 50), 0);
}

/**
 * The longest main-thread task from the first click on, in the main thread's CPU time (ms; the
 * trace's thread durations, which hold the profile's slowdown): what the page itself costs,
 * steadier than the wall clock on a busy machine, where other processes stretch every task.
 */
export function longestCpuAfterClick(trace: Trace): number {
  const click =
    trace.traceEvents.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')
      ?.ts ?? 0;
  return mainTasks(trace)
    .filter((e) => e.ts >= click)
    .reduce((max, e) => Math.max(max, (e.tdur ?? 0) / 1000), 0);
}
