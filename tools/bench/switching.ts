// Switching pairs in the page: from the picker's change to the next frame with the new text.
import type { Browser } from '@playwright/test';
import { LOCALE, median, ms } from './setup.ts';

/**
 * In the page: time from a picker's change to the next frame with the new pair's text, and of
 * that the change itself (the event and Svelte's effects, which run in a microtask after it); the
 * rest is the frame (style, layout, paint) and any wait for it.
 */
const SWITCH = async (to: number): Promise<[total: number, change: number]> => {
  const select = document.querySelectorAll('main select')[1] as HTMLSelectElement;
  const start = performance.now();
  select.value = String(to);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await Promise.resolve();
  const handled = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const heading = document.querySelector('main h2')?.textContent ?? '';
  if (!heading.includes('⟷') || !document.querySelector('[data-side="b"] p.cell'))
    throw new Error(`not painted: ${heading}`);
  return [performance.now() - start, handled - start];
};

/** Nine switches on the pair's page (`canonical`), 2 s after it loaded; their medians printed. */
export async function pairSwitchTimes(browser: Browser, origin: string, canonical: string) {
  const context = await browser.newContext({ locale: LOCALE });
  const pairs = await context.newPage();
  await pairs.goto(`${origin}${canonical}`);
  await pairs.locator('.strip .tick[style]').first().waitFor({ state: 'attached' });
  // As a reader who looks at the page before picking another pair: the plans of the other
  // pairs are decoded ahead in idle time (src/app/start.ts), from half a second after the start.
  await pairs.waitForTimeout(2000);
  const switches: [number, number][] = [];
  for (const to of [3, 4, 5, 6, 2, 3, 4, 5, 6]) switches.push(await pairs.evaluate(SWITCH, to));
  await context.close();
  const total = median(switches.map(([all]) => all));
  const change = median(switches.map(([, handled]) => handled));
  console.log(
    `\nSwitching pairs in the page 2 s after load (picker change to new text painted, median of ${switches.length}): ${ms(total)} (goal: one frame, 16 ms); the change itself ${ms(change)}, the rest is the frame`,
  );
}
