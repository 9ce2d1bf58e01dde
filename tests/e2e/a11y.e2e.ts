import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

/** Each page a reader can reach, with the options that add styles (slots, stock, quiet). */
const PAGES = {
  overview: '/',
  comparison: '/?a=1&b=2&mute=stock',
  unified: '/?a=2&b=4&view=unified&ignore=punct',
  'single speech': '/?a=1',
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries(PAGES)) {
      test(`axe finds nothing serious on the ${name} page`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('main h2').first()).toBeVisible();
        await expect(page.getByRole('status').filter({ hasText: '正在' })).toHaveCount(0);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

test('axe finds nothing serious in English', async ({ page }) => {
  await page.goto('/?a=3&b=6&lang=en');
  await expect(page.getByRole('heading', { level: 2, name: /Identical/ })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
