import { expect, test } from './fixtures.ts';

test('the home page lists the six speeches of the collection', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('学习2023年全国“两会”精神专题研讨发言（6篇）')).toBeVisible();
  const items = page.getByRole('region', { name: '篇目' }).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await expect(items.first()).toContainText('（一）');
  await expect(items.first()).toContainText('各位领导、同志们');
  await expect(items.nth(5)).toContainText('（六）');
});

test('the built page carries its Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
});

test('a missing corpus shows an alert with a retry that recovers', async ({ page, watch }) => {
  let fail = true;
  await page.route('**/corpus.json', (route) =>
    fail ? route.fulfill({ status: 500, body: 'no' }) : route.fallback(),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('服务器没有送来文集数据（HTTP 500）');
  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: '篇目' }).getByRole('listitem').nth(5),
  ).toContainText('（六）');
  // The failed fetch itself logs a console error; that one is expected here.
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !e.includes('500')));
});

test('a malformed corpus shows an alert, not a blank page', async ({ page }) => {
  await page.route('**/corpus.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"title": 1}' }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('文集数据的格式不对');
  await expect(alert).toContainText('corpus.json: title');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
});
