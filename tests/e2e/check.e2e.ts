import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};

const report = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: '查重报告' });

test('the report of speech 3 leaves its twin （六） out and shows what it shares with the others (issue 23)', async ({
  page,
}) => {
  await page.goto('/?a=3');
  await page.getByRole('link', { name: '查重' }).click();
  await expect(page).toHaveURL(/\/3\/report\/$/u);
  const region = report(page);
  // As the speech's own page says: apart from （六）, 16.5% also occurs in other speeches.
  await expect(region.getByTestId('check-total')).toHaveText('16.5%');
  await expect(region.getByTestId('check-largest')).toHaveText(/12\.6%\s*（二）/u);
  await expect(region.getByTestId('check-verdict')).toHaveText(
    /^本文与（六）逐字相同（不计空白），是同一篇。除（六）以外，本文 12\.6% 的文字见于（二）/u,
  );
  const leaveOut = region.getByRole('checkbox', { name: '不计与本文相同的（六）' });
  await expect(leaveOut).toBeChecked();
  await expect(region.getByRole('rowheader')).toHaveText(['（二）', '（一）', '（四）', '（五）']);
  // No two pickers on a report: one text is checked, named in the heading.
  await expect(page.getByRole('group', { name: '选择篇目' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '交换左右' })).toHaveCount(0);

  // The text shown is the speech exactly; the sources after each run are links, not text.
  const shown = await region.locator('.para .body').evaluateAll((ps) =>
    ps.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"], sup').forEach((e) => e.remove());
      return copy.textContent;
    }),
  );
  expect(shown).toEqual(corpus.speeches[2]!.paragraphs);
  // A run shared with three speeches names all three, each a link to its paragraph there.
  const sources = region.locator('mark + sup').filter({ has: page.getByRole('link') });
  const three = sources.filter({ has: page.locator('a:nth-of-type(3)') }).first();
  await expect(three.getByRole('link')).toHaveText(['（一）', '（二）', '（五）']);
  await expect(three.getByRole('link', { name: '（一）第 1 段' })).toHaveAttribute(
    'href',
    /\/1-3\/#a-p1$/u,
  );
  await expect(three.getByRole('link', { name: '（五）第 2 段（部分）' })).toHaveAttribute(
    'href',
    /\/5-3\/#a-p2$/u,
  );
  await expect(region.getByText(/等 \d+ 篇/u)).toHaveCount(0);

  // Counting the twin: the whole text is copied from it, and the address says so.
  await leaveOut.uncheck();
  await expect(page).toHaveURL(/\/3\/report\/\?twins=apart$/u);
  await expect(region.getByTestId('check-total')).toHaveText('100.0%');
  await expect(region.getByTestId('check-verdict')).toHaveText(/^本文与（六）逐字相同/u);
  const twin = region.getByRole('row', { name: /（六）/u });
  await expect(twin).toContainText('与本文相同');
  await expect(twin).toContainText('100.0%');
  await expect(region.locator('.para mark')).toHaveCount(corpus.speeches[2]!.paragraphs.length);
  await expect(region.getByRole('link', { name: '（六）第 4 段' })).toHaveAttribute(
    'href',
    /\/6-3\/#a-p4$/u,
  );
  await page.reload();
  await expect(report(page).getByTestId('check-total')).toHaveText('100.0%');
  await expect(
    report(page).getByRole('checkbox', { name: '不计与本文相同的（六）' }),
  ).not.toBeChecked();
});

test('the report names speeches in English as the rest of the app does (issue 23)', async ({
  page,
}) => {
  await page.goto('/en/3/?report=1');
  const region = page.getByRole('region', { name: 'Similarity report' });
  await expect(region.getByRole('heading', { level: 2 })).toHaveText(
    'Similarity report: Speech 3 （三）',
  );
  await expect(region.getByTestId('check-verdict')).toHaveText(
    /^This text is Speech 6 word for word \(whitespace aside\): the same speech\. Apart from Speech 6, 12\.6% of this text occurs in Speech 2/u,
  );
  await expect(
    region.getByRole('checkbox', { name: 'Leave out Speech 6, identical to this text' }),
  ).toBeChecked();
  await expect(region.getByRole('rowheader').first()).toHaveText('Speech 2');
  await expect(region.getByRole('link', { name: 'Speech 1 paragraph 1' }).first()).toBeVisible();
});

test('changing K recomputes the report at once and keeps it in the URL', async ({ page }) => {
  await page.goto('/?a=1&report=1');
  const total = report(page).getByTestId('check-total');
  await expect(total).toHaveText(/%$/u);
  const before = await total.textContent();
  await page.getByLabel('最短连续字数 K').fill('8');
  await expect(page).toHaveURL(/k=8/u);
  await expect(total).not.toHaveText(before ?? '');
  const at8 = Number.parseFloat((await total.textContent()) ?? '');
  expect(at8).toBeGreaterThan(Number.parseFloat(before ?? ''));
  // A reload gives the same report.
  await page.reload();
  await expect(report(page).getByTestId('check-total')).toHaveText(`${at8.toFixed(1)}%`);
  await expect(page.getByLabel('最短连续字数 K')).toHaveValue('8');
  // Out of range: nothing is recomputed, and leaving the field shows the K in use.
  await page.getByLabel('最短连续字数 K').fill('99');
  await page.getByLabel('最短连续字数 K').blur();
  await expect(page.getByLabel('最短连续字数 K')).toHaveValue('8');
  await expect(page).toHaveURL(/k=8/u);
});

test('a source of a copied run links to the comparison, scrolled to its paragraph', async ({
  page,
}) => {
  await page.goto('/?a=3&report=1&twins=apart');
  const link = report(page).getByRole('link', { name: '（六）第 6 段' });
  await expect(link).toHaveAttribute('href', /\/6-3\/#a-p6$/u);
  await link.click();
  await expect(page).toHaveURL(/\/6-3\/#a-p6$/u);
  await expect(page.locator('#a-p6')).toBeInViewport();
  // Back goes back to the report.
  await page.goBack();
  await expect(report(page).getByTestId('check-total')).toHaveText('100.0%');
});

test('the source table links to each comparison', async ({ page }) => {
  await page.goto('/?a=1&report=1&lang=en');
  const region = page.getByRole('region', { name: 'Similarity report' });
  const first = region.getByRole('rowheader').first().getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/en/\\d-1/$`, 'u'));
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  // Named as the rest of the app names speeches in English (issue 23).
  expect(name).toMatch(/^Speech [1-6]$/u);
});

test('garbage in k or report gives a notice and a working report', async ({ page }) => {
  await page.goto('/?a=2&report=1&k=abc');
  await expect(page.getByRole('alert')).toContainText('k');
  await expect(report(page).getByTestId('check-total')).toHaveText(/%$/u);
  await expect(page).toHaveURL(/\/2\/report\/$/u);
  await page.goto('/?a=2&b=4&report=1');
  await expect(page.getByRole('alert')).toContainText('report');
  await expect(page.locator('#verdict')).toBeVisible();
});

test('the downloaded report carries the page’s numbers, with the twin left out or not', async ({
  page,
}) => {
  const downloaded = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载报告（HTML）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('duizhao-check-3-k20.html');
    return readFileSync(await file.path(), 'utf8');
  };
  await page.goto('/?a=3&report=1&k=20');
  const total = await report(page).getByTestId('check-total').textContent();
  expect(total).not.toBe('100.0%');
  let html = await downloaded();
  expect(html).toContain(`<dt>总文字复制比</dt><dd>${total}</dd>`);
  expect(html).toContain(
    (await report(page).getByTestId('check-verdict').textContent()) ?? 'the verdict',
  );
  expect(html).not.toContain('与本文相同');
  expect(html).not.toMatch(/<script/iu);
  await report(page).getByRole('checkbox', { name: '不计与本文相同的（六）' }).uncheck();
  await expect(report(page).getByTestId('check-total')).toHaveText('100.0%');
  html = await downloaded();
  expect(html).toContain('<dt>总文字复制比</dt><dd>100.0%</dd>');
  expect(html).toContain('与本文相同');
});

test('the report has no serious accessibility problem, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?a=4&report=1');
    await expect(report(page).getByTestId('check-total')).toHaveText(/%$/u);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
});
