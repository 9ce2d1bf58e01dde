import { expect, test } from './fixtures.ts';

// The start of a prerendered page (src/app/start.ts): what it waits for before it hydrates.

test('a report page runs though its check’s worker never loads: checked on the page (startfix item 3)', async ({
  page,
}) => {
  // Never answered: a slow network's worker script, at its worst.
  await page.route('**/assets/compare.worker-*.js', () => {});
  await page.goto('./3/report/');
  const report = page.getByRole('region', { name: '查重报告' });
  await expect(report.getByTestId('check-total')).not.toHaveText('0.0%');
  // It answers: a new K is applied.
  await page.getByLabel('最短连续字数 K').fill('20');
  await expect(page).toHaveURL(/[?&]k=20\b/u);
});

test('a pair’s page runs though the reuse worker never loads: the index built on the page (startfix item 3)', async ({
  page,
}) => {
  await page.route('**/assets/reuse.worker-*.js', () => {});
  await page.goto('./1-2/');
  await page.getByLabel('右栏（B）').selectOption('3');
  await expect(page).toHaveURL(/\/1-3\/$/u);
});

test('a prerendered page starts one reuse worker, not one for each time the analysis is asked for', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('./1-2/');
  // The start and hydration each asked for the analysis before the page ran (now live).
  await expect(page.locator('del').first()).toBeVisible();
  expect(workers.filter((url) => url.includes('reuse.worker'))).toHaveLength(1);
});
