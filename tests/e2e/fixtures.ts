import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page test runs under watch: a Content-Security-Policy violation, a request to another
 * origin, a console error or an uncaught exception fails the test that caused it.
 */
export const test = base.extend<{ watch: { errors: string[] } }>({
  /**
   * A prerendered page reads before its script runs, and old links (?a=1&b=2) now go to one
   * before the app loads: a test, as a person a moment later, acts once the app has taken the
   * page over (#app[data-live], set when it hydrates or draws), or has said that it could not
   * (#app[data-failed]: a prerendered page whose data did not come keeps its text).
   */
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      if (javaScriptEnabled !== false)
        await page.waitForFunction(() => {
          const app = document.getElementById('app');
          return !app || app.dataset.live !== undefined || app.dataset.failed !== undefined;
        });
      return response;
    };
    await use(page);
  },
  watch: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
          errors.push(`request to another origin: ${r.url()}`);
        }
      });
      await page.exposeFunction('__cspViolation', (text: string) => errors.push(`csp: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          void (
            window as unknown as { __cspViolation: (s: string) => Promise<void> }
          ).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await use({ errors });
      expect(errors, 'no CSP violation, foreign request or console error').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Each paragraph's text in one pane as a reader sees it, without the aria-hidden paragraph
 * numbers. Read it with expect.poll where the comparison may still be on its way.
 */
export const paneTexts = (page: Page, side: 'a' | 'b') =>
  page
    .locator(`[data-side="${side}"] p.cell .text`)
    .evaluateAll((cells) => cells.map((c) => c.textContent));

/** Unrelated text of n characters in lines of 80, from a seeded generator. */
export function unrelated(n: number, seed: number): string {
  let [s, x] = ['', seed];
  for (let i = 0; i < n; i++) {
    // Math.imul: a product of doubles past 2^53 loses its low bits and the sequence cycles.
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    s += String.fromCharCode(0x4e00 + (x % 2000));
    if (i % 80 === 79) s += '\n';
  }
  return s;
}

/** Pastes a long text at once, as the clipboard does (fill types it in pieces, far slower). */
export const paste = (page: Page, name: string, text: string) =>
  page.getByRole('textbox', { name }).evaluate((el: HTMLTextAreaElement, value) => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
export const compare = (page: Page) => page.getByRole('button', { name: '对比', exact: true });
