import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const PAGES = {
  overview: '/',
  comparison: '/?a=1&b=2',
  identical: '/?a=3&b=6',
  unified: '/?a=1&b=2&view=unified',
  'single speech': '/?a=1',
  english: '/?a=2&b=4&lang=en&mute=stock',
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries(PAGES)) {
      test(`axe finds nothing serious on the ${name} page`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('main h2').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}
