import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[]; chars: number }[];
};

test('the overview states that 3 and 6 are identical and links to the comparison', async ({
  page,
}) => {
  await page.goto('/');
  const finding = page.getByRole('listitem').filter({ hasText: '（三）与（六）完全相同' });
  await expect(finding).toBeVisible();
  // The page reads before its script runs; the link is followed in the page once it does.
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  await finding.getByRole('link').click();
  await expect(page).toHaveURL(/\/3-6\/$/);
  const heading = page.getByRole('heading', { level: 2, name: /完全相同/ });
  await expect(heading).toBeVisible();
  // Following a link moves the focus to what it opened.
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(/（三） ⟷ （六）/);
});

test('the pairs table reads 100% for 3 and 6 first and links every pair', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table');
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText('完全相同 100%');
  await expect(first.getByRole('link')).toHaveAttribute('href', /\/3-6\/$/);
  // Every other pair writes its shares as numbers too: the bar is not the only signal.
  const pair = table
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: /（一）与（二）/ }) });
  await expect(pair).toContainText(/占（一）的 \d+\.\d%，（二）的 \d+\.\d%/);
  await pair.getByRole('link').click();
  await expect(page).toHaveURL(/\/1-2\/$/);
});

test('the shared passages are listed with every speech they occur in', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('region', { name: '各篇共用的文字' });
  const passage = list
    .getByRole('listitem')
    .filter({ hasText: '对于进一步动员全国人民更加紧密团结在' })
    .first();
  await expect(passage).toBeVisible();
  for (const label of ['（一）', '（三）', '（六）']) {
    await expect(passage.getByRole('link', { name: label }).first()).toBeVisible();
  }
  // The rest on demand; the focus goes to the first passage that appears, not to the page.
  const families = list.locator(':scope > ol > li');
  await expect(families).toHaveCount(12);
  // The page reads before its script runs; the button works once it does.
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  await list.getByRole('button', { name: /显示全部/ }).click();
  await expect(families.nth(12)).toBeFocused();
  await passage.getByRole('link', { name: '（一）' }).first().click();
  await expect(page).toHaveURL(/\/1\/#p1$/);
  await expect(page.locator('#p1')).toBeInViewport();
  // A place deep in a speech is scrolled to, once the speech has loaded.
  await page.goBack();
  const deep = list.locator('a[href*="#p"]:not([href$="#p1"]):not([href$="#p2"])').first();
  const href = (await deep.getAttribute('href')) ?? '';
  await deep.click();
  const id = href.slice(href.indexOf('#'));
  await expect(page.locator(id)).toBeInViewport();
});

test('speech 3 alone, with its twin counted, is marked almost entirely', async ({ page }) => {
  await page.goto('/?a=3');
  await expect(page.locator('mark').first()).toBeVisible();
  // Why: it is speech 6, and what it shares beyond 6 is said apart.
  await expect(
    page.getByText(/（三）与（六）完全相同.*除（六）以外，本篇有 \d+\.\d% /u),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: /（六）/ }).check();
  const marked = await page
    .locator('[data-side] mark')
    .evaluateAll((ms) => ms.reduce((n, m) => n + Array.from(m.textContent ?? '').length, 0));
  expect(marked / corpus.speeches[2]!.chars).toBeGreaterThanOrEqual(0.95);
  const text = await page
    .locator('[data-side] .body')
    .evaluateAll((ps) => ps.map((p) => p.textContent));
  expect(text).toEqual(corpus.speeches[2]!.paragraphs);
});

test('speech 1 marks its opening passage as shared with 3 and 6, with links', async ({ page }) => {
  await page.goto('/?a=1');
  const mark = page
    .locator('#p1 mark [role="button"]')
    .filter({ hasText: '对于进一步动员' })
    .first();
  await expect(mark).toHaveAccessibleDescription(/（三）.*（六）/);
  // Laid out as text: a mark at the end of a line goes on on the next, like the text around it.
  await page.setViewportSize({ width: 480, height: 800 });
  const lines = await page
    .locator('#p1 mark [role="button"]')
    .evaluateAll((marks) => Math.max(...marks.map((m) => m.getClientRects().length)));
  expect(lines).toBeGreaterThan(1);
  await page.setViewportSize({ width: 1280, height: 720 });
  await mark.focus();
  // No speech has all of this mark: each is named with the part it has.
  const panel = page.getByRole('group', { name: /（三）只共用.*（六）只共用/ });
  await expect(panel).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('link').first()).toBeFocused();
  // Escape closes the panel and hands the focus back to the mark, which does not reopen it.
  await page.keyboard.press('Escape');
  await expect(mark).toBeFocused();
  await expect(panel).toBeHidden();
  await expect(mark).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press(' ');
  await panel.getByRole('link', { name: '对照（一）与（三）' }).click();
  await expect(page).toHaveURL(/\/1-3\/$/);
});

test('muting stock phrases quiets them without changing the text', async ({ page }) => {
  await page.goto('/?a=2&b=4');
  await page.getByRole('checkbox', { name: /淡化套话/ }).check();
  await expect(page).toHaveURL(/mute=stock/);
  await expect(page.locator('[data-view] .stock').first()).toBeVisible();
  const panes = await page
    .locator('[data-side="a"] p.cell .text')
    .evaluateAll((cells) => cells.map((c) => c.textContent));
  expect(panes).toEqual(corpus.speeches[1]!.paragraphs);
});
