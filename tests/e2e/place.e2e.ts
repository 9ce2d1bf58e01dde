/**
 * Issue 23 item 8: changing an option (字/词/句, an ignore option) lost the reader's place, and a
 * copied link could not carry it. The current change is kept at the same place in the texts, and
 * the address carries it (#c12).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /处改动|\d+ \/ \d+ 处/ });

/** The current change as a reader sees it: its paragraph, its text, where it is on screen. */
const currentChange = (page: Page) =>
  page
    .locator('[data-view] [aria-current="true"]')
    .first()
    .evaluate((el) => ({
      paragraph: el.closest('p.cell')?.id ?? '',
      text: el.textContent ?? '',
      context: el.closest('p.cell')?.querySelector('.text')?.textContent ?? '',
      top: el.getBoundingClientRect().top,
    }));

test.describe('the place of a change', () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test('on 1 vs 4, change 5 is still the current change after switching to 词', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/1-4/?view=split');
    const next = page.getByRole('button', { name: '下一处' });
    for (let i = 1; i <= 5; i++) {
      await next.click();
      await expect(status(page)).toHaveText(new RegExp(`^第 ${i} / \\d+ 处`));
    }
    await expect(page).toHaveURL(/\/1-4\/\?view=split#c5$/u);
    const before = await currentChange(page);

    await page.getByRole('radio', { name: '词' }).check();
    await expect(page).toHaveURL(/[?&]g=word/u);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    // Not back at the start: a change is current, in the same paragraph, over the same text.
    await expect(status(page)).toHaveText(/^第 \d+ \/ \d+ 处/);
    const after = await currentChange(page);
    expect(after.paragraph).toBe(before.paragraph);
    const start = (c: typeof after) => c.context.indexOf(c.text);
    expect(start(after)).toBeLessThanOrEqual(start(before) + before.text.length);
    expect(start(after) + after.text.length).toBeGreaterThanOrEqual(start(before));
    // The address names the new number of that change.
    const n = Number((await status(page).textContent())?.match(/第 (\d+)/u)?.[1]);
    await expect(page).toHaveURL(new RegExp(`g=word[^#]*#c${n}$`, 'u'));

    // Back to 字: change 5 again.
    await page.getByRole('radio', { name: '字', exact: true }).check();
    await expect(status(page)).toHaveText(/^第 5 \/ \d+ 处/);
    await expect(page).toHaveURL(/#c5$/u);
  });

  test('the current change stays where it was on screen when an option changes', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/1-4/?view=split');
    await page.getByRole('button', { name: '下一处' }).click();
    await expect(status(page)).toHaveText(/^第 1 \//u);
    const before = await currentChange(page);
    // The reader keeps reading the change and turns the option on from the keyboard.
    const punct = page.getByRole('checkbox', { name: '标点' });
    await punct.evaluate((box: HTMLInputElement) => box.focus({ preventScroll: true }));
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/ignore=punct/u);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(status(page)).toHaveText(/^第 \d+ \//u);
    const after = await currentChange(page);
    expect(after.paragraph).toBe(before.paragraph);
    expect(Math.abs(after.top - before.top)).toBeLessThan(40);
  });

  test('a link with #c5 opens at change 5; copying the link carries the current change', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/1-4/?view=split#c5');
    await expect(status(page)).toHaveText(/^第 5 \/ \d+ 处/);
    await expect(page.locator('[data-view] [aria-current="true"]').first()).toBeInViewport();

    await page.getByRole('button', { name: '下一处' }).click();
    await expect(status(page)).toHaveText(/^第 6 \//u);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByText('已复制')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/1-4\/\?view=split#c6$/u);
  });

  test('a change that is not there (#c999, #cx) says so and the page works', async ({ page }) => {
    for (const fragment of ['#c999', '#cx']) {
      // A new page each time: a fragment alone does not load a page again.
      await page.goto('about:blank');
      await page.goto(`/1-4/${fragment}`);
      const notice = page.getByRole('status').filter({ hasText: `#${fragment.slice(1)}` });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('不是这份对照中的改动');
      await expect(status(page)).toHaveText(/^共 \d+ 处改动/);
      await page.getByRole('button', { name: '下一处' }).click();
      await expect(status(page)).toHaveText(/^第 1 \//u);
      await expect(notice).toBeHidden();
      await expect(page).toHaveURL(/#c1$/u);
    }
  });

  test('old links to a paragraph still go there', async ({ page }) => {
    await page.goto('/1-2/?view=split#a-p2');
    await expect(page.locator('#a-p2')).toBeInViewport();
    await expect(page.getByText('不是这份对照中的改动')).toHaveCount(0);
    await expect(status(page)).toHaveText(/^共 \d+ 处改动/);
  });
});
