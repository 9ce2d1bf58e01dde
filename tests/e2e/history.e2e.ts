import { expect, test } from './fixtures.ts';

/**
 * Issue 22: a Back or Forward while the app was loading (after it had read the address, before
 * it listened for popstate) left the address on one pair and the page on another, for good.
 */
test('a history move while the page loads is followed once the app runs', async ({ page }) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  // The reuse analysis is the last thing a prerendered pair waits for before it hydrates.
  await page.route('**/assets/reuse-off-*.js', async (route) => {
    await gate;
    await route.continue();
  });
  const asked = page.waitForRequest('**/assets/reuse-off-*.js');
  // The frame's own goto: the fixture's would wait for the app, which waits for the gate.
  await page.mainFrame().goto('/2-5/');
  await asked;
  // Two entries of this page, then Back to the first: a popstate nobody hears yet.
  await page.evaluate(() => {
    history.pushState(null, '', '/1-3/');
    history.pushState(null, '', '/3-6/');
    history.back();
  });
  await expect(page).toHaveURL(/\/1-3\/$/u);
  release();
  await page.waitForFunction(() => document.getElementById('app')?.dataset.live !== undefined);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('（一） ⟷ （三）');
  await expect(page.getByLabel('左栏（A）')).toHaveValue('1');
  await expect(page.getByLabel('右栏（B）')).toHaveValue('3');
  await expect(page).toHaveURL(/\/1-3\/$/u);
});
