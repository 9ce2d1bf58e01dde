import type { Page } from '@playwright/test';
import { compare, expect, paneTexts, test } from './fixtures.ts';

// Issue 22 §3, §4, §7, §8: own texts and their links when workers are missing or fail, and
// addresses that were read silently.

const textA = (page: Page) => page.getByRole('textbox', { name: '文本 A' });
const textB = (page: Page) => page.getByRole('textbox', { name: '文本 B' });

/** A link made by the app, with both texts. */
async function makeLink(page: Page, a: string, b: string) {
  await page.goto('/?own=a,b');
  await textA(page).fill(a);
  await textB(page).fill(b);
  await compare(page).click();
  await expect(page).toHaveURL(/#v1\./u);
  const link = page.url();
  // A new document, so that an init script runs when the link is opened (not a hash change).
  await page.goto('about:blank');
  return link;
}

test('without Web Workers a link opens its comparison on the page, and says so', async ({
  page,
}) => {
  const link = await makeLink(page, '甲乙丙丁', '甲乙丙戊');
  await page.addInitScript(() => {
    delete (window as { Worker?: unknown }).Worker;
  });
  await page.goto(link);
  await expect(textA(page)).toHaveValue('甲乙丙丁');
  await expect(textB(page)).toHaveValue('甲乙丙戊');
  await expect.poll(() => paneTexts(page, 'b')).toEqual(['甲乙丙戊']);
  await expect(page.getByRole('status').filter({ hasText: 'Web Worker' }).first()).toBeVisible();
  // Editing still writes the link, on the page.
  await textB(page).fill('甲乙丙己');
  await expect.poll(() => page.url()).not.toBe(link);
  await page.reload();
  await expect(textB(page)).toHaveValue('甲乙丙己');
});

test('without Web Workers texts too long for the page are refused, and stay in the editor', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { Worker?: unknown }).Worker;
  });
  await page.goto('/?own=a,b');
  const long = '字'.repeat(30_000);
  await textA(page).fill(long);
  await textB(page).fill('乙');
  await compare(page).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Web Worker' }).first()).toBeVisible();
  await expect(textA(page)).toHaveValue(long);
});

test('a Worker constructor that throws gives the editor with its text, not a blank page', async ({
  page,
}) => {
  const link = await makeLink(page, '第一稿', '第二稿');
  await page.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new Error('no workers here');
      }
    } as unknown as typeof Worker;
  });
  await page.goto(link);
  await expect(textA(page)).toHaveValue('第一稿');
  await expect.poll(() => paneTexts(page, 'a')).toEqual(['第一稿']);
  await expect(page.getByRole('status').filter({ hasText: 'Web Worker' }).first()).toBeVisible();
});

test('when the link worker cannot load, a short draft is linked on the page', async ({
  page,
  watch,
}) => {
  await page.route('**/assets/fragment.worker-*.js', (route) => route.fulfill({ status: 500 }));
  await page.goto('/?own=a,b');
  await textA(page).fill('草稿甲');
  await textB(page).fill('草稿乙');
  await compare(page).click();
  await expect(page).toHaveURL(/#v1\./u);
  await expect(page.getByRole('status').filter({ hasText: 'Web Worker' }).first()).toBeVisible();
  await page.reload();
  await expect(textA(page)).toHaveValue('草稿甲');
  await expect(textB(page)).toHaveValue('草稿乙');
  watch.errors.splice(
    0,
    watch.errors.length,
    ...watch.errors.filter((e) => !/500|fragment\.worker/u.test(e)),
  );
});

test('when the link worker cannot load, a long draft is said, kept in the tab and retried', async ({
  page,
  watch,
}) => {
  let fail = true;
  await page.route('**/assets/fragment.worker-*.js', (route) =>
    fail ? route.abort() : route.fallback(),
  );
  await page.goto('/?own=a,b');
  const long = '长'.repeat(60_000);
  await textA(page).fill(long);
  await textB(page).fill(long);
  await compare(page).click();
  const alert = page.getByRole('alert').filter({ hasText: '没能生成' });
  await expect(alert).toBeVisible();
  await page.reload();
  await expect(textA(page)).toHaveValue(long);
  await expect(page.getByRole('status').filter({ hasText: '草稿' })).toBeVisible();
  fail = false;
  await textB(page).fill(`${long}尾`);
  await compare(page).click();
  await expect(page).toHaveURL(/#v1\./u);
  await expect(alert).toHaveCount(0);
  watch.errors.splice(
    0,
    watch.errors.length,
    ...watch.errors.filter((e) => !/net::|fragment\.worker/u.test(e)),
  );
});

test('a link of nested arrays is refused as corrupt, and the editor works', async ({ page }) => {
  // 10⁶ nested arrays, deflated: a short link (fflate's raw DEFLATE made in the page).
  await page.goto('/?own=a,b');
  const hash = await page.evaluate(async () => {
    const text = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (const b of [0, ...bytes]) binary += String.fromCharCode(b);
    return `#v1.${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '')}`;
  });
  expect(hash.length).toBeLessThan(10_000);
  await page.goto(`/?own=a,b${hash}`);
  await expect(page.getByRole('alert')).toContainText('已损坏');
  await textA(page).fill('甲');
  await expect(textA(page)).toHaveValue('甲');
});

test('addresses that were read silently give a notice and a clean address', async ({ page }) => {
  await page.goto('/?collate=1&report=1&own=a');
  await expect(page.getByRole('alert').first()).toContainText('逐句对齐显示全部篇目');
  await expect(page).toHaveURL(/\/collate\/$/u);
  await page.goto('/1-2/?own=');
  await expect(page.getByRole('alert').first()).toContainText('own');
  await page.goto('/?a=%201');
  await expect(page.getByRole('alert').first()).toContainText('不是篇目编号');
});
