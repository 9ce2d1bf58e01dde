import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { compare, expect, test } from './fixtures.ts';

/**
 * Issue 21 (item 3) and 22 (item 6): both downloads write a span as the page draws it. An
 * inserted U+202E was written bare into the file (<ins>‮</ins>), reversing the text after it.
 */
const A = '我们要全面贯彻精神。';
const B = '我们要\u202e深入\u200b贯彻</p><script>document.title="hit"</script>精神。';

/** Opens a downloaded file as a page of its own, as a browser opens the saved file. */
async function open(page: Page, download: Download) {
  const html = readFileSync(await download.path(), 'utf8');
  await page.route('**/downloaded.html', (r) =>
    r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('/downloaded.html');
  return html;
}

/** Each marker's name, and whether it is isolated, so that it reorders nothing around it. */
const markers = (page: Page) =>
  page.locator('.invisible').evaluateAll((nodes) =>
    nodes.map((n) => ({
      name: n.getAttribute('data-mark'),
      isolated: getComputedStyle(n).unicodeBidi === 'isolate',
      shown: getComputedStyle(n, '::before').content.includes(n.getAttribute('data-mark') ?? '-'),
    })),
  );

/** Downloads with the button, opens the file, and checks its markers and that nothing runs. */
async function downloadInert(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const html = await open(page, download);
  expect(html).not.toMatch(/<script/iu);
  expect(await markers(page)).toEqual([
    { name: 'RLO', isolated: true, shown: true },
    { name: 'ZWSP', isolated: true, shown: true },
  ]);
  expect(await page.title()).not.toBe('hit');
  await expect(page.locator('script')).toHaveCount(0);
}

async function pasteBoth(page: Page) {
  await page.goto('/?own=a,b');
  await page.getByRole('textbox', { name: '文本 A' }).fill(A);
  await page.getByRole('textbox', { name: '文本 B' }).fill(B);
}

test('the downloaded comparison marks and isolates invisible characters and runs nothing', async ({
  page,
}) => {
  await pasteBoth(page);
  await compare(page).click();
  await downloadInert(page, '下载 HTML');
  // The text as pasted, every character of it, markup characters as text.
  const added = await page.locator('ins').evaluateAll((n) => n.map((e) => e.textContent).join(''));
  expect(added).toContain('</p><script>document.title="hit"</script>');
});

test('the report, live and downloaded, marks and isolates invisible characters and runs nothing', async ({
  page,
}) => {
  await pasteBoth(page);
  await page.getByRole('button', { name: '查重：文本 B' }).click();
  const region = page.getByRole('region', { name: '查重报告' });
  await expect(region.getByRole('heading', { level: 2 })).toHaveText('查重报告：文本 B');
  // The live report marks and isolates them too (issue 22: it wrote U+202E bare).
  expect(await markers(page)).toEqual([
    { name: 'RLO', isolated: true, shown: true },
    { name: 'ZWSP', isolated: true, shown: true },
  ]);
  await expect(region).toContainText('</p><script>document.title="hit"</script>');
  await downloadInert(page, '下载报告（HTML）');
  await expect(page.locator('body')).toContainText('</p><script>document.title="hit"</script>');
});
