import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Issue 9: a plans.json with the right sha256 but wrong numbers is checked, not trusted. */
const plans = JSON.parse(readFileSync('static/plans.json', 'utf8')) as {
  pairs: Record<string, number[][][]>;
  lcs: Record<string, number>;
};
const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};

/** Serves a tampered copy of plans.json and collects what the console warns. */
async function tamper(page: Page, change: (p: typeof plans) => void): Promise<string[]> {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const copy = structuredClone(plans);
  change(copy);
  await page.route('**/plans.json', (route) => route.fulfill({ json: copy }));
  return warnings;
}

test('a wrong LCS in plans.json is refused: 19.0 %, not 6.5 %, and the console says why', async ({
  page,
}) => {
  const warnings = await tamper(page, (p) => (p.lcs['1-2'] = 100));
  await page.goto('/?a=1&b=2');
  await expect(page.getByTestId('similarity')).toHaveText('19.0%');
  await expect.poll(() => warnings.join('\n')).toMatch(/lcs 1-2/u);
});

test('identical speeches stay 100.0 % with an LCS of 0 in plans.json', async ({ page }) => {
  await tamper(page, (p) => (p.lcs['3-6'] = 0));
  await page.goto('/?a=3&b=6');
  await expect(page.getByRole('heading', { level: 2, name: /完全相同/ })).toBeVisible();
  await expect(page.getByTestId('similarity')).toHaveText('100.0%');
});

test('a plan with a negative span or a change numbered 1e9 is compared live, and 下一处 works', async ({
  page,
}) => {
  const warnings = await tamper(page, (p) => {
    const rows = p.pairs['1-2']!;
    const spans = rows.find((r) => (r[3] ?? []).length >= 8)![3]!;
    spans[1] = -spans[1]!;
    const other = p.pairs['2-1']!.flatMap((r) => [r[3] ?? [], r[4] ?? []]);
    const withChange = other.find((s) => s.some((x, i) => i % 4 === 2 && x >= 0))!;
    withChange[withChange.findIndex((x, i) => i % 4 === 2 && x >= 0)] = 1e9;
  });
  for (const [a, b] of [
    [1, 2],
    [2, 1],
  ] as const) {
    await page.goto(`/?a=${a}&b=${b}`);
    const cells = page.locator('[data-side="a"] p.cell .text');
    await expect(cells).toHaveCount(corpus.speeches[a - 1]!.paragraphs.length);
    expect(await cells.evaluateAll((c) => c.map((x) => x.textContent))).toEqual(
      corpus.speeches[a - 1]!.paragraphs,
    );
    await page.getByRole('button', { name: '下一处' }).click();
    await expect(page.locator('[aria-current="true"]').first()).toBeVisible();
  }
  await expect.poll(() => warnings.join('\n')).toMatch(/pair 1-2/u);
  expect(warnings.join('\n')).toMatch(/pair 2-1/u);
});
